"""How much a block of text reads as prose: its CJK share and its prose score.

A block scores 1 + a point per clause mark + length points when it is long
enough and not mostly links; the region finder spreads these scores up the
tree. CJK characters are counted with the standard library's ``re`` over code
point ranges, many times faster than a Unicode property class.
"""

from __future__ import annotations

from .. import lazyre

_WS = lazyre.compile_re(r"[ \t\r\n\f\v]+")  # ASCII whitespace: the standard re is faster on short strings
#: Han, Hiragana, Katakana and Hangul (the regex module's ``[\p{Han}\p{Hiragana}
#: \p{Katakana}\p{Hangul}]``) as code point ranges for the standard library's ``re``:
#: the regex module tests such a property class at about 0.5 µs a character, ``re``
#: a class of ranges twenty times faster. The table is regex 2026.5's Unicode data;
#: tests/test_html.py checks it against the installed regex module (a newer one may
#: add characters Python's own Unicode data does not assign yet).
CJK_RANGES = (
    (0x1100, 0x11FF),
    (0x2E80, 0x2E99),
    (0x2E9B, 0x2EF3),
    (0x2F00, 0x2FD5),
    (0x3005, 0x3005),
    (0x3007, 0x3007),
    (0x3021, 0x3029),
    (0x302E, 0x302F),
    (0x3038, 0x303B),
    (0x3041, 0x3096),
    (0x309D, 0x309F),
    (0x30A1, 0x30FA),
    (0x30FD, 0x30FF),
    (0x3131, 0x318E),
    (0x31F0, 0x321E),
    (0x3260, 0x327E),
    (0x32D0, 0x32FE),
    (0x3300, 0x3357),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xA960, 0xA97C),
    (0xAC00, 0xD7A3),
    (0xD7B0, 0xD7C6),
    (0xD7CB, 0xD7FB),
    (0xF900, 0xFA6D),
    (0xFA70, 0xFAD9),
    (0xFF66, 0xFF6F),
    (0xFF71, 0xFF9D),
    (0xFFA0, 0xFFBE),
    (0xFFC2, 0xFFC7),
    (0xFFCA, 0xFFCF),
    (0xFFD2, 0xFFD7),
    (0xFFDA, 0xFFDC),
    (0x16FE2, 0x16FE3),
    (0x16FF0, 0x16FF6),
    (0x1AFF0, 0x1AFF3),
    (0x1AFF5, 0x1AFFB),
    (0x1AFFD, 0x1AFFE),
    (0x1B000, 0x1B122),
    (0x1B132, 0x1B132),
    (0x1B150, 0x1B152),
    (0x1B155, 0x1B155),
    (0x1B164, 0x1B167),
    (0x1F200, 0x1F200),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B81D),
    (0x2B820, 0x2CEAD),
    (0x2CEB0, 0x2EBE0),
    (0x2EBF0, 0x2EE5D),
    (0x2F800, 0x2FA1D),
    (0x30000, 0x3134A),
    (0x31350, 0x33479),
)
_CJK = lazyre.compile_re("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in CJK_RANGES) + "]")
# Counting: runs of the BMP ranges (kept as a bitmap by ``re``), then the rare
# supplementary-plane ones only when the text has such characters at all.
_CJK_BMP_RUNS = lazyre.compile_re("[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in CJK_RANGES if b <= 0xFFFF) + "]+")
_CJK_ASTRAL = lazyre.compile_re("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in CJK_RANGES if a > 0xFFFF) + "]")
_ASTRAL = lazyre.compile_re("[\\U00010000-\\U0010ffff]")


def cjk_count(text: str) -> int:
    """How many Han, kana and Hangul characters ``text`` holds (what ``len(_CJK.findall(text))``
    says, at a fraction of its cost on Chinese text: runs, not characters, are found)."""
    if text.isascii():
        return 0
    n = sum(map(len, _CJK_BMP_RUNS.findall(text)))
    if _ASTRAL.search(text):
        n += len(_CJK_ASTRAL.findall(text))
    return n


#: Whether a block is CJK is judged on its first this many characters (a long block
#: need not be scanned twice).
CJK_SAMPLE = 200
#: Clause marks: each one in a paragraph adds a point (Readability counts commas).
_CLAUSE_MARKS = "，。！？；,;!?、"

#: A paragraph counts as prose from this many non-space characters (CJK) ...
MIN_PROSE_CJK = 10
#: ... or this many (alphabetic scripts, where a word is several characters).
MIN_PROSE_LATIN = 25
_MIN_PROSE_ANY = min(MIN_PROSE_CJK, MIN_PROSE_LATIN)
#: A block with more of its text in links than this is a link, not prose.
PROSE_MAX_LINK_DENSITY = 0.5
#: Characters per length point, capped at LENGTH_POINTS_MAX (a CJK character carries
#: about as much as two or three Latin ones).
LENGTH_UNIT_CJK = 40
LENGTH_UNIT_LATIN = 100
LENGTH_POINTS_MAX = 3.0


def prose_score(text: str, link_density: float) -> float:
    """A block's prose score: 1 + clause marks + length points; 0 when it is not prose.

    The cheap refusals come first (mostly links, shorter than any prose): the walk scores
    every block of the page, and most are neither long nor free of links."""
    if link_density > PROSE_MAX_LINK_DENSITY:
        return 0.0
    n = len(text) - text.count(" ")
    if n < _MIN_PROSE_ANY:
        return 0.0
    sample = text[:CJK_SAMPLE]
    cjk_page = cjk_count(sample) * 2 >= len(sample) - sample.count(" ")
    if n < (MIN_PROSE_CJK if cjk_page else MIN_PROSE_LATIN):
        return 0.0
    marks = sum(map(text.count, _CLAUSE_MARKS))  # str.translate is 6x slower here
    unit = LENGTH_UNIT_CJK if cjk_page else LENGTH_UNIT_LATIN
    return 1.0 + marks + min(n / unit, LENGTH_POINTS_MAX)
