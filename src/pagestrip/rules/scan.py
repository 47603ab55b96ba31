"""Finding rules' literals on a page in one pass: each rule's anchors (the literals
every match holds) and :class:`LiteralScan` over all of them (Aho-Corasick when
``pyahocorasick`` is installed, else one trie-shaped pattern).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, TypeAlias

import regex

try:  # optional (``pagestrip[fast]``): the literal scan in C; the same matches without it
    import ahocorasick
except ImportError:  # pragma: no cover - exercised by the fallback test
    ahocorasick = None

from .. import lazyre, regexcache
from . import literals
from .builtin import _is_builtin
from .rule import Rule

#: :func:`literals.required`, its answers for the built-in patterns kept on disk
#: (:class:`pagestrip.regexcache.Memo`: 13 ms of analysis a start-up). Read-only lists.
REQUIRED = regexcache.Memo("literals", literals.required, literals.__file__)


def derived_anchors(rule: Rule) -> tuple[str, ...] | None:
    """Literals one of which every match of the rule's pattern holds, lower case; None
    when there are none worth a prefilter: a one-character literal (``>``, ``文``)
    is on most lines, and each of its matches costs the scan."""
    if rule.pattern is None:
        return None
    found = REQUIRED(rule.pattern, keep=_is_builtin(rule))
    if not found or any(len(x) < 2 for x in found):
        return None
    return tuple(sorted({x.lower() for x in found}))


#: An inline flag group (``(?i)``, ``(?x:``, ``(?-s)``), not a named group (``(?P<…>``): a flag can
#: make the pattern match other spellings of its literals (case) or read them differently (verbose).
_INLINE_FLAGS = re.compile(r"\(\?[-a-zA-OQ-Z]")


def gate_literals(rule: Rule) -> list[str] | None:
    """Strings one of which every match of the rule holds, as written, for a literal gate.

    For the whole-line rules the literal scan cannot anchor (a literal of one
    character, ``完`` or ``:``, would cost the scan on every page): a search for
    them in a line (:func:`literal_search`) runs before the rule's own pattern.
    The standard ``re`` looks for a few plain strings in a line several times
    faster than the ``regex`` module runs a pattern that tries at each of the
    line's first characters (``[^\n。！？]{1,20}?…供图``).

    Only built-in, case-sensitive rules without inline flags get them: their
    required strings occur in a match exactly as written, and their patterns are
    ours (a user pattern is tried, and bounded in time, on every line as before).
    A literal that is only whitespace is on nearly every line and gates nothing,
    and a pattern that starts with its literals (``(?:分享|收藏|…)``) fails at a
    line's first character anyway: such rules get none (compiling a gate of fifty
    strings costs a fresh process a millisecond, for nothing).
    """
    if rule.pattern is None or rule.ignore_case or not _is_builtin(rule) or _INLINE_FLAGS.search(rule.pattern):
        return None
    found = REQUIRED(rule.pattern, keep=True)
    if not found or any(x.isspace() for x in found):
        return None
    if all(literals.leading(alt) is not None for alt in literals.top_alternatives(rule.pattern)):
        return None
    return sorted(set(found))


def literal_search(strings: Iterable[str]) -> re.Pattern[str]:
    """A plain search for any of ``strings`` (the standard ``re``: exact characters, no flags),
    compiled on its first use."""
    return lazyre.compile_re("|".join(re.escape(x) for x in sorted(set(strings), key=lambda x: (len(x), x))))


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
                self._automaton.add_word(_as_bytes(x), x)
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
            yield from self._automaton_hits(low[pos:end], pos)
        else:
            assert self.pattern is not None
            for hit in self.pattern.finditer(low, pos, end):
                yield hit.start(1), hit.end(1), hit.group(1)

    def _automaton_hits(self, piece: str, pos: int) -> list[tuple[int, int, str]]:
        """The automaton's matches in ``piece`` (lower case, at offset ``pos`` of the page), by
        start. It reads UTF-8 (see :func:`_as_bytes`): on ASCII text a byte is a character;
        otherwise each match's end is counted in characters by decoding the bytes since the
        previous one (the automaton reports matches by end, and a match ends on a character
        boundary: no string's encoding starts with a continuation byte)."""
        if piece.isascii():
            found = [(pos + e - len(x) + 1, pos + e + 1, x) for e, x in self._automaton.iter(piece)]
        else:
            data = piece.encode("utf-8", "surrogatepass")
            found = []
            byte_end = char_end = 0
            for e, x in self._automaton.iter(data.decode("latin-1")):
                char_end += len(data[byte_end : e + 1].decode("utf-8", "surrogatepass"))
                byte_end = e + 1
                found.append((pos + char_end - len(x), pos + char_end, x))
        found.sort()
        return found

    def expand(self, matched: str) -> tuple[str, ...]:
        """The strings of the set that the matched text holds at its start."""
        low = matched.lower()
        found = self.prefixes.get(low)
        if found is None:  # case folding beyond str.lower() (ſ, K): compare folded
            folded = low.casefold()
            found = tuple(b for b in self.strings if folded.startswith(b.casefold()))
        return found


def _as_bytes(text: str) -> str:
    """``text`` as its UTF-8 bytes, one character per byte (code points 0-255), for the automaton.

    A node of ``pyahocorasick``'s trie searches its children one by one: read by
    character, the root of the built-in strings has some 300 children (most of them
    Chinese first characters), all compared at each character of a Chinese page that
    starts none. Read as UTF-8 it has about 45 (ASCII and a few lead bytes), and the
    scan takes half the time on Chinese and English pages alike."""
    return text.encode("utf-8", "surrogatepass").decode("latin-1")


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
