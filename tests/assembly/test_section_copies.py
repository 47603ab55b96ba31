"""A paragraph said again as the whole of a section under its own heading is that section's
text, not a copy (``dedupe.copy`` leaves it): structured documents repeat standard text per
section on purpose (a clause each product's section carries, one answer to two questions).
Taking it left the heading over nothing. A copied passage, headings and all, is still a
copy. The pages are invented here."""

from __future__ import annotations

import pagestrip

CLAUSE = (
    "本产品按实际使用量计费，费用每小时结算一次，账户余额不足时服务将在二十四小时后停止，"
    "续费成功后自动恢复，期间产生的数据保留七天，逾期未续费的数据将被永久删除且无法恢复。"
    "如需开具发票，请在费用中心提交申请，发票将在审核通过后的五个工作日内寄出。"
)
EN = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore"
    " et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris."
)


def test_html_sections_that_repeat_their_text_keep_it() -> None:
    html = (
        "<html><head><title>Test page</title></head><body><article><h1>Test page</h1>"
        f"<p>{EN}</p><h2>Section two</h2><p>{EN}</p><h2>Section three</h2><p>{EN}</p></article></body></html>"
    )
    r = pagestrip.clean(html)
    assert r.text.split("\n").count(EN) == 3
    assert not any(x.rule == "dedupe.copy" for x in r.removed)


def test_text_sections_that_repeat_their_text_keep_it() -> None:
    for a, b in (("## 云服务器", "## 云数据库"), ("一、云服务器计费", "二、云数据库计费")):
        page = f"# 计费说明\n\n本文介绍各产品的计费方式，请在购买前仔细阅读。\n\n{a}\n\n{CLAUSE}\n\n{b}\n\n{CLAUSE}\n"
        r = pagestrip.clean(page)
        assert r.text.split("\n").count(CLAUSE) == 2, a


def test_a_copy_under_the_same_heading_or_inside_a_section_is_still_a_copy() -> None:
    """The doubled article (its heading copied too), and a copy followed by more text of its
    section (an abstract printed again at the top of the body) stay copies."""
    doubled = f"# 计费说明\n\n## 云服务器\n\n{CLAUSE}\n\n## 云服务器\n\n{CLAUSE}\n"
    assert pagestrip.clean(doubled).text.split("\n").count(CLAUSE) == 1
    body = "正文继续说明计费的细节，包括包年包月与按量付费两种方式的区别和适用场景，请仔细阅读。"
    inside = f"# 计费说明\n\n## 摘要\n\n{CLAUSE}\n\n## 正文\n\n{CLAUSE}\n\n{body}\n"
    assert pagestrip.clean(inside).text.split("\n").count(CLAUSE) == 1
