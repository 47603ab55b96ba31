"""``pagestrip.learn`` / ``pagestrip learn``: a site's template learned from its own pages.

The sites are built here from the fixtures' real article texts wrapped in a
random site template (seeded) whose chrome the built-in rules do not know:
random site names, menus, slogans, a title suffix, a source label with a
varying tail, rotating promotions and footers.
"""

from __future__ import annotations

import glob
import json
import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pagestrip
from pagestrip.learning import BUCKET_PAGES, MIN_PAGES, Learner, Tally, page_lines, to_toml
from pagestrip.rulefile import load
from testkit import ROOT, Ran, run_cli
from testkit.sites import (
    ARTICLES,
    _word,
    box_texts,
    boxed,
    crawl,
    kept,
    leaks,
    lost,
    make_site,
    without_dom,
)


def _check_site(rng: random.Random, as_html: bool, min_pages: int = MIN_PAGES) -> None:
    """Learn two sites; each site's pages cleaned with the learned file leak nothing and lose nothing."""
    sites = [make_site(rng) for _ in range(2)]
    pages = {s.host: crawl(rng, s, as_html=as_html) for s in sites}
    flat = [p for s in sites for p in pages[s.host]]
    rf = pagestrip.learn([p for _, p, _ in flat], urls=[u for u, _, _ in flat], min_pages=min_pages)
    assert len(rf.profiles) == 2
    for s in sites:
        builtin_leaks = [leaks(s, pagestrip.clean(page, url=url)) for url, page, _ in pages[s.host]]
        assert any(builtin_leaks), "the template must be one the built-in rules miss"
        for url, page, paras in pages[s.host]:
            result = pagestrip.clean(page, rules=rf, url=url)
            assert leaks(s, result) == [], (url, kept(result)[:300])
            assert lost(paras, url, result, page) == []
            assert any(r.rule.startswith("learned.") for r in result.removed)


def test_learned_profiles_remove_the_template_and_keep_the_articles() -> None:
    _check_site(random.Random(16), as_html=False)


def test_learned_profiles_on_html_pages() -> None:
    _check_site(random.Random(1616), as_html=True)


# A tenth of the profile's examples, at least 4 (ci 4, thorough 40): each example is a whole site learned.
@settings(
    max_examples=max(4, settings().max_examples // 10), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.integers(0, 2**32 - 1), st.booleans())
def test_any_random_template_is_learned_whole(seed: int, as_html: bool) -> None:
    _check_site(random.Random(seed), as_html=as_html)


def test_pages_of_another_site_are_untouched() -> None:
    rng = random.Random(7)
    a, b = make_site(rng), make_site(rng)
    learned_from = crawl(rng, a)
    rf = pagestrip.learn([p for _, p, _ in learned_from], urls=[u for u, _, _ in learned_from])
    assert rf.profiles and rf.profiles[0].rules
    for url, page, _ in crawl(rng, b):
        assert pagestrip.clean(page, rules=rf, url=url).to_dict() == pagestrip.clean(page, url=url).to_dict()
    # The same page under a's host is changed: the comparison above can fail.
    url, page, _ = crawl(rng, a, pages=1)[0]
    assert pagestrip.clean(page, rules=rf, url=url).to_dict() != pagestrip.clean(page, url=url).to_dict()


def test_a_site_with_fewer_than_min_pages_learns_nothing() -> None:
    rng = random.Random(3)
    site = make_site(rng)
    pages = crawl(rng, site, pages=6)
    few = pagestrip.learn([p for _, p, _ in pages[:5]], urls=[u for u, _, _ in pages[:5]], min_pages=6)
    assert few.profiles == [] and few.rules == []
    enough = pagestrip.learn([p for _, p, _ in pages], urls=[u for u, _, _ in pages], min_pages=6)
    assert enough.profiles and enough.profiles[0].rules


def test_article_text_that_recurs_is_not_learned() -> None:
    """A salutation on every page, and a paragraph two articles share, stay article text;
    a short chrome line on as few pages is learned (so the test can fail)."""
    rng = random.Random(5)
    shared = ARTICLES[0][1][1]
    chrome = _word(rng, 4) + _word(rng, 4)
    pages = []
    for n, (title, paras) in enumerate(ARTICLES[1:11]):
        lines = [title, "同志们:", *paras[:4]]
        if n < 3:
            lines += [shared, chrome]
        pages.append("\n".join(lines))
    rf = pagestrip.learn(pages, urls=[f"https://s.example/{n}" for n in range(10)], min_pages=3, min_share=0.2)
    patterns = [r.pattern for r in rf.profiles[0].rules]
    assert any(chrome in p for p in patterns)
    assert not any("同志们" in p for p in patterns)
    assert not any(shared[:20] in p for p in patterns)


def test_prefixes_and_suffixes_become_rules() -> None:
    rng = random.Random(11)
    site = make_site(rng)
    pages = crawl(rng, site)
    rf = pagestrip.learn([p for _, p, _ in pages], urls=[u for u, _, _ in pages])
    rules = rf.profiles[0].rules
    suffix = next(r for r in rules if r.description.startswith("learned line ending"))
    assert suffix.pattern == f"_{site.name}$" and str(suffix.scope) == "inline"
    prefix = next(r for r in rules if r.description.startswith("learned line opening"))
    assert prefix.pattern == f"{site.label}：.*" and prefix.max_chars
    assert all(r.id.startswith(f"learned.{site.host}.") for r in rf.profiles[0].rules)
    assert all("pages (" in r.description and "e.g." in r.description for r in rf.profiles[0].rules)


def test_the_learned_toml_loads_back_unchanged(tmp_path: Path) -> None:
    rng = random.Random(13)
    site = make_site(rng)
    site.footers.append('引号"反斜杠\\和[方括号]*.+?' + _word(rng, 3))  # text that needs escaping
    pages = crawl(rng, site)
    learner = Learner()
    for url, page, _ in pages:
        learner.add(page, url)
    templates = learner.templates()
    path = tmp_path / "learned.toml"
    path.write_text(to_toml(templates, len(pages), MIN_PAGES, 0.3), encoding="utf-8")
    rf = load(path)
    assert [(r.id, r.kind, r.scope, r.pattern, r.description, r.max_chars) for r in rf.profiles[0].rules] == [
        (r.id, r.kind, r.scope, r.pattern, r.description, r.max_chars) for r in templates[0].rules
    ]
    url, page, _ = pages[0]
    assert leaks(site, pagestrip.clean(page, rules=rf, url=url)) == []


def test_page_lines_are_the_lines_clean_judges() -> None:
    files = sorted(glob.glob(str(ROOT / "fixtures" / "seeds" / "*"))) + sorted(
        glob.glob(str(ROOT / "fixtures" / "html" / "*.htm*"))
    )
    assert len(files) > 10
    for f in files:
        data = Path(f).read_bytes()
        assert page_lines(data) == [ln for ln in pagestrip.clean(data).normalized.split("\n") if ln], f


def test_counts_stay_bounded_on_a_long_site() -> None:
    """Unique lines are pruned every bucket; a line on every page survives with its exact count."""
    tally = Tally()
    pages = 5 * BUCKET_PAGES
    for n in range(pages):
        tally.add_page({f"unique {n} {k}": "" for k in range(40)} | {"every page": "every page"})
    assert len(tally.entries) <= 40 * BUCKET_PAGES + 1
    assert dict(tally.frequent(5, 0.9))["every page"][0] == pages


def _run(*args: str, cwd: Path) -> Ran:
    """``pagestrip ARGS`` run in ``cwd``, in this process."""
    return run_cli(*args, cwd=cwd)


def test_cli_learn_then_clean_with_the_rules(tmp_path: Path) -> None:
    rng = random.Random(17)
    sites = [make_site(rng) for _ in range(2)]
    feed = tmp_path / "feed.jsonl"
    records = [{"url": u, "html": p} for s in sites for u, p, _ in crawl(rng, s, as_html=True)]
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    done = _run("learn", str(feed), "--jsonl-field", "html", "-o", "profiles.toml", cwd=tmp_path)
    assert done.returncode == 0, done.err
    assert "2 sites" in done.err
    assert _run("rules", "--check", "profiles.toml", cwd=tmp_path).returncode == 0
    cleaned = _run(
        "clean",
        str(feed),
        "--jsonl-field",
        "html",
        "--rules",
        "profiles.toml",
        "-o",
        "out.jsonl",
        "-q",
        "-j",
        "1",
        cwd=tmp_path,
    )
    assert cleaned.returncode == 0, cleaned.err
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    for rec in out:
        site = next(s for s in sites if s.host in rec["url"])
        text = "\n".join(f"{a['title']}\n{a['text']}" for a in rec["pagestrip"]["articles"])
        assert [c for c in site.chrome() if c in text] == []


def test_cli_learn_groups_pages_without_urls_by_folder(tmp_path: Path) -> None:
    rng = random.Random(19)
    site = make_site(rng)
    folder = tmp_path / "crawl" / "one-site"
    folder.mkdir(parents=True)
    for n, (_, page, _) in enumerate(crawl(rng, site)):
        (folder / f"{n}.txt").write_text(page, encoding="utf-8")
    done = _run("learn", "crawl", "-o", "learned.toml", cwd=tmp_path)
    assert done.returncode == 0, done.err
    rf = load(tmp_path / "learned.toml")
    assert rf.rules and not rf.profiles  # no host: top-level rules
    page = (folder / "0.txt").read_text(encoding="utf-8")
    assert leaks(site, pagestrip.clean(page, rules=rf)) == []
    fixed = _run("learn", "crawl", "-o", "fixed.toml", "--fixed-min-pages", cwd=tmp_path)
    assert fixed.returncode == 0 and load(tmp_path / "fixed.toml").rules, fixed.err
    assert _run("learn", "nowhere", "-o", "x.toml", cwd=tmp_path).returncode == 2
    assert _run("learn", "crawl", "-o", "x.toml", "--min-share", "1.5", cwd=tmp_path).returncode == 2


# ------------------------------------------------------------- DOM paths (HTML)


def test_a_rotating_box_is_learned_by_its_dom_path() -> None:
    """No text of the box is on MIN_PAGES pages, so line learning leaves it on the pages;
    its DOM path is on all of them, each of its texts on two or more: learned by path,
    it goes from every page, and no article text with it."""
    rng = random.Random(160)
    site = make_site(rng)
    texts = box_texts(rng)
    pages = boxed(site, rng, texts)
    rf = pagestrip.learn([p for _, p, _ in pages], urls=[u for u, _, _ in pages])
    dom = [r for r in rf.profiles[0].rules if str(r.scope) == "dom"]
    assert len(dom) == 1 and dom[0].pattern.endswith("-box > p") and dom[0].max_chars
    lines_only = without_dom(rf)
    leaked_by_lines = 0
    for url, page, paras in pages:
        result = pagestrip.clean(page, rules=rf, url=url)
        assert not [t for t in texts if t in kept(result)], url
        assert leaks(site, result) == [] and lost(paras, url, result, page) == []
        assert any(r.rule == dom[0].id and r.evidence and "DOM path" in r.evidence for r in result.removed)
        leaked_by_lines += any(t in kept(pagestrip.clean(page, rules=lines_only, url=url)) for t in texts)
    assert leaked_by_lines == len(pages)


def test_the_article_path_is_never_learned_even_when_its_lines_recur() -> None:
    """Every article served twice: its paragraphs recur at their path on two pages, as a
    box's texts do; the path holds the page's best paragraph, so it is the article's."""
    rng = random.Random(161)
    site = make_site(rng)
    texts = box_texts(rng)
    pages = boxed(site, rng, texts, pages=16, article_twice=True)
    rf = pagestrip.learn([p for _, p, _ in pages], urls=[u for u, _, _ in pages])
    dom = [r for r in rf.profiles[0].rules if str(r.scope) == "dom"]
    assert [r.pattern.endswith("-box > p") for r in dom] == [True]
    for url, page, paras in pages:
        result = pagestrip.clean(page, rules=rf, url=url)
        assert lost(paras, url, result, page) == []


def test_dom_rules_apply_to_html_only_and_load_from_a_rule_file(tmp_path: Path) -> None:
    path = tmp_path / "dom.toml"
    path.write_text(
        '[[rule]]\nid = "site.box"\nkind = "chrome"\nscope = "dom"\n'
        'pattern = "body > div\\\\.main > div\\\\.promo(?: > p)?"\nmax_chars = 30\n',
        encoding="utf-8",
    )
    rf = load(path)
    article = "".join(f"<p>{p}</p>" for p in ARTICLES[0][1])
    page = (
        f"<html><body><div class='main'>{article}<div class='promo'><p>扫码领取八折优惠</p>"
        f"<p>{'很长的一段' * 10}</p></div></div></body></html>"
    )
    result = pagestrip.clean(page, rules=rf)
    assert [r.text for r in result.removed if r.rule == "site.box"] == ["扫码领取八折优惠"]
    assert "很长的一段" in kept(result)  # longer than max_chars: not the box's
    assert "扫码领取八折优惠" in kept(pagestrip.clean(page))
    text = "\n".join(ARTICLES[0][1]) + "\n扫码领取八折优惠"
    assert pagestrip.clean(text, rules=rf).to_dict() == pagestrip.clean(text).to_dict()


def test_learned_dom_rules_round_trip_through_toml(tmp_path: Path) -> None:
    rng = random.Random(162)
    site = make_site(rng)
    pages = boxed(site, rng, box_texts(rng))
    learner = Learner()
    for url, page, _ in pages:
        learner.add(page, url)
    templates = learner.templates()
    path = tmp_path / "learned.toml"
    path.write_text(to_toml(templates, len(pages), MIN_PAGES, 0.3), encoding="utf-8")
    rf = load(path)
    assert [(r.id, r.scope, r.pattern, r.max_chars) for r in rf.profiles[0].rules] == [
        (r.id, r.scope, r.pattern, r.max_chars) for r in templates[0].rules
    ]
    assert any(str(r.scope) == "dom" for r in rf.profiles[0].rules)


# ------------------------------------------- openings and endings without a separator


def test_openings_and_endings_without_a_separator_are_learned() -> None:
    """``{site}{word}，{author}{word}。`` (cut at a comma), ``Originally published at …``
    (cut at spaces) and ``…。{word}{site}`` glued to the article's last sentence: no
    separator marks them, each has a varying rest, each is learned and removed."""
    rng = random.Random(162)
    site = make_site(rng)
    label, label2, tail = _word(rng, 2), _word(rng, 3), _word(rng, 4)
    picked = rng.sample([a for a in ARTICLES if a[1][-1].endswith("。") and a[1][0].endswith("。")], 12)
    pages, urls = [], []
    for n, (title, paras) in enumerate(picked):
        lines = [
            title,
            paras[0],
            f"{label}{site.name}，{_word(rng, 3)}{label2}。",
            *paras[1:-1],
            f"Originally published at {site.host} on May {n + 1}, 2023.",
            paras[-1] + tail + site.name,
        ]
        pages.append("\n".join(lines))
        urls.append(f"https://{site.host}/{n}")
    rf = pagestrip.learn(pages, urls=urls)
    patterns = {r.pattern for r in rf.profiles[0].rules}
    assert f"{label}{site.name}，.*" in patterns
    assert r"Originally\ published\ at\ .*" in patterns  # the longest opening on as many pages
    assert f"{tail}{site.name}$" in patterns
    for (_title, paras), page, url in zip(picked, pages, urls, strict=True):
        text = kept(pagestrip.clean(page, rules=rf, url=url))
        assert label2 not in text and "Originally" not in text and tail not in text, text[-200:]
        assert all(p in text for p in paras)
    assert tail in kept(pagestrip.clean(pages[0], url=urls[0]))  # the built-ins miss them


def test_a_phrase_that_opens_sentences_is_not_a_soft_opening() -> None:
    """Short lines opening with the same words (``In the``, ``另一方面，``) on a third of
    the pages: below the share a cut without a separator needs, or too few letters;
    nothing is learned from them. On every page they are the site's (the test can fail)."""

    def learned(every: int) -> list[str]:
        rng = random.Random(163)
        pages = []
        for n, (title, paras) in enumerate(rng.sample(ARTICLES, 12)):
            lines = [title, *paras[:3]]
            if n % every == 0:
                lines += [
                    f"In the {_word(rng, 3)} case.",
                    f"另一方面，{_word(rng, 4)}。",
                    f"由此可见，{_word(rng, 5)}。",
                ]
            pages.append("\n".join(lines))
        rf = pagestrip.learn(pages, urls=[f"https://p.example/{n}" for n in range(12)], min_pages=3, min_share=0.2)
        return [r.pattern for p in rf.profiles for r in p.rules]

    assert not [p for p in learned(3) if p.startswith(("In", "另一方面", "由此可见"))]
    on_every_page = learned(1)
    assert "由此可见，.*" in on_every_page and not [p for p in on_every_page if p.startswith("In")]


# ------------------------------------------------------------------ small sites


def test_a_small_site_learns_its_rotating_promotions_from_their_share() -> None:
    """Ten pages, three promotions: each on three or four pages, under MIN_PAGES but a
    third of the site. The share decides on a small site; with fixed thresholds they leak."""
    rng = random.Random(164)
    site = make_site(rng)
    site.promos = [f"{_word(rng, 4)}{_word(rng, 3)}{_word(rng, 2)}" for _ in range(3)]
    pages = crawl(rng, site, pages=10)
    texts, urls = [p for _, p, _ in pages], [u for u, _, _ in pages]
    adaptive = pagestrip.learn(texts, urls=urls)
    fixed = pagestrip.learn(texts, urls=urls, adapt=False)
    fixed_leaks = 0
    for url, page, paras in pages:
        result = pagestrip.clean(page, rules=adaptive, url=url)
        assert leaks(site, result) == [] and lost(paras, url, result, page) == []
        fixed_leaks += bool(leaks(site, pagestrip.clean(page, rules=fixed, url=url)))
    assert fixed_leaks == len(pages)
    # The site itself still needs MIN_PAGES pages.
    few = pagestrip.learn(texts[: MIN_PAGES - 1], urls=urls[: MIN_PAGES - 1])
    assert few.profiles == [] and few.rules == []


# ------------------------------------------------------------------- time limit


def _hostile_page() -> str:
    """200 000 distinct short lines: seconds of counting without a limit."""
    return "\n".join(f"第{i}段正文，内容各不相同，编号{i}。" for i in range(200_000))


def test_a_page_past_the_time_limit_counts_nothing_and_learning_goes_on() -> None:
    import time

    import pytest

    from pagestrip import PageTimeoutError

    rng = random.Random(165)
    site = make_site(rng)
    pages = crawl(rng, site)
    learner = Learner(timeout=0.5)
    started = time.monotonic()
    with pytest.raises(PageTimeoutError):
        learner.add(_hostile_page(), pages[0][0])
    assert time.monotonic() - started < 10 and learner.sites == {}
    for url, page, _ in pages:
        learner.add(page, url)
    assert learner.templates() and learner.sites[(site.host, True)].pages == len(pages)
    with pytest.warns(RuntimeWarning, match="page 3 left out"):
        rf = pagestrip.learn(
            [p for _, p, _ in pages[:3]] + [_hostile_page()] + [p for _, p, _ in pages[3:]],
            urls=[u for u, _, _ in pages[:3]] + [pages[0][0]] + [u for u, _, _ in pages[3:]],
            timeout=0.5,
        )
    assert rf.profiles and rf.profiles[0].rules


def test_cli_learn_leaves_out_a_page_past_the_time_limit(tmp_path: Path) -> None:
    rng = random.Random(166)
    site = make_site(rng)
    folder = tmp_path / "crawl"
    folder.mkdir()
    for n, (_, page, _) in enumerate(crawl(rng, site)):
        (folder / f"{n}.txt").write_text(page, encoding="utf-8")
    (folder / "hostile.txt").write_text(_hostile_page(), encoding="utf-8")
    done = _run("learn", "crawl", "-o", "learned.toml", "--timeout", "0.5", cwd=tmp_path)
    assert done.returncode == 0, done.err
    assert "1 skipped (1 past the 0.5 s time limit)" in done.err
    assert load(tmp_path / "learned.toml").rules
