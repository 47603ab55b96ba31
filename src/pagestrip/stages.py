"""The pipeline's stages: small functions that fill one :class:`PageState` in turn.

:data:`STAGES` is the order :func:`pagestrip.clean` runs them in; each stage's
docstring says what it reads from the state and what it writes. The work is
done by the stage modules (``decode``, ``html``, ``normalize``, ``engine``,
``assemble``, ``pagemeta``); a stage only moves their inputs and outputs.
"""

from __future__ import annotations

import bisect
import os
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import html, lazyre, limits
from .assemble import assemble
from .decode import Decoded, decode
from .engine import Findings, find_removals, has_word, kept_pieces, segment, site_before_rules, verbatim_lines
from .frontmatter import TITLE_KEYS as FRONT_TITLE_KEYS
from .inputs import MAX_BYTES_PER_CHAR, as_tree, charset, empty_tree_warning, entry_bytes, is_html, normalize_blocks
from .model import Article, Kind, Line, Removal, Result, Span, Stats, Truncation
from .normalize import Normalized, normalize
from .options import CleanOptions
from .pagemeta import (
    LEAD_HEADING,
    date_after_title,
    file_title,
    front_matter_date,
    front_matter_title,
    labelled_title,
    markdown_title,
    meta_date,
    meta_site,
    meta_title,
    page_date,
    reader_title,
    reader_url,
    self_named_site,
    site_name,
    time_near_title,
    title_hint,
    truncation,
)
from .rulefile import RuleFile
from .rules import RuleSet
from .rules import structure as st
from .textshape import brace_blocks, looks_like_code

if TYPE_CHECKING:
    from .html import Block

#: Below this share of the page's text kept, the result carries a warning.
MIN_KEEP_SHARE = 0.2
#: ... unless the page has fewer non-space characters than this: a short page says little.
OVER_REMOVAL_MIN_CHARS = 100
#: The over-removal warning names the rules that removed most, this many of them.
OVER_REMOVAL_TOP_RULES = 5
_SPACE = lazyre.compile(r"\s+")


@dataclass
class PageState:
    """One page on its way through the stages: the input, then what each stage found."""

    page: Any
    options: CleanOptions
    #: The rule file :attr:`CleanOptions.rules` names, loaded.
    rule_file: RuleFile | None = None
    #: The rules applied to this page: base set, host and site profiles, extra and disabled rules.
    ruleset: RuleSet = field(default_factory=RuleSet.builtin)
    #: The parsed HTML (or the tree handed in); None for text.
    tree: Any = None
    decoded: Decoded = field(default_factory=lambda: Decoded("", None))
    #: The decoded text, cut to ``max_chars``.
    raw: str = ""
    warnings: list[str] = field(default_factory=list)
    #: HTML meta fields (title, og:*, h1, canonical, dates); empty for text.
    meta: dict[str, str] = field(default_factory=dict)
    norm: Normalized = field(default_factory=lambda: Normalized(""))
    #: HTML only: one block of markup evidence per line of ``norm.text``.
    evidence: list[Block] | None = None
    lines: list[Line] = field(default_factory=list)
    #: The line the markup names as the title.
    title_hint: str | None = None
    found: Findings = field(default_factory=Findings)
    removed: list[Removal] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)
    #: The lines (by index) that are code or preformatted text: a ``<pre>`` of the article
    #: region, a Markdown code fence. Only truncation notices are removed from them.
    code_lines: frozenset[int] = frozenset()
    #: The lines no decoration rule takes: a Markdown table's rows, a text table's, code's brackets.
    table_lines: frozenset[int] = frozenset()
    #: Starts of the paragraphs from those lines, which repeat by design.
    verbatim: frozenset[int] = frozenset()
    #: HTML only: where the lines of ``<h1>``–``<h6>`` start (a heading is no abstract).
    headings: frozenset[int] = frozenset()
    #: HTML only: where the lines inside a ``<blockquote>`` start (a quote repeats by design).
    quotes: frozenset[int] = frozenset()
    title_span: Span | None = None
    articles: list[Article] = field(default_factory=list)
    truncated: bool = False
    truncation: Truncation | None = None

    @property
    def text(self) -> str:
        """The normalized text: every offset in lines, removals and spans is into it."""
        return self.norm.text


def load_rule_file(state: PageState) -> None:
    """Reads ``options.rules``; writes ``rule_file`` (a path is loaded here, so a bad
    file raises :class:`pagestrip.rulefile.RuleFileError` before the page is looked at)."""
    rules = state.options.rules
    if isinstance(rules, (str, os.PathLike)):
        from .rulefile import load

        rules = load(rules)
    if isinstance(rules, RuleFile):
        state.rule_file = rules


def take_input(state: PageState) -> None:
    """Reads ``page``; writes ``tree`` for a BeautifulSoup object or an lxml element.
    Anything but those, str and bytes raises ``TypeError``."""
    state.tree = as_tree(state.page)
    if state.tree is None and not isinstance(state.page, (str, bytes, bytearray, memoryview)):
        raise TypeError(
            "pagestrip.clean() takes str, bytes, a BeautifulSoup object or an lxml element, "
            f"not {type(state.page).__name__}"
        )


def choose_rules(state: PageState) -> None:
    """The cheap pre-pass for rules. Reads ``options`` and ``rule_file``; writes ``ruleset``:
    the given set or the built-in one, or the rule file's with the profiles its URL host
    chooses, plus ``extra_rules`` and less ``disable``. Profiles chosen by site name wait
    for :func:`choose_site_profile`, which needs the page's lines."""
    rules = state.options.rules
    if state.rule_file is not None:
        base = state.rule_file.ruleset(url=state.options.url)
    else:
        base = rules if isinstance(rules, RuleSet) else RuleSet.builtin()
    state.ruleset = state.options.with_own_rules(base)


def decode_input(state: PageState) -> None:
    """Reads ``page``, ``tree`` and the encoding, content type and ``max_chars`` options;
    writes ``decoded`` (the whole decoded text), ``raw`` (cut to ``max_chars``) and
    ``warnings`` (decoding's, and one for a cut). Binary bytes raise
    :class:`pagestrip.BinaryInputError`."""
    page, max_chars = state.page, state.options.max_chars
    declared = charset(state.options.content_type) or state.options.encoding
    cut: list[str] = []
    cut_bytes = 0
    if state.tree is not None:
        decoded = Decoded("", None, empty_tree_warning(page))
    elif isinstance(page, str):
        if len(page) > max_chars:  # cut before scanning it for surrogates
            cut.append(f"page of {len(page)} characters cut to the first {max_chars}")
            page = page[:max_chars]
        decoded = decode(page)
    else:
        data, cut_bytes = entry_bytes(page, max_chars, declared)
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
    state.decoded, state.raw, state.warnings = decoded, raw, warnings
    limits.check("decoding")


def parse_markup(state: PageState) -> None:
    """Reads ``raw`` and the content type; writes ``tree`` when the page is HTML (said so,
    or sniffed unless said to be text), and the parser's ``warnings``."""
    kind = (state.options.content_type or "").split(";")[0].strip().lower()
    if state.tree is None and (
        kind in ("text/html", "application/xhtml+xml") or (kind not in ("text/plain",) and is_html(state.raw))
    ):
        state.tree, parse_warnings = html.parse_report(state.raw)  # lxml: imported on the first HTML page
        state.warnings.extend(parse_warnings)


def normalize_text(state: PageState) -> None:
    """Reads ``tree`` or ``raw``; writes ``norm`` (the normalized text and its counts) and,
    for HTML, ``meta`` and ``evidence`` (each block normalized on its own, one block per
    line), and ``decoded`` for a tree handed in (its text is the blocks')."""
    if state.tree is None:
        state.norm = normalize(state.raw)
    else:
        hp = html.html_to_page(state.tree)
        state.meta = hp.meta
        state.norm, state.evidence = normalize_blocks(hp.blocks)
        if not state.decoded.text:
            state.decoded = Decoded(state.norm.text, state.decoded.encoding, state.decoded.warnings)
    limits.check("normalizing")


def segment_lines(state: PageState) -> None:
    """Reads ``text``, ``norm``, ``evidence`` and ``meta``; writes ``lines`` (with offsets),
    ``code_lines``, ``table_lines`` and ``title_hint``."""
    state.lines = segment(state.text)
    if state.evidence is not None:
        state.code_lines = verbatim_lines(state.evidence)
    else:  # a text page's lines are its normalized paragraphs, one each
        state.code_lines = frozenset(state.norm.code) - state.norm.braced
    state.table_lines = state.norm.table | _drawn_rows(state.lines)
    state.title_hint = (
        title_hint(state.meta, state.lines)
        if state.meta
        else front_matter_title(state.norm.front, state.lines, state.norm.front_lines)
        or markdown_title(state.lines, state.code_lines, state.norm.setext)
        or reader_title(state.lines)
    )


def choose_site_profile(state: PageState) -> None:
    """The cheap pre-pass for site profiles. Reads ``rule_file``, ``text``, ``lines``, ``meta``
    and ``ruleset``; writes ``ruleset`` when a site profile of the rule file names the site
    and changes the rules, so the rules run once.

    The site's name is the one :func:`pagestrip.pagemeta.site_name` would read off the
    chrome the rules remove (a welcome line, a copyright line, a breadcrumb root), asked of
    the rule set on those lines alone (:func:`pagestrip.engine.site_before_rules`), else
    the markup's (og:site_name, the <title>'s site part). A page that names none of the
    profiles' sites in its text or markup is not looked at further: no profile can apply.
    """
    rule_file = state.rule_file
    if rule_file is None or not rule_file.has_site_profiles:
        return
    from_meta = meta_site(state.meta)
    names = {s for p in rule_file.profiles for s in p.sites}
    if from_meta not in names and not any(s in state.text for s in names):
        return
    site = site_before_rules(state.text, state.lines, state.ruleset, state.evidence) or from_meta
    if not site:
        return
    url = state.options.url
    by_site = rule_file.ruleset(url=url, site=site)
    if [r.id for r in by_site] != [r.id for r in rule_file.ruleset(url=url)]:
        state.ruleset = state.options.with_own_rules(by_site)


def match_rules(state: PageState) -> None:
    """Reads ``text``, ``lines``, ``ruleset``, ``evidence``, ``title_hint`` and ``meta``;
    writes ``found`` (the engine's removals and title line) and ``removed`` (a copy of them)."""
    titled = bool(state.meta.get("title") or state.meta.get("og:title"))
    state.found = find_removals(
        state.text,
        state.lines,
        state.ruleset,
        state.evidence,
        state.title_hint,
        markup_titled=titled,
        verbatim=state.code_lines,
        tables=state.table_lines,
        front_lines=state.norm.front_lines,
    )
    state.removed = list(state.found.removals)
    limits.check("rules")


def cut_paragraphs(state: PageState) -> None:
    """Reads ``text``, ``lines``, ``removed`` and ``evidence``; writes ``paragraphs`` (what each
    line keeps once the removals are cut out) and ``verbatim``. Applies the rule
    ``page.orphan-punct``: a piece without a word (punctuation left between two
    removals) is removed, unless it is a ``<pre>`` line (a table border in a program's output)
    or a whole Markdown table row (its delimiter row)."""
    text, lines = state.text, state.lines
    spans = [Span(s, e, text[s:e]) for s, e in kept_pieces(text, lines, state.removed)]
    state.verbatim = _verbatim(lines, state.code_lines, spans)
    if state.evidence is not None:
        state.headings = frozenset(
            ln.start for ln, b in zip(lines, state.evidence, strict=False) if b.in_main and b.heading
        )
        nodes = state.evidence[0].nodes if state.evidence else None
        if nodes is not None and "blockquote" in nodes.tag:  # most pages quote nothing
            state.quotes = frozenset(
                ln.start for ln, b in zip(lines, state.evidence, strict=False) if b.in_main and b.quoted
            )
    elif ">" in text:
        state.quotes = _text_quotes(lines)
    orphan = state.ruleset.get(st.ORPHAN)
    rows = {(lines[k].start, lines[k].end) for k in state.table_lines}
    for span in spans:
        if (
            orphan is not None
            and not has_word(span.text)
            and span.start not in state.verbatim
            and (span.start, span.end) not in rows
        ):
            state.removed.append(Removal(orphan.kind, orphan.id, span.start, span.end, span.text))
        else:
            state.paragraphs.append(span)


def assemble_articles(state: PageState) -> None:
    """Reads ``paragraphs``, ``found.title_line``, ``ruleset``, ``verbatim`` and the dedupe and
    split options; writes ``title_span``, ``articles``, and the assembly's removals into
    ``removed``, which ends sorted by offset."""
    tl = state.found.title_line
    state.title_span = next((p for p in state.paragraphs if tl is not None and p.start == tl.start), None)
    state.articles, more = assemble(
        state.paragraphs,
        state.title_span,
        state.ruleset,
        dedupe_on=state.options.dedupe,
        split=state.options.split,
        verbatim=state.verbatim,
        headings=state.headings,
        quotes=state.quotes,
        blocks=state.evidence is not None,
    )
    limits.check("assembling")
    state.removed.extend(more)
    state.removed.sort(key=lambda r: r.start)


def join_line_pieces(state: PageState) -> None:
    """Reads ``text`` and ``articles``; writes each article's ``continued``: the pieces of one
    line that a removal inside it parted (``同学们[本文来自范文站…]早早来到操场``) read on as
    one paragraph, not two. They join with nothing, or with a space between two Latin
    words or marks (``the council [Advertisement] said``)."""
    text = state.text
    for article in state.articles:
        paras = article.paragraphs
        for i in range(1, len(paras)):
            before, after = paras[i - 1], paras[i]
            between = text[before.end : after.start]
            if before.end <= after.start and "\n" not in between and not _LEAKED_BREAK.search(between):
                latin = before.text[-1:].isascii() and after.text[:1].isascii()
                article.continued[i] = " " if latin else ""


#: A line break a scraper leaked as text (``\n``, ``x0dx0a``, an escaped ``<br>``): where it
#: was removed, the line broke, and the pieces on either side stay paragraphs of their own.
_LEAKED_BREAK = lazyre.compile_re(r"\\[rn]|x0a|&lt;br", re.IGNORECASE)


def mark_truncation(state: PageState) -> None:
    """Reads ``removed`` and ``articles``; writes ``truncated`` and ``truncation`` (the notice's
    figures), and marks truncated the article each truncation notice falls in (the last
    article if none does)."""
    state.truncated, state.truncation = truncation(state.removed)
    articles = state.articles
    notices = [r.start for r in state.removed if r.kind is Kind.TRUNCATION]
    starts = [a.paragraphs[0].start if a.paragraphs else 0 for a in articles]
    for n, art in enumerate(articles):
        hi = starts[n + 1] if n + 1 < len(articles) else len(state.text) + 1
        lo = starts[n] if n else -1
        art.truncated = any(lo <= pos < hi for pos in notices)
    if articles and not any(a.truncated for a in articles) and state.truncated:
        articles[-1].truncated = True


def indent_code(state: PageState) -> None:
    """Reads ``evidence``, ``norm``, ``lines`` and ``articles``; gives each kept line of code
    its indentation back: a ``<pre>`` line of the region (spaces and tabs below its block's
    common indentation), a Markdown code fence's line (below its fence's).

    Code without its indentation is not the code (Python's, YAML's); every other line loses
    its indent, as a paragraph's. The engine reads the lines without it, so rules,
    offsets and removals are those of the stripped line: the indentation goes back on
    the kept paragraph that starts the line, last. A brace block's lines in running text
    (:attr:`.Normalized.braced`) are not verbatim, but get theirs back too."""
    if not state.verbatim and not state.norm.braced:
        return
    if state.evidence is not None:
        indents = {
            ln.start: b.indent for ln, b in zip(state.lines, state.evidence, strict=False) if b.indent and b.in_main
        }
    else:
        code = state.norm.code
        indents = {ln.start: code[k] for k, ln in enumerate(state.lines) if code.get(k)}
    if not indents:
        return
    for article in state.articles:
        article.paragraphs = [
            Span(p.start, p.end, indents[p.start] + p.text) if p.start in indents else p for p in article.paragraphs
        ]


#: The stages in the order :func:`pagestrip.clean` runs them.
STAGES: tuple[Callable[[PageState], None], ...] = (
    load_rule_file,
    take_input,
    choose_rules,
    decode_input,
    parse_markup,
    normalize_text,
    segment_lines,
    choose_site_profile,
    match_rules,
    cut_paragraphs,
    assemble_articles,
    join_line_pieces,
    mark_truncation,
    indent_code,
)


def _first_kept(state: PageState) -> int:
    """Where the first kept paragraph starts (the text's end when nothing is kept)."""
    starts = [a.paragraphs[0].start for a in state.articles if a.paragraphs]
    return min(starts, default=len(state.text))


#: Marks stripped from the page title's ends: cell and link bars, and the spaces around them.
TITLE_EDGE_MARKS = " |｜¦\u3000"
#: A label in front of the title line (a reader service's ``Title: …``, a form's ``标题：…``).
_TITLE_LABEL = lazyre.compile_re(r"^(?:(?:[Tt]itle|标题|標題)\s*[:：]|#(?=[ \t]))\s*(?=\S)")


#: A Markdown backslash escape of a punctuation mark (CommonMark: any ASCII punctuation).
_MARKDOWN_ESCAPE = lazyre.compile_re(r"\\([!-/:-@\[-`{-~])")


def build_result(state: PageState) -> Result:
    """The :class:`Result` of a page that went through every stage: the articles and
    removals, and the title, site, date and URL (from the removed chrome, the lines
    after the title, or the markup), the statistics and the warnings."""
    text, removed, meta, span = state.text, state.removed, state.meta, state.title_span
    title = None
    if span is not None:
        # A table's cell bar left on the title line (《…通知》 |) is not part of the title.
        title = _TITLE_LABEL.sub("", span.text.rstrip("¶ ").strip(TITLE_EDGE_MARKS)) or None
        if title and "\xa0" in title:
            title = title.replace("\xa0", " ")  # a headline's words tied with &nbsp; are spaced words
        if title and state.title_hint and title != state.title_hint and title.startswith(state.title_hint):
            title = state.title_hint  # the page's part of a reader's ``Title: … | Site`` line
        if title and state.evidence is None and "\\" in title:
            title = _MARKDOWN_ESCAPE.sub(r"\1", title)  # Markdown's ``\_`` is the title's ``_``
        for article in state.articles:  # the article the title line heads: the same title
            if article.title_span is not None and article.title_span.start == span.start:
                article.title = title
    if meta:
        title_k = _line_index(state.lines, state.found.title_line)
        times = [b.time for b in state.evidence] if state.evidence is not None else []
        date = (
            meta_date(meta)
            or time_near_title(times, title_k)
            or date_after_title(state.lines, title_k)
            or page_date(removed)
        )
    else:
        # (a date the page prints by its headline first: a clipper's front matter dates the clip)
        date = page_date(removed) or front_matter_date(state.norm.front)
    by_kind: Counter[str] = Counter()
    for r in removed:
        by_kind[str(r.kind)] += len(r.text)
    out_chars = sum(len(p.text) for a in state.articles for p in a.paragraphs)
    if title is not None and meta.get(LEAD_HEADING) == title:
        title = meta_title(meta) or title  # the article's own heading; the page's title is the <title>'s
    return Result(
        title=(state.norm.front.first(FRONT_TITLE_KEYS) if state.norm.front is not None else None)
        or title
        or meta_title(meta)
        or file_title(removed, _first_kept(state))
        or labelled_title(removed, _first_kept(state)),
        site=site_name(removed) or meta_site(meta) or self_named_site(removed),
        date=date,
        url=state.options.url or meta.get("canonical") or meta.get("og:url") or reader_url(removed),
        truncated=state.truncated,
        truncation=state.truncation,
        articles=state.articles,
        removed=removed,
        stats=Stats(
            input_chars=len(state.decoded.text),
            output_chars=out_chars,
            normalized=state.norm.counts,
            removed_chars=dict(by_kind),
        ),
        warnings=[
            *state.warnings,
            *(_over_removal(text, removed, out_chars) or _nothing_kept(state, out_chars)),
            *_flattened(state.norm.counts.get("flattened_breaks", 0)),
        ],
        normalized=text,
        encoding=state.decoded.encoding,
        source=state.options.source,
    )


#: How many lines a ``<blockquote>`` written into a text page may span.
QUOTE_MAX_LINES = 40
_QUOTE_OPEN = lazyre.compile_re(r"<blockquote\b", re.IGNORECASE)
_QUOTE_CLOSE = "</blockquote>"


def _text_quotes(lines: list[Line]) -> frozenset[int]:
    """Starts of the lines of a text page that quote: a Markdown quote (``> …``) and the
    lines of a ``<blockquote>…</blockquote>`` a scraper left in the text (a forum dump's reply
    quoting the post it answers), up to QUOTE_MAX_LINES."""
    out: set[int] = set()
    k, n = 0, len(lines)
    while k < n:
        t = lines[k].text
        if t.startswith(">"):
            out.add(lines[k].start)
        elif "<" in t and _QUOTE_OPEN.search(t):
            end = next((j for j in range(k, min(n, k + QUOTE_MAX_LINES)) if _QUOTE_CLOSE in lines[j].text.lower()), k)
            out.update(lines[j].start for j in range(k, end + 1))
            k = end
        k += 1
    return frozenset(out)


def _verbatim(lines: list[Line], code_lines: frozenset[int], paragraphs: list[Span]) -> frozenset[int]:
    """Starts of the paragraphs that come from the ``code_lines``: code and preformatted
    documents (RFCs) repeat lines by design (a query run twice, a page header on every
    page), so the copy and abstract passes leave them alone."""
    if not code_lines:
        return frozenset()
    starts = [lines[k].start for k in sorted(code_lines)]
    ends = {lines[k].start: lines[k].end for k in code_lines}
    out = set()
    for p in paragraphs:
        k = bisect.bisect_right(starts, p.start) - 1
        if k >= 0 and p.start <= ends[starts[k]]:
            out.add(p.start)
    return frozenset(out)


#: A row of a text table drawn with pipes (``| 11 | 0.0005 | SELECT … |``) has at least this many.
PIPE_ROW_MIN_PIPES = 2
_TABLE_BORDER = lazyre.compile_re(r"\+[-=+]*-[-=+]*\+")


def _drawn_rows(lines: list[Line]) -> frozenset[int]:
    """The lines drawn with symbols that are no decoration: the rows of a text table drawn
    with pipes, outside a Markdown table (a program's output pasted into paragraphs), which
    open and close with ``|`` and hold a word (their closing pipe is the row's, not a link
    separator left after a sentence), a border line next to one (``+----+------+``), and
    the closing brackets of code (:func:`_closing_brackets`)."""
    rows = {
        k
        for k, ln in enumerate(lines)
        if ln.text.startswith("|")
        and ln.text.endswith("|")
        and ln.text.count("|") >= PIPE_ROW_MIN_PIPES
        and has_word(ln.text)
    }
    rows |= _closing_brackets(lines)
    if not rows:
        return frozenset()
    borders = {
        b
        for k in rows
        for b in (k - 1, k + 1)
        if 0 <= b < len(lines) and b not in rows and _TABLE_BORDER.fullmatch(lines[b].text)
    }
    return frozenset(rows | borders)


_BRACKETS_ONLY = lazyre.compile_re(r"[{}()\[\];,]{1,6}")
_BRACKET_STARTS = frozenset("{}()[];,")


def _closing_brackets(lines: list[Line]) -> set[int]:
    """Lines of code's punctuation alone, in code pasted as paragraphs, which a decoration
    rule would take for a line of symbols and leave the code unbalanced: a line of
    brackets (``}``, ``});``) under a line of code (see :func:`.textshape.looks_like_code`)
    or closing a bracket the lines above it opened (``fetch(url, {`` … ``});``), and a
    block comment's ``/*`` and ``*/`` lines, paired; and every line of a brace block however
    long (see :func:`.textshape.brace_blocks`): a ``}`` eighty lines under its ``function X{``,
    PowerShell's ``<#`` and ``#>`` around its help are the program's."""
    texts = [ln.text for ln in lines]
    code = brace_blocks(texts) if any(t.endswith("{") for t in texts) else set()
    opened: list[int] = []  # a block comment's opening lines, waiting for its close
    for k in range(1, len(lines)):
        t = lines[k].text.strip()
        if t[:1] in _BRACKET_STARTS and _BRACKETS_ONLY.fullmatch(t):
            above = range(max(0, k - BRACKET_CODE_LINES), k)
            if any(looks_like_code(lines[j].text) for j in above) or _closes_open_bracket(lines, k, t):
                code.add(k)
        elif t in _COMMENT_OPEN:
            opened = [j for j in opened if k - j <= COMMENT_LINES] + [k]
        elif t == "*/" and opened and k - opened[-1] <= COMMENT_LINES:
            code.update((opened.pop(), k))
    return code


#: Lines that open a block comment (C, Java, JavaScript, CSS), and how far below one its
#: ``*/`` is looked for.
_COMMENT_OPEN = frozenset({"/*", "/**"})
COMMENT_LINES = 10
#: How many lines above a line of brackets its opening bracket is looked for.
BRACKET_OPEN_LINES = 10
_CLOSER_OF = {"(": ")", "[": "]", "{": "}"}
_OPENER_OF = {v: k for k, v in _CLOSER_OF.items()}


def _closes_open_bracket(lines: list[Line], k: int, closers: str) -> bool:
    """Does the first bracket of line ``k`` close one left open by the lines just above it?"""
    first = next((c for c in closers if c in _OPENER_OF), None)
    if first is None:
        return False
    depth = dict.fromkeys(_CLOSER_OF, 0)
    for j in range(k - 1, max(-1, k - 1 - BRACKET_OPEN_LINES), -1):
        for c in reversed(lines[j].text):
            if c in _CLOSER_OF:
                if depth[c] == 0:
                    return _CLOSER_OF[c] == first
                depth[c] -= 1
            elif c in _OPENER_OF:
                depth[_OPENER_OF[c]] += 1
    return False


#: How many lines above a line of brackets a line of code is looked for.
BRACKET_CODE_LINES = 3


def _line_index(lines: list[Line], line: Line | None) -> int | None:
    """Index in ``lines`` of the title line, if there is one."""
    if line is None:
        return None
    return next((k for k, ln in enumerate(lines) if ln.start == line.start), None)


#: Script text past this many characters on a page with no other text: the page is
#: rendered by its scripts (its article a string in one), which pagestrip does not run.
SCRIPT_TEXT_MIN_CHARS = 200


def _nothing_kept(state: PageState, kept: int) -> list[str]:
    """Say why a result holds no text, so that a batch's empty output is not a mystery: the
    page had none (empty, or only scripts that render it), or every line went."""
    if kept:
        return []
    scripts = 0
    if state.tree is not None and hasattr(state.tree, "iter"):
        scripts = sum(len(el.text or "") for el in state.tree.iter("script"))
    rendered = scripts >= SCRIPT_TEXT_MIN_CHARS and scripts > len(state.text)
    why = "its scripts hold more text than the page: it is probably rendered by JavaScript, which is not run"
    if state.text.strip():
        return ["no article text: every line of the page was removed" + (f"; {why}" if rendered else "")]
    return [f"no text outside the page's scripts; {why}" if rendered else "no text: the page is empty"]


def _flattened(breaks: int) -> list[str]:
    """Say that the page came flattened (one line, its blocks joined by spaces) and was
    broken again at its blocks' gaps (:mod:`pagestrip.flattened`): the breaks are a guess,
    so a menu may still cling to a heading, and the user may have the real page."""
    if not breaks:
        return []
    return [
        f"flattened text: the page's line breaks were lost in the scrape (its blocks joined by spaces); "
        f"it was broken again at {breaks} gaps between its blocks, which may cut or join a few of them: "
        "pass the page's HTML, or text with its line breaks, for a sure result"
    ]


def _over_removal(text: str, removed: list[Removal], kept: int) -> list[str]:
    """Warn, naming the rules, when the rules left less than a set share of the page."""
    if kept >= MIN_KEEP_SHARE * len(text):  # cheap exit: most pages keep plenty
        return []
    total = len(_SPACE.sub("", text))
    if total < OVER_REMOVAL_MIN_CHARS or kept >= MIN_KEEP_SHARE * total:
        return []
    per_rule: Counter[str] = Counter()
    for r in removed:
        per_rule[r.rule] += len(r.text)
    top = ", ".join(f"{rule} ({n} chars)" for rule, n in per_rule.most_common(OVER_REMOVAL_TOP_RULES))
    share = 100 * kept / max(1, total)
    return [f"over-removal: only {share:.0f}% of the page's text was kept; removed most by: {top}"]
