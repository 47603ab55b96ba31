""":func:`pagestrip.clean`'s keyword arguments as one typed, checked object.

Every keyword of ``clean()`` is a field of :class:`CleanOptions`, in the same
order and with the same default, documented here once.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .inputs import DEFAULT_MAX_CHARS
from .rulefile import RuleFile
from .rules import Rule, RuleSet


@dataclass(frozen=True)
class CleanOptions:
    """How to clean one page (see :func:`pagestrip.clean`)."""

    #: Rule ids or globs (``"zh.related.*"``) to turn off; one string is one id or glob.
    disable: tuple[str, ...] = ()
    #: Rules added to the set, or overriding a rule of the same id.
    extra_rules: tuple[Rule, ...] = ()
    #: Replaces the built-in rule set: a :class:`RuleSet`, or a TOML rule file
    #: (a :class:`RuleFile` or its path, see :mod:`pagestrip.rulefile`) whose rules,
    #: disabled ids and site profiles (by URL host or by the site name the page
    #: gives) apply.
    rules: RuleSet | RuleFile | str | os.PathLike[str] | None = None
    #: A charset known from outside, e.g. an HTTP header; a charset in
    #: ``content_type`` comes first.
    encoding: str | None = None
    #: The page is cut, with a warning, to this many characters (bytes: to
    #: ``MAX_BYTES_PER_CHAR`` times as many before decoding). Must be positive.
    max_chars: int = DEFAULT_MAX_CHARS
    #: Recorded in the result (a file name, a record id).
    source: str | None = None
    #: False keeps every copy of repeated text.
    dedupe: bool = True
    #: False keeps a collection of several pieces as one article.
    split: bool = True
    #: ``"text/html; charset=gbk"`` says the page is HTML (and its charset);
    #: ``"text/plain"`` that it is text. Without it, HTML is told from text by sniffing.
    content_type: str | None = None
    #: The page's URL: recorded, and it chooses a rule file's site profiles by host.
    url: str | None = None
    #: Seconds of work allowed on the page: past it :class:`pagestrip.PageTimeoutError`
    #: is raised (the deadline is checked between stages, and every match of a
    #: pattern holding a user rule is bounded by it). Whatever the timeout, one
    #: match of such a pattern against one line is bounded by
    #: :data:`pagestrip.limits.PATTERN_TIMEOUT`, so a user pattern that backtracks
    #: catastrophically raises instead of running for minutes. Must be positive.
    timeout: float | None = None

    def __post_init__(self) -> None:
        _check(self.max_chars, self.timeout)

    @classmethod
    def of(
        cls,
        disable: Iterable[str] = (),
        extra_rules: Iterable[Rule] = (),
        rules: RuleSet | RuleFile | str | os.PathLike[str] | None = None,
        encoding: str | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
        source: str | None = None,
        dedupe: bool = True,
        split: bool = True,
        content_type: str | None = None,
        url: str | None = None,
        timeout: float | None = None,
    ) -> CleanOptions:
        """The options from ``clean()``'s arguments, in its order: iterables read once,
        into tuples; a bad ``max_chars`` or ``timeout`` raises ``ValueError`` first."""
        _check(max_chars, timeout)
        return cls(
            (disable,) if isinstance(disable, str) else tuple(disable),
            tuple(extra_rules),
            rules,
            encoding,
            max_chars,
            source,
            dedupe,
            split,
            content_type,
            url,
            timeout,
        )

    def with_own_rules(self, ruleset: RuleSet) -> RuleSet:
        """``ruleset`` with :attr:`extra_rules` added and :attr:`disable` turned off.

        The same set is returned for the same base set, rules and ids on every page
        (:func:`_own_rules`): a new set compiles its scopes again, which cost each page
        of a batch run with ``--disable`` some 25 ms, several times the page itself."""
        if not self.extra_rules and not self.disable:
            return ruleset
        # The rules by identity (their predicates are not compared): each is kept in the
        # key, so its id cannot be another rule's while the entry lives.
        return _own_rules(ruleset, tuple((id(r), r) for r in self.extra_rules), self.disable)


@lru_cache(maxsize=32)
def _own_rules(ruleset: RuleSet, extra_rules: tuple[tuple[int, Rule], ...], disable: tuple[str, ...]) -> RuleSet:
    """:meth:`CleanOptions.with_own_rules`, once per base set (by identity), rules and ids."""
    if extra_rules:
        ruleset = ruleset.with_rules([r for _, r in extra_rules])
    if disable:
        ruleset = ruleset.without(*disable)
    return ruleset


def _check(max_chars: int, timeout: float | None) -> None:
    if not isinstance(max_chars, int) or max_chars < 1:
        raise ValueError(f"max_chars must be a positive integer, not {max_chars!r}")
    if timeout is not None and not timeout > 0:
        raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
