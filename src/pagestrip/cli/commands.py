"""``pagestrip explain``, ``evaluate`` and ``rules`` (``learn`` is :func:`pagestrip.learning.run`)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from ..batch import (
    Job,
    display_name,
    iter_jobs,
)
from ..errors import PagestripError
from ..pipeline import DEFAULT_MAX_CHARS, MAX_BYTES_PER_CHAR
from ..rulefile import Profile, RuleFileError
from ..rulefile import load as load_rule_file
from ..rules import Rule, RuleSet
from .common import DEFAULT_TIMEOUT, _check_path, _feed_hint, _unknown_disable


def _explain(args: argparse.Namespace) -> int:
    from ..explain import render_html, render_text
    from ..pipeline import clean

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
    from ..evaluate import check_families, evaluate_dir, family_report, report

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
            for gap in rf.requires_gaps():
                print(f"pagestrip: warning: {gap}", file=sys.stderr)
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
