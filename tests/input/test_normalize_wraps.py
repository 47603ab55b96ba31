"""Hard wraps in Latin text are joined only where the line was full: a headline over its
byline on a page of long paragraphs is two lines, a paragraph wrapped at 72 columns is one."""

from __future__ import annotations

import textwrap

from pagestrip.normalize import normalize

PARAGRAPH = (
    "The city council voted seven to two on Tuesday to approve a sweeping transit plan that "
    "would add three new bus lines and extend light rail service to the airport by 2028, "
    "while opponents questioned whether the city could afford the price tag of the plan."
)


def test_a_headline_over_its_byline_is_not_a_wrap_on_a_page_of_long_lines() -> None:
    page = "\n".join(
        ["City council approves new transit plan after months of debate", "By Jane Doe and John Smith", PARAGRAPH]
    )
    lines = normalize(page).text.split("\n")
    assert lines[:2] == ["City council approves new transit plan after months of debate", "By Jane Doe and John Smith"]


def test_a_paragraph_wrapped_at_72_columns_is_joined_back() -> None:
    wrapped = textwrap.fill(PARAGRAPH, width=72)
    assert wrapped.count("\n") >= 2
    result = normalize("Transit plan approved\n\n" + wrapped)
    assert result.text.split("\n")[-1] == PARAGRAPH
    assert result.counts["hard_wraps"] == wrapped.count("\n")
