"""Two ways to the same answer: where a cheaper path stands in for another (to
spare a one-page run a compile, or each page of a batch a rule set's compile),
both must give exactly the same result."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import pagestrip
from pagestrip import dedupe


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
