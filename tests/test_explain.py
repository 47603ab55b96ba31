"""explain: the marked spans are exactly clean()'s removals; rule-set properties (hypothesis)."""

from __future__ import annotations

import html as html_mod
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pagestrip
from pagestrip.explain import render_html, render_text, segments
from testkit import BROWSER, Ran, gold_pages, run_cli, screenshot

PAGES = [p for _, p in gold_pages()]
ROOT = Path(__file__).resolve().parent.parent
MARK = re.compile(r"\[([a-z]+):([\w.\-*]+)\](.*?)\[/\]", re.S)
MARK_ANSI = re.compile(r"\033\[[\d;]*m")


@given(st.sampled_from(PAGES))
def test_explain_marks_exactly_the_removed_spans(page):
    result = pagestrip.clean(page)
    legend, blank, out = render_text(result).split("\n\nRemoved:")[0].split("\n", 2)
    assert legend.startswith("Legend") and blank == ""
    marked = [(m.group(1), m.group(2), m.group(3)) for m in MARK.finditer(out)]
    assert marked == [(str(r.kind), r.rule, r.text) for r in result.removed]
    assert MARK.sub(lambda m: m.group(3), out) == result.normalized
    assert "".join(piece for piece, _ in segments(result)) == result.normalized


@given(st.sampled_from(PAGES))
def test_html_report_marks_the_same_spans(page):
    result = pagestrip.clean(page)
    report = render_html(result)
    assert report.count("<del ") == len(result.removed)
    assert "http://" not in report.split("<body>")[0] and "<script" not in report  # self-contained


@given(st.sampled_from(PAGES))
def test_disabling_every_builtin_rule_returns_the_normalized_input_as_one_article(page):
    result = pagestrip.clean(page, rules=pagestrip.RuleSet([]), dedupe=False, split=False)
    assert result.removed == []
    assert len(result.articles) == 1
    art = result.articles[0]
    whole = "\n".join(([art.title] if art.title else []) + [p.text for p in art.paragraphs])
    assert whole == result.normalized


HAN = "测试示例文本内容词语短句标记字样"


@given(st.sampled_from(PAGES), st.text(alphabet=HAN, min_size=6, max_size=12), st.integers(0, 10_000))
def test_a_user_rule_for_literal_text_removes_exactly_its_occurrences(page, literal, where):
    base = pagestrip.clean(page, rules=pagestrip.RuleSet([]), dedupe=False, split=False).normalized
    cut = where % (len(base) + 1)
    text = base[:cut] + literal + base[cut:] + "\n" + literal
    rule = pagestrip.Rule("user.literal", "chrome", "inline", re.escape(literal), "a literal")
    result = pagestrip.clean(text, rules=pagestrip.RuleSet([rule]), dedupe=False, split=False)
    mine = [r for r in result.removed if r.rule == "user.literal"]
    expected = [m.start() for m in re.finditer(re.escape(literal), result.normalized)]
    assert [r.start for r in mine] == expected
    assert all(r.text == literal for r in mine)


def test_cli_explain_brackets_and_html(tmp_path):
    seed = ROOT / "fixtures" / "seeds" / "002_ba4cb41cc511f3a5.txt"
    report = tmp_path / "r.html"
    proc = run_cli("explain", seed, "--html", report)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    assert "[truncation:zh.truncation.omitted]" in out and "Articles: 1" in out
    assert "\033[" not in out  # no colour when stdout is not a terminal
    assert report.read_text(encoding="utf-8").count("<del ") == len(pagestrip.clean(seed.read_bytes()).removed)


@pytest.mark.skipif(
    BROWSER is None,
    reason="headless Chromium is not installed (Debian package: chromium)",
)
def test_html_report_renders_in_headless_chromium(tmp_path):
    seed = ROOT / "fixtures" / "seeds" / "000_ac3e718c7ea6533d.txt"
    report = tmp_path / "r.html"
    report.write_text(render_html(pagestrip.clean(seed.read_bytes())), encoding="utf-8")
    data = screenshot(report, tmp_path, "1000,1400")
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def test_html_removals_carry_and_show_their_evidence():
    page = (
        "<html><body><div class='nav'><a href='/'>首页</a> <a href='/n'>新闻中心</a></div>"
        "<div class='article'>"
        + "<p>今天召开全县安全生产工作会议，主要任务是分析当前安全生产形势，部署下一阶段工作。</p>" * 3
        + "</div><div class='footer'>关于我们 联系方式 网站地图</div></body></html>"
    )
    result = pagestrip.clean(page)
    html_removals = [r for r in result.removed if r.rule.startswith("html.")]
    assert html_removals and all(r.evidence for r in html_removals)
    assert any("region" in r.evidence for r in html_removals)
    assert all("evidence" in r.to_dict() for r in html_removals)
    assert all("evidence" not in r.to_dict() for r in pagestrip.clean(PAGES[0]).removed)
    text = render_text(result)
    assert "↳" in text and html_removals[0].evidence in text
    assert "evidence:" in render_html(result)


def _explain(*args: str) -> Ran:
    return run_cli("explain", *args)


SEED_000 = ROOT / "fixtures" / "seeds" / "000_ac3e718c7ea6533d.txt"
GREEDY = """[[rule]]
id = "test.everything"
kind = "chrome"
scope = "line"
pattern = '.+'
description = "takes every line"
"""


def test_issue12_item7_explain_reads_gz_like_the_plain_file(tmp_path):
    """Issue 12 item 7 (already right at this branch's base; kept as a regression test)."""
    import gzip

    page = tmp_path / "p.txt.gz"
    page.write_bytes(gzip.compress(SEED_000.read_bytes()))
    plain, packed = _explain(str(SEED_000)), _explain(str(page))
    assert packed.returncode == 0 and packed.stdout == plain.stdout


def test_issue12_item7_explain_shows_every_warning_over_removal_included(tmp_path):
    """Issue 12 item 7: explain dropped every warning, over-removal included."""
    rules = tmp_path / "greedy.toml"
    rules.write_text(GREEDY, encoding="utf-8")
    result = pagestrip.clean(SEED_000.read_bytes(), rules=str(rules))
    assert any("test.everything" in w for w in result.warnings)
    report = tmp_path / "r.html"
    proc = _explain(str(SEED_000), "--rules", str(rules), "--html", str(report))
    assert proc.returncode == 0, proc.stderr
    shown, html_report = proc.stdout.decode(), report.read_text(encoding="utf-8")
    for w in result.warnings:
        assert w in shown
        assert html_mod.escape(w) in html_report


def test_issue12_item7_the_terminal_view_has_a_legend():
    result = pagestrip.clean(SEED_000.read_bytes())
    counts = {str(k): n for k, n in Counter(r.kind for r in result.removed).items()}
    for color in (False, True):
        out = render_text(result, color=color)
        legend = next(line for line in out.splitlines() if line.startswith("Legend"))
        for kind, n in counts.items():
            assert f"{kind} {n}" in MARK_ANSI.sub("", legend), legend
    assert "\033[" in next(line for line in render_text(result, color=True).splitlines() if line.startswith("Legend"))


def test_issue12_item7_html_report_colours_are_distinct_and_visible_rule_ids_shown_copies_linked():
    """Issue 12 item 7: chrome and toc shared one blue, decoration was nearly invisible,
    the rule id was only in a hover, and a duplicate did not point to the copy it repeats."""
    from pagestrip.explain import _TINT
    from pagestrip.model import Kind

    tints = [_TINT[k] for k in Kind]
    assert len(set(tints)) == len(tints)

    def rgb(h: str) -> tuple[int, int, int]:
        return int(h[1:3], 16), int(h[3:5], 16), int(h[5:7], 16)

    for i, a in enumerate(tints):  # every pair apart by a visible distance, and none near white
        assert sum(rgb(a)) < 3 * 235, a
        for b in tints[i + 1 :]:
            assert sum(abs(x - y) for x, y in zip(rgb(a), rgb(b), strict=True)) >= 60, (a, b)
    result = pagestrip.clean(SEED_000.read_bytes())
    report = render_html(result)
    body = report.split("<h2>Page</h2>")[1]
    visible = re.sub(r'title="[^"]*"', "", body)
    for r in result.removed:
        assert r.rule in visible
    dups = [r for r in result.removed if r.of is not None]
    assert dups
    for r in dups:
        assert f'href="#at-{r.of}"' in body and f'id="at-{r.of}"' in body


def test_issue12_item7_explain_takes_disable_no_dedupe_encoding_and_one_feed_record(tmp_path):
    """Issue 12 item 7: explain lacked --disable, --no-dedupe, --encoding, and could not show one record of a feed."""
    page = "在全区大会上的讲话\n\n今天，我们召开全区创建全国文明城市动员大会，安排部署创建工作。\n\n冀ICP备20016797号\n"
    gbk = tmp_path / "p.txt"
    gbk.write_bytes(page.encode("gbk"))
    out = _explain(str(gbk), "--encoding", "gbk").stdout.decode()
    assert "[footer:zh.footer.icp]冀ICP备20016797号[/]" in out
    out = _explain(str(gbk), "--encoding", "gbk", "--disable", "zh.footer.*").stdout.decode()
    assert "zh.footer.icp" not in out and "冀ICP备20016797号" in out
    assert "dedupe." in _explain(str(SEED_000)).stdout.decode()
    assert "dedupe." not in _explain(str(SEED_000), "--no-dedupe").stdout.decode()
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"url": "a", "html": "第一页的正文，足够长的一段。"}, ensure_ascii=False)
        + "\n"
        + json.dumps({"url": "b", "html": page}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    proc = _explain(str(feed), "--jsonl-field", "html", "--record", "2")
    assert proc.returncode == 0, proc.stderr
    assert "[footer:zh.footer.icp]冀ICP备20016797号[/]" in proc.stdout.decode()
    proc = _explain(str(feed), "--jsonl-field", "html", "--record", "3")
    assert proc.returncode == 2 and "2 records" in proc.stderr.decode()
