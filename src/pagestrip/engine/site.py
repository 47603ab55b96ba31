"""The site's name before the rules run, so that a rule file's site profile is
chosen in one cheap pass and the rules run once.

:func:`pagestrip.pagemeta.site_name` reads the name off what the rules removed
as a welcome line, a copyright line, a breadcrumb or a path chain. Here the
rule set is asked about those lines alone: a line in which one of those sources
finds a name goes to the whole-line rule that takes it, chosen as the matching
chooses it (its literals scanned within the line, then the earliest rule of
the scope). No later step of the engine takes such a line from a line rule, so
the name is the one the removals give. A path chain (a ``head`` rule) counts
in the head: above the title the markup marks, else above the first line of
prose that no line rule or head anchor takes. The engine's head also reads a
few more lines as chrome (lines with an inline hit or a sentence rule's, a spam
keyword line) and, without a marked title, stops at the title it finds: a path
chain in those lines is the one case read differently, and it names the site
only on a page whose chrome names it nowhere else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Line
from ..pagemeta import PATH_CHAIN, site_from, site_sources
from ..rules import RuleSet, Scope
from ..textshape import is_body
from .head import HEAD_ANCHOR_TAG, HEAD_MAX_LINES
from .matching import _taken_whole

if TYPE_CHECKING:
    from ..html import Block


def site_before_rules(text: str, lines: list[Line], rules: RuleSet, evidence: list[Block] | None = None) -> str | None:
    """The site's name the chrome gives, as :func:`pagestrip.pagemeta.site_name` would
    read it off the removals ``rules`` make on ``lines``, without running them.
    ``evidence``: HTML input's blocks, one per line (their title block ends the head)."""
    named = [(k, sources) for k, ln in enumerate(lines) if (sources := site_sources(ln.text))]
    if not named:
        return None
    head_end = _head_end(text, lines, rules, evidence) if any(PATH_CHAIN in s for _, s in named) else 0
    taken: list[tuple[str, str]] = []
    for k, sources in named:
        ln = lines[k]
        rule = _taken_whole(rules, Scope.LINE, text, ln)
        if rule is None and k < head_end:
            rule = _taken_whole(rules, Scope.HEAD, text, ln)
        if rule is not None and rule.id in sources:
            taken.append((rule.id, ln.text))
    return site_from(taken)


def _head_end(text: str, lines: list[Line], rules: RuleSet, evidence: list[Block] | None) -> int:
    """The title the markup marks, if no line rule takes it; else the first line of prose
    that no line rule takes and no head rule anchors."""
    marked = next((k for k, b in enumerate(evidence or ()) if b.role == "title"), None)
    if marked is not None and _taken_whole(rules, Scope.LINE, text, lines[marked]) is None:
        return marked
    for k, ln in enumerate(lines[:HEAD_MAX_LINES]):
        if not is_body(ln.text) or _taken_whole(rules, Scope.LINE, text, ln) is not None:
            continue
        anchor = _taken_whole(rules, Scope.HEAD, text, ln)
        if anchor is None or HEAD_ANCHOR_TAG not in anchor.tags:
            return k
    return min(len(lines), HEAD_MAX_LINES)
