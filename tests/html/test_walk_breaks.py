"""The walk's line breaks that no block element makes: paragraphs an editor separated with
images only (WeChat exports), and the permalink mark a docs generator puts on a heading."""

from __future__ import annotations

import pagestrip

_P1 = "为深入开展宣传工作，4月12日，东丰县社会各界100余名代表齐聚东丰县农民画馆，举行主题创作展览。"
_P2 = "“皇家鹿苑”东丰县是“全国农民画之乡”，东丰农民画历史悠久，表现形式别具一格，多次获得国家级奖项。"
_P3 = "为确保本次展览取得实效，县委政法委、县公安局提前邀请近百名农民画作者进行创作会商，明确创作方向。"


def _page(body: str) -> str:
    title = "东丰县举办农民画展览"
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1><div>{body}</div></body></html>"


def test_text_between_images_is_a_paragraph_each() -> None:
    result = pagestrip.clean(_page(f'<p>{_P1}</p><img src="a.jpg"><img src="b.jpg"> {_P2}<img src="c.jpg"> {_P3}'))
    assert result.text.split("\n") == [_P1, _P2, _P3]


def test_an_image_inside_a_sentence_does_not_end_the_line() -> None:
    sentence = "现场群众纷纷点赞<img src='emoji.png'>表示通过观看展出，进一步认清了邪教的本质，今后将自觉参与宣传。"
    result = pagestrip.clean(_page(f"<p>{_P1}</p><p>{sentence}</p><p>{_P3}</p>"))
    assert "现场群众纷纷点赞表示通过观看展出" in result.text


def test_a_headings_permalink_mark_goes() -> None:
    body = (
        "<p>This tutorial assumes you are familiar with machine learning and have some annotated web pages "
        "ready for training, in the format the library reads.</p>"
        '<h2>Get annotated data<a class="headerlink" href="#get-annotated-data">¶</a></h2>'
        "<p>First, you need the training data. We suggest to use the annotation extension to annotate HTML "
        "pages, then export them as a folder.</p>"
    )
    result = pagestrip.clean(f"<html><head><title>Tutorial</title></head><body><h1>Tutorial</h1>{body}</body></html>")
    assert "Get annotated data" in result.text.split("\n")
    assert [r.rule for r in result.removed if r.text.strip() == "¶"] == ["common.decoration.permalink"]
