"""The ``pagestrip`` command line: every command's arguments."""

from __future__ import annotations

import argparse

from .. import __version__
from ..batch import (
    RESULT_FIELD,
)
from .common import DEFAULT_TIMEOUT


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

    from ..learning import add_parser as add_learn_parser

    add_learn_parser(sub)
    return p
