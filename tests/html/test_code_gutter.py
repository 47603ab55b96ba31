"""Numbered code listings: a highlighter's gutter of line numbers goes (``html.line-numbers``),
and code whose lines end with ``<br>`` keeps its indentation. Shapes as Hexo and Pygments
print them in table mode; the wording is this test's own."""

from __future__ import annotations

import pagestrip

_BEFORE = (
    "<p>The script below reads the log file and counts the failed logins for each address, so the list is short.</p>"
)
_AFTER = (
    "<p>Run it once a day from cron and mail yourself the result; it takes less than a second on a small server.</p>"
)
_CODE = ["for line in open(path):", "    if 'FAILED' in line:", "        count[address(line)] += 1", "print(count)"]


def _hexo(numbers: list[str], code: list[str] = _CODE) -> str:
    gutter = "<br>".join(f'<span class="line">{n}</span>' for n in numbers)
    lines = "<br>".join(f'<span class="line">{c}</span>' for c in code)
    return (
        "<html><body><article><h1>Counting failed logins</h1>"
        f'{_BEFORE}<figure class="highlight python"><table><tr><td class="gutter"><pre>{gutter}</pre></td>'
        f'<td class="code"><pre>{lines}</pre></td></tr></table></figure>{_AFTER}</article></body></html>'
    )


def _pygments(numbers: list[str]) -> str:
    code = "\n".join(_CODE)
    return (
        "<html><body><article><h1>Counting failed logins</h1>"
        f'{_BEFORE}<table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre>'
        f'{chr(10).join(numbers)}</pre></div></td><td class="code"><div class="highlight"><pre>{code}</pre></div>'
        f"</td></tr></table>{_AFTER}</article></body></html>"
    )


def _lines(result: pagestrip.CleanResult) -> list[str]:
    return "\n".join(a.text for a in result.articles).split("\n")


def test_a_hexo_gutter_goes_and_the_code_keeps_its_indentation() -> None:
    result = pagestrip.clean(_hexo(["1", "2", "3", "4"]))
    lines = _lines(result)
    assert not any(line.strip().isdigit() for line in lines)
    assert _CODE[1] in lines and _CODE[2] in lines  # indented as written
    assert [r.rule for r in result.removed].count("html.line-numbers") == 4


def test_a_pygments_table_gutter_goes() -> None:
    result = pagestrip.clean(_pygments(["1", "2", "3", "4"]))
    assert not any(line.strip().isdigit() for line in _lines(result))
    assert {r.rule for r in result.removed} == {"html.line-numbers"}


def test_a_gutter_that_starts_later_goes_too() -> None:
    assert not any(line.strip().isdigit() for line in _lines(pagestrip.clean(_pygments(["41", "42", "43", "44"]))))


def test_numbers_that_do_not_count_up_are_the_code_own_output() -> None:
    # A program's printed numbers beside its code are no gutter: 1, 4, 9, 16 stay.
    lines = _lines(pagestrip.clean(_pygments(["1", "4", "9", "16"])))
    assert [line for line in lines if line.isdigit()] == ["1", "4", "9", "16"]


def test_a_pre_of_counting_numbers_with_no_code_after_it_stays() -> None:
    page = f"<html><body><article><h1>Counting</h1>{_BEFORE}<pre>1\n2\n3</pre>{_AFTER}</article></body></html>"
    assert [line for line in _lines(pagestrip.clean(page)) if line.isdigit()] == ["1", "2", "3"]
