"""Structural rules: removals decided by a line's *position*, not its wording.

A teaser pulled into the related block at the page tail, a heading listed
under a 目录 heading, the page title moved to metadata: no pattern alone can
tell these from article text, the page layout can. They are registered like
every other rule, so they are listed by ``pagestrip rules``, carry an id in
``removed`` and can be disabled; the engine applies them at their place in the
page. Their predicates only describe the line shape they accept.
"""

from __future__ import annotations

import re

import regex

from ..frontmatter import RULE_ID as FRONT_MATTER_RULE_ID
from ..model import Kind
from ..textshape import is_titlelike, starts_with_marker
from . import Rule, Scope


def _teaser(line: str) -> bool:
    return line.rstrip().endswith(("…", "...", "更多]", "更多】"))


#: A numbered contents entry without a mark after its number: 1 History, 1.2 Early years.
_TOC_NUMBERED = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}\s+\S")
#: A contents entry closed by its page number, after a space or leader dots, as a Chinese
#: document's contents page prints it (``专题党课讲稿 1``, ``第一章 总则……3``): a title in Han
#: characters and a page up to 999 (``Python 3`` under "Contents" is a title; a line that
#: ends in a year, ``2024年上半年工作总结 2024``, is not an entry).
_TOC_PAGE_NUMBER = regex.compile(r"(?=[^\n]*\p{Han})\S.*?(?:\s|[.…·]{2,})\d{1,3}")


def _toc_entry(line: str) -> bool:
    if (
        len(line) <= 60
        and "。" not in line
        and (starts_with_marker(line) or _TOC_NUMBERED.match(line) or _TOC_PAGE_NUMBER.fullmatch(line.strip()))
    ):
        return True
    return line.strip("…. ") == ""


def _any_line(line: str) -> bool:
    return True


def _positional(rule_id: str, kind: Kind, description: str) -> Rule:
    """A rule decided wholly by position (the line's shape does not matter)."""
    return Rule(rule_id, kind, Scope.LINE, None, description, predicate=_any_line)


PAGE_TITLE = "page.title"
FRONT_MATTER = FRONT_MATTER_RULE_ID
TAIL_TEASER = "page.tail-teaser"
CUT_TEASER = "page.cut-teaser"
CUT_END = "page.cut-end"
TRAILER = "page.trailer"
TOC_ENTRY = "page.toc-entry"
HEAD_REGION = "page.head-region"
ABOVE_TITLE = "page.above-title"
TITLE_PATH = "page.title-path"
ORPHAN = "page.orphan-punct"
PIECE_MARKER = "page.piece-marker"
RELATED_ITEM = "page.related-item"
OUTSIDE = "html.outside"
MORE_CONTROL = "html.more-control"
LINE_NUMBERS = "html.line-numbers"
ORPHAN_HEADING = "html.orphan-heading"
#: Read-more rules whose hits are a control, not truncation, when the page is HTML.
READ_MORE_RULES = frozenset({"zh.truncation.read-more", "en.truncation.read-more"})

RULES: list[Rule] = [
    _positional(
        FRONT_MATTER,
        Kind.METADATA,
        "a YAML front-matter block over a text page (a --- line, key: value fields, a --- line): the "
        "fields a scraper or a site's source writes, not text; its title (or name) and date are read",
    ),
    Rule(
        PAGE_TITLE,
        Kind.METADATA,
        Scope.HEAD,
        None,
        "the page title line in the head (before the metadata line), or a repeat of it next to "
        "the tail chrome; its text becomes the page's title",
        predicate=is_titlelike,
    ),
    Rule(
        HEAD_REGION,
        Kind.CHROME,
        Scope.HEAD,
        None,
        "an unrecognised line above a breadcrumb/welcome line of the page head (menus, logos)",
        predicate=_any_line,
    ),
    Rule(
        ABOVE_TITLE,
        Kind.CHROME,
        Scope.HEAD,
        None,
        "a short line above the page title that is no prose (a menu word, a language switch, "
        "a section label), or between the title and its repeat below it: the article starts at its title",
        predicate=_any_line,
    ),
    Rule(
        TAIL_TEASER,
        Kind.RELATED,
        Scope.TAIL,
        None,
        "a teaser cut short (ending in …/...[更多]) directly above the page's related block",
        predicate=_teaser,
    ),
    _positional(
        CUT_TEASER,
        Kind.RELATED,
        "a teaser feed's summaries, cut to nearly one length and closed with …/... (three or more "
        "in a row), and the short headlines between them",
    ),
    _positional(
        TRAILER,
        Kind.CHROME,
        "a text page's short lines below its last paragraph, from the first line there that a rule "
        "took as chrome, footer or related, when rules of two ids or more took lines there (share "
        "buttons and a copyright line): Forward by Email, Print, a network's site names between them",
    ),
    Rule(
        CUT_END,
        Kind.TRUNCATION,
        Scope.INLINE,
        None,
        "a text page that stops mid-sentence with ... after a Chinese character: the site cut its "
        "preview there (a writer ends with …… or a full stop); the ellipsis goes and the page is truncated",
        predicate=_any_line,
    ),
    Rule(
        RELATED_ITEM,
        Kind.RELATED,
        Scope.TAIL,
        None,
        "a line of the page's related block, below its heading (teasers, links, tag lists)",
        predicate=_any_line,
    ),
    Rule(
        TOC_ENTRY,
        Kind.TOC,
        Scope.LINE,
        None,
        "a numbered heading (or a …… line) listed under a table-of-contents heading",
        predicate=_toc_entry,
    ),
    Rule(
        ORPHAN,
        Kind.DECORATION,
        Scope.INLINE,
        None,
        "punctuation left alone on a line once a span beside it was removed",
        predicate=_any_line,
    ),
    _positional(
        PIECE_MARKER,
        Kind.CHROME,
        "the numbering of a collection's piece (第1篇, 篇一, 范文一, …稿二:) around the piece's title",
    ),
    # Noise glued inside the article's lines, found from the whole page (see glued.py).
    _positional(
        "page.glued-page-number",
        Kind.CHROME,
        "page numbers a conversion left inside words (去2年 … 增3收 … 地4头): consecutive numbers a page apart",
    ),
    _positional(
        "page.chunk-marker",
        Kind.CHROME,
        "a doc site's chunk number (3、) opening a line that continues a word cut on the line above",
    ),
    _positional(
        "page.title-stuffing",
        Kind.CHROME,
        "the page title appended to a sentence as a clause of its own (…我心里,《背影》读后感。)",
    ),
    _positional(
        TITLE_PATH,
        Kind.CHROME,
        "the page's path over its title, steps between spaced separators ending (or starting) with "
        "the title on the next line: Encyclopedia - Festivals - <title>, <title> | Site",
    ),
    _positional(
        "page.title-injection",
        Kind.CHROME,
        "a spam page's keyword, its sentence-case title, dropped into running English sentences "
        "(…relate with foreign Farewell speech essay McClellan, …)",
    ),
    _positional(
        "page.glued-title",
        Kind.DUPLICATE,
        "the title printed again where the text opens, with no break: before a heading "
        "(绩效管理细则1一、总则) or, long and with a title's punctuation, before the first sentence "
        "(七一党课:初心易得 始终难守按照…)",
    ),
    # HTML structure (applied only to HTML input, to blocks no text rule decided).
    _positional(
        "html.chrome",
        Kind.CHROME,
        "a block in nav, or in a container whose class/id names navigation, menu, breadcrumb, "
        "sidebar, share, comment, pager, ad or download, outside the article region or in a "
        "sub-container of it",
    ),
    _positional(
        "html.footer",
        Kind.FOOTER,
        "a block in footer, or in a container whose class/id names footer/copyright, "
        "outside the article region or in a sub-container of it",
    ),
    _positional(
        "html.related",
        Kind.RELATED,
        "a block in aside, or in a container whose class/id names related/recommend/hot/tag, "
        "outside the article region or in a sub-container of it",
    ),
    _positional("html.links", Kind.CHROME, "a short block that is mostly link text (a menu, a tag row or a link list)"),
    _positional(
        ORPHAN_HEADING,
        Kind.CHROME,
        "a heading in the article whose whole section was removed, down to the next kept heading or the "
        "page's end: the heading of a link list, a widget or a comment form (More Recipes That Use Fresh "
        "Figs over its links)",
    ),
    _positional(
        "html.metadata",
        Kind.METADATA,
        "a block in a container whose class/id names editor, author, source or time "
        "(a byline box), below the article region's root",
    ),
    _positional(
        "html.author-bio",
        Kind.EDITORIAL,
        "a paragraph in an author's bio box (class/id author-bio, author-info, author__box, "
        "byline-bio, bio) below the article region's root: the site's note about the writer",
    ),
    _positional(
        OUTSIDE,
        Kind.CHROME,
        "a block outside the article region (the container whose prose scores best, with the "
        "siblings that score well or repeat its structure)",
    ),
    _positional(
        LINE_NUMBERS,
        Kind.DECORATION,
        "a code block's gutter of line numbers (1, 2, 3… one per line in a <pre> or cell of its own "
        "beside the code, as Hexo, Pygments and Rouge print a numbered listing): the numbers are "
        "the highlighter's, not the code's",
    ),
    _positional(
        MORE_CONTROL,
        Kind.CHROME,
        "a 展开全文 / 查看更多 / Read more control in HTML: the text it opens is on the page, "
        "so it is chrome, not truncation",
    ),
    # Duplicates (applied by the assemble stage; disable them with dedupe=False or by id).
    _positional(
        "dedupe.title",
        Kind.DUPLICATE,
        "the page or piece title printed again, exactly or up to 【tags】, (notes) and 范文/稿 suffixes",
    ),
    _positional(
        "dedupe.abstract", Kind.DUPLICATE, "an abstract or teaser: the opening of the body cut short, wherever it sits"
    ),
    _positional(
        "dedupe.copy",
        Kind.DUPLICATE,
        "a paragraph or run of paragraphs printed again (exact or with a few characters changed)",
    ),
    _positional(
        "dedupe.piece",
        Kind.DUPLICATE,
        "a piece of a collection that repeats another, or is a cut-short copy of a fuller one",
    ),
]
