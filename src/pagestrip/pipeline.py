"""The pipeline end to end: decode → normalize → segment → rules → assemble.

:func:`clean` is the library's one entry point. Each stage lives in its own
module; this one only wires them together and assembles the :class:`Result`.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

import regex

from .decode import decode
from .engine import find_removals, has_word, kept_pieces, segment
from .assemble import assemble
from .model import Kind, Removal, Result, Span, Stats
from .normalize import normalize
from .pagemeta import page_date, site_name, truncation
from .rules import Rule, RuleSet
from .rules import structure as st

#: Pages longer than this many characters are cut, with a warning, so one
#: pathological page cannot stall a crawl.
DEFAULT_MAX_CHARS = 10_000_000
_SPACE = regex.compile(r"\s+")
#: Below this share of the page's text kept, the result carries a warning.
MIN_KEEP_SHARE = 0.2


def clean(
    page: str | bytes,
    *,
    disable: Iterable[str] = (),
    extra_rules: Iterable[Rule] = (),
    rules: RuleSet | None = None,
    encoding: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    source: str | None = None,
    dedupe: bool = True,
    split: bool = True,
) -> Result:
    """Clean one scraped page and report what was removed.

    ``page`` is text or raw bytes (decoded from BOM, declared charset, or
    detection). ``disable`` takes rule ids or globs (``"zh.related.*"``);
    ``extra_rules`` adds or overrides rules; ``rules`` replaces the built-in
    set. ``encoding`` is a charset known from outside, e.g. an HTTP header.
    ``dedupe=False`` keeps every copy of repeated text; ``split=False`` keeps a
    collection of several pieces as one article.
    """
    if not isinstance(page, (str, bytes, bytearray, memoryview)):
        raise TypeError(f"pagestrip.clean() takes str or bytes, not {type(page).__name__}")
    ruleset = rules if rules is not None else RuleSet.builtin()
    extra = list(extra_rules)
    if extra:
        ruleset = ruleset.with_rules(extra)
    disabled = [disable] if isinstance(disable, str) else list(disable)
    if disabled:
        ruleset = ruleset.without(*disabled)

    decoded = decode(bytes(page) if not isinstance(page, str) else page, encoding)
    warnings = list(decoded.warnings)
    raw = decoded.text
    if len(raw) > max_chars:
        warnings.append(f"page of {len(raw)} characters cut to the first {max_chars}")
        raw = raw[:max_chars]
    norm = normalize(raw)
    text = norm.text
    lines = segment(text)
    found = find_removals(text, lines, ruleset)
    removed = list(found.removals)

    pieces = kept_pieces(text, lines, removed)
    orphan = ruleset.get(st.ORPHAN)
    paragraphs: list[Span] = []
    for s, e in pieces:
        if orphan is not None and not has_word(text[s:e]):
            removed.append(Removal(orphan.kind, orphan.id, s, e, text[s:e]))
        else:
            paragraphs.append(Span(s, e, text[s:e]))
    tl = found.title_line
    title_span = next((p for p in paragraphs if tl is not None and p.start == tl.start), None)
    articles, more = assemble(paragraphs, title_span, ruleset, dedupe_on=dedupe, split=split)
    removed.extend(more)
    removed.sort(key=lambda r: r.start)

    is_truncated, figures = truncation(removed)
    notices = [r.start for r in removed if r.kind is Kind.TRUNCATION]
    starts = [a.paragraphs[0].start if a.paragraphs else 0 for a in articles]
    for n, art in enumerate(articles):
        hi = starts[n + 1] if n + 1 < len(articles) else len(text) + 1
        lo = starts[n] if n else -1
        art.truncated = any(lo <= pos < hi for pos in notices)
    title = title_span.text if title_span is not None else None
    if articles and not any(a.truncated for a in articles) and is_truncated:
        articles[-1].truncated = True

    by_kind: Counter[str] = Counter()
    for r in removed:
        by_kind[str(r.kind)] += len(r.text)
    out_chars = sum(len(p.text) for a in articles for p in a.paragraphs)
    warnings.extend(_over_removal(text, removed, out_chars))
    return Result(
        title=title,
        site=site_name(removed),
        date=page_date(removed),
        truncated=is_truncated,
        truncation=figures,
        articles=articles,
        removed=removed,
        stats=Stats(input_chars=len(decoded.text), output_chars=out_chars,
                    normalized=norm.counts, removed_chars=dict(by_kind)),
        warnings=warnings,
        normalized=text,
        encoding=decoded.encoding,
        source=source,
    )


def _over_removal(text: str, removed: list[Removal], kept: int) -> list[str]:
    """Warn, naming the rules, when the rules left less than a set share of the page."""
    if kept >= MIN_KEEP_SHARE * len(text):  # cheap exit: most pages keep plenty
        return []
    total = len(_SPACE.sub("", text))
    if total < 100 or kept >= MIN_KEEP_SHARE * total:
        return []
    per_rule: Counter[str] = Counter()
    for r in removed:
        per_rule[r.rule] += len(r.text)
    top = ", ".join(f"{rule} ({n} chars)" for rule, n in per_rule.most_common(5))
    share = 100 * kept / max(1, total)
    return [f"over-removal: only {share:.0f}% of the page's text was kept; removed most by: {top}"]
