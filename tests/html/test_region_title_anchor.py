"""HTML region: the title's heading anchors the article, also when the title's text sits in
wrappers inside the heading, and a comment form beside the article is not "near the title"."""

from __future__ import annotations

from pagestrip.html import html_to_page, parse

POST = """<p>每次打开别人的新项目都会遇到依赖报错</p>
<h2>解决</h2><p>安装 depcheck</p><pre>npm i -g depcheck</pre>
<p>检查依赖</p><pre>depcheck</pre><p>找到缺失的依赖再安装</p>
<p>安装缺失依赖以后重新启动项目</p><p>报错就都没有了</p><p>本作品采用 CC 协议转载必须注明作者和本文链接</p>"""

FORM = """<form class="ui reply"><div class="content"><div class="tips">
请勿灌水，与人为善，比聪明更重要，友好交流，遵守规则，不要吵架，谢谢！</div>
<div class="tips">回复前请先登录，注册，绑定手机，然后再发言，谢谢。</div>
<textarea></textarea></div></form>"""


def page(title_markup: str, form: str = FORM, wrap_in_form: bool = False) -> bytes:
    body = f"""<div class="ui grid"><div class="column"><div class="ui">
<div class="head">{title_markup}</div>
<div class="article-content">{POST}</div></div>
<div class="ui segment">{form}</div></div></div>"""
    if wrap_in_form:
        body = f'<form id="form1" method="post">{body}</form>'
    return f"""<html><head><title>解决新项目npm依赖报错 - 社区</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/t">话题</a></div>{body}</body></html>""".encode()


def region_of(html: bytes) -> set[str]:
    """The lines of the region the scorer picked."""
    page = html_to_page(parse(html.decode()))
    return {b.text for b in page.blocks if b.why and b.why[0] == "region"}


def test_title_in_wrappers_inside_h1_anchors_the_short_post_over_the_comment_form():
    picked = region_of(page("<h1><div><span>解决新项目npm依赖报错</span></div></h1>"))
    assert "安装 depcheck" in picked
    assert not any("与人为善" in t for t in picked)


def test_a_form_that_wraps_the_whole_page_still_lets_the_title_anchor_the_post():
    picked = region_of(page("<h1><span>解决新项目npm依赖报错</span></h1>", wrap_in_form=True))
    assert "安装 depcheck" in picked
    assert not any("与人为善" in t for t in picked)
