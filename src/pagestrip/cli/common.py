"""What the ``pagestrip`` commands share: exit statuses, the one-line errors, and the checks of
input paths and ``--disable`` patterns."""

from __future__ import annotations

import os
import re
import signal
from collections.abc import Sequence
from typing import Any

from ..batch import (
    PARQUET_SUFFIXES,
    feed_fields,
    folder_suffixes,
    iter_files,
)
from ..rulefile import unmatched

#: The CLI's time limit per page, in seconds. A real page takes well under a
#: second; 30 s leaves room for a 10 MB page on a busy machine while keeping
#: one stuck page from holding a crawl for more than half a minute.
DEFAULT_TIMEOUT = 30.0
#: Exit status when the output cannot be written (a full disk, a closed pipe
#: aside): distinct from 1 (some pages failed), since every later page is lost.
EXIT_WRITE_FAILED = 3
#: Exit status on SIGTERM: 128 + the signal's number, as a shell reports it.
EXIT_TERMINATED = 128 + signal.SIGTERM
_SURROGATE = re.compile("[\ud800-\udfff]")


class Terminated(BaseException):
    """SIGTERM arrived: unwind like Ctrl-C, so worker processes are stopped on the way out."""


class OutputError(Exception):
    """The output could not be written; the message is one line."""


class StdoutClosed(Exception):
    """Standard output was closed by its reader (``pagestrip clean … | head``): stop quietly."""


class UsageError(Exception):
    """Arguments that cannot be run: one line on stderr, exit status 2."""


def _check_path(
    path: str,
    glob: list[str] | None = None,
    exclude: Sequence[str] = (),
    suffixes: Sequence[str] = folder_suffixes(None),
) -> str | None:
    """Why ``path`` cannot be read, or None: a one-line error, exit status 2."""
    if path == "-":
        return None
    if not os.path.exists(path):
        return "broken symbolic link" if os.path.islink(path) else "no such file or folder"
    if os.path.isdir(path):
        try:
            if not any(True for _ in iter_files(path, glob, exclude=exclude, suffixes=suffixes)):
                if glob:
                    return f"no files in this folder match {' or '.join(map(repr, glob))}"
                return (
                    f"no page files ({' '.join(suffixes)}, or those .gz) in this folder; "
                    "--glob PATTERN takes other files ('*' every file)"
                )
        except OSError as exc:
            return f"cannot list folder: {exc.strerror or exc}"
        return None
    if not os.access(path, os.R_OK):
        return "not readable"
    return None


def _feed_hint(path: str) -> str | None:
    """A one-line error for a feed given without ``--jsonl-field`` (cleaned as one page it
    would be JSON punctuation and every record's fields), naming the fields it has."""
    if path == "-" or not os.path.isfile(path):
        return None
    fields = feed_fields(path)
    if fields is None:
        return None
    return (
        f"a feed of JSON records (fields: {', '.join(fields[:12])}); name the field holding the page "
        "with --jsonl-field FIELD"
    )


def _table_hint(path: str) -> str | None:
    """A one-line error for a Parquet table given without ``--parquet-column``, naming its columns."""
    if path == "-" or not os.path.isfile(path) or not path.lower().endswith(PARQUET_SUFFIXES):
        return None
    from ..parquet import columns_of

    columns = columns_of(path) or []
    return (
        f"a Parquet table (columns: {', '.join(columns[:12])}); name the column holding the page "
        "with --parquet-column COLUMN"
    )


def _unknown_disable(patterns: Sequence[str], rule_file: Any = None) -> str | None:
    """A one-line error for a ``--disable`` id or glob that matches no rule, or None."""
    bad = unmatched(patterns, rule_file)
    return f"--disable {bad[0]!r} matches no rule (pagestrip rules lists them)" if bad else None
