"""From counts to rules: which lines, affixes and DOM paths are the site's template
(never protected lines, shared prose or what a built-in rule removes), and their kind.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from urllib.parse import urlsplit

import regex

from ..engine import has_word
from ..model import Kind
from ..pipeline import clean
from ..roles import PROTECTED, role_of
from ..rules import Rule, RuleSet, Scope
from .affixes import _soft
from .counting import Entry
from .sitecounts import SiteCounts
from .thresholds import (
    _HINT_KIND,
    _ID_UNSAFE,
    _PROSE,
    _REGEX_SPECIAL,
    AFFIX_LINE_MAX,
    DOM_MAX_CHARS_SLACK,
    EXAMPLE_CHARS,
    GLUED_MIN_CHARS,
    KIND_COVER,
    PROSE_MIN_SHARE,
    SMALL_SITE_MIN_PAGES,
    SOFT_MIN_SHARE,
)


@dataclass
class SiteTemplate:
    """What was learned from one site: its key, how many pages, and the rules."""

    key: str
    by_host: bool
    pages: int
    rules: list[Rule]


def site_host(url: str | None) -> str:
    """A URL's host, lower case, without ``www.`` (one site serves both); '' when none."""
    if not url:
        return ""
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def item_floor(pages: int, min_pages: int, min_share: float, adapt: bool = True) -> float:
    """On how many of a site's ``pages`` an item must recur to be learned.

    ``min_pages`` and the share ``min_share``, whichever is more. With ``adapt``, on a
    small site (under ``min_pages / min_share`` pages) the share decides, but never below
    :data:`SMALL_SITE_MIN_PAGES`: a site of ten pages whose promotion rotates through
    three shows each on three or four pages, which is a third of them, and ``min_pages``
    alone would keep every one. The site itself still needs ``min_pages`` pages.
    """
    share = min_share * pages
    return max(share, min(min_pages, SMALL_SITE_MIN_PAGES)) if adapt else max(share, min_pages)


def site_rules(
    key: str, counts: SiteCounts, min_pages: int, min_share: float, guess: _KindGuess, adapt: bool = True
) -> list[Rule]:
    """One rule per recurring line, prefix and suffix of a site, in a stable order."""
    base = f"learned.{_ID_UNSAFE.sub('-', key).strip('.-') or 'site'}"
    found: list[tuple[str, str, Entry]] = []  # (what, text, entry)
    floor = item_floor(counts.pages, min_pages, min_share, adapt)
    lines = dict(counts.lines.at_least(floor))
    for line, e in sorted(lines.items(), key=_most_first):
        if _is_site_line(line, e[0], counts.pages):
            found.append(("line", line, e))
    for what, tally in (("prefix", counts.prefixes), ("suffix", counts.suffixes)):
        frequent = dict(tally.at_least(floor))
        for piece, e in sorted(frequent.items(), key=_most_first):
            if _is_site_affix(piece, e, what, counts.pages) and not _covered(piece, e, what, frequent):
                found.append((what, piece, e))
    rules: list[Rule] = []
    for what, text, e in found:
        kind = guess(text if what == "line" else e[2])
        if kind is None:  # a built-in line rule takes it wherever it stands
            continue
        rules.append(_rule(f"{base}.{len(rules) + 1}", what, text, kind, e, counts.pages, key))
    for path, e, recurring in counts.paths.learned(floor):
        rules.append(_path_rule(f"{base}.{len(rules) + 1}", path, e, recurring, counts.paths.pages, key, guess))
    return rules


def _most_first(item: tuple[str, Entry]) -> tuple[int, str]:
    return (-item[1][0], item[0])


def _is_site_line(line: str, seen: int, pages: int) -> bool:
    """Is a recurring line the site's, not article text that recurs?"""
    if not has_word(line):  # symbol lines: the built-in orphan rule takes them
        return False
    role = role_of(line)
    if role in PROTECTED:
        return False
    return role not in _PROSE or seen >= PROSE_MIN_SHARE * pages


def _is_site_affix(piece: str, e: Entry, what: str, pages: int) -> bool:
    """Is a recurring prefix or suffix the site's: with a varying rest, and not opening prose?"""
    if not e[3]:  # always the same line: the whole-line count has it
        return False
    if what == "prefix" and (e[4] > AFFIX_LINE_MAX or role_of(piece) in PROTECTED):
        return False
    return not (_soft(piece, what) and (e[0] < SOFT_MIN_SHARE * pages or role_of(piece.strip()) in PROTECTED))


def _covered(piece: str, e: Entry, what: str, frequent: dict[str, Entry]) -> bool:
    """Is a piece cut without a separator only part of a longer recurring piece on as many
    pages (``Originally published`` of ``Originally published at``)? The longer says more."""
    if not _soft(piece, what):
        return False

    def longer(q: str) -> bool:
        return q.startswith(piece) if what == "prefix" else q.endswith(piece)

    return any(q != piece and longer(q) and f[0] >= e[0] for q, f in frequent.items())


def _rule(rule_id: str, what: str, text: str, kind: Kind, e: Entry, pages: int, key: str) -> Rule:
    """The rule for one learned item, its provenance in the description."""
    share = e[0] / pages
    example = e[2] if len(e[2]) <= EXAMPLE_CHARS else e[2][:EXAMPLE_CHARS] + "…"
    about = f"on {e[0]} of {key}'s {pages} pages ({share:.0%}); e.g. {example!r}"
    escaped = regex.escape(text)
    if what == "line" and len(text) >= GLUED_MIN_CHARS:
        return Rule(rule_id, kind, Scope.INLINE, f"^{escaped}|{escaped}$", f"learned line, {about}")
    if what == "line":
        return Rule(rule_id, kind, Scope.LINE, escaped, f"learned line, {about}")
    if what == "prefix":
        return Rule(
            rule_id, kind, Scope.LINE, f"{escaped}.*", f"learned line opening, {about}", max_chars=AFFIX_LINE_MAX
        )
    return Rule(rule_id, kind, Scope.INLINE, f"{escaped}$", f"learned line ending, {about}")


def _path_rule(
    rule_id: str, path: str, e: Entry, recurring: list[tuple[str, int]], pages: int, key: str, guess: _KindGuess
) -> Rule:
    """The ``dom`` rule for one learned path: the kind its containers hint at, else the one
    the built-ins give its commonest line (else chrome); its texts and share in the description."""
    hints = e[6]
    kind = _HINT_KIND[max(hints, key=lambda h: (hints[h], h))] if hints else (guess(recurring[0][0]) or Kind.CHROME)
    texts = "; ".join(repr(t if len(t) <= EXAMPLE_CHARS else t[:EXAMPLE_CHARS] + "…") for t, _ in recurring[:3])
    about = (
        f"learned template box, on {e[0]} of {key}'s {pages} HTML pages ({e[0] / pages:.0%}), "
        f"{len(recurring)} recurring texts, e.g. {texts}"
    )
    pattern = "".join(f"\\{c}" if c in _REGEX_SPECIAL else c for c in path)
    return Rule(rule_id, kind, Scope.DOM, pattern, about, max_chars=math.ceil(e[5] * DOM_MAX_CHARS_SLACK))


class _KindGuess:
    """The kind of removal the built-in rules give a line cleaned alone (default chrome).

    None when a built-in ``line`` rule removes the whole line: it does so wherever
    the line stands, so a learned rule would add nothing but hide the built-in's id.
    """

    def __init__(self) -> None:
        self.builtin = RuleSet.builtin()

    def __call__(self, line: str) -> Kind | None:
        result = clean(line, content_type="text/plain", dedupe=False, split=False)
        size = len(result.normalized.strip()) or 1
        by_kind: dict[Kind, int] = {}
        for r in result.removed:
            rule = self.builtin.get(r.rule)
            if rule is not None and rule.scope is Scope.LINE and len(r.text) >= KIND_COVER * size:
                return None
            by_kind[r.kind] = by_kind.get(r.kind, 0) + len(r.text)
        if by_kind and sum(by_kind.values()) >= KIND_COVER * size:
            best = max(by_kind.items(), key=lambda kv: kv[1])[0]
            if best is not Kind.DUPLICATE:
                return best
        return Kind.CHROME
