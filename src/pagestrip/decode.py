"""Stage 1: bytes to text.

Order of evidence, strongest first: a byte-order mark, a charset the page
declares in its first kilobytes (``<meta charset>``), strict UTF-8, then
charset-normalizer's guess. GBK and GB2312 are read as GB18030, their
superset, because Chinese sites routinely label GB18030 text as GBK and the
narrower codecs then fail on the first rare character. Whatever happens, the
caller gets text back: undecodable input is decoded best-effort and the
result carries a warning instead of an exception.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

import regex

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # must precede UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_META_CHARSET = regex.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", regex.IGNORECASE
)

#: Codecs that are read as a wider, compatible codec.
_WIDEN = {
    "gbk": "gb18030", "gb2312": "gb18030", "gb_2312": "gb18030", "cp936": "gb18030",
    "x-gbk": "gb18030", "euc-cn": "gb18030", "hz-gb-2312": "gb18030",
    "big5": "big5hkscs", "cp950": "big5hkscs",
    "ascii": "utf-8", "us-ascii": "utf-8", "iso-8859-1": "cp1252", "latin-1": "cp1252",
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


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode(data: bytes | str, declared: str | None = None) -> Decoded:
    """Decode ``data``; ``declared`` is a charset from outside (an HTTP header)."""
    if isinstance(data, str):
        return Decoded(data, None)
    if not data:
        return Decoded("", None)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = _try(data[len(bom):], enc)
            if text is not None:
                return Decoded(text, enc)
    warnings: list[str] = []
    candidates: list[str] = []
    if declared:
        candidates.append(declared)
    m = _META_CHARSET.search(data[:4096])
    if m:
        candidates.append(m.group(1).decode("ascii", "replace"))
    for name in candidates:
        enc = widen(name)
        text = _try(data, enc)
        if text is not None:
            return Decoded(text, enc)
        warnings.append(f"declared charset {name!r} does not decode this page; detected instead")
    text = _try(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8", warnings)
    return _detect(data, warnings)


def _detect(data: bytes, warnings: list[str]) -> Decoded:
    from charset_normalizer import from_bytes  # imported lazily: it is slow to import

    best = from_bytes(data[:200_000]).best()  # a sample: detection time grows with size
    if best is not None and best.encoding:
        enc = widen(best.encoding)
        text = _try(data, enc)
        if text is not None:
            return Decoded(text, enc, warnings)
        for fallback in ("gb18030", "big5hkscs"):
            text = _try(data, fallback)
            if text is not None:
                return Decoded(text, fallback, warnings)
        warnings.append(f"input is not valid {enc}; undecodable bytes were replaced")
        return Decoded(data.decode(enc, errors="replace"), enc, warnings)
    warnings.append("could not detect the input's encoding; decoded as UTF-8 with replacement characters")
    return Decoded(data.decode("utf-8", errors="replace"), "utf-8", warnings)
