"""Cleaning many pages: inputs from files, folders and JSON Lines feeds, in order, in parallel.

A crawl can be far larger than memory, so everything streams: inputs are read
lazily, at most ``window`` pages are in flight at once, and each result is
written as soon as the pages before it are done — output order is input order
even with several worker processes. A page that fails becomes a record with
``error`` and the batch goes on.
"""

from __future__ import annotations

import fnmatch
import gzip
import json
import os
import sys
from collections import Counter, deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from .errors import PagestripError
from .pipeline import clean


@dataclass
class Job:
    """One page to clean: where it came from, its bytes, and fields to pass through."""

    source: str
    data: bytes | str | None
    url: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    relpath: str | None = None  # for --out-dir: the page's path below its input folder
    error: str | None = None    # a page that could not even be read


@dataclass
class Summary:
    pages: int = 0
    errors: int = 0
    truncated: int = 0
    removed_chars: Counter[str] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)

    def add(self, record: dict[str, Any]) -> None:
        self.pages += 1
        if "error" in record:
            self.errors += 1
            return
        self.truncated += bool(record.get("truncated"))
        for r in record.get("removed", ()):
            self.removed_chars[r["kind"]] += len(r["text"])
            self.rules[r["rule"]] += 1

    def to_dict(self) -> dict[str, Any]:
        return {"pages": self.pages, "errors": self.errors, "truncated": self.truncated,
                "removed_chars": dict(self.removed_chars.most_common()),
                "top_rules": dict(self.rules.most_common(10))}

    def text(self) -> str:
        kinds = ", ".join(f"{k} {n}" for k, n in self.removed_chars.most_common()) or "none"
        rules = ", ".join(f"{k} ({n})" for k, n in self.rules.most_common(10)) or "none"
        return (f"pages: {self.pages}, errors: {self.errors}, truncated: {self.truncated}\n"
                f"characters removed by kind: {kinds}\n"
                f"rules that fired most: {rules}")


def _open(path: Path) -> Any:
    return gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb")


def _is_feed(path: Path) -> bool:
    name = path.name[:-3] if path.name.endswith(".gz") else path.name
    return name.endswith((".jsonl", ".ndjson", ".jl"))


def iter_jobs(paths: Iterable[str], *, glob: str | None = None, jsonl_field: str | None = None,
              url_field: str | None = None) -> Iterator[Job]:
    """The pages named by ``paths``: files, folders (recursively), ``-`` for stdin, JSONL feeds."""
    for p in paths:
        if p == "-":
            yield Job("<stdin>", sys.stdin.buffer.read())
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file())
            for f in files:
                rel = f.relative_to(path).as_posix()
                if glob and not fnmatch.fnmatch(rel, glob) and not fnmatch.fnmatch(f.name, glob):
                    continue
                yield from _file_jobs(f, rel, jsonl_field, url_field)
        else:
            yield from _file_jobs(path, path.name, jsonl_field, url_field)


def _file_jobs(path: Path, rel: str, jsonl_field: str | None, url_field: str | None) -> Iterator[Job]:
    source = str(path)
    if jsonl_field and _is_feed(path):
        try:
            with _open(path) as f:
                for n, raw in enumerate(f, 1):
                    if not raw.strip():
                        continue
                    where = f"{source}:{n}"
                    try:
                        item = json.loads(raw)
                    except ValueError as exc:
                        yield Job(where, None, error=f"not JSON: {exc}")
                        continue
                    if not isinstance(item, dict) or jsonl_field not in item:
                        yield Job(where, None, error=f"no field {jsonl_field!r}")
                        continue
                    page = item.pop(jsonl_field)
                    url = item.get(url_field) if url_field else None
                    yield Job(where, page if isinstance(page, (str, bytes)) else str(page),
                              url=url, extra=item)
        except OSError as exc:
            yield Job(source, None, error=f"{exc.strerror or exc}")
        return
    try:
        with _open(path) as f:
            data = f.read()
    except (OSError, EOFError) as exc:
        yield Job(source, None, relpath=rel, error=f"{getattr(exc, 'strerror', None) or exc}")
        return
    yield Job(source, data, relpath=rel[:-3] if rel.endswith(".gz") else rel)


def process(job: Job, options: dict[str, Any]) -> dict[str, Any]:
    """Clean one job into its output record; never raises."""
    base: dict[str, Any] = {"source": job.source, **job.extra}
    if job.error is not None:
        return {**base, "error": job.error}
    try:
        result = clean(job.data, url=job.url, **options)
    except PagestripError as exc:  # binary input, a timeout: the message says it all
        return {**base, "error": str(exc)}
    except Exception as exc:  # a bug must not end a crawl: report it in the record
        return {**base, "error": f"{type(exc).__name__}: {exc}"}
    record = result.to_dict()
    record.pop("source", None)
    return {**base, **record}


def _work(args: tuple[Job, dict[str, Any]]) -> dict[str, Any]:
    return process(*args)


def run(jobs: Iterable[Job], options: dict[str, Any], workers: int = 1,
        window: int | None = None) -> Iterator[tuple[Job, dict[str, Any]]]:
    """Records in input order; with ``workers`` > 1 in worker processes, ``window`` pages in flight."""
    if workers <= 1:
        for job in jobs:
            yield job, process(job, options)
        return
    window = window or workers * 4
    pending: deque[tuple[Job, Future[dict[str, Any]]]] = deque()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        try:
            for job in jobs:
                pending.append((job, pool.submit(_work, (job, options))))
                if len(pending) >= window:
                    j, fut = pending.popleft()
                    yield j, _result(j, fut)
            while pending:
                j, fut = pending.popleft()
                yield j, _result(j, fut)
        except BaseException:
            for _, fut in pending:
                fut.cancel()
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _result(job: Job, fut: Future[dict[str, Any]]) -> dict[str, Any]:
    try:
        return fut.result()
    except Exception as exc:  # a worker that died (out of memory, a crash in a C library)
        return {"source": job.source, **job.extra, "error": f"worker failed: {type(exc).__name__}: {exc}"}


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
