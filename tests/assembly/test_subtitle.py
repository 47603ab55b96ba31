"""A title repeated above the body, then a line that restates it: the article's own title."""

from __future__ import annotations

import pagestrip

_BODY = [
    "同志们:今天,我们在这里召开全区创建全国文明城市动员大会,主要任务是学习贯彻全市创建工作会议精神。",
    "创建全国文明城市是一项系统工程,需要全区上下齐心协力,各部门要切实履行职责,形成工作合力。",
    "希望大家以这次大会为新的起点,振奋精神,扎实工作,为创建全国文明城市作出新的更大贡献。",
]


def test_a_line_restating_the_title_becomes_the_article_title() -> None:
    title = "【讲话】区委书记在全区创建全国文明城市动员大会上讲话(全文完整)"
    page = "\n".join([title, "时间:2023-06-17 11:18:02", title, "在全区创建全国文明城市动员大会上的讲话", *_BODY])
    result = pagestrip.clean(page + "\n")
    assert [a.title for a in result.articles] == ["在全区创建全国文明城市动员大会上的讲话"]


def test_a_title_like_line_that_says_something_else_stays_in_the_text() -> None:
    # A recipe's first ingredient under its repeated name is the text, not a title.
    page = (
        "<html><head><title>Roasted Chicken with Oriental Rice</title></head><body><div class='recipe'>"
        "<h1>Roasted Chicken with Oriental Rice</h1><p>Roasted Chicken with Oriental Rice</p>"
        "<ul><li>1 large or 1200 g whole chicken</li><li>2 tablespoons vegetable oil</li></ul>"
        "<p>Roast the chicken in a preheated oven for forty minutes, until it is cooked through and "
        "golden brown, then rest it for ten minutes before you carve it.</p></div></body></html>"
    )
    result = pagestrip.clean(page)
    assert "1 large or 1200 g whole chicken" in result.articles[0].text
    assert result.articles[0].title != "1 large or 1200 g whole chicken"


def test_a_headline_the_first_sentence_goes_on_from_stays() -> None:
    """``王勇在河北检查指导防汛减灾工作时强调，…``: the headline is the first sentence's subject,
    not a copy glued to it; a copy glued on with a space still goes."""
    title = "王勇在河北检查指导防汛减灾工作"
    first = f"{title}时强调，要深入贯彻重要指示精神，进一步提高认识、强化责任、完善措施。"
    rest = "新华社石家庄7月31日电 国务委员王勇31日在河北检查指导防汛减灾工作，确保人民群众生命财产安全。"
    html = (
        f"<html><head><meta charset='utf-8'><title>{title}_中国政府网</title></head><body><div class='article'>"
        f"<h1>{title}</h1><div class='pages_content'><p>{first}</p><p>{rest}</p></div></div></body></html>"
    )
    assert first in pagestrip.clean(html).text
    glued = pagestrip.clean(f"{title}\n\n{title} 目前，各地正在扎实推进防汛减灾工作，确保安全度汛。\n\n{rest}")
    assert [r.text for r in glued.removed if r.rule == "dedupe.title"] == [title]
