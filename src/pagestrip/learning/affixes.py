"""A line's openings and endings: the leading and trailing pieces cut at a separator
(``标题_站点名``) or, softly, at a comma or sentence end, that recur on a site's pages.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..html import cjk_count
from .thresholds import (
    _LETTER,
    _LETTERS,
    _SOFT_PREFIX_AT,
    _SOFT_SUFFIX_AT,
    _WORD,
    MAX_AFFIX_CHARS,
    MAX_CUTS,
    MIN_AFFIX_LETTERS,
    PREFIX_SEPS,
    SOFT_MAX_CUTS,
    SOFT_MIN_LETTERS,
    SOFT_MIN_WORDS,
    SUFFIX_SEPS,
)


def soft_affixes(line: str, leading: bool) -> list[str]:
    """A line's openings cut after a comma or a space, or its endings after a sentence end
    (see :data:`SOFT_PREFIX_SEPS`): label-like pieces that no separator marks.

    Bounded like :func:`affixes`: within :data:`MAX_AFFIX_CHARS` of the end, at most
    :data:`SOFT_MAX_CUTS`, each piece with :data:`SOFT_MIN_LETTERS` letters (a CJK
    character counts two: it carries a word) and, cut at a space, :data:`SOFT_MIN_WORDS`
    words.
    """
    out: list[str] = []
    n = len(line)
    # ``endpos`` one further than the last cut point: the patterns look one character ahead.
    if leading:
        cuts: Iterable[int] = (
            i for m in _SOFT_PREFIX_AT.finditer(line, 0, MAX_AFFIX_CHARS + 1) if (i := m.start()) < MAX_AFFIX_CHARS
        )
    else:
        cuts = reversed(
            [i for m in _SOFT_SUFFIX_AT.finditer(line, max(0, n - 1 - MAX_AFFIX_CHARS)) if (i := m.start()) < n - 1]
        )
    for i in cuts:
        if leading:
            piece = line[: i + 1]
            if line[i] == " " and len(piece.split()) < SOFT_MIN_WORDS:
                continue
            if _WORD.search(line, i + 1) is None:
                continue
        else:
            piece = line[i + 1 :]
            if _WORD.search(line, 0, i + 1) is None:
                continue
        if not piece.strip():
            continue
        if len(_LETTER.findall(piece)) + cjk_count(piece) >= SOFT_MIN_LETTERS:
            out.append(piece)
            if len(out) >= SOFT_MAX_CUTS:
                break
    return out


def _soft(piece: str, what: str) -> bool:
    """Was ``piece`` cut without a separator (see :func:`soft_affixes`)?"""
    return piece[-1] not in PREFIX_SEPS if what == "prefix" else piece[0] not in SUFFIX_SEPS


def affixes(line: str, seps: str, leading: bool) -> list[str]:
    """A line's leading pieces ending at a separator, or its trailing pieces starting at one.

    Only cuts within :data:`MAX_AFFIX_CHARS` of the end, at most :data:`MAX_CUTS`,
    and only pieces holding :data:`MIN_AFFIX_LETTERS` letters that leave some of
    the line: the work per line is bounded, so counting stays linear.
    """
    out: list[str] = []
    n = len(line)
    span = range(min(n, MAX_AFFIX_CHARS)) if leading else range(n - 1, max(-1, n - 1 - MAX_AFFIX_CHARS), -1)
    for i in span:
        if line[i] not in seps:
            continue
        piece = line[: i + 1] if leading else line[i:]
        rest = line[i + 1 :] if leading else line[:i]
        if rest.strip() and len(_LETTERS.findall(piece)) >= MIN_AFFIX_LETTERS:
            out.append(piece)
            if len(out) >= MAX_CUTS:
                break
    return out
