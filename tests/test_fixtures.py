"""The fixture pages against their gold files, with the project's own scorer."""

from __future__ import annotations

from itertools import pairwise

import pytest

import pagestrip
from pagestrip.evaluate import score
from testkit import gold_pages

#: The kinds the core engine is responsible for (duplicates come with dedupe).
CORE_KINDS = ["chrome", "metadata", "footer", "truncation", "related", "editorial", "toc", "decoration"]
PAGES = gold_pages()


@pytest.mark.parametrize("gold,page", PAGES, ids=[g["seed"] for g, _ in PAGES])
def test_no_core_boilerplate_leaks(gold, page):
    result = pagestrip.clean(page)
    s = score(gold, result.articles, result.truncated, CORE_KINDS)
    assert [b["text"][:40] for b in s.leaks] == []


@pytest.mark.parametrize("gold,page", PAGES, ids=[g["seed"] for g, _ in PAGES])
def test_recall_of_article_text(gold, page):
    result = pagestrip.clean(page)
    s = score(gold, result.articles, result.truncated)
    assert s.recall >= 0.99, f"recall {s.recall:.4f}"


@pytest.mark.parametrize("gold,page", PAGES, ids=[g["seed"] for g, _ in PAGES])
def test_full_score_with_dedupe_and_collections(gold, page):
    result = pagestrip.clean(page)
    s = score(gold, result.articles, result.truncated)
    assert s.f1 >= 0.99, f"F1 {s.f1:.4f}"
    assert s.leaks == []
    assert s.articles == s.gold_articles
    assert [a.title for a in result.articles] == [a["title"] for a in gold["articles"]]
    assert result.title == gold["title"]


@pytest.mark.parametrize("gold,page", PAGES, ids=[g["seed"] for g, _ in PAGES])
def test_duplicates_name_a_kept_copy(gold, page):
    result = pagestrip.clean(page)
    kept = [(p.start, p.end) for a in result.articles for p in a.paragraphs]
    kept += [(a.title_span.start, a.title_span.end) for a in result.articles if a.title_span]
    # The page title went to page metadata: a repeat of it names that line.
    kept += [(r.start, r.end) for r in result.removed if r.rule == "page.title"]
    for r in result.removed:
        if r.kind.value == "duplicate" and r.of is not None:
            assert any(s <= r.of < e for s, e in kept), (r.rule, r.text[:30])


def test_no_dedupe_and_no_split_keep_everything():
    _gold, page = next((g, p) for g, p in PAGES if g["seed"].startswith("001"))
    whole = pagestrip.clean(page, dedupe=False, split=False)
    assert len(whole.articles) == 1
    assert not any(r.kind.value == "duplicate" for r in whole.removed)
    split_only = pagestrip.clean(page, dedupe=False)
    assert len(split_only.articles) > 8
    assert not any(r.kind.value == "duplicate" for r in split_only.removed)


@pytest.mark.parametrize("gold,page", PAGES, ids=[g["seed"] for g, _ in PAGES])
def test_page_metadata(gold, page):
    result = pagestrip.clean(page)
    assert result.truncated == gold["truncated"]
    assert result.site == gold["site"]
    assert result.date == gold["date"]


def test_truncation_figures_of_seed_002():
    _gold, page = next((g, p) for g, p in PAGES if g["seed"].startswith("002"))
    result = pagestrip.clean(page)
    assert result.truncation is not None
    assert result.truncation.to_dict() == {"declared_chars": 2082, "shown_chars": 1324, "omitted_chars": 471}


@pytest.mark.parametrize("gold,page", PAGES, ids=[g["seed"] for g, _ in PAGES])
def test_removal_offsets_point_into_normalized_text(gold, page):
    result = pagestrip.clean(page)
    for r in result.removed:
        assert result.normalized[r.start : r.end] == r.text
    assert all(a.start <= b.start for a, b in pairwise(result.removed))


@pytest.mark.parametrize("gold,page", PAGES, ids=[g["seed"] for g, _ in PAGES])
def test_json_output_has_the_spec_fields(gold, page):
    import json

    doc = json.loads(pagestrip.clean(page).to_json())
    assert {"title", "site", "date", "truncated", "truncation", "articles", "removed", "stats"} <= set(doc)
    assert {"input_chars", "output_chars", "normalized"} <= set(doc["stats"])
    for r in doc["removed"]:
        extra = {"of"} if r["kind"] == "duplicate" and "of" in r else set()
        assert set(r) == {"kind", "rule", "start", "end", "text"} | extra


def test_a_one_sentence_page_keeps_its_sentence_and_a_trailing_label_is_no_title() -> None:
    """A title stands above the text: a sentence is text, and a short line after it
    (联系我们) is never taken for the page's title."""
    import pagestrip

    one = pagestrip.clean("abc. This is a line of text.")
    assert one.text == "abc. This is a line of text." and one.title is None
    zh = pagestrip.clean("<p>正文第一段，内容足够长，才能算作正文。</p><p>联系我们</p>")
    assert zh.title != "联系我们" and zh.text.startswith("正文第一段")
    headline = pagestrip.clean(
        "2021年春节假期定啦!!!\n根据通知精神,2021年春节放假时间为2月11日至17日,共7天,请各单位做好值班安排。\n"
    )
    assert headline.title == "2021年春节假期定啦!!!"  # a headline may end in !!!: it has no clauses
