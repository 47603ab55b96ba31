"""The rule engine's data: :class:`Rule`, :class:`Scope` and :class:`RuleSet`.

A rule is data, not code: an id (``zh.footer.icp``), the kind of text it
removes, the scope it applies in and a pattern in the ``regex`` module's
syntax. A :class:`RuleSet` is an immutable, ordered collection of rules. It
compiles the rules of each scope into *one* alternation whose named groups map
back to rule ids, so the engine scans the text once per scope however many
rules there are. Compiled patterns are cached on the rule set.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from typing import Any, TypeAlias

import regex

try:  # optional (``pagestrip[fast]``): the literal scan in C; the same matches without it
    import ahocorasick
except ImportError:  # pragma: no cover - exercised by the fallback test
    ahocorasick = None

from .. import limits
from ..lazyre import LazyPattern
from ..model import Kind
from . import literals


class Scope(str, Enum):
    """Where a rule applies.

    ``line``: the pattern must match a whole line, which is removed.
    ``inline``: the pattern matches a span inside a line; only the span goes.
    ``head``: like ``line``, but only in the page head, before the body starts.
    ``tail``: a match after the article's body has begun starts the tail
    region: it and everything after it on the page are removed. Before that a
    match removes only the rest of its line.
    ``edge``: like ``line``, but only outside the article: above its first body
    paragraph or below its last one, and never on a line whose role protects it
    (title, salutation, heading, signature). A shape that is chrome at the
    edges of a page (a bare site name, a counter, a row of buttons) is often a
    fine line inside the article.
    ``sentence``: the rule names *cue classes* (``cues``); a sentence in which
    at least ``min_cues`` of them occur is removed — only that sentence when
    article text shares its line, the whole line when the sentence is most of it.
    ``dom``: HTML input only. The pattern must match the whole *DOM path* of the
    block a line comes from (``body > div.side > ul.menu > li``: each container's
    tag with its classes and id, numbered ones left out; see
    :attr:`pagestrip.html.Block.dom_path`), not its text; the line is removed
    (up to ``max_chars``). A site's template box whose text changes from page to
    page (a rotating promotion) has one path on every page: ``pagestrip learn``
    writes these. Applied to the lines no other rule decided; text input has no
    paths, so these rules never fire on it.
    """

    LINE = "line"
    INLINE = "inline"
    HEAD = "head"
    TAIL = "tail"
    SENTENCE = "sentence"
    EDGE = "edge"
    DOM = "dom"

    def __str__(self) -> str:
        return self.value


#: Scopes whose patterns must match a whole line.
_WHOLE_LINE = frozenset({Scope.LINE, Scope.HEAD, Scope.EDGE})


class RuleError(ValueError):
    """A rule that cannot be used: bad pattern, unknown kind or scope."""


@dataclass(frozen=True)
class Rule:
    """One named cleaning rule.

    ``max_chars`` limits a line or head rule to lines no longer than that, so a
    footer pattern does not take a long paragraph that merely mentions 版权所有.
    ``predicate`` is an optional test on the line for rules a pattern cannot
    express; it makes the rule line-scoped and is evaluated per line.
    """

    id: str
    kind: Kind
    scope: Scope
    pattern: str | None
    description: str = ""
    max_chars: int | None = None
    ignore_case: bool = False
    predicate: Callable[[str], bool] | None = field(default=None, compare=False)
    #: Literal strings of which a line must contain one for the rule to be tried
    #: (a cheap prefilter for patterns that search a whole line, such as
    #: ``[^\n]{0,120}(?:All Rights Reserved|…)``). Whole-line rules only.
    requires: tuple[str, ...] = ()
    #: Sentence rules: one pattern per cue class (who speaks, what for, for whom …).
    cues: tuple[str, ...] = ()
    #: How many distinct cue classes must occur in one sentence (0: all of them).
    min_cues: int = 0
    #: Indices of cue classes that must be among them (a truncation notice needs
    #: its cut word; figures and a download button alone are not one).
    required_cues: tuple[int, ...] = ()
    #: Marks the engine reads instead of rule ids, e.g. ``"head-anchor"`` (a
    #: breadcrumb or welcome line: what is above it in the head is chrome).
    tags: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.id or not isinstance(self.id, str):
            raise RuleError("a rule needs a non-empty string id")
        try:
            object.__setattr__(self, "kind", Kind(self.kind))
        except ValueError:
            raise RuleError(
                f"rule {self.id}: unknown kind {self.kind!r} (one of {', '.join(k.value for k in Kind)})"
            ) from None
        try:
            object.__setattr__(self, "scope", Scope(self.scope))
        except ValueError:
            raise RuleError(
                f"rule {self.id}: unknown scope {self.scope!r} (one of {', '.join(s.value for s in Scope)})"
            ) from None
        if self.scope is not Scope.SENTENCE and self.pattern is None and self.predicate is None:
            raise RuleError(f"rule {self.id}: needs a pattern or a predicate")
        if not _TRUSTED:
            self.validate()

    def validate(self) -> None:
        """Compile the pattern or cues once to check them (a user's rule, at construction).

        The built-in packs skip this at import (their patterns are compiled for
        use anyway, and the test suite validates each): it cost a one-page run
        a fifth of its start-up.
        """
        if self.scope is Scope.SENTENCE:
            self._check_cues()
        if self.pattern is not None:
            try:
                compiled = regex.compile(self.pattern, regex.V0)
            except regex.error as exc:
                raise RuleError(f"rule {self.id}: bad pattern: {exc}") from None
            except RecursionError:
                raise RuleError(f"rule {self.id}: bad pattern: nested too deeply") from None
            if compiled.match("") is not None and self.scope is not Scope.LINE:
                raise RuleError(f"rule {self.id}: pattern matches the empty string")

    def _check_cues(self) -> None:
        if not self.cues:
            raise RuleError(f"rule {self.id}: a sentence rule needs cues (one pattern per cue class)")
        if self.pattern is not None or self.predicate is not None:
            raise RuleError(f"rule {self.id}: a sentence rule has cues, not a pattern or predicate")
        if not 0 <= self.min_cues <= len(self.cues):
            raise RuleError(f"rule {self.id}: min_cues must be between 1 and the number of cues")
        if any(not 0 <= i < len(self.cues) for i in self.required_cues):
            raise RuleError(f"rule {self.id}: required_cues must index its cues (0 to {len(self.cues) - 1})")
        for n, cue in enumerate(self.cues):
            try:
                compiled = regex.compile(cue, regex.V0)
            except regex.error as exc:
                raise RuleError(f"rule {self.id}: bad cue {n + 1}: {exc}") from None
            if compiled.match("") is not None:
                raise RuleError(f"rule {self.id}: cue {n + 1} matches the empty string")

    def cues_met(self, seen: set[int]) -> bool:
        """Do the cue classes ``seen`` in one sentence satisfy this rule?"""
        return len(seen) >= (self.min_cues or len(self.cues)) and all(i in seen for i in self.required_cues)

    def wrapped(self, bound: bool = True) -> str:
        """The pattern as it goes into an alternation; ``bound`` adds the length check.

        The engine checks a whole-line rule's ``max_chars`` before running its
        own pattern (see :class:`Compiled`), so those need no length lookahead.
        """
        assert self.pattern is not None
        pat = f"(?i:{self.pattern})" if self.ignore_case else f"(?:{self.pattern})"
        if bound and self.max_chars is not None and self.scope in _WHOLE_LINE:
            pat = f"(?=[^\\n]{{0,{int(self.max_chars)}}}$){pat}"
        return pat


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
    members = tuple(rules)

    def bound(compiled: Any) -> Any:
        return compiled if all(_is_builtin(r) for r in members) else Bounded(compiled)

    return LazyPattern(pattern, flags, wrap=bound)  # type: ignore[return-value]  # it behaves as the pattern


def _is_builtin(rule: Rule) -> bool:
    return id(rule) in _builtin_ids()


@dataclass(frozen=True)
class Compiled:
    """One scope's rules compiled into a single pattern."""

    pattern: regex.Pattern[str] | None
    groups: dict[str, Rule]
    predicates: tuple[Rule, ...]
    #: Whole-line rules without literals, each compiled on its own (with its
    #: length check), tried in order on every line that their ``max_chars`` admits.
    plain: tuple[tuple[Rule, regex.Pattern[str]], ...] = ()
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
        picked = {i for f in found for i in index.get(f, ())}
        return sorted(picked) if len(picked) > 1 else list(picked)

    def rule_of(self, match: regex.Match[str]) -> Rule:
        name = match.lastgroup
        assert name is not None
        return self.groups[name]


class RuleSet:
    """An immutable, ordered set of rules; earlier rules win ties."""

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        ordered: dict[str, Rule] = {}
        for r in rules:
            if not isinstance(r, Rule):
                raise RuleError(f"not a Rule: {r!r}")
            ordered.pop(r.id, None)
            ordered[r.id] = r
        self._rules: tuple[Rule, ...] = tuple(ordered.values())

    @classmethod
    def builtin(cls) -> RuleSet:
        """The built-in packs: language-neutral (``common.*``), Chinese (``zh.*``), English (``en.*``),
        news (``news.*``) and the structural rules (``page.*``, ``html.*``, ``dedupe.*``)."""
        return _builtin()

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._by_id

    def __repr__(self) -> str:
        return f"RuleSet({len(self)} rules)"

    @cached_property
    def _by_id(self) -> dict[str, Rule]:
        return {r.id: r for r in self._rules}

    def get(self, rule_id: str) -> Rule | None:
        return self._by_id.get(rule_id)

    def tagged(self, tag: str) -> Rule | None:
        """The first rule carrying ``tag`` (the engine finds rules by role, not by id)."""
        found = self._tagged.get(tag, self)
        if found is self:
            found = self._tagged[tag] = next((r for r in self._rules if tag in r.tags), None)
        return found  # type: ignore[return-value]  # a Rule or None: the sentinel (self) was replaced

    @cached_property
    def _tagged(self) -> dict[str, Rule | None]:
        return {}

    def with_rules(self, *rules: Rule | Iterable[Rule]) -> RuleSet:
        """A new set with ``rules`` added; a rule with an existing id replaces it in place.

        New rules go *before* the set's own: where a site's rule and a generic
        built-in both take a line, the site's rule names the removal."""
        flat: list[Rule] = []
        for r in rules:
            flat.extend([r] if isinstance(r, Rule) else r)
        replaced = {r.id: r for r in flat}
        kept = [replaced.pop(r.id, r) for r in self._rules]
        return RuleSet([*[r for r in flat if r.id in replaced], *kept])

    def without(self, *patterns: str) -> RuleSet:
        """A new set without the rules whose ids match any of ``patterns`` (globs allowed)."""
        pats = [p for p in patterns if p]
        return RuleSet(r for r in self._rules if not any(fnmatch.fnmatchcase(r.id, p) for p in pats))

    @cached_property
    def literal_scan(self) -> LiteralScan | None:
        """Every literal that picks candidate rules (``requires=`` strings, sentence
        rules' cue anchors) of every scope, as one scan: a page is read once for
        all of them, not once per scope or per line."""
        strings = {s for c in self.compiled.values() for s in c.literals}
        strings |= {a for c in self.compiled.values() for a in c.anchor_rules}
        return LiteralScan(sorted(strings)) if strings else None

    @cached_property
    def dom(self) -> tuple[tuple[Rule, regex.Pattern[str]], ...]:
        """The ``dom`` rules with their patterns, in order: matched whole against an HTML
        block's DOM path by the engine, never against the text (their literals stay
        out of the page's literal scan)."""
        return tuple(
            (r, _bounded(r.wrapped(bound=False), regex.V0, [r]))
            for r in self._rules
            if r.scope is Scope.DOM and r.pattern is not None
        )

    @cached_property
    def compiled(self) -> dict[Scope, Compiled]:
        out: dict[Scope, Compiled] = {}
        for scope in Scope:
            if scope is Scope.DOM:  # matched against block paths, not the text: see ``dom``
                continue
            if scope is Scope.SENTENCE:
                out[scope] = _compile_cues([r for r in self._rules if r.scope is scope])
                continue
            rules = [r for r in self._rules if r.scope is scope and r.pattern is not None and r.predicate is None]
            # Structural rules (``page.*``, ``dedupe.*``) are applied by the engine at their place
            # in the page layout, never line by line.
            preds = tuple(
                r
                for r in self._rules
                if r.scope is scope and r.predicate is not None and not r.id.startswith(STRUCTURAL_PREFIXES)
            )
            groups = {f"r{i}": r for i, r in enumerate(rules)}
            out[scope] = _compile_whole_line(groups, preds) if scope in _WHOLE_LINE else _compile_spans(groups, preds)
        return out


_SPAN_FLAGS = regex.MULTILINE | regex.V0


def _compile_whole_line(groups: dict[str, Rule], preds: tuple[Rule, ...]) -> Compiled:
    """Whole-line rules: those with literals are tried only on lines holding one; the
    rest on every line. Each is compiled on its own, the first time it is needed."""
    explicit = [(r, _whole_line({g: r})) for g, r in groups.items() if r.requires]
    plain = {g: r for g, r in groups.items() if not r.requires}
    anchors = {g: a for g, r in plain.items() if (a := derived_anchors(r)) is not None}
    derived = tuple((r, _whole_line({g: r}), anchors[g]) for g, r in plain.items() if g in anchors)
    always = tuple((r, _whole_line({g: r})) for g, r in plain.items() if g not in anchors)
    return Compiled(
        None,
        groups,
        preds,
        plain=always,
        prefiltered=tuple(explicit),
        derived=derived,
        **_literal_index(explicit, derived),
        order={r.id: i for i, r in enumerate(groups.values())},
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


def derived_anchors(rule: Rule) -> tuple[str, ...] | None:
    """Literals one of which every match of the rule's pattern holds, lower case; None
    when there are none worth a prefilter: a one-character literal (``>``, ``文``)
    is on most lines, and each of its matches costs the scan."""
    if rule.pattern is None:
        return None
    found = literals.required(rule.pattern)
    if not found or any(len(x) < 2 for x in found):
        return None
    return tuple(sorted({x.lower() for x in found}))


def _index(anchor_sets: Iterable[Iterable[str]]) -> dict[str, tuple[int, ...]]:
    """Each literal (lower case) → the positions of the anchor sets holding it."""
    out: dict[str, list[int]] = {}
    for i, anchors in enumerate(anchor_sets):
        for a in {x.lower() for x in anchors}:
            out.setdefault(a, []).append(i)
    return {a: tuple(ix) for a, ix in out.items()}


def _literal_index(
    explicit: list[tuple[Rule, regex.Pattern[str]]],
    derived: tuple[tuple[Rule, regex.Pattern[str], tuple[str, ...]], ...],
) -> dict[str, Any]:
    """The scope's literals, and for each the rules it picks (by ``requires`` and derived)."""
    required = _index(r.requires for r, _ in explicit)
    anchors = _index(a for _, _, a in derived)
    return {"literals": frozenset(required) | frozenset(anchors), "anchor_index": anchors, "required_index": required}


class LiteralScan:
    """A case-insensitive set of literal strings, all found in one overlapping pass.

    With the optional ``pyahocorasick`` (``pip install pagestrip[fast]``) the
    scan is one Aho-Corasick pass in C over the lower-cased page. Without it,
    the strings go into a trie-shaped pattern for the standard library's ``re``
    behind a first-character class (about six times slower on English pages,
    where most letters start some string; still far faster than the ``regex``
    module's case-insensitive string set). Both report the same matches: at
    each position the strings that start there (:meth:`expand` adds the
    prefixes of the longest, which the ``re`` scan alone reports).
    """

    def __init__(self, strings: Iterable[str], accelerated: bool = True) -> None:
        self.strings = frozenset(x.lower() for x in strings if x)
        self._automaton: Any = None
        self.pattern: re.Pattern[str] | None = None
        if accelerated and ahocorasick is not None:
            self._automaton = ahocorasick.Automaton()
            for x in self.strings:
                self._automaton.add_word(x, x)
            self._automaton.make_automaton()
        else:
            trie = _trie_pattern(sorted(self.strings))
            heads = "".join(sorted({re.escape(x[0]) for x in self.strings}))
            self.pattern = re.compile(f"(?=[{heads}])(?=({trie}))")
        self._folding: regex.Pattern[str] | None = None
        self.prefixes = {a: tuple(a[:i] for i in range(1, len(a) + 1) if a[:i] in self.strings) for a in self.strings}

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[tuple[int, int, str]]:
        """``(start, end, string)`` for the strings found in ``text[pos:endpos]``, by start.

        The scan may report only the longest string at a start; :meth:`expand`
        gives the others."""
        end = len(text) if endpos is None else endpos
        low = text.lower()
        if len(low) != len(text):
            # Lower-casing changed the page's length (İ → i̇): the offsets must stay
            # the page's own, so the slower case-insensitive set is used (compiled
            # the first time such a page comes).
            if self._folding is None:
                self._folding = regex.compile(r"\L<strings>", regex.IGNORECASE, strings=sorted(self.strings))
            for m in self._folding.finditer(text, pos, end, overlapped=True):
                yield m.start(), m.end(), m.group()
        elif self._automaton is not None:
            piece = low[pos:end]
            found = [(pos + e - len(x) + 1, pos + e + 1, x) for e, x in self._automaton.iter(piece)]
            found.sort()
            yield from found
        else:
            assert self.pattern is not None
            for hit in self.pattern.finditer(low, pos, end):
                yield hit.start(1), hit.end(1), hit.group(1)

    def expand(self, matched: str) -> tuple[str, ...]:
        """The strings of the set that the matched text holds at its start."""
        low = matched.lower()
        found = self.prefixes.get(low)
        if found is None:  # case folding beyond str.lower() (ſ, K): compare folded
            folded = low.casefold()
            found = tuple(b for b in self.strings if folded.startswith(b.casefold()))
        return found


#: A trie of strings: each character maps to the rest; ``""`` marks a string's end.
_Trie: TypeAlias = "dict[str, _Trie]"


def _trie_pattern(strings: list[str]) -> str:
    """One pattern matching exactly ``strings``, shaped as their trie (``ab(?:c|d)?``),
    so that matching at a position costs at most the longest string's length."""
    root: _Trie = {}
    for word in strings:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


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


_GROUP_OPEN = regex.compile(r"\(\?(?:P?<(?![=!])[^>]*>|[:>|]|<?[=!]|[-a-zA-Z]*:)")
_FLAGS_ONLY = regex.compile(r"\(\?[-a-zA-Z]*\)")
_BACKREF = regex.compile(r"\(\?P=\w+\)")
_BRACES = regex.compile(r"\{(\d*)(?:(,)(\d*))?\}")


@dataclass
class _Frame:
    """One group being read by :func:`nested_quantifier`."""

    start: int
    atomic: bool = False
    count: int = 0  # elements in the current branch
    firm: int = 0  # ... of which have a fixed length (a literal, a class, x{2})
    loose: bool = False  # some branch is made of variable-length elements only


def nested_quantifier(pattern: str) -> str | None:
    """The part of ``pattern`` that can backtrack exponentially, e.g. ``(x+x+)+``; None if none.

    A heuristic for ``pagestrip rules --check``: a group repeated without bound
    (``*``, ``+``, ``{n,}``) whose body, in some branch, is made only of
    variable-length elements (``x+``, ``\\s?``, a repeated group) can split
    the same text between its iterations in exponentially many ways, and the
    regex engine tries them all before failing. One fixed element in the body
    (``(?:[^,]+,)+``, ``(?:第[一二]+篇)+``, ``(\\s*x)+``) pins each iteration, so
    it passes; possessive repeats (``x++``) and atomic groups (``(?>…)``)
    never backtrack, so they pass too. What it misses (``(x+x)+``), the match
    timeout (:data:`pagestrip.limits.PATTERN_TIMEOUT`) still bounds.
    """
    frames = [_Frame(0)]
    i, n = 0, len(pattern)
    last: tuple[int, bool, bool] | None = (
        None  # the element a quantifier would apply to: start, loose, is a loose group
    )

    def element(start: int, loose: bool, group_loose: bool = False) -> None:
        nonlocal last
        f = frames[-1]
        f.count += 1
        f.firm += not loose
        last = (start, loose, group_loose)

    def end_branch(f: _Frame) -> None:
        if f.count and not f.firm:
            f.loose = True
        f.count, f.firm = 0, 0

    while i < n:
        c = pattern[i]
        if c == "\\":
            start = i
            i += 2
            if i - 1 < n and pattern[i - 1] in "pPNxgu" and i < n and pattern[i] in "{<":
                close = pattern.find("}" if pattern[i] == "{" else ">", i)
                i = n if close < 0 else close + 1
            element(start, False)
            continue
        if c == "[":
            start = i
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
            element(start, False)
            continue
        if c == "(":
            if pattern.startswith("(?#", i):
                close = pattern.find(")", i)
                i = n if close < 0 else close + 1
                continue
            m = _FLAGS_ONLY.match(pattern, i)
            if m:
                i = m.end()
                continue
            m = _BACKREF.match(pattern, i)
            if m:
                element(i, False)
                i = m.end()
                continue
            m = _GROUP_OPEN.match(pattern, i)
            atomic = m is not None and (
                (pattern[m.end() - 1] in ">=!" and not pattern[i : m.end()].startswith(("(?P<", "(?<")))
                or (pattern.startswith("(?<", i) and pattern[i + 3 : i + 4] in "=!")
            )
            frames.append(_Frame(i, atomic=atomic))
            last = None
            i = m.end() if m else i + 1
            continue
        if c == "|":
            end_branch(frames[-1])
            last = None
            i += 1
            continue
        if c == ")":
            i += 1
            if len(frames) == 1:
                last = None
                continue
            f = frames.pop()
            end_branch(f)
            loose = f.loose and not f.atomic
            element(f.start, loose, group_loose=loose)
            continue
        if c in "*+?{":
            lo, hi = 0, None
            q_end = i + 1
            if c == "{":
                m = _BRACES.match(pattern, i)
                if not m or (not m.group(1) and not m.group(2)):
                    element(i, False)
                    i += 1
                    continue
                lo = int(m.group(1) or 0)
                hi = lo if not m.group(2) else (int(m.group(3)) if m.group(3) else None)
                q_end = m.end()
            elif c == "+":
                lo = 1
            elif c == "?":
                hi = 1
            possessive = q_end < n and pattern[q_end] == "+"
            if q_end < n and pattern[q_end] in "+?":
                q_end += 1
            if last is not None:
                start, was_loose, group_loose = last
                if group_loose and hi is None and not possessive:
                    return pattern[start:q_end]
                if hi != lo and not possessive and not was_loose:
                    frames[-1].firm -= 1
            last = None
            i = q_end
            continue
        element(i, False)
        i += 1
    return None


#: Ids of structural rules, applied by the engine where the page layout says.
STRUCTURAL_PREFIXES = ("page.", "dedupe.", "html.")

_BUILTIN: RuleSet | None = None
#: True while the built-in packs are imported: their rules skip :meth:`Rule.validate`.
_TRUSTED = False
_BUILTIN_IDS: frozenset[int] | None = None


def _builtin_ids() -> frozenset[int]:
    """Identities of the built-in rule objects (a user rule with a built-in id is not one)."""
    global _BUILTIN_IDS
    if _BUILTIN_IDS is None:
        _BUILTIN_IDS = frozenset(id(r) for r in _builtin())
    return _BUILTIN_IDS


def _builtin() -> RuleSet:
    global _BUILTIN, _TRUSTED
    if _BUILTIN is None:
        _TRUSTED = True
        try:
            from . import common, en, news, structure, zh
        finally:
            _TRUSTED = False
        _BUILTIN = RuleSet([*common.RULES, *zh.RULES, *en.RULES, *news.RULES, *structure.RULES])
    return _BUILTIN


__all__ = ["Compiled", "Rule", "RuleError", "RuleSet", "Scope", "nested_quantifier"]
