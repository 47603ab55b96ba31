"""Furniture met on held-out scraped text: a code block's toolbar (SyntaxHighlighter's
``view plaincopy to clipboardprint?``, 复制代码), a document header whose labels stand in
brackets (【发布日期】2018-6-8), a wire page's ``Updated 0759 GMT (1559 HKT)`` stamp and its
messenger call to action. And what must stay: a manual's bracketed parameter described
in a sentence, prose that names the same words."""

from __future__ import annotations

import pytest

import pagestrip

ZH_TITLE = "混杂设备驱动的注册"
ZH_BODY = [
    "混杂设备是字符设备的一种，它们共享一个主设备号，次设备号由驱动在注册时申请。",
    "下边是描述这个设备的结构体，其中最重要的字段是次设备号和文件操作表：",
    "然后来看看misc子系统的初始化函数，它在启动时被调用，负责注册主设备号。",
]
EN_BODY = [
    "The minister said the plan would go ahead despite the objections raised by the opposition.",
    "Officials in the capital expect the first contracts to be signed before the end of the year.",
    "That is the major irony here: he came to office on a promise to get rid of corruption.",
]


def zh_page(line: str) -> pagestrip.Result:
    return pagestrip.clean("\n\n".join([ZH_TITLE, ZH_BODY[0], ZH_BODY[1], line, ZH_BODY[2]]))


def en_page(line: str) -> pagestrip.Result:
    return pagestrip.clean("\n\n".join([EN_BODY[0], EN_BODY[1], line, EN_BODY[2]]))


def rules_on(result: pagestrip.Result, line: str) -> list[str]:
    return [r.rule for r in result.removed if r.text.strip() and r.text.strip() in line]


@pytest.mark.parametrize(
    "line",
    [
        "view plaincopy to clipboardprint?",
        "view plain copy print ?",
        "view plain copyhelp...",
        "view source print?",
        "复制代码",
        "[复制代码] 代码如下:",
        "Copy code",
        "Copied!",
    ],
)
def test_code_toolbar_goes(line: str) -> None:
    assert "common.chrome.code-toolbar" in rules_on(zh_page(line), line)


def test_code_toolbar_glued_into_a_line_goes_alone() -> None:
    line = "1、Help查看命令提示复制代码代码如下:db.help();"
    result = zh_page(line)
    assert "1、Help查看命令提示db.help();" in result.text
    assert "common.chrome.code-toolbar-inline" in rules_on(result, line)


@pytest.mark.parametrize(
    "line",
    [
        "请复制代码到你的编辑器里，然后运行它看看输出。",
        "You can copy code from the examples below into your own project.",
    ],
)
def test_prose_about_copying_code_stays(line: str) -> None:
    assert line in zh_page(line).text


@pytest.mark.parametrize(
    "line",
    [
        "【发布单位】中华人民共和国商务部【发布文号】公告2018年第47号【发布日期】2018-6-8【实施日期】2018-6-9",
        "【来源】新华社 【作者】张三",
    ],
)
def test_bracketed_header_fields_go(line: str) -> None:
    result = zh_page(line)
    assert "zh.metadata.gov-fields" in rules_on(result, line)
    assert line not in result.text


def test_bracketed_parameter_described_in_a_sentence_stays() -> None:
    line = "[时间] 设置多久时间后执行shutdown指令。"
    assert line in zh_page(line).text


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Updated 0759 GMT (1559 HKT) September 22, 2019", "en.metadata.byline"),
        ("Updated 6:02 PM EST, Mon November 18, 2024", "en.metadata.byline"),
        ("Chat with us in Facebook Messenger. Find out what's happening in the world.", "news.chrome.en-cta"),
    ],
)
def test_wire_stamp_and_messenger_cta_go(line: str, rule: str) -> None:
    assert rule in rules_on(en_page(line), line)


def test_prose_that_chats_on_messenger_stays() -> None:
    line = "She said they chat with us on WhatsApp most evenings, which keeps the family close."
    assert line in en_page(line).text
