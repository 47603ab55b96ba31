"""The ordered, immutable :class:`RuleSet`: adding and removing rules by id or glob,
and each scope's rules compiled once and cached.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Iterator
from functools import cached_property

import regex

from .builtin import _builtin
from .compiled import Compiled, _bounded, _compile_cues, _compile_spans, _compile_whole_line
from .rule import _WHOLE_LINE, Rule, RuleError, Scope
from .scan import REQUIRED, LiteralScan


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
        for r in flat:
            if r.pattern is None and r.scope in (Scope.INLINE, Scope.TAIL):
                # A predicate answers yes or no for a line; a span scope must know where its span
                # starts, which only a pattern says (the engine's positional rules are its own).
                raise RuleError(
                    f"rule {r.id}: a {r.scope.value} rule needs a pattern to find its span; a predicate "
                    "alone fits scope line, head or edge"
                )
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
            if scope in _WHOLE_LINE:
                ranks: dict[str, int] = {}
                pred_ids = {p.id for p in preds}
                before = 0
                for r in self._rules:
                    if r.scope is scope and r.pattern is not None and r.predicate is None:
                        before += 1
                    elif r.id in pred_ids:
                        ranks[r.id] = before
                out[scope] = _compile_whole_line(groups, preds, ranks)
            else:
                out[scope] = _compile_spans(groups, preds)
        REQUIRED.save()  # the built-in patterns' analysis, for the next process
        return out


#: Ids of structural rules, applied by the engine where the page layout says.
STRUCTURAL_PREFIXES = ("page.", "dedupe.", "html.")
