"""explain: the marked spans are exactly clean()'s removals; rule-set properties (hypothesis)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pagestrip
from pagestrip.explain import render_html, render_text, segments

from conftest import gold_pages

PAGES = [p for _, p in gold_pages()]
ROOT = Path(__file__).resolve().parent.parent
MARK = re.compile(r"\[([a-z]+):([\w.\-*]+)\](.*?)\[/\]", re.S)


@given(st.sampled_from(PAGES))
def test_explain_marks_exactly_the_removed_spans(page):
    result = pagestrip.clean(page)
    out = render_text(result).split("\n\nRemoved:")[0]
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
    proc = subprocess.run([sys.executable, "-m", "pagestrip", "explain", str(seed), "--html", str(report)],
                          capture_output=True)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    assert "[truncation:zh.truncation.omitted]" in out and "Articles: 1" in out
    assert "\033[" not in out  # no colour when stdout is not a terminal
    assert report.read_text(encoding="utf-8").count("<del ") == len(pagestrip.clean(seed.read_bytes()).removed)


@pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")),
                    reason="headless Chromium is not installed (Debian package: chromium)")
def test_html_report_renders_in_headless_chromium(tmp_path):
    seed = ROOT / "fixtures" / "seeds" / "000_ac3e718c7ea6533d.txt"
    report = tmp_path / "r.html"
    report.write_text(render_html(pagestrip.clean(seed.read_bytes())), encoding="utf-8")
    shot = tmp_path / "shot.png"
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", "--window-size=1000,1400",
                    report.as_uri()], capture_output=True, timeout=120)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def test_html_removals_carry_and_show_their_evidence():
    page = ("<html><body><div class='nav'><a href='/'>首页</a> <a href='/n'>新闻中心</a></div>"
            "<div class='article'>" + "<p>今天召开全县安全生产工作会议，主要任务是分析当前安全生产形势，部署下一阶段工作。</p>" * 3
            + "</div><div class='footer'>关于我们 联系方式 网站地图</div></body></html>")
    result = pagestrip.clean(page)
    html_removals = [r for r in result.removed if r.rule.startswith("html.")]
    assert html_removals and all(r.evidence for r in html_removals)
    assert any("region" in r.evidence for r in html_removals)
    assert all("evidence" in r.to_dict() for r in html_removals)
    assert all("evidence" not in r.to_dict() for r in pagestrip.clean(PAGES[0]).removed)
    text = render_text(result)
    assert "↳" in text and html_removals[0].evidence in text
    assert "evidence:" in render_html(result)
