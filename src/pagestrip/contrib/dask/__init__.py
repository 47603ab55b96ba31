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

The package: :mod:`.shipping` (options and records as they travel to the
workers) → :mod:`.bags` (bags and DataFrames) and :mod:`.learning`
(:func:`learn_bag`); :mod:`.scheduler` (``pagestrip clean --scheduler``).
"""

from __future__ import annotations

from .bags import _clean_frame, _clean_records, _frame_meta, _none_if_missing, clean_bag, clean_dataframe
from .learning import _count_page, _merge_counts, _site_key, learn_bag
from .scheduler import (
    CONNECT_TIMEOUT,
    IN_FLIGHT_PER_WORKER,
    PART_BYTES,
    PART_SUFFIX,
    PARTS_PER_WORKER,
    READ_AHEAD,
    _clean_jobs,
    _cli_setup,
    _cluster,
    _page_bytes,
    _parts,
    _remove,
    _run_parts,
    _Unreachable,
    _write_part,
    run_cli,
)
from .shipping import _LOADED, MAX_LOADED, _job, _options, _spec

__all__ = [
    "CONNECT_TIMEOUT",
    "IN_FLIGHT_PER_WORKER",
    "MAX_LOADED",
    "PARTS_PER_WORKER",
    "PART_BYTES",
    "PART_SUFFIX",
    "READ_AHEAD",
    "_LOADED",
    "_Unreachable",
    "_clean_frame",
    "_clean_jobs",
    "_clean_records",
    "_cli_setup",
    "_cluster",
    "_count_page",
    "_frame_meta",
    "_job",
    "_merge_counts",
    "_none_if_missing",
    "_options",
    "_page_bytes",
    "_parts",
    "_remove",
    "_run_parts",
    "_site_key",
    "_spec",
    "_write_part",
    "clean_bag",
    "clean_dataframe",
    "learn_bag",
    "run_cli",
]
