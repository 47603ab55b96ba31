"""The pipeline end to end: rules → input → decode → HTML → normalize → segment → rules → assemble.

:func:`clean` is the library's one entry point: it puts its arguments in one
:class:`~pagestrip.options.CleanOptions`, runs the :data:`~pagestrip.stages.STAGES`
in order over one :class:`~pagestrip.stages.PageState`, and returns the result.
Each stage is a small function in :mod:`pagestrip.stages`; the work is done by
the stage modules.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from . import limits
from .errors import PageTimeoutError
from .inputs import DEFAULT_MAX_CHARS, MAX_BYTES_PER_CHAR
from .model import Result
from .options import CleanOptions
from .rulefile import RuleFile
from .rules import Rule, RuleSet
from .stages import MIN_KEEP_SHARE, STAGES, PageState, build_result

__all__ = ["DEFAULT_MAX_CHARS", "MAX_BYTES_PER_CHAR", "MIN_KEEP_SHARE", "CleanOptions", "clean"]


def clean(
    page: Any,
    *,
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
) -> Result:
    """Clean one scraped page and report what was removed.

    ``page`` is text or raw bytes (decoded from BOM, declared charset, or detection),
    HTML (sniffed, or said by ``content_type``; the markup adds evidence to the same
    text rules), a BeautifulSoup object or an lxml element. Each keyword is the field
    of :class:`pagestrip.options.CleanOptions` of that name, documented there. Raises
    ``ValueError`` for a bad ``max_chars`` or ``timeout``, :class:`pagestrip.BinaryInputError`
    for an image, a PDF or another binary format, :class:`pagestrip.PageTimeoutError` past ``timeout``.
    """
    options = CleanOptions.of(
        disable, extra_rules, rules, encoding, max_chars, source, dedupe, split, content_type, url, timeout
    )
    with limits.deadline(options.timeout):
        try:
            state = PageState(page, options)
            for stage in STAGES:
                stage(state)
            return build_result(state)
        except PageTimeoutError:
            raise
        except TimeoutError:  # the regex module's timeout on a match
            raise limits.expired("rule matching") from None
