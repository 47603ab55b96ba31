"""The disk cache of compiled patterns: the same pattern back, a changed pattern never a
stale hit, and silence when the directory cannot help."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

from pagestrip import regexcache

PATTERN = r"(?P<head>相关|相關)(?:阅读|閱讀)\s*[:：]?|\bread more\b"
SAMPLES = ["相关阅读：", "相關閱讀", "Read more", "read more here", "无关", ""]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(regexcache.ENV_VAR, str(tmp_path))
    regexcache.reset()
    yield tmp_path
    regexcache.reset()


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def _behaviour(p: regex.Pattern[str]) -> list[object]:
    return [(m.span(), m.groupdict()) if (m := p.search(s)) else None for s in SAMPLES] + [p.groupindex, p.flags]


def test_a_pattern_comes_back_from_disk_the_same(cache_dir: Path) -> None:
    fresh = regexcache.compile(PATTERN, regex.IGNORECASE | regex.V0)
    assert len(_files(cache_dir)) == 1
    again = regexcache.compile(PATTERN, regex.IGNORECASE | regex.V0)
    assert again is not fresh and again.pattern == PATTERN
    assert _behaviour(again) == _behaviour(fresh) == _behaviour(regex.compile(PATTERN, regex.IGNORECASE | regex.V0))


def test_a_changed_pattern_or_flag_is_another_file(cache_dir: Path) -> None:
    regexcache.compile(PATTERN, regex.V0)
    regexcache.compile(PATTERN + "|更多", regex.V0)
    regexcache.compile(PATTERN, regex.V0 | regex.IGNORECASE)
    regexcache.compile(PATTERN.encode(), regex.V0)
    assert len(_files(cache_dir)) == 4


def test_a_file_holding_another_pattern_is_not_used(cache_dir: Path) -> None:
    regexcache.compile("other", regex.V0)
    regexcache.compile(PATTERN, regex.V0)
    other, mine = sorted(_files(cache_dir), key=lambda p: p.stat().st_size)
    mine.write_bytes(other.read_bytes())  # a hash collision, or a file copied by hand
    assert regexcache.compile(PATTERN, regex.V0).pattern == PATTERN


@pytest.mark.parametrize("content", [b"", b"\x00garbage", b"\xe9" * 40])
def test_a_damaged_file_is_compiled_afresh(cache_dir: Path, content: bytes) -> None:
    regexcache.compile(PATTERN, regex.V0)
    (path,) = _files(cache_dir)
    path.write_bytes(content)
    assert _behaviour(regexcache.compile(PATTERN, regex.V0)) == _behaviour(regex.compile(PATTERN, regex.V0))


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_directory_is_silent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tmp_path.chmod(0o500)
    monkeypatch.setenv(regexcache.ENV_VAR, str(tmp_path / "cache"))
    regexcache.reset()
    try:
        assert regexcache.compile(PATTERN, regex.V0).search("相关阅读")
        assert not regexcache._writable
    finally:
        tmp_path.chmod(0o700)
        regexcache.reset()


def test_a_directory_that_is_a_file_is_silent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("not a directory")
    monkeypatch.setenv(regexcache.ENV_VAR, str(blocker))
    regexcache.reset()
    try:
        assert regexcache.compile(PATTERN, regex.V0).search("相关阅读")
        assert regexcache.compile(PATTERN, regex.V0).search("相关阅读")
    finally:
        regexcache.reset()


def test_an_empty_setting_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(regexcache.ENV_VAR, "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    regexcache.reset()
    try:
        assert regexcache.directory() is None
        assert regexcache.compile(PATTERN, regex.V0).search("相关阅读")
        assert not _files(tmp_path)
    finally:
        regexcache.reset()


def _length(text: str) -> list[str]:
    return [str(len(text))]


def test_a_memo_keeps_what_it_is_told_to_and_reads_it_back(cache_dir: Path, tmp_path: Path) -> None:
    code = tmp_path / "code.py"
    code.write_text("def f(): pass\n")
    first = regexcache.Memo("m", _length, str(code))
    assert first("abc", keep=True) == ["3"] and first("user pattern") == ["12"]
    first.save()
    (saved,) = [p for p in _files(cache_dir) if p.name.startswith("m-")]
    second = regexcache.Memo("m", lambda text: ["not called"], str(code))
    assert second("abc") == ["3"]  # from the file
    assert second("user pattern") == ["not called"]  # never written: not kept
    saved.write_bytes(b"\x00damaged")
    assert regexcache.Memo("m", lambda text: ["computed"], str(code))("abc") == ["computed"]
    first.save()  # nothing new since its last save: the damaged file stays as it is
    assert saved.read_bytes() == b"\x00damaged"
    code.write_text("def f(): return 1\n")  # the computing code changed: its answers are not reused
    first.save()
    third = regexcache.Memo("m", lambda text: ["new code"], str(code))
    assert third("abc") == ["new code"]


def test_a_memo_without_its_code_file_computes(cache_dir: Path) -> None:
    memo = regexcache.Memo("m", _length, None)
    assert memo("ab", keep=True) == ["2"]
    memo.save()
    assert not _files(cache_dir)


def test_the_literal_memo_answers_as_the_analysis_does() -> None:
    from pagestrip.rules import RuleSet, literals
    from pagestrip.rules.scan import REQUIRED

    for rule in RuleSet.builtin():
        if rule.pattern is not None:
            assert REQUIRED(rule.pattern) == literals.required(rule.pattern), rule.id


def test_a_user_rules_pattern_is_not_kept_a_built_in_one_is(cache_dir: Path) -> None:
    import marshal

    import pagestrip
    from pagestrip.model import Kind
    from pagestrip.rules import Rule, Scope

    mine = Rule("site.x", Kind.CHROME, Scope.LINE, "独有的页脚(?:文字|文本)")
    result = pagestrip.clean("独有的页脚文字\n正文第一段，内容足够长了。\n分享到微博", extra_rules=[mine])
    assert "独有的页脚文字" not in result.text
    kept = []
    for path in _files(cache_dir):
        data = marshal.loads(path.read_bytes())
        kept.extend(data if isinstance(data, dict) else [data[0]])
    assert kept and not any("独有的页脚" in str(p) for p in kept)
