"""TOML rule files: loading, merging, site profiles, and one-line errors."""

from __future__ import annotations

import pytest

import pagestrip
from pagestrip.rulefile import RuleFileError, load
from testkit import ROOT, run_cli

EXAMPLE = ROOT / "examples" / "site.toml"
SEED_000 = ROOT / "fixtures" / "seeds" / "000_ac3e718c7ea6533d.txt"
BODY = (
    "今天召开全县安全生产工作会议，主要任务是分析当前安全生产形势，部署下一阶段工作。刚才，各部门作了汇报，我都同意。"
)


def page(*tail: str) -> str:
    return "\n\n".join(["在全县安全生产工作会议上的讲话", *[BODY] * 4, *tail])


def test_example_rule_file_changes_seed_000_as_the_readme_says():
    plain = pagestrip.clean(SEED_000.read_bytes())
    with_file = pagestrip.clean(SEED_000.read_bytes(), rules=str(EXAMPLE))
    assert "相关热词搜索" not in plain.articles[0].text
    assert with_file.articles[0].text.endswith(
        "相关热词搜索: 讲话 全区 大会上 【讲话】区委书记在全区创建全国文明城市动员大会上讲话"
    )


def test_file_rules_and_host_profiles(tmp_path):
    text = page("示例范文网，专业的范文写作平台", "客服热线：400-123-4567")
    result = pagestrip.clean(text, rules=EXAMPLE)
    ids = {r.rule for r in result.removed}
    assert "examplecn.chrome.slogan" in ids
    assert "examplecn.footer.hotline" not in ids  # the profile needs example.cn
    result = pagestrip.clean(text, rules=EXAMPLE, url="https://www.example.cn/a/1.html")
    assert "examplecn.footer.hotline" in {r.rule for r in result.removed}


def test_site_profile_applies_by_the_site_name_the_page_gives():
    text = page("客服热线：400-123-4567", "版权所有：示例范文网 2010-2024")
    result = pagestrip.clean(text, rules=EXAMPLE)
    assert result.site == "示例范文网"
    assert "examplecn.footer.hotline" in {r.rule for r in result.removed}


def _count_calls(monkeypatch, module, *names):
    """Count the calls of ``module``'s functions ``names`` during a clean()."""
    calls = dict.fromkeys(names, 0)
    for name in names:
        real = getattr(module, name)

        def counted(*args, _real=real, _name=name, **kwargs):
            calls[_name] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)
    return calls


def test_a_host_profile_is_chosen_before_the_rules_run_once(monkeypatch):
    from pagestrip import pipeline, stages

    calls = _count_calls(monkeypatch, stages, "find_removals", "decode", "assemble")
    passes = _count_calls(monkeypatch, pipeline, "PageState")
    text = page("客服热线：400-123-4567", "版权所有：示例范文网 2010-2024")
    result = pagestrip.clean(text, rules=EXAMPLE, url="https://www.example.cn/a/1.html")
    assert "examplecn.footer.hotline" in {r.rule for r in result.removed}
    assert calls == {"find_removals": 1, "decode": 1, "assemble": 1}
    assert passes == {"PageState": 1}


def test_a_site_profile_reruns_only_the_rules_not_clean(monkeypatch):
    # The site name is the one the chrome the rules remove gives (here the copyright line),
    # read in a pre-pass that asks the rules about that line alone: the rules run once, the
    # page is decoded, normalized and assembled once, and clean() never calls itself.
    from pagestrip import pipeline, stages

    calls = _count_calls(monkeypatch, stages, "find_removals", "decode", "normalize", "segment", "assemble")
    passes = _count_calls(monkeypatch, pipeline, "PageState")
    text = page("客服热线：400-123-4567", "版权所有：示例范文网 2010-2024")
    result = pagestrip.clean(text, rules=EXAMPLE)
    assert result.site == "示例范文网"
    assert "examplecn.footer.hotline" in {r.rule for r in result.removed}
    assert calls == {"find_removals": 1, "decode": 1, "normalize": 1, "segment": 1, "assemble": 1}
    assert passes == {"PageState": 1}


def test_a_site_profile_that_does_not_apply_leaves_one_pass(monkeypatch):
    from pagestrip import stages

    calls = _count_calls(monkeypatch, stages, "find_removals")
    result = pagestrip.clean(page("客服热线：400-123-4567", "版权所有：别的范文网 2010-2024"), rules=EXAMPLE)
    assert result.site == "别的范文网"
    assert "examplecn.footer.hotline" not in {r.rule for r in result.removed}
    assert calls == {"find_removals": 1}


def test_clean_options_follow_the_keywords_of_clean():
    import dataclasses
    import inspect

    from pagestrip.options import CleanOptions

    params = list(inspect.signature(pagestrip.clean).parameters.values())[1:]
    fields = dataclasses.fields(CleanOptions)
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [f.default for f in fields]
    assert list(inspect.signature(CleanOptions.of).parameters) == [p.name for p in params]
    assert CleanOptions.of(disable="zh.*", extra_rules=iter(())).disable == ("zh.*",)
    with pytest.raises(ValueError, match="max_chars"):
        CleanOptions(max_chars=0)


BAD = [
    ('[[rule]]\nid="x"\nkind="chrum"\nscope="line"\npattern="a"\n', "unknown kind 'chrum'"),
    ('[[rule]]\nid="x"\nkind="chrome"\nscope="everywhere"\npattern="a"\n', "unknown scope 'everywhere'"),
    ('[[rule]]\nid="x"\nkind="chrome"\nscope="line"\npattern="(a"\n', "bad pattern"),
    ('[[rule]]\nid="x"\nkind="chrome"\nscope="line"\n', "missing 'pattern'"),
    ('[[rule]]\nid="x"\nkind="chrome"\nscope="line"\npattern="a"\ncolour="red"\n', "unknown key 'colour'"),
    ('[[rule]]\nid="x"\nkind="chrome"\nscope="line"\npattern="a"\nmax_chars="ten"\n', "max_chars"),
    ('disable = "zh.*"\n', "disable must be a list of strings"),
    ('[[profile]]\ndisable=["zh.*"]\n', "needs hosts or sites"),
    ("this is [not toml\n", "not valid TOML"),
]


@pytest.mark.parametrize("content,message", BAD, ids=[m for _, m in BAD])
def test_bad_rule_files_give_one_line_errors(tmp_path, content, message):
    f = tmp_path / "bad.toml"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(RuleFileError) as exc:
        load(f)
    assert message in str(exc.value) and str(f) in str(exc.value) and "\n" not in str(exc.value)
    for args in (["rules", "--check", str(f)], ["clean", "--rules", str(f), str(SEED_000)]):
        proc = run_cli(*args)
        assert proc.returncode == 2
        err = proc.stderr.decode()
        assert "Traceback" not in err and err.strip().count("\n") == 0 and message in err


def test_missing_rule_file_is_a_one_line_error():
    proc = run_cli("rules", "--check", "/no/such.toml")
    assert proc.returncode == 2 and b"no such file" in proc.stderr


def test_rules_lists_the_merged_set():
    proc = run_cli("rules", "--rules", EXAMPLE)
    out = proc.stdout.decode()
    assert "examplecn.chrome.slogan" in out and "zh.related.tags" not in out


def test_a_sentence_rule_in_a_file(tmp_path):
    path = tmp_path / "lead.toml"
    path.write_text(
        '[[rule]]\nid = "mysite.editorial.lead"\nkind = "editorial"\nscope = "sentence"\n'
        "cues = ['本站|小编', '整理|收集', '参考|阅读']\nmin_cues = 3\n",
        encoding="utf-8",
    )
    page = "标题\n本站整理了这篇文章供参考。\n正文第一段是一个很长的句子，这里是文章的内容，没有任何问题。\n"
    result = pagestrip.clean(page, rules=load(path).ruleset().without("zh.editorial.*"))
    assert [(r.rule, r.text) for r in result.removed] == [("mysite.editorial.lead", "本站整理了这篇文章供参考。")]
