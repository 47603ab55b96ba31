"""Evaluation gate: F1 floors on the project's fixtures and, when present, on ../shared/corpus.

The floors sit a little below what the engine reaches, so a change that loses
real pages fails here. The corpus is third-party data that is not in the
repository: those tests skip, saying why, when ``../shared`` is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pagestrip
from pagestrip.evaluate import check_families, evaluate_dir, score

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
NO_CORPUS = f"the shared corpus is not here ({CORPUS}): it is not part of the repository"

#: Floors: issue 9's targets, a little below the figures reached (text pages F1 0.993
#: with 7 leaks, 1 article-count and 1 truncation error; families 45/46).
FIXTURES_F1 = 0.99
PAGES_F1 = 0.99
PAGES_LEAKS_MAX = 8
PAGES_ARTICLE_ERRORS_MAX = 1
PAGES_TRUNCATION_ERRORS_MAX = 1
FAMILIES_REMOVED_SHARE = 0.95
#: Real HTML pages (186, F1 0.971 reached): issue 10's floor, and no page wrongly
#: flagged truncated.
HTML_F1 = 0.97
#: ... with issue 10's leak ceiling (0 reached) and no more than one page split wrongly (0).
HTML_LEAKS_MAX = 40
HTML_ARTICLE_ERRORS_MAX = 1


def _total(scores):
    hit = sum(s.hit for s in scores)
    p = hit / max(1, sum(s.out for s in scores))
    r = hit / max(1, sum(s.gold for s in scores))
    return 2 * p * r / (p + r) if p + r else 0.0


def test_fixture_pages_keep_their_floor():
    scores = evaluate_dir(ROOT / "fixtures" / "gold", ROOT / "fixtures" / "seeds")
    assert _total(scores) >= FIXTURES_F1
    assert sum(len(s.leaks) for s in scores) == 0


#: The two text-page tests share one evaluation (a module fixture): under pytest-xdist
#: they run in one worker, so the pages are cleaned once.
TEXT_PAGES = pytest.mark.xdist_group("corpus-text-pages")


@pytest.fixture(scope="module")
def text_page_scores():
    """The real text pages scored against their gold (cleaned once for the tests below)."""
    if not (CORPUS / "pages").is_dir():
        pytest.skip(NO_CORPUS)
    return evaluate_dir(CORPUS / "pages" / "gold", CORPUS / "pages" / "pages")


@TEXT_PAGES
def test_real_text_pages_keep_their_floor(text_page_scores):
    scores = text_page_scores
    assert _total(scores) >= PAGES_F1
    assert sum(len(s.leaks) for s in scores) <= PAGES_LEAKS_MAX
    assert sum(s.articles != s.gold_articles for s in scores) <= PAGES_ARTICLE_ERRORS_MAX
    assert sum(not s.truncation_ok for s in scores) <= PAGES_TRUNCATION_ERRORS_MAX


@TEXT_PAGES
def test_clean_real_pages_lose_nothing(text_page_scores):
    index = json.loads((CORPUS / "pages" / "index.json").read_text(encoding="utf-8"))
    clean_pages = [e["file"] for e in index if e.get("clean")]
    assert clean_pages
    for s in text_page_scores:
        if s.name in clean_pages:
            assert s.recall >= 0.999, f"{s.name} lost text: recall {s.recall:.4f}"


@pytest.mark.skipif(not (CORPUS / "families" / "examples.json").is_file(), reason=NO_CORPUS)
def test_boilerplate_families_go_and_their_lookalikes_stay():
    records = json.loads((CORPUS / "families" / "examples.json").read_text(encoding="utf-8"))
    outcomes = check_families(records)
    remove = [o for o in outcomes if o.expect == "remove"]
    assert sum(o.ok for o in remove) >= FAMILIES_REMOVED_SHARE * len(remove)
    lost = [o.text for o in outcomes if o.expect == "keep" and not o.ok]
    assert lost == []
    assert all(o.truncation_ok for o in outcomes)


@pytest.mark.skipif(not (CORPUS / "html" / "pages").is_dir(), reason=NO_CORPUS)
def test_real_html_pages_keep_their_floor():
    scores = []
    for gold_path in sorted((CORPUS / "html" / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        result = pagestrip.clean((CORPUS / "html" / "pages" / f"{gold_path.stem}.html").read_bytes())
        scores.append(score(gold, result.articles, result.truncated, name=gold_path.stem))
    assert _total(scores) >= HTML_F1
    assert sum(len(s.leaks) for s in scores) <= HTML_LEAKS_MAX
    assert sum(s.articles != s.gold_articles for s in scores) <= HTML_ARTICLE_ERRORS_MAX
    assert [s.name for s in scores if not s.truncation_ok] == []
