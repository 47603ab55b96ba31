"""A Markdown dump of a post about web pages shows HTML in its code fences. That markup is a
sample, not the page's: the input is text, and the sample is kept as the article's code."""

from __future__ import annotations

import pagestrip
from pagestrip.inputs import is_html

SAMPLE = """```
<html>
<head><title>Login demo</title></head>
<body>
  <div class="login"><h3>Sign in</h3><button class="btn">Go</button></div>
</body>
</html>
```"""

POST = "\n\n".join(
    [
        "> Clipped from a tech blog.",
        "## 跨站请求伪造的一个例子",
        "下面通过一个简单的例子来说明跨站请求伪造是怎样发生的，前端页面和后端服务放在同一个域名下。",
        "前端页面如下：",
        SAMPLE,
        "打开页面并登录之后，浏览器就会把这个域下的 Cookie 带到之后的每一个请求里，攻击正是利用了这一点。",
    ]
)


def test_markup_inside_code_fences_does_not_make_the_page_html() -> None:
    assert not is_html(POST)


def test_the_sample_is_kept_as_code_and_its_title_is_not_the_pages() -> None:
    result = pagestrip.clean(POST)
    assert "<title>Login demo</title>" in result.text
    assert '<div class="login"><h3>Sign in</h3><button class="btn">Go</button></div>' in result.text
    assert result.title != "Login demo"


def test_a_closing_tag_outside_the_fences_is_still_html() -> None:
    assert is_html(POST + "\n\n<p>Posted in security</p>")


def test_an_unclosed_fence_hides_its_markup_to_the_windows_end() -> None:
    assert not is_html(POST.rsplit("```", 1)[0])
