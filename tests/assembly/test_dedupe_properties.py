"""Properties of duplicate removal and collection splitting, on the gold articles."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import pagestrip
from pagestrip.dedupe import key
from pagestrip.evaluate import squash
from testkit import gold_articles

ARTICLES = [a for a in gold_articles() if a["title"] and len(a["text"].split("\n")) >= 3]


def _unique(article: dict) -> bool:
    keys = [key(p) for p in article["text"].split("\n")]
    return len(set(keys)) == len(keys)


UNIQUE = [a for a in ARTICLES if _unique(a)]


def _page(title: str, *blocks: list[str]) -> str:
    return "\n\n".join([title, *[p for b in blocks for p in b]]) + "\n"


def _text(result: pagestrip.Result) -> str:
    return squash("".join(a.text for a in result.articles))


@given(st.sampled_from(UNIQUE))
def test_an_article_printed_twice_comes_back_once(article):
    paras = article["text"].split("\n")
    result = pagestrip.clean(_page(article["title"], paras, paras))
    assert _text(result) == squash(article["text"])
    dups = [r for r in result.removed if r.kind.value == "duplicate"]
    assert dups and all(r.of is not None for r in dups)


@given(st.sampled_from(UNIQUE), st.integers(0, 10_000))
def test_a_second_copy_missing_a_paragraph_goes(article, k):
    paras = article["text"].split("\n")
    second = paras[: k % len(paras)] + paras[k % len(paras) + 1 :]
    result = pagestrip.clean(_page(article["title"], paras, second))
    assert _text(result) == squash(article["text"])


@given(st.sampled_from(UNIQUE), st.integers(0, 10_000))
def test_text_only_one_copy_has_is_never_lost(article, k):
    paras = article["text"].split("\n")
    k %= len(paras)
    shorter = paras[:k] + paras[k + 1 :]
    result = pagestrip.clean(_page(article["title"], shorter, paras))
    out = _text(result)
    for p in paras:
        assert squash(p) in out


@given(st.sampled_from(UNIQUE), st.integers(20, 120))
def test_a_cut_short_abstract_in_front_goes(article, n):
    paras = article["text"].split("\n")
    opening = paras[0] + paras[1]
    abstract = opening[:n]
    if len(key(abstract)) < 20 or abstract in paras:
        return
    result = pagestrip.clean(_page(article["title"], [abstract], paras))
    assert _text(result) == squash(article["text"])
    assert any(r.rule == "dedupe.abstract" for r in result.removed)


@given(st.sampled_from(UNIQUE))
def test_an_article_without_repeats_loses_nothing_to_dedupe(article):
    result = pagestrip.clean(_page(article["title"], article["text"].split("\n")))
    assert not any(r.kind.value == "duplicate" for r in result.removed)
    assert _text(result) == squash(article["text"])


@given(
    st.lists(st.sampled_from(UNIQUE), min_size=2, max_size=4, unique_by=lambda a: a["title"]),
    st.sampled_from(["第{n}篇 {t}", "第{cn}篇：{t}", "篇{cn}：{t}", "范文{cn}：{t}"]),
)
def test_articles_under_piece_markers_come_back_as_those_articles(articles, marker):
    cn = "一二三四五六七八九十"
    blocks = []
    for n, a in enumerate(articles, 1):
        blocks.append([marker.format(n=n, cn=cn[n - 1], t=a["title"]), *a["text"].split("\n")])
    result = pagestrip.clean(_page("讲话稿合集", *blocks))
    assert [a.title for a in result.articles] == [a["title"] for a in articles]
    assert [squash(a.text) for a in result.articles] == [squash(a["text"]) for a in articles]


def test_numbered_headings_do_not_split_a_speech():
    body = [
        "一、提高站位，统一思想认识，切实增强做好工作的责任感和使命感。要把思想统一到会议精神上来。",
        "二、突出重点，狠抓工作落实，确保各项任务按时保质完成。各单位要明确分工，压实责任。",
        "三、加强领导，强化督查考核，为全年目标任务提供坚强保障。要建立健全考核机制。",
    ]
    result = pagestrip.clean(_page("在全县工作会议上的讲话", body))
    assert len(result.articles) == 1
