"""WARC input: the HTML pages of a crawl's ``.warc``/``.warc.gz`` files, one job each.

Crawls are stored as WARC (Common Crawl, ``wget --warc-file``, Heritrix,
Scrapy's WARC middlewares), so a batch reads them as they are. Only
``response`` records are pages; of those, only HTML ones with a 2xx status
are cleaned, and the rest (images, PDFs, redirects, error pages) are counted
by why they were skipped, so a summary says what the crawl held beyond pages.

The record is read with FastWARC (the ``warc`` extra): about three times
warcio's speed on the same WARC (``benchmarks/warc_readers.py``), the
compressed stream told by its first bytes, and HTTP chunking and
``Content-Encoding`` undone. The HTTP ``Content-Type`` (its charset) goes to
:func:`pagestrip.clean` with the page, and the target URI as its URL (for
site profiles). Each job passes the record's id, URI, date and content type
through as its own fields, so the output record names the WARC record it
came from.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from typing import Any

from .batch import Job, is_warc  # noqa: F401  (is_warc: part of this module's interface)

#: HTTP content types cleaned; any other response is skipped and counted by its type.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: What an install needs to read WARC files: said in the error record when FastWARC is missing.
MISSING = "a WARC file: install the warc extra to read it (pip install 'pagestrip[warc]')"


def warc_jobs(path: str, source: str, max_bytes: int | None, skipped: Counter[str] | None = None) -> Iterator[Job]:
    """One job per HTML response of the WARC file at ``path``, in file order.

    ``source`` of each job is ``SOURCE:OFFSET``, the record's byte offset in
    the file (of the compressed file, as a CDX index gives it), so the record
    can be found again. Responses that are no page are added to ``skipped``
    (by content type, or ``HTTP <status>``). An unreadable file, or a break
    in it (corrupt gzip, a broken header), is one error job; the records
    read before it stand.
    """
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError:
        yield Job(source, None, fields={}, error=MISSING)
        return
    held: Job | None = None  # held back until the next record's offset says how many bytes it took
    accounted = position = size = 0
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            for record in ArchiveIterator(f, record_types=WarcRecordType.response, auto_decode="all"):
                position = record.stream_pos
                job = _job(record, f"{source}:{position}", max_bytes, skipped)
                if job is None:
                    continue
                if held is not None:
                    held.consumed, accounted = position - accounted, position
                    yield held
                held = job
            position = size
    except Exception as exc:  # OSError for a corrupt stream; anything else a reader bug: one record either way
        if held is not None:
            held.consumed, accounted = position - accounted, position
            yield held
        held = Job(f"{source}:{position}", None, fields={}, error=f"unreadable WARC: {exc}")
        position = size
    if held is not None:
        held.consumed = max(0, position - accounted)
        yield held


def _job(record: Any, where: str, max_bytes: int | None, skipped: Counter[str] | None) -> Job | None:
    """The job for one response record, or None (counted in ``skipped``) when it is no HTML page."""
    status = record.http_headers.status_code if record.is_http else None
    ctype = (record.http_content_type or "").lower()
    why = None
    if status is None:
        why = "no HTTP response"
    elif not 200 <= status < 300:
        why = f"HTTP {status}"
    elif ctype not in HTML_TYPES:
        why = ctype or "no content type"
    if why is not None:
        if skipped is not None:
            skipped[why] += 1
        return None
    fields = {
        "warc_record_id": record.record_id,
        "url": record.headers.get("WARC-Target-URI"),
        "warc_date": record.headers.get("WARC-Date"),
        "content_type": record.http_headers.get("Content-Type"),
    }
    try:
        data = record.reader.read(max_bytes + 1) if max_bytes is not None else record.reader.read()
    except Exception as exc:  # a payload that cannot be decoded (bad gzip Content-Encoding)
        return Job(where, None, fields=fields, error=f"unreadable WARC record: {exc}")
    warnings = []
    if max_bytes is not None and len(data) > max_bytes:
        data = data[:max_bytes]
        warnings.append(f"input longer than {max_bytes} bytes cut to the first {max_bytes}; the rest was not read")
    return Job(where, data, url=fields["url"], fields=fields, content_type=fields["content_type"], warnings=warnings)
