"""Flattened text: a page whose line breaks a scrape collapsed to spaces, broken again.

Crawlers often store a page as ``' '.join(soup.stripped_strings)`` or a database's
``content`` column: the menus, the title, the body's paragraphs and the footer all on one
line, their blocks a few dozen characters apart. The line rules judge lines, so on such a
line they can tell nothing apart. In Chinese text a space between two Han characters is
no word gap: it is where a block of the page ended. This normalization step breaks the line
there again, before the rules run:

* **hard gaps** always break: a run holding an ideographic space (a paragraph's
  ``　　`` indent) or two spaces or more;
* **sentence gaps** break: a space after a sentence's end (``。！？”``);
* **soft gaps**, one space between Han text, break unless a sentence runs across them:
  after a piece of prose that holds a clause mark, the space is a name's
  (``德国总理安格拉 默克尔、法国总理…``) or sets off a link or two inside the sentence
  (``新一轮 成品油 调价窗口将于…``), and the line goes on;
* a short label stays with its value across a soft gap (``来源： 中国网``);
* runs of short items (``首页 新闻 财经 | 体育``, up to :data:`ROW_ITEM_MAX_CHARS` each
  and no clause mark) stay together as one row, as the menu they were.

Only lines that are flattened are touched (:func:`is_flattened`); English text has word
spaces everywhere and is never read so.
"""

from __future__ import annotations

from . import lazyre

#: A text line this long whose words stand between spaces every few characters (one gap
#: per FLAT_MAX_SEGMENT characters at least, Han on either side) is a whole page whose
#: line breaks a scrape collapsed to spaces: menus, title, body and footer on one line.
FLAT_LINE_MIN_CHARS = 1000
FLAT_MAX_SEGMENT = 40
#: Gaps closer than this on average are letter-spacing (``通 知``, a spaced-out page), not
#: blocks: such a line is left as it is. (Portal dumps average 11-21 characters a block.)
FLAT_MIN_SEGMENT = 4
#: An item of a menu or a label row: this many characters at most, and no clause mark.
ROW_ITEM_MAX_CHARS = 8
#: Items between two pieces of one sentence are its links, spaced out by the scrape, when
#: they are this few (``新一轮 成品油 调价窗口将于…``); more are a menu.
INLINE_LINK_MAX_ITEMS = 2

#: The gaps :func:`is_flattened` counts: spaces with Han text (or its closing marks) on both sides.
_HAN_GAP = lazyre.compile(r"(?<=[\p{Han}。！？：，」”）|])[ \u3000\xa0]+(?=[\p{Han}「“（|])")
#: Where a flattened line may break: spaces between Han text (its marks, a bar or a figure
#: on either side), any run holding an ideographic space, and any run of two spaces or more.
_GAP = lazyre.compile(
    r"(?<=[\p{Han}。！？；：，、」』”）)|｜>»\d])[ \xa0]+(?=[\p{Han}「『“（(|｜<«\d])"
    r"|[ \xa0]*\u3000[ \u3000\xa0]*|(?<=[。！？」』”])[ \xa0]+|[ \xa0]{2,}"
)
#: Clause marks (textshape's, without the ASCII colon: a clock's ``05:18:39`` is an item).
_CLAUSE = lazyre.compile(r"[，。！？；：、,;!?]")
_PROSE_MARK = lazyre.compile(r"[，。！？；、,;!?]")
_SENTENCE_END = "。！？」』”"
_LABEL_END = "：:"


def is_flattened(line: str) -> bool:
    """Is ``line`` a whole page's blocks joined by spaces? (See the module's docstring.)"""
    n = len(line)
    if n < FLAT_LINE_MIN_CHARS:
        return False
    gaps = len(_HAN_GAP.findall(line))
    return gaps * FLAT_MIN_SEGMENT <= n <= gaps * FLAT_MAX_SEGMENT


def rebreak(line: str) -> list[str]:
    """The blocks of a flattened line, one per line (see the module's docstring)."""
    pieces: list[str] = []
    hard: list[bool] = []  # does the gap after pieces[i] always break?
    pos = 0
    for m in _GAP.finditer(line):
        if m.start() > pos:
            pieces.append(line[pos : m.start()])
            gap = m.group()
            hard.append("\u3000" in gap or len(gap) >= 2 or line[m.start() - 1] in _SENTENCE_END)
        pos = m.end()
    if pos < len(line):
        pieces.append(line[pos:])
        hard.append(True)

    out: list[str] = []
    in_sentence = False  # does out[-1] end in a sentence's prose, a soft gap after it?
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        if not _is_item(piece):
            if in_sentence:
                out[-1] += " " + piece  # one sentence with a space in it: a name's
            else:
                out.append(piece)
            in_sentence = not hard[i] and _in_sentence(piece)
            i += 1
            continue
        j = i + 1  # the run of items: up to a hard gap or a piece of prose
        while j < len(pieces) and not hard[j - 1] and _is_item(pieces[j]):
            j += 1
        items = " ".join(pieces[i:j])
        inline = j - i <= INLINE_LINK_MAX_ITEMS and j < len(pieces) and not hard[j - 1]
        if inline and (in_sentence or _in_sentence(pieces[j])):
            # Links inside a sentence, or opening one, spaced out by the scrape:
            # 新一轮 成品油 调价窗口将于…, 美国 原油 日产量开始下滑，但…
            if in_sentence:
                out[-1] += f" {items} {pieces[j]}"
            else:
                out.append(f"{items} {pieces[j]}")
            in_sentence = not hard[j] and _in_sentence(pieces[j])
            i = j + 1
            continue
        if i and not hard[i - 1] and out[-1][-1] in _LABEL_END and len(out[-1]) <= ROW_ITEM_MAX_CHARS + 1:
            out[-1] += " " + items  # a label and its value: 来源： 中国网
        else:
            out.append(items)  # a row of a menu, a list of tags
        in_sentence = False
        i = j
    return out


def _in_sentence(piece: str) -> bool:
    """Does prose run on past this piece's end? It holds a clause mark (not a label's colon)."""
    return bool(_PROSE_MARK.search(piece))


def _is_item(piece: str) -> bool:
    return len(piece) <= ROW_ITEM_MAX_CHARS and not _CLAUSE.search(piece)
