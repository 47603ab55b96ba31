"""The pipeline end to end: decode → normalize → segment → rules → assemble.

:func:`clean` is the library's one entry point. Each stage lives in its own
module; this one only wires them together and assembles the :class:`Result`.
"""

from __future__ import annotations

import bisect
import os
from collections import Counter
from collections.abc import Iterable
from typing import Any

import regex

from . import lazyre, limits
from .assemble import assemble
from .decode import Decoded, binary_kind, decode
from .engine import find_removals, has_word, kept_pieces, segment
from .errors import BinaryInputError, PageTimeoutError
from .html import Block, html_to_page, looks_like_html, parse_report
from .html import parse as parse_html
from .model import Kind, Line, Removal, Result, Span, Stats
from .normalize import Normalized, is_normal_line, normalize
from .pagemeta import date_after_title, meta_date, meta_site, meta_title, page_date, site_name, title_hint, truncation
from .rulefile import RuleFile
from .rules import Rule, RuleSet
from .rules import structure as st

#: Pages longer than this many characters are cut, with a warning, so one
#: pathological page cannot stall a crawl.
DEFAULT_MAX_CHARS = 10_000_000
_SPACE = lazyre.compile(r"\s+")
_CHARSET = lazyre.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", regex.IGNORECASE)
#: Below this share of the page's text kept, the result carries a warning.
MIN_KEEP_SHARE = 0.2
#: A character takes at most 4 bytes in UTF-8 and in GB18030 (2 or 4 in
#: UTF-16/32), so a page cut to ``max_chars`` never needs more than this many
#: bytes per character: the rest is not even decoded.
MAX_BYTES_PER_CHAR = 4
#: Tags whose closing form only markup has. Text that merely mentions ``<p>``
#: or ``<br>`` has no ``</p>``; real HTML, even a fragment, has some.
_CLOSING_TAG = lazyre.compile(
    r"</(?:p|div|span|a|td|tr|table|li|ul|body|html|head|h[1-6]|title|font|b|strong)\s*>", regex.IGNORECASE
)


def clean(
    page: Any,
    *,
    disable: Iterable[str] = (),
    extra_rules: Iterable[Rule] = (),
    rules: RuleSet | RuleFile | str | os.PathLike[str] | None = None,
    encoding: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    source: str | None = None,
    dedupe: bool = True,
    split: bool = True,
    content_type: str | None = None,
    url: str | None = None,
    timeout: float | None = None,
) -> Result:
    """Clean one scraped page and report what was removed.

    ``page`` is text or raw bytes (decoded from BOM, declared charset, or
    detection). ``disable`` takes rule ids or globs (``"zh.related.*"``);
    ``extra_rules`` adds or overrides rules; ``rules`` replaces the built-in
    set, or names a TOML rule file (see :mod:`pagestrip.rulefile`) whose rules,
    disabled ids and site profiles (by URL host or site name) apply. ``encoding``
    is a charset known from outside, e.g. an HTTP header.
    ``dedupe=False`` keeps every copy of repeated text; ``split=False`` keeps a
    collection of several pieces as one article.

    ``page`` may also be HTML (told from text by sniffing, or by
    ``content_type="text/html; charset=gbk"``), a BeautifulSoup object or an
    lxml element; the markup then adds evidence (nav/footer/aside, class and
    id tokens, link density) to the same text rules. ``url`` is recorded.

    ``timeout`` (seconds) bounds the work on the page: past it,
    :class:`pagestrip.PageTimeoutError` is raised (the deadline is checked
    between stages, and every match of a pattern holding a user rule is
    bounded by it). Whatever the timeout, one match of such a pattern
    against one line is bounded by :data:`pagestrip.limits.PATTERN_TIMEOUT`,
    so a user pattern that backtracks catastrophically raises instead of
    running for minutes.
    Bytes that are an image, a PDF or another binary format raise
    :class:`pagestrip.BinaryInputError`. ``max_chars`` must be positive.
    """
    if not isinstance(max_chars, int) or max_chars < 1:
        raise ValueError(f"max_chars must be a positive integer, not {max_chars!r}")
    if timeout is not None and not timeout > 0:
        raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
    with limits.deadline(timeout):
        try:
            return _clean(
                page,
                disable=disable,
                extra_rules=extra_rules,
                rules=rules,
                encoding=encoding,
                max_chars=max_chars,
                source=source,
                dedupe=dedupe,
                split=split,
                content_type=content_type,
                url=url,
            )
        except PageTimeoutError:
            raise
        except TimeoutError:  # the regex module's timeout on a match
            raise limits.expired("rule matching") from None


def _clean(
    page: Any,
    *,
    disable: Iterable[str],
    extra_rules: Iterable[Rule],
    rules: RuleSet | RuleFile | str | os.PathLike[str] | None,
    encoding: str | None,
    max_chars: int,
    source: str | None,
    dedupe: bool,
    split: bool,
    content_type: str | None,
    url: str | None,
) -> Result:
    """:func:`clean` under its deadline."""
    if isinstance(rules, (str, os.PathLike)):
        from .rulefile import load

        rules = load(rules)
    if isinstance(rules, RuleFile):
        rule_file = rules
        result = _clean(
            page,
            disable=disable,
            extra_rules=extra_rules,
            rules=rule_file.ruleset(url=url),
            encoding=encoding,
            max_chars=max_chars,
            source=source,
            dedupe=dedupe,
            split=split,
            content_type=content_type,
            url=url,
        )
        if rule_file.has_site_profiles and result.site:
            by_site = rule_file.ruleset(url=url, site=result.site)
            if [r.id for r in by_site] != [r.id for r in rule_file.ruleset(url=url)]:
                result = _clean(
                    page,
                    disable=disable,
                    extra_rules=extra_rules,
                    rules=by_site,
                    encoding=encoding,
                    max_chars=max_chars,
                    source=source,
                    dedupe=dedupe,
                    split=split,
                    content_type=content_type,
                    url=url,
                )
        return result
    root = _as_tree(page)
    if root is None and not isinstance(page, (str, bytes, bytearray, memoryview)):
        raise TypeError(
            f"pagestrip.clean() takes str, bytes, a BeautifulSoup object or an lxml element, not {type(page).__name__}"
        )
    ruleset = rules if rules is not None else RuleSet.builtin()
    extra = list(extra_rules)
    if extra:
        ruleset = ruleset.with_rules(extra)
    disabled = [disable] if isinstance(disable, str) else list(disable)
    if disabled:
        ruleset = ruleset.without(*disabled)

    declared = _charset(content_type) or encoding
    cut: list[str] = []
    cut_bytes = 0
    if root is not None:
        decoded = Decoded("", None, _empty_tree_warning(page))
    elif isinstance(page, str):
        if len(page) > max_chars:  # cut before scanning it for surrogates
            cut.append(f"page of {len(page)} characters cut to the first {max_chars}")
            page = page[:max_chars]
        decoded = decode(page)
    else:
        data, cut_bytes = _entry_bytes(page, max_chars, declared)
        decoded = decode(data, declared, partial=bool(cut_bytes))
    warnings = list(decoded.warnings)
    raw = decoded.text
    if len(raw) > max_chars:
        # One warning for the cut, whether the bytes were cut before decoding too or not.
        size = f"{cut_bytes} bytes" if cut_bytes else f"{len(raw)} characters"
        warnings.append(f"page of {size} cut to the first {max_chars} characters")
        raw = raw[:max_chars]
    elif cut or cut_bytes:
        warnings.append(
            cut[0]
            if cut
            else f"page of {cut_bytes} bytes cut to the first {max_chars * MAX_BYTES_PER_CHAR} bytes before decoding"
        )
    limits.check("decoding")
    kind = (content_type or "").split(";")[0].strip().lower()
    if root is None and (
        kind in ("text/html", "application/xhtml+xml") or (kind not in ("text/plain",) and _is_html(raw))
    ):
        root, parse_warnings = parse_report(raw)
        warnings.extend(parse_warnings)
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
    limits.check("normalizing")
    lines = segment(text)
    hint = title_hint(meta, lines) if meta else None
    found = find_removals(
        text, lines, ruleset, evidence, hint, markup_titled=bool(meta.get("title") or meta.get("og:title"))
    )
    removed = list(found.removals)
    limits.check("rules")

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
    articles, more = assemble(paragraphs, title_span, ruleset, dedupe_on=dedupe, split=split, verbatim=verbatim)
    limits.check("assembling")
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
        date=(meta_date(meta) or date_after_title(lines, _line_index(lines, tl)) or page_date(removed))
        if meta
        else page_date(removed),
        url=url or meta.get("canonical") or meta.get("og:url"),
        truncated=is_truncated,
        truncation=figures,
        articles=articles,
        removed=removed,
        stats=Stats(
            input_chars=len(decoded.text), output_chars=out_chars, normalized=norm.counts, removed_chars=dict(by_kind)
        ),
        warnings=warnings,
        normalized=text,
        encoding=decoded.encoding,
        source=source,
    )


def _verbatim(lines: list[Line], evidence: list[Block], paragraphs: list[Span]) -> frozenset[int]:
    """Starts of the paragraphs that come from ``<pre>`` lines of the region: code and preformatted
    documents (RFCs) repeat lines by design (a query run twice, a page header on every
    page), so the copy and abstract passes leave them alone."""
    pre_starts = [ln.start for ln, b in zip(lines, evidence, strict=False) if b.pre and b.in_main]
    if not pre_starts:
        return frozenset()
    ends = {ln.start: ln.end for ln, b in zip(lines, evidence, strict=False) if b.pre and b.in_main}
    out = set()
    for p in paragraphs:
        k = bisect.bisect_right(pre_starts, p.start) - 1
        if k >= 0 and p.start <= ends[pre_starts[k]]:
            out.add(p.start)
    return frozenset(out)


def _line_index(lines: list[Line], line: Line | None) -> int | None:
    """Index in ``lines`` of the title line, if there is one."""
    if line is None:
        return None
    return next((k for k, ln in enumerate(lines) if ln.start == line.start), None)


def _entry_bytes(page: bytes | bytearray | memoryview, max_chars: int, declared: str | None) -> tuple[bytes, int]:
    """The bytes worth decoding, and the input's length if it was cut (else 0).

    Refuses binary input: an image or a PDF decoded "best effort" is an
    article of garbage, so it is an error instead.
    """
    view = memoryview(page)
    limit = max_chars * MAX_BYTES_PER_CHAR
    total = view.nbytes
    data = bytes(view[:limit]) if total > limit else bytes(view)
    kind = binary_kind(data, declared)
    if kind is not None:
        raise BinaryInputError(f"input is binary ({kind}), not a page")
    return data, (total if total > limit else 0)


def _is_html(raw: str) -> bool:
    """Is this text HTML? Tags alone are not enough: prose about HTML mentions
    ``<p>`` and ``<br>``. Real markup starts with a tag or closes some."""
    if not looks_like_html(raw):
        return False
    head = raw[:4096].lstrip()
    return head.startswith("<") or _CLOSING_TAG.search(raw, 0, 65536) is not None


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


def _empty_tree_warning(page: Any) -> list[str]:
    """A warning for a BeautifulSoup tree parsed from bytes that holds no text at all:
    bs4 with lxml returns an empty tree for some GB2312/GBK-labelled pages, which would
    otherwise come back as an empty result that looks like a page without an article."""
    if not type(page).__module__.startswith("bs4") or getattr(page, "original_encoding", None) is None:
        return []
    if page.get_text().strip():
        return []
    return [
        f"the BeautifulSoup tree holds no text although it was parsed from bytes "
        f"({page.original_encoding}): its parser lost the page; pass the page's bytes to "
        "pagestrip.clean() instead, which decodes them itself"
    ]


def _charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = _CHARSET.search(content_type)
    return m.group(1) if m else None


def _normalize_blocks(blocks: list[Block]) -> tuple[Normalized, list[Block]]:
    """Normalize each block on its own: an HTML block is a paragraph, never re-joined."""
    counts: Counter[str] = Counter(normalize("").counts)  # every count present, zero or not
    texts: list[str] = []
    evidence: list[Block] = []
    for b in blocks:
        if is_normal_line(b.text):
            texts.append(b.text)
            evidence.append(b)
            continue
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
