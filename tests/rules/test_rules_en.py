"""The English rule pack (``en.*``) on realistic English pages.

Some English boilerplate (``© 2024 …``, ``Home > News > …``) is also matched by
the language-neutral patterns of the Chinese pack, which comes first; those
cases check the kind, and check the English rule with the ``zh.*`` rules
disabled.
"""

from __future__ import annotations

import pytest

import pagestrip
from pagestrip import Kind

TITLE = "City council debates new transport plan"

BODY = [
    "The city council met on Tuesday to debate the new transport plan, which would add three bus lines "
    "and extend the tram network to the northern suburbs by 2027.",
    "Supporters argued that the plan would cut commuting times for thousands of residents, while critics "
    "warned that the budget had already grown twice since the first draft.",
    "The mayor said the final vote would take place next month, after a round of public hearings in each "
    "district of the city.",
    "Officials expect construction to begin in the spring, provided the regional government approves the "
    "funding request before the end of the year.",
]


def build(head=(), body=BODY, tail=()):
    return "\n\n".join([*head, TITLE, *body, *tail])


def article_text(result) -> str:
    return "\n".join(a.text for a in result.articles)


def removal_of(result, text):
    found = [r for r in result.removed if r.text == text]
    assert found, f"{text!r} not removed; removed: {[(r.rule, r.text) for r in result.removed]}"
    return found[0]


def assert_body_kept(result):
    text = article_text(result)
    for para in BODY:
        assert para in text


@pytest.mark.parametrize(
    "line,rule",
    [
        ("All rights reserved.", "common.footer.rights"),
        ("© 2024 Example News Ltd. All rights reserved.", "common.footer.rights"),
        ("(c) 2024 Example News Ltd.", "en.footer.copyright"),
        ("Privacy Policy | Terms of Use | Contact Us", "en.footer.links"),
    ],
)
def test_copyright_and_footer_links(line, rule):
    result = pagestrip.clean(build(tail=[line]))
    r = removal_of(result, line)
    assert (r.kind, r.rule) == (Kind.FOOTER, rule)
    assert line not in article_text(result)
    assert_body_kept(result)


@pytest.mark.parametrize(
    "line,rule,kind",
    [
        ("© 2024 Example News Ltd. All rights reserved.", "en.footer.copyright", Kind.FOOTER),
        ("You are here: Home > News > Local", "en.chrome.breadcrumb", Kind.CHROME),
    ],
)
def test_english_pack_alone_covers_what_the_neutral_rules_take(line, rule, kind):
    result = pagestrip.clean(build(tail=[line]), disable=["zh.*", "common.*"])
    r = removal_of(result, line)
    assert (r.kind, r.rule) == (kind, rule)
    assert_body_kept(result)


@pytest.mark.parametrize(
    "line,rule",
    [
        ("We use cookies to improve your experience. By continuing you accept our cookie policy.", "en.chrome.cookies"),
        ("This website uses cookies to ensure you get the best experience.", "en.chrome.cookies"),
        ("Sign up for our free newsletter", "en.chrome.signup"),
        ("Subscribe to our newsletter for daily updates", "en.chrome.signup"),
        ("Sign in | Register", "en.chrome.signup"),
        ("Share this article", "en.chrome.share"),
        ("Page 2 of 5", "en.chrome.print-page"),
        ("Current Time 0:00", "en.chrome.video-player"),
        ("captions settings, opens captions settings dialog", "en.chrome.video-player"),
        ("Beginning of dialog window. Escape will cancel and close the window.", "en.chrome.video-player"),
        ("Playback Rate", "en.chrome.video-player"),
        ("You must login or create an account to comment.", "en.chrome.blog-furniture"),
        ("You are now signed up to receive the Breaking News newsletter.", "en.chrome.signup"),
        ("Thanks for subscribing!", "en.chrome.signup"),
        ("Click to share on Twitter (Opens in new window)", "en.chrome.share"),
        ("61Click to share on Facebook (Opens in new window)61", "en.chrome.share"),
        ("Click to email a link to a friend (Opens in new window)", "en.chrome.share"),
    ],
)
@pytest.mark.parametrize("where", ["head", "between paragraphs", "tail"])
def test_chrome_lines(line, rule, where):
    if where == "head":
        page = build(head=[line])
    elif where == "tail":
        page = build(tail=[line])
    else:
        page = build(body=[*BODY[:2], line, *BODY[2:]])
    result = pagestrip.clean(page)
    r = removal_of(result, line)
    assert (r.kind, r.rule) == (Kind.CHROME, rule)
    assert line not in article_text(result)
    assert_body_kept(result)


@pytest.mark.parametrize(
    "line,date",
    [
        ("Published on 2024-01-02 | By Jane Doe", "2024-01-02"),
        ("Published: 2024-03-03", "2024-03-03"),
        ("5 min read", None),
        # A byline and its stamps as a template's spans run them together.
        (
            "By Jane Doe and Sam LeePublished Nov. 18, 2024, 6:02 p.m. ETUpdated Nov. 19, 2024, 8:15 a.m. ET",
            "2024-11-18",
        ),
        ("By Jane Doe, CNN Updated 6:02 PM EST, Mon November 18, 2024", "2024-11-18"),
        ("By  Jane Slaughter  on Thu, Nov 9, 2023 at 4:00 am", "2023-11-09"),
        ("By JANE DOE and JOHN ROE | November 18, 2024 · 5 min read", "2024-11-18"),
    ],
)
def test_byline(line, date):
    result = pagestrip.clean("\n\n".join([TITLE, line, *BODY]))
    r = removal_of(result, line)
    assert (r.kind, r.rule) == (Kind.METADATA, "en.metadata.byline")
    assert result.date == date
    assert_body_kept(result)


@pytest.mark.parametrize(
    "line", ["Latest update : 2015-05-12", "Date created : 2015-05-12", "First published: 12 May 2015"]
)
def test_a_date_label_line_goes_wherever_it_stands(line):
    """Under a caption, between paragraphs, under the story: a date with its label is the
    page's metadata (France 24 prints "Latest update" under the lead picture and "Date
    created" under the story)."""
    for lines in ([TITLE, BODY[0], line, *BODY[1:]], [TITLE, *BODY, line]):
        result = pagestrip.clean("\n\n".join(lines))
        assert removal_of(result, line).rule == "en.metadata.byline"
        assert_body_kept(result)


def test_month_name_date_in_a_byline_becomes_the_page_date():
    result = pagestrip.clean("\n\n".join([TITLE, "By Jane Doe, March 3, 2024", *BODY]))
    assert removal_of(result, "By Jane Doe, March 3, 2024").kind is Kind.METADATA
    assert result.date == "2024-03-03"


def test_a_comments_time_in_the_pages_tail_is_not_the_page_date():
    tail = ["Related Posts", "Camera Settings Explained", "One thought on “Game Settings”", "Mensah James says:"]
    comment = ["November 1, 2020 at 3:32 am", "Please teach me how to set the game up after it is installed."]
    result = pagestrip.clean("\n\n".join([TITLE, *BODY, *tail, *comment]))
    assert result.date is None
    dated = pagestrip.clean("\n\n".join([TITLE, "By Jane Doe, March 3, 2024", *BODY, *tail, *comment]))
    assert dated.date == "2024-03-03"


@pytest.mark.parametrize("button", ["Continue reading", "Read more", "Show more"])
def test_read_more_button_on_its_own_line(button):
    result = pagestrip.clean(build(body=[*BODY[:3], button, *BODY[3:]]))
    r = removal_of(result, button)
    assert (r.kind, r.rule) == (Kind.TRUNCATION, "en.truncation.read-more")
    assert result.truncated is True
    assert_body_kept(result)


def test_read_more_after_a_teaser_keeps_the_teaser():
    teaser = "The plan would also add a night bus between the station and the university campus"
    result = pagestrip.clean(build(body=[*BODY[:3], teaser + "… Continue reading", *BODY[3:]]))
    assert removal_of(result, "… Continue reading").rule == "en.truncation.read-more"
    assert teaser in article_text(result)
    assert_body_kept(result)


def test_paywall_notice_opens_the_tail():
    result = pagestrip.clean(build(tail=["Subscribe to continue reading", "Already a subscriber? Log in"]))
    r = removal_of(result, "Subscribe to continue reading")
    assert (r.kind, r.rule) == (Kind.TRUNCATION, "en.truncation.paywall")
    # The log-in prompt under it is a button (chrome): a soft paywall ships the whole story.
    assert removal_of(result, "Already a subscriber? Log in").rule == "en.chrome.signup"
    assert result.truncated is True
    assert article_text(result) == "\n".join(BODY)


@pytest.mark.parametrize(
    "line",
    [
        "Already a subscriber? Log in",
        "If you’re seeing this message but you’re already a subscriber, you can log in for immediate access.",
    ],
)
def test_a_paywalls_log_in_prompt_is_chrome_not_a_cut(line):
    result = pagestrip.clean(build(tail=[line]))
    assert removal_of(result, line).rule == "en.chrome.signup"
    assert article_text(result) == "\n".join(BODY)
    assert not result.truncated


@pytest.mark.parametrize(
    "heading",
    [
        *("Related articles", "You may also like:", "Read next", "Related coverage", "Recommended related news"),
        *("Related Blogs", "Related Resources", "Keep reading", "Other stories you might like"),
        *("You might also enjoy", "Up Next", "More like this"),
    ],
)
def test_related_heading_takes_the_teasers_after_it(heading):
    teasers = ["Budget row delays tram extension", "New bus lines planned for northern suburbs"]
    result = pagestrip.clean(build(tail=[heading, *teasers]))
    r = removal_of(result, heading)
    assert (r.kind, r.rule) == (Kind.RELATED, "en.related.heading")
    for line in teasers:
        r = removal_of(result, line)
        assert (r.kind, r.rule) == (Kind.RELATED, "page.related-item")
    assert article_text(result) == "\n".join(BODY)


def test_previous_next_links():
    tail = ["Previous article: Mayor opens new library", "Next post: Budget row delays tram extension"]
    result = pagestrip.clean(build(tail=tail))
    for line in tail:
        assert removal_of(result, line).kind is Kind.RELATED
    assert removal_of(result, tail[0]).rule == "en.related.prev-next"
    assert article_text(result) == "\n".join(BODY)


@pytest.mark.parametrize(
    "line",
    [
        "Under copyright law, the author of a work holds exclusive rights to reproduce and distribute it, "
        "although fair use allows limited quotation.",
        "My grandmother baked chocolate chip cookies every Sunday, and the whole street could smell them by noon.",
        "Read more about the history of the tram network, and you will see why the northern suburbs were left out.",
        "Related articles in the press suggested the plan was doomed, but the council pressed ahead anyway.",
        "The committee will publish page 2 of its report next week.",
        "Subscribe to the idea that buses are cheaper than trams, and the numbers start to make sense.",
        # A video player's labels only as the player writes them, alone on a line.
        "Picture-in-Picture",
        "Progress: 80%",
        "The current time 10:30 was chosen so that commuters could attend before work started.",
    ],
)
def test_prose_that_mentions_rule_words_is_kept(line):
    result = pagestrip.clean(build(body=[*BODY[:3], line, *BODY[3:]]))
    assert line in article_text(result)
    start = result.normalized.find(line)
    assert not any(r.start < start + len(line) and r.end > start for r in result.removed)
    assert_body_kept(result)
    assert result.truncated is False


@pytest.mark.parametrize(
    "line",
    [
        "Tags on the old lamp posts will be replaced with QR codes that link to the timetable.",
        "Tag teams of volunteers will count passengers at every stop during the first month.",
    ],
)
def test_paragraph_opening_with_tag_does_not_open_the_related_tail(line):
    result = pagestrip.clean(build(body=[*BODY[:3], line, *BODY[3:]]))
    assert line in article_text(result)
    assert_body_kept(result)


@pytest.mark.parametrize(
    "line,rule",
    [
        pytest.param(
            "Join the free bus trial that starts next week, the council urged commuters.",
            "en.chrome.signup",
            id="join-free",
        ),
        pytest.param(
            "Advertisement revenue from the tram stops will fund the new bus shelters.",
            "en.chrome.share",
            id="advertisement-revenue",
        ),
    ],
)
def test_short_sentences_opening_with_a_chrome_word_are_kept(line, rule):
    result = pagestrip.clean(build(body=[*BODY[:3], line, *BODY[3:]]))
    assert rule not in {r.rule for r in result.removed}
    assert line in article_text(result)


def test_without_the_chinese_pack_a_path_chain_still_goes():
    """Structural decisions read rule tags, not zh.* ids: the packs stand alone."""
    page = "\n".join(["Home > News > Local", "Council approves new park", *BODY])
    result = pagestrip.clean(page, disable=["zh.*"])
    assert "Home > News" not in article_text(result)
    assert_body_kept(result)


@pytest.mark.parametrize(
    "line",
    [
        "The farm, powered by solar panels since 2019, now sells electricity back to the grid every summer.",
        "The charter says all rights reserved to the states remain with them, as the court held.",
        "He signed the letter © and dated it, which the archive still keeps today in its collection.",
    ],
)
def test_prose_that_mentions_copyright_words_stays(line):
    result = pagestrip.clean(build(body=[BODY[0], line, *BODY[1:]]))
    assert line in article_text(result)


def test_a_glued_menu_goes_and_camel_case_code_stays() -> None:
    import pagestrip

    body = (
        "The committee met on Tuesday to review the budget, and after a long discussion it agreed to fund "
        "the new library wing next spring."
    )
    page = "\n".join(
        [
            "HomeNewsSportsWeatherBusinessTravelCultureOpinionContact",
            "Budget Approved",
            body,
            "Call getElementById addEventListener querySelector removeChild appendChild in order",
            body + " Again.",
            "PowerPoint JavaScript TypeScript",
        ]
    )
    result = pagestrip.clean(page)
    removed = {r.text: r.rule for r in result.removed}
    assert removed.get("HomeNewsSportsWeatherBusinessTravelCultureOpinionContact") == "en.chrome.glued-menu"
    assert "getElementById" in result.text  # camelCase starts lower-case: code, not a menu
    assert "en.chrome.glued-menu" not in {r.rule for r in result.removed if "PowerPoint" in r.text}


@pytest.mark.parametrize(
    "heading", ["Most popular", "Trending now", "Most read", "Discover our latest editorial picks"]
)
def test_a_lone_most_popular_heading_inside_the_article_does_not_end_it(heading):
    # Issue 11 item 12: past half the page, the heading opened the tail and took the prose under it.
    last = "Residents can comment on the plan online until the end of the month, the council said."
    result = pagestrip.clean(build(body=[*BODY[:3], heading, BODY[3], last]))
    assert removal_of(result, heading).rule == "en.related.popular-heading"
    assert article_text(result) == "\n".join([*BODY, last])


def test_a_most_popular_heading_over_titles_still_takes_them():
    teasers = ["Budget row delays tram extension", "New bus lines planned for northern suburbs"]
    result = pagestrip.clean(build(tail=["Most popular", *teasers]))
    for line in teasers:
        assert removal_of(result, line).rule == "page.related-item"
    assert article_text(result) == "\n".join(BODY)


def test_menu_words_above_the_title_are_head_chrome():
    page = build(head=["Economics Class", "Study Guides", "Select network"]).replace(
        TITLE, f"{TITLE}\n\nPosted on May 3, 2024 by Jane Doe"
    )
    result = pagestrip.clean(page)
    for line in ["Economics Class", "Study Guides"]:
        assert removal_of(result, line).rule == "page.above-title"
    assert removal_of(result, "Select network").rule == "en.chrome.share"  # a named rule keeps its name
    assert article_text(result) == "\n".join(BODY)


@pytest.mark.parametrize(
    "caption",
    [
        "Retirement. A special event in the workplace (click on the photo for a larger image).",
        "Click the image to view a larger version",
        "The harbour wall in 1910 (tap on the picture to see the full-size image)",
    ],
)
def test_a_click_to_enlarge_caption_goes(caption):
    result = pagestrip.clean(build(body=[BODY[0], caption, *BODY[1:]]))
    assert removal_of(result, caption).rule == "en.chrome.image-enlarge"
    assert article_text(result) == "\n".join(BODY)


def test_prose_that_mentions_clicking_a_photo_stays():
    line = (
        "Readers who click on the photo for a larger image will see the cracks the storms left in the "
        "old wall, which engineers have measured every winter since 2019 and now want to repair quickly."
    )
    result = pagestrip.clean(build(body=[BODY[0], line, *BODY[1:]]))
    assert line in article_text(result)


def test_a_byline_between_the_title_and_its_repeat_goes():
    page = build(body=BODY).replace(TITLE, f"{TITLE}\n\nCarlos M. Albuja\n\nThe {TITLE}", 1)
    result = pagestrip.clean(page)
    assert removal_of(result, "Carlos M. Albuja").rule == "page.above-title"
    assert article_text(result) == "\n".join(BODY)


@pytest.mark.parametrize(
    "heading",
    ["Latest articles", "Editor's picks", "Discover our latest editorial picks", "Recent Posts", "Trending Articles"],
)
def test_a_latest_list_heading_takes_its_titles(heading):
    teasers = ["Budget row delays tram extension", "New bus lines planned for northern suburbs"]
    result = pagestrip.clean(build(tail=[heading, *teasers]))
    assert removal_of(result, heading).rule in ("en.related.popular-heading", "en.chrome.section")
    assert article_text(result) == "\n".join(BODY)


@pytest.mark.parametrize(
    "line", ["Do you want to be informed of our actions? Sign up here", "Get the weekly digest. Subscribe now!"]
)
def test_a_line_ending_in_a_call_to_sign_up_goes(line):
    result = pagestrip.clean(build(tail=[line]))
    assert removal_of(result, line).rule == "en.chrome.signup"
    assert article_text(result) == "\n".join(BODY)


@pytest.mark.parametrize(
    "line",
    [
        "Residents who want a say in the plan can sign up for the hearings at the town hall before March.",
        "Members who had already registered could log in to the old portal until the end of the year, officials said.",
        "Customers who are already a subscriber can log in to the new app starting Monday, the company said.",
        "If you are already a member, you can sign in at the front desk to borrow one of the e-readers.",
    ],
)
def test_a_sentence_that_mentions_signing_up_stays(line):
    result = pagestrip.clean(build(body=[BODY[0], line, *BODY[1:]]))
    assert line in article_text(result)


@pytest.mark.parametrize("line", ["Search for articles and topics on Wevolver", "Search LA Weekly", "Search this site"])
def test_a_search_box_label_goes(line):
    result = pagestrip.clean(build(tail=[line]))
    assert removal_of(result, line).rule == "en.chrome.search"


@pytest.mark.parametrize("line", ["Search and rescue", "Search teams found the climbers before dawn."])
def test_a_heading_or_sentence_about_searching_stays(line):
    result = pagestrip.clean(build(body=[BODY[0], line, *BODY[1:]]))
    assert "en.chrome.search" not in {r.rule for r in result.removed}


@pytest.mark.parametrize(
    "line",
    [
        "This post contains references to products from one or more of our advertisers. We may receive compensation "
        "when you click on links to those products.",
        "Disclosure: This article contains affiliate links, which means we may earn a small commission.",
    ],
)
def test_an_affiliate_disclosure_goes(line):
    result = pagestrip.clean(build(body=[BODY[0], line, *BODY[1:]]))
    assert removal_of(result, line).rule == "en.chrome.disclosure"
    assert article_text(result) == "\n".join(BODY)


def test_a_sentence_about_affiliate_marketing_stays():
    line = "Bloggers who rely on affiliate links earned less last year, the survey of two thousand sites found."
    result = pagestrip.clean(build(body=[BODY[0], line, *BODY[1:]]))
    assert line in article_text(result)


def test_the_title_glued_to_the_first_paragraph_in_another_case_goes():
    first = f"{TITLE.title()} {BODY[0]}"
    result = pagestrip.clean(build(body=[first, *BODY[1:]]))
    assert removal_of(result, TITLE.title()).rule == "dedupe.title"
    assert article_text(result) == "\n".join(BODY)


@pytest.mark.parametrize(
    "line",
    [
        "By the end of November 18, 2024 the council had voted twice on the plan",
        "by way of example, March 3, 2021 was the day the new rules took effect",
    ],
)
def test_a_sentence_that_opens_with_by_and_a_date_stays(line):
    # The names of a byline are capitalized: "the end of" is a sentence's words.
    result = pagestrip.clean("\n\n".join([TITLE, BODY[0], line, *BODY[1:]]))
    assert line in article_text(result)
