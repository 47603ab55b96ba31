"""Headings of the article: a how-to's section heading that its first paragraph opens with
in bold is no abstract of it; a heading whose whole section went (its link list) goes too."""

from __future__ import annotations

import pagestrip

_INTRO = (
    "While dried figs are more commonly featured in recipes, fresh figs are an absolute treat. They pair "
    "beautifully with a wide variety of sweet and savory dishes, and here are some ways to eat them."
)
_FIGS = (
    "<strong>Figs with mascarpone and honey</strong> are an easy, delicious dessert that can be prepared in no "
    "time. Slice the figs in half lengthwise and top with a small dollop of mascarpone cheese."
)
_HAM = (
    "If you're having guests over, <strong>prosciutto-wrapped figs</strong> are an amazing party appetizer. "
    "Simply slice the figs in half, wrap with good prosciutto, and secure with a toothpick."
)


def _page(more: str = "") -> str:
    return (
        "<html><head><title>How to Eat Fresh Figs</title></head><body><article><h1>How to Eat Fresh Figs</h1>"
        f"<p>{_INTRO}</p><section><h2>Figs with Mascarpone and Honey</h2><p>{_FIGS}</p></section>"
        f"<section><h2>Prosciutto-Wrapped Figs</h2><p>{_HAM}</p></section>{more}</article></body></html>"
    )


def test_a_section_heading_its_paragraph_opens_with_stays() -> None:
    lines = pagestrip.clean(_page()).text.split("\n")
    assert "Figs with Mascarpone and Honey" in lines
    assert "Prosciutto-Wrapped Figs" in lines


def test_the_heading_of_a_removed_link_list_goes() -> None:
    links = "".join(f'<li><a href="/{w}">Fig {w}</a></li>' for w in ("Jam", "Preserves", "Wine"))
    result = pagestrip.clean(_page(f"<section><h2>More Recipes That Use Fresh Figs</h2><ul>{links}</ul></section>"))
    assert "More Recipes That Use Fresh Figs" not in result.text
    assert [r.rule for r in result.removed if r.text == "More Recipes That Use Fresh Figs"] == ["html.orphan-heading"]
    assert result.text.split("\n")[-1].startswith("If you're having guests over")


def test_a_heading_over_a_sub_heading_with_text_stays() -> None:
    more = "<h2>Storing figs</h2><h3>In the fridge</h3><p>Keep fresh figs in the fridge for two or three days.</p>"
    lines = pagestrip.clean(_page(more)).text.split("\n")
    assert lines[-3:] == ["Storing figs", "In the fridge", "Keep fresh figs in the fridge for two or three days."]


_QUESTION = (
    "I will do all my programming in java which I am very good at and will not have to spend time hacking "
    "css which I am not very good at"
)


def _thread(answer: str) -> str:
    # a Q&A page's shape: the question and the answers in one column, each post's text in its box
    return (
        "<html><head><title>wicket vs Vaadin</title></head><body><div id='mainbar'>"
        "<div class='question'><div class='post-text'><p>Am torn between wicket and vaadin. I am starting a "
        "micro-isv and need to make a choice of web framework.</p><ol><li>I wont have to worry much about the "
        f"look and feel. It comes with nice themes</li><li>{_QUESTION}</li></ol></div></div>"
        "<div class='answer'><div class='post-text'><p>I think I've invested some time for both frameworks. I "
        f"really like both because they bring the Swing-alike coding to web development.</p>{answer}"
        "<p>Then Vaadin would be 'better'.</p></div></div></div></body></html>"
    )


def test_an_answer_quoting_the_question_keeps_its_quote() -> None:
    lines = pagestrip.clean(_thread(f"<blockquote><p>{_QUESTION}</p></blockquote>")).text.split("\n")
    assert lines.count(_QUESTION) == 2


def test_text_printed_again_outside_a_quote_is_a_copy() -> None:
    lines = pagestrip.clean(_thread(f"<p>{_QUESTION}</p>")).text.split("\n")
    assert lines.count(_QUESTION) == 1


def test_one_quote_printed_twice_is_a_copy() -> None:
    quote = f"<blockquote><p>{_QUESTION} and more of the same.</p></blockquote>"
    lines = pagestrip.clean(_thread(quote + quote)).text.split("\n")
    assert lines.count(f"{_QUESTION} and more of the same.") == 1
