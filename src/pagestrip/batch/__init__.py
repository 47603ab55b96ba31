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

The package reads like the data flow: :mod:`.paths` names and opens input
files, :mod:`.inputs` turns files, folders and standard input into jobs (with
:mod:`.feeds` for JSON Lines and JSON arrays; WARC files and Parquet tables in
:mod:`pagestrip.warc` and :mod:`pagestrip.parquet`), :mod:`.records` holds the
job, the record a job is cleaned into and the summary, and :mod:`.workers` the
pool of worker processes that cleans them in order.
"""

from __future__ import annotations

from .feeds import _CHUNK, FeedRecord, _ArrayRecords, _feed_job, _feed_jobs, _first_byte, _line_records, feed_fields
from .inputs import _cut_warning, _file_jobs, _read_capped, _same_file, _wanted, folder_suffixes, iter_files, iter_jobs
from .paths import (
    FEED_SUFFIXES,
    PAGE_SUFFIXES,
    PARQUET_SUFFIXES,
    WARC_SUFFIXES,
    _disk_position,
    _disk_size,
    _is_feed,
    _open,
    _why,
    display_name,
    is_warc,
)
from .records import KEEP_ERRORS, KEEP_WORST, RESULT_FIELD, Job, Loss, Summary, output_record, process
from .workers import (
    _PARENT_ENDS,
    KILL_GRACE,
    MAX_TRIES,
    PER_WORKER,
    _death,
    _Pool,
    _serve,
    _Worker,
    default_workers,
    run,
)

__all__ = [
    "FEED_SUFFIXES",
    "KEEP_ERRORS",
    "KEEP_WORST",
    "KILL_GRACE",
    "MAX_TRIES",
    "PAGE_SUFFIXES",
    "PARQUET_SUFFIXES",
    "PER_WORKER",
    "RESULT_FIELD",
    "WARC_SUFFIXES",
    "_CHUNK",
    "_PARENT_ENDS",
    "FeedRecord",
    "Job",
    "Loss",
    "Summary",
    "_ArrayRecords",
    "_Pool",
    "_Worker",
    "_cut_warning",
    "_death",
    "_disk_position",
    "_disk_size",
    "_feed_job",
    "_feed_jobs",
    "_file_jobs",
    "_first_byte",
    "_is_feed",
    "_line_records",
    "_open",
    "_read_capped",
    "_same_file",
    "_serve",
    "_wanted",
    "_why",
    "default_workers",
    "display_name",
    "feed_fields",
    "folder_suffixes",
    "is_warc",
    "iter_files",
    "iter_jobs",
    "output_record",
    "process",
    "run",
]
