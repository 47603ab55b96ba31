"""The pipeline end to end: decode → normalize → segment → rules → assemble.

:func:`clean` is the library's one entry point. Each stage lives in its own
module; this one only wires them together and assembles the :class:`Result`.
"""

from __future__ import annotations

import bisect
import os
from collections import Counter
from typing import Any, Iterable

import regex

from .decode import Decoded, decode
from .html import Block, html_to_page, looks_like_html
from .html import parse as parse_html
from .engine import find_removals, has_word, kept_pieces, segment
from .assemble import assemble
from .model import Kind, Removal, Result, Span, Stats
from .normalize import Normalized, normalize
from .pagemeta import (date_after_title, meta_date, meta_site, meta_title, page_date, site_name, title_hint,
                       truncation)
from .rulefile import RuleFile
from .rules import Rule, RuleSet
from .rules import structure as st

#: Pages longer than this many characters are cut, with a warning, so one
#: pathological page cannot stall a crawl.
DEFAULT_MAX_CHARS = 10_000_000
_SPACE = regex.compile(r"\s+")
_CHARSET = regex.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", regex.IGNORECASE)
#: Below this share of the page's text kept, the result carries a warning.
MIN_KEEP_SHARE = 0.2


def clean(
    page: Any,
    *,
    disable: Iterable[str] = (),
    extra_rules: Iterable[Rule] = (),
    rules: RuleSet | RuleFile | str | os.PathLike | None = None,
    encoding: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    source: str | None = None,
    dedupe: bool = True,
    split: bool = True,
    content_type: str | None = None,
    url: str | None = None,
) -> Result:
    """Clean one scraped page and report what was removed.

    ``page`` is text or raw bytes (decoded from BOM, declared charset, or
    detection). ``disable`` takes rule ids or globs (``"zh.related.*"``);
    ``extra_rules`` adds or overrides rules; ``rules`` replaces the built-in
    set, or names a TOML rule file (see :mod:`pagestrip.rulefile`) whose rules,
    disabled ids and site profiles (by URL host or site name) apply. ``encoding`` is a charset known from outside, e.g. an HTTP header.
    ``dedupe=False`` keeps every copy of repeated text; ``split=False`` keeps a
    collection of several pieces as one article.

    ``page`` may also be HTML (told from text by sniffing, or by
    ``content_type="text/html; charset=gbk"``), a BeautifulSoup object or an
    lxml element; the markup then adds evidence (nav/footer/aside, class and
    id tokens, link density) to the same text rules. ``url`` is recorded.
    """
    if isinstance(rules, (str, os.PathLike)):
        from .rulefile import load

        rules = load(rules)
    if isinstance(rules, RuleFile):
        rule_file = rules
        result = clean(page, disable=disable, extra_rules=extra_rules, rules=rule_file.ruleset(url=url),
                       encoding=encoding, max_chars=max_chars, source=source, dedupe=dedupe, split=split,
                       content_type=content_type, url=url)
        if rule_file.has_site_profiles and result.site:
            by_site = rule_file.ruleset(url=url, site=result.site)
            if [r.id for r in by_site] != [r.id for r in rule_file.ruleset(url=url)]:
                result = clean(page, disable=disable, extra_rules=extra_rules, rules=by_site,
                               encoding=encoding, max_chars=max_chars, source=source, dedupe=dedupe,
                               split=split, content_type=content_type, url=url)
        return result
    root = _as_tree(page)
    if root is None and not isinstance(page, (str, bytes, bytearray, memoryview)):
        raise TypeError("pagestrip.clean() takes str, bytes, a BeautifulSoup object or an lxml element, "
                        f"not {type(page).__name__}")
    ruleset = rules if rules is not None else RuleSet.builtin()
    extra = list(extra_rules)
    if extra:
        ruleset = ruleset.with_rules(extra)
    disabled = [disable] if isinstance(disable, str) else list(disable)
    if disabled:
        ruleset = ruleset.without(*disabled)

    declared = _charset(content_type) or encoding
    if root is not None:
        decoded = Decoded("", None)
    else:
        decoded = decode(bytes(page) if not isinstance(page, str) else page, declared)
    warnings = list(decoded.warnings)
    raw = decoded.text
    if len(raw) > max_chars:
        warnings.append(f"page of {len(raw)} characters cut to the first {max_chars}")
        raw = raw[:max_chars]
    kind = (content_type or "").split(";")[0].strip().lower()
    if root is None and (kind in ("text/html", "application/xhtml+xml")
                         or (kind not in ("text/plain",) and looks_like_html(raw))):
        root = parse_html(raw)
    evidence = None
    meta: dict[str, str] = {}
    if root is not None:
        hp = html_to_page(root)
        meta = hp.meta
        norm, evidence = _normalize_blocks(hp.blocks)
        if not decoded.text:
            decoded = Decoded(norm.text, decoded.encoding, decoded.warnings)
    else:
        norm = normalize(raw)
    text = norm.text
    lines = segment(text)
    hint = title_hint(meta, lines) if meta else None
    found = find_removals(text, lines, ruleset, evidence, hint,
                          markup_titled=bool(meta.get("title") or meta.get("og:title")))
    removed = list(found.removals)

    pieces = kept_pieces(text, lines, removed)
    orphan = ruleset.get(st.ORPHAN)
    paragraphs: list[Span] = []
    spans = [Span(s, e, text[s:e]) for s, e in pieces]
    verbatim = _verbatim(lines, evidence, spans) if evidence is not None else frozenset()
    for span in spans:
        # A <pre> line of symbols (a table border in a program's output) is text there.
        if orphan is not None and not has_word(span.text) and span.start not in verbatim:
            removed.append(Removal(orphan.kind, orphan.id, span.start, span.end, span.text))
        else:
            paragraphs.append(span)
    tl = found.title_line
    title_span = next((p for p in paragraphs if tl is not None and p.start == tl.start), None)
    articles, more = assemble(paragraphs, title_span, ruleset, dedupe_on=dedupe, split=split,
                              verbatim=verbatim)
    removed.extend(more)
    removed.sort(key=lambda r: r.start)

    is_truncated, figures = truncation(removed)
    notices = [r.start for r in removed if r.kind is Kind.TRUNCATION]
    starts = [a.paragraphs[0].start if a.paragraphs else 0 for a in articles]
    for n, art in enumerate(articles):
        hi = starts[n + 1] if n + 1 < len(articles) else len(text) + 1
        lo = starts[n] if n else -1
        art.truncated = any(lo <= pos < hi for pos in notices)
    title = title_span.text.rstrip("¶ ") if title_span is not None else None
    if articles and not any(a.truncated for a in articles) and is_truncated:
        articles[-1].truncated = True

    by_kind: Counter[str] = Counter()
    for r in removed:
        by_kind[str(r.kind)] += len(r.text)
    out_chars = sum(len(p.text) for a in articles for p in a.paragraphs)
    warnings.extend(_over_removal(text, removed, out_chars))
    return Result(
        title=title or meta_title(meta),
        site=site_name(removed) or meta_site(meta),
        date=(meta_date(meta) or date_after_title(lines, _line_index(lines, tl)) or page_date(removed)) if meta
        else page_date(removed),
        url=url or meta.get("canonical") or meta.get("og:url"),
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


def _verbatim(lines: list, evidence: list[Block], paragraphs: list[Span]) -> frozenset[int]:
    """Starts of the paragraphs that come from ``<pre>`` lines of the region: code and preformatted
    documents (RFCs) repeat lines by design (a query run twice, a page header on every
    page), so the copy and abstract passes leave them alone."""
    pre_starts = [ln.start for ln, b in zip(lines, evidence) if b.pre and b.in_main]
    if not pre_starts:
        return frozenset()
    ends = {ln.start: ln.end for ln, b in zip(lines, evidence) if b.pre and b.in_main}
    out = set()
    for p in paragraphs:
        k = bisect.bisect_right(pre_starts, p.start) - 1
        if k >= 0 and p.start <= ends[pre_starts[k]]:
            out.add(p.start)
    return frozenset(out)


def _line_index(lines: list, line: Any) -> int | None:
    """Index in ``lines`` of the title line, if there is one."""
    if line is None:
        return None
    return next((k for k, ln in enumerate(lines) if ln.start == line.start), None)


def _as_tree(page: Any) -> Any:
    """An lxml element for a BeautifulSoup object or an lxml element; None for str/bytes."""
    if isinstance(page, (str, bytes, bytearray, memoryview)):
        return None
    mod = type(page).__module__
    if mod.startswith("bs4"):
        return parse_html(str(page))
    if mod.startswith("lxml") and hasattr(page, "iter") and hasattr(page, "tag"):
        return page
    return None


def _charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = _CHARSET.search(content_type)
    return m.group(1) if m else None


def _normalize_blocks(blocks: list[Block]) -> tuple[Normalized, list[Block]]:
    """Normalize each block on its own: an HTML block is a paragraph, never re-joined."""
    counts: Counter[str] = Counter()
    texts: list[str] = []
    evidence: list[Block] = []
    for b in blocks:
        n = normalize(b.text, join_wraps=False)
        counts.update(n.counts)
        for piece in n.text.split("\n"):
            if piece:
                texts.append(piece)
                evidence.append(b)
    counts["blank_lines"] = 0
    return Normalized("\n".join(texts), dict(counts)), evidence


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
