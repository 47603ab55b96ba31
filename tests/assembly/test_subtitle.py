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
