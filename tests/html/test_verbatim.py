"""A ``<pre>`` in the article is verbatim: the text rules read prose and chrome, not code."""

from __future__ import annotations

import pagestrip

_PAGE = """<html><head><title>Five Python mistakes</title></head><body>
<nav><a href="/">Home</a> <a href="/blog">Blog</a> <a href="/about">About</a></nav>
<article class="post">
<h1>Five Python mistakes</h1>
<p>Class attributes are shared by every subclass until one of them assigns its own, which
surprises many developers who come to Python from other languages.</p>
<pre>&gt;&gt;&gt; print A.x, B.x, C.x
1 1 1
&gt;&gt;&gt; B.x = 2
&gt;&gt;&gt; print A.x, B.x, C.x
1 2 1
&gt;&gt;&gt; numbers = [n for n in range(10) if n % 2 == 0]
&gt;&gt;&gt; numbers
[0, 2, 4, 6, 8]
8
$ pip install -r requirements.txt
fetch(url, { mode: "same-origin" })
=====
</pre>
<p>Pin the dependencies first, then install them inside the image, so that the layer is
cached between builds and a rebuild only reinstalls what changed since the last one.</p>
</article>
<footer>Copyright 2024 Example Blog. All rights reserved.</footer>
</body></html>"""

_CODE_LINES = ["1 1 1", "1 2 1", "[0, 2, 4, 6, 8]", "8", "$ pip install -r requirements.txt", '{ mode: "same-origin" }']


def test_code_in_the_article_keeps_every_line() -> None:
    result = pagestrip.clean(_PAGE)
    text = result.articles[0].text
    for line in _CODE_LINES:
        assert line in text, line
    assert "=====" in text  # a code block's rule line is its text, not decoration


def test_the_page_around_the_code_is_still_cleaned() -> None:
    result = pagestrip.clean(_PAGE)
    text = result.articles[0].text
    assert "All rights reserved" not in text
    assert "About" not in text.split("\n")
    assert "Pin the dependencies first" in text


def test_the_same_lines_outside_a_pre_are_judged_by_the_rules() -> None:
    # The exemption is the markup's: a bare pager line in a paragraph still goes.
    page = _PAGE.replace("<pre>", "<div>").replace("</pre>", "</div>").replace("\n1 1 1\n", "\n<p>1 2 3</p>\n")
    text = pagestrip.clean(page).articles[0].text
    assert "1 2 3" not in text.split("\n")


def test_numbered_commands_in_code_do_not_split_the_article() -> None:
    runs = (
        "<p>Running it on Python 2 works, as one expects it to:</p>"
        "<pre>$ python foo.py 1\nkey error\n1\n</pre>"
        "<p>And with the other argument it fails in turn, as the next run shows us.</p>"
        "<pre>$ python foo.py 2\nvalue error\n2\n</pre>"
    )
    page = _PAGE.replace("<footer>", f"<article>{runs}</article><footer>")
    result = pagestrip.clean(page)
    assert len(result.articles) == 1
    assert "$ python foo.py 2" in result.articles[0].text
