"""The built-in rule set: the packs (``common``, ``zh``, ``en``, ``news``,
``structure``) loaded once on first use, their rules trusted (not validated),
and which rule objects are built-in ones.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import rule as _rule_module
from .rule import Rule

if TYPE_CHECKING:
    from .ruleset import RuleSet


_BUILTIN: RuleSet | None = None
_BUILTIN_IDS: frozenset[int] | None = None


def _is_builtin(rule: Rule) -> bool:
    return id(rule) in _builtin_ids()


def _builtin_ids() -> frozenset[int]:
    """Identities of the built-in rule objects (a user rule with a built-in id is not one)."""
    global _BUILTIN_IDS
    if _BUILTIN_IDS is None:
        _BUILTIN_IDS = frozenset(id(r) for r in _builtin())
    return _BUILTIN_IDS


def _builtin() -> RuleSet:
    global _BUILTIN
    if _BUILTIN is None:
        _rule_module._TRUSTED = True  # the packs' rules skip Rule.validate
        try:
            from . import common, en, news, structure, zh
        finally:
            _rule_module._TRUSTED = False
        from .ruleset import RuleSet  # imports this module

        _BUILTIN = RuleSet([*common.RULES, *zh.RULES, *en.RULES, *news.RULES, *common.FALLBACK_RULES, *structure.RULES])
    return _BUILTIN
