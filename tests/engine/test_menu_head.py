"""A text dump of a blog or a paper opens with the site's menu: a long run of short,
capitalised entries (or two-to-four-character Chinese ones), sometimes printed twice, then
the headline, a byline or a date, and the text. The menu's entries are no title, however
long the run is, and they go as the head's; a song or a poem of short lines is no menu."""

from __future__ import annotations

import pagestrip

SECTIONS = [
    "Home", "About Us", "Contact", "Shop", "Support Us", "Local News", "Harbour Life", "Council Watch",
    "Schools", "Road Works", "Weather", "Sport", "Ferries", "Letters", "Obituaries", "Events",
    "Arts and Culture", "Business", "Real Estate", "Jobs", "Classifieds", "Archive", "Podcasts",
    "Photo Galleries", "Tide Tables", "Opinion", "Editorials", "Community Notes", "Fishing Report",
    "Island Voices", "Gardening", "Recipes", "Health", "Elections", "Courts", "Police Log",
    "Health Board", "Privacy Policy", "Terms of Use", "Advertise", "Newsletter", "Careers",
    "Corrections", "Staff", "History", "Volunteers", "Book Club", "Markets", "Transit", "Parks",
]  # fmt: skip
HEADLINE = "Harbour Dredging Pushed Back to Next Spring"
BYLINE = "Posted April 9, 2022 by Sam Keller"
BODY = [
    "The dredging of the inner harbour, promised for this autumn, will not start before March, the port "
    "authority said on Tuesday.",
    "Fishing crews say the silt has already closed two berths at low tide, and that another winter of "
    "waiting will cost them their best weeks.",
    "The authority blames a late environmental review; the contractor says its barges are booked "
    "elsewhere until the new year.",
]


def _page(menu: list[str], *, byline: bool = True) -> str:
    return "\n".join([*menu, HEADLINE, *([BYLINE] if byline else []), *BODY])


def _removed(result: pagestrip.CleanResult) -> dict[str, str]:
    return {r.text: r.rule for r in result.removed}


def test_a_long_menu_over_the_headline_goes_and_the_headline_is_the_title() -> None:
    result = pagestrip.clean(_page(SECTIONS[:30]))
    assert result.title == HEADLINE
    removed = _removed(result)
    assert all(removed.get(entry) == "page.above-title" for entry in SECTIONS[:30]), removed
    assert all(p in result.text for p in BODY)


def test_a_menu_past_the_usual_head_is_still_the_heads() -> None:
    result = pagestrip.clean(_page(SECTIONS, byline=False))
    assert result.title == HEADLINE
    assert not any(entry in result.text.splitlines() for entry in SECTIONS)
    assert all(p in result.text for p in BODY)


def test_a_menu_entry_is_no_title_even_when_it_names_a_kind_of_document() -> None:
    # "Letters" and "Freedom of Speech" name genres; inside a menu they are entries
    menu = [*SECTIONS[:12], "Freedom of Speech", *SECTIONS[12:20]]
    assert pagestrip.clean(_page(menu)).title == HEADLINE


def test_a_menu_printed_twice_repeats_no_title() -> None:
    # the desktop menu, then the phone's with its counters: an entry printed twice is no title
    menu = [*SECTIONS[:20], *(f"{entry} 2" for entry in SECTIONS[:20])]
    result = pagestrip.clean(_page(menu, byline=False))
    assert result.title == HEADLINE


def test_a_short_title_closing_the_menu_run_is_the_title() -> None:
    short = "Ferry Fares Rise"
    text = "\n".join([*SECTIONS[:25], short, *BODY])
    result = pagestrip.clean(text)
    assert result.title == short
    assert _removed(result).get(SECTIONS[24]) == "page.above-title"


def test_a_glued_site_name_and_motto_over_the_menu_is_not_the_title() -> None:
    motto = "Harbour Gazette.comNews From the Island Since Nineteen Hundred and Four"
    text = "\n".join([*SECTIONS[:10], motto, *SECTIONS[10:45], HEADLINE, BYLINE, *BODY])
    result = pagestrip.clean(text)
    assert result.title == HEADLINE
    assert motto not in result.text


def test_a_long_chinese_menu_of_short_entries_goes_above_the_title() -> None:
    menu = [
        "首页",
        "新闻中心",
        "政务公开",
        "办事服务",
        "互动交流",
        "走进本县",
        "专题专栏",
        "视频新闻",
        "图片新闻",
        "通知公告",
    ] * 5
    title = "关于做好今冬明春森林防火工作的通知"
    body = [
        "各乡镇人民政府，县直各有关单位：当前已进入森林防火紧要期，为切实做好今冬明春森林防火工作，现将有关事项通知如下。",
        "一要压实责任，各乡镇要层层签订防火责任书，把责任落实到山头地块，确保每一片林地都有人管、有人护。",
    ]
    result = pagestrip.clean("\n".join([*menu, title, *body]))
    assert result.title == title
    assert not any(entry in result.text.splitlines() for entry in menu)


def test_a_song_of_short_lines_is_no_menu() -> None:
    # lines of a song are not in title case: the first line stays the title, no line goes
    song = [
        "Tide Song",
        "the boats go out at five",
        "the gulls are up before them",
        "my father on the jetty",
        "his coffee going cold",
        "the water slate and silver",
        "the engine coughing twice",
        "and all the island sleeping",
        "but for the harbour light",
        "the nets are wet with morning",
    ]
    note = (
        "I wrote this song on the ferry home in 1998, and it is still the one people ask for when the "
        "pub stays open late."
    )
    result = pagestrip.clean("\n".join([*song, note]))
    assert result.title == "Tide Song"
    assert all(line in result.text for line in song[1:])


def test_a_date_in_words_under_the_headline_is_metadata_and_the_pages_date() -> None:
    text = "\n".join([*SECTIONS[:12], HEADLINE, "February 14, 2020", *BODY])
    result = pagestrip.clean(text)
    assert _removed(result).get("February 14, 2020") == "common.edge.date-words"
    assert result.date == "2020-02-14"


def test_a_letters_date_below_its_text_stays() -> None:
    text = "\n".join([HEADLINE, *BODY, "Yours faithfully,", "Sam Keller", "14 February 2020"])
    result = pagestrip.clean(text)
    assert "14 February 2020" in result.text


def test_the_title_with_its_sites_name_over_the_menu_does_not_open_the_article() -> None:
    # the dump's <title> line (headline - site) reads as prose; the date under the headline
    # is still above the article
    site_title = f"{HEADLINE} - The Harbour Gazette Online Edition"
    text = "\n".join([site_title, *SECTIONS[:15], HEADLINE, "Friday, 8 April 2022", *BODY])
    result = pagestrip.clean(text)
    assert result.title == HEADLINE
    assert _removed(result).get("Friday, 8 April 2022") == "common.edge.date-words"
