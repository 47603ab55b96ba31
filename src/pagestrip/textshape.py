"""Shape tests on single lines, shared by normalization, head/tail analysis and assembly.

These answer questions such as "does this line end a sentence?" or "is this a
numbered heading?". They are deliberately cheap: one precompiled pattern or a
set lookup each, so they can run on every line of a large crawl.
"""

from __future__ import annotations

import regex

from . import lazyre
from .vocabulary import CN_DIGITS, MENU_BARS, PATH_ARROW_CHARS, PIECE_AFTER, PIECE_NUMBER

#: Characters that end a sentence or a clause that is complete on its own.
SENTENCE_END = frozenset("。！？!?；;…：:")
#: Closing quotes and brackets that may follow the sentence end.
CLOSERS = frozenset("”’」』）)】》\"'")
#: Characters after which a line clearly continues on the next one.
CONTINUES = frozenset("、，,《“‘（(【")
#: Clause punctuation inside a line, the mark of running prose.
_CLAUSE = lazyre.compile(r"[，,、：:；;。！？!?]")

#: A numbered heading or list item: 一、 (一) 1. 一是 一要 第一, 第2篇, 篇一 … A 第N
#: heading takes no space inside (第三章, 第2篇); 篇N is the collections' piece
#: marker (:data:`~pagestrip.vocabulary.PIECE_AFTER`).
HEADING_MARKER = lazyre.compile(
    rf"""^(?:{PIECE_NUMBER}[、.．]\s*(?!\d)
         |[（(]{PIECE_NUMBER}[)）]
         |[{CN_DIGITS}]{{1,3}}(?:是|要|方面|者)
         |第{PIECE_NUMBER}[、，,：:篇章节部分条点\s]
         |{PIECE_AFTER}
         |(?:首先|其次|再次|最后)[，,：:]
        )""",
    regex.VERBOSE,
)
#: Two path or menu separators: 首页 > 范文 > 讲话稿, 首页 | 范文大全 | 工作总结.
_PATH_SEP = lazyre.compile(
    rf"[{PATH_ARROW_CHARS}].*[{PATH_ARROW_CHARS}]|[{MENU_BARS}].*[{MENU_BARS}]|\s[-–—]\s.*\s[-–—]\s"
)
_HAN = lazyre.compile(r"\p{Han}")


def has_han(text: str) -> bool:
    """Does ``text`` hold a Chinese character?"""
    return _HAN.search(text) is not None


_LETTER = lazyre.compile(r"\p{L}")


#: Where a sentence ends: CJK or Latin end marks with the closers after them;
#: a Latin full stop only before a space (so 3.5 and e.g. stay whole).
_SENTENCE_END = lazyre.compile(r"[。！？!?]+[”’」』）)】\"']*|…+|\.{3,}|\.(?=\s)|\.[”’\"']?$")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the sentences in ``text[start:end]`` (one line), end marks included,
    surrounding spaces left out."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        spans.append((pos, m.end()))
        pos = m.end()
    if pos < end:
        spans.append((pos, end))
    return [span for s, e in spans if (span := trimmed(text, s, e))[0] < span[1]]


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]``'s bounds without its leading and trailing spaces (start == end
    when it is all spaces)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def ends_sentence(line: str) -> bool:
    """True when the line ends a sentence (allowing closing quotes after it)."""
    s = line.rstrip()
    while s and s[-1] in CLOSERS:
        if len(s) >= 2 and s[-2] in SENTENCE_END:
            return True
        s = s[:-1]
    return bool(s) and s[-1] in SENTENCE_END


def ends_mid_sentence(line: str) -> bool:
    """True when the line's last character promises a continuation."""
    s = line.rstrip()
    if not s:
        return False
    last = s[-1]
    # Digits are left out: a line ending in a number is usually a date or a
    # count (发表时间:2022/12/22 11:00:06), not a sentence cut by a wrap.
    return last in CONTINUES or (bool(_LETTER.match(last)) and not last.isdigit())


def has_clause_punct(line: str) -> bool:
    return _CLAUSE.search(line) is not None


def is_heading(line: str) -> bool:
    """A numbered heading: starts with a marker and holds no full sentence."""
    if not HEADING_MARKER.match(line):
        return False
    body = line.rstrip()
    return "。" not in body[:-1] and len(body) <= 60


def starts_with_marker(line: str) -> bool:
    return HEADING_MARKER.match(line) is not None


#: A line with this many commas is a list or a sentence, not a title.
TITLE_MAX_COMMAS = 2
#: A line with this many list separators is a keyword list, not a title.
TITLE_MAX_SEPARATORS = 4
_LIST_SEP = lazyre.compile(r"[\-_|｜,，]")
_SENTENCE_MARK = lazyre.compile(r"[。！？!?；;]")
#: A keyword list has at least this many separators, and segments this short on average.
KEYWORD_LIST_MIN_SEPS = 4
KEYWORD_LIST_MAX_SEGMENT = 16


def is_titlelike(line: str) -> bool:
    """A line that could be a title: short, no full stop, not a salutation."""
    s = line.strip()
    if not 2 <= len(s) <= 80:
        return False
    if s[-1] in "。；;：:，,、" or "。" in s:
        return False
    if _PATH_SEP.search(s):  # a breadcrumb or a menu, not a title
        return False
    if s.count(",") + s.count("，") >= TITLE_MAX_COMMAS:  # a keyword list or a sentence
        return False
    if len(_LIST_SEP.findall(s)) >= TITLE_MAX_SEPARATORS:  # 国产…-国产…-天天…: a spam keyword list
        return False
    return _HAN.search(s) is not None or len(s.split()) <= 14


def ends_with_colon(line: str) -> bool:
    """Does the line end with a colon (``…I would recommend reading:``, ``请看：``)? A line so
    ended introduces what follows it."""
    return line.rstrip().endswith((":", "："))


_LABEL = lazyre.compile(r"\p{Han}{2,6}")
_ORG_END = tuple("委府局会會办辦部厅廳院室所处處队隊司")


def is_label(line: str) -> bool:
    """A category label such as 工作总结 or 城建环保: 2-6 Han characters, not an
    organisation's name (a signature line like 县人民政府 ends the speech)."""
    return _LABEL.fullmatch(line) is not None and not line.endswith(_ORG_END)


def is_keyword_list(line: str) -> bool:
    """Short phrases strung with separators and no sentence in them: a spam or tag line."""
    if _SENTENCE_MARK.search(line):
        return False
    seps = len(_LIST_SEP.findall(line))
    return seps >= KEYWORD_LIST_MIN_SEPS and len(line) / (seps + 1) <= KEYWORD_LIST_MAX_SEGMENT


#: A menu row: at least this many items strung with spaces or bars, this long on average.
ITEM_ROW_MIN_ITEMS = 4
ITEM_ROW_MAX_MEAN = 6
_ROW_SPLIT = lazyre.compile(r"[\s|｜/>»]+")


def is_item_row(line: str) -> bool:
    """Short items strung with spaces or bars and no clause mark: a menu row, however long
    (``券商 美股 新三板 行情中心 主力控盘 …``), which :func:`is_body` takes for prose by its length."""
    if has_clause_punct(line):
        return False
    items = [x for x in _ROW_SPLIT.split(line.strip()) if x]
    return len(items) >= ITEM_ROW_MIN_ITEMS and sum(map(len, items)) <= ITEM_ROW_MAX_MEAN * len(items)


def is_body(line: str) -> bool:
    """A line of running prose: long, or sentence-shaped."""
    s = line.strip()
    if len(s) >= 60:
        return True
    if s.count("|") + s.count("｜") >= 2:  # a row of fields or links, not a sentence
        return False
    return len(s) >= 20 and ("。" in s or ends_sentence(s)) and has_clause_punct(s)


#: Characters that code and tables are made of and prose seldom uses: assignment,
#: statement ends, brackets, quotes, identifiers' underscores, table pipes.
_CODE_SYMBOL = lazyre.compile_re(r"[=;{}()\[\]<>*'\"_|\\$&]")
#: A code line has at least this many such characters, this share of its non-space
#: characters (English prose with a parenthesis and a quote stays under it)…
CODE_SYMBOL_MIN = 3
CODE_SYMBOL_SHARE = 0.1
#: …and Chinese characters under this share (a Chinese sentence quoting a term is prose).
CODE_HAN_SHARE = 0.2
#: One of these must be there: the marks of a statement, a block, a table row or an identifier.
_CODE_MARK = lazyre.compile_re(r"[=;{}|*_]")


#: A statement's end: an ASCII semicolon after a name, a number, a bracket or a quote
#: (``select name, age from people;``). Chinese prose ends a clause with ``；``.
_STATEMENT_END = lazyre.compile_re(r"[\w)\]'\"]\s*;$")


def looks_like_code(line: str) -> bool:
    """A line of code or of a text table, pasted into paragraphs (``<p>``, ``<br>``) where
    no ``<pre>`` or fence says so: ``EXPLAIN SELECT * FROM t WHERE id='1';``,
    ``| 1 | SIMPLE | titles |``, a statement closed by its semicolon (``select name, age
    from people;``, ``相当于：select * from t;``). Code repeats a statement with one more
    clause, and a table its header row, on purpose."""
    if _CODE_MARK.search(line) is None:
        return False
    chars = len(line) - line.count(" ")
    if len(_HAN.findall(line)) >= CODE_HAN_SHARE * chars:
        return False
    if line.endswith(";") and _STATEMENT_END.search(line) is not None:
        return True
    symbols = len(_CODE_SYMBOL.findall(line))
    return symbols >= CODE_SYMBOL_MIN and symbols >= CODE_SYMBOL_SHARE * chars


#: A brace block closes within this many lines of its opening line, or it is none.
BRACE_BLOCK_MAX_LINES = 300
#: A block's opening line is a header of code, not a sentence: at most this long.
BRACE_OPENER_MAX_CHARS = 160
#: Sentence marks a header of code does not hold (Chinese clause marks, a full stop before a space).
_PROSE_MARK = lazyre.compile_re(r"[，。！？；：]|\.\s")


def brace_blocks(lines: list[str]) -> set[int]:
    """The lines (by index) of brace blocks: a header of code that ends with ``{``
    (``function Add-VmToGroup {``, ``public void run() {``, ``if($Prefix){``) down to the
    line that closes it (``}``), the braces counted line by line. Code pasted as paragraphs
    says its parameters' help and its branches again on purpose (two functions that mirror
    each other); inside the braces that is the program, not a copy of the text. A block
    that does not close within BRACE_BLOCK_MAX_LINES, or whose closing line does not start
    with ``}``, is none: prose with a brace in it."""
    n = len(lines)
    # depth[i]: the braces open before line i. A block opened on line k closes on the line
    # before the first m > k where the depth is back to depth[k] (closes[k] = m), found for
    # every line in one pass with a stack: no walk per opener, however many never close.
    depth = [0] * (n + 1)
    for i, line in enumerate(lines):
        depth[i + 1] = depth[i] + (line.count("{") - line.count("}") if "{" in line or "}" in line else 0)
    closes = [n + 1] * (n + 1)
    waiting: list[int] = []
    for m in range(n + 1):
        while waiting and depth[m] <= depth[waiting[-1]]:
            closes[waiting.pop()] = m
        waiting.append(m)
    out: set[int] = set()
    k = 0
    while k < n:
        head = lines[k].rstrip()
        end = closes[k] - 1
        if (
            not head.endswith("{")
            or len(head) > BRACE_OPENER_MAX_CHARS
            or _PROSE_MARK.search(head)
            or end >= n
            or end - k >= BRACE_BLOCK_MAX_LINES
            or not lines[end].lstrip().startswith("}")
        ):
            k += 1
            continue
        out.update(range(k, end + 1))
        k = end + 1
    return out
