"""Property-based tests (hypothesis) run against the fixture pages.

(a) idempotence: cleaning the output again removes nothing;
(b) conservation: kept paragraphs are substrings of the normalized input, and
    removals plus kept text account for every character of it;
(c) insertion: boilerplate drawn at random and inserted into a gold article at
    the head, the tail and inline is removed again, the article unchanged;
(d) robustness: arbitrary and hostile text never raises.
"""

from __future__ import annotations

import json
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pagestrip
from pagestrip.evaluate import squash
from testkit import gold_articles, gold_pages

PAGES = [page for _, page in gold_pages()]
# Articles long enough to have a body: the tail rules need the page's latter part.
ARTICLES = [a for a in gold_articles() if len(a["text"]) >= 800 and a["title"]]
HAN = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后"
    "多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合"
    "还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只"
    "没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边"
    "流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造"
    "百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例"
    "真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且"
    "究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何"
    "除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满"
    "县局照参红细引听该铁价严"
)
SITES = st.builds(
    lambda name, suffix: name + suffix,
    st.text(alphabet=HAN, min_size=2, max_size=6),
    st.sampled_from(["网", "範文網", "文库", "文档网", "站"]),
)
YEARS = st.integers(min_value=2000, max_value=2030)
DATES = st.builds(lambda y, m, d: f"{y}-{m:02d}-{d:02d}", YEARS, st.integers(1, 12), st.integers(1, 28))
CATEGORY = st.text(alphabet=HAN, min_size=2, max_size=6)
PROVINCE = st.sampled_from(list("京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新"))


@st.composite
def footers(draw) -> list[str]:
    site = draw(SITES)
    y1 = draw(YEARS)
    icp = f"{draw(PROVINCE)}ICP备{draw(st.integers(10_000_000, 99_999_999))}号"
    lines = [
        f"版权所有:{site} {y1}-{y1 + draw(st.integers(0, 9))} 未经授权禁止复制或建立镜像",
        f"Powered by {site} © All Rights Reserved.",
        icp,
        f"Copyright © {y1} {site} 版权所有 {icp}",
    ]
    picked = draw(st.lists(st.sampled_from(lines), min_size=1, max_size=4, unique=True))
    return picked


@st.composite
def heads(draw) -> list[str]:
    site = draw(SITES)
    path = draw(st.lists(CATEGORY, min_size=1, max_size=4))
    sep = draw(st.sampled_from([" > ", ">>", " » ", "＞"]))
    crumb = draw(st.sampled_from(["当前位置:", "您的位置:", "您现在的位置：", "當前位置:", ""]))
    lines = [f"{crumb}{site}{sep}{sep.join(path)}"]
    if not crumb:
        lines[0] = f"首页{sep}{sep.join(path)}{sep}正文"
    if draw(st.booleans()):
        lines.insert(0, f"欢迎光临{site}")
    return lines


@st.composite
def metadata_lines(draw) -> str:
    date = draw(DATES)
    key = draw(st.sampled_from(["时间", "发布时间", "更新时间", "发表时间", "發表時間"]))
    extra = draw(st.sampled_from(["", "  阅读:", " 查看人数:12", " 来源:本站", " 點擊:3"]))
    return f"{key}:{date} 11:18:02{extra}"


@st.composite
def truncation_notices(draw) -> str:
    site = draw(SITES)
    n = draw(st.integers(1, 99999))
    url = "http://" + draw(st.text(alphabet=string.ascii_lowercase + string.digits, min_size=3, max_size=10)) + ".cn"
    return draw(
        st.sampled_from(
            [
                f"……({site}{url}省略{n}字,正式会员可完整阅读)……",
                f"……（{site}省略{n}字，正式會員可完整閱讀）……",
                f"(省略{n}字)",
            ]
        )
    )


@st.composite
def tail_notices(draw) -> str:
    total = draw(st.integers(1000, 99999))
    shown = draw(st.integers(100, 999))
    return draw(
        st.sampled_from(
            [
                f"……(未完,全文共{total}字,当前仅显示{shown}字,请阅读下面提示信息。收藏《某某讲话》",
                f"……(未完,全文共{total}字,當前僅顯示{shown}字,請閱讀下面提示信息。",
            ]
        )
    )


@st.composite
def related_blocks(draw) -> list[str]:
    heading = draw(
        st.sampled_from(
            [
                "相关文章",
                "相关热词搜索: 讲话 全区 大会上",
                "推荐访问:",
                "推薦訪問: 大會上 縣級",
                "推荐阅读",
                "相关文章推荐",
                "上一篇:某某讲话",
            ]
        )
    )
    teasers = draw(st.lists(st.text(alphabet=HAN + "，、", min_size=15, max_size=80), max_size=6))
    return [heading, *teasers]


def _page(article: dict, head: list[str], meta: list[str], tail: list[str], inline: str | None, where: int) -> str:
    paras = article["text"].split("\n")
    if inline is not None:
        # Insert the notice at a sentence boundary of one paragraph.
        k = where % len(paras)
        p = paras[k]
        cuts = [i + 1 for i, ch in enumerate(p) if ch == "。"] or [len(p)]
        cut = cuts[where % len(cuts)]
        paras[k] = p[:cut] + inline + p[cut:]
    return "\n\n".join([*head, article["title"], *meta, *paras, *tail]) + "\n"


# --------------------------------------------------------------------------- (c) insertion
@given(
    st.sampled_from(ARTICLES),
    heads(),
    st.lists(metadata_lines(), max_size=1),
    footers(),
    st.one_of(st.none(), related_blocks()),
    st.one_of(st.none(), truncation_notices()),
    st.integers(0, 10_000),
)
def test_inserted_boilerplate_is_removed_and_article_unchanged(article, head, meta, foot, related, notice, where):
    tail = [*(related or []), *foot]
    page = _page(article, head, meta, tail, notice, where)
    result = pagestrip.clean(page)
    assert len(result.articles) == 1
    got = result.articles[0]
    assert squash(got.text) == squash(article["text"])
    assert got.title == article["title"]
    flat = squash(got.text)
    for line in [*head, *meta, *tail, *([notice] if notice else [])]:
        assert squash(line) not in flat
    assert result.truncated == (notice is not None)


@pytest.mark.xfail(
    strict=True,
    reason="found by the test above: with a truncation notice in the first paragraph and two "
    "related-list items of punctuation, the title line is not found and stays in the article text",
)
def test_inserted_boilerplate_found_case_keeps_the_title():
    article = next(a for a in ARTICLES if a["title"] == "在创建全国文明城市工作会议上的讲话稿会议发言")
    related = ["相关文章", "、、、、、、、、、、、、、、一", "、、、、、、、、、、、、、、一"]
    foot = ["版权所有:一一网 2000-2000 未经授权禁止复制或建立镜像"]
    notice = "……(一一网http://000.cn省略1字,正式会员可完整阅读)……"
    result = pagestrip.clean(_page(article, ["当前位置:一一网 > 一一"], [], [*related, *foot], notice, 0))
    assert [a.title for a in result.articles] == [article["title"]]
    assert squash(result.articles[0].text) == squash(article["text"])


@given(st.sampled_from(ARTICLES), tail_notices(), footers())
def test_notice_appended_to_last_paragraph_keeps_text_before_it(article, notice, foot):
    paras = article["text"].split("\n")
    page = "\n\n".join([article["title"], *paras[:-1], paras[-1] + notice, *foot])
    result = pagestrip.clean(page)
    assert squash(result.articles[0].text) == squash(article["text"])
    assert result.truncated
    assert result.truncation is not None and result.truncation.declared_chars is not None


# --------------------------------------------------------------------------- (a) idempotence
@given(st.sampled_from(PAGES))
def test_cleaning_the_output_again_removes_nothing(page):
    first = pagestrip.clean(page)
    for art in first.articles:
        again = pagestrip.clean((art.title or "") + "\n" + art.text)
        assert again.removed == [], [(r.rule, r.text[:30]) for r in again.removed]
        assert squash(again.articles[0].text) == squash(art.text)


@given(st.sampled_from(ARTICLES), heads(), footers(), st.integers(0, 10_000))
def test_idempotent_on_generated_pages(article, head, foot, where):
    first = pagestrip.clean(_page(article, head, [], foot, None, where))
    art = first.articles[0]
    again = pagestrip.clean((art.title or "") + "\n" + art.text)
    assert again.removed == []


# --------------------------------------------------------------------------- (b) conservation
def _check_conservation(result: pagestrip.Result) -> None:
    text = result.normalized
    owner = [0] * len(text)
    spans = [(r.start, r.end) for r in result.removed]
    for art in result.articles:
        for p in art.paragraphs:
            assert text[p.start : p.end] == p.text
            assert p.text in text
            spans.append((p.start, p.end))
        if art.title_span is not None:
            spans.append((art.title_span.start, art.title_span.end))
    for s, e in spans:
        for i in range(s, e):
            owner[i] += 1
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert owner[i] == 1, f"char {i} {ch!r} owned {owner[i]} times"


@given(st.sampled_from(PAGES))
def test_removals_and_kept_text_account_for_the_whole_fixture(page):
    _check_conservation(pagestrip.clean(page))


@given(
    st.sampled_from(ARTICLES),
    heads(),
    st.lists(metadata_lines(), max_size=1),
    footers(),
    st.one_of(st.none(), related_blocks()),
    st.one_of(st.none(), truncation_notices()),
    st.integers(0, 10_000),
)
def test_conservation_on_generated_pages(article, head, meta, foot, related, notice, where):
    page = _page(article, head, meta, [*(related or []), *foot], notice, where)
    _check_conservation(pagestrip.clean(page))


# --------------------------------------------------------------------------- (d) robustness
HOSTILE = st.one_of(
    st.text(max_size=3000),
    st.text(alphabet="()（）[]【】<>…—-:：。，,.!! \n\t\u3000★•", max_size=3000),
    st.builds(
        lambda ch, n: ch * n,
        st.sampled_from(["(", "（", " ", "…", ">", "—", "1", "网", "\n", "::"]),
        st.integers(1000, 200_000),
    ),
    st.builds(lambda a, b: a + b, st.text(HAN, max_size=200), st.text("abcXYZ ©()0123", max_size=200)),
)


@settings(max_examples=3 * settings().max_examples // 2, deadline=5000)  # ci 60, thorough 600
@given(HOSTILE)
def test_arbitrary_text_never_raises(text):
    result = pagestrip.clean(text)
    for r in result.removed:
        assert result.normalized[r.start : r.end] == r.text
    result.to_json()


@settings(max_examples=3 * settings().max_examples // 4, deadline=5000)  # ci 30, thorough 300
@given(st.binary(max_size=5000))
def test_arbitrary_bytes_never_raise(data):
    try:
        result = pagestrip.clean(data)
    except pagestrip.BinaryInputError as exc:  # the one error random bytes may give (issue 11)
        assert "binary" in str(exc)
        return
    for r in result.removed:  # what was removed is where it says, in the decoded text
        assert result.normalized[r.start : r.end] == r.text
    for a in result.articles:
        assert all(p.text in result.normalized for p in a.paragraphs)
    assert json.loads(result.to_json().encode("utf-8"))["stats"]["input_chars"] == result.stats.input_chars


def test_two_hundred_thousand_open_parens():
    result = pagestrip.clean("(" * 200_000)
    assert result.articles == [] or all(not a.text.strip("(") for a in result.articles)


def test_empty_input_gives_an_empty_result():
    for page in ("", b"", "\n\n  \n", "\ufeff"):
        result = pagestrip.clean(page)
        assert result.articles == []
        assert result.removed == []
