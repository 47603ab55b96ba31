"""Literal strings a pattern cannot match without: the rule engine's prefilter.

A page is scanned once for every literal of every rule (see
:class:`pagestrip.rules.LiteralScan`); a rule is then tried only on the lines
that hold one of its literals. Most lines hold none, so most rules are never
run on most lines. This module reads a pattern's source to find such
literals; it answers ``None`` whenever it is not sure, and the rule is then
tried on every line as before.

Only the ``regex`` module's version-0 syntax that the rules use is read:
escapes, classes, groups (capturing, non-capturing, named, atomic, flag
groups), lookarounds, and the quantifiers ``? * + {m,n}`` (lazy or
possessive). Anything else (fuzzy matching ``{e<=1}``, conditionals) makes
the element optional, which is always safe.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import pairwise

#: The weight of a one-character literal against a long one (a two-character
#: one weighs an eighth of it): ``a`` or ``.`` occurs on nearly every line.
SHORT_PENALTY = 64

_META = frozenset(".^$*+?{}[]\\|()")


def cost(literals: list[str]) -> float:
    """How often a set of literals can be expected to occur: short ones dominate."""
    return sum(1 + SHORT_PENALTY / len(x) ** 3 for x in literals)


#: One step of the structure scans below: an escape, a character class (up to its first
#: unescaped ``]``, or the end), or a structure character (a parenthesis or ``|``). The
#: scan runs in C over the literal text between them, which is most of a pattern.
_TOKEN = re.compile(r"\\.|\[(?:\\.|[^\\\]])*\]?|[()|]", re.DOTALL)


def top_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (outside groups, escapes and classes)."""
    if "|" not in pattern:
        return [pattern]
    cuts = [-1]
    depth = 0
    for m in _TOKEN.finditer(pattern):
        ch = m.group()  # an escape or a class is longer than one character: never equal below
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            cuts.append(m.start())
    cuts.append(len(pattern))
    return [pattern[lo + 1 : hi] for lo, hi in pairwise(cuts)]


def group_end(pattern: str, pos: int = 0) -> int | None:
    """Index just past the group that opens ``pattern`` at ``pos`` (its first ``)`` at depth
    one), an index into ``pattern``: no copy of the rest of a long pattern per group."""
    depth = 0
    for m in _TOKEN.finditer(pattern, pos):
        ch = m.group()
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 1:
                return m.start() + 1
            depth -= 1
    return None


def leading(alt: str) -> list[str] | None:
    """Literals one of which starts every match of ``alt`` (None when there is none)."""
    a = alt
    while True:
        if a.startswith("^"):
            a = a[1:]
        elif a.startswith("\\b"):
            a = a[2:]
        elif a.startswith("(?<"):
            end = group_end(a)
            if end is None:
                return None
            a = a[end:]
        else:
            break
    if a.startswith("(?:"):
        end = group_end(a)
        if end is None or a[end : end + 1] in ("?", "*", "{"):
            return None
        alts = top_alternatives(a[3 : end - 1])
        subs = [leading(x) for x in alts]
        if any(sub is None for sub in subs):
            return None
        heads = [x for sub in subs for x in sub or ()]
        rest = leading(a[end:]) if a[end : end + 1] not in ("", "?", "*", "+", "{") else None
        if (
            rest
            and all(sub == [alt] for sub, alt in zip(subs, alts, strict=True))
            and len(heads) * len(rest) <= MAX_SPELLINGS
        ):
            # Every alternative is a plain word (``(?:请|請|可)(?:在|到)``): what follows extends it.
            return [h + r for h in heads for r in rest]
        return heads
    out: list[str] = []
    i = 0
    while i < len(a):
        ch = a[i]
        if ch == "\\" and i + 1 < len(a) and not a[i + 1].isalnum():
            ch, i = a[i + 1], i + 1  # an escaped mark is a literal: \( \.
        elif ch in _META:
            if ch in "?*{" and out:
                out.pop()  # the character before is optional
            elif a.startswith("(?:", i) and out:
                return _through_group("".join(out), a[i:])
            break
        if i + 1 < len(a) and a[i + 1] == "?" and a[i + 2 : i + 3] not in ("?", "+") and out:
            # One optional character (``an? ``): both spellings are anchors,
            # ``a `` and ``an ``, rarer than the ``a`` the literal stops at.
            rest = leading(a[i + 2 :]) or [""]
            head = "".join(out)
            return [head + ch + r for r in rest] + [head + r for r in rest]
        if i + 1 < len(a) and a[i + 1] in "?*{":
            break  # this character is optional or repeated: the literal ends before it
        out.append(ch)
        i += 1
    return ["".join(out)] if out else None


#: A literal is extended through a group of alternatives (``已(?:结束|結束)``) only
#: while the spellings it yields stay this few.
MAX_SPELLINGS = 32


def _through_group(head: str, rest: str) -> list[str]:
    """``head`` followed by the group that opens ``rest``: the head extended by each
    alternative's leading literal (``已结束``, ``已結束``), rarer than the head alone;
    the head when the group is optional or an alternative has no literal."""
    end = group_end(rest)
    if end is None or rest[end : end + 1] in ("?", "*", "{"):
        return [head]
    subs = [leading(x) for x in top_alternatives(rest[3 : end - 1])]
    if any(sub is None for sub in subs):
        return [head]
    out = [head + x for sub in subs for x in sub or ()]
    return out if len(out) <= MAX_SPELLINGS else [head]


def required(pattern: str) -> list[str] | None:
    """Literals one of which every match of ``pattern`` contains, or None.

    Each top-level alternative must contain one: of the literals a sequence
    must contain (runs of plain characters, or a mandatory group whose every
    alternative contains one) the rarest by :func:`cost` is taken.
    """
    out: list[str] = []
    for alt in top_alternatives(pattern):
        if _PLAIN_RUN.fullmatch(alt):  # a word of a list (``分享|收藏|…``): itself, read in C
            out.append(alt)
            continue
        found = _sequence(alt)
        if found is None:
            return None
        out.extend(found)
    return sorted(set(out)) or None


#: A run of characters :func:`_element` reads as literals, one by one (all but escapes,
#: classes, groups, quantifiers and ``.^$|``); and what starts a quantifier after one.
_PLAIN_RUN = re.compile(r"[^\\\[(*+?{).^$|]+")
_QUANTIFIER_STARTS = frozenset("?*+{")
#: A character class's members up to its closing ``]`` (escapes step over the next character).
_CLASS_BODY = re.compile(r"(?:\\.|[^\\\]])*", re.DOTALL)
#: A class of plain characters, no range, escape or negation: each member a literal.
_PLAIN_CLASS = re.compile(r"\[([^\\\]^\-\[]+)\]")


def _sequence(seq: str) -> list[str] | None:
    """The rarest set of literals one of which every match of ``seq`` (no top-level ``|``) contains."""
    options: list[list[str]] = []
    for run, inner in _mandatory(seq):
        if run is not None:
            options.append([run])
        elif inner is not None:
            sub = required(inner)
            if sub is not None:
                options.append(sub)
    return min(options, key=cost) if options else None


def covered(pattern: str, needles: Iterable[str]) -> bool:
    """Whether every match of ``pattern`` holds one of ``needles`` (compared case-folded).

    A rule's ``requires`` is a promise that it does: the rule is tried only on lines
    holding one. A top-level alternative that can match without any is never tried on
    the lines it alone would match. Answers False whenever it is not sure.
    """
    folded = [n.casefold() for n in needles]
    return bool(folded) and all(_sequence_covered(alt, folded) for alt in top_alternatives(pattern))


def uncovered(pattern: str, needles: Iterable[str]) -> list[str]:
    """The pieces of ``pattern`` that can match without any of ``needles``, as small as
    they can be named: an alternative left uncovered is read down into the groups it
    must match when it is made of groups alone (``TOP`` of a list of buttons, not the list)."""
    return list(dict.fromkeys(_uncovered(pattern, [n.casefold() for n in needles])))


def _uncovered(pattern: str, folded: list[str]) -> Iterator[str]:
    for alt in top_alternatives(pattern):
        if _sequence_covered(alt, folded):
            continue
        parts = list(_mandatory(alt))
        if not parts or any(run is not None for run, _ in parts):
            yield alt  # it spells words of its own: named whole (``\\d{1,3}(?:秒|年)前``)
            continue
        for _, inner in parts:
            yield from _uncovered(inner or "", folded)


def _sequence_covered(seq: str, folded: list[str]) -> bool:
    lead = leading(seq)  # spelled out whole: ``(?:play|pause) video``
    if lead and all(any(n in x.casefold() for n in folded) for x in lead):
        return True
    for run, inner in _mandatory(seq, classes=True):
        if run is not None and any(n in run.casefold() for n in folded):
            return True
        if inner is not None and all(_sequence_covered(alt, folded) for alt in top_alternatives(inner)):
            return True
    return False


def _mandatory(seq: str, classes: bool = False) -> Iterator[tuple[str | None, str | None]]:
    """The elements every match of ``seq`` (no top-level ``|``) holds, in order: runs of
    plain characters as ``(run, None)``, groups that must match as ``(None, inner)``, and
    with ``classes`` a class of plain characters (``[#楼樓]``) as a group of them.
    Stops at the first element it cannot read: what was read so far still holds."""
    run: list[str] = []
    i = 0
    while i < len(seq):
        members = _PLAIN_CLASS.match(seq, i) if classes else None
        if members is not None and _quantifier(seq, members.end())[0] != 0:
            if run:
                yield "".join(run), None
                run.clear()
            yield None, "|".join(re.escape(c) for c in members.group(1))
            i = _quantifier(seq, members.end())[1]
            continue
        plain = _PLAIN_RUN.match(seq, i)
        if plain is not None:
            # Characters that are each a literal: the run grows by all of them but the
            # last when a quantifier follows it (that one is read below, with its quantifier).
            end = plain.end()
            upto = end - 1 if end < len(seq) and seq[end] in _QUANTIFIER_STARTS else end
            if upto > i:
                run.append(seq[i:upto])
                i = upto
                continue
        lit, inner, j = _element(seq, i)
        if j is None:
            break
        low, j = _quantifier(seq, j)
        if lit is not None and low == -1:  # a plain character, exactly once
            run.append(lit)
        elif lit is not None and low >= 1:  # ``a+``: the character, then the run ends
            run.append(lit)
            yield "".join(run), None
            run.clear()
        else:
            if run:
                yield "".join(run), None
                run.clear()
            if inner is not None and low != 0:
                yield None, inner
        i = j
    if run:
        yield "".join(run), None


def _element(seq: str, i: int) -> tuple[str | None, str | None, int | None]:
    """One element at ``seq[i]``: (literal character or None, a group's inner pattern or None, end)."""
    ch = seq[i]
    if ch == "\\":
        if i + 1 >= len(seq):
            return None, None, None
        nxt = seq[i + 1]
        if not nxt.isalnum():
            return nxt, None, i + 2  # an escaped mark: \( \. \-
        if nxt in "pPNLX" and seq[i + 2 : i + 3] in ("{", "<"):  # \p{Han}, \N{…}, \L<name>
            close = seq.find("}" if seq[i + 2] == "{" else ">", i + 2)
            return None, None, (close + 1 if close > 0 else None)
        if nxt == "x":
            return None, None, i + 4
        if nxt == "u":
            return None, None, i + 6
        if nxt == "U":
            return None, None, i + 10
        return None, None, i + 2  # \d \s \w \b \n …
    if ch == "[":
        j = i + 1
        if seq[j : j + 1] == "^":
            j += 1
        if seq[j : j + 1] == "]":
            j += 1
        j = _CLASS_BODY.match(seq, j).end()  # type: ignore[union-attr]  # matches the empty string
        return None, None, (j + 1 if seq[j : j + 1] == "]" else None)
    if ch == "(":
        end = group_end(seq, i)
        if end is None:
            return None, None, None
        return None, _group_inner(seq[i:end]), end
    if ch in "*+?{)":  # a quantifier with nothing before it: not a pattern we read
        return None, None, None
    if ch in ".^$|":
        return None, None, i + 1
    return ch, None, i + 1


def _group_inner(group: str) -> str | None:
    """The pattern inside a group that consumes text; None for lookarounds, flags and the unknown."""
    body = group[1:-1]
    if not body.startswith("?"):
        return body  # a capturing group
    for opener in ("?:", "?>", "?|"):
        if body.startswith(opener):
            return body[2:]
    if body.startswith(("?P<", "?<")) and not body.startswith(("?<=", "?<!")):
        close = body.find(">")
        return body[close + 1 :] if close > 0 else None
    flags = body[1 : body.find(":")] if ":" in body else ""
    if flags and all(c.isalpha() or c == "-" for c in flags):
        return body[len(flags) + 2 :]  # (?i:…)
    return None  # (?=…) (?!…) (?<=…) (?#…) (?i) (?P=name) (?(…)…)


def _quantifier(seq: str, j: int) -> tuple[int, int]:
    """The minimum count of the quantifier at ``seq[j]`` (-1: none) and the index after it.

    An unknown brace (fuzzy ``{e<=1}``) counts as optional: 0."""
    if j >= len(seq):
        return -1, j
    ch = seq[j]
    if ch in "?*+":
        low, j = (1 if ch == "+" else 0), j + 1
    elif ch == "{":
        close = seq.find("}", j)
        if close < 0:
            return -1, j  # a literal brace
        spec = seq[j + 1 : close]
        head = spec.split(",")[0]
        low = int(head) if head.isdigit() else (0 if not head and "," in spec else -2)
        if low == -2:
            return 0, close + 1  # not a count: fuzzy or unknown, optional
        j = close + 1
    else:
        return -1, j
    if j < len(seq) and seq[j] in "?+":  # lazy or possessive
        j += 1
    return low, j
