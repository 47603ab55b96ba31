"""Renderings of a page's result record for people and spreadsheets: text, Markdown, CSV.

The JSON record (``Result.to_dict()`` plus ``source``, or ``error``) is what a
program reads; these are what a person reads or a spreadsheet opens, the
choices trafilatura's command line offers besides JSON.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from .normalize import TABLE_DELIMITER, fence_blocks

#: The CSV columns: one row per article, with the page it came from.
CSV_COLUMNS = ("source", "url", "site", "date", "article", "title", "text", "truncated", "error")
#: Starts of a line that Markdown would read as markup (heading, quote, list, rule, fence).
_MARKUP_START = re.compile(r"(?P<number>\d{1,9})(?P<mark>[.)])(?=\s|$)|(?P<symbol>[#>+\-*_=`~|])")


def plain(record: dict[str, Any]) -> str:
    """Each article's title line, then its paragraphs; a blank line between articles."""
    if "error" in record:
        return ""
    parts = ["\n".join(x for x in (a.get("title"), a.get("text")) if x) for a in record.get("articles", ())]
    return "\n\n".join(parts)


def markdown(record: dict[str, Any]) -> str:
    """Each article as a ``#`` heading (its title) and its paragraphs, blank lines between.

    A paragraph that starts like markup (``1.``, ``#``, ``-``) is escaped, so
    that a numbered heading of a speech (``一、…`` is safe; ``1. …`` is not)
    stays the text it was. A closed code fence and a table (a GFM delimiter row
    under its header) are Markdown already, the page's own: they stay one block,
    as written.
    """
    if "error" in record:
        return ""
    out = []
    for a in record.get("articles", ()):
        blocks = [f"# {_escape_inline(a['title'])}"] if a.get("title") else []
        blocks += _blocks((a.get("text") or "").split("\n"))
        out.append("\n\n".join(blocks))
    return "\n\n".join(x for x in out if x)


def _blocks(lines: list[str]) -> list[str]:
    """The Markdown blocks of an article's paragraphs: a fence's lines or a table's rows
    together and as written (a fence's blank lines too), every other paragraph a block of its
    own, escaped."""
    fenced = {start: end for start, end, _ in fence_blocks(lines)}
    blocks: list[str] = []
    i = 0
    while i < len(lines):
        end = fenced.get(i)
        if end is None and i + 1 < len(lines) and "|" in lines[i] and TABLE_DELIMITER.fullmatch(lines[i + 1].strip()):
            end = i + 2
            while end < len(lines) and lines[end].lstrip().startswith("|"):
                end += 1
        if end is not None:
            blocks.append("\n".join(lines[i:end]))
            i = end
        else:
            if lines[i].strip():
                blocks.append(_escape(lines[i]))
            i += 1
    return blocks


def _escape(line: str) -> str:
    """A paragraph with a backslash before a start Markdown would take as markup."""
    body = line.lstrip()
    m = _MARKUP_START.match(body)
    if m is None:
        return line
    if m.group("number"):
        return f"{m.group('number')}\\{body[m.end('number') :]}"
    return "\\" + body


def _escape_inline(text: str) -> str:
    """A title on a heading line: only a trailing run of ``#`` would be lost."""
    return re.sub(r"(#+)\s*$", lambda m: "\\" + "\\".join(m.group(1)), text)


def csv_header() -> str:
    return _csv_lines([list(CSV_COLUMNS)])


def csv_rows(record: dict[str, Any]) -> str:
    """The record's rows: one per article; one with empty text for a page without
    articles, so every page is in the table; one with ``error`` for a page that failed."""
    base = {
        "source": record.get("source", ""),
        "url": record.get("url") or "",
        "site": record.get("site") or "",
        "date": record.get("date") or "",
        "error": record.get("error", ""),
    }
    articles = record.get("articles") or [{}]
    rows = []
    for n, a in enumerate(articles, 1):
        row = {
            **base,
            "article": n if a else "",
            "title": a.get("title") or "",
            "text": a.get("text") or "",
            "truncated": "" if not a else str(bool(a.get("truncated"))).lower(),
        }
        rows.append([row[c] for c in CSV_COLUMNS])
    return _csv_lines(rows)


def _csv_lines(rows: list[list[Any]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()
