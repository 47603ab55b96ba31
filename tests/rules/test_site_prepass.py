"""Site profiles chosen in a pre-pass: the site's name is read before the rules run, as
the removals would give it, and the rules run once."""

from __future__ import annotations

from pathlib import Path

import pytest

import pagestrip
from pagestrip import stages
from pagestrip.engine import site_before_rules
from pagestrip.options import CleanOptions
from pagestrip.pagemeta import site_name
from pagestrip.rulefile import RuleFile, load
from testkit import ROOT

BODY = (
    "今天召开全县安全生产工作会议，主要任务是分析当前安全生产形势，部署下一阶段工作。刚才，各部门作了汇报，我都同意。"
)
HOTLINE = (
    '[[profile]]\nsites = ["示例范文网"]\n{extra}'
    '[[profile.rule]]\nid = "examplecn.footer.hotline"\nkind = "footer"\nscope = "line"\n'
    "pattern = '(?:客服|服务)热线[:：]\\s*[\\d-]{{7,20}}'\ndescription = \"hotline\"\nmax_chars = 40\n"
)


def profile_file(tmp_path: Path, extra: str = "") -> RuleFile:
    path = tmp_path / "site.toml"
    path.write_text(HOTLINE.format(extra=extra), encoding="utf-8")
    return load(path)


def page(*lines: str, head: tuple[str, ...] = ()) -> str:
    return "\n\n".join([*head, "在全县安全生产工作会议上的讲话", *[BODY] * 4, *lines])


def _engine_runs(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    calls = {"find_removals": 0, "site_before_rules": 0}
    for name in calls:
        real = getattr(stages, name)

        def counted(*args: object, _real=real, _name=name, **kwargs: object) -> object:
            calls[_name] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(stages, name, counted)
    return calls


def _hotline(result: pagestrip.Result) -> bool:
    return "examplecn.footer.hotline" in {r.rule for r in result.removed}


def test_the_profile_of_the_site_the_copyright_names_applies_with_one_run(monkeypatch, tmp_path):
    calls = _engine_runs(monkeypatch)
    rf = profile_file(tmp_path)
    result = pagestrip.clean(page("客服热线：400-123-4567", "版权所有：示例范文网 2010-2024"), rules=rf)
    assert result.site == "示例范文网" and _hotline(result)
    assert calls == {"find_removals": 1, "site_before_rules": 1}


def test_a_welcome_line_outranks_the_copyright_as_the_removals_would(monkeypatch, tmp_path):
    rf = profile_file(tmp_path)
    text = page("客服热线：400-123-4567", "版权所有：示例范文网 2010-2024", head=("欢迎访问别的范文网",))
    result = pagestrip.clean(text, rules=rf)
    assert result.site == "别的范文网" and not _hotline(result)


def test_a_page_that_never_names_a_profiles_site_is_not_read_twice(monkeypatch, tmp_path):
    calls = _engine_runs(monkeypatch)
    rf = profile_file(tmp_path)
    result = pagestrip.clean(page("客服热线：400-123-4567", "版权所有：别的范文网 2010-2024"), rules=rf)
    assert result.site == "别的范文网" and not _hotline(result)
    assert calls == {"find_removals": 1, "site_before_rules": 0}


def test_a_name_in_the_text_that_no_rule_removes_names_no_site(tmp_path):
    rf = profile_file(tmp_path)
    text = page(
        "客服热线：400-123-4567", "我们常在示例范文网上找资料，版权所有的文章不能随便转载，这一点大家都要记住。"
    )
    result = pagestrip.clean(text, rules=rf)
    assert result.site is None and not _hotline(result)


def test_a_profile_that_disables_the_rule_naming_the_site_still_applies(tmp_path):
    # The name is read with the rules before the profile, as the first pass read it.
    rf = profile_file(tmp_path, 'disable = ["zh.footer.copyright"]\n')
    result = pagestrip.clean(page("客服热线：400-123-4567", "版权所有：示例范文网 2010-2024"), rules=rf)
    assert _hotline(result)
    assert "zh.footer.copyright" not in {r.rule for r in result.removed}


def test_the_markup_names_the_site_when_the_chrome_does_not(tmp_path):
    rf = profile_file(tmp_path)
    body = "".join(f"<p>{BODY}</p>" for _ in range(4))
    html = (
        '<html><head><meta property="og:site_name" content="示例范文网"><title>讲话</title></head>'
        f"<body><article><h1>讲话</h1>{body}<p>客服热线：400-123-4567</p></article></body></html>"
    )
    result = pagestrip.clean(html, rules=rf)
    assert result.site == "示例范文网" and _hotline(result)


def test_a_path_chain_in_the_head_names_the_site(tmp_path):
    rf = profile_file(tmp_path)
    text = page("客服热线：400-123-4567", head=("示例范文网 > 范文 > 讲话稿",))
    result = pagestrip.clean(text, rules=rf)
    assert result.site == "示例范文网" and _hotline(result)


FIXTURES = sorted(p for d in ("html", "seeds") for p in (ROOT / "fixtures" / d).iterdir() if p.is_file())


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_the_pre_pass_reads_the_name_the_removals_give(path: Path) -> None:
    state = stages.PageState(path.read_bytes(), CleanOptions())
    for stage in stages.STAGES[: stages.STAGES.index(stages.choose_site_profile)]:
        stage(state)
    before = site_before_rules(state.text, state.lines, state.ruleset, state.evidence)
    stages.match_rules(state)
    assert before == site_name(state.removed)
