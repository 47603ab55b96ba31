"""engine.tail._cut_end: a text page that stops mid-sentence with ``...`` after a Chinese
character was cut by its site (a doc site's preview, no notice): the ellipsis goes as a
truncation and the page is flagged; a writer's ending stays."""

from __future__ import annotations

import pytest

import pagestrip
from pagestrip import Kind

TITLE = "如何写好部门工作总结"
BODY = [
    "工作总结，是体现某一阶段工作整体情况的主要文体，是开展部门考核评价的参考内容，也是上级了解掌握部门工作情况的重要依据。",
    "笔者认为，写好部门工作总结，不仅要主次清晰、详略有致地梳理好完成的工作，同时也要写好收获体会、问题不足和下步打算。",
]
CUT = "第一手要弹好主音，即工作开展情况，这是总结的主干。总结工作的目的是提高工作..."


def _page(last: str) -> str:
    return "\n\n".join([TITLE, *BODY, last])


def test_a_text_page_cut_mid_sentence_is_truncated_and_loses_the_ellipsis():
    result = pagestrip.clean(_page(CUT))
    assert result.truncated is True
    assert result.articles[-1].truncated is True
    cut = [r for r in result.removed if r.rule == "page.cut-end"]
    assert [(r.kind, r.text) for r in cut] == [(Kind.TRUNCATION, "...")]
    assert result.articles[-1].text.endswith("总结工作的目的是提高工作")


@pytest.mark.parametrize(
    "last",
    [
        CUT[:-3] + "……",  # a writer's ellipsis
        CUT[:-3] + "。",  # a finished sentence
        "大家说得都对，哈哈...",  # a short line trailing off
        "After all of that, if you're in the market for a new laptop, go check it out...",  # no Chinese before it
    ],
)
def test_a_writers_ending_is_not_a_cut(last):
    result = pagestrip.clean(_page(last))
    assert result.truncated is False
    assert not [r for r in result.removed if r.rule == "page.cut-end"]


def test_html_is_left_to_the_markup():
    html = f"<html><body><h1>{TITLE}</h1>" + "".join(f"<p>{p}</p>" for p in [*BODY, CUT]) + "</body></html>"
    result = pagestrip.clean(html)
    assert not [r for r in result.removed if r.rule == "page.cut-end"]


def test_teasers_each_cut_at_the_end_do_not_make_the_page_truncated():
    teasers = [
        "近日，第37届大众电影百花奖各奖项入围名单公示，经全国观众投票，将评选出每个奖项五个提名，观众可以登录网页...",
        "日前，电影《绝地战警4》发布多款制式海报，包括IMAX、杜比影院等6种制式，影片延续兄弟互怼的幽默嘻哈特色...",
    ]
    result = pagestrip.clean("\n\n".join([TITLE, *BODY, *teasers]))
    assert result.truncated is False
