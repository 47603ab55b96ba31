"""The engine's lines in and kept text out: the pipeline's helpers around it.

:func:`segment` cuts the normalized text into its non-empty lines with their
offsets (stage 3); :func:`kept_pieces` gives the spans of each line left once
the removals are cut out; :func:`has_word` says whether a piece holds a letter
or a digit.
"""

from __future__ import annotations

from .. import lazyre
from ..model import Line, Removal
from ..textshape import trimmed

_HAS_WORD = lazyre.compile(r"[\p{L}\p{N}]")


def segment(text: str) -> list[Line]:
    """Stage 3: the normalized text's lines, with their offsets."""
    lines: list[Line] = []
    pos = 0
    for i, chunk in enumerate(text.split("\n")):
        if chunk:  # an empty line is no line (a text page has one between paragraphs)
            lines.append(Line(i, pos, pos + len(chunk), chunk))
        pos += len(chunk) + 1
    return lines


def kept_pieces(text: str, lines: list[Line], removals: list[Removal]) -> list[tuple[int, int]]:
    """The spans of each line left once the removals are cut out, whitespace-trimmed."""
    pieces: list[tuple[int, int]] = []
    ri = 0
    for ln in lines:
        pos = ln.start
        while ri < len(removals) and removals[ri].end <= ln.start:
            ri += 1
        j = ri
        segs: list[tuple[int, int]] = []
        while j < len(removals) and removals[j].start < ln.end:
            r = removals[j]
            if r.start > pos:
                segs.append((pos, r.start))
            pos = max(pos, r.end)
            j += 1
        if pos < ln.end:
            segs.append((pos, ln.end))
        pieces += [span for s, e in segs if (span := trimmed(text, s, e))[0] < span[1]]
    return pieces


def has_word(s: str) -> bool:
    return _HAS_WORD.search(s) is not None
