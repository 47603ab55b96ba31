"""Stage 6: from kept paragraphs to articles — split collections, drop duplicates, set titles.

Input: the paragraphs the rules left (spans of the normalized text) and the
page-title line the engine found. Output: the articles, and the removals this
stage decided (duplicates, piece markers, the page title when it is page
metadata only). Every duplicate removal names the offset of the kept copy.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from . import dedupe, lazyre
from .collection import Marker, find_markers, is_piece_marker
from .model import Article, Kind, Removal, Span
from .rules import RuleSet
from .rules import structure as st
from .textshape import (
    brace_blocks,
    ends_sentence,
    has_han,
    is_heading,
    is_label,
    is_titlelike,
    looks_like_code,
    starts_with_marker,
)

#: A title glued in front of a paragraph is looked for in this many leading paragraphs,
#: and only when it is at least this long (a short title prefixes prose by chance).
TITLE_PREFIX_WINDOW = 3
TITLE_PREFIX_MIN = 6
#: A subtitle that replaces a repeated page title must be at least this long
#: (shorter title-like lines under a title are names and dates).
SUBTITLE_MIN = 8
#: ... and restate the title: at least this share of its character pairs are the title's
#: (``在全区创建全国文明城市动员大会上的讲话`` under ``【讲话】区委书记在全区创建全国文明城市
#: 动员大会上讲话(全文完整)``). A line under a repeated title that does not (a recipe's
#: first ingredient, an infobox row, a bold sub-heading of the story) is the text.
SUBTITLE_TITLE_SHARE = 0.5


@dataclass
class Piece:
    title: str | None
    title_span: Span | None
    paras: list[Span] = field(default_factory=list)
    marker: Span | None = None  # the marker line, when the piece has one


class _Out:
    verbatim: frozenset[int] = frozenset()
    headings: frozenset[int] = frozenset()
    quotes: frozenset[int] = frozenset()
    blocks: bool = False

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self.removed: list[Removal] = []

    def remove(self, span: Span, rule_id: str, of: int | None = None) -> None:
        rule = self.rules.get(rule_id)
        kind = rule.kind if rule is not None else Kind.DUPLICATE
        self.removed.append(Removal(kind, rule_id, span.start, span.end, span.text, of))

    def enabled(self, rule_id: str) -> bool:
        return rule_id in self.rules


def assemble(
    paras: list[Span],
    title_line: Span | None,
    rules: RuleSet,
    *,
    dedupe_on: bool = True,
    split: bool = True,
    verbatim: frozenset[int] = frozenset(),
    headings: frozenset[int] = frozenset(),
    quotes: frozenset[int] = frozenset(),
    blocks: bool = False,
) -> tuple[list[Article], list[Removal]]:
    """Split the kept paragraphs into articles and drop repeats; paragraphs starting at a
    position in ``verbatim`` (``<pre>`` lines) are never taken as markers, copies or abstracts;
    those in ``headings`` (an HTML heading) never as abstracts: a how-to's section heading
    is often the bold start of its first paragraph; those in ``quotes`` (inside an HTML
    ``<blockquote>``) never as copies: an answer quotes the question it answers. ``blocks``:
    the paragraphs are the markup's own blocks (HTML), not lines a conversion may have glued."""
    out = _Out(rules)
    out.blocks = blocks
    out.verbatim = verbatim
    out.headings = headings
    out.quotes = quotes
    page_title = title_line.text if title_line is not None else None
    body = [p for p in paras if title_line is None or p.start != title_line.start]
    # A <pre> line is never a piece's marker: code prints `$ python foo.py 1`, `$ python foo.py 2`.
    markers = find_markers(["" if p.start in verbatim else p.text for p in body]) if split else []
    if markers:
        pieces = _split(body, markers, page_title, title_line, out, dedupe_on)
    else:
        pieces = [Piece(page_title, title_line, body)]
    if dedupe_on:
        for piece in pieces:
            _dedupe_piece(piece, page_title, out, single=not markers)
        if len(pieces) > 1:
            _dedupe_pieces(pieces, out)
    if (
        len(pieces) == 1
        and pieces[0].title_span is not title_line
        and title_line is not None
        and pieces[0].title_span is not None
    ):
        out.remove(title_line, st.PAGE_TITLE)
    _repoint(out.removed)
    articles = []
    for piece in pieces:
        if not piece.paras:
            # A heading with nothing under it: in a collection it only introduces
            # the sub-pieces that follow (第8篇 X / X一: / X二:), so it repeats their title.
            if markers and dedupe_on and piece.title_span is not None:
                out.remove(piece.title_span, "dedupe.title")
                continue
            if piece.title_span is None:
                continue
        articles.append(Article(piece.title, piece.paras, title_span=piece.title_span))
    return articles, out.removed


def _repoint(removed: list[Removal]) -> None:
    """A duplicate must name a copy that was kept: follow copies that went later."""
    gone = {r.start: r.of for r in removed if r.rule == "dedupe.piece" and r.of is not None}
    for n, r in enumerate(removed):
        of = r.of
        for _ in range(4):  # a short chain at most: piece 1 -> piece 3
            if of is None or of not in gone:
                break
            of = gone[of]
        if of != r.of:
            removed[n] = Removal(r.kind, r.rule, r.start, r.end, r.text, of)


def _split(
    body: list[Span], markers: list[Marker], page_title: str | None, title_line: Span | None, out: _Out, dedupe_on: bool
) -> list[Piece]:
    """Cut the paragraphs at the markers; the page title becomes page metadata."""
    if title_line is not None:
        out.remove(title_line, st.PAGE_TITLE)
    pieces: list[Piece] = []
    preamble = body[: markers[0].index]
    if preamble:
        pieces.append(Piece(page_title, None, preamble))
    for n, m in enumerate(markers):
        end = markers[n + 1].index if n + 1 < len(markers) else len(body)
        line = body[m.index]
        paras = body[m.index + 1 : end]
        title, title_span = m.title or None, None
        if title:
            pos = line.text.find(title)
            title_span = Span(line.start + pos, line.start + pos + len(title), title)
            for s, e in ((line.start, title_span.start), (title_span.end, line.end)):
                if line.text[s - line.start : e - line.start].strip():
                    out.remove(Span(s, e, line.text[s - line.start : e - line.start]), st.PIECE_MARKER)
        else:
            out.remove(line, st.PIECE_MARKER)
            if paras and is_titlelike(paras[0].text) and not starts_with_marker(paras[0].text):
                title, title_span, paras = paras[0].text, paras[0], paras[1:]
        pieces.append(Piece(title, title_span, paras, marker=line))
    if pieces and pieces[0].title_span is None and pieces[0].marker is None:
        pre = pieces[0]
        if dedupe_on and page_title:
            repeats = dedupe.title_repeats(pre.paras, [page_title])
            for d in repeats:
                out.remove(pre.paras[d.index], d.rule, title_line.start if title_line else None)
            gone = {d.index for d in repeats}
            pre.paras = [p for i, p in enumerate(pre.paras) if i not in gone]
        # A lone marker right above the collection (篇1 over 致辞一: / 致辞二:) heads it:
        # the site numbers its one collection on the page; it is no piece of its own.
        while pre.paras and is_piece_marker(pre.paras[-1].text):
            out.remove(pre.paras.pop(), st.PIECE_MARKER)
        if not pre.paras:
            pieces = pieces[1:]
    return pieces


def _in_quote(offset: int, starts: list[int], quotes: frozenset[int]) -> bool:
    """Is ``offset`` in a quoted paragraph (``starts``: the paragraphs' starts, in order)?"""
    k = bisect.bisect_right(starts, offset) - 1
    return k >= 0 and starts[k] in quotes


def _dedupe_piece(piece: Piece, page_title: str | None, out: _Out, single: bool) -> None:
    titles = [t for t in (piece.title, page_title) if t]
    if out.enabled("dedupe.title"):
        _cut_title_prefixes(piece, titles, out)
    paras = piece.paras
    gone: dict[int, dedupe.Dup] = {}
    gone_labels: set[int] = set()
    of_title = piece.title_span.start if piece.title_span is not None else None
    if out.enabled("dedupe.title"):
        for d in dedupe.title_repeats(paras, titles):
            d.of = of_title if of_title is not None else -1
            gone[d.index] = d
    # A category label right above a repeat of the title (工作总结 / 【讲话】…) is chrome.
    label = out.rules.tagged("label")
    for i in sorted(gone):
        if label is not None and i > 0 and i - 1 not in gone and is_label(paras[i - 1].text):
            out.remove(paras[i - 1], label.id)
            gone_labels.add(i - 1)
    keys = [
        dedupe.key(p.text) if i not in gone and i not in gone_labels and p.start not in out.verbatim else ""
        for i, p in enumerate(paras)
    ]
    code = _code_lines(paras)
    if out.enabled("dedupe.abstract"):
        # A heading is no abstract of its section, nor a line of code of the next statement.
        heads = out.headings
        candidates = [
            k if (not heads or p.start not in heads) and i not in code else ""
            for i, (p, k) in enumerate(zip(paras, keys, strict=True))
        ]
        quoted = out.quotes
        starts = [p.start for p in paras] if quoted else []
        for d in dedupe.abstracts(paras, candidates):
            # A line said again inside a quote is the reply quoting the post, not the
            # post abstracting the reply: the original stays (the quote is judged as a copy).
            if quoted and d.of is not None and _in_quote(d.of, starts, quoted) and paras[d.index].start not in quoted:
                continue
            gone.setdefault(d.index, d)
        for d in dedupe.summaries(paras, candidates):
            gone.setdefault(d.index, d)
    keys = [k if i not in gone else "" for i, k in enumerate(keys)]
    if out.enabled("dedupe.copy"):
        quotes = out.quotes
        starts = [p.start for p in paras] if quotes else []
        said = [k for k in keys if k]
        sections: set[int] = set()
        if len(set(said)) < len(said):  # only a page that says a paragraph twice needs its headings
            sections = {i for i, p in enumerate(paras) if p.start in out.headings or _is_section_heading(p.text)}
        for d in dedupe.copies(paras, keys, sections, code):
            # A quote of text outside any quote is the answer quoting the question; two
            # quotes of the same text are one embed printed twice.
            if quotes and paras[d.index].start in quotes and not _in_quote(d.of, starts, quotes):
                continue
            gone.setdefault(d.index, d)
    if not gone and not gone_labels:
        return
    for i, d in gone.items():
        out.remove(paras[i], d.rule, d.of if d.of is not None and d.of >= 0 else None)
    kept = [p for i, p in enumerate(paras) if i not in gone and i not in gone_labels]
    # A title repeated above the body, then a title-like line: that line is the
    # article's own title (the page title names the page, 【讲话】…(全文完整)).
    first_kept = next((i for i in range(len(paras)) if i not in gone and i not in gone_labels), None)
    repeated_above = any(d.rule == "dedupe.title" and i < (first_kept or 0) for i, d in gone.items())
    if single and repeated_above and kept and len(kept) > 1:
        head = kept[0].text
        if (
            len(head) >= SUBTITLE_MIN
            and "、" not in head
            and is_titlelike(head)
            and not starts_with_marker(head)
            and any(_restates(head, t) for t in titles)
        ):
            piece.title, piece.title_span = head, kept[0]
            kept = kept[1:]
    piece.paras = kept


def _code_lines(paras: list[Span]) -> set[int]:
    """The paragraphs that are lines of code or of a text table pasted as paragraphs (see
    :func:`.textshape.looks_like_code`), and the opening line of a statement continued on
    them (``EXPLAIN SELECT * FROM t`` over ``WHERE id='1'``): no Chinese, no sentence end;
    and every line of a brace block (see :func:`.textshape.brace_blocks`)."""
    looks = [looks_like_code(p.text) for p in paras]
    code = {i for i, x in enumerate(looks) if x}
    if any(p.text.endswith("{") for p in paras):
        code |= brace_blocks([p.text for p in paras])
    for i in range(len(paras) - 1):
        text = paras[i].text
        if looks[i + 1] and not looks[i] and not has_han(text) and not ends_sentence(text):
            code.add(i)
    return code


#: A Markdown heading line (``## 适用范围``) in text input.
_MARKDOWN_HEADING = lazyre.compile_re(r"#{1,6}[ \t]+\S")


def _is_section_heading(text: str) -> bool:
    """A text line that heads a section: Markdown's ``##`` or a numbered heading (一、 / 第三条)."""
    return _MARKDOWN_HEADING.match(text) is not None or is_heading(text)


def _pairs(text: str) -> set[str]:
    """The character pairs of ``text``, case and spaces aside."""
    t = "".join(text.casefold().split())
    return {t[i : i + 2] for i in range(len(t) - 1)}


def _restates(line: str, title: str) -> bool:
    """Does ``line`` say the title again (SUBTITLE_TITLE_SHARE of its character pairs are the title's)?"""
    own = _pairs(line)
    return bool(own) and len(own & _pairs(title)) >= SUBTITLE_TITLE_SHARE * len(own)


def _opens_with_title(text: str, title: str) -> bool:
    """Does ``text`` open with ``title``? Exactly (glued CJK text: …的讲话同志们), or in another
    case up to a word's end (``Graduation speech`` printed as ``Graduation Speech Ladies and…``)."""
    if text.startswith(title):
        return True
    head = text[: len(title)]
    return head.casefold() == title.casefold() and len(text) > len(title) and not text[len(title)].isalnum()


#: After a Latin title, the text that makes it the subject of a sentence (``Marzipan is a
#: confection…``, ``Marzipan, also known as…``): the article's first words, not a copy.
_SENTENCE_GOES_ON = lazyre.compile_re(r"(?<=[A-Za-z0-9])(?:\s+[a-z]|[,(]|\s+\()")
#: After a Chinese title in an HTML paragraph, the clause that goes on from it to a comma
#: (``王勇在河北检查指导防汛减灾工作时强调，…``, ``建议对鼠神进行改版，现在…``): the story's first
#: sentence, whose subject the headline restates. In text a conversion glues the title to
#: the next line (``…的讲话今天,我们…``), which reads the same; a markup block is never glued.
_CLAUSE_GOES_ON = lazyre.compile(r"\p{Han}{0,6}[，,；;]")


def _cut_title_prefixes(piece: Piece, titles: list[str], out: _Out) -> None:
    """A paragraph that opens with the title printed again, glued to the text
    (…的讲话同志们:今天…): the copy goes, the rest of the paragraph stays. A title the
    sentence goes on from (``Marzipan is a…``, ``…工作时强调，``) is its subject, not a copy."""
    for n, p in enumerate(piece.paras[:TITLE_PREFIX_WINDOW]):
        for t in titles:
            if (
                len(t) >= TITLE_PREFIX_MIN
                and _opens_with_title(p.text, t)
                and len(p.text) > len(t)
                and not dedupe.same_title(p.text, t)
                and not _SENTENCE_GOES_ON.match(p.text, len(t))
                and not (out.blocks and _CLAUSE_GOES_ON.match(p.text, len(t)))
            ):  # X(精选篇1) is a whole repeat, taken below
                rest = p.text[len(t) :]
                lead = len(rest) - len(rest.lstrip())
                of = piece.title_span.start if piece.title_span is not None else None
                out.remove(Span(p.start, p.start + len(t), p.text[: len(t)]), "dedupe.title", of)
                piece.paras[n] = Span(p.start + len(t) + lead, p.end, rest.lstrip())
                break


def _dedupe_pieces(pieces: list[Piece], out: _Out) -> None:
    """Drop a piece that repeats another, or is a cut-short copy of a fuller one."""
    if not out.enabled("dedupe.piece"):
        return
    keys = ["".join(dedupe.key(p.text) for p in pc.paras) for pc in pieces]
    sh = [dedupe.piece_shingles(k) if k else set() for k in keys]
    dropped: set[int] = set()
    for a in range(len(pieces)):
        if not keys[a]:
            continue
        for b in range(len(pieces)):
            if a == b or b in dropped or not keys[b]:
                continue
            longer = len(keys[b]) > 1.05 * len(keys[a])
            similar = not longer and len(keys[a]) <= 1.05 * len(keys[b]) and b < a
            if (longer or similar) and dedupe.contained(sh[a], sh[b]) >= dedupe.PIECE_SHARE:
                dropped.add(a)
                of = pieces[b].paras[0].start
                for p in pieces[a].paras:
                    out.remove(p, "dedupe.piece", of)
                title_span = pieces[a].title_span
                if title_span is not None:
                    out.remove(title_span, "dedupe.piece", of)
                pieces[a].paras = []
                pieces[a].title_span = None
                break
