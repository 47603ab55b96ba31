"""HTML fixtures against their gold, and properties of HTML input (hypothesis).

(a) agreement: a page's text wrapped in HTML gives the articles that cleaning
    the text itself gives;
(b) encoding invariance: the same page in other encodings, with a right,
    missing or wrong meta charset, gives the same result;
(c) robustness: arbitrary markup never raises; a page over the size limit is
    cut with a warning.
"""

from __future__ import annotations

import functools
import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pagestrip
import pagestrip.decode
from pagestrip.evaluate import score, squash
from testkit import gold_pages

HTML = Path(__file__).resolve().parents[2] / "fixtures" / "html"
HTML_GOLD = sorted((HTML / "gold").glob("*.json"))
TEXT_PAGES = [(g["seed"], page) for g, page in gold_pages()]


@pytest.mark.parametrize("path", HTML_GOLD, ids=[p.stem for p in HTML_GOLD])
def test_html_fixture_against_gold(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    result = pagestrip.clean((HTML / gold["seed"]).read_bytes())
    s = score(gold, result.articles, result.truncated)
    assert s.f1 >= 0.98, f"F1 {s.f1:.4f}"
    assert [b["text"][:40] for b in s.leaks] == []
    assert s.articles == s.gold_articles
    assert result.truncated == gold["truncated"]
    assert [a.title for a in result.articles] == [a["title"] for a in gold["articles"]]


# --------------------------------------------------------------------------- (a) agreement
NEUTRAL = ["wrap", "box", "inner", "col-md-8", "row", "panel", "main-box", "left", "cont"]


def _to_html(text: str, rnd: random.Random) -> str:
    out = []
    for line in (x.strip() for x in text.splitlines()):
        if not line:
            continue
        if len(line) > 6 and rnd.random() < 0.5:  # inline markup inside the line
            a, b = sorted(rnd.sample(range(1, len(line)), 2))
            tag = rnd.choice(["span", "b", "em", "strong", "font"])
            line_html = f"{_e(line[:a])}<{tag}>{_e(line[a:b])}</{tag}>{_e(line[b:])}"
        else:
            line_html = _e(line)
        out.append(f"<p>{line_html}</p>")
    body = "\n".join(out)
    for _ in range(rnd.randint(0, 6)):
        body = f'<div class="{rnd.choice(NEUTRAL)}">{body}</div>'
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{body}</body></html>"


def _e(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _summary(result: pagestrip.Result) -> list[tuple[str | None, str]]:
    return [(a.title, squash(a.text)) for a in result.articles]


@functools.cache
def _as_text(seed: str) -> tuple[str, list[tuple[str | None, str]]]:
    """A fixture page decoded, and its articles cleaned as text (titles, squashed text): the same
    for every generated wrapping, so cleaned once a page, not once an example."""
    page = dict(TEXT_PAGES)[seed]
    decoded = pagestrip.decode.decode(page).text
    return decoded, [(a.title, squash(a.text)) for a in pagestrip.clean(decoded).articles]


@pytest.mark.parametrize("seed", [s for s, _ in TEXT_PAGES])
# Half the profile's examples a page (ci: 20, thorough: 200): the ten pages each take them, so a
# run still wraps 200 whole pages in generated markup.
@settings(max_examples=max(10, settings().max_examples // 2))
@given(st.integers(0, 2**32))
def test_text_wrapped_in_html_gives_the_same_articles(seed, rnd_seed):
    decoded, as_text = _as_text(seed)
    rnd = random.Random(rnd_seed)
    html = _to_html(decoded, rnd)
    as_html = pagestrip.clean(html)
    assert [squash(a.text) for a in as_html.articles] == [text for _, text in as_text]
    assert [a.title for a in as_html.articles] == [title for title, _ in as_text]


@given(st.integers(0, 2**32), st.sampled_from(["nav", "footer", "aside", "div"]))
def test_chrome_in_structural_containers_goes(rnd_seed, container):
    gold = next(g for g, _ in gold_pages() if g["seed"].startswith("003"))
    body = "\n".join(f"<p>{_e(x)}</p>" for x in gold["articles"][0]["text"].split("\n"))
    chrome = (
        "<ul><li><a href='/1'>网站首页</a></li><li><a href='/2'>范文中心</a></li>"
        "<li><a href='/3'>会员登录</a></li></ul>"
    )
    html = (
        f"<html><body><{container} class='x'>{chrome}</{container}><h1>{_e(gold['title'])}</h1>"
        f"<div class='article'>{body}</div><{container}>{chrome}</{container}></body></html>"
    )
    result = pagestrip.clean(html)
    assert squash(result.articles[0].text) == squash(gold["articles"][0]["text"])


# --------------------------------------------------------------------------- (b) encodings
TRAD = {"table_002_big5.html", "table_003_big5.html", "dede_lying_charset_003.html"}
ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "utf-16", "big5hkscs"]


@pytest.mark.parametrize("path", HTML_GOLD, ids=[p.stem for p in HTML_GOLD])
@given(st.sampled_from(ENCODINGS), st.sampled_from(["right", "missing", "wrong"]))
def test_same_result_in_any_encoding(path, encoding, declared):
    gold = json.loads(path.read_text(encoding="utf-8"))
    data = (HTML / gold["seed"]).read_bytes()
    reference, reference_encoding = _reference(gold["seed"])
    text = data.decode(reference_encoding or "utf-8")
    if encoding == "big5hkscs" and gold["seed"] not in TRAD:
        return
    import regex

    meta = regex.compile(r"""(<meta[^>]*charset\s*=\s*["']?)[A-Za-z0-9_-]+""", regex.IGNORECASE)
    label = {"utf-8-sig": "utf-8", "utf-16": "utf-16"}.get(encoding, encoding)
    if declared == "right":
        text = meta.sub(lambda m: m.group(1) + label, text)
    elif declared == "missing":
        text = meta.sub(lambda m: m.group(1) + "x-none", text)
    else:
        text = meta.sub(lambda m: m.group(1) + ("big5" if label != "big5hkscs" else "utf-8"), text)
    try:
        data2 = text.encode(encoding)
    except UnicodeEncodeError:
        return
    result = pagestrip.clean(data2)
    assert _summary(result) == reference


@functools.cache
def _reference(name: str) -> tuple[list[tuple[str | None, str]], str | None]:
    """An HTML fixture's articles as its own bytes give them, and the encoding it was read in:
    cleaned once a page, not once an example."""
    result = pagestrip.clean((HTML / name).read_bytes())
    return _summary(result), result.encoding


# --------------------------------------------------------------------------- (c) robustness
TOKENS = [
    "<div>",
    "</div>",
    "<p>",
    "<br>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<a href='x'>",
    "</a>",
    "<table><tr><td>",
    "<nav>",
    "<footer>",
    "&amp;",
    "&#x4e2d;",
    "&nbsp;",
    "网页正文。",
    "版权所有",
    "<div class='footer'>",
    "<html>",
    "<body>",
    "\x00",
    "\ufffd",
]
MARKUP = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=20)), max_size=300).map("".join)


@given(MARKUP)
def test_arbitrary_markup_never_raises(markup):
    pagestrip.clean("<html><body>" + markup).to_json()
    try:
        pagestrip.clean(markup.encode("utf-8"), content_type="text/html").to_json()
    except pagestrip.BinaryInputError:  # bytes that are mostly control codes (issue 11)
        assert sum(ch < " " and ch not in "\t\n\r\f\x1b" for ch in markup) >= 16


def test_oversized_page_is_cut_with_a_warning():
    page = "<html><body>" + "<p>正文段落，内容很长很长。</p>" * 50_000 + "</body></html>"
    result = pagestrip.clean(page, max_chars=100_000)
    assert any("cut to the first" in w for w in result.warnings)
    assert result.articles
