"""Where ``pagestrip clean`` writes: the output file or stdout a whole line at a time, a
Parquet table, one file a page under ``--out-dir``, and the progress bar and messages on stderr."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from typing import Any

from .. import formats
from ..batch import (
    Job,
    Summary,
    display_name,
    output_record,
)
from .common import _SURROGATE, OutputError, StdoutClosed


class _Output:
    """Where records go: a file or stdout, written as UTF-8 bytes a whole line at a time.

    If a write fails (a full disk), the file is cut back to the end of the
    last whole line, so what is left is valid JSON Lines, and the failure is
    one :class:`OutputError` line.
    """

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.name = path or "standard output"
        if path is not None:
            self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        else:
            sys.stdout.flush()
            self.fd = sys.stdout.fileno()
        self.good = 0  # bytes written in whole lines

    def write(self, text: str) -> None:
        """Write whole lines unbuffered: nothing is left in a buffer to be flushed
        (and to fail, or land after the cut) at exit."""
        data = memoryview(_SURROGATE.sub("\ufffd", text).encode("utf-8"))
        try:
            while data:
                n = os.write(self.fd, data)
                data = data[n:]
        except BrokenPipeError:
            if self.path is None:
                raise StdoutClosed() from None
            self._rewind()
            raise OutputError(f"{self.name}: write failed: reader closed the pipe") from None
        except OSError as exc:
            self._rewind()
            raise OutputError(f"{self.name}: write failed: {exc.strerror or exc}") from None
        if self.path is not None:
            with contextlib.suppress(OSError):  # a FIFO: nothing to cut back
                self.good = os.lseek(self.fd, 0, os.SEEK_CUR)

    def _rewind(self) -> None:
        if self.path is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(self.fd, self.good)

    def close(self) -> None:
        if self.path is not None:
            os.close(self.fd)


def _close_quietly(out: _Output, text: str) -> None:
    """Write the end of the output on the way out of an interrupted run, if it still can be."""
    with contextlib.suppress(OutputError, StdoutClosed):
        out.write(text)


class _Table:
    """``--format parquet``: rows to the output file through :class:`pagestrip.parquet.TableWriter`,
    a write failure one :class:`OutputError` line as for the other formats."""

    def __init__(self, out: _Output, result_field: str) -> None:
        from ..parquet import TableWriter

        self.name = out.name
        self.file = os.fdopen(out.fd, "wb", closefd=False)
        self.writer = TableWriter(self.file, result_field)

    def add(self, job: Job, record: dict[str, Any]) -> None:
        self._do(self.writer.add, job, record)

    def close(self, quietly: bool = False) -> None:
        try:
            self._do(self.writer.close)
            self._do(self.file.flush)
        except OutputError:
            if not quietly:
                raise

    def _do(self, action: Any, *args: Any) -> None:
        try:
            action(*args)
        except OSError as exc:
            raise OutputError(f"{self.name}: write failed: {exc.strerror or exc}") from None


def _report(job: Job, record: dict[str, Any], quiet: bool, progress: Progress) -> None:
    if "error" in record:
        progress.write(f"pagestrip: {job.source}: {record['error']}")
    elif not quiet:
        for w in record.get("warnings", ()):
            progress.write(f"pagestrip: {job.source}: warning: {w}")


def _write(
    job: Job,
    record: dict[str, Any],
    fmt: str,
    out: _Output,
    args: argparse.Namespace,
    single: bool,
    targets: set[str],
    progress: Progress,
) -> None:
    if fmt in ("json", "jsonl"):  # the feed record's own fields, with the result beside them
        record = output_record(job, record, args.result_field)
    if args.out_dir:
        _write_file(job, record, fmt, args.out_dir, targets, progress)
        return
    if fmt == "csv":
        out.write(formats.csv_rows(record))
        return
    if fmt == "text" and not single:
        out.write(f"==> {job.source} <==\n")
    if fmt == "markdown" and not single:
        error = f" — error: {record['error']}" if "error" in record else ""
        out.write(f"<!-- source: {job.source}{error} -->\n\n")
    out.write(_render(record, fmt, single) + ("" if fmt == "json" and not single else "\n"))


def _write_file(
    job: Job, record: dict[str, Any], fmt: str, out_dir: str, targets: set[str], progress: Progress
) -> None:
    """One page's file under ``out_dir``. Two inputs that map to one path (``x`` and
    ``x.gz``; one name in two folders) never overwrite each other: the later one
    gets ``.2``, ``.3``… before its suffix, with a warning."""
    rel = job.relpath or job.source.replace(os.sep, "_").replace(":", "_")
    if rel.endswith(".gz"):
        rel = rel[:-3]
    suffix = _SUFFIX[fmt]
    target = os.path.join(out_dir, rel + suffix)
    n = 1
    while target in targets:
        n += 1
        target = os.path.join(out_dir, f"{rel}.{n}{suffix}")
    if n > 1:
        progress.write(
            f"pagestrip: {job.source}: warning: its output name was taken by another input; "
            f"written to {display_name(target)}"
        )
    targets.add(target)
    text = _render(record, fmt, single=False) + "\n"
    try:
        os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
        with open(target, "wb") as f:
            f.write(_SURROGATE.sub("\ufffd", text).encode("utf-8"))
    except OSError as exc:
        raise OutputError(f"{display_name(target)}: write failed: {exc.strerror or exc}") from None


#: The file suffix of each output format under --out-dir.
_SUFFIX = {"text": ".txt", "markdown": ".md", "json": ".json", "jsonl": ".json", "csv": ".csv"}


def _render(record: dict[str, Any], fmt: str, single: bool) -> str:
    """One page's output in ``fmt`` (without its trailing newline)."""
    if fmt == "jsonl":
        return json.dumps(record, ensure_ascii=False)
    if fmt == "json":
        if single:
            record = {k: v for k, v in record.items() if k != "source"}
        return json.dumps(record, ensure_ascii=False, indent=2)
    if fmt == "markdown":
        return formats.markdown(record)
    if fmt == "csv":
        return (formats.csv_header() + formats.csv_rows(record)).rstrip("\n")
    return formats.plain(record)


def _terminal_width() -> int | None:
    """None to follow the terminal's size; 100 columns (and 24 rows) when it reports none: a
    pseudo-terminal opened by ``script``, ``docker -t`` or a test is 0 x 0, and tqdm then
    draws nothing at all."""
    try:
        return None if os.get_terminal_size(sys.stderr.fileno()).columns > 0 else 100
    except (OSError, ValueError):
        return 100


class Progress:
    """A progress bar on stderr (a terminal only), by bytes of input consumed.

    Bytes, not pages: a feed's page count is unknown until it is read, while
    its size is known, and each job carries the bytes it consumed
    (:attr:`Job.consumed`), so the percentage and ETA hold for feeds and
    ``.gz`` alike. Messages go through :meth:`write`, above the bar, so a
    warning never lands on the bar's line.
    """

    def __init__(self, enabled: bool, total_bytes: int | None = None) -> None:
        self.bar = None
        if enabled:
            from tqdm import tqdm

            width = _terminal_width()
            self.bar = tqdm(
                total=total_bytes or None,
                unit="B",
                unit_scale=True,
                unit_divisor=1024,
                dynamic_ncols=width is None,
                ncols=width,
                nrows=None if width is None else 24,
                file=sys.stderr,
                leave=True,
                mininterval=0.2,
            )
        self.start = time.monotonic()
        self.last = 0.0

    def tick(self, summary: Summary, job: Job | None = None) -> None:
        if self.bar is None:
            return
        self.bar.update(job.consumed if job is not None else 0)
        now = time.monotonic()
        if now - self.last >= 0.5:
            self.last = now
            rate = summary.pages / max(1e-9, now - self.start)
            self.bar.set_postfix_str(
                f"{summary.pages} pages, {rate:.{1 if rate < 10 else 0}f}/s, {summary.errors} errors, "
                f"{summary.warnings} warnings",
                refresh=False,
            )

    def write(self, message: str) -> None:
        """One line on stderr, above the bar when there is one."""
        if self.bar is None:
            print(message, file=sys.stderr)
        else:
            self.bar.write(message, file=sys.stderr)

    def done(self, summary: Summary | None = None) -> None:
        if self.bar is None:
            return
        if summary is not None:
            self.bar.set_postfix_str(
                f"{summary.pages} pages, {summary.errors} errors, {summary.warnings} warnings", refresh=False
            )
        self.bar.close()
        self.bar = None
