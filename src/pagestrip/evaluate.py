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
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
    return Counter(s[i : i + N] for i in range(len(s) - N + 1))


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
    def lost(self) -> int:
        """4-grams the page got wrong either way: output not in gold plus gold not in output."""
        return (self.out - self.hit) + (self.gold - self.hit)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(
    gold: dict[str, Any],
    articles: list[dict[str, Any]] | list[Any],
    truncated: bool | None,
    kinds: Iterable[str] | None = None,
    name: str = "",
) -> PageScore:
    """Score one page's articles (dicts with ``text``, or :class:`Article`) against its gold."""
    texts = [a["text"] if isinstance(a, dict) else a.text for a in articles]
    g = shingles("\n".join(a["text"] for a in gold["articles"]))
    o = shingles("\n".join(texts))
    flat = squash("\n".join(texts))
    wanted = set(kinds) if kinds is not None else None
    leaks = [
        b
        for b in gold.get("boilerplate", [])
        if (wanted is None or b["kind"] in wanted) and squash(b["text"]) and squash(b["text"]) in flat
    ]
    return PageScore(
        name=name,
        hit=sum((g & o).values()),
        out=sum(o.values()),
        gold=sum(g.values()),
        leaks=leaks,
        articles=len(texts),
        gold_articles=len(gold["articles"]),
        truncation_ok=truncated is None or bool(truncated) == bool(gold.get("truncated")),
    )


def evaluate_dir(
    gold_dir: str | Path, pages_dir: str | Path, kinds: Iterable[str] | None = None, **clean_options: Any
) -> list[PageScore]:
    """Clean every page named by a gold file in ``gold_dir`` and score it."""
    out = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        page = Path(pages_dir) / gold.get("seed", path.stem)
        result = clean(page.read_bytes(), **clean_options)
        out.append(score(gold, result.articles, result.truncated, kinds, name=page.name))
    return out


def report(scores: list[PageScore], worst: int = 10) -> str:
    """Per-page lines, leaks by kind, the pages that lose most, and the total (last line)."""
    lines = []
    for s in scores:
        lines.append(
            f"{s.name}: P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} "
            f"leaks={len(s.leaks)} arts={s.articles}/{s.gold_articles} "
            f"trunc={'ok' if s.truncation_ok else 'WRONG'}"
        )
        for b in s.leaks[:5]:
            lines.append(f"    leak [{b['kind']}] {b['text'][:60]}")
    by_kind = Counter(b["kind"] for s in scores for b in s.leaks)
    if by_kind:
        lines.append("leaks by kind: " + ", ".join(f"{k} {n}" for k, n in by_kind.most_common()))
    losers = sorted(scores, key=lambda s: s.lost, reverse=True)[:worst]
    losers = [s for s in losers if s.lost]
    if losers:
        lines.append("pages that lose most (4-grams kept wrongly + missed):")
        for s in losers:
            lines.append(
                f"    {s.name}: {s.lost} (extra {s.out - s.hit}, missed {s.gold - s.hit}), "
                f"F1={s.f1:.3f}, leaks={len(s.leaks)}"
            )
    hit = sum(s.hit for s in scores)
    p = hit / max(1, sum(s.out for s in scores))
    r = hit / max(1, sum(s.gold for s in scores))
    f = 2 * p * r / (p + r) if p + r else 0.0
    lines.append(
        f"TOTAL: P={p:.4f} R={r:.4f} leaks={sum(len(s.leaks) for s in scores)} "
        f"article_count_errors={sum(s.articles != s.gold_articles for s in scores)} "
        f"truncation_errors={sum(not s.truncation_ok for s in scores)} F1={f:.4f}"
    )
    return "\n".join(lines)


@dataclass
class FamilyOutcome:
    """One record of a boilerplate-family file, checked: did the line go (or stay) as expected?"""

    family: str
    expect: str
    text: str
    ok: bool
    truncation_ok: bool = True
    detail: str = ""


def check_families(records: Iterable[dict[str, Any]], **clean_options: Any) -> list[FamilyOutcome]:
    """Check family examples (``corpus/families/examples.json``'s format).

    A ``remove`` line must not survive in any article's title or text (whitespace
    ignored; with ``max_count`` it may survive that many times); a ``keep`` line
    must survive in an article's text. A record with ``truncated`` also checks
    the page's flag.
    """
    out = []
    for rec in records:
        result = clean(rec["page"], **clean_options)
        line = squash(rec["text"])
        body = squash("\n".join(a.text for a in result.articles))
        if rec["expect"] == "remove":
            # In any article's title or in any article's text (each on its own).
            survived = (
                sum(squash(a.title or "").count(line) + squash(a.text).count(line) for a in result.articles)
                if line
                else 0
            )
            ok = survived <= int(rec.get("max_count") or 0)
            detail = f"survived {survived}x" if not ok else ""
        else:
            ok = bool(line) and line in body
            detail = "" if ok else "lost"
        trunc_ok = "truncated" not in rec or rec["truncated"] is None or bool(rec["truncated"]) == result.truncated
        if not trunc_ok:
            detail = (detail + "; " if detail else "") + f"truncated={result.truncated}"
        out.append(FamilyOutcome(rec["family"], rec["expect"], rec["text"], ok, trunc_ok, detail))
    return out


def family_report(outcomes: list[FamilyOutcome]) -> str:
    """A table by family (remove lines gone, keep lines kept) and the failures."""
    fams: dict[str, list[FamilyOutcome]] = {}
    for o in outcomes:
        fams.setdefault(o.family, []).append(o)
    lines = [f"{'family':<12} {'removed':>8} {'kept':>6} {'trunc':>6}"]
    for fam, outs in fams.items():
        rem = [o for o in outs if o.expect == "remove"]
        kep = [o for o in outs if o.expect == "keep"]
        tr = sum(not o.truncation_ok for o in outs)
        lines.append(
            f"{fam:<12} {sum(o.ok for o in rem):>4}/{len(rem):<3} {sum(o.ok for o in kep):>3}/{len(kep):<2} "
            f"{'ok' if not tr else f'{tr} bad':>6}"
        )
    for o in outcomes:
        if not (o.ok and o.truncation_ok):
            lines.append(f"    FAIL {o.family}/{o.expect}: {o.text[:70]!r} ({o.detail})")
    rem = [o for o in outcomes if o.expect == "remove"]
    kep = [o for o in outcomes if o.expect == "keep"]
    lines.append(
        f"TOTAL: removed {sum(o.ok for o in rem)}/{len(rem)} "
        f"({100 * sum(o.ok for o in rem) / max(1, len(rem)):.1f}%), "
        f"kept {sum(o.ok for o in kep)}/{len(kep)}, "
        f"truncation errors {sum(not o.truncation_ok for o in outcomes)}"
    )
    return "\n".join(lines)
