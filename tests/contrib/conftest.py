"""The Dask cluster the contrib.dask tests share: two worker processes on loopback, started
once (each module starting its own cost seconds of worker start-up a module)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from testkit import SRC


@pytest.fixture(scope="session")
def dask_client() -> Iterator[Any]:
    """A client of a ``distributed.LocalCluster`` whose workers import this checkout's pagestrip
    (not an installed one): PYTHONPATH is set while they start, and put back."""
    pytest.importorskip("distributed", reason="the dask extra is not installed: pip install -e '.[dask]'")
    from distributed import Client, LocalCluster

    before = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join([str(SRC), before or ""])  # the workers' environment
    try:
        cluster = LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        )
    finally:
        if before is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = before
    with cluster, Client(cluster) as client:
        files = client.run(lambda: __import__("pagestrip").__file__)
        assert len(files) == 2 and all(f.startswith(str(SRC)) for f in files.values()), files
        yield client
