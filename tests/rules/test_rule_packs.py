"""The built-in packs split into modules: old import paths, order, prefilters."""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest

from pagestrip.rules import builtin
from pagestrip.rules import en as en_pack
from pagestrip.rules import zh as zh_pack

ZH_MODULES = ("chrome", "metadata", "edges", "footer", "truncation", "related", "editorial", "toc")
EN_MODULES = ("promo", "chrome", "closing")


@pytest.mark.parametrize(
    ("pack", "prefix", "modules"),
    [(zh_pack, "zh", ZH_MODULES), (en_pack, "en", EN_MODULES)],
)
def test_pack_joins_its_modules_in_order(pack: ModuleType, prefix: str, modules: tuple[str, ...]) -> None:
    ids = [r.id for r in pack.RULES]
    joined = [r.id for m in modules for r in importlib.import_module(f"pagestrip.rules.{prefix}.{m}").RULES]
    assert ids == joined
    assert len(set(ids)) == len(ids)
    assert all(i.startswith(prefix + ".") for i in ids)


@pytest.mark.parametrize("pack", [zh_pack, en_pack])
def test_prefilters_name_rules_of_the_pack_and_are_applied(pack: ModuleType) -> None:
    rules = {r.id: r for r in pack.RULES}
    for rule_id, needles in pack.REQUIRES.items():
        assert rules[rule_id].requires == needles


def test_builtin_set_holds_the_packs_in_order() -> None:
    ids = [r.id for r in builtin._builtin()]
    zh_ids = [r.id for r in zh_pack.RULES]
    en_ids = [r.id for r in en_pack.RULES]
    start = ids.index(zh_ids[0])
    assert ids[start : start + len(zh_ids) + len(en_ids)] == zh_ids + en_ids
