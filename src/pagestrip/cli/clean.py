"""``pagestrip clean``: check the arguments, clean the pages (in worker processes), write them."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from .. import formats
from ..batch import (
    Job,
    Summary,
    default_workers,
    display_name,
    folder_suffixes,
    is_warc,
    iter_files,
    iter_jobs,
    run,
)
from ..pipeline import DEFAULT_MAX_CHARS, MAX_BYTES_PER_CHAR
from ..rulefile import RuleFileError
from ..rulefile import load as load_rule_file
from .common import (
    EXIT_TERMINATED,
    EXIT_WRITE_FAILED,
    OutputError,
    Terminated,
    UsageError,
    _check_path,
    _feed_hint,
    _table_hint,
    _unknown_disable,
)
from .output import Progress, _close_quietly, _Output, _report, _Table, _write


def _clean(args: argparse.Namespace) -> int:
    """``pagestrip clean``: check the arguments, clean the pages, write the summaries."""
    if args.scheduler:  # on a Dask cluster: pagestrip.contrib.dask
        from ..contrib.dask import run_cli

        return run_cli(args)
    if args.partitions:
        print("pagestrip: --partitions goes with --scheduler", file=sys.stderr)
        return 2
    try:
        options = _clean_options(args)
        out = _Output(args.output if args.output != "-" else None)
    except UsageError as exc:
        print(f"pagestrip: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"pagestrip: {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    single = (
        len(args.pages) == 1
        and (args.pages[0] == "-" or os.path.isfile(args.pages[0]))
        and not args.jsonl_field
        and not args.parquet_column
        and not is_warc(args.pages[0])
    )
    workers = 1 if single else (args.jobs or default_workers())
    summary = Summary()
    show = sys.stderr.isatty() and not args.quiet
    progress = Progress(
        enabled=show,
        total_bytes=_input_bytes(
            args.pages, args.glob, _outputs(args), folder_suffixes(args.jsonl_field, args.parquet_column)
        )
        if show
        else None,
    )
    if args.verbose:
        progress.write(_setup_line(args, workers, options))
    try:
        _clean_all(args, options, out, summary, progress, single, workers)
    except (KeyboardInterrupt, Terminated) as exc:
        progress.done()
        what = "interrupted" if isinstance(exc, KeyboardInterrupt) else "terminated"
        print(f"pagestrip: {what} after {summary.pages} pages", file=sys.stderr)
        return 130 if isinstance(exc, KeyboardInterrupt) else EXIT_TERMINATED
    except OutputError as exc:
        progress.done()
        print(f"pagestrip: {exc} ({summary.pages - 1} pages written)", file=sys.stderr)
        return EXIT_WRITE_FAILED
    finally:
        out.close()
    progress.done(summary)
    if not single and not args.quiet:
        print(summary.text(), file=sys.stderr)
    return _write_summaries(args, summary) or (1 if summary.errors else 0)


def _outputs(args: argparse.Namespace) -> list[str]:
    """The paths this run writes: never read back as pages, even inside an input folder."""
    return [p for p in (args.output, args.out_dir, args.stats, args.report) if p and p != "-"]


def _clean_options(args: argparse.Namespace) -> dict[str, Any]:
    """The options for :func:`pagestrip.clean`, once every argument is checked
    (raises :class:`UsageError`). With no input, a piped standard input is the input."""
    if not args.pages:
        if sys.stdin is None or sys.stdin.isatty():  # nothing piped in: waiting on the keyboard helps no one
            raise UsageError("clean: give files or folders, or pipe a page to standard input")
        args.pages = ["-"]
    for path in args.pages:
        problem = _check_path(path, args.glob, _outputs(args), folder_suffixes(args.jsonl_field, args.parquet_column))
        if not problem and not args.jsonl_field:
            problem = _feed_hint(path)
        if not problem and not args.parquet_column:
            problem = _table_hint(path)
        if problem:
            raise UsageError(f"{display_name(path)}: {problem}")
    if args.out_dir and args.output:
        raise UsageError("give -o or --out-dir, not both")
    if args.format == "parquet" or args.parquet_column:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise UsageError("Parquet needs the parquet extra: pip install 'pagestrip[parquet]'") from None
    if args.format == "parquet" and (not args.output or args.output == "-"):
        raise UsageError("--format parquet writes a file: give -o FILE")
    options: dict[str, Any] = {
        "disable": args.disable,
        "encoding": args.encoding,
        "dedupe": args.dedupe,
        "split": args.split,
        "content_type": args.content_type,
    }
    if args.rules:
        try:
            options["rules"] = load_rule_file(args.rules)
        except RuleFileError as exc:
            raise UsageError(str(exc)) from None
        if not args.quiet:
            for risk in options["rules"].risks() + options["rules"].requires_gaps():  # still used
                print(f"pagestrip: warning: {risk}", file=sys.stderr)
    problem = _unknown_disable(args.disable, options.get("rules"))
    if problem:
        raise UsageError(problem)
    if args.max_chars:
        options["max_chars"] = args.max_chars
    if args.timeout:
        options["timeout"] = args.timeout
    return options


def _clean_all(
    args: argparse.Namespace,
    options: dict[str, Any],
    out: _Output,
    summary: Summary,
    progress: Progress,
    single: bool,
    workers: int,
) -> None:
    """Clean every page and write its output, in input order."""
    fmt = args.format or ("jsonl" if args.output else "text")
    # A feed line holds the page escaped in JSON (up to 6 bytes a character as \uXXXX).
    # A little more than clean() decodes, so that it sees the input was cut (and
    # drops a character split at the cut instead of calling the bytes undecodable).
    max_bytes = (args.max_chars or DEFAULT_MAX_CHARS) * (6 if args.jsonl_field else MAX_BYTES_PER_CHAR) + 4096
    jobs = iter_jobs(
        args.pages,
        glob=args.glob,
        jsonl_field=args.jsonl_field,
        url_field=args.url_field,
        max_bytes=max_bytes,
        result_field=args.result_field,
        exclude=_outputs(args),
        skipped=summary.skipped,
        parquet_column=args.parquet_column,
    )
    if args.url:
        jobs = (_with_url(j, args.url) for j in jobs)
    targets: set[str] = set()
    # Several records as --format json: one JSON array, written as the records come.
    array = fmt == "json" and not single and not args.out_dir
    if array:
        out.write("[")
    if fmt == "csv" and not args.out_dir:
        out.write(formats.csv_header())
    table = _Table(out, args.result_field) if fmt == "parquet" else None
    try:
        for job, record in run(jobs, options, workers, isolate=False if single else None):
            if array:
                out.write("\n" if summary.pages == 0 else ",\n")
            summary.add(record)
            progress.tick(summary, job)
            _report(job, record, args.quiet, progress)
            if args.verbose and "error" not in record:  # an error is reported already
                progress.write(_page_line(job, record))
            if table is not None:
                table.add(job, record)
            else:
                _write(job, record, fmt, out, args, single, targets, progress)
    except (KeyboardInterrupt, Terminated):
        if array:  # what was written stays one valid JSON document
            _close_quietly(out, "\n]\n" if summary.pages else "]\n")
        if table is not None:  # the row groups written so far stay a valid table
            table.close(quietly=True)
        raise
    if table is not None:
        table.close()
    if array:
        out.write("]\n" if summary.pages == 0 else "\n]\n")


def _write_summaries(args: argparse.Namespace, summary: Summary) -> int | None:
    """``--stats`` (JSON) and ``--report`` (HTML); EXIT_WRITE_FAILED if one cannot be written."""

    def report() -> str:
        from ..report import render_report  # imported only when a report is asked for

        return render_report(summary)

    outputs: list[tuple[str | None, Callable[[], str]]] = [
        (args.stats, lambda: json.dumps(summary.to_dict(), ensure_ascii=False, indent=2)),
        (args.report, report),
    ]
    for path, render in outputs:
        if not path:
            continue
        try:
            with open(path, "w", encoding="utf-8", errors="replace") as f:
                f.write(render())
        except OSError as exc:
            print(f"pagestrip: {path}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_WRITE_FAILED
    return None


def _setup_line(args: argparse.Namespace, workers: int, options: dict[str, Any]) -> str:
    """What -v says first: how the run is set up."""
    rules = f"built-in + {args.rules}" if args.rules else "built-in"
    disabled = f", disabled: {', '.join(args.disable)}" if args.disable else ""
    limit = f"{args.timeout:g} s a page" if args.timeout else "no time limit"
    return (
        f"pagestrip: {workers} worker{'s' if workers != 1 else ''}, {limit}, rules: {rules}{disabled}, "
        f"dedupe {'on' if options['dedupe'] else 'off'}, split {'on' if options['split'] else 'off'}"
    )


def _page_line(job: Job, record: dict[str, Any]) -> str:
    """What -v says of one page: its articles, what was kept, what was removed by kind."""
    articles = record.get("articles", ())
    kept = sum(len(a.get("text") or "") for a in articles)
    removed = record.get("stats", {}).get("removed_chars", {})
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(removed.items(), key=lambda kv: -kv[1])) or "nothing"
    flags = ", truncated" if record.get("truncated") else ""
    return (
        f"pagestrip: {job.source}: {len(articles)} article{'s' if len(articles) != 1 else ''}, "
        f"{kept} characters kept, removed: {kinds}{flags}"
    )


def _with_url(job: Job, url: str) -> Job:
    job.url = job.url or url
    return job


def _input_bytes(paths: list[str], globs: list[str], exclude: Sequence[str], suffixes: Sequence[str]) -> int | None:
    """Bytes of input on disk (compressed, for ``.gz``), chosen as the batch chooses them;
    None when unknown (standard input). The progress bar counts the same bytes as consumed."""
    total = 0
    for p in paths:
        if p == "-":
            return None
        try:
            if os.path.isdir(p):
                for path, _, error in iter_files(p, globs, exclude=exclude, suffixes=suffixes):
                    if error is None:
                        total += os.path.getsize(path)
            elif os.path.isfile(p):
                total += os.path.getsize(p)
        except OSError:  # a file that vanished meanwhile: the ETA is a guess anyway
            continue
    return total
