"""HTML input: decoding, markup to lines, structural evidence, robustness."""

from __future__ import annotations

import json

import pytest

import pagestrip
from testkit import ROOT, run_cli

PAGE = ROOT / "fixtures" / "html" / "dedecms_gbk_speech.html"
BODY = [
    "今天召开全县安全生产工作会议，主要任务是分析当前安全生产形势，部署下一阶段工作。刚才，各部门作了汇报，我都同意。",
    "一、提高认识，切实增强做好安全生产工作的责任感。安全生产事关人民群众生命财产安全，各级各部门必须时刻绷紧这根弦。",
]


def text_of(result):
    return "\n".join(a.text for a in result.articles)


def test_gbk_page_with_meta_charset():
    result = pagestrip.clean(PAGE.read_bytes())
    assert result.encoding == "gb18030"
    assert result.title == "在全县安全生产工作会议上的讲话"
    assert result.site == "示例范文网"
    assert result.date == "2024-05-06"
    text = text_of(result)
    for p in BODY:
        assert p in text
    for gone in (
        "首页",
        "当前位置",
        "阅读",
        "相关文章",
        "防汛",
        "版权所有",
        "ICP",
        "隐藏的统计代码",
        "not text",
        "color:red",
    ):
        assert gone not in text
    assert result.articles[0].title == "在全县安全生产工作会议上的讲话"


def test_br_splits_lines_and_inline_markup_joins():
    result = pagestrip.clean(PAGE.read_bytes())
    paras = [p.text for p in result.articles[0].paragraphs]
    assert "对整改不到位的，要严肃追责问责。" in paras
    assert any("切实增强做好安全生产工作" in p for p in paras)  # <b> joined into its paragraph


def test_wrong_declared_charset_is_overruled_with_a_warning():
    data = PAGE.read_bytes().replace(b'charset="gbk"', b'charset="utf-8"')
    result = pagestrip.clean(data)
    assert any("charset" in w for w in result.warnings)
    assert BODY[0] in text_of(result)


def test_http_charset_and_content_type():
    data = PAGE.read_bytes().replace(b'<meta charset="gbk">', b"")
    result = pagestrip.clean(data, content_type="text/html; charset=gbk")
    assert BODY[0] in text_of(result)
    plain = pagestrip.clean(
        "<p>这是一段纯文本里的尖括号示例，不是网页。</p>\n<p>第二段。</p>", content_type="text/plain"
    )
    assert "<p>" in text_of(plain)


def _wrap(inner: str) -> str:
    return f"<html><body>{inner}</body></html>"


ARTICLE = "".join(f"<p>{p}</p>" for p in BODY * 2)


@pytest.mark.parametrize(
    "container,rule",
    [
        ('<div class="sidebar">本站精选栏目导读</div>', "html.chrome"),
        ("<nav>本站精选栏目导读</nav>", "html.chrome"),
        ("<footer>本站精选栏目导读</footer>", "html.footer"),
        ('<div id="site-footer">本站精选栏目导读</div>', "html.footer"),
        ("<aside>本站精选栏目导读</aside>", "html.related"),
        ('<div class="tuijian">本站精选栏目导读</div>', "html.related"),
    ],
)
def test_structural_containers_outside_the_article_are_removed(container, rule):
    result = pagestrip.clean(_wrap(f"<article>{ARTICLE}</article>{container}"))
    assert "本站精选栏目导读" not in text_of(result)
    assert rule in {r.rule for r in result.removed}
    assert BODY[0] in text_of(result)


@pytest.mark.parametrize("cls", ["padding", "loading", "shadow", "headline", "navigator-text", "footnote"])
def test_class_tokens_match_whole_words_only(cls):
    # "ad" must not match padding/loading/shadow, nor "nav" navigator, nor "foot" footnote.
    result = pagestrip.clean(_wrap(f'<div class="{cls}"><p>{BODY[0]}</p><p>{BODY[1]}</p></div>'))
    assert BODY[0] in text_of(result)
    assert not any(r.rule.startswith("html.") for r in result.removed)


def test_main_content_is_protected_from_hints():
    html = _wrap(f'<article><div class="share-tips"><p>{BODY[0]}</p></div><p>{BODY[1]}</p></article>')
    result = pagestrip.clean(html)
    assert BODY[0] in text_of(result)


def test_link_lists_outside_the_article_go():
    links = "".join(f'<a href="/{i}">栏目{i}</a> ' for i in range(8))
    result = pagestrip.clean(_wrap(f"<div>{links}</div><article>{ARTICLE}</article>"))
    assert "栏目3" not in text_of(result)


def test_beautifulsoup_and_lxml_inputs():
    from bs4 import BeautifulSoup
    from lxml import html as lxml_html

    src = PAGE.read_bytes().decode("gb18030")
    for page in (BeautifulSoup(src, "lxml"), lxml_html.fromstring(src)):
        result = pagestrip.clean(page)
        assert BODY[0] in text_of(result)


@pytest.mark.parametrize(
    "html",
    [
        "<div>" * 10_000 + "深层嵌套的正文段落，内容要足够长，才能算作正文。" + "</div>" * 10_000,
        "<html><body><p>未闭合的段落<div><span>标签错乱</p></div><table><tr><td>单元格",
        "<html>\x00\x01\x02<body>\xff\xfe<p>二进制垃圾</p>",
        "<html><body></body></html>",
        "<",
    ],
)
def test_broken_markup_never_raises(html):
    result = pagestrip.clean(html)
    result.to_json()


def test_cli_content_type_and_url():
    proc = run_cli("clean", "--format", "json", "--url", "https://example.cn/a/1.html", PAGE)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["url"] == "https://example.cn/a/1.html"
    assert doc["articles"][0]["title"] == "在全县安全生产工作会议上的讲话"


def test_cjk_range_table_matches_the_unicode_properties() -> None:
    """The fast CJK class (code point ranges for ``re``) is the regex module's property
    class, up to characters that a newer Unicode than Python's own assigned (a newer
    regex release knows CJK Extension J; Python's unicodedata does not yet)."""
    import unicodedata

    import regex

    from pagestrip.html import _CJK

    slow = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    fast, props = set(_CJK.findall(every)), set(slow.findall(every))
    assert fast <= props  # no character leaves these scripts
    assert all(unicodedata.category(c) == "Cn" for c in props - fast), sorted(props - fast)[:5]


def test_cjk_count_agrees_with_the_class() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as hst

    from pagestrip.html import _CJK, cjk_count

    @settings(max_examples=7 * settings().max_examples, deadline=None)  # a cheap check: ci 280, thorough 2800
    @given(hst.text(alphabet=hst.sampled_from(list("ab 中文かなカナ한국\U00020000\U0002a700。,x\u00e9")), max_size=40))
    def check(text: str) -> None:
        assert cjk_count(text) == len(_CJK.findall(text))

    check()


def test_a_reference_that_prints_its_address_is_no_link_list() -> None:
    """A link whose text is its own address cites a source: a reference list's entry stays,
    where a menu of the same density goes."""
    refs = [
        "[1] 姜承尧 著；MySQL技术内幕-InnoDB存储引擎；机械工业出版社，2011",
        "[2] MySQL5.1参考手册 – http://dev.mysql.com/doc/refman/5.1/zh/index.html",
    ]
    page = (
        "<html><head><title>MySQL索引</title></head><body><article><h1>MySQL索引</h1>"
        "<p>其实数据库索引调优是一项技术活，不能仅仅靠理论，因为实际情况千变万化，而且MySQL本身存在很复杂的机制。</p>"
        f"<p>参考文献<br>{refs[0]}<br>[2] MySQL5.1参考手册 – "
        "<a href='http://dev.mysql.com/doc/refman/5.1/zh/index.html'>http://dev.mysql.com/doc/refman/5.1/zh/index.html</a>"
        "</p><p><a href='/a'>上一篇：索引的数据结构与算法原理及其应用</a></p></article></body></html>"
    )
    kept = pagestrip.clean(page).text.split("\n")
    assert refs[1] in kept
    assert not any("上一篇" in line for line in kept)


def test_hint_evidence_names_the_class_that_holds_the_word() -> None:
    """A container of several classes is named in the evidence by the class with the hint word
    (div.blq-int-nav), not by its first class (div.blq-lang)."""
    html = (
        '<html><head><title>T</title></head><body><div class="blq-lang blq-int-nav"><ul>'
        '<li><a href="/a">Alpha things</a></li><li><a href="/b">Beta gamma</a></li>'
        '<li><a href="/c">Delta of ours</a></li></ul></div><div class="story"><h1>T</h1>'
        "<p>The chief executive apologised to the legislature on Monday, after weeks of pressure over "
        "illegal structures at his home.</p><p>He had admitted that he knew of the structures before he "
        "stood for election, which led to questions about his honesty.</p></div></body></html>"
    )
    evidence = [r.evidence for r in pagestrip.clean(html).removed if r.rule == "html.chrome"]
    assert evidence and all("(div.blq-int-nav)" in (e or "") for e in evidence)
