"""Patterns that backtrack catastrophically: :func:`nested_quantifier` finds a
quantified group holding another quantifier (``(x+x+)+y``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import lazyre

# Compiled on first use: only a user's rule is checked, never the built-in ones.
_GROUP_OPEN = lazyre.compile(r"\(\?(?:P?<(?![=!])[^>]*>|[:>|]|<?[=!]|[-a-zA-Z]*:)")
_FLAGS_ONLY = lazyre.compile(r"\(\?[-a-zA-Z]*\)")
_BACKREF = lazyre.compile(r"\(\?P=\w+\)")
_BRACES = lazyre.compile(r"\{(\d*)(?:(,)(\d*))?\}")


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
