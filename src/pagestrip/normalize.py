"""Stage 2: the SPEC's normalizations, each counted.

The normalized text is the coordinate system of everything that follows:
removal offsets point into it and kept paragraphs are substrings of it. So
normalization only does what the SPEC allows (no width folding, no script
conversion) and reports how often it did each thing in ``stats.normalized``.

Output shape: one paragraph per line, no blank lines, no indentation. The lines of a
Markdown code fence are the exception that proves the rule: they are never joined, and
their indentation is kept aside (:attr:`Normalized.code`) for the output to give back;
so are a brace block's pasted into running text (:attr:`Normalized.braced`). The rows
of a Markdown table are never joined either (:attr:`Normalized.table`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from . import lazyre
from .flattened import FLAT_LINE_MIN_CHARS, is_flattened, rebreak
from .frontmatter import FrontMatter
from .frontmatter import find as find_front_matter
from .textshape import brace_blocks, ends_mid_sentence, ends_sentence, is_heading, starts_with_marker

#: Anything the newline, control and zero-width passes would change.
_ODD = lazyre.compile(r"[\r\u2028\u2029\x0b\x0c\x85\x00-\x08\x0e-\x1f\x7f\t\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_ZERO_WIDTH = lazyre.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_NEWLINES = lazyre.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_CONTROL = lazyre.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# A CJK character followed by a parenthesised pinyin syllable that carries a
# tone mark (網(wǎng)). The tone mark is what tells pinyin from an ordinary
# parenthesis: "(de)" or "(VIP)" is left alone.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN = lazyre.compile(rf"(?<=\p{{Han}})[(（]\s?[a-zü{_TONED}]{{0,6}}[{_TONED}][a-zü{_TONED}]{{0,6}}\s?[)）]")
# ‚…‛ (U+201A … U+201B) used as Chinese double quotes; the pair must sit on one line.
_BROKEN_QUOTES = lazyre.compile(r"‚([^‚‛\n]{0,400}?)‛")
_INDENT = lazyre.compile(r"^[ \t\u3000\xa0\u2002\u2003\u2009\u200a]+")
_PROSE_PUNCT = lazyre.compile(r"[，,、；;。]")
_HAN = lazyre.compile(r"\p{Han}")
_LATIN_END = lazyre.compile(r"[A-Za-z0-9,;]$")
_LATIN_START = lazyre.compile(r"[A-Za-z0-9(\"']")
#: How a line of code opens and a wrapped Latin sentence's next line does not: a comment's
#: mark (``#``, ``;``, ``//``), a member or directive (``.SYNOPSIS``), a bracket or a tag.
_CODE_START = lazyre.compile_re(r"[#;{}<>=|\\]|//|\.[A-Za-z]")
#: Stripped from line ends with str.rstrip: a regex ``\s+$`` rescans a long
#: run of spaces from every start position and goes quadratic.
_BLANKS = " \t\u3000\xa0\u2002\u2003\u2009\u200a"

#: A hard-wrapped line must be at least this long to be joined with the next;
#: shorter lines are titles, names and dates, which end without punctuation.
WRAP_MIN_CHARS = 20
#: A Latin line is a hard wrap only when it and the next line's first word pass this share of
#: the page's longest line (proportional fonts and PDF extraction wrap raggedly, hence not 1.0).
WRAP_FILL = 0.75
#: The continuation of a wrap this short must itself end a sentence.
CONTINUATION_MIN_CHARS = 12


#: A Markdown code fence: three or more backticks or tildes, an info string after
#: backticks (``python``) that holds no backtick. Scrapers and reader services write pages
#: as Markdown, and code is fenced so.
_FENCE = lazyre.compile_re(r"[ \t]*(`{3,}|~{3,})(?:(?<=`)[^`]*|(?<=~).*)")


#: A line that opens a block of its own, never a wrap's continuation: a bullet item (``*   ``,
#: ``- ``, ``• ``: Markdown's and typography's), a Markdown heading or quote.
_BLOCK_START = lazyre.compile_re(r"[*+\-•·▪◦●○■□►▸‣⁃][ \t]|#{1,6}[ \t]|>[ \t]")


#: A setext heading's underline (``=====`` under a level-1 heading, ``-----`` under a
#: level-2 one; reader services write headings so): a line of its own, under its heading.
SETEXT_UNDERLINE = lazyre.compile_re(r"=+|-{2,}")
#: A setext underline stands at most this far in (columns; a tab is four): further in, it is code.
SETEXT_MAX_INDENT = 3
_WORD = lazyre.compile_re(r"\w")


#: A Markdown table's delimiter row (GFM): cells of dashes with optional alignment colons,
#: ``| --- | :---: |`` or ``--- | ---``; one cell needs its pipes, to tell it from a rule.
TABLE_DELIMITER = lazyre.compile_re(
    r"\|?[ \t]*:?-+:?(?:[ \t]*\|[ \t]*:?-+:?)+[ \t]*\|?|\|[ \t]*:?-+:?[ \t]*\|"
)  # matched on the stripped line: no run of blanks is open at both ends of a choice


@dataclass
class Normalized:
    text: str
    counts: dict[str, int] = field(default_factory=dict)
    #: The lines (by index in ``text``) inside a closed Markdown code fence, fences
    #: included, each with what went before it in the fence: the blank lines between it and
    #: the fence's line above (as newlines), then its indentation below the fence's. Code,
    #: kept verbatim; the lines of ``text`` have neither.
    code: dict[int, str] = field(default_factory=dict)
    #: The lines (by index in ``text``) of a Markdown table: its header, delimiter and body
    #: rows. The delimiter row and the pipes are the table's structure, not decoration.
    table: frozenset[int] = frozenset()
    #: The lines (by index in ``text``) that a setext underline (``=====``) heads: the
    #: underline stands right under them (no blank line between), indented less than code
    #: is (CommonMark: four columns), and they hold a word. An indented ``====`` under ``/*``
    #: is a banner in a code comment, and one after a blank line a rule, not a heading's.
    setext: frozenset[int] = frozenset()
    #: The YAML front matter over the text (see :mod:`pagestrip.frontmatter`), and how many
    #: lines of ``text`` it holds (its first lines, each a line of its own).
    front: FrontMatter | None = None
    front_lines: int = 0
    #: The lines of :attr:`code` that are a brace block's in running text, not a fence's
    #: (see :func:`_braced`): their indentation is kept and they are never joined, but the
    #: rules still read them (a pasted code toolbar sits among them), unlike a fence's.
    braced: frozenset[int] = frozenset()


def _tabled(raws: list[str], fenced: dict[int, int]) -> set[int]:
    """The raw lines of Markdown tables (GFM): a delimiter row, the header row above it
    and the rows below it up to the first line without a pipe (a blank line ends a table
    too). Reader services (Jina Reader, Firecrawl, html2text) write HTML tables so. A
    delimiter row inside a code fence is code."""
    rows: set[int] = set()
    for i, raw in enumerate(raws):
        if i == 0 or i in rows or i in fenced or "|" not in raw or "-" not in raw:
            continue
        if "|" not in raws[i - 1] or TABLE_DELIMITER.fullmatch(raw.strip(" \t")) is None:
            continue
        end = i + 1
        while end < len(raws) and "|" in raws[end] and end not in fenced:
            end += 1
        rows.update(range(i - 1, end))
    return rows


def fence_blocks(lines: list[str]) -> list[tuple[int, int, int]]:
    """The closed code fences of ``lines``: (opening line, the line after the closing one,
    the opening fence's indentation). A fence closes on a run of its own character at
    least as long, with nothing after it (CommonMark). A fence that never closes fences
    nothing: a stray fence (a scraper cut the page inside one) must not take the rest of
    the page from the rules."""
    blocks: list[tuple[int, int, int]] = []
    opened: tuple[int, str, int] | None = None  # (line, fence run, indentation)
    for i, raw in enumerate(lines):
        m = _FENCE.fullmatch(raw.rstrip())
        if m is None:
            continue
        run = m.group(1)
        if opened is None:
            opened = (i, run, len(raw) - len(raw.lstrip(" \t")))
        elif run[0] == opened[1][0] and len(run) >= len(opened[1]) and raw.strip() == run:
            blocks.append((opened[0], i + 1, opened[2]))
            opened = None
    return blocks


def _fenced(raws: list[str]) -> dict[int, int]:
    """The raw lines inside closed code fences, fences included, each with its fence's indentation."""
    inside: dict[int, int] = {}
    for start, end, indent in fence_blocks(raws):
        inside.update(dict.fromkeys(range(start, end), indent))
    return inside


def _braced(raws: list[str], fenced: dict[int, int]) -> dict[int, int]:
    """The raw lines of brace blocks outside fences (code pasted into a text page:
    ``struct miscdevice {`` down to its ``};``, see :func:`.textshape.brace_blocks`), each
    with its run's least indentation. They are code as a fence's lines are: never joined
    as a wrap (a line whose comment ends in a Han character is no Chinese sentence cut by
    the wrap), and their indentation kept."""
    lines = sorted(brace_blocks(raws) - fenced.keys())
    braced: dict[int, int] = {}
    k = 0
    while k < len(lines):
        j = k + 1
        while j < len(lines) and lines[j] == lines[j - 1] + 1:
            j += 1
        run = [raws[i] for i in lines[k:j] if raws[i].strip()]
        base = min((len(r) - len(r.lstrip(" \t")) for r in run), default=0)
        braced.update(dict.fromkeys(lines[k:j], base))
        k = j
    return braced


def normalize(text: str, *, join_wraps: bool = True) -> Normalized:
    """Normalize ``text``; ``join_wraps=False`` keeps every line (HTML blocks are paragraphs)."""
    counts = {
        "zero_width": 0,
        "pinyin_residue": 0,
        "broken_quotes": 0,
        "hard_wraps": 0,
        "indentation": 0,
        "blank_lines": 0,
        "flattened_breaks": 0,
    }
    # Each pass is guarded by a cheap test: HTML input normalizes thousands of
    # short blocks, and most need none of them.
    if _ODD.search(text):
        text = _NEWLINES.sub("\n", text)
        text = _CONTROL.sub("", text)  # tabs become spaces below, outside code fences
        text, n = _ZERO_WIDTH.subn("", text)
        counts["zero_width"] = n
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "(" in text or "（" in text:
        text, n = _PINYIN.subn("", text)
        counts["pinyin_residue"] = n
    if "‚" in text:
        text, n = _BROKEN_QUOTES.subn(r"“\1”", text)
        counts["broken_quotes"] = n

    paragraphs: list[str] = []
    blank_before = True
    raws = text.split("\n") if text else []
    # A text page flattened to one line is broken at its blocks' gaps; each piece is a
    # line the wrap joiner must not join back (:mod:`pagestrip.flattened`).
    rebroken: set[int] = set()
    if join_wraps and len(text) >= FLAT_LINE_MIN_CHARS:
        raws, rebroken = _rebreak_flattened(raws)
        counts["flattened_breaks"] = len(rebroken)
    fenced = _fenced(raws) if "```" in text or "~~~" in text else {}
    braced = _braced(raws, fenced) if join_wraps and "{" in text and "}" in text else {}
    brace_lines: set[int] = set()
    # HTML blocks (join_wraps=False) are lines already; a table is its markup's.
    tabled = _tabled(raws, fenced) if join_wraps and "|" in text and "-" in text else set()
    # A YAML front matter's lines are fields: each a line of its own, never a wrap.
    front = find_front_matter(raws) if join_wraps and text[:3] == "---" else None
    front_end = front.lines if front is not None else 0
    code: dict[int, str] = {}
    table: set[int] = set()
    setext: set[int] = set()
    width = max(map(len, raws), default=0)  # the page's longest line: its wrap width, if it is wrapped
    last_len = 0  # the last line's own length (``paragraphs[-1]`` may hold several joined lines)
    code_gap = 0  # blank lines since the last line of the fence we are in
    for i, raw in enumerate(raws):
        line = raw.rstrip(_BLANKS)
        stripped = _INDENT.sub("", line)
        if not stripped:
            counts["blank_lines"] += 1
            blank_before = True
            if fenced and i in fenced and i - 1 in fenced:
                code_gap += 1
            continue
        if stripped != line:
            counts["indentation"] += 1
        if fenced and i in fenced:
            # Code: a line of its own, never a wrap's continuation nor continued by one, and
            # its tabs as written (a Makefile's are syntax; Go and C indent with them).
            indent = line[: len(line) - len(stripped)]
            gap, code_gap = "\n" * code_gap, 0  # a blank line in code is the code's (Python's, a diff's)
            code[len(paragraphs)] = gap + (indent[fenced[i] :] if len(indent) >= fenced[i] else "")
            paragraphs.append(stripped)
            blank_before = True
            continue
        if braced and i in braced:
            # Code pasted as text: a line of its own with its indentation, as a fence's; the
            # blank lines are the dump's (a scraper that double-spaces every line), not kept.
            indent = line[: len(line) - len(stripped)]
            brace_lines.add(len(paragraphs))
            code[len(paragraphs)] = indent[braced[i] :] if len(indent) >= braced[i] else ""
            paragraphs.append(stripped)
            blank_before = True
            continue
        if "\t" in stripped:
            stripped = stripped.replace("\t", " ")
        if i < front_end:
            paragraphs.append(stripped)
            blank_before = True
            continue
        if tabled and i in tabled:
            # A table row: a line of its own, as code is.
            table.add(len(paragraphs))
            paragraphs.append(stripped)
            blank_before = True
            continue
        if join_wraps and not blank_before and stripped[0] in "=-" and SETEXT_UNDERLINE.fullmatch(stripped):
            # Never the end of the heading it underlines, nor continued by the next line.
            indent = line[: len(line) - len(stripped)]
            if stripped[0] == "=" and len(indent.expandtabs(4)) <= SETEXT_MAX_INDENT and _WORD.search(paragraphs[-1]):
                setext.add(len(paragraphs) - 1)
            paragraphs.append(stripped)
            blank_before = True
            continue
        joined = False
        if rebroken and i in rebroken:
            blank_before = True
        if (
            join_wraps
            and not blank_before
            and paragraphs
            and _is_wrap(paragraphs[-1], stripped)
            and (not _BLOCK_START.match(paragraphs[-1]) or stripped != line or last_len >= WRAP_FILL * width)
        ):
            # (a list item is continued only by an indented line or from a full line: a short
            # one ended the item, and the line flush under it is the text's next paragraph)
            latin = bool(_LATIN_END.search(paragraphs[-1]) and _LATIN_START.match(stripped))
            if not latin or _fills_width(last_len, stripped, width):
                # Latin words need their space back; CJK text joins directly.
                paragraphs[-1] += (" " if latin else "") + stripped
                counts["hard_wraps"] += 1
                joined = True
        if not joined:
            paragraphs.append(stripped)
        last_len = len(stripped)
        blank_before = False
    front_lines = sum(1 for raw in raws[:front_end] if raw.strip())
    return Normalized(
        "\n".join(paragraphs),
        counts,
        code,
        frozenset(table),
        frozenset(setext),
        front,
        front_lines,
        frozenset(brace_lines),
    )


def _rebreak_flattened(raws: list[str]) -> tuple[list[str], set[int]]:
    """``raws`` with each flattened line broken into its blocks, and the indices of the
    lines that a break opened."""
    out: list[str] = []
    opened: set[int] = set()
    for raw in raws:
        if not is_flattened(raw):
            out.append(raw)
            continue
        pieces = rebreak(raw)
        opened.update(range(len(out) + 1, len(out) + len(pieces)))
        out.extend(pieces)
    return (out, opened) if opened else (raws, opened)


#: Characters one of the passes above may change in a single line.
_SPECIAL = lazyre.compile_re(
    "[\r\n\u2028\u2029\x0b\x0c\x85\x00-\x08\x0e-\x1f\x7f\t\u200b\u200c\u200d\u2060\ufeff\u00ad(（‚]"
)


def is_normal_line(text: str) -> bool:
    """Would :func:`normalize` return this one line unchanged, with nothing counted?

    Most blocks of an HTML page are such lines; testing is a few times cheaper
    than normalizing them.
    """
    return (
        bool(text)
        and _SPECIAL.search(text) is None
        and text.strip(_BLANKS) == text
        and unicodedata.is_normalized("NFC", text)
    )


def _fills_width(prev_len: int, nxt: str, width: int) -> bool:
    """Was a Latin line cut because the next word did not fit? A wrapped line is full: it
    and the next line's first word together pass WRAP_FILL of the page's widest line. A
    headline over a byline (``…after months of debate`` / ``By Jane Doe``) on a page of
    long paragraphs leaves room for the word, so it was a line of its own."""
    first_word = nxt.split(" ", 1)[0]
    return prev_len + 1 + len(first_word) > WRAP_FILL * width


#: Two spaces or more between two characters, not after a sentence's end: a column gap.
_COLUMN_GAP = lazyre.compile_re(r"(?<=[^\s.!?:])[ \t]{2,}(?=\S)")


def _listing_row(line: str) -> bool:
    """Is a Latin line a row of a listing, not wrapped prose? Prose wraps at a space between
    words set one space apart; a row of ``ls -l`` aligns its columns with runs of spaces, and
    a CSV row or a path is one token with no space at all."""
    s = line.strip()
    if _HAN.search(s):
        return False
    return " " not in s or _COLUMN_GAP.search(s) is not None


#: A line whose first RESTART_CHARS characters stand in the first RESTART_WINDOW of the
#: paragraph above restarts it (bounded: a long wrapped paragraph is not searched whole).
RESTART_CHARS = 16
RESTART_WINDOW = 64


def _is_wrap(prev: str, nxt: str) -> bool:
    """Is ``nxt`` the continuation of ``prev``, cut by a hard line wrap?

    Joined only when ``prev`` is running prose (long, with clause punctuation)
    that stops mid-sentence, and ``nxt`` does not open a heading or list item.
    A title, a name line or a sentence-final line is never joined.
    """
    if len(prev) < WRAP_MIN_CHARS or not ends_mid_sentence(prev) or ends_sentence(prev):
        return False
    # A line that opens with the words its paragraph opened with starts that text over: the
    # paragraph above was a teaser cut mid-word (【导读】 + the opening), not a wrapped line.
    head = nxt[:RESTART_CHARS]
    if len(head) == RESTART_CHARS and head in prev[:RESTART_WINDOW]:
        return False
    if is_heading(prev):
        return False
    # Running prose has commas or full stops; a breadcrumb or a metadata line
    # (当前位置:X > Y, 时间:…) has only colons and is never continued below. Chinese
    # prose has a comma every few dozen characters, so a long Han line without one
    # is no wrapped sentence either (a keyword run, random characters); a long Latin
    # line may be one clause cut by the wrap.
    if not _PROSE_PUNCT.search(prev) and (len(prev) < 60 or _HAN.search(prev)):
        return False
    if starts_with_marker(nxt) or _BLOCK_START.match(nxt):
        return False
    # Latin prose wraps at a space, so its next line opens with a word: a line that opens
    # with a comment's or a statement's mark (``#region``, ``; note``, ``.PARAMETER``,
    # ``{``) under a Latin line is the next line of code, not the rest of a sentence.
    if _CODE_START.match(nxt) and _LATIN_END.search(prev):
        return False
    if _listing_row(prev) or _listing_row(nxt):
        return False
    # A continuation that does not end a sentence either is only trusted when
    # it is long and follows a long line: short pairs are titles over names.
    return ends_sentence(nxt) or (len(nxt) >= CONTINUATION_MIN_CHARS and len(prev) >= 40)
