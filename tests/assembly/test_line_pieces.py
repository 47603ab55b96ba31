"""A removal inside a line leaves one paragraph, not two (stages.join_line_pieces).

A watermark sentence dropped into the middle of a sentence, an anti-copy mark inside a
word, an injected keyword: once removed, the line reads on. ``paragraphs`` keeps the
pieces (each a span of the normalized text); ``text`` joins them back.
"""

from __future__ import annotations

import pagestrip

OPENING = "第一段文字比较长，用来让正文区域成立，内容是关于学校运动会的一些情况介绍和回顾。"
CLOSING = "最后一段总结了这次活动的意义，大家都希望明年还能举办这样的运动会，也感谢老师们的辛勤付出。"


def test_a_watermark_inside_a_sentence_leaves_one_paragraph() -> None:
    line = "运动会当天天气晴朗，同学们本文来自范文站,在百度中可以直接搜索到范文站早早来到操场，各班的队伍整齐有序。"
    r = pagestrip.clean(f"测试\n\n{OPENING}\n\n{line}\n\n{CLOSING}\n")
    assert "运动会当天天气晴朗，同学们早早来到操场，各班的队伍整齐有序。" in r.text.split("\n")
    assert [x.rule for x in r.removed] == ["zh.editorial.watermark"]
    pieces = r.articles[0].paragraphs
    assert all(r.normalized[p.start : p.end] == p.text for p in pieces)  # the pieces are still spans
    assert len(pieces) == 4 and len(r.text.split("\n")) == 3


def test_html_blocks_join_their_pieces_too() -> None:
    line = "运动会当天天气晴朗，同学们本文来自范文站,在百度中可以直接搜索到范文站早早来到操场，各班的队伍整齐有序。"
    page = f"<html><body><article><h1>测试</h1><p>{OPENING}</p><p>{line}</p><p>{CLOSING}</p></article></body></html>"
    assert "运动会当天天气晴朗，同学们早早来到操场，各班的队伍整齐有序。" in pagestrip.clean(page).text.split("\n")


def test_latin_words_join_with_a_space() -> None:
    prose = (
        "The council met on Tuesday to discuss the harbour wall, which storms have damaged twice since 2019, "
        "and decided to rebuild it."
    )
    line = "Work starts in spring,\\n\\nthe council said, and the ferry keeps running from a temporary pier."
    r = pagestrip.clean(f"{prose}\n\n{line}\n\n{prose.replace('Tuesday', 'Monday')}\n")
    # A leaked line break was a break: the pieces stay paragraphs of their own.
    assert "Work starts in spring," in r.text.split("\n")
    line = "Work starts in spring&nbsp;&nbsp;the council said, and the ferry keeps running from a temporary pier."
    r = pagestrip.clean(f"{prose}\n\n{line}\n\n{prose.replace('Tuesday', 'Monday')}\n")
    assert "Work starts in spring the council said, and the ferry keeps running from a temporary pier." in r.text
