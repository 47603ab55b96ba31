"""Hard wraps in Latin text are joined only where the line was full: a headline over its
byline on a page of long paragraphs is two lines, a paragraph wrapped at 72 columns is one."""

from __future__ import annotations

import textwrap

import pagestrip
from pagestrip.normalize import normalize

PARAGRAPH = (
    "The city council voted seven to two on Tuesday to approve a sweeping transit plan that "
    "would add three new bus lines and extend light rail service to the airport by 2028, "
    "while opponents questioned whether the city could afford the price tag of the plan."
)


def test_a_headline_over_its_byline_is_not_a_wrap_on_a_page_of_long_lines() -> None:
    page = "\n".join(
        ["City council approves new transit plan after months of debate", "By Jane Doe and John Smith", PARAGRAPH]
    )
    lines = normalize(page).text.split("\n")
    assert lines[:2] == ["City council approves new transit plan after months of debate", "By Jane Doe and John Smith"]


def test_a_paragraph_wrapped_at_72_columns_is_joined_back() -> None:
    wrapped = textwrap.fill(PARAGRAPH, width=72)
    assert wrapped.count("\n") >= 2
    result = normalize("Transit plan approved\n\n" + wrapped)
    assert result.text.split("\n")[-1] == PARAGRAPH
    assert result.counts["hard_wraps"] == wrapped.count("\n")


def test_a_long_han_line_without_a_comma_is_not_wrapped_prose() -> None:
    # Chinese prose has a comma every few dozen characters: 73 characters without one are a
    # keyword run or random characters, and the line below is not their continuation.
    run = (
        "指折油钻忙拉箱旧磨滑药换求诱号牛转旁领俘眼法判理引亲疗环站合简江绍左由抛滑壤讯锋绩借润诺其胜答察"
        "单罪科辩洞观英需况俄板束定地宜林和可限单迟马讲假途"
    )
    body = "亲爱的老师们、同学们:中国人每年在餐桌上浪费的粮食价值高达两千亿元,被倒掉的食物相当于两亿多人一年的口粮。"
    assert normalize(f"{run}\n{body}").text.split("\n") == [run, body]


def test_a_han_paragraph_cut_mid_clause_is_still_joined() -> None:
    first = "今天我们召开全县春季农业生产工作会议,主要任务是总结去年工作,安排部署今年的重点任务,刚才几位同志作了很好的"
    assert normalize(f"{first}\n发言,我都赞成。").text == first + "发言,我都赞成。"


def test_a_line_of_code_under_a_latin_line_is_no_wrap() -> None:
    """Latin prose wraps at a space, so the next line opens with a word: a comment's mark
    (``#region``, ``; note``), a directive (``.DESCRIPTION``) or a bracket under a Latin line
    opens the next line of code; joined, the two were glued without a space."""
    pairs = [
        ("#Requires -Modules VMware.VimAutomation.Core, DRSRule", "#region script help"),
        ("Adds virtual machines to a DRS VM group based on datastore location", ".DESCRIPTION"),
        ("InputBox, OutputVar, This is a title., What is your name?,,,,,,,, Dave", "; the width was left blank."),
        ("var options = new Options(timeout, retries, backoff, logger, cache)", "{ verbose: true }"),
    ]
    for prev, nxt in pairs:
        assert normalize(f"{prev}\n{nxt}").text.split("\n") == [prev, nxt]
    # a wrapped sentence whose next line opens with a word is still joined
    cut = "The parameters for HIDE, Width and Height, which the dialog reads, were left"
    assert normalize(f"{cut}\nblank on purpose.").text == f"{cut} blank on purpose."


def test_rows_of_a_listing_are_no_wrap() -> None:
    """An ``ls -l`` row aligns its columns with runs of spaces, and a CSV row or a path is one
    token with no space: neither is prose wrapped at a space, so rows stay rows (joined, three
    listing rows became one, glued without a space)."""
    listing = [
        "-rw-r--r--  1 ana  staff    0 Mar 13 18:02 harbour, survey.R1.fq",
        "-rw-r--r--  1 ana  staff    0 Mar 13 18:02 harbour, survey.R2.fq",
    ]
    rows = [
        "site-id,absolute-filepath,direction",
        "site-4,$HOME/data/survey/harbour_R1.fastq,forward",
        "site-4,$HOME/data/survey/harbour_R2.fastq,reverse",
    ]
    for block in (listing, rows):
        assert normalize("\n".join(block)).text.split("\n") == block
    # a sentence after a full stop and two spaces is still prose, and still joined
    cut = "The survey ran for three weeks.  Every boat in the harbour, large or small, was"
    assert normalize(f"{cut}\ncounted twice a day.").text == f"{cut} counted twice a day."


_STRUCT = [
    "struct reading  {",
    "    int sensor;                  //传感器编号",
    "    const char *label;           //显示名称",
    "    double value;                //最近一次读数",
    "};",
]


def test_a_brace_block_pasted_as_text_keeps_its_lines_and_indentation() -> None:
    # Each member's comment ends in a Han character, as a Chinese sentence cut by the wrap
    # does: inside a brace block no line is joined, and the nesting is kept.
    page = "\n".join(
        ["读数的结构体定义如下，每个成员后面都有注释：", *_STRUCT, "这个结构体在采集线程里填充，然后交给显示线程。"]
    )
    result = normalize(page)
    assert result.counts["hard_wraps"] == 0
    assert result.text.split("\n")[1:6] == [line.strip() for line in _STRUCT]
    text = pagestrip.clean(page).articles[0].text
    assert "\n".join(_STRUCT) in text


def test_a_code_toolbar_inside_a_pasted_brace_block_still_goes() -> None:
    lines = [*_STRUCT[:2], "view plaincopy to clipboardprint?", *_STRUCT[2:]]
    page = "\n".join(
        ["读数的结构体定义如下，每个成员后面都有注释：", *lines, "这个结构体在采集线程里填充，然后交给显示线程。"]
    )
    result = pagestrip.clean(page)
    assert "clipboard" not in result.articles[0].text
    assert [r.rule for r in result.removed] == ["common.chrome.code-toolbar"]


def test_han_prose_with_an_unclosed_brace_is_still_joined() -> None:
    # A brace that never closes is no block: the wrapped sentence below it is joined as before.
    page = (
        "模板里的占位符写作 {name，填写时替换成真实的名字，然后把整段文字复制到邮件正文里面去，\n再点发送按钮就可以了。"
    )
    assert normalize(page).counts["hard_wraps"] == 1
