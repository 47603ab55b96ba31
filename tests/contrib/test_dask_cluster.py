"""pagestrip on a Dask cluster of separate processes, as one is run across machines.

A ``dask scheduler`` and two ``dask worker`` processes (``--nworkers 1
--nthreads 1``) are started here on 127.0.0.1, on ports the operating system
picks, importing this checkout's pagestrip; ``pagestrip clean --scheduler
tcp://…`` and :func:`pagestrip.contrib.dask.clean_bag` run on them, and their
output must equal the local batch's record for record. A worker killed
mid-run by its PID (SIGKILL: no goodbye to the scheduler, its results in
memory gone) must lose and duplicate nothing.

Every process started here is killed when the module is done, whatever happens.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

# Checked without importing (see test_dask.py).
if importlib.util.find_spec("distributed") is None:
    pytest.skip("the dask extra is not installed: pip install -e '.[dask]'", allow_module_level=True)

from pagestrip.contrib.dask import clean_bag
from testkit import ROOT, run_cli, subprocess_env

if TYPE_CHECKING:
    from distributed import Client

#: Under pytest-xdist (``-n``) the Dask modules run one after another in one worker: their
#: clusters of worker processes are fixtures (the LocalCluster of tests/contrib/conftest.py,
#: this module's own), started once there, not once per xdist worker.
pytestmark = pytest.mark.xdist_group("dask")

SRC = str(ROOT / "src")
PAGES = sorted((ROOT / "fixtures" / "seeds").glob("0*.txt")) + sorted((ROOT / "fixtures" / "html").glob("*.html"))
#: Seconds for the scheduler to write its address and for both workers to join it.
START_TIMEOUT = 60.0
#: Seconds any one run may take before the test fails instead of hanging CI.
RUN_TIMEOUT = 120.0
#: Copies of the fixture pages in the feed: two (57 records) for the tests of what is written,
#: six (about 170) for the worker killed mid-run, so that a run lasts a few seconds on two
#: workers and a worker can be killed while it is busy.
COPIES = 2
BIG_COPIES = 6


def _env() -> dict[str, str]:
    """The environment of every process started here: this checkout's pagestrip first, so the
    workers clean with the code under test, not an installed copy."""
    return subprocess_env()


class Cluster:
    """A ``dask scheduler`` and its ``dask worker`` processes on this machine's loopback."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.procs: list[subprocess.Popen[bytes]] = []
        self.address = ""

    def _spawn(self, *argv: str, log: str) -> None:
        """``python -m dask …`` (the ``dask`` command of this Python), leading its own process group
        so that :meth:`stop` takes a worker's nanny and the worker it runs together."""
        with open(self.tmp / log, "wb") as out:
            self.procs.append(
                subprocess.Popen(
                    [sys.executable, "-m", "dask", *argv],
                    env=_env(),
                    cwd=self.tmp,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )

    def start(self, workers: int) -> None:
        info = self.tmp / "scheduler.json"  # --port 0: the scheduler picks a free port and writes it here
        self._spawn(
            "scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--no-dashboard",
            "--scheduler-file",
            str(info),
            log="scheduler.log",
        )
        self._wait(lambda: info.exists() and "address" in _json_or_empty(info), "the scheduler's address")
        self.address = json.loads(info.read_text(encoding="utf-8"))["address"]
        assert self.address.startswith("tcp://127.0.0.1:"), self.address
        for n in range(workers):
            self._spawn(
                "worker",
                self.address,
                "--host",
                "127.0.0.1",
                "--nworkers",
                "1",
                "--nthreads",
                "1",
                "--no-dashboard",
                "--name",
                f"w{n}",
                "--local-directory",
                str(self.tmp / f"w{n}"),
                log=f"worker{n}.log",
            )

    def _wait(self, ready: Any, what: str) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while not ready():
            if any(p.poll() is not None for p in self.procs) or time.monotonic() > deadline:
                raise RuntimeError(f"the test cluster did not start ({what}):\n{self.logs()}")
            time.sleep(0.05)

    def logs(self) -> str:
        return "\n".join(
            f"--- {p.name}\n{p.read_text(encoding='utf-8', errors='replace')[-3000:]}"
            for p in sorted(self.tmp.glob("*.log"))
        )

    def stop(self) -> None:
        for p in self.procs:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(p.pid, signal.SIGKILL)
        for p in self.procs:
            with contextlib.suppress(subprocess.TimeoutExpired):
                p.wait(timeout=10)


def _json_or_empty(path: Path) -> dict[str, Any]:
    """The scheduler file, or {} while it is still being written."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return {}


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    from distributed import Client

    c = Cluster(tmp_path_factory.mktemp("cluster"))
    try:
        c.start(workers=2)
        with Client(c.address, timeout=START_TIMEOUT) as client:
            client.wait_for_workers(2, timeout=START_TIMEOUT)
            files = client.run(lambda: __import__("pagestrip").__file__)
            assert len(files) == 2 and all(f.startswith(SRC) for f in files.values()), files
        yield c
    finally:
        c.stop()


@pytest.fixture()
def client(cluster: Cluster) -> Iterator[Client]:
    """A client of the test cluster, with both workers there (a killed worker's nanny starts a new one)."""
    from distributed import Client

    with Client(cluster.address, timeout=START_TIMEOUT) as c:
        c.wait_for_workers(2, timeout=START_TIMEOUT)
        yield c


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


@pytest.fixture(scope="module")
def big_feed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    return _feed(tmp_path_factory.mktemp("big_feed"), BIG_COPIES)


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


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(client, big_feed, tmp_path):
    path, expected = big_feed
    out = tmp_path / "out"
    run = subprocess.Popen(
        [sys.executable, "-m", "pagestrip", *clean_args(path, client.scheduler.address, out, "--partitions", "24")],
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + RUN_TIMEOUT
        victim = None
        while victim is None and run.poll() is None and time.monotonic() < deadline:
            victim = _busy_worker(client)
            time.sleep(0.02)
        assert victim is not None, "no worker was busy while the run lasted"
        address, pid = victim
        os.kill(pid, signal.SIGKILL)
        assert run.poll() is None  # killed mid-run: the run was not over
        _stdout, stderr = run.communicate(timeout=RUN_TIMEOUT)
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    assert address not in client.scheduler_info()["workers"]  # the scheduler saw it go
    assert run.returncode == 1, stderr
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
