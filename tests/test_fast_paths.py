"""Two ways to the same answer: where a cheaper path stands in for another (to
spare a one-page run a compile, or each page of a batch a rule set's compile),
both must give exactly the same result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import pagestrip
from pagestrip import dedupe
from pagestrip.model import Line
from pagestrip.rules import Compiled, Rule


def _both(k: str, monkeypatch: pytest.MonkeyPatch) -> tuple[set[str], set[str]]:
    monkeypatch.setattr(dedupe, "_sampled_in_python", 0)
    by_loop = dedupe._shingles(k)
    monkeypatch.setattr(dedupe, "_sampled_in_python", dedupe.PYTHON_SAMPLED_CHARS)
    return by_loop, dedupe._shingles(k)


def test_shingles_sampled_in_python_are_the_pattern_s_on_every_code_point(monkeypatch: pytest.MonkeyPatch) -> None:
    every = "".join(chr(c) for c in range(0x110000))  # surrogates and astral characters too
    by_loop, by_pattern = _both(every, monkeypatch)
    assert by_loop == by_pattern and len(by_pattern) > 10_000


@pytest.mark.parametrize(
    "k",
    ["", "短", "一二三四五六七", "一二三四五六七八", "各位代表同志们今天我们在这里召开大会" * 5, "abcdefgh" * 20],
)
def test_shingles_sampled_in_python_are_the_pattern_s(k: str, monkeypatch: pytest.MonkeyPatch) -> None:
    by_loop, by_pattern = _both(k, monkeypatch)
    assert by_loop == by_pattern


def test_the_same_disabled_ids_give_the_same_rule_set_page_after_page() -> None:
    from pagestrip.options import CleanOptions
    from pagestrip.rules import RuleSet

    first = CleanOptions.of(disable=["zh.footer.*"]).with_own_rules(RuleSet.builtin())
    again = CleanOptions.of(disable=["zh.footer.*"]).with_own_rules(RuleSet.builtin())
    assert first is again  # compiled once, not once a page
    assert "zh.footer.copyright" not in first and "zh.footer.copyright" in RuleSet.builtin()
    assert CleanOptions.of(disable=["zh.related.*"]).with_own_rules(RuleSet.builtin()) is not first
    assert CleanOptions.of().with_own_rules(RuleSet.builtin()) is RuleSet.builtin()


def test_extra_rules_equal_but_for_their_predicate_are_not_confused() -> None:
    from pagestrip.model import Kind
    from pagestrip.options import CleanOptions
    from pagestrip.rules import Rule, RuleSet

    def ours(predicate: Callable[[str], bool]) -> Rule:
        return Rule("site.line", Kind.CHROME, "line", None, predicate=predicate)

    short, long_ = ours(lambda t: len(t) < 5), ours(lambda t: len(t) > 5)
    assert short == long_  # predicates are not compared
    sets = [CleanOptions.of(extra_rules=[r]).with_own_rules(RuleSet.builtin()) for r in (short, long_, short)]
    assert sets[0].get("site.line") is short and sets[1].get("site.line") is long_
    assert sets[2] is sets[0]
    assert (
        pagestrip.clean("abc\n正文第一段，内容。", extra_rules=[short]).text
        != pagestrip.clean("abc\n正文第一段，内容。", extra_rules=[long_]).text
    )


#: Lines each taken whole by a rule of the built-in set without literals (the plain
#: rules the joint alternation and the literal gates stand in front of).
_PLAIN_LINES = [
    "★ ★ ★",
    "https://example.com/news/2024/a-story.html",
    "0123456789abcdef0123456789abcdef",
    "2024-05-06 10:30:15",
    "Tel: +86 (010) 1234-5678",
    "首页 1 2 3 4 5 下一页 尾页",
    "第 3 页 共 12 页",
    "分享 | 收藏 | 举报",
    "索引号：000014349/2024-00123",
    "HomeNewsSportsWeatherBusinessTechnologyArtsTravel",
    "Page 2 of 7",
    "图片来源：视觉中国",
    "（完）",
    "2024-05-06",
    "阅读 1.2万",
    "Home | News | Sport | Weather",
    "Share",
]


def _each_alone(comp: Compiled, text: str, ln: Line) -> Rule | None:
    """The first plain rule that takes the line, each tried on its own: the plain loop."""
    n = ln.end - ln.start
    return next(
        (r for r, p in comp.plain if (r.max_chars is None or n <= r.max_chars) and p.fullmatch(text, ln.start, ln.end)),
        None,
    )


def test_plain_whole_line_rules_tried_together_take_the_lines_each_takes_alone() -> None:
    from pagestrip.engine.lines import segment
    from pagestrip.engine.matching import _first_plain
    from pagestrip.rules import RuleSet, Scope

    root = Path(__file__).resolve().parents[1]
    pages = sorted((root / "fixtures" / "seeds").iterdir()) + sorted((root / "fixtures" / "html").glob("*.html"))
    texts = [pagestrip.clean(p.read_bytes()).normalized for p in pages] + ["\n".join(_PLAIN_LINES)]
    taken = 0
    for scope in (Scope.LINE, Scope.HEAD, Scope.EDGE):
        comp = RuleSet.builtin().compiled[scope]
        assert comp.plain_plan.joint is not None  # the built-in scopes have rules to join
        for text in texts:
            for ln in segment(text):
                alone = _each_alone(comp, text, ln)
                assert _first_plain(comp, text, ln) is alone, (scope, ln.text)
                taken += alone is not None
    assert taken >= len(_PLAIN_LINES)  # the comparison saw lines the rules take


def test_literal_gates_are_built_in_case_sensitive_rules_only() -> None:
    from pagestrip.model import Kind
    from pagestrip.rules import Rule, RuleSet, Scope
    from pagestrip.rules.scan import gate_literals

    credit = RuleSet.builtin().get("news.chrome.image-credit")
    assert credit is not None and gate_literals(credit)
    mine = Rule("site.credit", Kind.CHROME, Scope.LINE, credit.pattern)
    assert gate_literals(mine) is None  # a user's rule is tried on every line
    comp = RuleSet.builtin().with_rules(mine).compiled[Scope.LINE]
    assert all(comp.plain[i][0] is not mine for i in range(len(comp.plain)) if comp.plain_gates[i] is not None)
