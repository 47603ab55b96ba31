"""A text page whose line breaks the scrape collapsed to spaces (a crawler database's
``content``, ``' '.join(soup.stripped_strings)``): the result says so, since the line rules
cannot separate its menus and footer from its article. A long paragraph does not."""

from __future__ import annotations

import pagestrip

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


def test_a_flattened_page_is_warned_about() -> None:
    result = pagestrip.clean(_flat(3))
    assert any(w.startswith("flattened text:") for w in result.warnings)


def test_long_paragraphs_with_their_line_breaks_are_not() -> None:
    page = "\n\n".join([MENU, "纽约油价上涨突破每桶46美元", *[BODY * 4] * 3, FOOTER])
    assert not any(w.startswith("flattened text:") for w in pagestrip.clean(page).warnings)


def test_a_long_english_paragraph_is_not() -> None:
    sentence = "The council voted on Tuesday to rebuild the old harbour wall, which storms damaged twice. "
    assert not any(w.startswith("flattened text:") for w in pagestrip.clean(sentence * 30).warnings)
