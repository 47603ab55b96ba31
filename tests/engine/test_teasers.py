"""engine.teasers: a feed's summaries, cut by its template to one length, go as
``page.cut-teaser`` wherever the markup does not name the feed; a writer's lines that end
in an ellipsis stay."""

from __future__ import annotations

import pagestrip
from pagestrip import Kind

TITLE = "电影频道推出系列访谈节目"
BODY = [
    "以光影之名，探寻首都文化魅力。本周起，电影频道将推出系列访谈节目，邀请多位电影人讲述他们与这座城市的故事。",
    "节目共分十期，每期邀请一位嘉宾，围绕电影创作、人才培养和产业发展等话题展开对话，展现首都电影人的风采。",
    "主持人表示，希望通过这档节目，让更多观众了解电影背后的故事，感受首都文化的独特魅力和时代气息。",
]
#: Summaries a feed cut to 60 characters and closed with "...".
CUT = [
    "当地时间5月15日，法国戛纳，第77届戛纳电影节非竞赛单元影片首映红毯。男主携爱妻亮相，女主身着一袭黑色长裙...",
    "近日，第37届大众电影百花奖各奖项入围名单公示，经全国观众投票，将评选出每个奖项五个提名，观众可以登录网页...",
    "日前，由多位知名演员主演的赛车题材电影定档，将于明年夏天在全球上映，影片讲述了一位退役车手重返赛场的故...",
    "日前，电影《绝地战警4》发布多款制式海报，包括IMAX、杜比影院等6种制式，影片延续兄弟互怼的幽默嘻哈特色...",
]
HEADLINES = ["戛纳电影节首映红毯", "百花奖入围名单公示", "赛车电影定档", "新片发布制式海报"]


def _text(result) -> str:
    return "\n".join(a.text for a in result.articles)


def _html(feed: list[str]) -> str:
    """The article and, under it, a feed in boxes whose class names say nothing."""
    items = "".join(f'<div class="x9k2"><p>{line}</p></div>' for line in feed)
    body = "".join(f"<p>{p}</p>" for p in BODY)
    head = f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
    return f"{head}<div class='a1'>{body}</div>{items}</body></html>"


def test_a_feed_of_cut_summaries_under_an_html_story_goes():
    feed = [line for pair in zip(HEADLINES, CUT, strict=True) for line in pair]
    result = pagestrip.clean(_html(feed))
    text = _text(result)
    assert all(p in text for p in BODY)
    assert not [line for line in CUT if line in text]
    assert any(r.rule == "page.cut-teaser" and r.kind is Kind.RELATED for r in result.removed)


def test_cut_summaries_under_a_text_page_go_with_the_headlines_between_them():
    feed = [CUT[0], HEADLINES[1], CUT[1], HEADLINES[2], CUT[2]]
    result = pagestrip.clean("\n\n".join([TITLE, *BODY, *feed]))
    text = _text(result)
    assert all(p in text for p in BODY)
    assert not [line for line in feed if line in text]
    assert {r.rule for r in result.removed if r.text in feed} == {"page.cut-teaser"}


def test_two_cut_lines_are_not_a_feed():
    result = pagestrip.clean("\n\n".join([TITLE, *BODY, *CUT[:2]]))
    text = _text(result)
    assert all(line in text for line in CUT[:2])


def test_a_writers_lines_ending_in_an_ellipsis_at_different_lengths_stay():
    trailing = [
        "他站在门口，望着远处的山，想起了小时候和父亲一起上山砍柴的日子...",
        "那时候的冬天很冷，山路很滑，父亲总是走在前面，一边走一边回头叮嘱他小心脚下，"
        "他跟在后面，踩着父亲的脚印，一步一步往上爬...",
        "如今父亲老了...",
        "他想，等过了年，一定要带父亲回一趟老家，再去看看那座山，看看那片林子，"
        "看看那条他们走过无数遍的小路，哪怕只是远远地看上一眼...",
    ]
    result = pagestrip.clean("\n\n".join([TITLE, *BODY[:1], *trailing, *BODY[1:]]))
    assert all(line in _text(result) for line in trailing)


def test_a_writers_double_ellipsis_is_not_a_cut():
    lines = [line[:-3] + "……" for line in CUT[:3]]
    result = pagestrip.clean("\n\n".join([TITLE, *BODY[:1], *lines, *BODY[1:]]))
    assert all(line in _text(result) for line in lines)
