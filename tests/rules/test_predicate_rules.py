"""User rules with ``predicate=``: a test on the line for what a pattern cannot say (the README's
"As a library": ``extra_rules=``, ``RuleSet.with_rules`` / ``without``, ``disable=``). Such a
rule is listed in its set, can be disabled and replaced by id like any rule, and a removal it
makes names it. The page and the site's roster notes are invented here."""

from __future__ import annotations

import pytest

import pagestrip
from pagestrip import Rule, RuleError, RuleSet
from pagestrip.explain import render_text
from pagestrip.model import Kind

BODY = [
    "今天召开全县安全生产工作会议，主要任务是分析当前安全生产形势，部署下一阶段工作。刚才，各部门作了汇报，我都同意。",
    "一、提高认识，加强领导。各单位要充分认识安全生产工作的重要性，把安全生产摆在突出位置，切实加强组织领导。",
    "二、突出重点，强化整治。要围绕道路交通、建筑施工、危险化学品等重点行业领域，深入开展隐患排查治理。",
]
TITLE = "在全县安全生产工作会议上的讲话"
#: The site's roster notes: no built-in rule knows them (checked below), and no one pattern
#: says "a roster number below 5" as simply as a function does.
NOTES = ["第三号值班表已更新完毕", "第七号值班表已更新完毕"]
PAGE = "\n".join([TITLE, BODY[0], NOTES[0], BODY[1], BODY[2], NOTES[1]]) + "\n"
NUMERALS = "一二三四五六七八九"


def roster_below_five(line: str) -> bool:
    """A roster note numbered below five."""
    return line.startswith("第") and "号值班表" in line and NUMERALS.index(line[1]) + 1 < 5


RULE = Rule("mysite.chrome.roster", "chrome", "line", None, "the site's roster notes", predicate=roster_below_five)


def kept(result: pagestrip.Result) -> str:
    return "\n".join(a.text for a in result.articles)


def test_the_built_ins_keep_the_notes():
    """Without the user's rule the notes are article text: what the rule removes below is its doing."""
    text = kept(pagestrip.clean(PAGE))
    assert all(n in text for n in NOTES)


def test_a_predicate_rule_removes_the_lines_it_accepts_and_the_removal_names_it():
    result = pagestrip.clean(PAGE, extra_rules=[RULE])
    mine = [r for r in result.removed if r.rule == "mysite.chrome.roster"]
    assert [(r.kind, r.text) for r in mine] == [(Kind.CHROME, NOTES[0])]
    assert all(result.normalized[r.start : r.end] == r.text for r in mine)
    text = kept(result)
    assert NOTES[0] not in text and NOTES[1] in text  # the predicate decided, not the shape
    assert all(p in text for p in BODY)
    assert "[chrome:mysite.chrome.roster]" in render_text(result)  # explain names it too
    assert any(r["rule"] == "mysite.chrome.roster" for r in result.to_dict()["removed"])


def test_the_predicate_is_asked_about_lines_of_the_page():
    seen: list[str] = []

    def spy(line: str) -> bool:
        seen.append(line)
        return roster_below_five(line)

    pagestrip.clean(PAGE, extra_rules=[Rule("mysite.chrome.roster", "chrome", "line", None, predicate=spy)])
    assert NOTES[0] in seen and NOTES[1] in seen
    assert set(seen) <= set(PAGE.splitlines())  # whole lines, without their line break


def test_a_predicate_rule_is_listed_in_its_set_first():
    rules = RuleSet.builtin().with_rules(RULE)
    assert "mysite.chrome.roster" in rules and len(rules) == len(RuleSet.builtin()) + 1
    assert rules.get("mysite.chrome.roster") is RULE
    assert next(iter(rules)).id == "mysite.chrome.roster"  # a new rule goes first
    assert rules.get("mysite.chrome.roster").predicate is roster_below_five


@pytest.mark.parametrize(
    "how",
    [
        lambda: pagestrip.clean(PAGE, extra_rules=[RULE], disable=["mysite.chrome.roster"]),
        lambda: pagestrip.clean(PAGE, extra_rules=[RULE], disable=["mysite.*"]),
        lambda: pagestrip.clean(PAGE, rules=RuleSet.builtin().with_rules(RULE).without("mysite.chrome.roster")),
    ],
    ids=["disable-id", "disable-glob", "without"],
)
def test_a_disabled_predicate_rule_removes_nothing(how):
    result = how()
    assert not [r for r in result.removed if r.rule.startswith("mysite.")]
    assert NOTES[0] in kept(result)


def test_a_rule_with_the_same_id_replaces_the_predicate_rule_in_place():
    def roster_from_five(line: str) -> bool:
        return line.startswith("第") and "号值班表" in line and not roster_below_five(line)

    other = Rule("mysite.chrome.roster", "chrome", "line", None, "the later notes", predicate=roster_from_five)
    first = RuleSet.builtin().with_rules(RULE)
    second = first.with_rules(other)
    assert len(second) == len(first) and [r.id for r in second] == [r.id for r in first]
    assert second.get("mysite.chrome.roster") is other
    result = pagestrip.clean(PAGE, rules=second)
    assert [r.text for r in result.removed if r.rule == "mysite.chrome.roster"] == [NOTES[1]]
    assert NOTES[0] in kept(result)


def test_a_pattern_and_a_predicate_must_both_accept_the_line():
    both = Rule(
        "mysite.chrome.roster", "chrome", "line", r"第.号值班表已更新完毕", predicate=lambda t: t[1] in "七八九"
    )
    result = pagestrip.clean(PAGE, extra_rules=[both])
    assert [r.text for r in result.removed if r.rule == "mysite.chrome.roster"] == [NOTES[1]]
    # the predicate accepts the title line too, the pattern does not: it stays
    loose = Rule("mysite.chrome.roster", "chrome", "line", r"第.号值班表已更新完毕", predicate=lambda t: True)
    result = pagestrip.clean(PAGE, extra_rules=[loose])
    assert sorted(r.text for r in result.removed if r.rule == "mysite.chrome.roster") == sorted(NOTES)
    assert result.articles[0].title == TITLE


def test_a_head_predicate_rule_applies_above_the_title_only():
    """Scope ``head``: the note between the breadcrumb and the title goes, the one in the body
    stays (scope ``line`` takes both)."""
    second = "第二号值班表已更新完毕"
    page = "\n".join(["首页 > 工作动态 > 正文", NOTES[0], TITLE, BODY[0], BODY[1], second, BODY[2]]) + "\n"
    for scope, gone in (("head", [NOTES[0]]), ("line", [NOTES[0], second])):
        rule = Rule("mysite.chrome.roster", "chrome", scope, None, predicate=roster_below_five)
        result = pagestrip.clean(page, extra_rules=[rule])
        assert [r.text for r in result.removed if r.rule == "mysite.chrome.roster"] == gone, scope
        assert result.articles[0].title == TITLE


def test_a_predicate_rule_in_the_batch_records_names_it():
    from pagestrip.batch import Job, run

    ((_job, record),) = run([Job("p", PAGE.encode())], {"rules": RuleSet.builtin().with_rules(RULE)})
    assert [r["text"] for r in record["removed"] if r["rule"] == "mysite.chrome.roster"] == [NOTES[0]]


def test_a_sentence_rule_cannot_have_a_predicate():
    with pytest.raises(RuleError, match="not a pattern or predicate"):
        Rule("mysite.editorial.x", "editorial", "sentence", None, predicate=roster_below_five, cues=("本站",))


def test_a_site_predicate_rule_wins_over_a_built_in_on_the_same_line():
    icp = "冀ICP备20016797号"
    site = Rule("mysite.footer.icp", "footer", "line", None, predicate=lambda t: "ICP备" in t)
    pattern = Rule("mysite.footer.icp", "footer", "line", r"\S*ICP备\d+号")
    page = PAGE + icp + "\n"
    by_pattern = pagestrip.clean(page, extra_rules=[pattern])
    assert [r.rule for r in by_pattern.removed if r.text == icp] == ["mysite.footer.icp"]  # a pattern rule does
    by_predicate = pagestrip.clean(page, extra_rules=[site])
    assert [r.rule for r in by_predicate.removed if r.text == icp] == ["mysite.footer.icp"]


@pytest.mark.parametrize("scope", ["inline", "tail"])
def test_a_predicate_rule_of_a_span_scope_is_refused(scope):
    """A predicate alone cannot say where a span starts: the rule is refused with the reason
    when it joins a rule set, not accepted and then never applied."""
    rule = Rule("mysite.chrome.roster", "chrome", scope, None, predicate=roster_below_five)
    with pytest.raises(RuleError, match="needs a pattern to find its span"):
        pagestrip.clean(PAGE, extra_rules=[rule])
    with pytest.raises(RuleError, match="needs a pattern to find its span"):
        RuleSet.builtin().with_rules(rule)
