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

from .feeds import (
    _CHUNK as _CHUNK,
)
from .feeds import (
    FeedRecord as FeedRecord,
)
from .feeds import (
    _ArrayRecords as _ArrayRecords,
)
from .feeds import (
    _feed_job as _feed_job,
)
from .feeds import (
    _feed_jobs as _feed_jobs,
)
from .feeds import (
    _first_byte as _first_byte,
)
from .feeds import (
    _line_records as _line_records,
)
from .feeds import (
    feed_fields as feed_fields,
)
from .inputs import (
    _cut_warning as _cut_warning,
)
from .inputs import (
    _file_jobs as _file_jobs,
)
from .inputs import (
    _read_capped as _read_capped,
)
from .inputs import (
    _same_file as _same_file,
)
from .inputs import (
    _wanted as _wanted,
)
from .inputs import (
    folder_suffixes as folder_suffixes,
)
from .inputs import (
    iter_files as iter_files,
)
from .inputs import (
    iter_jobs as iter_jobs,
)
from .paths import (
    FEED_SUFFIXES as FEED_SUFFIXES,
)
from .paths import (
    PAGE_SUFFIXES as PAGE_SUFFIXES,
)
from .paths import (
    PARQUET_SUFFIXES as PARQUET_SUFFIXES,
)
from .paths import (
    WARC_SUFFIXES as WARC_SUFFIXES,
)
from .paths import (
    _disk_position as _disk_position,
)
from .paths import (
    _disk_size as _disk_size,
)
from .paths import (
    _is_feed as _is_feed,
)
from .paths import (
    _open as _open,
)
from .paths import (
    _why as _why,
)
from .paths import (
    display_name as display_name,
)
from .paths import (
    is_warc as is_warc,
)
from .records import (
    KEEP_ERRORS as KEEP_ERRORS,
)
from .records import (
    KEEP_WORST as KEEP_WORST,
)
from .records import (
    RESULT_FIELD as RESULT_FIELD,
)
from .records import (
    Job as Job,
)
from .records import (
    Loss as Loss,
)
from .records import (
    Summary as Summary,
)
from .records import (
    output_record as output_record,
)
from .records import (
    process as process,
)
from .workers import (
    _PARENT_ENDS as _PARENT_ENDS,
)
from .workers import (
    KILL_GRACE as KILL_GRACE,
)
from .workers import (
    MAX_TRIES as MAX_TRIES,
)
from .workers import (
    PER_WORKER as PER_WORKER,
)
from .workers import (
    _death as _death,
)
from .workers import (
    _Pool as _Pool,
)
from .workers import (
    _serve as _serve,
)
from .workers import (
    _Worker as _Worker,
)
from .workers import (
    default_workers as default_workers,
)
from .workers import (
    run as run,
)
