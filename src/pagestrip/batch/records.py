"""One page in, one record out: the job a page travels as, cleaning it into its
record, and the batch's summary.
"""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..errors import PagestripError
from ..pipeline import clean


@dataclass
class Job:
    """One page to clean: where it came from, its bytes, and fields to pass through."""

    source: str
    data: bytes | str | None
    url: str | None = None
    #: A feed record's own fields (all but the page); None for a page read from a file.
    #: They are written back untouched, with the result beside them (see :func:`output_record`).
    fields: dict[str, Any] | None = None
    relpath: str | None = None  # for --out-dir: the page's path below its input folder
    error: str | None = None  # a page that could not even be read
    #: The page's own ``Content-Type`` (a WARC record's HTTP header): its charset and type
    #: override the run's ``content_type`` option for this page.
    content_type: str | None = None
    warnings: list[str] = field(default_factory=list)  # e.g. the input was cut at the byte cap
    #: Bytes of input on disk (compressed, for ``.gz``) this page accounts for: a file's
    #: size, or the stretch of a feed read up to it. They add up to the inputs' sizes, so
    #: a progress bar over them is true for feeds and gzip alike.
    consumed: int = 0


#: How many of the pages that lost most, and of the errors, a summary keeps (a crawl can
#: have millions of pages: the summary stays small).
KEEP_WORST = 15
KEEP_ERRORS = 100


@dataclass(order=True)
class Loss:
    """How much of one page the cleaning removed (for "the pages that lost most")."""

    share: float
    removed: int
    kept: int = field(compare=False)
    source: str = field(compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "share": round(self.share, 4),
            "removed_chars": self.removed,
            "kept_chars": self.kept,
        }


@dataclass
class Summary:
    """What a batch did, counted record by record: shown at the end, written by ``--stats``
    and drawn by ``--report``."""

    pages: int = 0
    errors: int = 0
    truncated: int = 0
    warnings: int = 0
    removed_chars: Counter[str] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)
    rule_chars: Counter[str] = field(default_factory=Counter)
    kept_chars: int = 0
    lost_most: list[Loss] = field(default_factory=list)  # a min-heap of the KEEP_WORST largest losses
    error_samples: list[tuple[str, str]] = field(default_factory=list)
    #: WARC records that are no page (an image, a redirect), by why: not cleaned, not in ``pages``.
    skipped: Counter[str] = field(default_factory=Counter)

    def add(self, record: dict[str, Any]) -> None:
        self.pages += 1
        if "error" in record:
            self.errors += 1
            if len(self.error_samples) < KEEP_ERRORS:
                self.error_samples.append((str(record.get("source", "")), str(record["error"])))
            return
        self.truncated += bool(record.get("truncated"))
        self.warnings += len(record.get("warnings", ()))
        removed = 0
        for r in record.get("removed", ()):
            self.removed_chars[r["kind"]] += len(r["text"])
            self.rules[r["rule"]] += 1
            self.rule_chars[r["rule"]] += len(r["text"])
            removed += len(r["text"])
        kept = sum(len(a.get("text") or "") for a in record.get("articles", ()))
        self.kept_chars += kept
        if removed + kept:
            loss = Loss(removed / (removed + kept), removed, kept, str(record.get("source", "")))
            if len(self.lost_most) < KEEP_WORST:
                heapq.heappush(self.lost_most, loss)
            elif loss > self.lost_most[0]:
                heapq.heapreplace(self.lost_most, loss)

    def worst(self) -> list[Loss]:
        """The pages that lost most, the largest share first."""
        return sorted(self.lost_most, reverse=True)

    def to_dict(self) -> dict[str, Any]:
        return {
            "pages": self.pages,
            "errors": self.errors,
            "truncated": self.truncated,
            "warnings": self.warnings,
            "removed_chars": dict(self.removed_chars.most_common()),
            "kept_chars": self.kept_chars,
            "top_rules": dict(self.rules.most_common(10)),
            "removed_chars_by_rule": dict(self.rule_chars.most_common(20)),
            "lost_most": [x.to_dict() for x in self.worst()],
            "skipped": {"records": sum(self.skipped.values()), "why": dict(self.skipped.most_common())},
        }

    def text(self) -> str:
        kinds = ", ".join(f"{k} {n}" for k, n in self.removed_chars.most_common()) or "none"
        rules = ", ".join(f"{k} ({n})" for k, n in self.rules.most_common(10)) or "none"
        return (
            f"pages: {self.pages}, errors: {self.errors}, truncated: {self.truncated}, "
            f"warnings: {self.warnings}\n"
            f"characters removed by kind: {kinds}\n"
            f"rules that fired most: {rules}" + self._skipped_line()
        )

    def _skipped_line(self) -> str:
        if not self.skipped:
            return ""
        why = ", ".join(f"{k} {n}" for k, n in self.skipped.most_common(10))
        return f"\nWARC records skipped (no HTML page): {sum(self.skipped.values())} ({why})"


#: The key a feed record's result goes under, unless the user names another.
RESULT_FIELD = "pagestrip"


def output_record(job: Job, record: dict[str, Any], result_field: str = RESULT_FIELD) -> dict[str, Any]:
    """What is written for a page: its record as it is for a file; for a feed record,
    the record's own fields untouched, with the result under ``result_field``.

    Merging the result's keys into the feed record overwrote the crawler's
    ``url``, ``title`` or ``source`` with pagestrip's (``url: null`` when no
    ``--url-field`` was given); one key of our own cannot.
    """
    if job.fields is None:
        return record
    return {**job.fields, result_field: record}


def process(job: Job, options: dict[str, Any]) -> dict[str, Any]:
    """Clean one job into its result record (``source``, then the result or ``error``);
    never raises. :func:`output_record` places it in what is written."""
    base: dict[str, Any] = {"source": job.source}
    if job.error is not None:
        return {**base, "error": job.error}
    try:
        if job.content_type is not None:
            options = {**options, "content_type": job.content_type}
        result = clean(job.data, url=job.url, **options)
    except PagestripError as exc:  # binary input, a timeout: the message says it all
        return {**base, "error": str(exc)}
    except Exception as exc:  # a bug must not end a crawl: report it in the record
        return {**base, "error": f"{type(exc).__name__}: {exc}"}
    record = result.to_dict()
    record.pop("source", None)
    if job.warnings:
        record["warnings"] = [*job.warnings, *record.get("warnings", ())]
    return {**base, **record}
