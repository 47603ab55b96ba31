"""Score cleaned pages against gold files (the SPEC's gold format).

The measure is the one the SPEC's gold format is built for: character 4-gram
shingles of the output against the gold article bodies, whitespace ignored,
counted as multisets so text printed twice costs precision; plus *leaks*, gold
boilerplate strings that survive in the output. ``pagestrip evaluate GOLD
PAGES`` prints it per page and in total, so a user can build gold files for
their own site and see what the rules do to it.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import regex

from .pipeline import clean

N = 4
_WS = regex.compile(r"\s+")


def squash(text: str) -> str:
    return _WS.sub("", text or "")


def shingles(text: str) -> Counter[str]:
    s = squash(text)
    if len(s) < N:
        return Counter([s]) if s else Counter()
    return Counter(s[i:i + N] for i in range(len(s) - N + 1))


@dataclass
class PageScore:
    name: str
    hit: int
    out: int
    gold: int
    leaks: list[dict[str, str]] = field(default_factory=list)
    articles: int = 0
    gold_articles: int = 0
    truncation_ok: bool = True

    @property
    def precision(self) -> float:
        return self.hit / max(1, self.out)

    @property
    def recall(self) -> float:
        return self.hit / max(1, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: dict[str, Any], articles: list[dict[str, Any]] | list[Any], truncated: bool | None,
          kinds: Iterable[str] | None = None, name: str = "") -> PageScore:
    """Score one page's articles (dicts with ``text``, or :class:`Article`) against its gold."""
    texts = [a["text"] if isinstance(a, dict) else a.text for a in articles]
    g = shingles("\n".join(a["text"] for a in gold["articles"]))
    o = shingles("\n".join(texts))
    flat = squash("\n".join(texts))
    wanted = set(kinds) if kinds is not None else None
    leaks = [b for b in gold.get("boilerplate", [])
             if (wanted is None or b["kind"] in wanted) and squash(b["text"]) and squash(b["text"]) in flat]
    return PageScore(name=name, hit=sum((g & o).values()), out=sum(o.values()), gold=sum(g.values()),
                     leaks=leaks, articles=len(texts), gold_articles=len(gold["articles"]),
                     truncation_ok=truncated is None or bool(truncated) == bool(gold.get("truncated")))


def evaluate_dir(gold_dir: str | Path, pages_dir: str | Path,
                 kinds: Iterable[str] | None = None, **clean_options: Any) -> list[PageScore]:
    """Clean every page named by a gold file in ``gold_dir`` and score it."""
    out = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        page = Path(pages_dir) / gold.get("seed", path.stem)
        result = clean(page.read_bytes(), **clean_options)
        out.append(score(gold, result.articles, result.truncated, kinds, name=page.name))
    return out


def report(scores: list[PageScore]) -> str:
    lines = []
    for s in scores:
        lines.append(f"{s.name}: P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} "
                     f"leaks={len(s.leaks)} arts={s.articles}/{s.gold_articles} "
                     f"trunc={'ok' if s.truncation_ok else 'WRONG'}")
        for b in s.leaks[:5]:
            lines.append(f"    leak [{b['kind']}] {b['text'][:60]}")
    hit = sum(s.hit for s in scores)
    p = hit / max(1, sum(s.out for s in scores))
    r = hit / max(1, sum(s.gold for s in scores))
    f = 2 * p * r / (p + r) if p + r else 0.0
    lines.append(f"TOTAL: P={p:.4f} R={r:.4f} leaks={sum(len(s.leaks) for s in scores)} "
                 f"article_count_errors={sum(s.articles != s.gold_articles for s in scores)} "
                 f"truncation_errors={sum(not s.truncation_ok for s in scores)} F1={f:.4f}")
    return "\n".join(lines)
