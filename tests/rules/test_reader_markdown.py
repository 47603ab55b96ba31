"""Text a reader service or an HTML-to-Markdown scraper made of a page (r.jina.ai writes
``Title:``, ``URL Source:``, ``Markdown Content:`` over it): its fields give the title, the URL
and the date; lines of Markdown images or links only are the page's pictures and menus."""

from __future__ import annotations

import pagestrip

BODY = [
    "近日，英国男星汤姆·赫兰德宣布自己暂停使用社交媒体，原因是网络暴力已经严重影响到他的心理健康。",
    "2016年，《美国队长3：内战》上映，汤姆·赫兰德扮演的蜘蛛侠也正式登场，手上戴的最多的是电子表。",
]


def _reader(title: str, extra: list[str]) -> str:
    return "\n\n".join(
        [
            f"Title: {title}",
            "URL Source: https://www.example.com/a/580380519",
            "Published Time: 2022-08-27T19:00:00+08:00",
            "Markdown Content:",
            *extra,
            BODY[0],
            "![Image 37](https://p5.example.cn/images/86aca867.jpeg)",
            BODY[1],
        ]
    )


def test_the_reader_fields_give_title_url_and_date_and_go() -> None:
    result = pagestrip.clean(_reader("荷兰弟曝近照气质大变_蜘蛛侠_手表_罗伯特·唐尼", []))
    assert result.title == "荷兰弟曝近照气质大变_蜘蛛侠_手表_罗伯特·唐尼"
    assert result.url == "https://www.example.com/a/580380519"
    assert result.date == "2022-08-27"
    assert result.text.split("\n") == BODY


def test_markdown_menus_and_pictures_go() -> None:
    menu = [
        "*   [](http://www.example.com/?spm=nav.1)",
        "*   [新闻](http://news.example.com/?spm=nav.2)",
        "*   [体育](http://sports.example.com/?spm=nav.3)",
        "[上一篇：关于更名的公告](https://example.com/1)[下一篇：功能发布记录](https://example.com/2)",
        "[![](https://img.example.com/logo.png)](https://example.com/)",
    ]
    result = pagestrip.clean(_reader("荷兰弟曝近照气质大变", menu))
    assert result.text.split("\n") == BODY
    rules = {r.rule for r in result.removed}
    assert {"common.chrome.md-link-row", "common.chrome.md-image", "common.metadata.reader-header"} <= rules


def test_a_sentence_with_a_markdown_link_stays() -> None:
    line = "据[新华社](https://www.example.com/x)报道，汤姆·赫兰德将在明年回到伦敦西区的舞台上演出。"
    result = pagestrip.clean("\n".join([BODY[0], line, BODY[1]]))
    assert line in result.text


def test_a_title_field_above_the_text_is_the_title() -> None:
    # an essay site prints its fields over the essay; the field's label is not the title
    result = pagestrip.clean("\n".join(["Essay Database", "Title: Persuasive Writing", *BODY]))
    assert result.title == "Persuasive Writing"
