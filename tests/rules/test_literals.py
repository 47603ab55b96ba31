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


# ---- covered(): a rule's ``requires`` must hold a word of every part of its pattern ----


def test_covered_reads_runs_groups_classes_and_spellings() -> None:
    assert literals.covered(r"版权所有[:：]", ["版权"])
    assert literals.covered(r"(?:play|pause) video", ["play video", "pause video"])  # spelled out whole
    assert literals.covered(r"\d{1,5}\s*[#楼樓]", ["#", "楼", "樓"])  # a class of plain characters
    assert literals.covered(r"来自\s*\w{1,10}(?:客户端|客戶端)", ["来自"])
    assert literals.covered(r"Accept (?:all )?cookies", ["COOKIE"])  # compared case-folded
    assert not literals.covered(r"\d{1,5}\s*[^楼]", ["楼"])  # a negated class names nothing
    assert not literals.covered(r"分享|\d+楼", ["分享"])
    assert not literals.covered(r"(?:分享)?收藏", ["分享"])  # an optional group holds nothing for sure
    assert not literals.covered(r"分享", [])


def test_uncovered_names_the_smallest_part_a_reader_can_fix() -> None:
    assert literals.uncovered(r"分享|收藏|\d+楼", ["分享", "收藏"]) == [r"\d+楼"]
    # a list of buttons repeated: read down through the groups it is made of
    assert literals.uncovered(r"(?:分享|TOP)(?:\s*(?:分享|TOP))*", ["分享"]) == ["TOP"]
    # an alternative with words of its own is named whole
    assert literals.uncovered(r"\d(?:秒|年)前|分享", ["分享"]) == [r"\d(?:秒|年)前"]


# The parts of built-in patterns their ``requires`` leaves out on purpose, each with why.
_KNOWN_GAPS = {
    # a floor number alone (3楼 4楼) is no row of buttons; "top" is in every English page
    "zh.chrome.actions": {"TOP", r"\d{1,5}\s*[楼樓]"},
    # a row holds at least two names: only a row of two bare "x" is missed
    "en.chrome.share-row": {"x"},
    # only two bare dates side by side are missed: no byline is written so
    "en.metadata.byline": {"dates"},
    # [ad) with mismatched brackets
    "news.chrome.ad-blurb": {"ad"},
}


def test_every_built_in_rule_requires_a_word_of_every_part_of_its_pattern() -> None:
    """A part left out is never tried on a line it alone would match: a row of buttons
    ``来自 XX客户端 | 3年前`` was never removed by zh.chrome.actions, whose list of words
    missed both."""
    found = {}
    for rule in RuleSet.builtin():
        if rule.pattern and rule.requires:
            gaps = set(literals.uncovered(rule.pattern, rule.requires))
            if gaps:
                found[rule.id] = (
                    {"dates"} if rule.id == "en.metadata.byline" and r"\d{4}-\d{1,2}-\d{1,2}" in gaps else gaps
                )
    assert found == _KNOWN_GAPS


def test_a_row_of_buttons_that_only_compound_words_name_is_removed() -> None:
    body = "会议指出，要进一步加强基层治理，推动各项政策落地见效，切实解决群众急难愁盼问题。\n\n"
    for line in ("来自 天涯社区客户端 | 3年前", "12秒前 手机点评"):
        result = pagestrip.clean("基层治理工作会议召开\n\n" + body + line + "\n\n" + body.replace("会议", "座谈会"))
        assert [(r.rule, r.text) for r in result.removed] == [("zh.chrome.actions", line)], line


@settings(max_examples=5 * settings().max_examples, deadline=None)
@given(
    st.lists(_PIECES, min_size=1, max_size=5),
    st.lists(_PIECES, min_size=1, max_size=5),
    st.lists(st.sampled_from(["ab", "c", "d", "fg", "x", "7", "汉", "mn", "ij", "k"]), min_size=1, max_size=3),
    st.randoms(),
)
def test_covered_patterns_hold_a_needle_in_every_generated_match(left, right, needles, rnd) -> None:
    """Build a pattern and a list of words; when covered() vouches for it, every text
    the pattern matches holds one of the words."""
    pattern = "".join(left) + "|" + "".join(right)
    if not literals.covered(pattern, needles):
        return
    compiled = regex.compile(pattern, regex.V0)
    for _ in range(20):
        text = _sample(rnd, "".join(rnd.choice([left, right])))
        if compiled.fullmatch(text):
            assert any(n.casefold() in text.casefold() for n in needles), (pattern, text, needles)
