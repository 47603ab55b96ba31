"""The article's own lists of links stay (engine.structure._introduced_lists): a reading list a
paragraph introduces with a colon, and a sub-list under an item of plain text (a note's
outline). A menu's lists, a list after a paragraph that does not introduce it, still go."""

from __future__ import annotations

import pagestrip

INTRO = (
    "<p>I am always excited to see a new entry from rubenerd.com in my RSS reader. Ruben posts short blog "
    "entries on a regular cadence on topics from technology to his thoughts on the world.</p>"
)
OUTRO = (
    "<p>We're almost a week into this series. There are so many interesting blogs out there and I would "
    "like to help share them with the world. I'll see you tomorrow for the seventh day!</p>"
)
ITEMS = ["The scripting spiral", "Spam calls", "Trying The Old Reader", "My popular opinions"]


def _page(lead: str) -> str:
    links = "".join(f'<li><a href="https://rubenerd.com/{i}/">{t}</a></li>' for i, t in enumerate(ITEMS))
    return (
        '<html><head><title>Day 6 | Coffee Blog</title></head><body><nav><ul><li><a href="/a">Coffee Posts</a>'
        '</li><li><a href="/b">Notes</a></li></ul></nav><article><h1>Day 6</h1><div class="e-content">'
        f"{INTRO}{lead}<ul>{links}</ul>{OUTRO}</div></article></body></html>"
    )


def test_a_list_a_paragraph_introduces_stays() -> None:
    r = pagestrip.clean(_page("<p>There are a few pieces I have read lately that I would recommend reading:</p>"))
    assert all(t in r.text for t in ITEMS)
    assert "Coffee Posts" not in r.text


def test_a_list_after_a_paragraph_that_does_not_introduce_it_goes() -> None:
    r = pagestrip.clean(_page("<p>Ruben's blog is massive, and no list could do the site justice.</p>"))
    assert not any(t in r.text for t in ITEMS[:2])


def test_a_sub_list_under_a_plain_item_stays() -> None:
    html = (
        '<html><head><meta charset="utf-8"><title>Docker入门</title></head><body><div class="markdown-body">'
        "<h1>Docker入门</h1><p>个人环境建议采用挂载本地目录的方式，"
        "毕竟 volume 的内容不方便本地查看，出了问题也不好排查。</p>"
        "<h2>其他好玩服务</h2><ul><li>网盘<ul><li><a href='https://a.example/s'>seafile</a></li>"
        "<li><a href='https://b.example/f'>filebrowser</a></li></ul></li><li>代理工具<ul>"
        "<li><a href='https://c.example/v'>v2ray</a></li></ul></li></ul>"
        "<p>这些服务都可以用 docker compose 一键启动，配置文件放在同一个目录里，迁移的时候整体复制即可。</p>"
        "</div></body></html>"
    )
    r = pagestrip.clean(html)
    assert all(t in r.text for t in ("seafile", "filebrowser", "v2ray"))
