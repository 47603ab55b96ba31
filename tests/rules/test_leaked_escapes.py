"""Escapes a scraper leaked into the text (``\\n``, ``x0dx0a``, ``&nbsp;`` glued to the words)
go, ``common.chrome.markup-escape``; the same characters in a Markdown code span or a
Windows path are what the text says: a programming post lost its regular expression's
``\\n``s and was cut into five lines, a path ``C:\\new\\table`` became ``C:`` / ``ew``."""

from __future__ import annotations

import pagestrip

LEAD = "格式奖励函数用正则表达式检查补全是否符合要求的格式，这个函数只检查格式，不检查答案是否正确。"


def _clean(line: str) -> pagestrip.Result:
    return pagestrip.clean("\n\n".join([LEAD, line, LEAD[::-1]]))


def test_leaked_escapes_go() -> None:
    r = _clean("这是第一段正文内容，讲的是工作。\\n\\n第二段正文内容，继续讲工作的事情。")
    assert [x.rule for x in r.removed] == ["common.chrome.markup-escape"]
    assert "第二段正文内容，继续讲工作的事情。" in r.text.split("\n")


def test_escapes_in_a_code_span_or_a_windows_path_stay() -> None:
    for line in (
        '2.  `    pattern = r"^<reasoning>\\n.*?\\n</reasoning>\\n<answer>\\n.*?\\n</answer>\\n$"`',
        'In Python, `print("a\\nb")` prints two lines, and `"\\t"` is a tab.',
        "The config file lives in C:\\new\\table on the build machine.",
    ):
        r = _clean(line)
        assert line in r.text.split("\n"), line
        assert r.removed == [], line


def test_escapes_in_a_code_lines_string_literal_stay() -> None:
    # an indented shell line with no fence or backticks: its quoted "\n" is the program's
    for line in ('( IFS=,; printf "%s\\n" "$*" )', "sys.stdout.write('%d\\t%s\\n' % (n, name));"):
        r = _clean(line)
        assert line in r.text.split("\n"), line
        assert r.removed == [], line


def test_a_quoted_escape_in_prose_still_goes() -> None:
    # a sentence is no code: the quotes do not shield an escape a scraper leaked
    r = _clean('他说"第一段正文内容，讲的是工作。\\n第二段正文内容"，继续讲工作的事情。')
    assert [x.rule for x in r.removed] == ["common.chrome.markup-escape"]
