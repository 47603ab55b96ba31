"""The literal prefilter: a rule is tried only on lines holding one of its literals,
so the literals read from a pattern must be in every text the pattern matches."""

from __future__ import annotations

from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import pagestrip
from pagestrip.rules import LiteralScan, RuleSet, Scope, derived_anchors, literals

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def test_required_reads_runs_groups_and_quantifiers() -> None:
    assert literals.required(r"版权所有") == ["版权所有"]
    assert literals.required(r"\s*(?:关于我们|联系我们)[^\n]{0,20}") == ["关于我们", "联系我们"]
    assert literals.required(r"ab?c") == ["a"]  # the run ends before the optional b
    assert literals.required(r"x+yz") == ["yz"]  # x+ keeps x, then the run closes; yz is rarer
    assert literals.required(r"(?:foo)?bar") == ["bar"]
    assert literals.required(r"(?i:Read more)|see all") == ["Read more", "see all"]
    assert literals.required(r"\d{4}年") == ["年"]
    assert literals.required(r"[^\n]{0,9}") is None
    assert literals.required(r"foo|\d+") is None  # one alternative holds no literal
    assert literals.required(r"(?=abc)\w+") is None  # a lookahead consumes nothing
    assert literals.required(r"(?:abc){e<=1}") is None  # fuzzy: not an exact literal
    assert literals.required(r"\p{Han}{2}社") == ["社"]
    assert literals.required(r"a\.b") == ["a.b"]


def test_leading_literals_run_through_groups_of_plain_words() -> None:
    assert literals.leading("已(?:结束|結束)") == ["已结束", "已結束"]
    assert literals.leading("(?:ab|c)d") == ["abd", "cd"]
    assert literals.leading("(?:a.|c)d") == ["a", "c"]  # a.: the literal stops at the dot
    assert literals.leading("供(?:大家|您)?参考") == ["供"]  # an optional group ends it
    assert literals.leading("an? x") == ["an x", "a x"]


def test_one_character_ascii_literals_are_not_worth_a_prefilter() -> None:
    rule = pagestrip.Rule("t.x", "chrome", "line", r"[^\n]{0,20}>[^\n]{0,20}")
    assert derived_anchors(rule) is None


def test_scan_reports_every_string_with_its_prefixes() -> None:
    scan = LiteralScan(["you", "your", "our", "下面", "面是"])
    found = {s for _, _, m in scan.finditer("Get YOUR copy. 下面是") for s in scan.expand(m)}
    assert found == {"you", "your", "our", "下面", "面是"}


def _fixture_lines() -> list[str]:
    lines: list[str] = []
    for p in sorted((FIXTURES / "seeds").iterdir()):
        result = pagestrip.clean(p.read_bytes())
        lines += [ln for ln in (result.normalized or "").split("\n") if ln.strip()]
    return lines


def test_every_fixture_line_a_rule_matches_holds_one_of_its_literals() -> None:
    """Over the seed pages: wherever a built-in rule with derived literals matches,
    the line holds one of them (else the prefilter would have hidden a match)."""
    lines = _fixture_lines()
    checked = 0
    for rule in RuleSet.builtin():
        anchors = derived_anchors(rule)
        if anchors is None:
            continue
        flags = regex.IGNORECASE if rule.ignore_case else 0
        pat = regex.compile(rule.pattern or "", flags | regex.MULTILINE | regex.V0)
        for ln in lines:
            hit = pat.fullmatch(ln) if rule.scope in (Scope.LINE, Scope.HEAD, Scope.EDGE) else pat.search(ln)
            if hit is not None:
                checked += 1
                assert any(a in hit.group().lower() for a in anchors), (rule.id, ln)
    assert checked > 20  # the check ran on real matches


_PIECES = st.sampled_from(["ab", "c", "(?:de|fg)", "h?", "[xy]", r"\d", "(?:ij)*", "k+", "汉字", "(?i:Mn)"])


# Five times the profile's examples (ci 200, thorough 2000), each pattern sampled 20 times.
@settings(max_examples=5 * settings().max_examples, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=5), st.lists(_PIECES, min_size=1, max_size=5), st.randoms())
def test_required_literals_are_in_every_generated_match(left: list[str], right: list[str], rnd) -> None:
    """Build a pattern, generate texts it matches, check each holds a literal."""
    pattern = "".join(left) + "|" + "".join(right)
    found = literals.required(pattern)
    if found is None:
        return
    compiled = regex.compile(pattern, regex.V0)
    for _ in range(20):
        text = _sample(rnd, "".join(rnd.choice([left, right])))
        if compiled.fullmatch(text):
            assert any(f.lower() in text.lower() for f in found), (pattern, text, found)


def _sample(rnd, seq: str) -> str:
    """A text that the alternative ``seq`` built from :data:`_PIECES` matches."""
    choices = {
        "ab": ["ab"],
        "c": ["c"],
        "(?:de|fg)": ["de", "fg"],
        "h?": ["", "h"],
        "[xy]": ["x", "y"],
        r"\d": ["7"],
        "(?:ij)*": ["", "ij", "ijij"],
        "k+": ["k", "kk"],
        "汉字": ["汉字"],
        "(?i:Mn)": ["Mn", "mN"],
    }
    out = []
    i = 0
    pieces = sorted(choices, key=len, reverse=True)
    while i < len(seq):
        piece = next(p for p in pieces if seq.startswith(p, i))
        out.append(rnd.choice(choices[piece]))
        i += len(piece)
    return "".join(out)


def _found(scan: LiteralScan, text: str, lo: int, hi: int) -> set[tuple[int, str]]:
    """Every (position, string) ``scan`` reports in ``text[lo:hi]``."""
    return {(at, s) for at, _, m in scan.finditer(text, lo, hi) for s in scan.expand(m)}


def test_the_pure_python_scan_finds_what_the_accelerated_one_finds() -> None:
    """Without pyahocorasick the ``re`` trie scan runs: same strings at the same places."""
    pytest = __import__("pytest")
    pytest.importorskip("ahocorasick")
    strings = sorted(RuleSet.builtin().literal_scan.strings)
    fast, plain = LiteralScan(strings), LiteralScan(strings, accelerated=False)
    assert plain.pattern is not None and fast.pattern is None
    for p in sorted((FIXTURES / "seeds").iterdir()) + sorted((FIXTURES / "html").glob("*.html")):
        text = pagestrip.clean(p.read_bytes()).normalized or ""
        for lo, hi in ((0, len(text)), (len(text) // 3, len(text) // 2)):
            assert _found(fast, text, lo, hi) == _found(plain, text, lo, hi), p.name
