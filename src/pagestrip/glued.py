"""Noise glued inside the article's own lines, found from the whole page.

Some boilerplate cannot be told from a line alone, only from the page:

* **page numbers glued inside words** — a PDF/Word conversion drops the page
  number where the page broke, mid-word (去2年, 增3收, 地4头). One such digit is
  a number like any other; a chain of consecutive numbers (2, 3, 4 …) spaced a
  page's length apart is the page count;
* **chunk markers** — doc sites cut the text into numbered chunks (``\\nN、``)
  wherever the chunk ended, often mid-word: a line that stops without
  punctuation, then ``3、`` and the rest of the word;
* **title stuffing** — an SEO template appends the page title to sentences as a
  clause of its own (…深深印在我心里,《背影》读后感。);
* **title injection** — a spam page drops its keyword (the title) into the
  middle of sentences (…relate with foreign Farewell speech essay McClellan, …);
* **a glued title** — the text's own title printed again with no break before
  the first sentence (七一党课:初心易得 始终难守按照市委统一要求,… /
  绩效管理细则1一、总则…).

Each finder returns spans with the id of the structural rule that decides it;
all are linear in the page's length.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from . import lazyre
from .model import Line
from .textshape import ends_sentence, starts_with_marker
from .vocabulary import PIECE_AFTER, PIECE_ORDINAL

PAGE_NUMBER = "page.glued-page-number"
CHUNK_MARKER = "page.chunk-marker"
TITLE_STUFFING = "page.title-stuffing"
TITLE_INJECTION = "page.title-injection"
GLUED_TITLE = "page.glued-title"

#: A glued page number has one to three digits between two Han characters.
_GLUED_NUMBER = lazyre.compile(r"(?<=\p{Han})\d{1,3}(?=\p{Han})")
#: Consecutive glued numbers closer than this (characters) are figures of one
#: sentence (2个产业园、3个示范村), not page breaks.
PAGE_GAP_MIN = 50
#: A chain needs this many consecutive numbers before it is the page count.
PAGE_CHAIN_MIN = 3
#: Page counts start at the first pages: a chain from 11 up is dates and figures.
PAGE_CHAIN_FIRST_MAX = 3
#: Characters that make a glued number a quantity (11月, 14个, 15天): a chain
#: most of whose numbers are quantities is the text's own figures.
_MEASURE = frozenset("月日年天个個项項条條次人元万萬亿億岁歲名家所座种種类類件位份篇章节節期届屆号號倍米度点點周週")
#: Characters that make a glued number a label's (图3, 表2, 例1, 式4, 第5): a text that
#: numbers its figures counts them up as a page count does, a page apart too.
_LABEL = frozenset("图圖表例式第附")
#: A chunk marker at the start of a line: 2、 3、 (not 2.5 or 2、3 as a list).
_CHUNK = lazyre.compile(r"^(\d{1,3})、(?=\S)")
#: The line a chunk marker continues must be at least this long (a heading or a
#: list item above a numbered line is not a cut chunk).
CHUNK_PREV_MIN = 20
#: A word count or a bracketed note ending a title: 600字, (精选5篇).
_TITLE_TAIL = lazyre.compile(r"\s*(?:\d{2,5}字|[(（【][^()（）【】]{1,12}[)）】])$")
#: An injected title is a phrase of a few words at least: two words, this many characters.
INJECTED_TITLE_MIN = 12
#: The word after an injected title: a capitalised word of three letters or more
#: (a name: McClellan), not a symbol (a Hermitian matrix A).
_NEXT_WORD = lazyre.compile(r" ([A-Z][A-Za-z'’-]{2,})")
#: The word before an injected title is read from this many characters before it.
WORD_WINDOW = 40
#: Words that make the title a noun phrase of the sentence (a Hermitian matrix ...).
_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "each",
        "every",
        "any",
        "its",
        "his",
        "her",
        "their",
        "our",
        "your",
        "my",
    ]
)
#: A title copy opening the first line before a heading (绩效管理细则1一、总则) is
#: at least this long; one glued to a sentence must be longer and carry a title's
#: own punctuation (a colon, a space, book-title marks), which no sentence opens with.
GLUED_TITLE_MIN = 6
GLUED_TITLE_PUNCT_MIN = 8
_TITLE_PUNCT = frozenset(':：《》“”"—· ')
#: A piece marker after a title (…篇1, 第2篇): the piece's own title, not a glued copy.
_PIECE_MARK = lazyre.compile(rf"^\s*(?:{PIECE_ORDINAL}|{PIECE_AFTER})")
#: A piece number (1, 2) a copy of a collection's title may carry before the heading.
_PIECE_DIGITS = lazyre.compile(r"\d{1,2}")


@dataclass(frozen=True)
class Glued:
    rule: str
    start: int
    end: int


def page_numbers(text: str) -> list[Glued]:
    """Chains of consecutive numbers glued between Han characters, a page apart."""
    # best[n] = the longest chain ending in number n: (positions, last position)
    best: dict[int, list[tuple[int, int]]] = {}
    for m in _GLUED_NUMBER.finditer(text):
        if text[m.start() - 1] in _LABEL:  # a figure's or a table's number, never a page's
            continue
        n = int(m.group())
        prev = best.get(n - 1)
        if prev is not None and m.start() - prev[-1][0] >= PAGE_GAP_MIN:
            chain = [*prev, (m.start(), m.end())]
        else:
            chain = [(m.start(), m.end())]
        if len(chain) >= len(best.get(n, [])):
            best[n] = chain
    out: list[Glued] = []
    taken: set[int] = set()
    for chain in sorted(best.values(), key=len, reverse=True):
        if len(chain) < PAGE_CHAIN_MIN or any(s in taken for s, _ in chain):
            continue
        if int(text[chain[0][0] : chain[0][1]]) > PAGE_CHAIN_FIRST_MAX:
            continue
        quantities = sum(text[e] in _MEASURE for _, e in chain)
        if 2 * quantities >= len(chain):
            continue
        for s, e in chain:
            taken.add(s)
            out.append(Glued(PAGE_NUMBER, s, e))
    return sorted(out, key=lambda g: g.start)


def chunk_markers(lines: list[Line]) -> list[Glued]:
    """``N、`` opening a line that continues a word the line above left unfinished, unless it
    is the next item of a list the page numbers with ``N、``: a line before opened with
    ``(N-1)、`` as an item (not as a chunk marker), as in a list whose items run over
    several lines (``2、上海野生动物园`` / ``备注：…活动`` / ``3、上海自然博物馆``)."""
    out: list[Glued] = []
    items: set[int] = set()  # the numbers that opened a line as a list item
    for prev, ln in pairwise(lines):
        m = _CHUNK.match(ln.text)
        if m is None:
            continue
        n = int(m.group(1))
        above = prev.text.rstrip()
        if (
            len(above) < CHUNK_PREV_MIN
            or ends_sentence(above)
            or not above[-1].isalnum()
            or (starts_with_marker(above) and len(above) <= 60)  # a list item above: the next item
            or n - 1 in items
        ):
            items.add(n)
            continue
        out.append(Glued(CHUNK_MARKER, ln.start, ln.start + m.end()))
    return out


def title_stuffing(lines: list[Line], title: str | None, skip: set[int]) -> list[Glued]:
    """The page title appended to a sentence as a clause of its own: ``,<title>。``."""
    if not title or len(title) < 4:
        return []
    forms = {title.strip()}
    core = _TITLE_TAIL.sub("", title.strip())
    if len(core) >= 4:
        forms.add(core)
    out: list[Glued] = []
    for k, ln in enumerate(lines):
        if k in skip:
            continue
        t = ln.text
        for form in forms:
            pos = t.find(form)
            while pos > 0:
                end = pos + len(form)
                before = t[pos - 1]
                after = t[end] if end < len(t) else ""
                if before in ",，" and (after in "。!！?？" or after == ""):
                    out.append(Glued(TITLE_STUFFING, ln.start + pos - 1, ln.start + end))
                pos = t.find(form, end)
    return out


def title_injections(lines: list[Line], title: str | None, skip: set[int]) -> list[Glued]:
    """The page's title dropped into running English sentences: ``…with foreign <title> McClellan, …``.

    Only a sentence-case title (``Farewell speech essay``) of two words or more:
    mid-sentence, after a lowercase word that is no determiner and before a
    capitalised word (a name), with no punctuation on either side, it cannot be
    the sentence's own words (a mention reads ``the farewell speech`` or ``a
    Hermitian matrix A``, or is set off). The span cut is the title with the
    space before it.
    """
    if not title:
        return []
    form = title.strip()
    words = form.split()
    if len(words) < 2 or len(form) < INJECTED_TITLE_MIN or not form[0].isupper() or not form.isascii():
        return []
    if any(w[0].isupper() for w in words[1:]):
        return []  # Title Case is a name's shape (Farewell Address): a mention, not an injection
    out: list[Glued] = []
    for k, ln in enumerate(lines):
        if k in skip:
            continue
        t = ln.text
        pos = t.find(form, 2)
        while pos > 0:
            end = pos + len(form)
            before = t[max(0, pos - WORD_WINDOW) : pos].split() or [" "]  # bounded: no rescan of the line
            after = _NEXT_WORD.match(t, end)
            if (
                t[pos - 1] == " "
                and before[-1][-1].islower()
                and before[-1].lower() not in _DETERMINERS
                and after is not None
                and after.group(1)[0].isupper()
            ):
                out.append(Glued(TITLE_INJECTION, ln.start + pos - 1, ln.start + end))
            pos = t.find(form, end)
    return out


def glued_title(t: str, start: int, refs: list[str]) -> Glued | None:
    """A copy of the title (or of a head line naming it) opening ``line`` with no break.

    ``refs`` are the title and the head's lines; the copy is the longest opening
    of the line that one of them contains. It is cut when a heading follows it
    (with a piece number: ``绩效管理细则1一、总则``), or when it is long and holds a
    title's punctuation (``七一党课:初心易得 始终难守按照…``); a line that merely
    opens with the title's words (我的妈妈是…) keeps them. ``t`` is the line's
    text from where the text opens, ``start`` its offset in the page.
    """
    best = 0
    for ref in refs:
        if len(t) <= GLUED_TITLE_MIN or t[:GLUED_TITLE_MIN] not in ref:
            continue
        n = GLUED_TITLE_MIN
        while n < len(t) and t[: n + 1] in ref:
            n += 1
        best = max(best, n)
    if best == 0 or best >= len(t):
        return None
    rest = t[best:]
    if _PIECE_MARK.match(rest):
        return None  # a piece's own title line (…倡议书篇1): the collection's to split
    digits = _PIECE_DIGITS.match(rest)
    if digits and starts_with_marker(rest[digits.end() :]):  # …细则1一、总则: the piece's number too
        return Glued(GLUED_TITLE, start, start + best + digits.end())
    if starts_with_marker(rest):  # 绩效管理细则一、总则, …细则1、总则
        return Glued(GLUED_TITLE, start, start + best)
    copy = t[:best].strip()
    if len(copy) >= GLUED_TITLE_PUNCT_MIN and any(c in _TITLE_PUNCT for c in copy) and rest[0].isalpha():
        return Glued(GLUED_TITLE, start, start + best)
    return None
