"""Line roles: what a line is from its shape, before any position-based rule decides.

Position-based rules (``edge`` scope) remove chrome-shaped lines above the
article's first body paragraph and below its last one. Some lines there are
the article's own even though they are short and unpunctuated — a salutation
(``同志们:``, ``Good morning,``), a numbered heading, a speaker line, a
document date, a signature. Their role protects them: shape evidence alone
never removes them.

Each test is one precompiled pattern, run only on the few lines at a page's
edges.
"""

from __future__ import annotations

from enum import Enum

import regex

from . import lazyre
from .textshape import ends_sentence, is_body, starts_with_marker
from .vocabulary import CN_DIGITS, CN_YEAR_DIGITS


class Role(str, Enum):
    """What a line is, as far as its shape tells."""

    SALUTATION = "salutation"
    HEADING = "heading"
    SPEAKER = "speaker"
    DATE = "date"
    SIGNATURE = "signature"
    BODY = "body"
    SENTENCE = "sentence"
    OTHER = "other"

    def __str__(self) -> str:
        return self.value


#: Roles whose lines shape evidence alone never removes.
PROTECTED = frozenset({Role.SALUTATION, Role.HEADING, Role.SPEAKER, Role.DATE, Role.SIGNATURE})

_SALUTATION = lazyre.compile(
    r"^(?:尊敬的|敬爱的|敬愛的|亲爱的|親愛的|各位|诸位|諸位|同志们|同志們|大家|老师们|老師們|同学们|同學們|"
    r"朋友们|朋友們|女士们|女士們|先生们|先生們|全体|全體|在座的)[^\n。]{0,60}[:：!！,，]$|"
    r"^(?:大家好|同志们好|同志們好|各位好|你们好|你們好)[!！。,，]?$|"
    r"^(?:dear|ladies and gentlemen|good (?:morning|afternoon|evening)|hello|hi|greetings|"
    r"distinguished|honou?red|respected|fellow)\b[^\n.]{0,80}[,:!]$",
    regex.IGNORECASE,
)
#: A speaker line under a speech title: an office, then a name (县委副书记、县长  李明).
_SPEAKER = lazyre.compile(
    r"^[\p{Han}、\s]{0,30}(?:书记|書記|县长|縣長|市长|市長|省长|省長|区长|區長|镇长|鎮長|乡长|鄉長|主任|局长|局長|部长|部長|"
    r"厅长|廳長|处长|處長|科长|科長|校长|校長|院长|院長|主席|总经理|總經理|董事长|董事長|委员|委員|代表|经理|經理)"
    r"\s*[\p{Han}·]{2,4}$"
)
#: A document's own date, written out (2023年11月8日, (2020 年 5 月 12 日), 二〇二三年五月).
_DOC_DATE = lazyre.compile(
    rf"^[(（]?\s*(?:\d{{4}}|[{CN_YEAR_DIGITS}]{{4}})\s*年\s*(?:\d{{1,2}}|[{CN_DIGITS}]{{1,2}})\s*月"
    rf"(?:\s*(?:\d{{1,2}}|[{CN_DIGITS}]{{1,3}})\s*日)?\s*[)）]?$"
)
#: An issuing body closing a notice or speech (县人民政府, XX中学团委).
_SIGNATURE = lazyre.compile(
    r"^[\p{Han}()（）]{2,30}(?:委员会|委員會|人民政府|政府|委|局|办公室|辦公室|办|辦|部|厅|廳|院|处|處|"
    r"公司|学校|學校|中学|中學|小学|小學|大学|大學|医院|醫院|中心|协会|協會|联合会|聯合會|支部|团委|團委)$"
)


def role_of(line: str) -> Role:
    """The role a line's shape gives it (position is the caller's business)."""
    s = line.strip()
    if _SALUTATION.match(s):
        return Role.SALUTATION
    if starts_with_marker(s) and len(s) <= 60:
        return Role.HEADING
    if _DOC_DATE.match(s):
        return Role.DATE
    if _SPEAKER.match(s):
        return Role.SPEAKER
    if _SIGNATURE.match(s):
        return Role.SIGNATURE
    if is_body(s):
        return Role.BODY
    if ends_sentence(s):
        return Role.SENTENCE
    return Role.OTHER
