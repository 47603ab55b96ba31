"""The rule registry: Rule, RuleSet, RuleError, and the clean() options built on them."""

from __future__ import annotations

from pathlib import Path

import pytest

import pagestrip
from pagestrip import Kind, Rule, RuleError, RuleSet, Scope

SEEDS = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "seeds").glob("*.txt"))

BODY = [
    "今天，我们在这里召开全区创建全国文明城市动员大会，主要任务是学习贯彻全市动员大会精神，安排部署我区创建工作，进一步动员全区上下坚定信心、乘势而上。",
    "全国文明城市是国家城市综合评比的最高荣誉，是反映城市综合实力和整体文明程度的重要标尺，各镇办、各部门要切实提高政治站位，强化思想自觉，抓好各项工作。",
    "同志们，创建全国文明城市既是一项政治任务，更是一场必须打赢的硬仗，大家要严格按照区委、区政府部署要求，全民动员，全力以赴，坚决完成各项创建任务。",
]
ICP = "冀ICP备20016797号"
SLOGAN = "某某网，专业范文下载"


def page(*tail: str) -> str:
    return "\n\n".join(["在全区创建全国文明城市动员大会上的讲话", *BODY, *tail])


def ids(result) -> set[str]:
    return {r.rule for r in result.removed}


def article_text(result) -> str:
    return "\n".join(a.text for a in result.articles)


# ---------------------------------------------------------------- builtin


@pytest.mark.parametrize(
    "rule_id,kind,scope",
    [
        ("zh.footer.icp", Kind.FOOTER, Scope.LINE),
        ("zh.footer.copyright", Kind.FOOTER, Scope.LINE),
        ("zh.metadata.fields", Kind.METADATA, Scope.LINE),
        ("zh.chrome.welcome", Kind.CHROME, Scope.LINE),
        ("zh.truncation.omitted", Kind.TRUNCATION, Scope.INLINE),
        ("zh.truncation.unfinished", Kind.TRUNCATION, Scope.TAIL),
        ("zh.related.tags", Kind.RELATED, Scope.TAIL),
        ("zh.editorial.watermark", Kind.EDITORIAL, Scope.INLINE),
        ("zh.toc.heading", Kind.TOC, Scope.LINE),
        ("common.decoration.symbols", Kind.DECORATION, Scope.LINE),
        ("en.footer.copyright", Kind.FOOTER, Scope.LINE),
        ("en.related.heading", Kind.RELATED, Scope.TAIL),
        ("page.toc-entry", Kind.TOC, Scope.LINE),
    ],
)
def test_builtin_rules_have_ids_kinds_and_scopes(rule_id, kind, scope):
    rules = RuleSet.builtin()
    assert rule_id in rules
    rule = rules.get(rule_id)
    assert (rule.kind, rule.scope) == (kind, scope)
    assert rule.description


def test_builtin_ids_are_unique_and_namespaced():
    all_ids = [r.id for r in RuleSet.builtin()]
    assert len(all_ids) == len(set(all_ids))
    assert all(i.split(".")[0] in {"common", "zh", "en", "news", "page", "dedupe", "html"} for i in all_ids)
    assert {"common", "zh", "en", "news"} <= {i.split(".")[0] for i in all_ids}


def test_get_unknown_id_is_none():
    assert RuleSet.builtin().get("no.such.rule") is None
    assert "no.such.rule" not in RuleSet.builtin()


# ---------------------------------------------------------------- without


def test_without_removes_by_glob_and_keeps_the_rest():
    full = RuleSet.builtin()
    rest = full.without("zh.related.*")
    related = [r.id for r in full if r.id.startswith("zh.related.")]
    assert len(related) >= 3
    assert not any(r.id.startswith("zh.related.") for r in rest)
    assert len(rest) == len(full) - len(related)
    assert "zh.footer.icp" in rest
    assert "zh.related.tags" in full  # the original set is unchanged


def test_without_exact_ids_and_several_patterns():
    rest = RuleSet.builtin().without("zh.footer.icp", "en.*")
    assert "zh.footer.icp" not in rest
    assert not any(r.id.startswith("en.") for r in rest)
    assert "zh.footer.copyright" in rest


def test_without_a_pattern_that_matches_nothing_keeps_everything():
    full = RuleSet.builtin()
    assert [r.id for r in full.without("nope.*")] == [r.id for r in full]


# -------------------------------------------------------------- with_rules


def test_with_rules_puts_a_new_rule_first_so_it_wins_ties():
    rule = Rule("my.site.slogan", "chrome", "line", SLOGAN, "slogan")
    full = RuleSet.builtin()
    more = full.with_rules(rule)
    assert len(more) == len(full) + 1
    assert next(iter(more)) is rule
    assert "my.site.slogan" not in full


def test_with_rules_overriding_an_id_replaces_it_in_place():
    full = RuleSet.builtin()
    new = Rule("zh.footer.icp", "footer", "line", r"备案号\s*\d{6,}", "licence number, site style")
    more = full.with_rules(new)
    assert len(more) == len(full)
    assert [r.id for r in more] == [r.id for r in full]
    assert more.get("zh.footer.icp") is new
    assert full.get("zh.footer.icp") is not new


def test_overridden_rule_is_the_one_applied():
    new = Rule("zh.footer.icp", "footer", "line", r"备案号\s*\d{6,}", "licence number, site style")
    result = pagestrip.clean(page(ICP, "备案号 20016797"), rules=RuleSet.builtin().with_rules(new))
    assert [r.text for r in result.removed if r.rule == "zh.footer.icp"] == ["备案号 20016797"]
    assert ICP in article_text(result)


def test_with_rules_takes_a_list_too():
    a = Rule("my.a", "chrome", "line", "甲甲甲")
    b = Rule("my.b", "chrome", "line", "乙乙乙")
    more = RuleSet([]).with_rules([a, b])
    assert [r.id for r in more] == ["my.a", "my.b"]


def test_ruleset_keeps_the_last_of_duplicate_ids():
    a1 = Rule("my.a", "chrome", "line", "甲甲甲")
    a2 = Rule("my.a", "footer", "line", "乙乙乙")
    rs = RuleSet([a1, a2])
    assert len(rs) == 1 and rs.get("my.a") is a2


# ----------------------------------------------------- clean() options


def test_disable_keeps_an_icp_line():
    assert "zh.footer.icp" in ids(pagestrip.clean(page(ICP)))
    result = pagestrip.clean(page(ICP), disable=["zh.footer.icp"])
    assert "zh.footer.icp" not in ids(result)
    assert ICP in article_text(result)


def test_disable_takes_a_single_string_and_globs():
    tail = ("相关热词搜索: 讲话 全区", "在全市经济工作会议上的讲话")
    assert pagestrip.clean(page(*tail)).articles[0].text == "\n".join(BODY)
    result = pagestrip.clean(page(*tail), disable="zh.related.*")
    assert not any(i.startswith("zh.related.") for i in ids(result))
    assert "相关热词搜索" in article_text(result)


def test_extra_rule_removes_its_line_and_is_reported():
    assert SLOGAN in article_text(pagestrip.clean(page(SLOGAN)))
    slogan = pagestrip.Rule("my.site.slogan", "chrome", "line", r"某某网，专业范文下载", "slogan")
    result = pagestrip.clean(page(SLOGAN), extra_rules=[slogan])
    removed = [r for r in result.removed if r.rule == "my.site.slogan"]
    assert [(r.kind, r.text) for r in removed] == [(Kind.CHROME, SLOGAN)]
    assert SLOGAN not in article_text(result)
    assert article_text(result) == "\n".join(BODY)


def test_extra_inline_rule_removes_only_its_span():
    mark = "【某某网独家】"
    line = BODY[1][:20] + mark + BODY[1][20:]
    rule = Rule("my.site.mark", "editorial", "inline", r"【某某网独家】")
    result = pagestrip.clean(
        "\n\n".join(["在全区创建全国文明城市动员大会上的讲话", BODY[0], line, BODY[2]]), extra_rules=[rule]
    )
    assert [(r.rule, r.text) for r in result.removed] == [("my.site.mark", mark)]
    assert BODY[1][:20] in article_text(result) and BODY[1][20:] in article_text(result)


def test_extra_rule_with_ignore_case_and_max_chars():
    rule = Rule("my.site.ad", "chrome", "line", r"advert[^\n]*", max_chars=12, ignore_case=True)
    result = pagestrip.clean(page("ADVERT here", "Advert that runs far too long for the limit"), extra_rules=[rule])
    assert [r.text for r in result.removed if r.rule == "my.site.ad"] == ["ADVERT here"]


def test_rules_option_replaces_the_builtin_set():
    result = pagestrip.clean(page(ICP, "版权所有:巨匠文档网"), rules=RuleSet([]))
    assert result.removed == []
    assert ICP in article_text(result)


def test_kind_and_scope_may_be_given_as_strings():
    rule = Rule("my.x", "footer", "tail", r"^本站声明")
    assert rule.kind is Kind.FOOTER and rule.scope is Scope.TAIL


# -------------------------------------------------------------- RuleError


@pytest.mark.parametrize(
    "args,fragment",
    [
        (("my.bad.pattern", "chrome", "line", r"(unclosed"), "bad pattern"),
        (("my.bad.kind", "banner", "line", r"x"), "unknown kind"),
        (("my.bad.scope", "chrome", "page", r"x"), "unknown scope"),
        (("my.bad.empty", "chrome", "inline", r"x*"), "empty string"),
        (("my.bad.none", "chrome", "line", None), "pattern or a predicate"),
    ],
)
def test_bad_rules_raise_rule_error_naming_the_rule(args, fragment):
    with pytest.raises(RuleError) as info:
        Rule(*args)
    assert args[0] in str(info.value)
    assert fragment in str(info.value)


def test_rule_error_is_a_value_error_and_exported():
    assert issubclass(pagestrip.RuleError, ValueError)
    with pytest.raises(ValueError):
        pagestrip.Rule("my.bad", "chrome", "line", "[")


def test_rule_needs_an_id():
    with pytest.raises(RuleError):
        Rule("", "chrome", "line", "x")


def test_ruleset_refuses_non_rules():
    with pytest.raises(RuleError):
        RuleSet(["zh.footer.icp"])


def test_bad_extra_rule_fails_before_any_cleaning():
    with pytest.raises(RuleError, match=r"my\.site\.slogan"):
        pagestrip.clean(page(), extra_rules=[Rule("my.site.slogan", "slogan", "line", SLOGAN)])


# ------------------------------------------------------------- invariants

RICH_PAGE = "\n".join(
    [
        "欢迎光临管理者范文网",
        "",
        "当前位置:管理者范文网 > 书信稿件 > 讲话稿",
        "",
        "在全区创建全国文明城市动员大会上的讲话",
        "",
        "更新时间:2024-11-20 查看人数:9",
        "",
        "　　" + BODY[0],
        "　　全国文明城市是国家城市综合评比的最高荣誉……(某某网http://x.cn省略471字,正式会员可完整阅读)……各镇办要抓好各项工作。",
        "★★★",
        "　　" + BODY[2] + "下面是小编为大家整理的讲话稿,供大家参考。",
        "相关文章",
        "版权所有:巨匠文档网 2010-2024",
        ICP,
    ]
)


@pytest.mark.parametrize(
    "name,data",
    [
        ("rich page", RICH_PAGE.encode("utf-8")),
        ("rich page, gbk", RICH_PAGE.encode("gbk")),
        *[(p.name, p.read_bytes()) for p in SEEDS],
    ],
)
def test_every_removal_points_into_the_normalized_text(name, data):
    result = pagestrip.clean(data)
    assert result.removed, name
    for r in result.removed:
        assert result.normalized[r.start : r.end] == r.text, (r.rule, r.text)
    for a in result.articles:
        for p in a.paragraphs:
            assert result.normalized[p.start : p.end] == p.text


def test_every_removal_names_a_known_rule_or_the_dedupe_stage():
    result = pagestrip.clean(RICH_PAGE)
    known = {r.id for r in RuleSet.builtin()}
    for r in result.removed:
        assert r.rule in known or r.rule.startswith("dedupe."), r.rule
        assert isinstance(r.kind, Kind)


def test_requires_prefilters_a_whole_line_rule():
    rule = pagestrip.Rule(
        "my.slogan", "chrome", "line", r"[^\n]{0,20}专业范文[^\n]{0,20}", "slogan", max_chars=60, requires=("专业范文",)
    )
    kept = pagestrip.Rule(
        "my.never",
        "chrome",
        "line",
        r"[^\n]{0,20}专业范文[^\n]{0,20}",
        "never tried",
        max_chars=60,
        requires=("不会出现的字串",),
    )
    result = pagestrip.clean(page(SLOGAN), extra_rules=[rule])
    assert "my.slogan" in ids(result)
    result = pagestrip.clean(page(SLOGAN), extra_rules=[kept])
    assert "my.never" not in ids(result)


def test_every_builtin_rule_validates() -> None:
    """Built-in rules skip validation at import for start-up time: check them here."""
    from pagestrip.rules import RuleSet

    for rule in RuleSet.builtin():
        rule.validate()


def test_a_user_rule_is_still_validated_at_construction() -> None:
    import pytest

    from pagestrip.rules import Rule, RuleError, RuleSet

    RuleSet.builtin()  # the built-ins are loaded: user rules after them are checked
    with pytest.raises(RuleError):
        Rule("user.bad", "chrome", "line", "(unclosed")


def test_rule_file_error_is_importable_from_the_package() -> None:
    """clean(rules="x.toml") raises it: a user must be able to catch it by name."""
    import pytest

    import pagestrip

    with pytest.raises(pagestrip.RuleFileError):
        pagestrip.clean("正文。", rules="/nonexistent/rules.toml")
