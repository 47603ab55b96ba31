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
from .pipeline import clean
from .rules import RuleSet


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="pagestrip", description="Clean scraped web pages.")
    p.add_argument("--version", action="version", version=f"pagestrip {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    c = sub.add_parser("clean", help="clean pages and print the result")
    c.add_argument("pages", nargs="+", help="files to clean; - for standard input")
    c.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
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

    e = sub.add_parser("evaluate", help="score cleaned pages against gold files")
    e.add_argument("gold_dir", help="folder of gold JSON files (the SPEC's gold format)")
    e.add_argument("pages_dir", help="folder holding the pages the gold files name")
    e.add_argument("--kinds", help="count leaks of these kinds only, comma-separated")

    r = sub.add_parser("rules", help="list the rules")
    r.add_argument("--format", choices=("text", "json"), default="text")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "rules":
            return _rules(args)
        if args.command == "evaluate":
            return _evaluate(args)
        return _clean(args)
    except BrokenPipeError:  # `pagestrip clean … | head`
        return 0
    except KeyboardInterrupt:
        return 130


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as f:
        return f.read()


def _clean(args: argparse.Namespace) -> int:
    status = 0
    out = sys.stdout
    for path in args.pages:
        try:
            data = _read(path)
        except FileNotFoundError:
            print(f"pagestrip: {path}: no such file", file=sys.stderr)
            return 2
        except IsADirectoryError:
            print(f"pagestrip: {path}: is a directory", file=sys.stderr)
            return 2
        except OSError as exc:
            print(f"pagestrip: {path}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        source = "<stdin>" if path == "-" else path
        try:
            result = clean(data, disable=args.disable, encoding=args.encoding, source=source,
                           dedupe=args.dedupe, split=args.split, content_type=args.content_type,
                           url=args.url, **({"max_chars": args.max_chars} if args.max_chars else {}))
        except Exception as exc:  # a bug must not end a batch: report it and go on
            status = 1
            if args.format == "jsonl":
                out.write(json.dumps({"source": source, "error": f"{type(exc).__name__}: {exc}"},
                                     ensure_ascii=False) + "\n")
            print(f"pagestrip: {path}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        for w in result.warnings:
            print(f"pagestrip: {path}: warning: {w}", file=sys.stderr)
        if args.format == "text":
            if len(args.pages) > 1:
                out.write(f"==> {path} <==\n")
            out.write(_plain(result) + "\n")
        elif args.format == "json":
            result.source = None if len(args.pages) == 1 else source
            out.write(result.to_json() + "\n")
        else:
            out.write(result.to_json(indent=None) + "\n")
    return status


def _plain(result) -> str:
    """Articles as plain text: each title line, then its paragraphs; blank lines between."""
    parts = []
    for a in result.articles:
        parts.append("\n".join(x for x in (a.title, a.text) if x))
    return "\n\n".join(parts)


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_dir, report

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
