"""What the pipeline's input stages share with ``learn``: bytes worth decoding, HTML or text,
trees handed in, and HTML blocks normalized one by one.

:mod:`pagestrip.stages` reads a page with these; :mod:`pagestrip.learning` reads
pages the same way without cleaning them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from typing import TYPE_CHECKING, Any

import regex

from . import lazyre
from .decode import binary_kind
from .errors import BinaryInputError
from .html.parsing import looks_like_html
from .normalize import Normalized, is_normal_line, normalize
from .vocabulary import CHARSET_IS, CHARSET_NAME_CHARS

if TYPE_CHECKING:
    from .html import Block

#: Pages longer than this many characters are cut, with a warning, so one
#: pathological page cannot stall a crawl.
DEFAULT_MAX_CHARS = 10_000_000
#: A character takes at most 4 bytes in UTF-8 and in GB18030 (2 or 4 in
#: UTF-16/32), so a page cut to ``max_chars`` never needs more than this many
#: bytes per character: the rest is not even decoded.
MAX_BYTES_PER_CHAR = 4
#: A page whose text starts with a tag in its first this many characters is HTML.
HTML_HEAD_CHARS = 4096
#: Else a closing tag (see ``_CLOSING_TAG``) must appear in its first this many characters.
HTML_CLOSING_TAG_WINDOW = 65536

#: The charset of a Content-Type header the caller hands in.
_CHARSET = lazyre.compile(rf"{CHARSET_IS}([{CHARSET_NAME_CHARS}]+)", regex.IGNORECASE)
#: Tags whose closing form only markup has. Text that merely mentions ``<p>``
#: or ``<br>`` has no ``</p>``; real HTML, even a fragment, has some.
_CLOSING_TAG = lazyre.compile(
    r"</(?:p|div|span|a|td|tr|table|li|ul|body|html|head|h[1-6]|title|font|b|strong)\s*>", regex.IGNORECASE
)


def entry_bytes(page: bytes | bytearray | memoryview, max_chars: int, declared: str | None) -> tuple[bytes, int]:
    """The bytes worth decoding, and the input's length if it was cut (else 0).

    Refuses binary input: an image or a PDF decoded "best effort" is an
    article of garbage, so it is an error instead.
    """
    view = memoryview(page)
    limit = max_chars * MAX_BYTES_PER_CHAR
    total = view.nbytes
    data = bytes(view[:limit]) if total > limit else bytes(view)
    kind = binary_kind(data, declared)
    if kind is not None:
        raise BinaryInputError(f"input is binary ({kind}), not a page")
    return data, (total if total > limit else 0)


def is_html(raw: str) -> bool:
    """Is this text HTML? Tags alone are not enough: prose about HTML mentions
    ``<p>`` and ``<br>``. Real markup starts with a tag or closes some."""
    if not looks_like_html(raw):
        return False
    head = raw[:HTML_HEAD_CHARS].lstrip()
    if head.startswith("<"):
        return True
    fences = _fenced_spans(raw, HTML_CLOSING_TAG_WINDOW)
    starts = [a for a, _ in fences]
    for m in _CLOSING_TAG.finditer(raw, 0, HTML_CLOSING_TAG_WINDOW):
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or m.start() >= fences[i][1]:
            return True  # a closing tag outside every code fence
    return False


#: A Markdown code fence's line: three backticks or tildes at its start.
_FENCE = lazyre.compile(r"^[ ]{0,3}(?:```|~~~)", regex.MULTILINE)


def _fenced_spans(raw: str, window: int) -> list[tuple[int, int]]:
    """The spans of the Markdown code fences in the first ``window`` characters: markup
    shown there is a code sample (a Markdown dump of a post about HTML), not the page's.
    An unclosed fence runs to the window's end."""
    marks = [m.start() for m in _FENCE.finditer(raw, 0, window)]
    if len(marks) % 2:
        marks.append(window)
    return list(zip(marks[::2], marks[1::2], strict=True))


def as_tree(page: Any) -> Any:
    """An lxml element for a BeautifulSoup object or an lxml element; None for str/bytes."""
    if isinstance(page, (str, bytes, bytearray, memoryview)):
        return None
    mod = type(page).__module__
    if mod.startswith("bs4"):
        from .html import parse as parse_html  # lxml: imported when a page needs it

        return parse_html(str(page))
    if mod.startswith("lxml") and hasattr(page, "iter") and hasattr(page, "tag"):
        return page
    return None


def empty_tree_warning(page: Any) -> list[str]:
    """A warning for a BeautifulSoup tree parsed from bytes that holds no text at all:
    bs4 with lxml returns an empty tree for some GB2312/GBK-labelled pages, which would
    otherwise come back as an empty result that looks like a page without an article."""
    if not type(page).__module__.startswith("bs4") or getattr(page, "original_encoding", None) is None:
        return []
    if page.get_text().strip():
        return []
    return [
        f"the BeautifulSoup tree holds no text although it was parsed from bytes "
        f"({page.original_encoding}): its parser lost the page; pass the page's bytes to "
        "pagestrip.clean() instead, which decodes them itself"
    ]


def charset(content_type: str | None) -> str | None:
    """The ``charset=`` of a Content-Type, if it names one."""
    if not content_type:
        return None
    m = _CHARSET.search(content_type)
    return m.group(1) if m else None


def normalize_blocks(blocks: list[Block]) -> tuple[Normalized, list[Block]]:
    """Normalize each block on its own: an HTML block is a paragraph, never re-joined."""
    counts: Counter[str] = Counter(normalize("").counts)  # every count present, zero or not
    texts: list[str] = []
    evidence: list[Block] = []
    for b in blocks:
        if is_normal_line(b.text):
            texts.append(b.text)
            evidence.append(b)
            continue
        n = normalize(b.text, join_wraps=False)
        counts.update(n.counts)
        for piece in n.text.split("\n"):
            if piece:
                texts.append(piece)
                evidence.append(b)
    counts["blank_lines"] = 0
    return Normalized("\n".join(texts), dict(counts)), evidence
