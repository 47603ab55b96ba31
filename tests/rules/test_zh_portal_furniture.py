"""Chinese portal furniture met on held-out pages: the copyright notice with its warning
(also letter-spaced, 人 民 网 版 权 所 有), a comment box's prompt and login fields, the
font-size and toolbar row, a time label without its colon, the 文/作者 byline, and what
must stay: a listicle's 01 … 09 section numbers, prose that uses the same words, the full
stop before a jammer string. Each line sits between paragraphs of an invented story."""

from __future__ import annotations

import pytest

import pagestrip

TITLE = "某省出台领导干部预警告诫办法"
BODY = [
    "某省司法厅日前出台领导干部廉洁自律预警告诫办法，以加强对系统内领导干部的监督管理。",
    "办法提出，对发现苗头性、倾向性问题的领导干部，及时警示提醒、训诫纠错，逐步建立起提醒防范和动态监督的机制。",
    "办法同时明确了信访举报、案件查办、巡视等多种线索来源，由纪检部门定期召集联席会议，提出预警建议并协调实施。",
]


def page(line: str) -> pagestrip.Result:
    return pagestrip.clean("\n\n".join([TITLE, BODY[0], BODY[1], line, BODY[2]]))


def removed_by(line: str) -> list[str]:
    return [r.rule for r in page(line).removed if r.text.strip() and r.text.strip() in line]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("某某网版权所有，未经书面授权禁止使用", "zh.footer.copyright"),
        ("版权所有，翻印必究", "zh.footer.copyright"),
        ("人 民 网 版 权 所 有, 未 经 书 面 授 权 禁 止 使 用", "zh.footer.copyright"),
        ("我要发表留言", "zh.chrome.comments-heading"),
        ("用户名： 密码： 到社区注册", "zh.chrome.login"),
        ("字号 大 中 小", "zh.chrome.font-size"),
        ("打印  留言  论坛  网摘  手机点评  纠错", "zh.chrome.actions"),
        ("更新时间 2012年12月10日, 格林尼治标准时间10:41", "zh.metadata.fields"),
        ("文/胸口碎大石", "news.metadata.credit"),
        ("文｜李四 图｜王五", "news.metadata.credit"),
        ("文/栗思 编辑/倪家宁", "news.metadata.credit"),
        ("（文/图 赵六）", "news.metadata.credit"),
        ("转载请保留原文链接谢谢！", "news.footer.reprint"),
        ("本站资源出自互联网收集整理，如果侵犯了您的合法权益，请联系本站我们会及时删除。", "zh.editorial.infringe"),
        ("译文声明：本文是翻译文章，文章原作者xx，译文仅供参考。", "news.footer.disclaimer"),
    ],
)
def test_furniture_goes(line: str, rule: str) -> None:
    assert rule in removed_by(line)


def test_font_size_row_goes_whole() -> None:
    line = "【字号 大 中 小】  打印  留言  论坛  网摘  手机点评  纠错"
    assert line not in page(line).text
    assert "打印" not in page(line).text


@pytest.mark.parametrize(
    "line",
    [
        "请在设置里调整字号大小，让老年读者看得更清楚。",
        "我们把字号 大小调一下，让它看起来更清楚一些。",
        "图：2019年各省份生产总值增长情况",
        "文 明 城 市",
        "我 爱 你 中 国",
        "该公司表示，版权所有人有权决定作品的使用方式，这一点在合同里写得很清楚。",
        "如果侵犯了他人的合法权益，要承担法律责任，这是法院判决中反复强调的一点。",
    ],
)
def test_prose_and_captions_stay(line: str) -> None:
    assert line in page(line).text


def test_zero_padded_section_numbers_stay() -> None:
    text = "\n\n".join([TITLE, "01", BODY[0], "02", BODY[1], "03", BODY[2]])
    kept = pagestrip.clean(text).text.splitlines()
    assert [ln for ln in kept if ln in ("01", "02", "03")] == ["01", "02", "03"]


def test_jammer_leaves_the_full_stop() -> None:
    line = "运动会当天天气晴朗，同学们早早来到操场，场面十分热闹。% g3 R! w6 {. P8 z"
    result = page(line)
    assert "场面十分热闹。" in result.text
    assert any(r.rule == "common.chrome.jammer-inline" and r.text.startswith("%") for r in result.removed)


def test_wechat_widgets_one_per_line_end_the_page() -> None:
    """A WeChat-to-Markdown dump prints the post's end widgets one per line: from
    微信扫一扫可打开此内容 on, the short lines are the page's, not the post's."""
    tail = ["微信扫一扫可打开此内容，", "使用完整服务", "视频", "小程序", "赞", "，轻点两下取消赞", "留言", "听过"]
    text = "\n\n".join([TITLE, *BODY, *tail])
    kept = pagestrip.clean(text).text
    assert all(b in kept for b in BODY)
    assert not any(t in kept.splitlines() for t in tail)
