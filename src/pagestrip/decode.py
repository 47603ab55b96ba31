"""Stage 1: bytes to text.

Order of evidence, strongest first: a byte-order mark, a charset the page
declares in its first kilobytes (``<meta charset>``), strict UTF-8, then
charset-normalizer's guess. GBK and GB2312 are read as GB18030, their
superset, because Chinese sites routinely label GB18030 text as GBK and the
narrower codecs then fail on the first rare character. Whatever happens, the
caller gets text back: undecodable input is decoded best-effort and the
result carries a warning instead of an exception.

A declared charset is a claim, not a fact. Bytes that are valid UTF-8 (and not
plain ASCII) are read as UTF-8 whatever a legacy label says, with a warning:
a page mislabelled ``gb2312`` or ``iso-8859-1`` is common, while GBK or
Latin-1 text that happens to be valid UTF-8 is vanishingly rare. Labels that
name no text encoding (``undefined``, ``punycode``, ``rot13``, a typo) are
ignored with a warning, and a ``utf-16`` label on bytes that are plainly
8-bit (the label was found in them as ASCII) is ignored too.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

import regex

from . import lazyre
from .vocabulary import CHARSET_IS, CHARSET_NAME_CHARS

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # must precede UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: A <meta> charset in the page's first bytes (read before the page is text, so a
#: bytes pattern; its name bounded, as the bytes are anything).
_META_CHARSET = lazyre.compile(
    rf"<meta[^>]{{0,200}}?{CHARSET_IS}\s*([{CHARSET_NAME_CHARS}]{{2,40}})".encode("ascii"), regex.IGNORECASE
)

#: Codecs that are read as a wider, compatible codec.
_WIDEN = {
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "gb_2312": "gb18030",
    "cp936": "gb18030",
    "x-gbk": "gb18030",
    "euc-cn": "gb18030",
    "hz-gb-2312": "gb18030",
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
    "ascii": "utf-8",
    "us-ascii": "utf-8",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
}


@dataclass
class Decoded:
    text: str
    encoding: str | None
    warnings: list[str] = field(default_factory=list)


def widen(name: str) -> str:
    """Map a declared or detected codec name to the codec we actually use."""
    key = name.strip().lower().replace("_", "-")
    key = {"gb-2312": "gb2312", "utf8": "utf-8"}.get(key, key)
    try:
        canonical = codecs.lookup(key).name
    except LookupError:
        return key
    return _WIDEN.get(key, _WIDEN.get(canonical, canonical))


#: Codecs Python knows that are no charset a web page can be in: they raise on
#: any input (``undefined``), encode something else (``punycode``, ``idna``,
#: escapes) or let a page smuggle markup past filters (``utf-7``, which the
#: HTML standard forbids).
_NOT_PAGE_CHARSETS = frozenset(
    {"undefined", "punycode", "idna", "unicode-escape", "raw-unicode-escape", "utf-7", "palmos", "mbcs", "oem"}
)
#: Codecs whose text is not ASCII-compatible: a label naming one cannot have
#: been read as ASCII from the page's own bytes.
_WIDE = ("utf-16", "utf-32")
_SURROGATE = lazyre.compile_re("[\ud800-\udfff]")


def usable(name: str) -> str | None:
    """The codec to decode with for a charset label, or None for a label that names no page charset."""
    enc = widen(name)
    try:
        info = codecs.lookup(enc)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name.replace("_", "-") in _NOT_PAGE_CHARSETS:
        return None
    return enc


def _try(data: bytes, encoding: str, partial: bool = False) -> str | None:
    """``data`` decoded strictly, or None; ``partial``: the bytes were cut, so an
    incomplete character at the very end is dropped instead of failing."""
    try:
        if partial:
            return codecs.getincrementaldecoder(encoding)().decode(data, final=False)
        return data.decode(encoding)
    except (UnicodeError, LookupError, ValueError, TypeError):
        return None


def scrub(text: str) -> tuple[str, int]:
    """``text`` with lone surrogates (which no encoder accepts) replaced by U+FFFD, and how many."""
    if _SURROGATE.search(text) is None:
        return text, 0
    out, n = _SURROGATE.subn("\ufffd", text)
    return out, n


def decode(data: bytes | str, declared: str | None = None, *, partial: bool = False) -> Decoded:
    """Decode ``data``; ``declared`` is a charset from outside (an HTTP header).

    ``partial`` says ``data`` was cut from a longer input, so a character split
    at the end is not a decoding error.
    """
    if isinstance(data, str):
        scrubbed, n = scrub(data)
        warn = [f"{n} lone surrogate code point(s) in the input replaced by U+FFFD"] if n else []
        return Decoded(scrubbed, None, warn)
    if not data:
        return Decoded("", None)
    for bom, bom_enc in _BOMS:
        if data.startswith(bom):
            text = _try(data[len(bom) :], bom_enc, partial)
            if text is not None:
                return Decoded(text, bom_enc)
    warnings: list[str] = []
    candidates: list[tuple[str, str]] = []
    if declared:
        candidates.append((declared, "declared"))
    m = _META_CHARSET.search(data[:4096])
    if m:
        candidates.append((m.group(1).decode("ascii", "replace"), "meta"))
    utf8: str | None = None
    utf8_tried = False
    for name, origin in candidates:
        enc = usable(name)
        if enc is None:
            warnings.append(f"ignored charset label {name!r}: not a known page encoding")
            continue
        if not utf8_tried:
            utf8, utf8_tried = _try(data, "utf-8", partial), True
        if enc == "utf-8":
            if utf8 is not None:
                return Decoded(utf8, "utf-8", warnings)
        elif enc.startswith(_WIDE) and (origin == "meta" or b"\x00" not in data[:4096]):
            warnings.append(f"ignored charset label {name!r}: the bytes are not {enc.upper()}")
            continue
        elif utf8 is not None:
            if not data.isascii():
                warnings.append(f"declared charset {name!r}, but the page is valid UTF-8: read as UTF-8")
                return Decoded(utf8, "utf-8", warnings)
            text = _try(data, enc, partial)
            return Decoded(text if text is not None else utf8, enc if text is not None else "utf-8", warnings)
        else:
            text = _try(data, enc, partial)
            if text is not None:
                return Decoded(text, enc, warnings)
        warnings.append(f"declared charset {name!r} does not decode this page; detected instead")
    if not utf8_tried:
        utf8 = _try(data, "utf-8", partial)
    if utf8 is not None:
        return Decoded(utf8, "utf-8", warnings)
    return _detect(data, warnings, partial)


def _detect(data: bytes, warnings: list[str], partial: bool = False) -> Decoded:
    from charset_normalizer import from_bytes  # imported lazily: it is slow to import

    best = from_bytes(data[:200_000]).best()  # a sample: detection time grows with size
    if best is not None and best.encoding and usable(best.encoding):
        enc = usable(best.encoding) or "utf-8"
        text = _try(data, enc, partial)
        if text is not None:
            return Decoded(text, enc, warnings)
        for fallback in ("gb18030", "big5hkscs"):
            text = _try(data, fallback, partial)
            if text is not None:
                return Decoded(text, fallback, warnings)
        warnings.append(f"input is not valid {enc}; undecodable bytes were replaced")
        return Decoded(data.decode(enc, errors="replace"), enc, warnings)
    warnings.append("could not detect the input's encoding; decoded as UTF-8 with replacement characters")
    return Decoded(data.decode("utf-8", errors="replace"), "utf-8", warnings)


#: File signatures of binary formats a crawl picks up next to its pages.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or Office file)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"OggS", "an Ogg file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"BM", None),
    (b"RIFF", None),
    (b"ID3", None),
    (b"\x00\x00\x00", None),
)
#: How much of the input the binary sniff looks at.
SNIFF_BYTES = 8192
#: Share of a sample's bytes that may be C0 control codes (other than
#: whitespace and ESC) in text: no legacy or UTF-8 page comes near it, while
#: compressed or image data has about 11 %.
MAX_CONTROL_SHARE = 0.05
#: ... and at least this many: a short page with a few stray NULs is still text.
MIN_CONTROL_BYTES = 16
_CONTROLS = bytes(c for c in range(32) if c not in (9, 10, 12, 13, 27))


def binary_kind(data: bytes, declared: str | None = None) -> str | None:
    """What binary format ``data`` is (``"a PNG image"``), or None when it may be text.

    A byte-order mark or a UTF-16/32 label means text whatever the bytes;
    otherwise a file signature, or many control codes (NUL included) not laid
    out as UTF-16 text has them, say binary.
    """
    if not data or any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    head = data[:SNIFF_BYTES]
    for magic, kind in _MAGIC:
        if head.startswith(magic) and kind is not None:
            return kind
    label = usable(declared) if declared else None
    if label is not None and label.startswith(_WIDE):
        return None
    controls = len(head) - len(head.translate(None, _CONTROLS))
    if controls > max(MIN_CONTROL_BYTES, MAX_CONTROL_SHARE * len(head)) and not _utf16_like(head):
        return "NUL bytes" if b"\x00" in head else "control codes"
    return None


def _utf16_like(head: bytes) -> bool:
    """NUL bytes as UTF-16 text has them: on one side of each pair, beside printable ASCII."""
    for parity in (0, 1):
        nuls = [i for i in range(parity, len(head) - 1, 2) if head[i] == 0]
        if not nuls:
            continue
        other = 1 if parity == 0 else -1
        ascii_beside = sum(
            1
            for i in nuls
            if 0 <= i + other < len(head) and (32 <= head[i + other] < 127 or head[i + other] in (9, 10, 13))
        )
        if ascii_beside >= 0.9 * len(nuls) and len(nuls) >= 0.9 * head.count(0):
            return True
    return False
