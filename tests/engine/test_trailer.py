"""A text dump's trailer: below the article's last paragraph, share buttons, a related
teaser, a network's site names, a copyright line and an app prompt. Rules take a few of
those lines; the short lines between and after them are the site's too, once rules of two
ids or more took lines there. What stands above the first of them stays."""

from __future__ import annotations

import pagestrip

ARTICLE = [
    "Harbour Dredging Pushed Back to Next Spring",
    "The dredging of the inner harbour, promised for this autumn, will not start before March, the port "
    "authority said on Tuesday.",
    "Fishing crews say the silt has already closed two berths at low tide, and that another winter of "
    "waiting will cost them their best weeks.",
    "The authority blames a late environmental review; the contractor says its barges are booked "
    "elsewhere until the new year.",
]
TRAILER = [
    "Share on Facebook",
    "Share on Twitter",
    "Forward by Email",
    "Print",
    "Send as a Text",
    "Our sister papers:",
    "Coast Weekly",
    "Valley Courier",
    "North Shore Times",
    "© 2024 Harbour Gazette",
    "Get breaking stories first.",
    "Not now",
]


def _kept(text: str) -> list[str]:
    return pagestrip.clean(text).text.splitlines()


def test_the_short_lines_between_and_after_the_trailers_rule_hits_go() -> None:
    result = pagestrip.clean("\n".join([*ARTICLE, *TRAILER]))
    kept = result.text.splitlines()
    assert not any(line in kept for line in TRAILER), kept
    assert all(p in result.text for p in ARTICLE[1:])
    rules = {r.text: r.rule for r in result.removed}
    assert rules["Coast Weekly"] == "page.trailer"


def test_an_articles_closing_list_above_the_first_hit_stays() -> None:
    closing = ["What changes for crews:", "Berth 4 closed at low tide", "Berth 7 closed until March"]
    kept = _kept("\n".join([*ARTICLE, *closing, *TRAILER]))
    assert all(line in kept for line in closing[1:]), kept


def test_one_rules_hits_alone_make_no_trailer() -> None:
    # two share buttons and nothing else the rules know: the lines after them stay
    tail = ["Share on Facebook", "Share on Twitter", "Coast Weekly", "Valley Courier"]
    kept = _kept("\n".join([*ARTICLE, *tail]))
    assert "Coast Weekly" in kept and "Valley Courier" in kept


def test_a_date_and_a_signature_in_the_trailer_stay() -> None:
    tail = ["Share on Facebook", "© 2024 Harbour Gazette", "2024年3月5日"]
    kept = _kept("\n".join([*ARTICLE, *tail]))
    assert "2024年3月5日" in kept


def test_html_is_left_to_its_markup() -> None:
    html = (
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in ARTICLE[1:])
        + "<p>Share on Facebook</p><p>© 2024 Harbour Gazette</p><p>Coast Weekly</p>"
        + "</article></body></html>"
    )
    result = pagestrip.clean(html)
    assert not any(r.rule == "page.trailer" for r in result.removed)
