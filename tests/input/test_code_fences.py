"""Markdown code fences in text input: the lines between them are code, kept verbatim.

Scrapers and reader services (r.jina.ai, crawl4ai, firecrawl) hand pages over as Markdown,
and a programming post's code is fenced. Read as prose, code loses lines to the rules
(a repeated ``print`` line taken as a copy of a title, ``1 1 1`` as a pager, ``---`` as
decoration), its indentation, and the page its unity (a repeated line taken as a piece
title splits the post in two).
"""

from __future__ import annotations

import pagestrip
from pagestrip.normalize import normalize

POST = """# 深入理解Python迭代器

在Python中，迭代协议是一种接口标准，主要包括两个方法。这些方法使得Python中的数据结构能够与循环等控制结构兼容。

下面是一个简单的示例，展示了如何手动调用这两个方法：

```python
# 示例：手动获取迭代器并逐步获取元素
iterator = iter([1, 2, 3])
print(next(iterator))  # 输出 1
print(next(iterator))  # 输出 2

print(next(iterator))  # 输出 3
---
class Counter:
    def __init__(self, start):
        self.current = start
```

实现迭代器的类需要定义两个方法，以下是一个简单的自定义迭代器类，实现了数字的计数。

~~~
$ pip install -r requirements.txt
1 1 1
~~~

本文到此结束，感谢阅读，欢迎大家在评论区交流讨论。
"""

CODE = [
    "# 示例：手动获取迭代器并逐步获取元素",
    "iterator = iter([1, 2, 3])",
    "print(next(iterator))  # 输出 1",
    "print(next(iterator))  # 输出 2",
    "print(next(iterator))  # 输出 3",
    "---",
    "class Counter:",
    "    def __init__(self, start):",
    "        self.current = start",
    "$ pip install -r requirements.txt",
    "1 1 1",
]


def test_fenced_lines_are_marked_with_their_indentation() -> None:
    n = normalize("前文一行。\n  ```\n  a = 1\n      b = 2\n  ```\n后文一行。")
    lines = n.text.split("\n")
    assert lines == ["前文一行。", "```", "a = 1", "b = 2", "```", "后文一行。"]
    assert n.code == {1: "", 2: "", 3: "    ", 4: ""}


def test_a_fence_that_never_closes_fences_nothing() -> None:
    assert normalize("前文一行。\n```\na = 1\n后文一行。").code == {}


def test_code_in_a_fence_is_kept_whole_and_indented() -> None:
    r = pagestrip.clean(POST)
    assert len(r.articles) == 1
    kept = r.articles[0].text.split("\n")
    for line in CODE:
        assert line in kept, line
    assert [k for k in kept if k[:3] in ("```", "~~~")] == ["```python", "```", "~~~", "~~~"]  # the code's edges
    assert r.title == "深入理解Python迭代器"


def test_a_comment_in_a_fence_is_no_markdown_title() -> None:
    page = "```\n# 安装依赖\npip install pagestrip\n```\n\n" + POST.split("\n", 2)[2]
    assert pagestrip.clean(page).title != "# 安装依赖"
    assert "# 安装依赖" in pagestrip.clean(page).text


def test_code_that_ends_the_page_is_no_edge_furniture() -> None:
    """Below the last line of prose the edge rules take counters and button labels; the
    code block that ends a post sits there, and its output (``1 1 1``, ``share``) is code."""
    page = "# 标题是这个测试页面\n\n正文第一段，这是一个很长的句子，用来测试规则的效果，正文继续。\n\n输出如下：\n\n"
    fence = "```\n$ python loop.py\n1 1 1\nshare\nprint(x)...\n```\n"
    r = pagestrip.clean(page + fence)
    for line in ("1 1 1", "share", "print(x)..."):
        assert line in r.text.split("\n"), line
    assert not r.truncated
    html = (
        "<html><body><article><h1>A title here</h1><p>First paragraph of the story, long enough to be"
        " prose, with commas, and more words.</p><p>The output:</p><pre>$ python loop.py\n1 1 1\nShare\n"
        "</pre></article><footer>Copyright 2020</footer></body></html>"
    )
    kept = pagestrip.clean(html).text.split("\n")
    assert "1 1 1" in kept
    assert "Share" in kept


def test_tabs_in_a_fence_stay_tabs() -> None:
    """A Makefile's tabs are syntax; C and Go indent with tabs. Outside a fence a tab is a space."""
    page = "前文一行，说明下面的代码。\n\n```make\nall:\n\tcc -o app main.c\t# build\n```\n\n后文\t一行。"
    n = normalize(page)
    assert n.text.split("\n")[2:4] == ["all:", "cc -o app main.c\t# build"]
    assert n.code[3] == "\t"
    kept = pagestrip.clean(page).text.split("\n")
    assert "\tcc -o app main.c\t# build" in kept
    assert "后文 一行。" in kept


def test_markdown_output_keeps_a_fence_and_a_table_as_written() -> None:
    from pagestrip.formats import markdown

    text = "\n".join(["# 1. 前言", "```python", "# a comment", "- x", "```", "| a | b |", "| --- | --- |", "| 1 | 2 |"])
    md = markdown({"articles": [{"title": "T", "text": text}]})
    assert md == "\n\n".join(
        ["# T", "\\# 1. 前言", "```python\n# a comment\n- x\n```", "| a | b |\n| --- | --- |\n| 1 | 2 |"]
    )


def test_blank_lines_in_a_fence_stay_in_the_code() -> None:
    """A blank line in code is the code's (PEP 8's two lines between definitions, a diff's
    hunks): it stays in the article's text and in the Markdown output, where blank lines
    elsewhere only part paragraphs."""
    code = "```python\ndef f():\n    x = 1\n\n    return x\n\n\nclass A:\n    pass\n```"
    page = f"前文一行，说明下面的代码。\n\n{code}\n\n后文一行。"
    assert normalize(page).code[4] == "\n    "
    r = pagestrip.clean(page)
    assert code in r.text
    assert r.text.endswith("```\n后文一行。")  # outside the fence a blank line still only parts paragraphs
    from pagestrip.formats import markdown

    assert code in markdown(r.to_dict())
