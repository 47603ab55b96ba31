"""pagestrip on a Dask cluster of separate processes, as one is run across machines.

A ``dask scheduler`` and two ``dask worker`` processes (``--no-nanny
--nthreads 1``) on 127.0.0.1, importing this checkout's pagestrip: the
cluster the Dask tests share (``testkit.cluster``, started once in
``tests/contrib/conftest.py``). ``pagestrip clean --scheduler tcp://…`` and
:func:`pagestrip.contrib.dask.clean_bag` run on them, and their output must
equal the local batch's record for record. A worker killed mid-run by its PID
(SIGKILL: no goodbye to the scheduler, its results in memory gone) must lose
and duplicate nothing.
"""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

# Checked without importing (see test_dask.py).
if importlib.util.find_spec("distributed") is None:
    pytest.skip("the dask extra is not installed: pip install -e '.[dask]'", allow_module_level=True)

from pagestrip.contrib.dask import clean_bag
from testkit import ROOT, run_cli

if TYPE_CHECKING:
    from distributed import Client

    from testkit.cluster import Cluster

#: Under pytest-xdist (``-n``) the Dask modules run one after another in one worker: the
#: cluster of worker processes they share is a fixture (tests/contrib/conftest.py), started
#: once there, not once per xdist worker.
pytestmark = pytest.mark.xdist_group("dask")

PAGES = sorted((ROOT / "fixtures" / "seeds").glob("0*.txt")) + sorted((ROOT / "fixtures" / "html").glob("*.html"))
#: Seconds any one run may take before the test fails instead of hanging CI.
RUN_TIMEOUT = 120.0
#: Copies of the fixture pages in the feed: two (57 records).
COPIES = 2


@pytest.fixture()
def cluster(dask_cluster: Cluster) -> Cluster:
    """The shared cluster (tests/contrib/conftest.py)."""
    return dask_cluster


@pytest.fixture()
def client(dask_client: Client) -> Client:
    """A client of the shared cluster, with two workers there (a killed one is replaced)."""
    return dask_client


def records(copies: int = COPIES) -> list[dict[str, Any]]:
    """The fixture pages as feed records, each with its own number ``n``: a record lost and
    another written twice cannot cancel out."""
    pages = [p.read_bytes().decode("utf-8", "replace") for p in PAGES]
    out: list[dict[str, Any]] = [
        {"url": f"https://example.cn/{c}/{i}.html", "html": page, "n": c * 1000 + i}
        for c in range(copies)
        for i, page in enumerate(pages)
    ]
    out.insert(5, {"url": "https://example.cn/null.html", "html": None, "n": -1})  # an error record
    return out


def without_source(recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records with the result's ``source`` (where the page was read) taken out."""
    for r in recs:
        r["pagestrip"].pop("source", None)
    return recs


def _feed(tmp: Path, copies: int) -> tuple[Path, list[dict[str, Any]]]:
    """The feed, and what the local batch (``pagestrip clean --jsonl-field html -j 2``) writes for it."""
    path, out = tmp / "feed.jsonl", tmp / "batch.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records(copies)), encoding="utf-8")
    run_cli("clean", path, "--jsonl-field", "html", "-q", "-j", "2", "-o", out)
    return path, [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def feed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    return _feed(tmp_path_factory.mktemp("feed"), COPIES)


def clean_args(feed: Path, address: str, out: Path, *args: str) -> list[str]:
    """The arguments of ``pagestrip clean FEED --scheduler ADDRESS -o OUT``."""
    return [
        "clean",
        str(feed),
        "--jsonl-field",
        "html",
        "-q",
        "--scheduler",
        address,
        "-o",
        str(out),
        *args,
    ]


def read_parts(out: Path) -> list[dict[str, Any]]:
    parts = sorted(out.iterdir())
    assert [p.name for p in parts] == [f"part-{i:05d}.jsonl" for i in range(len(parts))]
    return [json.loads(line) for p in parts for line in p.read_text(encoding="utf-8").splitlines()]


def test_the_cli_on_a_tcp_scheduler_writes_the_batchs_records(cluster, feed, tmp_path):
    path, expected = feed
    out = tmp_path / "out"
    done = run_cli(*clean_args(path, cluster.address, out, "--partitions", "5"))
    assert done.returncode == 1, done.err  # the null page is an error record, not a failed run
    assert len(list(out.iterdir())) == 5
    got = read_parts(out)
    assert [r["n"] for r in got] == [r["n"] for r in expected]
    assert got == expected  # sources too: both name the feed's lines


def test_clean_bag_on_a_tcp_scheduler_equals_the_batch(client, feed):
    import dask.bag as db

    _, expected = feed
    recs = records()
    got = clean_bag(db.from_sequence(recs, npartitions=7), field="html").compute()
    assert [r["pagestrip"]["source"] for r in got] == [r["url"] for r in recs]
    assert without_source(got) == without_source([json.loads(json.dumps(r)) for r in expected])


def _busy_worker(client: Client) -> tuple[str, int] | None:
    """A worker cleaning a part right now, once some part is done (its result then sits in a
    worker's memory, to be lost with it), with its process id; None while there is none."""
    processing = client.processing()
    if not any(client.has_what().values()):
        return None
    pids = client.run(os.getpid)
    for address, keys in processing.items():
        if keys and address in pids:
            return address, pids[address]
    return None


@pytest.mark.kills_a_worker  # run after the other tests of the shared cluster (conftest.py)
def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(client, feed, tmp_path):
    """The run is ``pagestrip clean --scheduler`` in this process, as in the tests above, while a
    thread watches the cluster: once a part is done it kills a busy worker. Should the run outlast
    RUN_TIMEOUT, the thread stops it as Ctrl-C would, so a hang fails the test, not CI."""
    path, expected = feed
    out = tmp_path / "out"
    # A part a record: the run is many small tasks, so a worker is found busy, and killed,
    # with most parts still to come.
    parts = str(len(expected))
    over = threading.Event()
    seen: dict[str, Any] = {}

    def watch() -> None:
        deadline = time.monotonic() + RUN_TIMEOUT
        try:
            while not over.is_set() and time.monotonic() < deadline:
                victim = _busy_worker(client)
                if victim is not None:
                    os.kill(victim[1], signal.SIGKILL)
                    seen["victim"], seen["mid_run"] = victim, not over.is_set()
                    break
                time.sleep(0.02)
        except Exception as exc:
            seen["error"] = exc
        if not over.wait(max(0.0, deadline - time.monotonic())):
            os.kill(os.getpid(), signal.SIGINT)  # the run hangs: interrupt it

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        done = run_cli(*clean_args(path, client.scheduler.address, out, "--partitions", parts))
    finally:
        over.set()
        watcher.join()
        signal.signal(signal.SIGINT, previous)
    assert "error" not in seen, seen["error"]
    assert "victim" in seen, "no worker was busy while the run lasted"
    address, _pid = seen["victim"]
    assert seen["mid_run"]  # killed mid-run: the run was not over
    assert address not in client.scheduler_info()["workers"]  # the scheduler saw it go
    assert done.returncode == 1, done.err
    got = read_parts(out)
    assert sorted(r["n"] for r in got) == sorted(r["n"] for r in expected)  # nothing lost, nothing twice
    assert got == expected  # and in input order, record for record


def _cli(*argv: str) -> int:
    from pagestrip import cli

    return cli.main(list(argv))


def test_the_cli_reads_a_big_input_as_it_sends_it(client, feed, tmp_path, monkeypatch):
    """Past the read-ahead, pages are read only as parts are sent, a few parts a worker ahead of
    what is written: a crawl bigger than this machine's memory goes through. Shrunk here to
    pages in kilobytes, the feed is a big input."""
    from pagestrip.contrib.dask import scheduler as contrib  # where --scheduler reads them

    path, expected = feed
    monkeypatch.setattr(contrib, "READ_AHEAD", 120_000)
    monkeypatch.setattr(contrib, "PART_BYTES", 40_000)
    read = 0
    iter_jobs = contrib.iter_jobs

    def counted(*args: Any, **kwargs: Any) -> Iterator[Any]:
        nonlocal read
        for job in iter_jobs(*args, **kwargs):
            read += 1
            yield job

    ahead: list[int] = []  # at each part written: pages read but not yet written
    write_part = contrib._write_part

    def write(path: str, pairs: list[Any], *args: Any) -> None:
        ahead.append(read - sum(1 for _ in read_parts_so_far(out)))
        write_part(path, pairs, *args)

    monkeypatch.setattr(contrib, "iter_jobs", counted)
    monkeypatch.setattr(contrib, "_write_part", write)
    out = tmp_path / "out"
    assert (
        _cli("clean", str(path), "--jsonl-field", "html", "-q", "--scheduler", client.scheduler.address, "-o", str(out))
        == 1
    )
    got = read_parts(out)
    assert got == expected
    biggest = max(len(p.read_text(encoding="utf-8").splitlines()) for p in out.iterdir())
    window = contrib.IN_FLIGHT_PER_WORKER * 2
    assert len(ahead) > window + 2  # cut by size as read, not into 3 parts a worker
    assert ahead[0] < len(expected) // 3  # the first part is written long before the feed is read
    assert max(ahead) <= (window + 1) * biggest  # the parts in flight and the one being filled


def read_parts_so_far(out: Path) -> Iterator[str]:
    """The records in the part files written so far."""
    for p in sorted(out.glob("part-*")):
        yield from p.read_text(encoding="utf-8").splitlines()


def test_an_interrupted_run_leaves_only_whole_parts(client, feed, tmp_path, monkeypatch):
    """A part file is there complete or not at all: interrupted while writing the second part,
    the run leaves the first part, whole, and nothing of the second, so what is in the folder
    can be trusted (and a run started again knows which parts are done)."""
    from pagestrip import cli

    path, expected = feed
    reported = 0
    report = cli._report
    first = -(-len(expected) // 3)  # the first of three parts' records

    def interrupting(*args: Any) -> None:
        nonlocal reported
        reported += 1
        if reported == first + 5:  # five records into the second part
            raise KeyboardInterrupt
        report(*args)

    monkeypatch.setattr(cli, "_report", interrupting)
    out = tmp_path / "out"
    assert (
        _cli(
            "clean",
            str(path),
            "--jsonl-field",
            "html",
            "-q",
            "--scheduler",
            client.scheduler.address,
            "--partitions",
            "3",
            "-o",
            str(out),
        )
        == 130
    )
    assert sorted(p.name for p in out.iterdir()) == ["part-00000.jsonl"]
    assert read_parts(out) == expected[:first]
