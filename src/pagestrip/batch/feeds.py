"""Feeds into jobs: JSON Lines or a JSON array of records (Scrapy's
``-o items.json``), streamed record by record.
"""

from __future__ import annotations

import codecs
import json
import re
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from .paths import _disk_position, _disk_size, _is_feed, _open, _why
from .records import RESULT_FIELD, Job

#: Bytes read at a time when skipping the rest of an over-long feed line.
_CHUNK = 1 << 20


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
