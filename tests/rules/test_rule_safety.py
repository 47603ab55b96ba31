"""No built-in pattern backtracks catastrophically.

Every rule pattern and cue is run on adversarial lines made of the pieces
patterns are built from (separators, digits, Han, brackets, escapes), a few
hundred characters long and ending in a character that makes a whole-line
match fail late — the input shape that turns an ambiguous pattern
exponential. The ``regex`` module's timeout turns a runaway into a failure.
"""

from __future__ import annotations

import pytest
import regex

from pagestrip.rules import RuleSet

PIECES = [
    "a",
    "1",
    " ",
    "|",
    " | ",
    " - ",
    ",",
    "，",
    "、",
    ":",
    "中",
    "(",
    "…",
    ".",
    "•",
    "1,",
    "a1 ",
    "% ",
    "/",
    "> ",
    "【",
    "\\r\\n",
    "&nbsp;",
    "{",
    "篇",
    "页",
]
TAILS = ["", "。", "\x00", "}"]
#: Longest adversarial line (characters): a line rule sees at most its max_chars.
LENGTH = 400
#: Seconds one match may take before the pattern counts as runaway.
TIMEOUT = 1.0


#: Scopes whose patterns the engine only ever matches against a whole line.
WHOLE_LINE = {"line", "head", "edge", "dom"}


def _patterns():
    """(rule id, pattern text, flags, length limit, whole line) of every pattern and cue; the
    patterns are compiled by the test that runs them, not by every pytest-xdist worker's
    collection."""
    for rule in RuleSet.builtin():
        flags = regex.V0 | (regex.IGNORECASE if rule.ignore_case else 0)
        if rule.pattern:
            whole = str(rule.scope) in WHOLE_LINE
            yield rule.id, rule.wrapped(bound=False), flags, rule.max_chars or LENGTH, whole
        for j, cue in enumerate(rule.cues):
            yield f"{rule.id} cue {j}", cue, flags, LENGTH, False


@pytest.mark.parametrize(
    "rule_id,source,flags,limit,whole_line",
    [pytest.param(*p, id=f"{p[0]}---") for p in _patterns()],
)
def test_pattern_is_linear_on_adversarial_lines(rule_id, source, flags, limit, whole_line):
    """Each pattern as the engine runs it: span patterns and cues are searched, whole-line
    patterns matched whole. A whole-line pattern is also tried from every offset, as a search
    would, but once per phase of the line's repeating unit: the line is periodic, so a start
    further on is the same attempt on a shorter line, and the search of all 400 starts (a
    quadratic sum of linear attempts, which the engine never makes) took seconds a pattern."""
    pattern = regex.compile(source, flags)
    n = min(limit, LENGTH)
    for a in PIECES:
        for b in ("", " ", "1", "中", "|"):
            unit = a + b
            line = (unit * (n // len(unit) + 1))[:n]
            for tail in TAILS:
                try:
                    pattern.fullmatch(line + tail, timeout=TIMEOUT)
                    if not whole_line:
                        pattern.search(line + tail, timeout=TIMEOUT)
                        continue
                    for phase in range(len(unit)):
                        pattern.match(line + tail, phase, timeout=TIMEOUT)
                except TimeoutError:
                    pytest.fail(f"{rule_id} runs away on {(line + tail)[:40]!r}… ({len(line)} chars)")
