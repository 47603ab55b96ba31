"""A text dump of a whole page opens with its ``<title>`` (headline, channel, site), then the
site's menu rows, then the headline again where the article starts: what stands between the
two is the head's, however long a row of menu words is."""

from __future__ import annotations

import pagestrip
from pagestrip.textshape import is_item_row

HEADLINE = "纽约油价上涨0.3%突破每桶46美元"
MENU_ROWS = [
    "和讯首页 | 手机和讯 登录 注册 新闻 | 股票 | 评论 | 外汇 | 债券 | 基金 | 期货 | 黄金 | 银行 | 保险 | 数据",
    "券商 美股 新三板 行情中心 主力控盘 大宗交易 龙虎榜单 内部交易 公告 提示 资金流向 机构持仓 融资融券",
]
BODY = [
    "北京时间30日凌晨，周四纽约原油期货价格收在每桶46美元以上，延续了昨日大涨逾6%的势头。市场预计原油产量下降的状况仍将继续。",
    "与此同时，纽约天然气期货价格收跌，因天然气供应量已接近历史最高水平，交易商预计库存还将继续增加。",
    "伦敦洲际交易所12月交割的布伦特原油期货价格下跌25美分或0.5%，收于每桶48.80美元，盘中最低曾下跌至每桶48.17美元。",
]


def _page(title_line: str) -> str:
    return "\n\n".join([title_line, *MENU_ROWS, HEADLINE, *BODY])


def test_menu_rows_between_a_site_title_and_its_headline_are_the_heads() -> None:
    result = pagestrip.clean(_page(f"{HEADLINE}-股票频道-和讯网"))
    rules = {r.text: r.rule for r in result.removed}
    assert all(rules.get(row) == "page.above-title" for row in MENU_ROWS), rules
    assert all(p in result.text for p in BODY)


def test_a_title_line_that_is_not_the_headlines_site_title_does_not_reach_down() -> None:
    # the first line is another headline: no <title> of this article, its rows stay
    result = pagestrip.clean(_page("原油市场周评：供需两端仍存变数"))
    assert not any(r.rule == "page.above-title" and r.text in MENU_ROWS for r in result.removed)


def test_an_item_row_is_short_words_and_no_clause() -> None:
    assert all(is_item_row(row) for row in MENU_ROWS)
    assert not any(is_item_row(p) for p in BODY)
    assert not is_item_row("张三 李四")  # too few to be a menu
    assert not is_item_row("出席会议的有： 张三 李四 王五 赵六")  # a sentence's colon
