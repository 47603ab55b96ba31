"""Teaser feeds told by their cut: summaries a template truncated to one length.

A recommendation feed shows each story's opening cut to a fixed number of characters
and closed with an ellipsis (…影片延续兄弟互怼的幽默嘻哈特色，黄金搭档再度联手，...).
Three or more such lines, one after another, of nearly the same length, are a machine's
work, not a writer's: a writer who trails off does not do it at the same length three
times running, and a list of items a writer ends with "…" varies in length (a contents
list of stories with their openings, on the corpus, runs 74, 113, 167 characters). The
feed's markup often says what it is (``related``, ``recommend``) and the HTML structure
takes it; this stage finds it where the markup names nothing and in text pages, by the
cut alone.
"""

from __future__ import annotations

from .. import lazyre
from ..rules import structure as st
from .page import _Page

#: A summary shorter than this is a title or a caption ending "…", not a cut paragraph.
CUT_TEASER_MIN_CHARS = 24
#: This many cut summaries in a row make a feed: two can be a writer's.
CUT_TEASER_MIN_RUN = 3
#: The longest summary of the run is at most this many times the shortest: the template
#: cuts at one length (the corpus's feeds: 1.00–1.13; a writer's list: 2.3).
CUT_TEASER_MAX_SPREAD = 1.25
#: Between two summaries, a line this short may stand (the next teaser's headline, its
#: date); it goes with the feed.
CUT_TEASER_GAP_MAX_CHARS = 50

#: One ellipsis closing the line: "..." or "…", not a writer's "……" or "....".
_CUT = lazyre.compile_re(r"(?<![.…])(?:\.{3}|…)\s*$")
#: What a cut line ends with, for a test before the pattern: most lines end otherwise.
_ENDS = ("...", "…")


def _is_cut(line: str) -> bool:
    """Does ``line`` (stripped) end in one ellipsis, and is it long enough to be a summary?"""
    return len(line) >= CUT_TEASER_MIN_CHARS and line.endswith(_ENDS) and _CUT.search(line) is not None


def _cut_teasers(page: _Page) -> None:
    """Runs of CUT_TEASER_MIN_RUN or more summaries cut to nearly one length go as
    ``page.cut-teaser``, with the short lines between them. The lines other rules took
    (the feed's headlines, its view counts) are read as gone: the run is what is left of
    the feed, and they keep their rules. One pass over the lines."""
    rule = page.rule(st.CUT_TEASER)
    if rule is None:
        return
    run: list[int] = []  # the run's summaries
    gaps: list[int] = []  # the short lines between them
    pending: list[int] = []  # short lines after the run's last summary, not yet inside it

    def close() -> None:
        lengths = [len(page.lines[k].text.strip()) for k in run]
        if len(run) >= CUT_TEASER_MIN_RUN and max(lengths) <= CUT_TEASER_MAX_SPREAD * min(lengths):
            for k in (*run, *gaps):
                page.hit_line(k, rule)

    hit = page.line_hit
    for k, ln in enumerate(page.lines):
        if k in hit:  # what a rule took is not on the page between them
            continue
        text = ln.text.strip()
        if not text:
            continue
        if _is_cut(text):
            gaps.extend(pending)
            pending = []
            run.append(k)
        elif run and len(text) <= CUT_TEASER_GAP_MAX_CHARS and not pending:
            pending.append(k)
        else:
            close()
            run, gaps, pending = [], [], []
    close()
