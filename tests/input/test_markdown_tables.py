"""Markdown tables in text input: the delimiter row and the pipes are the table's structure.

Reader services (r.jina.ai, Firecrawl, html2text) write an HTML table as a GFM table.
Read as prose, its delimiter row ``| --- | --- |`` is a line of symbols (decoration), an
empty header row ``|   |   |`` too, and the ``|`` that closes a row after a full stop a
link separator left at a sentence's end; without them the rows are no table.
"""

from __future__ import annotations

import pagestrip
from pagestrip.normalize import normalize

PAGE = """# 产品简介

容器服务提供高性能可伸缩的容器应用管理能力，支持企业级容器化应用的全生命周期管理。

| 产品 | 说明 | 适用场景 |
| --- | :---: | --- |
| 云原生AI套件 | 提供AI任务调度、弹性训练和推理服务。 | 深度学习训练 |
| 分布式云容器平台 | 统一管理多云和混合云的Kubernetes集群。 | 提供统一的运维入口。 |

以上产品均可在控制台中开通，按量付费，详情请参见计费说明。

|     |     |
|---|---|
| Name | Value |
| a | 1 |

The table above lists the default values, which you can override in the configuration file.
"""


def test_table_rows_are_marked_and_never_joined() -> None:
    """A row is a line of its own: a prose line that stops mid-sentence is not continued by the
    header row, and a row that stops mid-sentence is not continued by the prose below."""
    prose = "前文一行，这是一个很长的句子，还没有结束，继续"
    row = "| 1 | 这是一个很长的句子，还没有结束，继续"
    n = normalize(f"{prose}\n名称 | 说明文字结束。\n--- | ---\n{row}\n后文一行。")
    assert n.text.split("\n") == [prose, "名称 | 说明文字结束。", "--- | ---", row, "后文一行。"]
    assert n.table == {1, 2, 3}


def test_a_rule_line_or_pipes_without_a_delimiter_row_are_no_table() -> None:
    assert normalize("| a | b |\n-----\n| 1 | 2 |").table == frozenset()
    assert normalize("首页 | 新闻 | 体育\n联系我们 | 关于").table == frozenset()
    assert normalize("```\n| a |\n|---|\n```").table == frozenset()  # a table in code is code


def test_a_markdown_table_is_kept_whole() -> None:
    r = pagestrip.clean(PAGE)
    kept = r.text.split("\n")
    table = [line for line in PAGE.split("\n") if line.startswith("|")]
    for line in table:
        assert line in kept, line
    assert not any(x.rule.startswith("common.decoration") or x.rule == "page.orphan-punct" for x in r.removed)


def test_other_rules_still_judge_a_table_row() -> None:
    """The table's own structure is protected, not its content: a copyright row is a footer."""
    page = PAGE + "\n| 关于我们 | 联系方式 |\n| --- | --- |\n| Copyright © 2024 阿里云 版权所有 | |\n"
    r = pagestrip.clean(page)
    assert any(x.kind == "footer" and "Copyright" in x.text for x in r.removed)
