"""A removed Markdown link label takes the link's markup with it (engine/page.py).

Reader services (r.jina.ai) and HTML-to-Markdown scrapers write a page's links as
``[label](url "title")``. When a rule takes the label (a logo image, a ``[收藏]`` button)
the brackets and the target are left in the kept text as debris.
"""

from __future__ import annotations

import pagestrip

BODY = (
    "进入安装目录，默认是/var/lib/example，生成配置文件，然后重启服务，观察日志输出是否正常。\n\n"
    "使用命令列出所有节点信息，查看是否显示新节点，如果有则说明搭建成功，可以开始使用。\n\n"
)


def test_a_linked_image_goes_with_its_link() -> None:
    logos = (
        '[![Image 1: 示例Logo](https://example.com/logo.svg)](https://example.com/ "开发者的家园")'
        '[![Image 2: 写文章](https://example.com/new.svg)](https://example.com/new?opt=1 "写文章")'
    )
    r = pagestrip.clean(logos + "\n\n" + BODY)
    assert "](" not in r.text and "开发者的家园" not in r.text
    assert r.text.startswith("进入安装目录")
    # a line of linked images only is one picture row: it goes whole, links and titles too
    assert [(x.rule, x.text) for x in r.removed][:1] == [("common.chrome.md-image", logos)]
    # beside text, a linked image still takes its link's markup with it
    r = pagestrip.clean("示例Logo " + logos.split(")[")[0] + ")\n\n" + BODY)
    assert "](" not in r.text and "开发者的家园" not in r.text


def test_a_bracket_button_goes_with_its_script_target() -> None:
    page = (
        BODY
        + "发表于 2024-04-16 作者 [收藏](javascript:void(0)) [举报](javascript:void(0)) 全文完，感谢阅读本文内容。\n"
    )
    r = pagestrip.clean(page)
    assert "javascript" not in r.text
    assert "全文完，感谢阅读本文内容。" in r.text


def test_brackets_that_are_no_link_stay() -> None:
    # A removed bracket label followed by an aside that is no address keeps the aside.
    page = BODY + "他说道：[收藏](见上文)这一段要保留下来，作为正文的一部分内容继续阅读。\n"
    assert "(见上文)这一段要保留下来" in pagestrip.clean(page).text


DIGEST = (
    "# 本周资安摘要\n\n本周有多家资安业者公布事故调查结果，其中最特别的是针对提款机的攻击行动，值得留意。\n\n"
    "[**骇客组织打造挟持提款机的实体后门**](https://news.example.com/170343)\n\n"
    "[![Image 1](https://img.example.com/a.png)](https://img.example.com/a.png)\n\n"
    "资安业者发布文章，针对专门锁定自动柜员机的骇客组织公布调查结果，指出这些骇客使用相当隐密的手法。\n\n"
    "**[桌机韧体存在可绕过开机防护的漏洞](https://news.example.com/170331)**\n\n"
    "厂商本周发布安全公告，提醒数款桌机韧体存在六项可让攻击者绕过安全开机防护机制的漏洞，应尽快更新。\n\n"
)


def test_a_bold_link_over_its_paragraph_is_a_headline() -> None:
    """A digest links each item's headline to the full story; the paragraph under it is
    the item. The headline is no list of other pages."""
    kept = pagestrip.clean(DIGEST).text.split("\n")
    assert "[**骇客组织打造挟持提款机的实体后门**](https://news.example.com/170343)" in kept
    assert "**[桌机韧体存在可绕过开机防护的漏洞](https://news.example.com/170331)**" in kept


def test_a_run_of_bold_links_or_one_over_a_cut_summary_is_still_a_link_list() -> None:
    older = "\n\n".join(
        f"[**【7月{d}日】往期资安日报第{d}期**](https://news.example.com/1702{d})" for d in (28, 29, 30)
    )
    teaser = "[**另一篇报道的标题在这里**](https://news.example.com/9)\n\n厂商本周发布安全公告，提醒数款设备存在漏洞，攻击者可以…\n\n"
    kept = pagestrip.clean(DIGEST + teaser + older + "\n").text
    assert "往期资安日报" not in kept
    assert "另一篇报道的标题" not in kept


def test_line_rules_read_a_line_as_its_markdown_renders() -> None:
    """``posted @ … [作者](…) 阅读(757) 评论(0) [编辑](…)`` is the post-header line a plain
    page prints; its links must not hide it from the rule that takes that line."""
    header = (
        "posted @ 2024-04-16 17:04  [示例作者\\_a](https://blog.example.com/u)  阅读(757)  评论(0)  "
        "[编辑](https://blog.example.com/edit?id=1)"
    )
    r = pagestrip.clean(BODY + header + "\n")
    assert "posted @" not in r.text
    assert [x.rule for x in r.removed if x.text == header] == ["common.metadata.post-header"]


def test_a_link_inside_prose_leaves_the_line_to_the_prose() -> None:
    line = "详细的配置说明可以参考[官方文档](https://docs.example.com/config)，其中列出了每个选项的默认值和含义。"
    assert line in pagestrip.clean(BODY + line + "\n").text.split("\n")
