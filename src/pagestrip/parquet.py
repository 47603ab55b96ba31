"""Parquet in and out: crawls and their cleaned text as tables (the ``parquet`` extra, pyarrow).

Web-scale text pipelines keep pages and cleaned text in Parquet tables, so a
batch reads a table's page column (:func:`parquet_jobs`) and writes one row
per input record (:class:`TableWriter`), in input order.

A row is the record's own fields (a feed's or a table's other columns, a
WARC record's id and URI) under their own names, and pagestrip's result in
columns named with the result field as prefix (``pagestrip_text``,
``pagestrip_title``, … :func:`result_columns`), as JSON Lines output keeps
the result under one key: a crawl's own ``title`` or ``url`` is never
overwritten. The whole result is in ``pagestrip_json``, so nothing of the
JSON output is lost.

A table has one type per column, and a feed's records need not agree: the
own fields' columns take their types from their first values (in the first
row group), and a field that has no column or whose value does not fit its column's type goes,
as JSON, into ``pagestrip_extra_fields`` rather than failing the batch or
being dropped.
"""

from __future__ import annotations

import datetime
import decimal
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from .batch import PARQUET_SUFFIXES, Job
from .model import Kind

#: Rows written at a time (one row group): few enough that the records held
#: stay small (a result is up to a few hundred KB), many enough for Parquet's
#: column compression to pay.
ROWS_PER_GROUP = 256
#: Rows read from an input table at a time.
READ_BATCH_ROWS = 64
#: The kinds of removed text, each a column of removed characters.
KINDS = tuple(k.value for k in Kind)
MISSING = "Parquet needs the parquet extra (pip install 'pagestrip[parquet]')"


def result_names(prefix: str) -> list[str]:
    """The result's column names, in order."""
    names = [
        "source",
        "url",
        "title",
        "site",
        "date",
        "text",
        "truncated",
        *(f"removed_{k}" for k in KINDS),
        "error",
        "json",
    ]
    return [f"{prefix}_{n}" for n in names]


def result_columns(record: dict[str, Any], prefix: str) -> dict[str, Any]:
    """One result record (``source`` and the result, or ``error``) as a row's result columns.

    ``text`` is the articles' bodies joined by a blank line (their titles are in
    the JSON); the removed characters are counted by kind, 0 for a kind not removed.
    """
    failed = "error" in record
    removed = record.get("stats", {}).get("removed_chars", {})
    values = [
        record.get("source"),
        record.get("url"),
        record.get("title"),
        record.get("site"),
        record.get("date"),
        None if failed else "\n\n".join(a["text"] for a in record.get("articles", ()) if a.get("text")),
        None if failed else bool(record.get("truncated")),
        *(None if failed else int(removed.get(k, 0)) for k in KINDS),
        record.get("error"),
        json.dumps(record, ensure_ascii=False),
    ]
    return dict(zip(result_names(prefix), values, strict=True))


def _pa() -> Any:
    try:
        import pyarrow
    except ImportError:
        raise ImportError(MISSING) from None
    return pyarrow


def result_schema(prefix: str) -> Any:
    """The pyarrow types of the result columns."""
    pa = _pa()
    types = [pa.string()] * 6 + [pa.bool_()] + [pa.int64()] * len(KINDS) + [pa.string(), pa.string()]
    return pa.schema(list(zip(result_names(prefix), types, strict=True)))


class TableWriter:
    """Rows to a Parquet file, a row group at a time; :meth:`close` ends a valid file."""

    def __init__(self, sink: str | BinaryIO, prefix: str) -> None:
        self.pa = _pa()
        self.sink = sink
        self.prefix = prefix
        self.extra = f"{prefix}_extra_fields"
        self.rows: list[tuple[dict[str, Any], dict[str, Any]]] = []
        self.writer: Any = None
        self.own: Any = None  # the own fields' schema, fixed by the first row group

    def add(self, job: Job, record: dict[str, Any]) -> None:
        self.rows.append((job.fields or {}, result_columns(record, self.prefix)))
        if len(self.rows) >= ROWS_PER_GROUP:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        pa = self.pa
        if self.writer is None:
            self.own = self._own_schema([f for f, _ in self.rows])
            schema = pa.schema([*self.own, *result_schema(self.prefix), pa.field(self.extra, pa.string())])
            self.writer = _parquet().ParquetWriter(self.sink, schema)
        columns: dict[str, list[Any]] = {name: [] for name in self.writer.schema.names}
        for fields, result in self.rows:
            spill = {}
            for f in self.own:
                columns[f.name].append(None)
            for key, value in fields.items():
                if self.own.get_field_index(key) >= 0 and _fits(pa, value, self.own.field(key).type):
                    columns[key][-1] = value
                else:
                    spill[key] = value
            for name, value in result.items():
                columns[name].append(value)
            columns[self.extra].append(json.dumps(spill, ensure_ascii=False, default=str) if spill else None)
        self.writer.write_table(pa.Table.from_pydict(columns, schema=self.writer.schema))
        self.rows.clear()

    def _own_schema(self, rows: list[dict[str, Any]]) -> Any:
        """Columns for the own fields of the first rows, by first appearance, each typed by its
        first value that is not null (text when all are); a field whose value pyarrow cannot
        type, or whose name a result column takes, gets none (its values go to the extra column)."""
        pa = self.pa
        taken = {*result_names(self.prefix), self.extra}
        names = list(dict.fromkeys(k for r in rows for k in r if k not in taken))
        fields = []
        for name in names:
            first = next((r[name] for r in rows if r.get(name) is not None), None)
            try:
                t = pa.string() if first is None else pa.array([first]).type
            except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError, TypeError, ValueError):
                continue
            fields.append(pa.field(name, t))
        return pa.schema(fields)

    def close(self) -> None:
        self.flush()
        if self.writer is None:  # no rows at all: still a table, with the result columns
            self.writer = _parquet().ParquetWriter(
                self.sink, self.pa.schema([*result_schema(self.prefix), self.pa.field(self.extra, self.pa.string())])
            )
        self.writer.close()


def _parquet() -> Any:
    _pa()
    import pyarrow.parquet

    return pyarrow.parquet


def _fits(pa: Any, value: Any, type_: Any) -> bool:
    if value is None:
        return True
    try:
        pa.scalar(value, type=type_)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError, TypeError, ValueError):
        return False
    return True


def is_parquet(path: str) -> bool:
    return path.lower().endswith(PARQUET_SUFFIXES)


def columns_of(path: str) -> list[str] | None:
    """The column names of a Parquet file, or None when it cannot be read as one."""
    try:
        return list(_parquet().read_schema(path).names)
    except Exception:
        return None


def parquet_jobs(
    path: str, source: str, column: str, url_column: str | None, max_bytes: int | None, result_field: str
) -> Iterator[Job]:
    """One job per row of the Parquet table at ``path``: ``column`` holds the page (text or
    bytes), the other columns pass through as the job's fields. ``source`` is ``SOURCE:N``,
    the row's number from 1. A row whose page is null or no text, and a table that cannot be
    read (or breaks off), are error jobs; the rows after a bad row go on."""
    n = 0
    try:
        table = _parquet().ParquetFile(path)
        if column not in table.schema_arrow.names:
            yield Job(
                source,
                None,
                fields={},
                error=f"no column {column!r} (columns: {', '.join(table.schema_arrow.names[:12])})",
            )
            return
        for batch in table.iter_batches(batch_size=READ_BATCH_ROWS):
            for row in batch.to_pylist():
                n += 1
                yield _row_job(f"{source}:{n}", row, column, url_column, max_bytes, result_field)
    except Exception as exc:  # ImportError, OSError, ArrowInvalid for a corrupt file: one record
        yield Job(
            f"{source}:{n + 1}" if n else source,
            None,
            fields={},
            error=str(exc) if isinstance(exc, ImportError) else f"unreadable Parquet: {exc}",
        )


def _row_job(
    where: str, row: dict[str, Any], column: str, url_column: str | None, max_bytes: int | None, result_field: str
) -> Job:
    page = row.pop(column)
    fields = {k: _plain(v) for k, v in row.items()}
    if result_field in fields:
        return Job(
            where,
            None,
            fields=fields,
            error=f"the row already has a column {result_field!r}, where its "
            "result would go; name another with --result-field",
        )
    if not isinstance(page, (str, bytes)):
        what = "null" if page is None else f"a {type(page).__name__}, not text"
        return Job(where, None, fields=fields, error=f"column {column!r} is {what}")
    warnings = []
    if max_bytes is not None and len(page) > max_bytes:
        page = page[:max_bytes]
        warnings.append(f"input longer than {max_bytes} cut to the first {max_bytes}")
    url = fields.get(url_column) if url_column else None
    return Job(where, page, url=url if isinstance(url, str) else None, fields=fields, warnings=warnings)


def _plain(value: Any) -> Any:
    """A table's value as JSON can hold it (dates as ISO text, decimals and bytes as text),
    so the row's fields can be written as JSON Lines too."""
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "backslashreplace")
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value
