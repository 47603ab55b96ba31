"""The rule engine's data: :class:`Rule`, :class:`Scope` and :class:`RuleSet`.

A rule is data, not code: an id (``zh.footer.icp``), the kind of text it
removes, the scope it applies in and a pattern in the ``regex`` module's
syntax. A :class:`RuleSet` is an immutable, ordered collection of rules. It
compiles the rules of each scope into *one* alternation whose named groups map
back to rule ids, so the engine scans the text once per scope however many
rules there are. Compiled patterns are cached on the rule set.

The package follows a rule from data to matching: :mod:`.rule` (a rule and its
scope), :mod:`.ruleset` (the ordered set), :mod:`.scan` (the literals found in
one pass), :mod:`.compiled` (each scope's rules as one pattern), :mod:`.safety`
(patterns that backtrack catastrophically), :mod:`.builtin` (the built-in
packs: :mod:`.common`, :mod:`.zh`, :mod:`.en`, :mod:`.news`, :mod:`.structure`)
and :mod:`.literals` (the literal strings read off a pattern).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import exports
from . import literals
from .compiled import Bounded, Compiled
from .rule import Rule, RuleError, Scope
from .ruleset import STRUCTURAL_PREFIXES, RuleSet
from .scan import LiteralScan, derived_anchors

if TYPE_CHECKING:
    from .safety import nested_quantifier

#: The backtracking check runs on user rules only (rule files, ``rules --check``).
__getattr__ = exports(__name__, {"safety": ("nested_quantifier",)})

__all__ = [
    "STRUCTURAL_PREFIXES",
    "Bounded",
    "Compiled",
    "LiteralScan",
    "Rule",
    "RuleError",
    "RuleSet",
    "Scope",
    "derived_anchors",
    "literals",
    "nested_quantifier",
]
