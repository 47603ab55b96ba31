"""A text page whose line breaks the scrape collapsed to spaces (a crawler database's
``content``, ``' '.join(soup.stripped_strings)``): it is broken again at its blocks' gaps
before the rules run, and the result says so. A long paragraph is not touched."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import pagestrip
from pagestrip.flattened import is_flattened, rebreak

MENU = "首页 | 新闻 | 股票 | 评论 | 外汇 | 债券 | 基金 | 期货 | 黄金 | 银行 | 保险 | 数据 | 行情 登录 注册"
BODY = (
    "北京时间30日凌晨，周四纽约原油期货价格收在每桶46美元以上，延续了昨日大涨的势头，市场预计原油产量下降的状况仍将继续。"
    "与此同时，纽约天然气期货价格收跌，因天然气供应量已接近历史最高水平。"
)
FOOTER = "联系我们 - 关于我们 - 广告服务 Copyright 示例网 All Rights Reserved 版权所有 复制必究"


def _flat(n: int) -> str:
    return " ".join(
        [MENU, "示例网 > 股票 > 正文", "纽约油价上涨突破每桶46美元 字号 评论 纠错", *[BODY] * n, FOOTER] * 3
    )


def test_a_flattened_page_is_broken_again_and_says_so() -> None:
    result = pagestrip.clean(_flat(3))
    assert any(w.startswith("flattened text:") for w in result.warnings)
    assert result.to_dict()["stats"]["normalized"]["flattened_breaks"] > 20
    assert BODY in result.text.split("\n")  # the paragraph is a line of its own
    assert not any(MENU[:20] in line and BODY[:20] in line for line in result.text.split("\n"))


def test_long_paragraphs_with_their_line_breaks_are_not() -> None:
    page = "\n\n".join([MENU, "纽约油价上涨突破每桶46美元", *[BODY * 4] * 3, FOOTER])
    result = pagestrip.clean(page)
    assert not any(w.startswith("flattened text:") for w in result.warnings)
    assert result.to_dict()["stats"]["normalized"]["flattened_breaks"] == 0


def test_a_long_english_paragraph_is_not() -> None:
    sentence = "The council voted on Tuesday to rebuild the old harbour wall, which storms damaged twice. "
    assert not any(w.startswith("flattened text:") for w in pagestrip.clean(sentence * 30).warnings)
    assert not is_flattened(sentence * 30)


def test_hard_gaps_break_and_sentences_run_across_a_names_space() -> None:
    line = (
        "法国总统访华 中法关系再升温 2015年11月02日13:18    来源： 中国网    字号 "
        "　　继主席访英之后，德国总理安格拉 默克尔、法国总统弗朗索瓦 奥朗德相继访华。 "
        "　　多家机构表示，本轮计价周期内 国际 油价 维持低位震荡，下调几成定局。 "
        "打印 网摘 纠错 分享 推荐"
    )
    assert rebreak(line) == [
        "法国总统访华 中法关系再升温",  # short parts: one row, as a two-part headline is
        "2015年11月02日13:18",
        "来源： 中国网",  # a label keeps its value
        "字号",
        "继主席访英之后，德国总理安格拉 默克尔、法国总统弗朗索瓦 奥朗德相继访华。",
        "多家机构表示，本轮计价周期内 国际 油价 维持低位震荡，下调几成定局。",  # links inside a sentence
        "打印 网摘 纠错 分享 推荐",  # a row of items stays a row
    ]


def test_a_sentence_that_opens_with_a_link_keeps_it() -> None:
    assert rebreak("局面未改变。 美国 原油 日产量开始下滑，但产量继续增长。") == [
        "局面未改变。",
        "美国 原油 日产量开始下滑，但产量继续增长。",
    ]


def test_many_items_before_a_sentence_are_a_menu() -> None:
    assert rebreak("首页 新闻 财经 体育 北京时间30日凌晨，周四纽约原油期货价格收涨。") == [
        "首页 新闻 财经 体育",
        "北京时间30日凌晨，周四纽约原油期货价格收涨。",
    ]


_WORDS = st.sampled_from(["首页", "新闻", "国际油价", "北京时间三十日凌晨，", "价格收涨。", "来源：", "2015", "字号"])
_GAPS = st.sampled_from([" ", " ", " ", "  ", "　　", " \u3000"])


@given(st.lists(st.tuples(_WORDS, _GAPS), min_size=1, max_size=60))
def test_rebreak_only_changes_the_spaces_between_blocks(parts: list[tuple[str, str]]) -> None:
    line = "".join(w + g for w, g in parts).strip(" \u3000")
    out = rebreak(line)
    assert all(piece and piece == piece.strip(" \u3000") for piece in out)
    squeeze = str.maketrans("", "", " \u3000\n")
    assert "".join(out).translate(squeeze) == line.translate(squeeze)
