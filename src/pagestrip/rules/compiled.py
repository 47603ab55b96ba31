"""A scope's rules compiled into one pattern (:class:`Compiled`): whole-line rules,
span rules and sentence cues, each pattern compiled on first use and
:class:`Bounded` in time when it holds a user rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

import regex

from .. import limits, regexcache
from ..lazyre import LazyPattern
from . import literals
from .builtin import _is_builtin
from .rule import Rule
from .scan import _index, _literal_index, derived_anchors, gate_literals, literal_search


class Bounded:
    """A compiled pattern whose every match is bounded in time.

    Each call passes the regex module's ``timeout=``: the page's time left
    (``clean(timeout=)``), at most :data:`pagestrip.limits.PATTERN_TIMEOUT`.
    A user pattern with nested quantifiers (``(x+x+)+y``) backtracks for
    minutes on a line of a few thousand characters; bounded, it raises
    ``TimeoutError``, which :func:`pagestrip.clean` reports as
    :class:`pagestrip.PageTimeoutError`. Anything else is the pattern's own.
    """

    __slots__ = ("_p",)

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        # Any: the methods forward whatever arguments the pattern's own take (and add
        # ``timeout=``); the pattern checks them, as it would unwrapped.
        self._p: Any = pattern

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self._p.match(*args, timeout=limits.remaining(), **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self._p.fullmatch(*args, timeout=limits.remaining(), **kwargs)

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self._p.search(*args, timeout=limits.remaining(), **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return self._p.finditer(*args, timeout=limits.remaining(), **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self._p.findall(*args, timeout=limits.remaining(), **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self._p.sub(*args, timeout=limits.remaining(), **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self._p.subn(*args, timeout=limits.remaining(), **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self._p.split(*args, timeout=limits.remaining(), **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._p, name)

    def __repr__(self) -> str:
        return f"Bounded({self._p!r})"


def _bounded(pattern: str, flags: int, rules: Iterable[Rule] = ()) -> regex.Pattern[str]:
    """``pattern``, compiled the first time it is used (typed as a pattern: it behaves as one).

    The built-in rules make some eighty patterns, most of which a short page
    never needs (a rule whose literals are not on it); compiling them all cost
    a one-page run 0.2 s. Compiled, it is :class:`Bounded` unless every rule in
    it is a built-in one: the built-in patterns are ours and tested on hostile
    input, so they skip the wrapper's cost on every line (about 5 % of a page's
    time); the page deadline still stops them between stages. A set with any
    user rule in a pattern gets every match of that pattern bounded.
    """
    return LazyPattern(pattern, flags, engine=_RuleEngine(tuple(rules)))  # type: ignore[return-value]  # it behaves as the pattern


class _RuleEngine:
    """Compiles the pattern of ``rules``: built-in ones through :mod:`pagestrip.regexcache`
    (ours, and the same text in every process), any with a user rule bounded and
    compiled afresh (user patterns are not kept on disk)."""

    __slots__ = ("_rules",)

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self._rules = rules

    def compile(self, pattern: str, flags: int) -> Any:
        if all(_is_builtin(r) for r in self._rules):
            return regexcache.compile(pattern, flags)
        return Bounded(regex.compile(pattern, flags))


@dataclass(frozen=True)
class Compiled:
    """One scope's rules compiled into a single pattern."""

    pattern: regex.Pattern[str] | None
    groups: dict[str, Rule]
    predicates: tuple[Rule, ...]
    #: Whole-line rules without literals, each compiled on its own (with its
    #: length check), tried in order on every line that their ``max_chars`` admits.
    plain: tuple[tuple[Rule, regex.Pattern[str]], ...] = ()
    #: For each of :attr:`plain`, a search for strings one of which every match holds
    #: (see :func:`gate_literals`), run on the line first; None: the rule has none.
    plain_gates: tuple[re.Pattern[str] | None, ...] = ()
    #: How the :attr:`plain` rules are tried together (see :class:`PlainPlan`).
    plain_plan: PlainPlan = field(default_factory=lambda: PlainPlan())
    #: Inline/tail rules whose every alternative starts with ``^``: tried once
    #: per line with ``match`` instead of at every character.
    anchored: regex.Pattern[str] | None = None
    #: Rules with ``requires``: each tried on its own, only on lines holding one
    #: of its strings (whole-line rules after the others found nothing; span rules
    #: searched beside the shared pattern).
    prefiltered: tuple[tuple[Rule, regex.Pattern[str]], ...] = ()
    #: Every required string of the prefiltered rules, lower case. The rule set
    #: finds them with one scan per page for all scopes (:attr:`RuleSet.literal_scan`).
    literals: frozenset[str] = frozenset()
    #: Each sentence rule's own cues (group ``c<j>`` = cue class j), run on the
    #: lines where the anchor scan found one of its literals: each rule scans
    #: its own cues, so two rules' cues that start at one place (``your`` and
    #: ``your speech``) are both seen.
    rule_cues: dict[str, regex.Pattern[str]] = field(default_factory=dict)
    #: Literal anchors of the sentence rules' cues (lower case), each with the rules
    #: it anchors: a line where none occurs cannot hold those rules. A rule whose
    #: cues cannot be anchored by literals is in ``unanchored`` and always tried.
    anchor_rules: dict[str, tuple[Rule, ...]] = field(default_factory=dict)
    #: Each anchored sentence rule's anchors (lower case).
    rule_anchors: dict[str, frozenset[str]] = field(default_factory=dict)
    unanchored: tuple[Rule, ...] = ()
    rule_order: tuple[Rule, ...] = ()
    #: Span rules (inline, tail) without ``requires``, literals or a line anchor,
    #: each compiled on its own and searched over the whole text once.
    singles: tuple[tuple[Rule, regex.Pattern[str]], ...] = ()
    #: Rules without ``requires`` whose pattern holds literals (see
    #: :func:`derived_anchors`): each compiled on its own with those literals,
    #: tried only on the lines that hold one. ``anchor_index`` maps a literal to them.
    derived: tuple[tuple[Rule, regex.Pattern[str], tuple[str, ...]], ...] = ()
    anchor_index: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: A ``requires`` string (lower case) → indices into :attr:`prefiltered` of the rules needing it.
    required_index: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: Line-anchored span rules with literals (inline, tail), tried alone at the
    #: start of the lines that hold one; ``line_start_index`` maps a literal to them.
    line_start: tuple[tuple[Rule, regex.Pattern[str], tuple[str, ...]], ...] = ()
    line_start_index: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: Each rule's place in the scope: where several rules take a line (whole-line
    #: rules) or its start (line-anchored span rules), the earliest wins.
    order: dict[str, int] = field(default_factory=dict)
    #: Whole-line scopes: for each predicate rule, how many pattern rules of the scope come before
    #: it in the set (a site's predicate rule added in front is tried before the built-ins).
    predicate_rank: dict[str, int] = field(default_factory=dict)
    #: Whole-line scopes: each predicate rule's own pattern as it is matched (its
    #: :meth:`Rule.wrapped` text; None: a predicate alone), built once instead of on every line.
    predicate_patterns: tuple[str | None, ...] = ()

    def filtered(self, line: str, found: AbstractSet[str]) -> Iterator[tuple[Rule, regex.Pattern[str]]]:
        """The prefiltered rules whose required strings ``line`` holds, in order.

        ``found``: the rule set's literals in the line, lower case, from
        :attr:`RuleSet.literal_scan` (a superset of this scope's own is fine).
        """
        if not found or not self.required_index:
            return
        for i in self.candidates(found, self.required_index):
            rule, pat = self.prefiltered[i]
            if rule.max_chars is not None and len(line) > rule.max_chars:
                continue
            if rule.ignore_case or any(s in line for s in rule.requires):
                yield rule, pat

    def candidates(self, found: AbstractSet[str], index: dict[str, tuple[int, ...]] | None = None) -> list[int]:
        """Indices into :attr:`derived` (or the list ``index`` is of) of the rules one of
        whose literals is in ``found``, in order."""
        index = self.anchor_index if index is None else index
        # A line's literals are the whole rule set's: most pick nothing here, and one
        # picks an index entry that is already in order (no set, no sort).
        hits = [ix for f in found if (ix := index.get(f))]
        if len(hits) <= 1:
            return list(hits[0]) if hits else []
        return sorted({i for ix in hits for i in ix})

    def rule_of(self, match: regex.Match[str]) -> Rule:
        name = match.lastgroup
        assert name is not None
        return self.groups[name]


_SPAN_FLAGS = regex.MULTILINE | regex.V0


def _compile_whole_line(
    groups: dict[str, Rule], preds: tuple[Rule, ...], predicate_rank: dict[str, int] | None = None
) -> Compiled:
    """Whole-line rules: those with literals are tried only on lines holding one; the
    rest on every line. Each is compiled on its own, the first time it is needed."""
    explicit = [(r, _whole_line({g: r})) for g, r in groups.items() if r.requires]
    plain = {g: r for g, r in groups.items() if not r.requires}
    anchors = {g: a for g, r in plain.items() if (a := derived_anchors(r)) is not None}
    derived = tuple((r, _whole_line({g: r}), anchors[g]) for g, r in plain.items() if g in anchors)
    always = tuple((r, _whole_line({g: r})) for g, r in plain.items() if g not in anchors)
    gated = [gate_literals(r) for r, _ in always]
    return Compiled(
        None,
        groups,
        preds,
        plain=always,
        plain_gates=tuple(literal_search(x) if x is not None else None for x in gated),
        plain_plan=_plain_plan([r for r, _ in always], gated),
        prefiltered=tuple(explicit),
        derived=derived,
        **_literal_index(explicit, derived),
        order={r.id: i for i, r in enumerate(groups.values())},
        predicate_rank=predicate_rank or {},
        predicate_patterns=tuple(r.wrapped() if r.pattern else None for r in preds),
    )


#: Pattern text that could make a rule match differently inside an alternation of several:
#: inline flags (in version 0 a flag in the middle of a pattern holds for all of it; ``(?i)``
#: would narrow another rule's ``(?!…)``), numbered or named back-references and recursion
#: (the groups are numbered afresh), conditionals, and backtracking verbs (``(*COMMIT)``
#: would stop the other alternatives from being tried).
_JOINT_UNSAFE = re.compile(r"\(\?[-a-zA-OQ-Z0-9+&(|]|\(\?P[=>]|\\[0-9g]|\(\*")
#: Fewer rules than this gain nothing from sharing one call.
JOINT_MIN_RULES = 2


@dataclass(frozen=True)
class PlainPlan:
    """How a scope's whole-line rules without literals (:attr:`Compiled.plain`) are tried on a line.

    Each ``regex`` call costs about half a microsecond before the pattern reads a
    character, and each rule's checks in Python as much again; most of these rules
    fail at a line's first characters, so trying each in turn cost a line fifteen
    calls for nothing. ``joint`` is one alternation of the rules in no literal
    gate: where it does not match, none of them does (``^(?:A|B)$`` backtracks
    into B after A, and nothing in one rule reaches another: see
    :data:`_JOINT_UNSAFE`), and only the ``rest`` are tried, most of them behind
    their literal gates. (One search for every gate's literals at once was slower
    than the gates one by one: ``re`` tries its hundred strings at each character.)
    Where ``joint`` matches (a few lines in a hundred) every rule is tried on its
    own, in order, with its ``max_chars`` and gate, as before.
    """

    #: The alternation, tried on lines no longer than ``joint_max`` (None: on all).
    joint: regex.Pattern[str] | None = None
    joint_max: int | None = None
    #: Indices into :attr:`Compiled.plain` of the rules not in ``joint``, in order.
    rest: tuple[int, ...] = ()


def _plain_plan(rules: list[Rule], gated: list[list[str] | None]) -> PlainPlan:
    """The :class:`PlainPlan` of ``rules`` (with their gates' literals, None: no gate). Only
    built-in rules without a gate join the alternation: a gate is cheaper still, and a
    user's pattern is tried, and bounded in time, on its own."""
    joint = [
        gate is None and rule.pattern is not None and _is_builtin(rule) and not _JOINT_UNSAFE.search(rule.pattern)
        for rule, gate in zip(rules, gated, strict=True)
    ]
    members = [rule for rule, j in zip(rules, joint, strict=True) if j]
    if len(members) < JOINT_MIN_RULES:
        return PlainPlan(rest=tuple(range(len(rules))))
    body = "|".join(r.wrapped(bound=False) for r in members)
    limits_ = [r.max_chars for r in members]
    return PlainPlan(
        joint=_bounded(f"^(?:{body})$", regex.MULTILINE | regex.V0, members),
        joint_max=None if any(m is None for m in limits_) else max(m for m in limits_ if m is not None),
        rest=tuple(i for i, j in enumerate(joint) if not j),
    )


def _compile_spans(groups: dict[str, Rule], preds: tuple[Rule, ...]) -> Compiled:
    """Span rules (inline, tail): line-anchored ones in one pattern tried at each line's
    start, those with literals searched only on the lines that hold them, the rest
    searched one by one over the whole text (the regex module runs one alternation
    of them several times slower than its parts)."""

    def own(g: str, r: Rule) -> regex.Pattern[str]:
        return _bounded(f"(?P<{g}>{r.wrapped()})", _SPAN_FLAGS, [r])

    anchors = {g: a for g, r in groups.items() if not r.requires and (a := derived_anchors(r)) is not None}
    at_start = {g: r for g, r in groups.items() if _line_anchored(r.pattern or "")}
    # Line-anchored rules with literals are tried alone where their literals are;
    # the rest share one alternation, and the earliest rule that matches wins.
    shared = {g: r for g, r in at_start.items() if g not in anchors}
    anchored_pattern = (
        _bounded("|".join(f"(?P<{g}>{r.wrapped()})" for g, r in shared.items()), _SPAN_FLAGS, shared.values())
        if shared
        else None
    )
    line_start = tuple((r, own(g, r), anchors[g]) for g, r in at_start.items() if g in anchors)
    floating = {g: r for g, r in groups.items() if g not in at_start}
    explicit = [(r, own(g, r)) for g, r in floating.items() if r.requires]
    derived = tuple((r, own(g, r), anchors[g]) for g, r in floating.items() if g in anchors)
    singles = tuple((r, own(g, r)) for g, r in floating.items() if not r.requires and g not in anchors)
    index = _literal_index(explicit, derived)
    index["line_start_index"] = _index(a for _, _, a in line_start)
    index["literals"] |= frozenset(index["line_start_index"])
    return Compiled(
        None,
        groups,
        preds,
        singles=singles,
        anchored=anchored_pattern,
        prefiltered=tuple(explicit),
        derived=derived,
        line_start=line_start,
        order={r.id: i for i, r in enumerate(groups.values())},
        **index,
    )


def _compile_cues(rules: list[Rule]) -> Compiled:
    """Each sentence rule's cues as one pattern, and their literal anchors as one string set."""
    own = {}
    mine: dict[str, frozenset[str]] = {}
    by_anchor: dict[str, list[Rule]] = {}
    unanchored: list[Rule] = []
    for r in rules:
        body = "|".join(f"(?P<c{j}>{cue})" for j, cue in enumerate(r.cues))
        own[r.id] = _bounded(f"(?i:{body})" if r.ignore_case else body, regex.V0, (r,))
        anchors = _rule_anchors(r)
        if anchors is None:
            unanchored.append(r)
            continue
        mine[r.id] = frozenset(a.lower() for a in anchors)
        for a in mine[r.id]:
            by_anchor.setdefault(a, []).append(r)
    return Compiled(
        None,
        {},
        (),
        rule_cues=own,
        anchor_rules={a: tuple(rs) for a, rs in by_anchor.items()},
        rule_anchors=mine,
        unanchored=tuple(unanchored),
        rule_order=tuple(rules),
    )


def _rule_anchors(rule: Rule) -> list[str] | None:
    """Literals one of which every sentence the rule can take contains, or None.

    Each cue class whose every alternative starts with a literal (after ``^``,
    ``\\b`` or a lookbehind) is *anchored*. A sentence the rule takes holds
    every required class and ``min_cues`` classes in all, so the literals of
    one anchored required class are enough; otherwise those of any
    ``len(cues) - min_cues + 1`` anchored classes are. Of the choices, the
    classes with the rarest literals (long ones, not ``a`` or ``(``) are
    taken: an anchor that occurs on every line sends every line to the rule.
    """
    classes: list[list[str] | None] = []
    for cue in rule.cues:
        leads = [literals.leading(alt) for alt in literals.top_alternatives(cue)]
        classes.append(None if any(lead is None for lead in leads) else [x for lead in leads for x in lead or ()])
    required = [c for j, c in enumerate(classes) if j in rule.required_cues and c]
    if required:
        return min(required, key=literals.cost)
    anchored = sorted((c for c in classes if c), key=literals.cost)
    needed = rule.min_cues or len(rule.cues)
    enough = len(classes) - needed + 1
    if enough > len(anchored):
        return None
    return [x for c in anchored[:enough] for x in c]


def _whole_line(rules: dict[str, Rule]) -> regex.Pattern[str]:
    """Whole-line rules as one pattern (the engine checks ``max_chars`` before it runs)."""
    body = "|".join(f"(?P<{g}>{r.wrapped(bound=False)})" for g, r in rules.items())
    return _bounded(f"^(?:{body})$", regex.MULTILINE | regex.V0, rules.values())


def _line_anchored(pattern: str) -> bool:
    """Does every top-level alternative of ``pattern`` start with ``^``?"""
    return all(a.startswith("^") for a in literals.top_alternatives(pattern))
