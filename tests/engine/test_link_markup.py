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
    page = (
        '[![Image 1: 示例Logo](https://example.com/logo.svg)](https://example.com/ "开发者的家园")'
        '[![Image 2: 写文章](https://example.com/new.svg)](https://example.com/new?opt=1 "写文章")\n\n' + BODY
    )
    r = pagestrip.clean(page)
    assert "](" not in r.text and "开发者的家园" not in r.text
    assert r.text.startswith("进入安装目录")
    assert [x.text for x in r.removed][:1] == [
        '[![Image 1: 示例Logo](https://example.com/logo.svg)](https://example.com/ "开发者的家园")'
    ]


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
