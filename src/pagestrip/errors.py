"""The errors :func:`pagestrip.clean` raises on purpose.

Everything else a page can throw at the pipeline (broken markup, a lying
charset, undecodable bytes) gives a result with a warning instead. These are
the cases where no honest result exists, so the caller gets one clear
exception — and the batch turns it into one error record.
"""

from __future__ import annotations


class PagestripError(Exception):
    """Base class of pagestrip's own errors; the message is one line."""


class BinaryInputError(PagestripError, ValueError):
    """The input is a binary file (an image, a PDF, an archive), not a page."""


class PageTimeoutError(PagestripError, TimeoutError):
    """Cleaning the page took longer than the ``timeout=`` it was given."""
