"""Code and text tables pasted as paragraphs (``<p>``/``<br>``, no ``<pre>`` or fence): a
tutorial runs a statement again with one more clause, opens several queries with the
same line and prints a result table's header row over every result (the same result
twice, when the point is that two queries do the same). Read as prose, the
shorter statement went as an abstract of the longer and the header rows as copies.
Prose copied around the code is still a copy. The pages are invented here."""

from __future__ import annotations

import pytest

import pagestrip
from pagestrip.textshape import looks_like_code

HEADER = "| id | select_type | table | type | possible_keys | key | key_len | ref | rows | Extra |"
SHORT = "EXPLAIN SELECT * FROM shop.orders WHERE order_no='10001';"
LONGER = "EXPLAIN SELECT * FROM shop.orders WHERE order_no='10001' AND status LIKE 'paid%';"
OPENING = "EXPLAIN SELECT * FROM shop.orders"
LINES = [
    "情况一：精确匹配索引的最左前缀。",
    SHORT,
    HEADER,
    "| 1 | SIMPLE | orders | ref | PRIMARY | 1 |",
    "当查询条件精确匹配索引左边连续的一个或几个列时，索引可以被用到，但只能用到一部分。",
    "情况二：匹配某列的前缀字符串。",
    LONGER,
    HEADER,
    "| 1 | SIMPLE | orders | ref | PRIMARY | 1 |",  # the same result: the text says so
    "结果与情况一相同，此时可以用到索引，但是如果通配符不是只出现在末尾，则无法使用索引。",
    "情况三：范围查询。",
    OPENING,
    "WHERE order_no < '10010'",
    "AND status='paid';",
    "范围列可以用到索引，但是范围列后面的列无法用到索引。",
    "情况四：查询条件中含有函数或表达式。",
    OPENING,
    "WHERE left(status, 4)='paid';",
    "很不幸，如果查询条件中含有函数或表达式，则不能使用索引。",
]


def _page(lines: list[str]) -> str:
    body = "".join(f"<p>{line}</p>" for line in lines)
    return (
        f"<html><head><title>索引的使用</title></head><body><article><h1>索引的使用</h1>{body}</article></body></html>"
    )


def test_code_pasted_as_paragraphs_is_no_abstract_or_copy() -> None:
    r = pagestrip.clean(_page(LINES))
    assert r.title == "索引的使用"
    assert r.text.split("\n") == LINES
    assert not [x.text for x in r.removed if x.rule.startswith("dedupe.")]


def test_prose_copied_around_the_code_is_still_a_copy() -> None:
    prose = [line for line in LINES if not looks_like_code(line) and line != OPENING]
    long_prose = [p for p in prose if len(p) > 30]
    r = pagestrip.clean(_page(LINES + long_prose))
    kept = r.text.split("\n")
    for p in long_prose:
        assert kept.count(p) == 1, p


@pytest.mark.parametrize(
    ("line", "code"),
    [
        (SHORT, True),
        (HEADER, True),
        ("WHERE order_no < '10010'", True),
        ("x = compute(a, b)  # the sum", True),
        ('He said (in 2019) that "the plan" was a good one, and left.', False),
        ("他说“这个=那个”是对的，我们要认真学习，这是一个很长的句子。", False),
        ("x = 1", False),
        ("select name, age from people;", True),
        ("相当于：select * from people where age = 18;", True),
        ("He had two choices; neither was good.", False),
        ("第一，加强领导；第二，落实责任；第三，强化监督；", False),
    ],
)
def test_looks_like_code(line: str, code: bool) -> None:
    assert looks_like_code(line) is code


def test_a_statement_is_no_abstract_of_a_longer_one() -> None:
    """``select … from people;`` and ``select … from people where age > 18;`` are two
    statements; the first is not the second's opening cut short."""
    page = (
        "SQL与MongoDB语句对照\n\n下面把常见的查询和等价的SQL写法对照列出来，方便大家查阅和比较。\n\n"
        "查询指定列\n\nselect name, age from people;\n\n查询指定列并过滤\n\n"
        "select name, age from people where age > 18;\n\n"
        "相当于：select * from people where age = 18;\n\n相当于：select * from people where age = 18 or age = 20;\n\n"
        "对照着看，两种语言的查询条件基本可以一一对应，写起来也很方便。\n"
    )
    kept = pagestrip.clean(page).text.split("\n")
    assert "select name, age from people;" in kept
    assert "相当于：select * from people where age = 18;" in kept


#: A database client's output pasted as paragraphs: borders, a one-column header, a row
#: that ends in a full stop before its closing pipe.
CLIENT_TABLE = [
    "+--------------------+",
    "| title |",
    "+--------------------+",
    "| Senior Engineer |",
    "| Staff ... |",
    "+--------------------+",
]


def test_a_text_table_keeps_its_borders_and_closing_pipes() -> None:
    lines = ["先看一下这一列一共有几种不同的取值，执行下面的语句：", "SELECT DISTINCT(title) FROM shop.titles;"]
    lines += [*CLIENT_TABLE, "只有两种。在这种列值比较少的情况下，可以考虑用IN来补上这个缺口。"]
    for page in (_page(lines), "# 索引的使用\n\n" + "\n\n".join(lines) + "\n"):
        r = pagestrip.clean(page)
        assert r.text.split("\n") == lines
        assert not r.removed or all(not x.rule.startswith("common.decoration") for x in r.removed)


def test_a_border_away_from_any_row_is_still_decoration() -> None:
    lines = ["先看一下这一列一共有几种不同的取值，执行下面的语句，结果如下。", "+--------------------+"]
    lines += ["只有两种。在这种列值比较少的情况下，可以考虑用IN来补上这个缺口。"]
    r = pagestrip.clean(_page(lines))
    assert "+--------------------+" not in r.text.split("\n")


def test_the_closing_brace_of_code_in_paragraphs_stays() -> None:
    """A 公众号 editor writes code one ``<p>`` a line: its ``}`` is the block's end, not a line
    of symbols. A brace far from any code is still decoration."""
    code = ["ret = PassportService::userAuth(name, pass);", "switch(ret){", "case(YES) : return YesHTML();", "}"]
    lines = ["当调用方需要关心执行结果时，通常使用远程调用，下面是一段典型的调用代码。", *code]
    lines += ["登录页面调用认证服务，会根据服务的返回结果，区别执行登录成功、登录失败和执行错误。"]
    assert pagestrip.clean(_page(lines)).text.split("\n") == lines
    alone = [lines[0], "}", lines[-1]]
    assert pagestrip.clean(_page(alone)).text.split("\n") == [lines[0], lines[-1]]


def test_brackets_that_close_what_the_lines_above_opened_and_paired_comments_stay() -> None:
    """``});`` closes ``fetch(url, {`` though no line between looks like code; a block
    comment's ``/*`` and ``*/`` lines are the comment's. A ``/*`` alone is still a symbol line."""
    code = ["/*", "判断内容是否为空，为空时弹出提示", "*/", "fetch(url, {", "method: 'GET'", "});"]
    lines = ["下面是两个常用的校验函数，直接复制到页面中即可使用，在主流浏览器中都可以运行。", *code]
    lines += ["以上函数在主流浏览器中都可以正常运行，如果有问题欢迎在评论区留言讨论。"]
    assert pagestrip.clean(_page(lines)).text.split("\n") == lines
    alone = [lines[0], "/*", lines[-1]]
    assert pagestrip.clean(_page(alone)).text.split("\n") == [lines[0], lines[-1]]


def _function(name: str) -> list[str]:
    """A PowerShell function as a blog prints it in paragraphs: help, parameters, body."""
    return [
        f"function {name}{{",
        "<#",
        ".PARAMETER Group",
        "Specifies the group name",
        "This parameter is mandatory but does not have a default value.",
        ".PARAMETER Cluster",
        "Specifies the cluster which contains the group",
        "This parameter is mandatory but does not have a default value.",
        "#>",
        *[f"$VMs{k} = Get-Datastore -Name $Prefix{k} | Get-VM" for k in range(12)],  # the last line is far down
        "}",
    ]


def test_mirrored_functions_are_no_copies_and_keep_their_closing_brace() -> None:
    """Two functions that mirror each other say their parameters' help again on purpose:
    inside a brace block (``function X{`` down to its ``}``) that is the program, not the
    text printed twice, and the ``}`` far below its opening line is the block's end."""
    one, two = _function("Add-VmToGroup"), _function("Remove-VmFromGroup")
    intro = "Here is the first function. It adds machines to a group based on where they live."
    middle = "The second function is the mirror image. It removes machines that moved elsewhere."
    end = "Now both functions can be scheduled together to keep the groups in sync every night."
    page = "\n\n".join([intro, "\n".join(one), middle, "\n".join(two), end])
    r = pagestrip.clean(page)
    assert not [x.text for x in r.removed]
    assert r.text.split("\n") == [intro, *one, middle, *two, end]


def test_a_brace_that_never_closes_makes_no_block() -> None:
    """Prose that ends with ``{`` and is never closed opens no block: a passage said twice
    under it is still a copy."""
    from pagestrip.textshape import brace_blocks

    assert brace_blocks(["function Add-VmToGroup{", "a", "}"]) == {0, 1, 2}
    assert brace_blocks(["Options are set like this {", "a", "b"]) == set()
    assert brace_blocks(["他说：{", "a", "}"]) == set()  # a sentence's mark: not a header of code
    assert brace_blocks(["if(x){", "a", "b) }"]) == set()  # closed mid-line: no line of its own
