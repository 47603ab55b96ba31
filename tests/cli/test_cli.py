"""The console script's commands, run in this process through ``pagestrip.cli.main(argv)``
(``testkit.run_cli``: its exit status, standard output and error). What needs a real
process — the installed script, ``python -m``, a terminal, signals — is in test_console_script.py."""

from __future__ import annotations

import json

import pytest

import pagestrip
from testkit import EXAMPLES, FIXTURES, SEEDS, Ran
from testkit import run_cli as run

SEED_000 = SEEDS / "000_ac3e718c7ea6533d.txt"
SEED_001 = SEEDS / "001_83b7269c60ce4ab9.txt"
JSON_KEYS = {"title", "site", "date", "truncated", "truncation", "articles", "removed", "stats"}


def out(proc: Ran) -> str:
    return proc.out


def err(proc: Ran) -> str:
    return proc.err


def test_clean_prints_the_cleaned_text():
    proc = run("clean", str(SEED_000))
    assert proc.returncode == 0, err(proc)
    text = out(proc)
    assert "同志们,创建全国文明城市既是一项政治任务" in text
    for chrome in ("版权所有", "ICP备", "相关热词搜索", "供大家参考"):
        assert chrome not in text
    result = pagestrip.clean(SEED_000.read_bytes())
    article = result.articles[0]
    assert text == f"{article.title}\n{article.text}\n"


def test_clean_json_prints_one_object_with_the_spec_keys():
    proc = run("clean", "--format", "json", str(SEED_000))
    assert proc.returncode == 0, err(proc)
    doc = json.loads(out(proc))  # exactly one JSON document
    assert set(doc) >= JSON_KEYS
    assert "source" not in doc
    assert doc["site"] == "巨匠文档网"
    assert doc["date"] == "2023-06-17"
    assert doc["truncated"] is False
    assert doc["articles"] and all({"title", "text"} <= set(a) for a in doc["articles"])
    assert all({"kind", "rule", "start", "end", "text"} <= set(r) for r in doc["removed"])
    assert {"input_chars", "output_chars", "normalized"} <= set(doc["stats"])


def test_clean_jsonl_prints_one_line_per_page_with_its_source():
    proc = run("clean", "--format", "jsonl", str(SEED_000), str(SEED_001))
    assert proc.returncode == 0, err(proc)
    lines = out(proc).splitlines()
    assert len(lines) == 2
    docs = [json.loads(line) for line in lines]
    assert [d["source"] for d in docs] == [str(SEED_000), str(SEED_001)]
    assert all(set(d) >= JSON_KEYS for d in docs)
    assert docs[1]["site"] == "管理者范文网"


def test_clean_dash_reads_standard_input():
    data = SEED_000.read_bytes()
    from_stdin = run("clean", "--format", "json", "-", stdin=data)
    from_file = run("clean", "--format", "json", str(SEED_000))
    assert from_stdin.returncode == 0, err(from_stdin)
    assert json.loads(out(from_stdin)) == json.loads(out(from_file))


def test_clean_stdin_gbk_with_encoding_option():
    page = "在全区大会上的讲话\n\n今天，我们召开全区创建全国文明城市动员大会，安排部署创建工作。\n\n冀ICP备20016797号\n"
    proc = run("clean", "--encoding", "gbk", "-", stdin=page.encode("gbk"))
    assert proc.returncode == 0, err(proc)
    assert "今天，我们召开全区创建全国文明城市动员大会" in out(proc)
    assert "ICP" not in out(proc)


def test_clean_disable_option(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(
        "在全区大会上的讲话\n\n今天，我们召开全区创建全国文明城市动员大会，安排部署创建工作。\n\n冀ICP备20016797号\n",
        encoding="utf-8",
    )
    assert "ICP" not in out(run("clean", str(page)))
    assert "冀ICP备20016797号" in out(run("clean", "--disable", "zh.footer.icp", str(page)))


@pytest.mark.parametrize(
    "args",
    [
        ["clean", "/no/such/dir/page.txt"],
        ["clean", "--format", "json", "/no/such/dir/page.txt"],
        ["clean", "--format", "jsonl", str(SEED_000), "/no/such/dir/page.txt"],
    ],
)
def test_missing_file_exits_2_with_a_one_line_message(args):
    proc = run(*args)
    assert proc.returncode == 2
    message = err(proc)
    assert "Traceback" not in message
    assert message.strip().count("\n") == 0
    assert "/no/such/dir/page.txt" in message


def test_empty_directory_argument_exits_2(tmp_path):
    proc = run("clean", str(tmp_path))
    assert proc.returncode == 2
    assert "Traceback" not in err(proc)
    assert err(proc).strip().count("\n") == 0


def test_bad_arguments_exit_2_without_traceback():
    # `clean` alone reads a piped standard input; on a terminal it is exit 2 (see the issue 12 tests).
    for args in (["clean", "--format", "xml", str(SEED_000)], ["frobnicate"]):
        proc = run(*args)
        assert proc.returncode == 2, args
        assert "Traceback" not in err(proc)


def test_rules_lists_every_builtin_rule_with_its_kind():
    proc = run("rules")
    assert proc.returncode == 0, err(proc)
    rows = {line.split()[0]: line.split()[1] for line in out(proc).splitlines() if line.strip()}
    expected = {r.id: str(r.kind) for r in pagestrip.RuleSet.builtin()}
    assert rows == expected
    assert rows["zh.footer.icp"] == "footer"


def test_rules_json():
    proc = run("rules", "--format", "json")
    assert proc.returncode == 0, err(proc)
    rules = json.loads(out(proc))
    assert [r["id"] for r in rules] == [r.id for r in pagestrip.RuleSet.builtin()]
    assert all({"id", "kind", "scope", "description"} <= set(r) for r in rules)


def test_empty_file_gives_an_empty_result(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    proc = run("clean", "--format", "json", str(empty))
    assert proc.returncode == 0, err(proc)
    doc = json.loads(out(proc))
    assert doc["articles"] == []
    assert doc["removed"] == []
    assert doc["title"] is None and doc["truncated"] is False


def test_binary_junk_does_not_crash(tmp_path):
    """Issue 11 item 11: binary input is one clear error (exit 1), never garbage, never a traceback."""
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 100)
    for fmt in ("text", "json"):
        proc = run("clean", "--format", fmt, str(junk))
        assert proc.returncode == 1, err(proc)
        assert "Traceback" not in err(proc)
        assert "binary" in err(proc) and len(err(proc).strip().splitlines()) == 1
    assert "binary" in json.loads(out(run("clean", "--format", "json", str(junk))))["error"]


def test_version():
    proc = run("--version")
    assert proc.returncode == 0
    assert pagestrip.__version__ in out(proc)


@pytest.mark.parametrize(
    "args", [["--jobs", "-3"], ["-j", "0"], ["--max-chars", "0"], ["--max-chars=-5"], ["--timeout", "-1"]]
)
def test_issue12_item8_bad_numbers_exit_2(args):
    """Issue 12 item 8: `--jobs -3` and `--max-chars 0` (rejected at this branch's base already;
    kept as a regression test)."""
    proc = run("clean", *args, str(SEED_000))
    assert proc.returncode == 2 and "Traceback" not in err(proc), args


def test_issue12_item8_the_batch_api_refuses_fewer_than_one_worker():
    from pagestrip.batch import Job
    from pagestrip.batch import run as run_batch

    for workers in (0, -3):
        with pytest.raises(ValueError, match="workers"):
            list(run_batch([Job("a", "正文。")], {}, workers=workers))


@pytest.mark.parametrize("command", ["clean", "explain"])
def test_issue12_item8_a_disable_id_that_matches_no_rule_is_an_error(command, tmp_path):
    """Issue 12 item 8: a --disable id that matches no rule (a typo) passed silently."""
    proc = run(command, "--disable", "zh.footer.icpp", str(SEED_000))
    assert proc.returncode == 2 and "zh.footer.icpp" in err(proc) and len(err(proc).strip().splitlines()) == 1
    assert run(command, "--disable", "zh.footer.*", "--disable", "zh.footer.icp", str(SEED_000)).returncode == 0
    rules = EXAMPLES / "site.toml"
    # a rule that exists only in a site profile of the rule file is a rule too
    assert run(command, "--rules", str(rules), "--disable", "examplecn.footer.hotline", str(SEED_000)).returncode == 0


def test_issue12_item8_rules_with_a_rule_file_lists_its_profile_rules():
    """Issue 12 item 8: `rules --rules FILE` hid the rules of the file's site profiles."""
    rules = EXAMPLES / "site.toml"
    proc = run("rules", "--rules", str(rules))
    assert proc.returncode == 0, err(proc)
    line = next(x for x in out(proc).splitlines() if x.startswith("examplecn.footer.hotline"))
    assert "example.cn" in line  # says where it applies
    assert "zh.related.tags" not in out(proc)  # the file disables it
    listed = json.loads(out(run("rules", "--rules", str(rules), "--format", "json")))
    hotline = next(r for r in listed if r["id"] == "examplecn.footer.hotline")
    assert hotline["profile"]["hosts"] == ["example.cn", "*.example.cn"]


def test_issue12_item8_an_empty_beautifulsoup_tree_from_bytes_is_a_warning():
    """Issue 12 item 8: BeautifulSoup(gbk_bytes, "lxml") comes back empty (a bs4/lxml
    failure on GB2312-labelled pages); clean() returned nothing, with no warning."""
    bs4 = pytest.importorskip("bs4")
    raw = (FIXTURES / "html" / "dede_000_gbk.html").read_bytes()
    soup = bs4.BeautifulSoup(raw, "lxml")
    result = pagestrip.clean(soup)
    if soup.get_text().strip():
        pytest.skip("this bs4/lxml pair parses the page; nothing to warn about")
    assert result.articles == [] and any("BeautifulSoup" in w and "bytes" in w for w in result.warnings)
    assert pagestrip.clean(raw).articles  # the way out the warning names
    full = pagestrip.clean(bs4.BeautifulSoup(raw, "html.parser"))
    assert full.articles and not any("BeautifulSoup" in w for w in full.warnings)


def test_issue12_item8_a_trailing_hotline_line_is_never_the_title():
    """Issue 12 item 8, the README's hotline example (right at this branch's base; a regression test)."""
    body = (
        "各单位：为进一步加强安全生产工作，切实保障人民群众生命财产安全，现就有关事项通知如下。\n\n"
        "一、提高认识，加强领导。各单位要充分认识安全生产工作的重要性。\n\n"
    )
    for page in (body + "客服热线：400-123-4567\n", "关于安全生产的通知\n\n" + body + "服务热线: 0755-12345678\n"):
        result = pagestrip.clean(page)
        assert all("热线" not in (a.title or "") and "热线" not in a.text for a in result.articles)
        assert result.title is None or "热线" not in result.title


def test_issue12_format_markdown_gives_title_headings_and_paragraphs(tmp_path):
    """Issue 12, expected: --format markdown (title as heading, paragraphs), as trafilatura offers."""
    proc = run("clean", "--format", "markdown", str(SEED_001))
    assert proc.returncode == 0, err(proc)
    md = out(proc)
    result = pagestrip.clean(SEED_001.read_bytes())
    assert len(result.articles) > 1
    headings = [line[2:] for line in md.splitlines() if line.startswith("# ")]
    assert headings == [a.title for a in result.articles if a.title]
    for a in result.articles:
        for p in a.text.split("\n"):
            assert f"\n\n{p}\n\n" in f"\n\n{md}\n" or f"\n\n\\{p}" in md  # a paragraph of its own
    # several pages: each under a comment naming its source
    proc = run("clean", "--format", "markdown", str(SEED_000), str(SEED_001), "-q")
    assert out(proc).count("<!-- source: ") == 2


def test_issue12_markdown_escapes_lines_that_would_turn_into_markup():
    from pagestrip.formats import markdown

    record = {
        "articles": [{"title": "标题", "text": "# 不是标题\n1. 不是列表\n- 也不是\n正常的段落。", "truncated": False}]
    }
    md = markdown(record)
    assert md.splitlines()[0] == "# 标题"
    assert "\\# 不是标题" in md and "1\\. 不是列表" in md and "\\- 也不是" in md and "\n正常的段落。" in md


def test_issue12_format_csv_gives_one_row_per_article(tmp_path):
    """Issue 12, expected: --format csv, one row per article, with the page it came from."""
    import csv
    import io

    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 100)
    proc = run("clean", "--format", "csv", str(SEED_000), str(SEED_001), str(junk), "-q")
    assert proc.returncode == 1  # the binary file failed
    rows = list(csv.DictReader(io.StringIO(out(proc))))
    expected = [
        (str(p), a.title or "", a.text) for p in (SEED_000, SEED_001) for a in pagestrip.clean(p.read_bytes()).articles
    ]
    assert [(r["source"], r["title"], r["text"]) for r in rows[:-1]] == expected
    assert rows[-1]["source"] == str(junk) and "binary" in rows[-1]["error"] and rows[-1]["text"] == ""
    assert {"source", "url", "site", "date", "article", "title", "text", "truncated", "error"} <= set(rows[0])


def test_issue12_verbose_says_what_each_page_gave():
    """Issue 12, expected: -v/--verbose — a line per page (articles, characters kept and removed by kind)."""
    proc = run("clean", "-v", "--format", "jsonl", str(SEED_000), str(SEED_001))
    assert proc.returncode == 0, err(proc)
    lines = err(proc).splitlines()
    for page in (SEED_000, SEED_001):
        result = pagestrip.clean(page.read_bytes())
        line = next(x for x in lines if x.startswith(f"pagestrip: {page}: "))
        assert f"{len(result.articles)} article" in line
        assert f"{sum(len(a.text) for a in result.articles)} characters kept" in line
        for kind, n in result.stats.removed_chars.items():
            assert f"{kind} {n}" in line
    assert any("worker" in x for x in lines)  # the run's set-up, first
    assert run("clean", "-v", "-q", str(SEED_000)).returncode == 2  # one or the other


def test_issue12_no_input_reads_standard_input_when_it_is_not_a_terminal():
    """Issue 12, expected: `cat page | pagestrip clean` without `-`, as other filters do."""
    data = SEED_000.read_bytes()
    piped = run("clean", "--format", "json", stdin=data)
    assert piped.returncode == 0, err(piped)
    assert json.loads(out(piped)) == json.loads(out(run("clean", "--format", "json", "-", stdin=data)))


def test_issue12_no_input_on_a_terminal_is_a_usage_error():
    """With standard input a terminal, `clean` alone waits on no one: exit 2, naming it (a real
    pseudo-terminal: test_console_script.py)."""
    proc = run("clean", tty=True)
    assert proc.returncode == 2 and "standard input" in err(proc), err(proc)
    assert proc.stdout == b""
