"""``pagestrip learn``: its arguments and its run over a crawl."""

from __future__ import annotations

import argparse
import os
import sys
import time

from ..batch import display_name, iter_jobs
from ..errors import PagestripError, PageTimeoutError
from ..inputs import DEFAULT_MAX_CHARS, MAX_BYTES_PER_CHAR
from .thresholds import MIN_PAGES, MIN_SHARE, SMALL_SITE_MIN_PAGES

# ---------------------------------------------------------------- command line


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``pagestrip learn``'s arguments (kept here, so the command is one module)."""
    from ..cli import DEFAULT_TIMEOUT, _positive_int, _seconds

    p = sub.add_parser("learn", help="learn each site's template from its pages: a rule file of site profiles")
    p.add_argument(
        "inputs", nargs="+", help="files, folders (recursively) or feeds of one site or many; .gz read transparently"
    )
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="the TOML rule file to write (- for standard output)"
    )
    p.add_argument(
        "--min-pages",
        dest="min_pages",
        type=_positive_int,
        default=MIN_PAGES,
        metavar="N",
        help=f"learn what recurs on at least N pages of a site (default: {MIN_PAGES})",
    )
    p.add_argument(
        "--min-share",
        dest="min_share",
        type=_share,
        default=MIN_SHARE,
        metavar="F",
        help=f"... and on at least this share of the site's pages (default: {MIN_SHARE:g})",
    )
    p.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"time limit per page: a page past it is left out and counted as timed out "
        f"(default: {DEFAULT_TIMEOUT:g}; 0: no limit)",
    )
    p.add_argument(
        "--fixed-min-pages",
        dest="adapt",
        action="store_false",
        help=f"an item needs N pages on every site; by default on a site of fewer than N/F "
        f"pages the share F decides (at least {SMALL_SITE_MIN_PAGES} pages)",
    )
    p.add_argument(
        "--jsonl-field", dest="jsonl_field", metavar="FIELD", help="read .jsonl/.json feeds: FIELD holds the page"
    )
    p.add_argument(
        "--url-field",
        dest="url_field",
        default="url",
        metavar="FIELD",
        help="the feed field holding the page's URL, whose host names its site (default: url)",
    )
    p.add_argument(
        "--glob",
        action="append",
        default=[],
        metavar="PATTERN",
        help="in folders, take the files matching PATTERN (repeatable), as clean does",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")


def _share(text: str) -> float:
    """``--min-share``: a share of a site's pages, above 0 and at most 1."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"must be above 0 and at most 1, not {text}")
    return value


def run(args: argparse.Namespace) -> int:
    """``pagestrip learn``: count every page, write the rule file; exit 2 on a bad input path."""
    # Imported here: every ``pagestrip`` command builds this one's arguments (add_parser),
    # only ``learn`` needs the learner (the HTML walk, lxml, hashlib).
    from .learner import Learner
    from .writing import to_toml

    missing = next((p for p in args.inputs if p != "-" and not os.path.exists(p)), None)
    if missing is not None:
        print(f"pagestrip: {missing}: no such file or folder", file=sys.stderr)
        return 2
    started = time.perf_counter()
    learner = Learner(
        min_pages=args.min_pages, min_share=args.min_share, adapt=args.adapt, timeout=args.timeout or None
    )
    pages = skipped = timed_out = 0
    for path in args.inputs:
        jobs = iter_jobs(
            [path],
            glob=args.glob or None,
            jsonl_field=args.jsonl_field,
            url_field=args.url_field,
            max_bytes=DEFAULT_MAX_CHARS * MAX_BYTES_PER_CHAR,
            exclude=[args.output],
        )
        for job in jobs:
            if job.error is not None or job.data is None:
                skipped += 1
                continue
            try:
                learner.add(job.data, job.url, _folder_key(path, job.source))
            except PageTimeoutError:
                timed_out += 1
                continue
            except (PagestripError, ValueError, RecursionError):
                skipped += 1
                continue
            pages += 1
    templates = learner.templates()
    text = to_toml(templates, pages, args.min_pages, args.min_share)
    try:
        if args.output == "-":
            sys.stdout.write(text)
        else:
            with open(args.output, "w", encoding="utf-8") as f:
                f.write(text)
    except OSError as exc:
        print(f"pagestrip: {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 3
    if not args.quiet:
        rules = sum(len(t.rules) for t in templates)
        late = f" ({timed_out} past the {args.timeout:g} s time limit)" if timed_out else ""
        print(
            f"pagestrip learn: {pages} pages of {len(learner.sites)} sites, {skipped + timed_out} skipped{late}; "
            f"{rules} rules for {len(templates)} sites in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
    return 0


def _folder_key(input_path: str, source: str) -> str:
    """The site of a page without a URL: the folder it lies in; a feed's records: the feed."""
    if input_path == "-":
        return "stdin"
    if os.path.isdir(input_path):
        return os.path.dirname(source) or input_path
    if source == display_name(input_path):  # a page file named on the command line
        return os.path.dirname(input_path) or "."
    return input_path
