"""``pagestrip clean --scheduler``: the local batch's inputs cut into parts, cleaned
on a Dask cluster a few parts a worker ahead, and written in input order.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import uuid
from collections import deque
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from ...batch import Job, Summary, folder_suffixes, iter_jobs, output_record, process
from ...pipeline import DEFAULT_MAX_CHARS, MAX_BYTES_PER_CHAR
from .shipping import _options, _spec

#: Seconds to wait for a scheduler named by ``--scheduler tcp://…`` before saying it cannot be reached.
CONNECT_TIMEOUT = 10.0
#: Partitions per worker when ``--partitions`` is not given: enough for an even spread and a
#: moving progress bar, few enough that a part file is not a handful of pages.
PARTS_PER_WORKER = 3
#: Bytes of pages read ahead to split a small input evenly into its parts. An input that
#: does not end within them is big: it is cut into parts of :data:`PART_BYTES` as it is read,
#: so that a crawl of any size is never held whole on this machine (or in the scheduler).
READ_AHEAD = 64 * 2**20
#: Bytes of pages in a part of a big input: a few seconds to a minute of one worker's time,
#: so a worker's death costs little to redo, and 16 MiB × 100 000 parts before the
#: five-digit part numbers run out.
PART_BYTES = 16 * 2**20
#: Parts sent to the cluster and not yet written, per worker: each worker has the next part
#: waiting while this machine writes, and the pages in flight stay a few parts per worker.
IN_FLIGHT_PER_WORKER = 2
#: The output formats ``--scheduler`` writes, with their part files' suffixes.
PART_SUFFIX = {"jsonl": ".jsonl", "parquet": ".parquet"}


def _clean_jobs(jobs: list[Job], spec: bytes) -> list[tuple[Job, dict[str, Any]]]:
    """One partition of jobs cleaned on a worker: each job (a copy without its page, so the page
    is not shipped back) with its result record, as :func:`pagestrip.batch.run` gives them.
    The jobs themselves are left as they came: a part run again (its worker died) must find
    its pages where they were."""
    options = _options(spec)
    return [(replace(job, data=None), process(job, options)) for job in jobs]


def run_cli(args: Any) -> int:
    """``pagestrip clean INPUTS --scheduler local|tcp://HOST:PORT -o DIR``: the local batch's
    inputs, cleaned on a Dask cluster, written as ``DIR/part-00000.jsonl`` … (or ``.parquet``),
    records in input order within and across parts. Exit status as for ``pagestrip clean``."""
    from ... import cli

    try:
        options, fmt, workers = _cli_setup(args, cli)
    except cli.UsageError as exc:
        print(f"pagestrip: {exc}", file=sys.stderr)
        return 2
    show = sys.stderr.isatty() and not args.quiet
    summary = Summary()
    max_bytes = (args.max_chars or DEFAULT_MAX_CHARS) * (6 if args.jsonl_field else MAX_BYTES_PER_CHAR) + 4096
    # Inputs are read here, as the local batch reads them (files, folders, feeds, tables, WARC),
    # as the parts are sent, and shipped to the workers with the tasks; the parts are written
    # here, so -o is a folder on this machine and the workers need no shared file system.
    jobs: Iterator[Job] = iter_jobs(
        args.pages,
        glob=args.glob,
        jsonl_field=args.jsonl_field,
        url_field=args.url_field,
        max_bytes=max_bytes,
        result_field=args.result_field,
        exclude=cli._outputs(args),
        skipped=summary.skipped,
        parquet_column=args.parquet_column,
    )
    if args.url:
        jobs = (cli._with_url(j, args.url) for j in jobs)
    progress = cli.Progress(enabled=False)
    try:
        with _cluster(args.scheduler, workers) as client:
            n_workers = max(1, len(client.scheduler_info().get("workers", {})))
            n_parts = args.partitions or PARTS_PER_WORKER * n_workers
            if args.verbose:
                split = (
                    f"{n_parts} parts"
                    if args.partitions
                    else f"{n_parts} parts, or parts of {PART_BYTES >> 20} MiB past {READ_AHEAD >> 20} MiB of pages"
                )
                print(
                    f"pagestrip: cleaning on {n_workers} Dask worker{'s' if n_workers != 1 else ''} "
                    f"({args.scheduler}) in {split}",
                    file=sys.stderr,
                )
            progress = cli.Progress(
                enabled=show,
                total_bytes=cli._input_bytes(
                    args.pages, args.glob, cli._outputs(args), folder_suffixes(args.jsonl_field, args.parquet_column)
                )
                if show
                else None,
            )
            # --partitions N is N parts, which takes every page read before the first is sent
            parts = _parts(jobs, n_parts, None if args.partitions else READ_AHEAD, PART_BYTES)
            _run_parts(
                client, parts, IN_FLIGHT_PER_WORKER * n_workers, _spec(options), fmt, args, summary, progress, cli
            )
    except _Unreachable as exc:
        print(f"pagestrip: --scheduler {args.scheduler}: {exc}", file=sys.stderr)
        return 2
    except cli.OutputError as exc:
        progress.done()
        print(f"pagestrip: {exc} ({summary.pages} pages written)", file=sys.stderr)
        return cli.EXIT_WRITE_FAILED
    except KeyboardInterrupt:
        progress.done()
        print(f"pagestrip: interrupted after {summary.pages} pages", file=sys.stderr)
        return 130
    progress.done(summary)
    if not args.quiet:
        print(summary.text(), file=sys.stderr)
    return cli._write_summaries(args, summary) or (1 if summary.errors else 0)


def _page_bytes(job: Job) -> int:
    return len(job.data) if job.data is not None else 0


def _parts(jobs: Iterator[Job], n_parts: int, read_ahead: int | None, part_bytes: int) -> Iterator[list[Job]]:
    """The jobs in consecutive parts, read only as the parts are asked for.

    An input that ends within ``read_ahead`` bytes of pages (any input, with ``read_ahead``
    None) is ``n_parts`` parts whose page counts differ by one at most (one empty part for
    no input, so the output folder still reads as the empty output). A bigger input is cut
    into parts of ``part_bytes`` as it is read: this process then holds the read-ahead and
    the part being filled, not the crawl.
    """
    head: list[Job] = []
    size = 0
    for job in jobs:
        head.append(job)
        size += _page_bytes(job)
        if read_ahead is not None and size >= read_ahead:
            break
    else:
        n = max(1, min(n_parts, len(head)))
        each, more = divmod(len(head), n)
        start = 0
        for i in range(n):
            end = start + each + (i < more)
            yield head[start:end]
            start = end
        return
    head.reverse()  # popped from the end, so each job is let go of once it is in a part

    def rest() -> Iterator[Job]:
        while head:
            yield head.pop()
        yield from jobs

    part: list[Job] = []
    size = 0
    for job in rest():
        part.append(job)
        size += _page_bytes(job)
        if size >= part_bytes:
            yield part
            part, size = [], 0
    if part:
        yield part


class _Unreachable(Exception):
    """The scheduler could not be reached (or a local cluster started): one line, exit status 2."""


def _cli_setup(args: Any, cli: Any) -> tuple[dict[str, Any], str, int]:
    """The options as shipped, the output format and the local cluster's size; every argument
    checked (:class:`pagestrip.cli.UsageError`)."""
    scheduler = args.scheduler
    if scheduler != "local" and "://" not in scheduler:
        raise cli.UsageError(
            f"--scheduler {scheduler!r}: give 'local' or the scheduler's address, e.g. tcp://HOST:8786"
        )
    fmt = args.format or "jsonl"
    if fmt not in PART_SUFFIX:
        raise cli.UsageError(f"--scheduler writes jsonl or parquet parts, not --format {fmt}")
    if args.out_dir or not args.output or args.output == "-":
        raise cli.UsageError("--scheduler writes part files into a folder: give -o DIR")
    if os.path.exists(args.output) and not os.path.isdir(args.output):
        raise cli.UsageError(f"{args.output}: not a folder; --scheduler writes part files into -o DIR")
    if os.path.isdir(args.output) and any(n.startswith("part-") for n in os.listdir(args.output)):
        raise cli.UsageError(f"{args.output}: holds part files already; give an empty or new folder")
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise cli.UsageError("--scheduler needs the dask extra: pip install 'pagestrip[dask]'") from None
    options = cli._clean_options(args)
    if args.rules:  # shipped by its path, read once on each worker (it must be readable there)
        options["rules"] = os.path.abspath(args.rules)
    return options, fmt, args.jobs or cli.default_workers()


class _cluster:
    """A client of the named scheduler, or of a ``LocalCluster`` of worker processes started (and
    closed) here; a scheduler that cannot be reached is :class:`_Unreachable`."""

    def __init__(self, scheduler: str, workers: int) -> None:
        self.scheduler, self.workers = scheduler, workers
        self.cluster: Any = None
        self.client: Any = None

    def __enter__(self) -> Any:
        import logging

        from distributed import Client, LocalCluster

        try:
            if self.scheduler == "local":
                self.cluster = LocalCluster(
                    n_workers=self.workers,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
                self.client = Client(self.cluster)
            else:
                self.client = Client(self.scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError, TypeError) as exc:
            self.__exit__(None, None, None)
            why = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise _Unreachable(f"cannot reach the scheduler: {why}") from None
        return self.client

    def __exit__(self, *exc: Any) -> None:
        for thing in (self.client, self.cluster):
            if thing is not None:
                with contextlib.suppress(Exception):
                    thing.close()


def _run_parts(
    client: Any,
    parts: Iterator[list[Job]],
    window: int,
    spec: bytes,
    fmt: str,
    args: Any,
    summary: Any,
    progress: Any,
    cli: Any,
) -> None:
    """Send each part to the cluster as it is read, with at most ``window`` parts sent and not
    yet written, and write each part's file as its turn comes, so part numbers follow input
    order. A part's pages travel in its task, so the scheduler can run it again on another
    worker if its worker dies, and its results are dropped from the cluster once written."""
    import dask

    os.makedirs(args.output, exist_ok=True)
    run = uuid.uuid4().hex  # task keys of their own: two runs on one cluster never share a result
    pending: deque[Any] = deque()
    written = 0

    def write_next() -> None:
        nonlocal written
        future = pending.popleft()
        pairs = future.result()
        future.release()
        _write_part(
            os.path.join(args.output, f"part-{written:05d}{PART_SUFFIX[fmt]}"), pairs, fmt, args, summary, progress, cli
        )
        written += 1

    # the pages are the graph: the warning about a big graph is about what this path does on purpose
    with dask.config.set({"distributed.admin.large-graph-warning-threshold": "4GiB"}):
        for n, part in enumerate(parts):
            pending.append(client.submit(_clean_jobs, part, spec, key=f"pagestrip-part-{run}-{n}"))
            del part
            while len(pending) >= window:
                write_next()
    while pending:
        write_next()


def _write_part(
    path: str, pairs: list[tuple[Job, dict[str, Any]]], fmt: str, args: Any, summary: Any, progress: Any, cli: Any
) -> None:
    """One part file, written whole or not at all: into a hidden temporary file beside it, renamed
    to its name once complete, so a run that is interrupted (or fails to write) never leaves a
    part that looks finished and holds half its records."""
    folder, name = os.path.split(path)
    partial = os.path.join(folder, f".{name}.partial")
    try:
        with open(partial, "wb") as f:
            if fmt == "parquet":
                from ...parquet import TableWriter

                table = TableWriter(f, args.result_field)
                for job, record in pairs:
                    table.add(job, record)
                table.close()
            for job, record in pairs:
                summary.add(record)
                cli._report(job, record, args.quiet, progress)
                progress.tick(summary, job)
                if fmt == "jsonl":
                    line = json.dumps(output_record(job, record, args.result_field), ensure_ascii=False) + "\n"
                    f.write(cli._SURROGATE.sub("\ufffd", line).encode("utf-8"))
        os.replace(partial, path)
    except OSError as exc:
        _remove(partial)
        raise cli.OutputError(f"{path}: write failed: {exc.strerror or exc}") from None
    except BaseException:
        _remove(partial)
        raise


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.remove(path)
