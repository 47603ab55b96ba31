"""A rule and where it applies: :class:`Scope`, :class:`Rule` (its pattern, literal
requirements, predicate and checks) and :class:`RuleError`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

import regex

from ..model import Kind


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
#: A sentence that carries on a blurb the sentence before it was taken for holds this many
#: of the rule's cue classes at least (see :meth:`Rule.continues`).
CONTINUED_MIN_CUES = 2


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

    def continues(self, seen: set[int]) -> bool:
        """Do the cue classes ``seen`` carry on the sentence before, which this rule took?

        A site's blurb runs on over sentences that each hold most of its cues
        (下载前请仔细阅读文字预览以及下方图片预览。图片预览是什么样的,下载的文档就是什么样的。):
        one class fewer than the rule needs, and never fewer than two. The engine asks it
        only of the sentence right after one the rule took on its own cues (one sentence,
        no chain), and only when the two share a cue word (图片预览 in both).
        """
        needed = self.min_cues or len(self.cues)
        return len(seen) >= max(CONTINUED_MIN_CUES, needed - 1) and all(i in seen for i in self.required_cues)

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


#: True while the built-in packs are imported: their rules skip :meth:`Rule.validate`.
_TRUSTED = False
