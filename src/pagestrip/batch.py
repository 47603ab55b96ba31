"""Cleaning many pages: inputs from files, folders and JSON Lines feeds, in order, in parallel.

A crawl can be far larger than memory, so everything streams: inputs are read
lazily, at most ``window`` pages are in flight at once, and each result is
written as soon as the pages before it are done — output order is input order
even with several worker processes. A page that fails becomes a record with
``error`` and the batch goes on.

Nothing a page does may end the batch: each worker process cleans one page
at a time, so when one dies (the OOM killer's SIGKILL, a crash in a C
library) the parent knows which page it held, starts a new worker and tries
that page once more; a page that kills its worker twice is an error record.
A worker past its page's time limit is killed and replaced the same way. No
input is read past what the character cap needs (a gzip bomb is read as far
as the cap, not to the end), and unreadable entries in a folder — a
dangling symbolic link, a link loop, a file name that is not UTF-8 — are
error records or readable names, never an exception.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import fnmatch
import gzip
import heapq
import json
import multiprocessing
import multiprocessing.connection
import os
import re
import signal
import stat
import sys
import time
import weakref
import zlib
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from .errors import PagestripError
from .pipeline import clean


@dataclass
class Job:
    """One page to clean: where it came from, its bytes, and fields to pass through."""

    source: str
    data: bytes | str | None
    url: str | None = None
    #: A feed record's own fields (all but the page); None for a page read from a file.
    #: They are written back untouched, with the result beside them (see :func:`output_record`).
    fields: dict[str, Any] | None = None
    relpath: str | None = None  # for --out-dir: the page's path below its input folder
    error: str | None = None  # a page that could not even be read
    #: The page's own ``Content-Type`` (a WARC record's HTTP header): its charset and type
    #: override the run's ``content_type`` option for this page.
    content_type: str | None = None
    warnings: list[str] = field(default_factory=list)  # e.g. the input was cut at the byte cap
    #: Bytes of input on disk (compressed, for ``.gz``) this page accounts for: a file's
    #: size, or the stretch of a feed read up to it. They add up to the inputs' sizes, so
    #: a progress bar over them is true for feeds and gzip alike.
    consumed: int = 0


#: How many of the pages that lost most, and of the errors, a summary keeps (a crawl can
#: have millions of pages: the summary stays small).
KEEP_WORST = 15
KEEP_ERRORS = 100


@dataclass(order=True)
class Loss:
    """How much of one page the cleaning removed (for "the pages that lost most")."""

    share: float
    removed: int
    kept: int = field(compare=False)
    source: str = field(compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "share": round(self.share, 4),
            "removed_chars": self.removed,
            "kept_chars": self.kept,
        }


@dataclass
class Summary:
    """What a batch did, counted record by record: shown at the end, written by ``--stats``
    and drawn by ``--report``."""

    pages: int = 0
    errors: int = 0
    truncated: int = 0
    warnings: int = 0
    removed_chars: Counter[str] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)
    rule_chars: Counter[str] = field(default_factory=Counter)
    kept_chars: int = 0
    lost_most: list[Loss] = field(default_factory=list)  # a min-heap of the KEEP_WORST largest losses
    error_samples: list[tuple[str, str]] = field(default_factory=list)
    #: WARC records that are no page (an image, a redirect), by why: not cleaned, not in ``pages``.
    skipped: Counter[str] = field(default_factory=Counter)

    def add(self, record: dict[str, Any]) -> None:
        self.pages += 1
        if "error" in record:
            self.errors += 1
            if len(self.error_samples) < KEEP_ERRORS:
                self.error_samples.append((str(record.get("source", "")), str(record["error"])))
            return
        self.truncated += bool(record.get("truncated"))
        self.warnings += len(record.get("warnings", ()))
        removed = 0
        for r in record.get("removed", ()):
            self.removed_chars[r["kind"]] += len(r["text"])
            self.rules[r["rule"]] += 1
            self.rule_chars[r["rule"]] += len(r["text"])
            removed += len(r["text"])
        kept = sum(len(a.get("text") or "") for a in record.get("articles", ()))
        self.kept_chars += kept
        if removed + kept:
            loss = Loss(removed / (removed + kept), removed, kept, str(record.get("source", "")))
            if len(self.lost_most) < KEEP_WORST:
                heapq.heappush(self.lost_most, loss)
            elif loss > self.lost_most[0]:
                heapq.heapreplace(self.lost_most, loss)

    def worst(self) -> list[Loss]:
        """The pages that lost most, the largest share first."""
        return sorted(self.lost_most, reverse=True)

    def to_dict(self) -> dict[str, Any]:
        return {
            "pages": self.pages,
            "errors": self.errors,
            "truncated": self.truncated,
            "warnings": self.warnings,
            "removed_chars": dict(self.removed_chars.most_common()),
            "kept_chars": self.kept_chars,
            "top_rules": dict(self.rules.most_common(10)),
            "removed_chars_by_rule": dict(self.rule_chars.most_common(20)),
            "lost_most": [x.to_dict() for x in self.worst()],
            "skipped": {"records": sum(self.skipped.values()), "why": dict(self.skipped.most_common())},
        }

    def text(self) -> str:
        kinds = ", ".join(f"{k} {n}" for k, n in self.removed_chars.most_common()) or "none"
        rules = ", ".join(f"{k} ({n})" for k, n in self.rules.most_common(10)) or "none"
        return (
            f"pages: {self.pages}, errors: {self.errors}, truncated: {self.truncated}, "
            f"warnings: {self.warnings}\n"
            f"characters removed by kind: {kinds}\n"
            f"rules that fired most: {rules}" + self._skipped_line()
        )

    def _skipped_line(self) -> str:
        if not self.skipped:
            return ""
        why = ", ".join(f"{k} {n}" for k, n in self.skipped.most_common(10))
        return f"\nWARC records skipped (no HTML page): {sum(self.skipped.values())} ({why})"


#: Bytes read at a time when skipping the rest of an over-long feed line.
_CHUNK = 1 << 20
#: A worker past its page's time limit gets this much longer to return the
#: page's own timeout error (the deadline is checked between stages, so a
#: stage may overrun it a little) before it is killed and replaced.
KILL_GRACE = 2.0
#: A page whose worker dies this many times is an error record; the first
#: death may have been another process's fault (the OOM killer picks by size).
MAX_TRIES = 2
#: Pages handed to a worker at once. One: a worker only sends when it has
#: finished, and the parent only sends to a worker that waits for a page, so
#: neither can block on a full pipe while the other blocks on its own (with
#: two, a 300 KB page sent while a 300 KB record comes back deadlocked both).
PER_WORKER = 1


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


#: Parquet tables (see :mod:`pagestrip.parquet`), read row by row when a page column is named.
PARQUET_SUFFIXES = (".parquet", ".pq")


def folder_suffixes(jsonl_field: str | None, parquet_column: str | None = None) -> tuple[str, ...]:
    """The suffixes a folder gives by default: page files and WARC files, feeds when a feed
    field is named, Parquet tables when a page column is."""
    return (
        PAGE_SUFFIXES
        + (".warc",)
        + (FEED_SUFFIXES if jsonl_field else ())
        + (PARQUET_SUFFIXES if parquet_column else ())
    )


#: The key a feed record's result goes under, unless the user names another.
RESULT_FIELD = "pagestrip"


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
        from .parquet import parquet_jobs  # imports this module (and pyarrow): loaded when a table is read

        yield from parquet_jobs(path, source, parquet_column, url_field, max_bytes, result_field)
        return
    if is_warc(path):
        from .warc import warc_jobs  # imports this module: loaded when a WARC is read

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


def _feed_jobs(
    path: str,
    source: str,
    jsonl_field: str,
    url_field: str | None,
    max_bytes: int | None,
    result_field: str = RESULT_FIELD,
) -> Iterator[Job]:
    """One job per record of a feed: JSON Lines, or a JSON array of objects (Scrapy's
    ``-o items.json``), told apart by the first byte. A record longer than
    ``max_bytes`` is an error record, and so is one that is no object, lacks
    the page field or holds no text in it; the records after it go on."""
    n = 0
    held: Job | None = None  # the last record is held back to be given the bytes left at the end
    try:
        with _open(path) as f:
            size = _disk_size(f)
            accounted = 0
            first = _first_byte(f)
            records = _ArrayRecords(f, max_bytes) if first == b"[" else _line_records(f, first, max_bytes)
            for n, item, error in records:
                where = f"{source}:{n}"
                job = (
                    Job(where, None, fields={}, error=error)
                    if error is not None
                    else _feed_job(where, item, jsonl_field, url_field, result_field)
                )
                position = _disk_position(f)
                job.consumed, accounted = max(0, position - accounted), max(accounted, position)
                if held is not None:
                    yield held
                held = job
            if held is not None:
                held.consumed += max(0, size - accounted)
    except (OSError, EOFError, zlib.error) as exc:
        if held is not None:
            yield held
            held = None
        yield Job(f"{source}:{n + 1}" if n else source, None, fields={}, error=_why(exc))
    if held is not None:
        yield held


def feed_fields(path: str, max_bytes: int = _CHUNK) -> list[str] | None:
    """The fields of the first record if ``path`` is named and shaped like a feed (its first
    record a JSON object), else None: such a file cleaned as one page is never what was meant."""
    if not _is_feed(path):
        return None
    try:
        with _open(path) as f:
            first = _first_byte(f)
            records = _ArrayRecords(f, max_bytes) if first == b"[" else _line_records(f, first, max_bytes)
            _, item, _ = next(iter(records), (0, None, None))
    except (OSError, EOFError, zlib.error):
        return None
    return list(item) if isinstance(item, dict) else None


def _feed_job(where: str, item: Any, jsonl_field: str, url_field: str | None, result_field: str) -> Job:
    """The job for one parsed feed record: its page, URL and other fields, or an error."""
    if not isinstance(item, dict):
        return Job(where, None, fields={}, error=f"not a JSON object, so no field {jsonl_field!r}")
    if jsonl_field not in item:
        return Job(where, None, fields=item, error=f"no field {jsonl_field!r}")
    page = item.pop(jsonl_field)
    if result_field in item:  # its error goes under that key in its place
        return Job(
            where,
            None,
            fields=item,
            error=f"the record already has a field {result_field!r}, where "
            "its result would go; name another with --result-field",
        )
    if not isinstance(page, (str, bytes)):  # null is a page that was not fetched, not the text "None"
        what = "null" if page is None else f"a JSON {type(page).__name__}, not text"
        return Job(where, None, fields=item, error=f"field {jsonl_field!r} is {what}")
    url = item.get(url_field) if url_field else None
    return Job(where, page, url=url if isinstance(url, str) else None, fields=item)


#: A feed record as read: its number (from 1), the parsed JSON value, or why it could not be read.
FeedRecord = tuple[int, Any, "str | None"]


def _first_byte(f: BinaryIO) -> bytes:
    """The first byte of ``f`` that is not white space (b"" for an empty file)."""
    b = f.read(1)
    while b and b.isspace():
        b = f.read(1)
    return b


def _line_records(f: BinaryIO, first: bytes, max_bytes: int | None) -> Iterator[FeedRecord]:
    """The records of a JSON Lines feed whose first byte, ``first``, was read already."""
    n = 0
    pending = first
    while True:
        limit = max_bytes + 1 - len(pending) if max_bytes is not None else -1
        raw = pending + f.readline(limit)
        pending = b""
        if not raw:
            return
        n += 1
        if max_bytes is not None and len(raw) > max_bytes and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line, a chunk at a time
                raw = f.readline(_CHUNK)
            yield n, None, f"feed line longer than {max_bytes} bytes: not read"
            continue
        if not raw.strip():
            continue
        try:
            yield n, json.loads(raw), None
        except ValueError as exc:
            yield n, None, f"not JSON: {exc}"


class _ArrayRecords:
    """The records of a JSON array (``[`` already read), one at a time, in bounded memory.

    A JSON array is one document, but a crawl exported as one can be larger
    than memory, so the items are decoded one by one from a sliding buffer;
    an item longer than ``max_bytes`` is skipped by scanning its brackets and
    strings, without keeping it.
    """

    _SPACE = re.compile(r"[\s,]*")
    _OUTSIDE = re.compile(r'["{}\[\]]')
    _INSIDE = re.compile(r'["\\]')
    _DECODER = json.JSONDecoder()

    def __init__(self, f: BinaryIO, max_bytes: int | None) -> None:
        self.f = f
        self.max = max_bytes
        self.text = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.broken = False

    def _more(self, size: int = _CHUNK) -> None:
        """Read about ``size`` more bytes, dropping what was consumed."""
        chunk = self.f.read(size)
        self.eof = not chunk
        self.buf = self.buf[self.pos :] + self.text.decode(chunk, final=self.eof)
        self.pos = 0

    def __iter__(self) -> Iterator[FeedRecord]:
        n = 0
        while True:
            space = self._SPACE.match(self.buf, self.pos)
            assert space is not None  # [\s,]* matches everywhere, if only the empty string
            self.pos = space.end()
            if self.pos == len(self.buf):
                if self.eof:
                    if n and not self.broken:  # a cut-off array: what was read is kept, the end reported
                        yield n + 1, None, "not JSON: the array is not closed (a cut-off file?)"
                    return
                self._more()
                continue
            if self.buf[self.pos] == "]":
                return
            n += 1
            yield self._item(n)

    def _item(self, n: int) -> FeedRecord:
        while True:
            try:
                item, end = self._DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if self.eof:  # nothing after it can be told apart: the array ends here
                    self.pos = len(self.buf)
                    self.broken = True
                    return n, None, f"not JSON: {exc.msg}"
                if self.max is not None and len(self.buf) - self.pos > self.max:
                    self._skip()
                    return n, None, f"feed record longer than {self.max} bytes: not read"
                self._more(max(_CHUNK, len(self.buf) - self.pos))
                continue
            too_long = self.max is not None and end - self.pos > self.max
            self.pos = end
            if too_long:  # as a JSON Lines feed's over-long line: the same cap, whatever the layout
                return n, None, f"feed record longer than {self.max} bytes: not read"
            return n, item, None

    def _skip(self) -> None:
        """Move past the value at ``pos`` (an over-long one), reading on as needed."""
        depth = 0
        inside = False
        while True:
            pattern = self._INSIDE if inside else self._OUTSIDE
            m = pattern.search(self.buf, self.pos)
            if m is None or (m.group() == "\\" and m.end() == len(self.buf)):
                if self.eof:
                    self.pos = len(self.buf)
                    return
                self.pos = m.start() if m else len(self.buf)
                self._more()
                continue
            c = m.group()
            self.pos = m.end()
            if c == "\\":
                self.pos += 1  # the escaped character
            elif c == '"':
                inside = not inside
                if not inside and depth == 0:
                    return
            elif c in "{[":
                depth += 1
            else:
                depth -= 1
                if depth <= 0:
                    return


def output_record(job: Job, record: dict[str, Any], result_field: str = RESULT_FIELD) -> dict[str, Any]:
    """What is written for a page: its record as it is for a file; for a feed record,
    the record's own fields untouched, with the result under ``result_field``.

    Merging the result's keys into the feed record overwrote the crawler's
    ``url``, ``title`` or ``source`` with pagestrip's (``url: null`` when no
    ``--url-field`` was given); one key of our own cannot.
    """
    if job.fields is None:
        return record
    return {**job.fields, result_field: record}


def process(job: Job, options: dict[str, Any]) -> dict[str, Any]:
    """Clean one job into its result record (``source``, then the result or ``error``);
    never raises. :func:`output_record` places it in what is written."""
    base: dict[str, Any] = {"source": job.source}
    if job.error is not None:
        return {**base, "error": job.error}
    try:
        if job.content_type is not None:
            options = {**options, "content_type": job.content_type}
        result = clean(job.data, url=job.url, **options)
    except PagestripError as exc:  # binary input, a timeout: the message says it all
        return {**base, "error": str(exc)}
    except Exception as exc:  # a bug must not end a crawl: report it in the record
        return {**base, "error": f"{type(exc).__name__}: {exc}"}
    record = result.to_dict()
    record.pop("source", None)
    if job.warnings:
        record["warnings"] = [*job.warnings, *record.get("warnings", ())]
    return {**base, **record}


def run(
    jobs: Iterable[Job],
    options: dict[str, Any],
    workers: int = 1,
    window: int | None = None,
    isolate: bool | None = None,
) -> Iterator[tuple[Job, dict[str, Any]]]:
    """Records in input order.

    With ``workers`` > 1, or ``isolate`` (default: whenever ``options`` has a
    ``timeout``), pages are cleaned in worker processes, ``window`` pages in
    flight, and a worker that dies or passes the page's time limit is
    replaced (see the module's docstring). Otherwise in this process.
    """
    if workers < 1:  # max(1, -3) would hide a caller's mistake
        raise ValueError(f"workers must be at least 1, not {workers}")
    if isolate is None:
        isolate = workers > 1 or options.get("timeout") is not None
    if not isolate:
        for job in jobs:
            yield job, process(job, options)
        return
    yield from _Pool(options, max(1, workers), window or max(1, workers) * 4).run(jobs)


#: The parent's ends of the workers' pipes. A forked worker inherits them all;
#: it closes them, so that when the parent dies each worker's pipe really
#: closes (instead of staying open in its siblings) and the worker ends.
_PARENT_ENDS: weakref.WeakSet[multiprocessing.connection.Connection] = weakref.WeakSet()


def _serve(conn: multiprocessing.connection.Connection, options: dict[str, Any], parent: int) -> None:
    """A worker's loop: receive ``(seq, job)``, send ``(seq, record)``; stop on None or when orphaned."""
    for other in list(_PARENT_ENDS):
        with contextlib.suppress(OSError):
            other.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C goes to the parent, which stops us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, inherited by fork
    while True:
        while not conn.poll(1.0):
            if os.getppid() != parent:  # the parent was killed: do not linger
                return
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        seq, job = msg
        record = process(job, options)
        try:
            conn.send((seq, record))
        except (OSError, ValueError):
            return
        except Exception as exc:  # a record that cannot be pickled: still one record
            conn.send((seq, {"source": job.source, "error": f"{type(exc).__name__}: {exc}"}))


class _Worker:
    """One worker process and the pages it holds (the first is the one being cleaned)."""

    def __init__(self, options: dict[str, Any]) -> None:
        ctx = multiprocessing.get_context()
        self.conn, child = ctx.Pipe()
        _PARENT_ENDS.add(self.conn)
        self.proc = ctx.Process(target=_serve, args=(child, options, os.getpid()), daemon=True)
        self.proc.start()
        child.close()
        self.pending: deque[int] = deque()
        self.started = 0.0  # when the first pending page started

    def give(self, seq: int, job: Job) -> bool:
        """Send a page; False if the worker is gone (it died after its last answer)."""
        try:
            self.conn.send((seq, job))
        except (OSError, ValueError):
            return False
        if not self.pending:
            self.started = time.monotonic()
        self.pending.append(seq)
        return True

    def answered(self, seq: int) -> None:
        """The worker sent ``seq``'s record: the next pending page starts now."""
        if self.pending and self.pending[0] == seq:
            self.pending.popleft()
        self.started = time.monotonic()

    def stop(self, kill: bool) -> None:
        if not kill:
            try:
                self.conn.send(None)
            except (OSError, ValueError):
                kill = True
        if kill and self.proc.is_alive():
            self.proc.kill()
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(timeout=5)
        self.conn.close()


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exited with status {exitcode}"


class _Pool:
    """Worker processes that each clean one page at a time; see the module's docstring."""

    def __init__(self, options: dict[str, Any], workers: int, window: int) -> None:
        self.options = options
        self.n = workers
        self.window = window
        timeout = options.get("timeout")
        self.kill_after = timeout + KILL_GRACE if timeout else None
        self.timeout = timeout

    def run(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, dict[str, Any]]]:
        it = iter(jobs)
        held: dict[int, Job] = {}
        done: dict[int, dict[str, Any]] = {}
        tries: Counter[int] = Counter()
        queue: deque[int] = deque()
        pool: list[_Worker] = []
        next_seq = out_seq = 0
        exhausted = False
        clean_exit = False
        try:
            pool = [_Worker(self.options) for _ in range(self.n)]
            while True:
                while not exhausted and next_seq - out_seq < self.window:
                    job = next(it, None)
                    if job is None:
                        exhausted = True
                        break
                    held[next_seq] = job
                    if job.error is not None:
                        done[next_seq] = process(job, self.options)
                    else:
                        queue.append(next_seq)
                    next_seq += 1
                while out_seq in done:
                    yield held.pop(out_seq), done.pop(out_seq)
                    out_seq += 1
                if exhausted and out_seq == next_seq:
                    break
                if out_seq in done or (not exhausted and next_seq - out_seq < self.window):
                    continue
                for depth in range(PER_WORKER):
                    for i, w in enumerate(pool):
                        if len(w.pending) <= depth and queue:
                            seq = queue.popleft()
                            if not w.give(seq, held[seq]):  # died idle: replace it, page first in line
                                queue.appendleft(seq)
                                w.stop(kill=True)
                                pool[i] = _Worker(self.options)
                self._wait(pool, held, done, tries, queue)
            clean_exit = True
        finally:
            for w in pool:
                w.stop(kill=not clean_exit)

    def _wait(
        self,
        pool: list[_Worker],
        held: dict[int, Job],
        done: dict[int, dict[str, Any]],
        tries: Counter[int],
        queue: deque[int],
    ) -> None:
        """Wait for a result, a death or a time limit, and deal with it."""
        busy = [w for w in pool if w.pending]
        if not busy:
            return
        wait_for: float | None = None
        if self.kill_after is not None:
            now = time.monotonic()
            wait_for = max(0.0, min(w.started + self.kill_after - now for w in busy))
        handles: list[Any] = [w.conn for w in busy] + [w.proc.sentinel for w in busy]
        multiprocessing.connection.wait(handles, timeout=wait_for)
        for i, w in enumerate(pool):
            try:
                while w.pending and w.conn.poll():
                    rseq, record = w.conn.recv()
                    done[rseq] = record
                    w.answered(rseq)
            except Exception:  # EOF, or a record cut off by the worker's death: seen as dead below
                pass
            if not w.pending:
                if not w.proc.is_alive():  # died right after its last answer: replace it now
                    w.stop(kill=True)
                    pool[i] = _Worker(self.options)
                continue
            seq = w.pending[0]
            job = held[seq]
            if not w.proc.is_alive():
                w.proc.join()
                tries[seq] += 1
                how = _death(w.proc.exitcode)
                if tries[seq] >= MAX_TRIES:
                    done[seq] = {
                        "source": job.source,
                        "error": f"the worker cleaning this page was {how}, {tries[seq]} times "
                        "(out of memory, or a crash in a C library)",
                    }
                    w.pending.popleft()
                # The page it was on once more (unless it has had its tries), and the ones
                # waiting behind it, in a fresh worker, ahead of everything else.
                queue.extendleft(reversed(w.pending))
                w.stop(kill=True)
                pool[i] = _Worker(self.options)
            elif self.kill_after is not None and time.monotonic() - w.started > self.kill_after:
                done[seq] = {
                    "source": job.source,
                    "error": f"page timed out after {self.timeout:g} s; its worker was stopped",
                }
                w.pending.popleft()
                queue.extendleft(reversed(w.pending))
                w.stop(kill=True)
                pool[i] = _Worker(self.options)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
