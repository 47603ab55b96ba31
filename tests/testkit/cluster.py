"""A Dask cluster of separate processes on this machine, as one is run across machines: a
``dask scheduler`` and ``dask worker`` processes (``--no-nanny --nthreads 1``) on 127.0.0.1,
on ports the operating system picks, importing this checkout's pagestrip. The Dask tests
share one (``tests/contrib/conftest.py``).

Without a nanny a ``dask worker`` is one process, not a nanny and the worker process it
spawns (each a Python importing distributed), and a worker killed is gone, as a machine's
is, instead of being restarted: :meth:`Cluster.add_worker` starts another when a test needs
it. Every process started here is killed by :meth:`Cluster.stop`, whatever happens.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from . import subprocess_env

#: Seconds for the scheduler to write its address and for the workers to join it.
START_TIMEOUT = 60.0


class Cluster:
    """A ``dask scheduler`` and its ``dask worker`` processes on this machine's loopback."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.procs: list[subprocess.Popen[bytes]] = []
        self.address = ""
        self.workers: dict[str, subprocess.Popen[bytes]] = {}  # by name, killed ones included

    def _spawn(self, *argv: str, log: str) -> None:
        """``python -m dask …`` (the ``dask`` command of this Python), leading its own process group
        so that :meth:`stop` takes it and anything it started together. Its environment puts
        this checkout's pagestrip first: the workers clean with the code under test, not an
        installed copy."""
        with open(self.tmp / log, "wb") as out:
            self.procs.append(
                subprocess.Popen(
                    [sys.executable, "-m", "dask", *argv],
                    env=subprocess_env(),
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
        for _ in range(workers):
            self.add_worker()

    def add_worker(self) -> None:
        """Start one more ``dask worker`` (it joins the scheduler in the time it takes to start)."""
        n = len(self.workers)
        self._spawn(
            "worker",
            self.address,
            "--host",
            "127.0.0.1",
            "--no-nanny",
            "--nthreads",
            "1",
            "--no-dashboard",
            "--name",
            f"w{n}",
            "--local-directory",
            str(self.tmp / f"w{n}"),
            log=f"worker{n}.log",
        )
        self.workers[f"w{n}"] = self.procs[-1]

    def live_workers(self) -> set[str]:
        """The names of the workers whose process runs."""
        return {name for name, proc in self.workers.items() if proc.poll() is None}

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
