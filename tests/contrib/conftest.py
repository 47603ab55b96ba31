"""The Dask cluster the contrib.dask tests share: a ``dask scheduler`` and two ``dask worker``
processes on loopback (``testkit.cluster``), started once for the three Dask modules, which
run one after another in one pytest-xdist worker (their ``xdist_group``). Each module starting
a cluster of its own cost seconds of process start-up a module; ``pagestrip clean --scheduler
local`` still starts (and closes) its own ``LocalCluster``, as that is what it tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from testkit import SRC


@pytest.fixture(scope="session")
def dask_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The shared :class:`testkit.cluster.Cluster`, its workers importing this checkout's
    pagestrip (not an installed one)."""
    pytest.importorskip("distributed", reason="the dask extra is not installed: pip install -e '.[dask]'")
    from distributed import Client

    from testkit.cluster import START_TIMEOUT, Cluster

    cluster = Cluster(tmp_path_factory.mktemp("cluster"))
    try:
        cluster.start(workers=2)
        with Client(cluster.address, timeout=START_TIMEOUT) as client:
            client.wait_for_workers(2, timeout=START_TIMEOUT)
            files = client.run(lambda: __import__("pagestrip").__file__)
            assert len(files) == 2 and all(f.startswith(str(SRC)) for f in files.values()), files
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def _dask_session_client(dask_cluster: Any) -> Iterator[Any]:
    from distributed import Client

    from testkit.cluster import START_TIMEOUT

    with Client(dask_cluster.address, timeout=START_TIMEOUT) as client:
        yield client


@pytest.fixture()
def dask_client(_dask_session_client: Any) -> Any:
    """A client of the shared cluster, with both workers there (a worker killed by a test is
    replaced by its nanny)."""
    from testkit.cluster import START_TIMEOUT

    _dask_session_client.wait_for_workers(2, timeout=START_TIMEOUT)
    return _dask_session_client
