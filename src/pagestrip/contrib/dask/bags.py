"""Cleaning a Dask bag of records (:func:`clean_bag`) or a DataFrame's page column
(:func:`clean_dataframe`) on the cluster, record for record as the local batch.
"""

from __future__ import annotations

from typing import Any

from ...batch import RESULT_FIELD, output_record, process
from ...parquet import KINDS, result_columns, result_names
from .shipping import _job, _options, _spec


def _clean_records(
    records: list[Any], spec: bytes, field: str, url_field: str | None, result_field: str
) -> list[dict[str, Any]]:
    options = _options(spec)
    out = []
    for item in records:
        job = _job(item, field, url_field, result_field)
        out.append(output_record(job, process(job, options), result_field))
    return out


def clean_bag(
    bag: Any,
    field: str = "html",
    url_field: str | None = "url",
    *,
    result_field: str = RESULT_FIELD,
    **clean_options: Any,
) -> Any:
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
    types = {
        **dict.fromkeys(result_names(prefix), "string"),
        f"{prefix}_truncated": "boolean",
        **{f"{prefix}_removed_{k}": "Int64" for k in KINDS},
    }
    for name, dtype in types.items():
        out[name] = pd.Series([], dtype=dtype, index=out.index)
    return out


def _clean_frame(frame: Any, spec: bytes, column: str, url_column: str | None, prefix: str) -> Any:
    import pandas as pd

    options = _options(spec)
    meta = _frame_meta(frame.iloc[:0], column, prefix)
    urls = frame[url_column] if url_column is not None and url_column in frame else [None] * len(frame)
    rows = []
    for page, url in zip(frame[column], urls, strict=True):
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


def clean_dataframe(
    ddf: Any,
    column: str = "html",
    url_column: str | None = "url",
    *,
    result_field: str = RESULT_FIELD,
    **clean_options: Any,
) -> Any:
    """A Dask DataFrame of ``ddf`` with its page column ``column`` replaced by the result's
    columns, named with ``result_field`` as prefix (``pagestrip_text``, ``pagestrip_title``,
    ``pagestrip_site``, ``pagestrip_date``, ``pagestrip_truncated``, the removed characters
    by kind, ``pagestrip_error`` and the whole result as ``pagestrip_json``), built with
    ``map_partitions`` and a declared ``meta``; the index and the other columns are kept."""
    meta = _frame_meta(ddf._meta, column, result_field)
    return ddf.map_partitions(_clean_frame, _spec(clean_options), column, url_column, result_field, meta=meta)
