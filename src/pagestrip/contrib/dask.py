"""Cleaning a crawl on a Dask cluster (the ``dask`` extra): bags of records and DataFrames.

A crawl that outgrows one machine is cleaned where web-scale text is cleaned,
on a distributed engine, with Dask's scheduler rather than one of ours::

    import dask.bag as db, dask.dataframe as dd
    from distributed import Client
    from pagestrip.contrib.dask import clean_bag, clean_dataframe

    client = Client("tcp://scheduler:8786")
    items = db.read_text("crawl/*.jsonl.gz").map(json.loads)
    clean_bag(items, field="html").map(json.dumps).to_textfiles("out/*.jsonl")

    ddf = dd.read_parquet("pages/*.parquet")
    clean_dataframe(ddf, column="html").to_parquet("out/")

Each record is cleaned as the local batch cleans a feed record
(:func:`pagestrip.batch.process`), so the output is the same record for
record: a bag's record keeps its own fields and gains the result under
``result_field``; a DataFrame keeps its other columns (and its index) and
gains the result columns of ``--format parquet``
(:func:`pagestrip.parquet.result_columns`). A record that cannot be cleaned
carries ``error``; it never fails its partition.

The options travel to the workers as a small spec — a rule file by its path,
read on the worker — and each worker process loads that rule file once and
keeps it (:func:`_options`), not once per record or partition; the built-in
rule set is built once per process anyway.
"""

from __future__ import annotations

import os
import pickle
from typing import Any

from ..batch import RESULT_FIELD, Job, _feed_job, output_record, process
from ..parquet import KINDS, result_columns, result_names
from ..rulefile import load as load_rule_file

#: Options loaded on a worker, by their pickled spec: a rule file is read once per worker process.
_LOADED: dict[bytes, dict[str, Any]] = {}
#: How many option sets a worker keeps loaded (a long-lived worker serving many runs).
MAX_LOADED = 8


def _options(spec: bytes) -> dict[str, Any]:
    """The :func:`pagestrip.clean` options for ``spec``, loaded once per worker process."""
    options = _LOADED.get(spec)
    if options is None:
        options = pickle.loads(spec)
        if isinstance(options.get("rules"), str):
            options["rules"] = load_rule_file(options["rules"])
        if len(_LOADED) >= MAX_LOADED:
            _LOADED.pop(next(iter(_LOADED)))
        _LOADED[spec] = options
    return options


def _spec(clean_options: dict[str, Any]) -> bytes:
    """The options as shipped to the workers; a rule file given as a path stays a path (it must
    be readable on the workers), so what is shipped is a few hundred bytes."""
    if isinstance(clean_options.get("rules"), os.PathLike):
        clean_options = {**clean_options, "rules": os.fspath(clean_options["rules"])}
    return pickle.dumps(clean_options)


def _job(item: Any, field: str, url_field: str | None, result_field: str) -> Job:
    """A record's job as the batch makes a feed record's (the page taken out, the rest its
    fields; an error job for a record without a page), its ``source`` the record's URL."""
    url = item.get(url_field) if isinstance(item, dict) and url_field else None
    return _feed_job(url if isinstance(url, str) else "", dict(item) if isinstance(item, dict) else item,
                     field, url_field, result_field)


def _clean_records(records: list[Any], spec: bytes, field: str, url_field: str | None,
                   result_field: str) -> list[dict[str, Any]]:
    options = _options(spec)
    out = []
    for item in records:
        job = _job(item, field, url_field, result_field)
        out.append(output_record(job, process(job, options), result_field))
    return out


def clean_bag(bag: Any, field: str = "html", url_field: str | None = "url", *,
              result_field: str = RESULT_FIELD, **clean_options: Any) -> Any:
    """A bag of the records of ``bag`` (dicts), each with its page in ``field``, cleaned: the
    record's own fields (all but the page) and the result under ``result_field``.

    ``clean_options`` are :func:`pagestrip.clean`'s (``rules`` as a rule file's path,
    ``disable``, ``timeout`` …). The result's ``source`` is the record's URL.
    """
    return bag.map_partitions(_clean_records, _spec(clean_options), field, url_field, result_field)


def _frame_meta(meta: Any, column: str, prefix: str) -> Any:
    """The empty frame describing the output: the input's columns but the page, then the result's."""
    import pandas as pd

    out = meta.drop(columns=[column])
    types = {**dict.fromkeys(result_names(prefix), "string"), f"{prefix}_truncated": "boolean",
             **{f"{prefix}_removed_{k}": "Int64" for k in KINDS}}
    for name, dtype in types.items():
        out[name] = pd.Series([], dtype=dtype, index=out.index)
    return out


def _clean_frame(frame: Any, spec: bytes, column: str, url_column: str | None, prefix: str) -> Any:
    import pandas as pd

    options = _options(spec)
    meta = _frame_meta(frame.iloc[:0], column, prefix)
    urls = frame[url_column] if url_column is not None and url_column in frame else [None] * len(frame)
    rows = []
    for page, url in zip(frame[column], urls):
        job = _job({column: _none_if_missing(page), "url": url}, column, "url", prefix)
        rows.append(result_columns(process(job, options), prefix))
    results = pd.DataFrame(rows, index=frame.index, columns=result_names(prefix))
    out = frame.drop(columns=[column])
    for name in results.columns:
        out[name] = results[name].astype(meta[name].dtype)
    return out


def _none_if_missing(value: Any) -> Any:
    """pandas' missing values (NaN, NA, None) as None: a page that was not fetched, as in a feed."""
    import pandas as pd

    return None if pd.api.types.is_scalar(value) and pd.isna(value) else value


def clean_dataframe(ddf: Any, column: str = "html", url_column: str | None = "url", *,
                    result_field: str = RESULT_FIELD, **clean_options: Any) -> Any:
    """A Dask DataFrame of ``ddf`` with its page column ``column`` replaced by the result's
    columns, named with ``result_field`` as prefix (``pagestrip_text``, ``pagestrip_title``,
    ``pagestrip_site``, ``pagestrip_date``, ``pagestrip_truncated``, the removed characters
    by kind, ``pagestrip_error`` and the whole result as ``pagestrip_json``), built with
    ``map_partitions`` and a declared ``meta``; the index and the other columns are kept."""
    meta = _frame_meta(ddf._meta, column, result_field)
    return ddf.map_partitions(_clean_frame, _spec(clean_options), column, url_column, result_field, meta=meta)
