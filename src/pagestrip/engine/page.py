"""The engine's per-page state, and the removals it turns into at the end.

:class:`_Page` holds the text, its lines and the rule set, and every decision
the stages make, by line: a whole-line :class:`Hit` (``line_hit``) or hits on
parts of the line (``inline``); for HTML input, one block of evidence per line
and the lines outside the article region. Its literal scan (one pass over the
page for every scope's literal strings) tells the matchers which rules can
hold on which line. :func:`_collect` turns the hits into :class:`Removal`
objects, an earlier inline hit standing over one it overlaps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import lazyre
from ..model import Line, Removal
from ..rules import Rule, RuleSet
from ..vocabulary import MD_LINK_TARGET

if TYPE_CHECKING:  # the engine needs html's Block only as a type
    from ..html import Block


@dataclass(slots=True)
class Hit:
    """A rule's decision about (part of) one line."""

    rule: Rule
    start: int
    end: int
    #: For HTML structure hits: the markup evidence that decided it.
    evidence: str | None = None


@dataclass
class Findings:
    removals: list[Removal] = field(default_factory=list)
    title_line: Line | None = None


class _Page:
    """Per-page working state: which line each decision belongs to."""

    def __init__(self, text: str, lines: list[Line], rules: RuleSet) -> None:
        self.text = text
        self.lines = lines
        self.rules = rules
        self.line_hit: dict[int, Hit] = {}
        self.inline: dict[int, list[Hit]] = {}
        #: HTML input: one block per line; lines outside the article region.
        self.evidence: list[Block] | None = None
        self.outside: set[int] = set()
        #: Text input whose title line its own markup marks (a Markdown ``# `` heading).
        self.marked_title = False
        #: How many first lines the head may take (:func:`.head._head_cap`).
        self.head_lines = 0
        #: The lines that are code or preformatted text (see :func:`.structure._verbatim`).
        self.verbatim: frozenset[int] = frozenset()
        self._literals: dict[int, set[str]] | None = None
        #: Line index → where the literals start in it: (offset, the strings found there).
        self.literal_at: dict[int, list[tuple[int, tuple[str, ...]]]] = {}

    def literals(self) -> dict[int, set[str]]:
        """Line index → the rule set's literals found in that line (lower case,
        with their prefixes), from one scan of the whole page, kept for the page.

        A scan per line costs a fixed ~20 µs in the regex module whatever the
        line's length, and one per scope reads the page several times; one scan
        for every scope and a merge by offset costs far less. A match that runs
        over its line's end is not the line's: that line is scanned again within
        its bounds.
        """
        if self._literals is not None:
            return self._literals
        scan = self.rules.literal_scan
        out: dict[int, set[str]] = {}
        self._literals = out
        if scan is None or not self.lines:
            return out
        lines, text, expand = self.lines, self.text, scan.expand
        k, n = 0, len(lines)
        line_start, line_end = lines[0].start, lines[0].end
        over: set[int] = set()
        # The hits come by start, so line by line: a line's set and list are looked up
        # once, at its first hit (``filled``: the line they belong to).
        filled, found_k, at_k = -1, set(), []
        for at, end, matched in scan.finditer(text):
            if line_end <= at:  # past the line: on to the one holding the hit
                while k < n and lines[k].end <= at:
                    k += 1
                if k == n:
                    break
                line_start, line_end = lines[k].start, lines[k].end
            if at < line_start:
                continue
            if end > line_end:
                over.add(k)
                continue
            if filled != k:
                filled, found_k, at_k = k, out.setdefault(k, set()), self.literal_at.setdefault(k, [])
            strings = expand(matched)
            found_k.update(strings)
            at_k.append((at, strings))
        for k in over:
            ln = lines[k]
            found = out.setdefault(k, set())
            at_k = self.literal_at[k] = []
            for at, _, matched in scan.finditer(text, ln.start, ln.end):
                strings = scan.expand(matched)
                found.update(strings)
                at_k.append((at, strings))
        return out

    def index_of(self, pos: int) -> int:
        """Index (into ``lines``) of the line holding offset ``pos``."""
        lo, hi = 0, len(self.lines) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.lines[mid].start <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def rule(self, rule_id: str) -> Rule | None:
        return self.rules.get(rule_id)

    def hit_line(self, k: int, rule: Rule) -> None:
        ln = self.lines[k]
        self.line_hit[k] = Hit(rule, ln.start, ln.end)
        self.inline.pop(k, None)


_NONE: frozenset[str] = frozenset()


#: A Markdown link's target right after its label.
_LINK_TARGET = lazyre.compile_re(MD_LINK_TARGET)
#: A link target names an address: a scheme, a path, an anchor or a host.
_ADDRESS_MARK = frozenset(":/#.")


def _with_link_markup(text: str, start: int, end: int) -> tuple[int, int]:
    """An inline removal that is a Markdown link's whole label, grown to the link's markup:
    ``[`` … ``](url "title")`` around the label it took (a linked logo ``[![Logo](logo.svg)](/
    "home")``), or the ``(url)`` after the bracketed label it took (``[收藏](javascript:void(0))``).
    Without its label the markup is debris in the kept text."""
    if end < len(text) and text[end] == "]" and start > 0 and text[start - 1] == "[":
        m = _LINK_TARGET.match(text, end + 1)
        if m is not None and not _ADDRESS_MARK.isdisjoint(m.group()):
            return start - 1, m.end()
    elif text[start] == "[" and text[end - 1] == "]":
        m = _LINK_TARGET.match(text, end)
        if m is not None and not _ADDRESS_MARK.isdisjoint(m.group()):
            return start, m.end()
    return start, end


def _collect(page: _Page, title_k: int | None) -> list[Removal]:
    out: list[Removal] = []
    text = page.text
    linked = "](" in text  # Markdown links: a removed label takes its link's markup with it
    for hit in page.line_hit.values():
        out.append(
            Removal(hit.rule.kind, hit.rule.id, hit.start, hit.end, text[hit.start : hit.end], evidence=hit.evidence)
        )
    for k, hits in page.inline.items():
        if k in page.line_hit:
            continue
        hits = sorted(hits, key=lambda h: (h.start, -h.end))
        last_end = -1
        for h in hits:
            if h.start < last_end:  # overlapping matches: the earlier one stands
                continue
            start, end = _with_link_markup(text, h.start, h.end) if linked else (h.start, h.end)
            if start < last_end:
                start, end = h.start, h.end
            out.append(Removal(h.rule.kind, h.rule.id, start, end, text[start:end]))
            last_end = end
    out.sort(key=lambda r: r.start)
    return out
