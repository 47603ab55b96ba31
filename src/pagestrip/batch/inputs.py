"""Files, folders and standard input into jobs.

Folders are walked choosing pages by suffix and glob; feeds, WARC files and
tables are handed to their readers (:mod:`.feeds`, :mod:`pagestrip.warc`,
:mod:`pagestrip.parquet`).
"""

from __future__ import annotations

import fnmatch
import os
import stat
import sys
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import BinaryIO

from .feeds import _feed_jobs
from .paths import (
    FEED_SUFFIXES,
    PAGE_SUFFIXES,
    PARQUET_SUFFIXES,
    _disk_size,
    _is_feed,
    _open,
    _why,
    display_name,
    is_warc,
)
from .records import RESULT_FIELD, Job


def _wanted(rel: str, name: str, globs: Sequence[str], suffixes: Sequence[str]) -> bool:
    """Whether a file below a folder is taken: it matches one of ``globs`` (by its path
    below the folder or its name), or, with no globs, ends in one of ``suffixes`` (or that + ``.gz``)."""
    if globs:
        return any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(name, g) for g in globs)
    base = name[:-3] if name.endswith(".gz") else name
    return base.lower().endswith(tuple(suffixes))


def _same_file(path: str, excluded: frozenset[str]) -> bool:
    return bool(excluded) and os.path.realpath(path) in excluded


def iter_files(
    folder: str,
    glob: str | Sequence[str] | None = None,
    *,
    exclude: Iterable[str] = (),
    suffixes: Sequence[str] = PAGE_SUFFIXES,
) -> Iterator[tuple[str, str, str | None]]:
    """``(path, relpath, error)`` for the page files below ``folder``, in sorted path order.

    Taken are the files matching ``glob`` (one pattern or several), or without
    one those ending in ``suffixes``; hidden files and folders (``.git/``,
    ``.DS_Store``) are never taken, nor the paths in ``exclude`` (this run's
    own outputs: ``-o`` inside the folder must not be read back as a page).

    Iterative (a deep tree cannot exhaust the stack); symbolic links to
    folders are not followed (so a link loop cannot run forever); a link to
    nowhere or to itself is yielded with an error, so it becomes one error
    record instead of an exception.
    """
    globs = [glob] if isinstance(glob, str) else list(glob or ())
    excluded = frozenset(os.path.realpath(p) for p in exclude)
    excluded_names = {os.path.basename(p) for p in excluded}
    stack: list[Iterator[os.DirEntry[str]]] = []
    rels: list[str] = []

    def listing(path: str) -> Iterator[os.DirEntry[str]]:
        with os.scandir(path) as it:
            entries = sorted(it, key=lambda e: e.name)
        return iter(entries)

    stack.append(listing(folder))
    rels.append("")
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            rels.pop()
            continue
        if entry.name.startswith("."):
            continue
        rel = rels[-1] + entry.name
        if entry.name in excluded_names and _same_file(entry.path, excluded):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            try:
                stack.append(listing(entry.path))
                rels.append(rel + "/")
            except OSError as exc:
                yield entry.path, rel, f"cannot list folder: {_why(exc)}"
            continue
        if not _wanted(rel, entry.name, globs, suffixes):
            continue
        try:
            mode = os.stat(entry.path).st_mode
        except OSError as exc:
            yield entry.path, rel, _why(exc)
            continue
        if stat.S_ISDIR(mode):
            continue  # a link to a folder: not followed
        if stat.S_ISREG(mode):
            yield entry.path, rel, None


def folder_suffixes(jsonl_field: str | None, parquet_column: str | None = None) -> tuple[str, ...]:
    """The suffixes a folder gives by default: page files and WARC files, feeds when a feed
    field is named, Parquet tables when a page column is."""
    return (
        PAGE_SUFFIXES
        + (".warc",)
        + (FEED_SUFFIXES if jsonl_field else ())
        + (PARQUET_SUFFIXES if parquet_column else ())
    )


def iter_jobs(
    paths: Iterable[str],
    *,
    glob: str | Sequence[str] | None = None,
    jsonl_field: str | None = None,
    url_field: str | None = None,
    max_bytes: int | None = None,
    result_field: str = RESULT_FIELD,
    exclude: Iterable[str] = (),
    skipped: Counter[str] | None = None,
    parquet_column: str | None = None,
) -> Iterator[Job]:
    """The pages named by ``paths``: files, folders (recursively), ``-`` for stdin, JSONL feeds.

    In folders, :func:`iter_files` chooses the files (page files, or ``glob``;
    feeds too when ``jsonl_field`` is given), never those in ``exclude``.

    ``max_bytes`` caps what is read of each page (decompressed, for ``.gz``):
    the rest is never read, and the job carries a warning. A feed record
    that already holds ``result_field`` is an error job: its result would
    overwrite one of its own fields. WARC files give a job per HTML response
    (:mod:`pagestrip.warc`); the records that are no page are counted in ``skipped``.
    With ``parquet_column``, Parquet tables give a job per row (:mod:`pagestrip.parquet`).
    """

    def file_jobs(path: str, rel: str) -> Iterator[Job]:
        return _file_jobs(path, rel, jsonl_field, url_field, max_bytes, result_field, skipped, parquet_column)

    for p in paths:
        if p == "-":
            data, cut = _read_capped(sys.stdin.buffer, max_bytes)
            yield Job("<stdin>", data, warnings=_cut_warning(cut, max_bytes))
            continue
        if os.path.isdir(p):
            try:
                files = iter_files(p, glob, exclude=exclude, suffixes=folder_suffixes(jsonl_field, parquet_column))
                for path, rel, error in files:
                    if error is not None:
                        yield Job(display_name(path), None, relpath=rel, error=error)
                    else:
                        yield from file_jobs(path, rel)
            except OSError as exc:
                yield Job(display_name(p), None, error=f"cannot list folder: {_why(exc)}")
        else:
            yield from file_jobs(p, os.path.basename(p))


def _read_capped(f: BinaryIO, max_bytes: int | None) -> tuple[bytes, bool]:
    """At most ``max_bytes`` of ``f``, and whether there was more."""
    if max_bytes is None:
        return f.read(), False
    data = f.read(max_bytes + 1)
    return data[:max_bytes], len(data) > max_bytes


def _cut_warning(cut: bool, max_bytes: int | None) -> list[str]:
    return [f"input longer than {max_bytes} bytes cut to the first {max_bytes}; the rest was not read"] if cut else []


def _file_jobs(
    path: str,
    rel: str,
    jsonl_field: str | None,
    url_field: str | None,
    max_bytes: int | None,
    result_field: str = RESULT_FIELD,
    skipped: Counter[str] | None = None,
    parquet_column: str | None = None,
) -> Iterator[Job]:
    source = display_name(path)
    if parquet_column and path.lower().endswith(PARQUET_SUFFIXES):
        from ..parquet import parquet_jobs  # imports this package (and pyarrow): loaded when a table is read

        yield from parquet_jobs(path, source, parquet_column, url_field, max_bytes, result_field)
        return
    if is_warc(path):
        from ..warc import warc_jobs  # imports this package: loaded when a WARC is read

        yield from warc_jobs(path, source, max_bytes, skipped)
        return
    if jsonl_field and _is_feed(path):
        yield from _feed_jobs(path, source, jsonl_field, url_field, max_bytes, result_field)
        return
    try:
        with _open(path) as f:
            size = _disk_size(f)
            data, cut = _read_capped(f, max_bytes)
    except (OSError, EOFError, zlib.error) as exc:
        yield Job(source, None, relpath=rel, error=_why(exc))
        return
    yield Job(source, data, relpath=rel, warnings=_cut_warning(cut, max_bytes), consumed=size)
