"""A WordPress post as text: its Jetpack related entries (a title, a date, ``In “Garden”``)
and a comment form whose heading a theme writes in capitals with a full stop."""

from __future__ import annotations

import pagestrip

POST = [
    "Replacing the garden fence",
    "Last spring the old fence finally gave up after twenty winters of wind and rain. We replaced it ourselves.",
    "The posts went in first, set in gravel rather than concrete so that water drains away from the timber.",
    "After that the rails and boards took a single weekend, and the job cost less than half of the lowest quote.",
]
TAIL = ["Related", "Building a raised bed", "August 25, 2018", "In “Garden”", "LEAVE A COMMENT.", "Comment", "Name *"]


def test_the_comment_heading_with_a_full_stop_starts_the_tail() -> None:
    result = pagestrip.clean("\n\n".join(POST + TAIL))
    rules = {r.text: r.rule for r in result.removed}
    assert rules.get("In “Garden”") == "en.related.in-category"
    assert "LEAVE A COMMENT." in rules and "Name *" in rules
    assert all(p in result.text for p in POST[1:])


def test_a_sentence_that_opens_with_a_quoted_title_is_kept() -> None:
    line = "In “The Raven”, Poe sets a grieving student against a bird that repeats a single word."
    result = pagestrip.clean("\n\n".join([*POST, line]))
    assert line in result.text
