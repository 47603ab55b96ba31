"""Time limits for one page: a deadline that the pipeline's stages and pattern matching check.

:func:`pagestrip.clean` with ``timeout=`` sets the deadline for the page in a
context variable (so threads and nested calls each see their own);
:func:`check` is called between stages and inside long loops, and
:func:`remaining` gives the ``timeout=`` for each regex match, so a pattern
that backtracks catastrophically is stopped by the regex module itself.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .errors import PageTimeoutError

#: No single match of a rule pattern against one line may run longer than this,
#: with or without a page timeout: a legitimate pattern takes microseconds on a
#: line, so a match that runs for seconds is catastrophic backtracking (a
#: nested quantifier such as ``(x+x+)+y``) and would otherwise run for minutes.
PATTERN_TIMEOUT = 10.0

_DEADLINE: ContextVar[tuple[float, float] | None] = ContextVar("pagestrip_deadline", default=None)


@contextmanager
def deadline(timeout: float | None) -> Iterator[None]:
    """Run the body with a deadline ``timeout`` seconds from now (None: no page limit)."""
    if timeout is None:
        yield
        return
    token = _DEADLINE.set((time.monotonic() + timeout, timeout))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def remaining() -> float:
    """Seconds left for one pattern match: the page's time left, at most :data:`PATTERN_TIMEOUT`."""
    d = _DEADLINE.get()
    if d is None:
        return PATTERN_TIMEOUT
    return max(0.0, min(PATTERN_TIMEOUT, d[0] - time.monotonic()))


def check(stage: str = "") -> None:
    """Raise :class:`PageTimeoutError` if the page's deadline has passed."""
    d = _DEADLINE.get()
    if d is not None and time.monotonic() > d[0]:
        raise expired(stage)


def expired(stage: str = "") -> PageTimeoutError:
    """The error for a page past its deadline (or a pattern past :data:`PATTERN_TIMEOUT`)."""
    d = _DEADLINE.get()
    where = f" (in {stage})" if stage else ""
    if d is None or time.monotonic() < d[0]:
        return PageTimeoutError(
            f"a rule pattern ran longer than {PATTERN_TIMEOUT:g} s on one line{where}: "
            "catastrophic backtracking? try `pagestrip rules --check`"
        )
    return PageTimeoutError(f"page took longer than the timeout of {d[1]:g} s{where}")
