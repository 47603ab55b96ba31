"""Issue 11 item 7 and the rule-file limits: patterns that backtrack for minutes are
flagged by ``pagestrip rules --check``; nesting too deep is one line, never a RecursionError."""

from __future__ import annotations

import pytest

import pagestrip
from pagestrip.rulefile import RuleFileError, load
from pagestrip.rules import RuleError, nested_quantifier
from testkit import Ran, run_cli


def cli(*args: str) -> Ran:
    return run_cli(*args)


@pytest.mark.parametrize(
    "pattern", [r"(x+x+)+y", r"(a+)+$", r"(?:\w+\s?)*$", r"(a*)*b", r"((ab)+c?)+d", r"(a{1,}){2,}", r"(?:a+|b)+c"]
)
def test_item7_nested_quantifiers_are_flagged(pattern):
    assert nested_quantifier(pattern) is not None


@pytest.mark.parametrize(
    "pattern",
    [
        r"版权所有",
        r"(?:\d+[,.]){0,3}\d+",
        r"[(x+)]+",
        r"\(x+\)+",
        r"(?>x+)+y",
        r"(?:x++)+y",
        r"(?:abc)+",
        r"[^\n]{0,120}(?:All Rights Reserved)",
        r"(?:第[一二三四五六七八九十]+篇)+",
        r"(?:[^,]+,)+x",
        r"(?:,[^,]+)+",
        r"(?P<n>x+)y(?P=n)",
        r"a{2}b{3,5}",
        r"(?i:(\s*x)+)$",
    ],
)
def test_item7_ordinary_patterns_pass(pattern):
    assert nested_quantifier(pattern) is None


def test_item7_rules_check_flags_a_catastrophic_pattern(tmp_path):
    f = tmp_path / "bad.toml"
    f.write_text('[[rule]]\nid = "u.bad"\nkind = "chrome"\nscope = "line"\npattern = "(x+x+)+y"\n', encoding="utf-8")
    proc = cli("rules", "--check", str(f))
    assert proc.returncode == 2
    assert "u.bad" in proc.err and "nested quantifier" in proc.err
    assert len(proc.err.strip().splitlines()) == 1


def test_item7_builtin_rules_have_no_nested_quantifiers_that_can_run_away():
    flagged = [r.id for r in pagestrip.RuleSet.builtin() if r.pattern and nested_quantifier(r.pattern)]
    assert flagged == [], flagged


def test_deeply_nested_pattern_is_a_rule_error():
    with pytest.raises(RuleError) as exc:
        pagestrip.Rule("u.deep", "chrome", "line", "(" * 5000 + "x" + ")" * 5000)
    assert "nested too deeply" in str(exc.value)


def test_deeply_nested_toml_is_one_line(tmp_path):
    f = tmp_path / "deep.toml"
    f.write_text("disable = " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(RuleFileError) as exc:
        load(f)
    assert "nested too deeply" in str(exc.value)
    proc = cli("rules", "--check", str(f))
    assert proc.returncode == 2 and "Traceback" not in proc.err
    assert len(proc.err.strip().splitlines()) == 1


def test_deeply_nested_pattern_in_a_rule_file_is_one_line(tmp_path):
    f = tmp_path / "deep.toml"
    f.write_text(
        '[[rule]]\nid = "u.deep"\nkind = "chrome"\nscope = "line"\npattern = "' + "(" * 3000 + "x" + ")" * 3000 + '"\n',
        encoding="utf-8",
    )
    proc = cli("rules", "--check", str(f))
    assert proc.returncode == 2 and "Traceback" not in proc.err and "u.deep" in proc.err


def test_rules_check_warns_when_requires_misses_part_of_the_pattern(tmp_path):
    """The rule is tried only on lines holding a word of ``requires``: a floor number
    ``3楼`` alone would never be tried. A warning, the check still passes."""
    f = tmp_path / "gap.toml"
    f.write_text(
        '[[rule]]\nid = "u.buttons"\nkind = "chrome"\nscope = "line"\n'
        'pattern = "(?:分享|收藏|\\\\d+楼)"\nrequires = ["分享", "收藏"]\n',
        encoding="utf-8",
    )
    proc = cli("rules", "--check", str(f))
    assert proc.returncode == 0
    assert "u.buttons" in proc.err and "'\\d+楼'" in proc.err and "warning" in proc.err
    f.write_text(f.read_text(encoding="utf-8").replace('"收藏"]', '"收藏", "楼"]'), encoding="utf-8")
    proc = cli("rules", "--check", str(f))
    assert proc.returncode == 0 and proc.err == ""
