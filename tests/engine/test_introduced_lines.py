"""A line a sentence introduces with a colon stays (engine.matching._introduced_lines): the
address a post points to. Alone, or under a short label, a URL line is still chrome."""

from __future__ import annotations

import pagestrip

BODY = (
    "Neutering is one of the most common procedures a vet performs, and the evidence on it has grown a lot "
    "over the last twenty years, which is why the advice has changed."
)
URL = "http://www.skeptvet.com/index.php?p=the-risks-of-neutering"


def _text(above: str) -> str:
    return "\n\n".join(["Neutering questions", BODY, above, URL, BODY.replace("grown", "changed")])


def test_a_url_a_sentence_introduces_stays() -> None:
    r = pagestrip.clean(_text("Please read this, then ask if you have more questions or want to discuss it:"))
    assert URL in r.text


def test_a_url_under_a_finished_sentence_goes() -> None:
    r = pagestrip.clean(_text("Please read the article below before you ask any more questions."))
    assert URL not in r.text
    assert [x.rule for x in r.removed if x.text == URL] == ["common.chrome.url"]


def test_a_url_under_a_short_label_goes() -> None:
    r = pagestrip.clean(_text("Source:"))
    assert URL not in r.text
