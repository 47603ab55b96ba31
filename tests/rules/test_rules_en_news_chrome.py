"""English news furniture in extracted text: a row of share networks, a photo credit, an
inline teaser for another story, the newsletter box's address field. Each line is put
between paragraphs of an invented story; a line of the story that only uses the words stays."""

from __future__ import annotations

import pytest

import pagestrip

TITLE = "City council approves new transit plan after months of debate"
BODY = [
    "The city council voted seven to two on Tuesday to approve a sweeping transit plan that would add "
    "three new bus lines and extend light rail service to the airport by 2028.",
    "Supporters said the plan would cut commute times for tens of thousands of residents, while opponents "
    "questioned whether the city could afford the price tag.",
    "The plan now goes to the mayor, who is expected to sign it next week, aides said on Wednesday.",
]


def removed_by(line: str) -> list[str]:
    result = pagestrip.clean("\n".join([TITLE, BODY[0], line, *BODY[1:]]))
    return [r.rule for r in result.removed if line in r.text or r.text in line]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Facebook Twitter Email", "en.chrome.share-row"),
        ("Facebook | LinkedIn | WhatsApp | Copy link", "en.chrome.share-row"),
        ("Photo: Getty Images", "en.chrome.image-credit"),
        ("(Image: Reuters)", "en.chrome.image-credit"),
        ("READ MORE: Mayor unveils budget proposal with focus on housing", "en.related.inline-teaser"),
        ("Related: Transit ridership rebounds to pre-pandemic levels", "en.related.inline-teaser"),
        ("ALSO READ | Transit fares to rise for the first time in five years", "en.related.inline-teaser"),
        ("SEE ALSO: A new book explores how the city built its first tram line", "en.related.inline-teaser"),
        ("Read: Two disasters are exponentially worse than one", "en.related.inline-teaser"),
        ("LISTEN: Founders of the transit caucus talk about the vote", "en.related.inline-teaser"),
        ("Watch — Mayor answers questions about the plan", "en.related.inline-teaser"),
        ("Enter your email address", "news.chrome.en-newsletter"),
    ],
)
def test_news_furniture_between_paragraphs_goes(line: str, rule: str) -> None:
    assert rule in removed_by(line)


@pytest.mark.parametrize(
    "line",
    [
        "Read more: the council's report runs to 400 pages, and members said they had studied every one of them.",
        "She shared the photo on Facebook and Twitter, where it was viewed thousands of times within an hour.",
        "Related: the vote came a day after the transit authority published its budget for the coming year.",
        "On December 27, 2014 at 12:06 PM the storm reached the coast, and thousands of homes lost power.",
        "He subscribed to the magazine for years and never missed an issue, his daughter said.",
        "Watch: the mayor said the plan was the most important vote of her first term in office.",
        "Listen - the buses will run every ten minutes, the transit director told the council.",
    ],
)
def test_story_lines_that_use_the_words_stay(line: str) -> None:
    assert removed_by(line) == []


BLOG_END = [
    "Share this:",
    "Twitter",
    "Facebook",
    "Like this:",
    "Like Loading...",
    "Posted in Hiking | Tagged lakes, trails | Leave a comment",
    "View all posts by hikerjane",
    "Leave a Reply Cancel reply",
    "You must be logged in to post a comment.",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    "Blog at WordPress.com.",
]


def test_a_blog_posts_platform_furniture_under_the_post_goes() -> None:
    result = pagestrip.clean("\n".join([TITLE, *BODY, *BLOG_END]))
    text = "\n".join(a.text for a in result.articles)
    assert all(p in text for p in BODY)
    assert not [line for line in BLOG_END if line in text]


def test_an_inline_related_box_mid_article_takes_only_its_heading() -> None:
    result = pagestrip.clean("\n".join([TITLE, BODY[0], BODY[1], "Related", BODY[2]]))
    text = "\n".join(a.text for a in result.articles)
    assert BODY[2] in text
    assert "Related" not in text.split("\n")


def test_like_this_in_running_text_stays() -> None:
    line = "like this:"
    result = pagestrip.clean("\n".join([TITLE, BODY[0], "and the server's response might look", line, *BODY[1:]]))
    assert line in "\n".join(a.text for a in result.articles)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Credit: Riot Games, ONE Esports", "en.chrome.image-credit"),
        ("Screenshot by Amanda Tan/ONE Esports", "en.chrome.image-credit"),
        ("Topics: uber, libertarians, Editor's Picks, Technology News", "en.related.tags"),
        ("#NK #Rodong Sinmun #joint military exercise", "en.related.tags"),
        ("Write to Jane Doe at jane.doe@example.com", "en.metadata.contact-author"),
        ("Sunday, Feb 1, 2015 11:57 AM UTC", "en.metadata.dateline"),
        ("on December 27, 2014 at 12:06 PM, updated December 27, 2014 at 12:10 PM", "en.metadata.dateline"),
        ("Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC", "en.metadata.dateline"),
        ("← Previous: Chasing Quick Fixes To Sustainability", "en.related.prev-next"),
    ],
)
def test_more_news_furniture_goes(line: str, rule: str) -> None:
    assert rule in removed_by(line) or rule in removed_at_end(line)


def removed_at_end(line: str) -> list[str]:
    result = pagestrip.clean("\n".join([TITLE, *BODY, line]))
    return [r.rule for r in result.removed if line in r.text or r.text in line]


def test_a_contents_heading_takes_its_numbered_entries() -> None:
    entries = ["1 History", "1.1 Early years", "2 Applications"]
    result = pagestrip.clean("\n".join([TITLE, BODY[0], "Contents", *entries, *BODY[1:]]))
    removed = {r.text: r.rule for r in result.removed}
    assert removed.get("Contents") == "en.toc.heading"
    assert all(removed.get(e) == "page.toc-entry" for e in entries)
    assert all(p in "\n".join(a.text for a in result.articles) for p in BODY)


@pytest.mark.parametrize(
    "line",
    [
        "Credit card companies said on Monday that fees would rise again next year, analysts said.",
        "Contact your local council at the number on your bill if you have questions about the plan.",
    ],
)
def test_sentences_that_start_like_furniture_stay(line: str) -> None:
    assert removed_by(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Did you make this recipe? Tag @bakerjane on Instagram and hashtag it #bakerjane",
        "Pin this recipe for later!",
        "Like this recipe? Subscribe to our newsletter for more easy bakes.",
    ],
)
def test_a_recipe_blogs_calls_to_action_go(line: str) -> None:
    assert "news.chrome.en-cta" in removed_at_end(line)


def test_a_sentence_about_making_the_recipe_stays() -> None:
    line = "Did you make this recipe with frozen bananas, she asked, and I said that I had, twice in one week."
    assert removed_by(line) == []


@pytest.mark.parametrize(
    "line",
    ["More Must-Reads From TIME", "More Top Stories", "More coverage"],
)
def test_a_related_heading_under_the_story_goes_with_what_follows(line: str) -> None:
    teaser = "Mayor unveils budget proposal with focus on housing"
    result = pagestrip.clean("\n".join([TITLE, *BODY, line, teaser]))
    assert [r.rule for r in result.removed if r.text == line] == ["en.related.heading"]
    assert teaser not in "\n".join(a.text for a in result.articles)


@pytest.mark.parametrize(
    "line",
    ["Artículos Relacionados", "Veja também", "Sur le même sujet", "Mehr zum Thema", "Articoli correlati:"],
)
def test_a_related_heading_in_another_european_language_goes_with_what_follows(line: str) -> None:
    teaser = "Mayor unveils budget proposal with focus on housing"
    result = pagestrip.clean("\n".join([TITLE, *BODY, line, teaser]))
    assert [r.rule for r in result.removed if r.text == line] == ["news.related.heading"]
    assert teaser not in "\n".join(a.text for a in result.articles)


def test_a_related_heading_in_another_language_above_prose_takes_only_itself() -> None:
    # A "Mehr zum Thema" box inside the story: the story goes on under it.
    more = [
        "Officials said construction of the first new bus line would begin in the spring and take two years.",
        "The airport extension depends on a federal grant that the city expects to hear about this summer.",
    ]
    result = pagestrip.clean("\n".join([TITLE, *BODY, "Mehr zum Thema", *more]))
    assert [r.rule for r in result.removed if r.text == "Mehr zum Thema"] == ["news.related.heading"]
    assert all(b in "\n".join(a.text for a in result.articles) for b in [*BODY, *more])


@pytest.mark.parametrize(
    "line",
    [
        "Kommentare",
        "3 Kommentare",
        "Laisser un commentaire",
        "Comentarios (12)",
        "Lascia un commento",
        "Reacties",
        "Comentar",
    ],
)
def test_a_comment_heading_in_another_european_language_goes_with_the_comments(line: str) -> None:
    comment = "Danke für dieses Kapitel, ich habe mich sehr darauf gefreut!"
    result = pagestrip.clean("\n".join([TITLE, *BODY, line, "Naru-chan", "26. März 2004, 16:19", comment]))
    assert [r.rule for r in result.removed if r.text == line] == ["news.chrome.comments-heading"]
    text = "\n".join(a.text for a in result.articles)
    assert comment not in text
    assert all(b in text for b in BODY)


def test_a_sentence_about_comments_stays() -> None:
    line = "Kommentare aus der Opposition ließen nicht lange auf sich warten, wie erwartet."
    assert removed_by(line) == []


def test_a_question_then_a_call_to_sign_up_is_chrome() -> None:
    line = "Want Weekly Recs on What to Watch, Read, and More? Sign Up for Worth Your Time"
    assert "en.chrome.signup" in removed_by(line)


def test_a_sentence_about_signing_up_stays() -> None:
    line = "More than 300 residents have signed up for the first public hearing on the plan."
    assert removed_by(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "And its test suite, powered by Mocha and Chai:",  # a clause after a comma is prose
        "As always, let us know what you think on our forum.",
        "Come, let us start now, right away.",
        # "let our"/"let us" + "you" is no offer without a writing service's words
        "You provide a vault password, or let our managed server generate one for you.",
        "Let us help you understand why the bridge failed, and what the engineers missed.",
    ],
)
def test_prose_with_footer_or_promotion_words_stays(line: str) -> None:
    assert removed_by(line) == []


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Example Times · Powered by Arc Publishing", "common.footer.rights"),
        ("Let our expert writers create a personalized eulogy for you today.", "en.chrome.promo"),
        ("Let us help you with your essay today, our writers are ready.", "en.chrome.promo"),
    ],
)
def test_the_footer_and_the_promotion_still_go(line: str, rule: str) -> None:
    assert rule in removed_by(line)


@pytest.mark.parametrize("heading", ["Reader Comments", "Comments »", "User comments"])
def test_a_comment_section_heading_takes_the_comments_under_it(heading: str) -> None:
    comments = [
        "Rowan Cocoan · 2020-05-19T17:52:00Z",
        "Thanks for this detailed version of the story, I was not aware.",
    ]
    result = pagestrip.clean("\n".join([TITLE, *BODY, heading, *comments]))
    text = "\n".join(a.text for a in result.articles)
    assert all(p in text for p in BODY)
    assert heading not in text.split("\n")
    assert not [c for c in comments if c in text]
    assert any(r.rule == "en.chrome.comments-heading" and r.text == heading for r in result.removed)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Rate this:", "news.chrome.rating"),
        ("Rate this article ★★★★★", "news.chrome.rating"),
        ("Rating: 4.5/5 (12 votes)", "news.chrome.rating"),
        ("Average rating: 4.2 out of 5", "news.chrome.rating"),
        ("Valorar:", "news.chrome.rating"),
        ("Actualmente puntuada con 1 estrella(s) sobre 5", "news.chrome.rating"),
        ("Durchschnittliche Bewertung:", "news.chrome.rating"),
        ("Bewertung: 4 von 5 Sternen", "news.chrome.rating"),
        ("Viewed 314 times", "news.metadata.views"),
        ("653,817 VIEWS", "news.metadata.views"),
        ("Visto 314 veces", "news.metadata.views"),
        ("314 Aufrufe", "news.metadata.views"),
        ("Lu 314 fois", "news.metadata.views"),
    ],
)
def test_a_rating_widget_or_view_counter_in_any_of_the_news_languages_goes(line: str, rule: str) -> None:
    assert rule in removed_by(line)


@pytest.mark.parametrize(
    "line",
    [
        "Rating: 8/10",  # a reviewer's own verdict counts neither stars nor votes
        "Rating",  # a review's section heading
        "The video was viewed 314 times in its first hour, the company said.",
        "Readers rated the plan 4 out of 5 stars in a survey the council commissioned last year.",
    ],
)
def test_a_review_score_or_a_sentence_about_ratings_stays(line: str) -> None:
    assert removed_by(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Patricio Candia | Palma de Mallorca | 08/01/2014",
        "Jane Doe · 12 March 2021 · 4 min read",
        "08/01/2014 | Efe",
        "Ana Ruiz | 3 de diciembre de 2017",
    ],
)
def test_a_dateline_under_a_long_title_goes(line: str) -> None:
    # The title is long enough to read as prose: the article still starts below the dateline.
    title = "Anticorrupción decidirá en Madrid si recurre la imputación de la Infanta"
    paragraphs = "".join(f"<p>{b}</p>" for b in BODY)
    page = f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>{line}</p>{paragraphs}</body></html>"
    result = pagestrip.clean(page)
    assert result.title == title
    assert [r.rule for r in result.removed if r.text == line] == ["common.edge.dateline"]
    assert all(b in result.text for b in BODY)


def test_a_line_of_parts_with_a_date_inside_the_story_stays() -> None:
    line = "Concert | Palma de Mallorca | 08/01/2014"
    result = pagestrip.clean("\n".join([TITLE, BODY[0], line, *BODY[1:]]))
    assert line in result.text


@pytest.mark.parametrize(
    "line",
    [
        "[advertisement] How are you showing off your awesome? Create a Careers profile and show off all "
        "your hard work from Stack Overflow, Github, and virtually every other coding site.",
        "[Sponsor] Try the new build server free for 30 days.",
        "(Anzeige) Jetzt das neue Abo testen.",
    ],
)
def test_a_sponsors_blurb_with_its_bracketed_label_goes(line: str) -> None:
    assert "news.chrome.ad-blurb" in removed_by(line)


def test_a_sentence_about_an_ad_stays() -> None:
    assert removed_by("The ad ran in three newspapers [see below] before the election.") == []


def test_a_skip_link_over_the_story_goes() -> None:
    assert "news.chrome.en-advertisement" in removed_by("Continue reading the main story")


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Video shot/edited by Jennifer Hahn.", "en.chrome.image-credit"),
        ("Photographs taken by Jane Doe and Sam Lee", "en.chrome.image-credit"),
        ("CNNMoney (New York)  First published November 29, 2016: 3:33 AM ET", "en.metadata.byline"),
        ("The Forward's independent journalism depends on donations from readers like you.", "en.chrome.donation"),
        ("Help support our journalism and enjoy the site", "en.chrome.donation"),
    ],
)
def test_held_out_news_furniture_goes(line: str, rule: str) -> None:
    """Credits, a wire dateline's stamp and a reader-funded site's appeal (held-out English pages)."""
    assert rule in removed_by(line) or rule in removed_at_end(line)


@pytest.mark.parametrize(
    "line",
    [
        "Video shot by a witness shows the bus leaving the road seconds before the crash, police said.",
        "The paper's reporting on the transit plan was funded by donations from a local foundation, it said.",
        "Supporters donated more than $2 million to the campaign for the transit plan, records show.",
    ],
)
def test_story_lines_about_credits_and_donations_stay(line: str) -> None:
    assert removed_by(line) == []


def test_a_credit_ends_a_caption_and_goes_alone() -> None:
    caption = "In a laboratory in Shanghai, researchers work on developing a quantum computer."
    for credit in (" Credit Zhejiang Daily / AP", " Photo: Ali Jadallah/Anadolu via Getty Images"):
        result = pagestrip.clean("\n\n".join([TITLE, BODY[0], caption + credit, *BODY[1:]]))
        assert caption in result.text.split("\n")
        assert [(r.rule, r.text) for r in result.removed] == [("en.chrome.caption-credit", credit)]
    said = "The mayor thanked the crews. Credit where credit is due, she said, the plan is theirs."
    result = pagestrip.clean("\n\n".join([TITLE, BODY[0], said, *BODY[1:]]))
    assert said in result.text.split("\n")


def test_a_pictures_credit_box_in_html_goes() -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    page = (
        f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1><figure><img src='a.jpg'>"
        f"<figcaption><div class='caption-credit'>Valentina Palladino</div></figcaption></figure>{body}"
        "</article></body></html>"
    )
    result = pagestrip.clean(page)
    assert result.text.split("\n") == BODY
    assert [r.text for r in result.removed if r.kind == "metadata"] == ["Valentina Palladino"]
