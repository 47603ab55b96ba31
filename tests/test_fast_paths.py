"""Two ways to the same answer: where a cheaper path stands in for another (to
spare a one-page run a compile), both must give exactly the same result."""

from __future__ import annotations

import pytest

from pagestrip import dedupe


def _both(k: str, monkeypatch: pytest.MonkeyPatch) -> tuple[set[str], set[str]]:
    monkeypatch.setattr(dedupe, "_sampled_in_python", 0)
    by_loop = dedupe._shingles(k)
    monkeypatch.setattr(dedupe, "_sampled_in_python", dedupe.PYTHON_SAMPLED_CHARS)
    return by_loop, dedupe._shingles(k)


def test_shingles_sampled_in_python_are_the_pattern_s_on_every_code_point(monkeypatch: pytest.MonkeyPatch) -> None:
    every = "".join(chr(c) for c in range(0x110000))  # surrogates and astral characters too
    by_loop, by_pattern = _both(every, monkeypatch)
    assert by_loop == by_pattern and len(by_pattern) > 10_000


@pytest.mark.parametrize(
    "k",
    ["", "短", "一二三四五六七", "一二三四五六七八", "各位代表同志们今天我们在这里召开大会" * 5, "abcdefgh" * 20],
)
def test_shingles_sampled_in_python_are_the_pattern_s(k: str, monkeypatch: pytest.MonkeyPatch) -> None:
    by_loop, by_pattern = _both(k, monkeypatch)
    assert by_loop == by_pattern
