#!/usr/bin/env python3
"""Pages/s of the local worker pool against a two-worker Dask LocalCluster, same feed, same run (issue 15).

    python3 benchmarks/cluster.py                 # fixtures/html x 20 as one feed
    python3 benchmarks/cluster.py --copies 50 --workers 2

Both clean the same records, the pool through ``pagestrip.batch.run`` (what
``pagestrip clean feed.jsonl --jsonl-field html -j N`` does) and the cluster
through :func:`pagestrip.contrib.dask.clean_bag` on N worker processes of one
thread each. Wall time, since the point is throughput; the cluster's start-up
is timed apart (a real cluster is started once for many runs).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HTML = sorted((ROOT / "fixtures" / "html").glob("*.html"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partitions", type=int, default=16)
    args = ap.parse_args()

    import dask.bag as db
    from distributed import Client, LocalCluster

    from pagestrip.batch import _feed_job, run
    from pagestrip.contrib.dask import clean_bag

    records = [
        {"url": f"http://fixtures.example/{c}/{p.name}", "html": p.read_bytes(), "n": c}
        for c in range(args.copies)
        for p in HTML
    ]
    options = {"timeout": 30.0}

    t = time.perf_counter()
    jobs = (_feed_job(str(i), dict(r), "html", "url", "pagestrip") for i, r in enumerate(records))
    pool = sum(1 for _ in run(jobs, options, workers=args.workers))
    pool_s = time.perf_counter() - t

    t = time.perf_counter()
    with (
        LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as cluster,
        Client(cluster),
    ):
        start_s = time.perf_counter() - t
        t = time.perf_counter()
        bag = db.from_sequence(records, npartitions=args.partitions)
        done = len(clean_bag(bag, **options).compute())
        dask_s = time.perf_counter() - t
    assert pool == done == len(records)
    print(f"{len(records)} pages (fixtures/html x {args.copies}), {args.workers} workers:")
    print("| path | s | pages/s |\n| --- | ---: | ---: |")
    print(f"| local pool (-j {args.workers}) | {pool_s:.1f} | {len(records) / pool_s:.1f} |")
    print(f"| LocalCluster, {args.workers} worker processes | {dask_s:.1f} | {len(records) / dask_s:.1f} |")
    print(f"(cluster start-up {start_s:.1f} s, not counted)")


if __name__ == "__main__":
    main()
