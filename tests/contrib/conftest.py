"""The Dask cluster the contrib.dask tests share: a ``dask scheduler`` and two ``dask worker``
processes on loopback (``testkit.cluster``), started once for the three Dask modules, which
run one after another in one pytest-xdist worker (their ``xdist_group``). Each module starting
a cluster of its own cost seconds of process start-up a module; ``pagestrip clean --scheduler
local`` still starts (and closes) its own ``LocalCluster``, as that is what it tests."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from testkit import SRC


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "kills_a_worker: kills a worker of the shared Dask cluster")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that kills a worker of the shared cluster goes after every other test, so that no
    test after it waits for a replacement worker to start (a process start-up)."""
    killing = [item for item in items if item.get_closest_marker("kills_a_worker")]
    if killing:
        items[:] = [item for item in items if item not in killing] + killing


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
def dask_client(dask_cluster: Any, _dask_session_client: Any) -> Any:
    """A client of the shared cluster, with two workers there: a worker a test killed is
    replaced (the workers run without a nanny, which would have restarted it)."""
    from testkit.cluster import START_TIMEOUT

    for _ in range(2 - len(dask_cluster.live_workers())):
        dask_cluster.add_worker()
    deadline = time.monotonic() + START_TIMEOUT
    # the scheduler's workers are the live ones: a replacement has joined, a killed one is gone
    while {w["name"] for w in _dask_session_client.scheduler_info()["workers"].values()} != dask_cluster.live_workers():
        if time.monotonic() > deadline:
            raise RuntimeError(f"the test cluster did not get its two workers back:\n{dask_cluster.logs()}")
        time.sleep(0.05)
    return _dask_session_client
