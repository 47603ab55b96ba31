"""A ``<pre>`` in the article is verbatim: the text rules read prose and chrome, not code."""

from __future__ import annotations

import pagestrip
from pagestrip.model import Kind

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


_INDENTED = """<html><head><title>How to loop in Python</title></head><body>
<nav><a href="/">Home</a> <a href="/blog">Blog</a></nav>
<article><h1>How to loop in Python</h1>
<p>Loops are one of the first things a new programmer learns, and Python makes them
pleasant to write, as the short example below shows.</p>
    <pre><code>    def total(items):
        result = 0
        for item in items:
        \tif item &gt; 0:
        \t\tresult += item
        return result
</code></pre>
<p>The function adds the positive items of a list, one by one, and returns the result to
its caller when the loop ends.</p>
<p>\u3000\u3000段首的全角空格是段落的缩进，不是代码的缩进，输出里照样去掉。</p>
<pre>\u3000\u3000预格式的中文段落也一样：全角空格的缩进去掉，只有代码的缩进留下。</pre>
</article><footer>© 2024 Example blog. All rights reserved.</footer></body></html>"""


def test_code_keeps_its_indentation_below_the_blocks_own() -> None:
    # The block's common indentation is the template's; what is below it is the code's,
    # given back as the page has it (spaces and tabs).
    text = pagestrip.clean(_INDENTED).articles[0].text
    assert (
        "def total(items):\n    result = 0\n    for item in items:\n    \tif item > 0:\n"
        "    \t\tresult += item\n    return result"
    ) in text


def test_blank_lines_inside_pre_stay_in_the_code() -> None:
    page = (
        "<html><body><article><h1>A title here</h1><p>First paragraph of the story, long enough to be"
        " prose, with commas, and more words.</p><pre><code>\n\nimport os\n\n\ndef main():\n    pass\n\n"
        "</code></pre><p>The last paragraph of the story, long enough to be prose, with commas.</p>"
        "</article></body></html>"
    )
    text = pagestrip.clean(page).articles[0].text
    assert "words.\nimport os\n\n\ndef main():\n    pass\nThe last" in text  # the run's edges are not its


def test_prose_lines_lose_their_indentation_in_and_out_of_pre() -> None:
    lines = pagestrip.clean(_INDENTED).articles[0].text.split("\n")
    assert "段首的全角空格是段落的缩进，不是代码的缩进，输出里照样去掉。" in lines
    assert "预格式的中文段落也一样：全角空格的缩进去掉，只有代码的缩进留下。" in lines


def test_indentation_is_outside_the_offsets() -> None:
    # Removals and every offset are into the normalized text, which has no indentation:
    # the kept paragraph's text is the line's with the indentation in front.
    result = pagestrip.clean(_INDENTED)
    for p in result.articles[0].paragraphs:
        assert p.text.lstrip(" \t") == result.normalized[p.start : p.end]


def test_text_whose_style_keeps_its_line_breaks_is_a_paragraph_a_line() -> None:
    """``white-space: pre-line`` (or ``pre-wrap``): the browser shows the text's line breaks,
    so a body whose paragraphs are separated by them alone keeps its paragraphs; they are
    prose, judged by the rules (not verbatim as a ``<pre>``)."""
    paras = [
        "伊朗武装部队于6月20日宣布，霍尔木兹海峡对所有船只关闭，直至另行通知。",
        "美国军方则否认伊朗已实际控制海峡，称海峡通行安全无阻，商船仍在正常航行。",
        "责任编辑：王小明",
    ]
    page = (
        "<html><head><title>霍尔木兹海峡</title></head><body><article><h1>霍尔木兹海峡</h1>"
        f"<div style='color:#333; white-space: pre-line'>{paras[0]}\n\n  {paras[1]}\n{paras[2]}</div>"
        "</article></body></html>"
    )
    result = pagestrip.clean(page)
    assert result.text.split("\n") == paras[:2]
    assert [r.kind for r in result.removed] == [Kind.METADATA]
