"""Input files by name: the suffixes of pages, feeds, WARC files and tables,
opening plain or gzipped, sizes on disk, and a read error in one line.
"""

from __future__ import annotations

import errno
import gzip
import os
import zlib
from typing import BinaryIO


def display_name(path: str | os.PathLike[str]) -> str:
    """A path as text that encodes as UTF-8: bytes of a non-UTF-8 file name are written ``\xff``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _open(path: str) -> BinaryIO:
    # A GzipFile reads bytes like a binary file but is typed as io.BufferedIOBase, not BinaryIO.
    return gzip.open(path, "rb") if path.endswith(".gz") else open(path, "rb")  # type: ignore[return-value]


def _is_feed(path: str) -> bool:
    """A feed by its name: JSON Lines, or JSON (Scrapy's ``-o items.json`` is an array)."""
    name = path[:-3] if path.endswith(".gz") else path
    return name.lower().endswith(FEED_SUFFIXES)


def is_warc(path: str) -> bool:
    """Whether ``path`` is named as a WARC file (``.warc``, ``.warc.gz``)."""
    return path.lower().endswith(WARC_SUFFIXES)


def _why(exc: BaseException) -> str:
    """One line for a read error."""
    if isinstance(exc, OSError) and exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if isinstance(exc, FileNotFoundError):
        return "broken symbolic link or vanished file"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    if isinstance(exc, (EOFError, zlib.error)):
        return f"corrupt compressed file: {exc}"
    return f"{type(exc).__name__}: {exc}"


#: What a folder gives by default: page files, plain or gzipped. Crawl folders
#: also hold notes, code, exported data and VCS/OS litter (README.md,
#: spider.py, items.json, .DS_Store) that are no pages; ``--glob`` widens or
#: narrows the choice.
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".txt")
#: Feeds (JSON Lines, or a JSON array such as Scrapy's ``-o items.json``), read
#: record by record when a feed field is named (``--jsonl-field``), also from folders.
FEED_SUFFIXES = (".jsonl", ".ndjson", ".jl", ".json")
#: Crawl archives (see :mod:`pagestrip.warc`), read record by record, also from folders.
WARC_SUFFIXES = (".warc", ".warc.gz")


#: Parquet tables (see :mod:`pagestrip.parquet`), read row by row when a page column is named.
PARQUET_SUFFIXES = (".parquet", ".pq")


def _disk_size(f: BinaryIO) -> int:
    """The size on disk of an open input (compressed, for gzip): what a progress bar's total counts."""
    try:
        return os.fstat(f.fileno()).st_size
    except (OSError, ValueError, AttributeError):
        return 0


def _disk_position(f: BinaryIO) -> int:
    """How far into the file on disk ``f`` has read (for gzip, into the compressed bytes)."""
    raw = getattr(f, "fileobj", None) or f
    try:
        return raw.tell()
    except (OSError, ValueError, AttributeError):
        return 0
