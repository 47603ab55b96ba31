"""The page head: the title, and the chrome above it.

The head is the lines above the first body paragraph (at most
:data:`HEAD_MAX_LINES`). The title is the markup's own title heading, else the
line the markup names (h1), else a title printed twice on one line, else the
best title-like line above the text (:func:`pagestrip.title.choose`). Head
rules take the lines above the title; a breadcrumb or welcome line (a rule
tagged ``head-anchor``) takes everything above it, a label where the text
begins (``content-start``) closes the head even below the title, and, last,
the lines above the title that no rule took and that are no prose go too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import dedupe, lazyre, title
from ..model import Kind
from ..pagemeta import READER_TITLE, TITLE_SITE_SEP_RE
from ..roles import PROTECTED, Role, role_of
from ..rules import Compiled, Scope
from ..rules import structure as st
from ..textshape import (
    has_clause_punct,
    has_han,
    is_body,
    is_item_row,
    is_keyword_list,
    is_titlelike,
    starts_with_marker,
)
from ..vocabulary import PIECE_AFTER, PIECE_ORDINAL, TITLE_SITE_SEP
from .matching import _whole_line_rule
from .page import _NONE, Hit, _Page
from .structure import _structural_chrome

if TYPE_CHECKING:  # the engine needs html's Block only as a type
    from ..html import Block

#: Tag of a label where a doc site's text begins (资源描述:, 文档简介).
CONTENT_START_TAG = "content-start"
#: Keyword spam injected by a hijacked site sits in this many first lines.
SPAM_HEAD_LINES = 3
#: A title doubled on one line is looked for in this many leading lines of the head.
DOUBLED_TITLE_LINES = 3
#: A copy of the title (evidence for it) may stand this many lines past the head.
TITLE_COPY_LINES = 8
#: A sentence at least this long ends the search for the title: what follows it is
#: the text or the page's foot (a trailing 联系我们 is no title), and the sentence
#: itself is text (a one-sentence page keeps its sentence).
TITLE_STOP_SENTENCE = 12
#: The page head is looked for in this many lines at most.
HEAD_MAX_LINES = 40
#: A copy of the title this many lines below it (rules' lines included) still opens the article.
TITLE_REPEAT_LINES = 20
#: A collection's piece marker (第1篇, 篇一): the pieces start here, so no page title below it.
_COLLECTION = lazyre.compile(rf"^\s*(?:{PIECE_ORDINAL}|{PIECE_AFTER})")
#: A comma inside: a sentence of clauses, not a headline (2021年春节假期定啦!!!).
_COMMA = lazyre.compile(r"[，,、；;]")
#: An English sentence: four words or more before a closing full stop (a headline has none).
_FULL_STOP_END = lazyre.compile(r"\.[\"'”’)]?\s*$")
_FOUR_WORDS = lazyre.compile(r"\S+(?: \S+){3}")
#: Tags the engine reads (rules are found by what they are, not by their ids,
#: so a pack can be disabled or replaced without breaking the page model).
HEAD_ANCHOR_TAG = "head-anchor"


_DOUBLED = lazyre.compile(r"^(.{4,40}?)\1")


def _front_matter(page: _Page, n: int) -> None:
    """The first ``n`` lines, a YAML front matter's, go as ``page.front-matter`` (whatever
    another rule said of a field): the head starts below them."""
    rule = page.rule(st.FRONT_MATTER)
    if rule is None:
        return
    for k in range(min(n, len(page.lines))):
        page.hit_line(k, rule)


def _doubled_title(page: _Page, ks: list[int]) -> int | None:
    """A title printed twice in a row on one line (企业年会主持词企业年会主持词尊敬的…):
    the second copy goes as a duplicate and the line's first copy is the title."""
    rule = page.rule("dedupe.title")
    for k in ks:
        ln = page.lines[k]
        m = _DOUBLED.match(ln.text)
        if rule is None or m is None or not is_titlelike(m.group(1)) or starts_with_marker(ln.text):
            continue
        cut = len(m.group(1))
        page.inline.setdefault(k, []).append(Hit(rule, ln.start + cut, ln.start + 2 * cut))
        return k
    return None


#: A page's path printed over its title (Encyclopedia - Festivals - <title>, <title> | Site,
#: 标题_站点名): steps between a <title>'s separators or a spaced slash (arrows are the
#: path-chain rule's). Steps longer than this are sentences, not steps.
_PATH_STEP_SEP = lazyre.compile(rf"{TITLE_SITE_SEP}|\s+/\s+")
PATH_STEP_MAX = 60
#: A title's path is looked for in this many first lines.
TITLE_PATH_LINES = 4


def _title_path(page: _Page) -> None:
    """A line of steps whose first or last step is the next line, the title: the page's
    breadcrumb or ``<title>`` over the text. It reads as prose (long, no arrows), so it
    would otherwise open the text."""
    rule = page.rule(st.TITLE_PATH)
    if rule is None:
        return
    lines = page.lines
    for k in range(min(len(lines) - 1, TITLE_PATH_LINES)):
        if k in page.line_hit:
            continue
        steps = [s.strip() for s in _PATH_STEP_SEP.split(lines[k].text)]
        below = lines[k + 1].text.strip()
        if len(steps) >= 2 and all(0 < len(s) <= PATH_STEP_MAX for s in steps) and below in (steps[0], steps[-1]):
            page.hit_line(k, rule)


def _latin_sentence(line: str) -> bool:
    """Four words or more, then a closing full stop. Two linear searches: one pattern
    with a lazy prefix, the words and a lazy middle backtracked cubically on a long
    keyword line."""
    end = _FULL_STOP_END.search(line)
    return end is not None and _FOUR_WORDS.search(line, 0, end.start()) is not None


def _head_anchor(head_rules: Compiled, page: _Page, k: int, found: dict[int, set[str]]) -> bool:
    """Is line ``k`` a breadcrumb or welcome line (a head rule tagged head-anchor takes it)?
    Such a line reads as prose when it ends in a long title (首页 > 文档 > 学校七一党课:…【图片、
    文字均可编辑】), but the article starts below it."""
    ln = page.lines[k]
    rule = _whole_line_rule(head_rules, page.text, ln, found.get(k, _NONE))
    return rule is not None and HEAD_ANCHOR_TAG in rule.tags


#: A text dump's site menu: at least this many entries in a row (menu words, or lines a rule
#: took) with the text starting right under them. Its entries are no title, and it may run
#: past :data:`HEAD_MAX_LINES` (a blog's category list): the head then runs on to at most
#: :data:`HEAD_MENU_MAX_LINES`.
MENU_RUN_MIN = 8
HEAD_MENU_MAX_LINES = 160
#: Between a menu and the text's first paragraph: the title, a byline, a date line.
MENU_TO_TEXT_LINES = 6
#: A menu entry: a few capitalised words (Gun Control, Java 8 Certification, Who I Am) or
#: two to four Han characters (新闻, 政策法规). A line of a song or a poem is longer, or
#: not in title case.
MENU_ENTRY_MAX_WORDS = 4
_MENU_ENTRY_HAN = lazyre.compile(r"\p{Han}{2,4}")
_MENU_SMALL_WORD_MAX = 3
#: A comma or a year: a date (February 14, 2020), which is no menu entry.
_NO_ENTRY = lazyre.compile(r",|\b\d{4}\b")


def _menu_entry(text: str) -> bool:
    """Is ``text`` shaped like one entry of a site menu?"""
    s = text.strip()
    if _MENU_ENTRY_HAN.fullmatch(s):
        return True
    words = s.split()
    return (
        0 < len(words) <= MENU_ENTRY_MAX_WORDS
        and not has_han(s)
        and _NO_ENTRY.search(s) is None
        and all(w[0].isupper() or w[0].isdigit() or len(w) <= _MENU_SMALL_WORD_MAX for w in words)
        and (words[0][0].isupper() or words[0][0].isdigit())
    )


def _menu_runs(page: _Page, stop: int) -> list[tuple[int, int]]:
    """The runs ``(first, last + 1)`` of at least :data:`MENU_RUN_MIN` lines among the first
    ``stop`` that are menu entries or lines a rule already took (a counter, a login link).
    A longer entry (Charter of Rights and Freedoms) between two entries is one too."""
    lines = page.lines
    entry = [_menu_entry(lines[k].text) for k in range(stop)] + [False]
    runs: list[tuple[int, int]] = []
    first = None
    for k in range(stop + 1):
        inside = k < stop and (
            k in page.line_hit
            or entry[k]
            or (
                first is not None
                and entry[k + 1]
                and k + 1 not in page.line_hit
                and is_titlelike(lines[k].text)
                and not is_body(lines[k].text)
            )
        )
        if inside and first is None:
            first = k
        elif not inside and first is not None:
            if k - first >= MENU_RUN_MIN:
                runs.append((first, k))
            first = None
    return runs


def _head_cap(page: _Page, runs: list[tuple[int, int]]) -> int:
    """How many lines the head may take: :data:`HEAD_MAX_LINES`, or past the end of a menu
    that runs over it."""
    cap = HEAD_MAX_LINES
    for a, b in runs:
        if a < HEAD_MAX_LINES <= b + MENU_TO_TEXT_LINES:
            cap = max(cap, b + MENU_TO_TEXT_LINES)
    return min(len(page.lines), cap, HEAD_MENU_MAX_LINES)


def _menu_lines(page: _Page, runs: list[tuple[int, int]], end: int) -> set[int]:
    """The entries of the menus in the head (above line ``end``, the text's first
    paragraph). The last entry of a menu that ends right above the text (at most
    :data:`MENU_TO_TEXT_LINES` lines) stays a candidate when nothing else title-like
    stands between them: a short title closes the menu's run itself."""
    menu: set[int] = set()
    for a, b in runs:
        if b > end:
            continue
        last = b
        if end - b <= MENU_TO_TEXT_LINES and not any(
            k not in page.line_hit and is_titlelike(page.lines[k].text) for k in range(b, end)
        ):
            last = b - 1
        menu.update(range(a, last))
        menu.update(k for k in range(max(0, a - 2), a) if is_body(page.lines[k].text) and _menu_tagline(page, k, runs))
    return menu


def _menu_tagline(page: _Page, k: int, runs: list[tuple[int, int]]) -> bool:
    """Is line ``k`` a long line with no sentence in it right above a menu (a site's glued
    name and motto): the head goes on past it."""
    return not _SENTENCE_INSIDE.search(page.lines[k].text) and any(k < a <= k + 2 for a, _ in runs)


def _head(
    page: _Page, title_hint: str | None = None, evidence: list[Block] | None = None, markup_titled: bool = False
) -> int | None:
    """Find the page title and remove the chrome above it; return the title's index."""
    lines = page.lines
    head_rules = page.rules.compiled[Scope.HEAD]
    if evidence is None:
        _title_path(page)
    found = page.literals()
    runs = _menu_runs(page, min(len(lines), HEAD_MENU_MAX_LINES)) if evidence is None else []
    cap = page.head_lines = _head_cap(page, runs)
    end = 0
    while end < cap:
        t = lines[end].text
        # A hijacked site's keyword line at the very top is long but no prose.
        spam = end < SPAM_HEAD_LINES and is_keyword_list(t)
        if (
            end not in page.line_hit
            and end not in page.inline
            and is_body(t)
            and not spam
            and not _head_anchor(head_rules, page, end, found)
            and not _menu_tagline(page, end, runs)
        ):
            break
        end += 1
    free = [
        k
        for k in range(end)
        if k not in page.line_hit and not (evidence is not None and _structural_chrome(evidence[k]))
    ]
    # A doubled title may be glued to the salutation, a line that reads as body.
    # (Not in HTML that names its title: there the markup decides.)
    doubled = (
        None
        if evidence is not None and markup_titled
        else _doubled_title(
            page, [k for k in range(min(len(lines), DOUBLED_TITLE_LINES)) if k not in page.line_hit and k <= end]
        )
    )
    meta = [k for k in range(end) if k in page.line_hit and page.line_hit[k].rule.kind is Kind.METADATA]
    title_k: int | None = None
    candidates: list[int] = []
    for k in [k for k in free if k < meta[0]] if meta else free:
        t = lines[k].text
        if _COLLECTION.match(t):
            break
        if len(t) >= TITLE_STOP_SENTENCE and ((role_of(t) is Role.SENTENCE and _COMMA.search(t)) or _latin_sentence(t)):
            break  # a title stands above the text: a line after a sentence is no title (联系我们)
        if is_titlelike(t) and not starts_with_marker(t) and role_of(t) is not Role.SALUTATION:
            candidates.append(k)
    hinted = [k for k in free if title_hint and lines[k].text == title_hint]
    if not hinted and title_hint and evidence is None:
        # Text names its title in its own markup (a Markdown ``# `` line): below a box or a
        # menu that reads as prose, where the head ends.
        hinted = [k for k in range(cap) if k not in page.line_hit and lines[k].text == title_hint]
        if not hinted and lines and 0 not in page.line_hit and _reader_title_line(lines[0].text, title_hint):
            # A reader service's ``Title: …`` over a page that does not print its heading again.
            hinted = [0]
    # Text input has a title hint only from its own markup (a Markdown ``# `` line).
    page.marked_title = evidence is None and bool(hinted)
    marked = [k for k, b in enumerate(evidence) if b.role == "title"] if evidence is not None else []
    if marked and marked[0] not in page.line_hit:  # the markup's own title heading
        title_k = marked[0]
    elif hinted:  # the page's own markup names its title (h1)
        title_k = hinted[0]
    elif doubled is not None:
        title_k = doubled
    elif evidence is not None and markup_titled:
        title_k = None  # the markup names a title no line matches: no text line is taken for it
    elif candidates:
        nearby = list(range(min(len(lines), end + TITLE_COPY_LINES)))
        texts = [ln.text for ln in lines]
        title_k = title.choose(texts, candidates, nearby, meta[0] if meta else None, _menu_lines(page, runs, end))
    if page.rule(st.PAGE_TITLE) is None:
        title_k = None
    if title_k is not None and evidence is None:
        _dash_subtitle(page, title_k)
    stop = title_k if title_k is not None else end
    if title_k is None and evidence is not None and end < len(lines):
        # No line is the title: the head is what stands above the article region, not the
        # region's own short lines (a post's 主要内容 / 个人建议 headings and list labels)
        # — when the region holds prose; a page of labels alone is all head.
        stop = min(stop, next((k for k, b in enumerate(evidence) if b.in_main), stop))
    for k in range(stop):
        if k not in page.line_hit:
            rule = _whole_line_rule(head_rules, page.text, lines[k], found.get(k, _NONE))
            if rule is not None:
                page.hit_line(k, rule)
    anchors = [k for k in range(stop) if k in page.line_hit and HEAD_ANCHOR_TAG in page.line_hit[k].rule.tags]
    region = page.rule(st.HEAD_REGION)
    if anchors and region is not None:
        for k in range(anchors[-1]):
            if k not in page.line_hit:
                page.hit_line(k, region)
    # A label where the text begins (资源描述:) closes the head even below the
    # title: upload fields and disclaimers between them are the site's.
    starts = [
        k
        for k in range(min(len(lines), HEAD_MAX_LINES))
        if k in page.line_hit and CONTENT_START_TAG in page.line_hit[k].rule.tags
    ]
    if starts and region is not None and any(is_body(ln.text) for ln in lines[starts[0] + 1 :]):
        for k in range(starts[0]):
            if k not in page.line_hit and k != title_k and role_of(lines[k].text) not in PROTECTED:
                page.hit_line(k, region)
    return title_k


def _reader_title_line(text: str, title_hint: str) -> bool:
    """Is ``text`` a reader service's ``Title:`` line that the hint was read from?"""
    return READER_TITLE.fullmatch(text.strip()) is not None and title_hint in text


def _dash_subtitle(page: _Page, title_k: int) -> None:
    """The dash subtitle right under a text page's title (——在全县经济工作会议上的讲话,
    ---2022年新年致辭) belongs to the title, not to the text: it goes with it, as the title's."""
    rule = page.rule(st.PAGE_TITLE)
    k = title_k + 1
    while k < len(page.lines) and not page.lines[k].text.strip():
        k += 1
    if (
        rule is not None
        and k < len(page.lines)
        and k not in page.line_hit
        and title.is_dash_subtitle(page.lines[k].text)
    ):
        page.hit_line(k, rule)


def _above_title(page: _Page, title_k: int | None) -> None:
    """The lines above the article's title that no rule took and that are no prose (a menu
    word, a language switch, a section label): the article starts at its title, so they are
    the head's even without a breadcrumb or welcome line to anchor it. A page that prints
    the title twice in its head (a header, then the document) starts at the second copy:
    what stands between them (file fields, teaser links, a byline) is the head's too.
    Last, so that a named rule (an app link, a date) keeps its own name and kind."""
    above = page.rule(st.ABOVE_TITLE)
    if title_k is None or above is None or title_k > page.head_lines:
        return
    lines = page.lines
    start = title_k
    for k in range(title_k + 1, min(len(lines), title_k + TITLE_REPEAT_LINES)):
        if k in page.line_hit:
            continue
        # The whole title again (a shorter line that it contains is a phrase of the text), or
        # the headline of a title line that is the page's <title>: 标题-频道-网站 above the menus.
        if (
            dedupe.title_core(lines[title_k].text) in dedupe.title_core(lines[k].text)
            or _site_title_head(lines[title_k].text, lines[k].text)
        ) and dedupe.same_title(lines[k].text, lines[title_k].text):
            start = k
            break
        if is_body(lines[k].text) and not is_item_row(lines[k].text):
            break
    free = [k for k in range(start) if k != title_k and k not in page.line_hit and k not in page.outside]
    # Text that marks its title itself (a Markdown ``# `` line) starts there: what stands
    # above it is the page's box and menu, even when a line of it reads as prose.
    if not page.marked_title and any(k in page.inline or _prose_line(lines[k].text) for k in free):
        return  # prose above it: the title the markup names stands inside the text, not on top
    if not page.marked_title and _wrapped_prose(" ".join(lines[k].text for k in sorted([*free, title_k]))):
        return  # prose broken into short lines (<br>, a hard wrap), a "title" found among them
    for k in free:
        if role_of(lines[k].text) not in PROTECTED:
            page.hit_line(k, above)


def _prose_line(text: str) -> bool:
    """A line of prose above the title: body-shaped, not a row of items, with a mark of
    a sentence or a clause (a long motto or glued menu words have none; prose broken
    into short lines is :func:`_wrapped_prose`'s)."""
    return is_body(text) and not is_item_row(text) and (has_clause_punct(text) or bool(_SENTENCE_INSIDE.search(text)))


def _site_title_head(title_line: str, line: str) -> bool:
    """Is ``line`` the headline that opens ``title_line`` before a site separator
    (``纽约油价上涨0.3%-股票频道-和讯网`` above ``纽约油价上涨0.3%``)?"""
    head = line.strip()
    rest = title_line.strip()
    return bool(head) and rest.startswith(head) and TITLE_SITE_SEP_RE.match(rest, len(head)) is not None


#: Short lines above the title that, joined, make at least this much text with a finished
#: sentence in it are prose broken into lines, not the head's menu words and labels.
WRAPPED_PROSE_MIN_CHARS = 80
_SENTENCE_INSIDE = lazyre.compile(r"[。！？!?]|\.(?:\s|$)")


def _wrapped_prose(joined: str) -> bool:
    return (
        len(joined) >= WRAPPED_PROSE_MIN_CHARS
        and _SENTENCE_INSIDE.search(joined) is not None
        and has_clause_punct(joined)
    )
