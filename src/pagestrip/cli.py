"""The ``pagestrip`` console script.

    pagestrip clean page.txt                     clean text to stdout
    pagestrip clean --format json page.txt       the SPEC's JSON object
    pagestrip clean --format jsonl a.txt b.txt   one object a line, with "source"
    cat page.txt | pagestrip clean -             stdin
    pagestrip rules                              every rule: id, kind, scope, what it matches
    pagestrip evaluate GOLD_DIR PAGES_DIR        score against gold files

Exit status: 0 on success, 1 when a page could not be cleaned, 2 for bad
arguments or a missing file (with a one-line message, never a traceback).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Sequence

from . import __version__
from .batch import Job, Summary, default_workers, iter_jobs, run
from .rulefile import RuleFileError
from .rulefile import load as load_rule_file
from .rules import RuleSet


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="pagestrip", description="Clean scraped web pages.")
    p.add_argument("--version", action="version", version=f"pagestrip {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    c = sub.add_parser("clean", help="clean pages and print the result")
    c.add_argument("pages", nargs="+", help="files or folders to clean; - for standard input; .gz read transparently")
    c.add_argument("--format", choices=("text", "json", "jsonl"), default=None,
                   help="text (default), json, or jsonl (default with -o)")
    c.add_argument("-o", "--output", metavar="FILE", help="write one JSON object a line to FILE")
    c.add_argument("--out-dir", dest="out_dir", metavar="DIR",
                   help="write one file per page under DIR, mirroring the input folders")
    c.add_argument("--glob", help="in folders, only files matching this pattern (e.g. '*.html')")
    c.add_argument("--jsonl-field", dest="jsonl_field", metavar="FIELD",
                   help="read .jsonl/.jsonl.gz feeds: FIELD holds the page; other fields pass through")
    c.add_argument("--url-field", dest="url_field", metavar="FIELD", help="the feed field holding the URL")
    c.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                   help="worker processes for many pages (default: the machine's cores)")
    c.add_argument("-q", "--quiet", action="store_true", help="no progress, warnings or summary on stderr")
    c.add_argument("--stats", metavar="FILE", help="write the run's summary as JSON to FILE")
    c.add_argument("--rules", metavar="FILE", help="a TOML rule file: extra rules, disabled rules, site profiles")
    c.add_argument("--disable", action="append", default=[], metavar="RULE",
                   help="disable a rule by id or glob (repeatable), e.g. 'zh.related.*'")
    c.add_argument("--encoding", help="charset of the input bytes, when known")
    c.add_argument("--content-type", dest="content_type", metavar="TYPE",
                   help='e.g. "text/html; charset=gbk" or "text/plain" (default: sniffed)')
    c.add_argument("--url", help="the page's URL, recorded in the result")
    c.add_argument("--max-chars", dest="max_chars", type=int, default=None, metavar="N",
                   help="cut pages longer than N characters, with a warning (default: 10 000 000)")
    c.add_argument("--no-dedupe", dest="dedupe", action="store_false",
                   help="keep every copy of repeated text (titles, abstracts, repeated speeches)")
    c.add_argument("--no-split", dest="split", action="store_false",
                   help="keep a collection of several pieces (第1篇 …) as one article")

    x = sub.add_parser("explain", help="show a page with every removal marked, and why")
    x.add_argument("page", help="a file; - for standard input")
    x.add_argument("--html", metavar="FILE", help="also write a self-contained HTML report to FILE")
    x.add_argument("--rules", metavar="FILE", help="a TOML rule file")
    x.add_argument("--url", help="the page's URL (for site profiles)")
    x.add_argument("--content-type", dest="content_type", metavar="TYPE")
    x.add_argument("--color", choices=("auto", "always", "never"), default="auto")

    e = sub.add_parser("evaluate", help="score cleaned pages against gold files")
    e.add_argument("gold_dir", nargs="?", help="folder of gold JSON files (the SPEC's gold format)")
    e.add_argument("pages_dir", nargs="?", help="folder holding the pages the gold files name")
    e.add_argument("--families", metavar="FILE",
                   help="check boilerplate-family examples (JSON list of family/expect/text/page records)")
    e.add_argument("--kinds", help="count leaks of these kinds only, comma-separated")

    r = sub.add_parser("rules", help="list the rules")
    r.add_argument("--format", choices=("text", "json"), default="text")
    r.add_argument("--rules", metavar="FILE", help="show the built-in rules merged with a rule file")
    r.add_argument("--check", metavar="FILE", help="check a rule file and say what it holds")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "rules":
            return _rules(args)
        if args.command == "evaluate":
            return _evaluate(args)
        if args.command == "explain":
            return _explain(args)
        return _clean(args)
    except BrokenPipeError:  # `pagestrip clean … | head`
        return 0
    except KeyboardInterrupt:
        return 130


def _clean(args: argparse.Namespace) -> int:
    for path in args.pages:
        problem = _check_path(path, args.glob)
        if problem:
            print(f"pagestrip: {path}: {problem}", file=sys.stderr)
            return 2
    if args.out_dir and args.output:
        print("pagestrip: give -o or --out-dir, not both", file=sys.stderr)
        return 2
    fmt = args.format or ("jsonl" if args.output else "text")
    options: dict = {"disable": args.disable, "encoding": args.encoding, "dedupe": args.dedupe,
                     "split": args.split, "content_type": args.content_type}
    if args.rules:
        try:
            options["rules"] = load_rule_file(args.rules)
        except RuleFileError as exc:
            print(f"pagestrip: {exc}", file=sys.stderr)
            return 2
    if args.max_chars:
        options["max_chars"] = args.max_chars
    single = len(args.pages) == 1 and (args.pages[0] == "-" or os.path.isfile(args.pages[0])) \
        and not args.jsonl_field
    workers = 1 if single else (args.jobs or default_workers())
    jobs = iter_jobs(args.pages, glob=args.glob, jsonl_field=args.jsonl_field, url_field=args.url_field)
    if args.url:
        jobs = (_with_url(j, args.url) for j in jobs)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    summary = Summary()
    progress = Progress(enabled=sys.stderr.isatty() and not args.quiet, total_bytes=_input_bytes(args.pages))
    try:
        for job, record in run(jobs, options, workers):
            summary.add(record)
            progress.tick(summary, job)
            _report(job, record, args.quiet)
            _write(job, record, fmt, out, args, single)
    except KeyboardInterrupt:
        progress.done()
        print(f"pagestrip: interrupted after {summary.pages} pages", file=sys.stderr)
        return 130
    finally:
        if out is not sys.stdout:
            out.close()
    progress.done()
    if not single and not args.quiet:
        print(summary.text(), file=sys.stderr)
    if args.stats:
        with open(args.stats, "w", encoding="utf-8") as f:
            json.dump(summary.to_dict(), f, ensure_ascii=False, indent=2)
    return 1 if summary.errors else 0


def _check_path(path: str, glob: str | None) -> str | None:
    """Why ``path`` cannot be read, or None: a one-line error, exit status 2."""
    if path == "-":
        return None
    if not os.path.exists(path):
        return "no such file or folder"
    if os.path.isdir(path):
        if not any(True for _ in iter_jobs([path], glob=glob)):
            return "no pages in this folder" + (f" matching {glob!r}" if glob else "")
        return None
    if not os.access(path, os.R_OK):
        return "not readable"
    return None


def _with_url(job: Job, url: str) -> Job:
    job.url = job.url or url
    return job


def _report(job: Job, record: dict, quiet: bool) -> None:
    if "error" in record:
        print(f"pagestrip: {job.source}: {record['error']}", file=sys.stderr)
    elif not quiet:
        for w in record.get("warnings", ()):
            print(f"pagestrip: {job.source}: warning: {w}", file=sys.stderr)


def _write(job: Job, record: dict, fmt: str, out, args: argparse.Namespace, single: bool) -> None:
    if args.out_dir:
        rel = job.relpath or job.source.replace(os.sep, "_").replace(":", "_")
        target = os.path.join(args.out_dir, rel + (".txt" if fmt == "text" else ".json"))
        os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
        with open(target, "w", encoding="utf-8") as f:
            f.write(_render(record, fmt, single=True) + "\n")
        return
    if fmt == "text" and not single:
        out.write(f"==> {job.source} <==\n")
    out.write(_render(record, fmt, single) + "\n")
    out.flush()  # line by line: an interrupted run leaves valid JSON Lines


def _render(record: dict, fmt: str, single: bool) -> str:
    if fmt == "jsonl":
        return json.dumps(record, ensure_ascii=False)
    if fmt == "json":
        if single:
            record = {k: v for k, v in record.items() if k != "source"}
        return json.dumps(record, ensure_ascii=False, indent=2)
    if "error" in record:
        return ""
    parts = ["\n".join(x for x in (a.get("title"), a.get("text")) if x) for a in record.get("articles", ())]
    return "\n\n".join(parts)


def _input_bytes(paths: list[str]) -> int:
    """Bytes of input on disk (0 when unknown, e.g. stdin): the progress line's ETA is by bytes."""
    total = 0
    for p in paths:
        if p == "-":
            return 0
        if os.path.isdir(p):
            for root, _, files in os.walk(p):
                total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
        elif os.path.isfile(p) and not p.endswith(".gz"):
            total += os.path.getsize(p)
    return total


class Progress:
    """A one-line progress report on stderr (pages, pages/s, ETA), only on a terminal."""

    def __init__(self, enabled: bool, total_bytes: int = 0) -> None:
        import time

        self.enabled = enabled
        self.total = total_bytes
        self.done_bytes = 0
        self.start = time.monotonic()
        self.last = 0.0
        self.shown = False

    def tick(self, summary: Summary, job: Job | None = None) -> None:
        import time

        if not self.enabled:
            return
        if job is not None and job.data is not None:
            self.done_bytes += len(job.data)
        now = time.monotonic()
        if now - self.last < 0.2:
            return
        self.last = now
        elapsed = max(1e-9, now - self.start)
        line = f"\r{summary.pages} pages, {summary.errors} errors, {summary.pages / elapsed:.1f} pages/s"
        if self.total and self.done_bytes:
            left = max(0.0, elapsed * (self.total - self.done_bytes) / self.done_bytes)
            line += f", {min(100, 100 * self.done_bytes // self.total)}%, ETA {int(left) // 60}:{int(left) % 60:02d}"
        sys.stderr.write(line + " ")
        sys.stderr.flush()
        self.shown = True

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\n")
            self.shown = False


def _plain(result) -> str:
    """Articles as plain text: each title line, then its paragraphs; blank lines between."""
    parts = []
    for a in result.articles:
        parts.append("\n".join(x for x in (a.title, a.text) if x))
    return "\n\n".join(parts)


def _explain(args: argparse.Namespace) -> int:
    from .explain import render_html, render_text
    from .pipeline import clean

    problem = _check_path(args.page, None)
    if problem or os.path.isdir(args.page):
        print(f"pagestrip: {args.page}: {problem or 'is a folder; explain takes one page'}", file=sys.stderr)
        return 2
    try:
        rules = load_rule_file(args.rules) if args.rules else None
    except RuleFileError as exc:
        print(f"pagestrip: {exc}", file=sys.stderr)
        return 2
    data = sys.stdin.buffer.read() if args.page == "-" else open(args.page, "rb").read()
    result = clean(data, rules=rules, url=args.url, content_type=args.content_type,
                   source=None if args.page == "-" else args.page)
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    sys.stdout.write(render_text(result, color=color) + "\n")
    if args.html:
        ruleset = rules.ruleset(url=args.url, site=result.site) if rules else None
        with open(args.html, "w", encoding="utf-8") as f:
            f.write(render_html(result, ruleset))
    return 0


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
    try:
        if args.check:
            rf = load_rule_file(args.check)
            print(f"{args.check}: ok: {len(rf.rules)} rules, {len(rf.disable)} disabled, "
                  f"{len(rf.profiles)} profiles")
            return 0
        if args.rules:
            rules = load_rule_file(args.rules).ruleset()
    except RuleFileError as exc:
        print(f"pagestrip: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        json.dump([{"id": r.id, "kind": str(r.kind), "scope": str(r.scope),
                    "description": r.description, "pattern": r.pattern} for r in rules],
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    width = max(len(r.id) for r in rules)
    for r in rules:
        sys.stdout.write(f"{r.id:<{width}}  {str(r.kind):<10}  {str(r.scope):<6}  {r.description}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
