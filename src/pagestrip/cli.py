"""The ``pagestrip`` console script.

    pagestrip clean page.txt                     clean text to stdout
    pagestrip clean --format json page.txt       the SPEC's JSON object
    pagestrip clean --format jsonl a.txt b.txt   one object a line, with "source"
    cat page.txt | pagestrip clean -             stdin
    pagestrip rules                              every rule: id, kind, scope, what it matches
    pagestrip evaluate GOLD_DIR PAGES_DIR        score against gold files

Exit status: 0 on success, 1 when a page could not be cleaned, 2 for bad
arguments or a missing file, 3 when the output could not be written (a full
disk), 130 when interrupted, 143 on SIGTERM — always with a one-line message,
never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import signal
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

from . import __version__, formats
from .batch import (
    PARQUET_SUFFIXES,
    RESULT_FIELD,
    Job,
    Summary,
    default_workers,
    display_name,
    feed_fields,
    folder_suffixes,
    is_warc,
    iter_files,
    iter_jobs,
    output_record,
    run,
)
from .errors import PagestripError
from .pipeline import DEFAULT_MAX_CHARS, MAX_BYTES_PER_CHAR
from .rulefile import Profile, RuleFileError, unmatched
from .rulefile import load as load_rule_file
from .rules import Rule, RuleSet

#: The CLI's time limit per page, in seconds. A real page takes well under a
#: second; 30 s leaves room for a 10 MB page on a busy machine while keeping
#: one stuck page from holding a crawl for more than half a minute.
DEFAULT_TIMEOUT = 30.0
#: Exit status when the output cannot be written (a full disk, a closed pipe
#: aside): distinct from 1 (some pages failed), since every later page is lost.
EXIT_WRITE_FAILED = 3
#: Exit status on SIGTERM: 128 + the signal's number, as a shell reports it.
EXIT_TERMINATED = 128 + signal.SIGTERM
_SURROGATE = re.compile("[\ud800-\udfff]")


class Terminated(BaseException):
    """SIGTERM arrived: unwind like Ctrl-C, so worker processes are stopped on the way out."""


class OutputError(Exception):
    """The output could not be written; the message is one line."""


class StdoutClosed(Exception):
    """Standard output was closed by its reader (``pagestrip clean … | head``): stop quietly."""


def _positive_int(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def _seconds(text: str) -> float:
    try:
        n = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not n >= 0 or n == float("inf"):
        raise argparse.ArgumentTypeError(f"must be 0 (no limit) or a positive number of seconds, not {text}")
    return n


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="pagestrip", description="Clean scraped web pages.")
    p.add_argument("--version", action="version", version=f"pagestrip {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    c = sub.add_parser("clean", help="clean pages and print the result")
    c.add_argument(
        "pages",
        nargs="*",
        help="files or folders to clean; - for standard input (the default when "
        "it is not a terminal); .gz read transparently; .warc and "
        ".warc.gz give their HTML responses",
    )
    c.add_argument(
        "--format",
        choices=("text", "markdown", "json", "jsonl", "csv", "parquet"),
        default=None,
        help="text (default), markdown (titles as headings), json (one object; an array for "
        "several pages), jsonl (one object a line; default with -o), csv (one row an article), "
        "or parquet (one row an input record, to -o FILE; the parquet extra)",
    )
    c.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE (- for standard output); one JSON object a line unless --format says",
    )
    c.add_argument(
        "--out-dir",
        dest="out_dir",
        metavar="DIR",
        help="write one file per page under DIR, mirroring the input folders",
    )
    c.add_argument(
        "--glob",
        action="append",
        default=[],
        metavar="PATTERN",
        help="in folders, take the files matching PATTERN (repeatable; '*' for every file) instead "
        "of the page files (.html .htm .xhtml .shtml .txt, and .gz of those); hidden files "
        "and this run's outputs are never taken",
    )
    c.add_argument(
        "--jsonl-field",
        dest="jsonl_field",
        metavar="FIELD",
        help="read .jsonl/.jsonl.gz feeds: FIELD holds the page; other fields pass through",
    )
    c.add_argument(
        "--parquet-column",
        dest="parquet_column",
        metavar="COLUMN",
        help="read .parquet tables: COLUMN holds the page; other columns pass through (the parquet extra)",
    )
    c.add_argument(
        "--url-field",
        dest="url_field",
        default="url",
        metavar="FIELD",
        help="the feed field (or table column) holding the page's URL, for site profiles (default: url)",
    )
    c.add_argument(
        "--result-field",
        dest="result_field",
        default=RESULT_FIELD,
        metavar="FIELD",
        help=f"the key of a feed record's output that holds pagestrip's result, beside the "
        f"record's own fields (default: {RESULT_FIELD})",
    )
    c.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        default=None,
        metavar="N",
        help="worker processes for many pages (default: the machine's cores)",
    )
    loud = c.add_mutually_exclusive_group()
    loud.add_argument("-q", "--quiet", action="store_true", help="no progress, warnings or summary on stderr")
    loud.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="also the run's set-up, and a line per page: articles, characters kept and removed by kind",
    )
    c.add_argument("--stats", metavar="FILE", help="write the run's summary as JSON to FILE")
    c.add_argument(
        "--report",
        metavar="FILE",
        help="write the run's summary as one self-contained HTML page to FILE: counts, characters "
        "removed by kind and by rule, the pages that lost most, the errors",
    )
    c.add_argument("--rules", metavar="FILE", help="a TOML rule file: extra rules, disabled rules, site profiles")
    c.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="RULE",
        help="disable a rule by id or glob (repeatable), e.g. 'zh.related.*'",
    )
    c.add_argument("--encoding", help="charset of the input bytes, when known")
    c.add_argument(
        "--content-type",
        dest="content_type",
        metavar="TYPE",
        help='e.g. "text/html; charset=gbk" or "text/plain" (default: sniffed)',
    )
    c.add_argument("--url", help="the page's URL, recorded in the result")
    c.add_argument(
        "--max-chars",
        dest="max_chars",
        type=_positive_int,
        default=None,
        metavar="N",
        help="cut pages longer than N characters, with a warning; no more than 4 bytes a "
        "character is ever read (default: 10 000 000)",
    )
    c.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"time limit per page; a page past it is an error record (default: {DEFAULT_TIMEOUT:g}; 0: no limit)",
    )
    c.add_argument(
        "--no-dedupe",
        dest="dedupe",
        action="store_false",
        help="keep every copy of repeated text (titles, abstracts, repeated speeches)",
    )
    c.add_argument(
        "--no-split",
        dest="split",
        action="store_false",
        help="keep a collection of several pieces (第1篇 …) as one article",
    )
    c.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="clean on a Dask cluster: 'local' (a LocalCluster of --jobs worker processes here) or "
        "tcp://HOST:PORT; writes part-00000.jsonl … (or .parquet) into -o DIR, in input order "
        "(the dask extra)",
    )
    c.add_argument(
        "--partitions",
        type=_positive_int,
        default=None,
        metavar="N",
        help="with --scheduler: exactly N parts, every page read before the first is sent "
        "(default: 3 per worker; past 64 MiB of pages, 16 MiB parts read as they are sent)",
    )

    x = sub.add_parser("explain", help="show a page with every removal marked, and why")
    x.add_argument("page", help="a file; - for standard input")
    x.add_argument("--html", metavar="FILE", help="also write a self-contained HTML report to FILE")
    x.add_argument("--rules", metavar="FILE", help="a TOML rule file")
    x.add_argument("--url", help="the page's URL (for site profiles)")
    x.add_argument("--content-type", dest="content_type", metavar="TYPE")
    x.add_argument("--encoding", help="charset of the input bytes, when known")
    x.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="RULE",
        help="disable a rule by id or glob (repeatable), as in clean",
    )
    x.add_argument("--no-dedupe", dest="dedupe", action="store_false", help="keep every copy of repeated text")
    x.add_argument("--no-split", dest="split", action="store_false", help="keep a collection as one article")
    x.add_argument(
        "--jsonl-field",
        dest="jsonl_field",
        metavar="FIELD",
        help="the page is a record of this feed (JSON Lines or a JSON array); FIELD holds the page",
    )
    x.add_argument(
        "--url-field",
        dest="url_field",
        default="url",
        metavar="FIELD",
        help="the feed field holding the page's URL (default: url)",
    )
    x.add_argument(
        "--record",
        type=_positive_int,
        default=1,
        metavar="N",
        help="with --jsonl-field: explain the feed's Nth record (default: 1)",
    )
    x.add_argument("--color", choices=("auto", "always", "never"), default="auto")

    e = sub.add_parser("evaluate", help="score cleaned pages against gold files")
    e.add_argument("gold_dir", nargs="?", help="folder of gold JSON files (the SPEC's gold format)")
    e.add_argument("pages_dir", nargs="?", help="folder holding the pages the gold files name")
    e.add_argument(
        "--families",
        metavar="FILE",
        help="check boilerplate-family examples (JSON list of family/expect/text/page records)",
    )
    e.add_argument("--kinds", help="count leaks of these kinds only, comma-separated")

    r = sub.add_parser("rules", help="list the rules")
    r.add_argument("--format", choices=("text", "json"), default="text")
    r.add_argument("--rules", metavar="FILE", help="show the built-in rules merged with a rule file")
    r.add_argument("--check", metavar="FILE", help="check a rule file and say what it holds")

    from .learning import add_parser as add_learn_parser

    add_learn_parser(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        if args.command == "rules":
            return _rules(args)
        if args.command == "evaluate":
            return _evaluate(args)
        if args.command == "explain":
            return _explain(args)
        if args.command == "learn":
            from .learning import run as learn

            return learn(args)
        return _clean(args)
    except StdoutClosed:  # `pagestrip clean … | head`
        _quiet_stdout()
        return 0
    except BrokenPipeError:  # `pagestrip rules | head`; in clean, _Output reports its own
        if args.command == "clean":
            print("pagestrip: internal error: broken pipe", file=sys.stderr)
            return 1
        _quiet_stdout()
        return 0
    except KeyboardInterrupt:
        return 130
    except Terminated:
        return EXIT_TERMINATED
    except OutputError as exc:
        print(f"pagestrip: {exc}", file=sys.stderr)
        return EXIT_WRITE_FAILED
    except RecursionError:
        print("pagestrip: input nested too deeply to process", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: one line, not a traceback (PAGESTRIP_DEBUG=1 shows it)
        if os.environ.get("PAGESTRIP_DEBUG"):
            raise
        print(f"pagestrip: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        signal.signal(signal.SIGTERM, previous)


def _on_sigterm(signum: int, frame: Any) -> None:
    raise Terminated()


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's final flush stays quiet."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


class UsageError(Exception):
    """Arguments that cannot be run: one line on stderr, exit status 2."""


def _clean(args: argparse.Namespace) -> int:
    """``pagestrip clean``: check the arguments, clean the pages, write the summaries."""
    if args.scheduler:  # on a Dask cluster: pagestrip.contrib.dask
        from .contrib.dask import run_cli

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
            for risk in options["rules"].risks():  # still used: every match is time-bounded
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
    from .report import render_report

    outputs: list[tuple[str | None, Callable[[], str]]] = [
        (args.stats, lambda: json.dumps(summary.to_dict(), ensure_ascii=False, indent=2)),
        (args.report, lambda: render_report(summary)),
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


def _check_path(
    path: str,
    glob: list[str] | None = None,
    exclude: Sequence[str] = (),
    suffixes: Sequence[str] = folder_suffixes(None),
) -> str | None:
    """Why ``path`` cannot be read, or None: a one-line error, exit status 2."""
    if path == "-":
        return None
    if not os.path.exists(path):
        return "broken symbolic link" if os.path.islink(path) else "no such file or folder"
    if os.path.isdir(path):
        try:
            if not any(True for _ in iter_files(path, glob, exclude=exclude, suffixes=suffixes)):
                if glob:
                    return f"no files in this folder match {' or '.join(map(repr, glob))}"
                return (
                    f"no page files ({' '.join(suffixes)}, or those .gz) in this folder; "
                    "--glob PATTERN takes other files ('*' every file)"
                )
        except OSError as exc:
            return f"cannot list folder: {exc.strerror or exc}"
        return None
    if not os.access(path, os.R_OK):
        return "not readable"
    return None


def _close_quietly(out: _Output, text: str) -> None:
    """Write the end of the output on the way out of an interrupted run, if it still can be."""
    with contextlib.suppress(OutputError, StdoutClosed):
        out.write(text)


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


class _Table:
    """``--format parquet``: rows to the output file through :class:`pagestrip.parquet.TableWriter`,
    a write failure one :class:`OutputError` line as for the other formats."""

    def __init__(self, out: _Output, result_field: str) -> None:
        from .parquet import TableWriter

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


def _table_hint(path: str) -> str | None:
    """A one-line error for a Parquet table given without ``--parquet-column``, naming its columns."""
    if path == "-" or not os.path.isfile(path) or not path.lower().endswith(PARQUET_SUFFIXES):
        return None
    from .parquet import columns_of

    columns = columns_of(path) or []
    return (
        f"a Parquet table (columns: {', '.join(columns[:12])}); name the column holding the page "
        "with --parquet-column COLUMN"
    )


def _feed_hint(path: str) -> str | None:
    """A one-line error for a feed given without ``--jsonl-field`` (cleaned as one page it
    would be JSON punctuation and every record's fields), naming the fields it has."""
    if path == "-" or not os.path.isfile(path):
        return None
    fields = feed_fields(path)
    if fields is None:
        return None
    return (
        f"a feed of JSON records (fields: {', '.join(fields[:12])}); name the field holding the page "
        "with --jsonl-field FIELD"
    )


def _with_url(job: Job, url: str) -> Job:
    job.url = job.url or url
    return job


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


def _explain(args: argparse.Namespace) -> int:
    from .explain import render_html, render_text
    from .pipeline import clean

    problem = _check_path(args.page)
    if not problem and os.path.isdir(args.page):
        problem = "is a folder; explain takes one page"
    if not problem and not args.jsonl_field:
        problem = _feed_hint(args.page)
    if problem:
        print(f"pagestrip: {display_name(args.page)}: {problem}", file=sys.stderr)
        return 2
    try:
        rules = load_rule_file(args.rules) if args.rules else None
    except RuleFileError as exc:
        print(f"pagestrip: {exc}", file=sys.stderr)
        return 2
    problem = _unknown_disable(args.disable, rules)
    if problem:
        print(f"pagestrip: {problem}", file=sys.stderr)
        return 2
    job, problem = _one_job(args)
    if job is None:
        print(f"pagestrip: {display_name(args.page)}: {problem}", file=sys.stderr)
        return 2
    if job.error is not None:
        print(f"pagestrip: {job.source}: {job.error}", file=sys.stderr)
        return 1
    try:
        result = clean(
            job.data,
            rules=rules,
            url=args.url or job.url,
            content_type=args.content_type,
            encoding=args.encoding,
            disable=args.disable,
            dedupe=args.dedupe,
            split=args.split,
            source=None if args.page == "-" else job.source,
            timeout=DEFAULT_TIMEOUT,
        )
    except PagestripError as exc:
        print(f"pagestrip: {job.source}: {exc}", file=sys.stderr)
        return 1
    result.warnings[:0] = job.warnings
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    sys.stdout.write(render_text(result, color=color) + "\n")
    if args.html:
        ruleset = rules.ruleset(url=args.url, site=result.site) if rules else None
        with open(args.html, "w", encoding="utf-8") as f:
            f.write(render_html(result, ruleset))
    return 0


def _unknown_disable(patterns: Sequence[str], rule_file: Any = None) -> str | None:
    """A one-line error for a ``--disable`` id or glob that matches no rule, or None."""
    bad = unmatched(patterns, rule_file)
    return f"--disable {bad[0]!r} matches no rule (pagestrip rules lists them)" if bad else None


def _one_job(args: argparse.Namespace) -> tuple[Job | None, str | None]:
    """The page ``explain`` shows: the file, or the ``--record``-th record of a feed;
    (None, why) when the feed has fewer records."""
    jobs = iter_jobs(
        [args.page],
        jsonl_field=args.jsonl_field,
        url_field=args.url_field,
        max_bytes=DEFAULT_MAX_CHARS * (6 if args.jsonl_field else MAX_BYTES_PER_CHAR),
    )
    seen = 0
    for job in jobs:
        seen += 1
        if seen == args.record:
            return job, None
    if not args.jsonl_field:
        return None, "is one page; --record picks a record of a feed read with --jsonl-field"
    return None, f"has {seen} records; there is no record {args.record}"


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluate import check_families, evaluate_dir, family_report, report

    if args.families:
        try:
            with open(args.families, encoding="utf-8") as f:
                records = json.load(f)
            print(family_report(check_families(records)))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            print(f"pagestrip: evaluate: {args.families}: {exc}", file=sys.stderr)
            return 2
        if not args.gold_dir:
            return 0
    if not (args.gold_dir and args.pages_dir):
        print("pagestrip: evaluate: give GOLD_DIR and PAGES_DIR, or --families FILE", file=sys.stderr)
        return 2
    for d in (args.gold_dir, args.pages_dir):
        if not os.path.isdir(d):
            print(f"pagestrip: {d}: not a folder", file=sys.stderr)
            return 2
    kinds = args.kinds.split(",") if args.kinds else None
    try:
        scores = evaluate_dir(args.gold_dir, args.pages_dir, kinds)
    except (OSError, ValueError, KeyError) as exc:
        print(f"pagestrip: evaluate: {exc}", file=sys.stderr)
        return 2
    print(report(scores))
    return 0


def _rules(args: argparse.Namespace) -> int:
    rules = RuleSet.builtin()
    rule_file = None
    try:
        if args.check:
            rf = load_rule_file(args.check)
            risks = rf.risks()
            if risks:
                print(f"pagestrip: {risks[0]}", file=sys.stderr)
                return 2
            print(f"{args.check}: ok: {len(rf.rules)} rules, {len(rf.disable)} disabled, {len(rf.profiles)} profiles")
            return 0
        if args.rules:
            rule_file = load_rule_file(args.rules)
            rules = rule_file.ruleset()
    except RuleFileError as exc:
        print(f"pagestrip: {exc}", file=sys.stderr)
        return 2
    # The file's profile rules apply only to their sites, but they are rules of this set:
    # listed after the rest, each saying where it applies.
    listed: list[tuple[Rule, Profile | None]] = [(r, None) for r in rules]
    if rule_file is not None:
        listed += [(r, p) for p in rule_file.profiles for r in p.rules]
    if args.format == "json":
        json.dump(
            [
                {
                    "id": r.id,
                    "kind": str(r.kind),
                    "scope": str(r.scope),
                    "description": r.description,
                    "pattern": r.pattern,
                    **({"profile": {"hosts": p.hosts, "sites": p.sites}} if p else {}),
                }
                for r, p in listed
            ],
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
        return 0
    width = max(len(r.id) for r, _ in listed)
    for r, p in listed:
        where = f"  [profile: {_where(p)}]" if p else ""
        sys.stdout.write(f"{r.id:<{width}}  {r.kind!s:<10}  {r.scope!s:<6}  {r.description}{where}\n")
    for p in rule_file.profiles if rule_file is not None else ():
        if p.disable:
            sys.stdout.write(f"# profile {_where(p)} disables: {', '.join(p.disable)}\n")
    return 0


def _where(profile: Any) -> str:
    """Where a rule file's profile applies: its hosts and site names."""
    parts = [", ".join(profile.hosts), ", ".join(profile.sites)]
    return "; ".join(x for x in parts if x)


if __name__ == "__main__":
    sys.exit(main())
