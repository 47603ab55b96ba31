"""The worker processes: pages cleaned in a pool of workers, in input order,
and a worker that dies or passes its page's time limit replaced.

:mod:`multiprocessing` is imported when the first worker starts: a run that
cleans in its own process (one page, ``-j 1`` without a time limit) never needs
it, and its import (with pickle and socket) cost a one-page command 10-15 ms.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
import weakref
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .records import Job, process

if TYPE_CHECKING:
    import multiprocessing.connection

#: A worker past its page's time limit gets this much longer to return the
#: page's own timeout error (the deadline is checked between stages, so a
#: stage may overrun it a little) before it is killed and replaced.
KILL_GRACE = 2.0
#: A page whose worker dies this many times is an error record; the first
#: death may have been another process's fault (the OOM killer picks by size).
MAX_TRIES = 2
#: Pages handed to a worker at once. One: a worker only sends when it has
#: finished, and the parent only sends to a worker that waits for a page, so
#: neither can block on a full pipe while the other blocks on its own (with
#: two, a 300 KB page sent while a 300 KB record comes back deadlocked both).
PER_WORKER = 1


def run(
    jobs: Iterable[Job],
    options: dict[str, Any],
    workers: int = 1,
    window: int | None = None,
    isolate: bool | None = None,
) -> Iterator[tuple[Job, dict[str, Any]]]:
    """Records in input order.

    With ``workers`` > 1, or ``isolate`` (default: whenever ``options`` has a
    ``timeout``), pages are cleaned in worker processes, ``window`` pages in
    flight, and a worker that dies or passes the page's time limit is
    replaced (see the module's docstring). Otherwise in this process.
    """
    if workers < 1:  # max(1, -3) would hide a caller's mistake
        raise ValueError(f"workers must be at least 1, not {workers}")
    if isolate is None:
        isolate = workers > 1 or options.get("timeout") is not None
    if not isolate:
        for job in jobs:
            yield job, process(job, options)
        return
    yield from _Pool(options, max(1, workers), window or max(1, workers) * 4).run(jobs)


#: The parent's ends of the workers' pipes. A forked worker inherits them all;
#: it closes them, so that when the parent dies each worker's pipe really
#: closes (instead of staying open in its siblings) and the worker ends.
_PARENT_ENDS: weakref.WeakSet[multiprocessing.connection.Connection] = weakref.WeakSet()


def _serve(conn: multiprocessing.connection.Connection, options: dict[str, Any], parent: int) -> None:
    """A worker's loop: receive ``(seq, job)``, send ``(seq, record)``; stop on None or when orphaned."""
    for other in list(_PARENT_ENDS):
        with contextlib.suppress(OSError):
            other.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C goes to the parent, which stops us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, inherited by fork
    while True:
        while not conn.poll(1.0):
            if os.getppid() != parent:  # the parent was killed: do not linger
                return
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        seq, job = msg
        record = process(job, options)
        try:
            conn.send((seq, record))
        except (OSError, ValueError):
            return
        except Exception as exc:  # a record that cannot be pickled: still one record
            conn.send((seq, {"source": job.source, "error": f"{type(exc).__name__}: {exc}"}))


class _Worker:
    """One worker process and the pages it holds (the first is the one being cleaned)."""

    def __init__(self, options: dict[str, Any]) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context()
        self.conn, child = ctx.Pipe()
        _PARENT_ENDS.add(self.conn)
        self.proc = ctx.Process(target=_serve, args=(child, options, os.getpid()), daemon=True)
        self.proc.start()
        child.close()
        self.pending: deque[int] = deque()
        self.started = 0.0  # when the first pending page started

    def give(self, seq: int, job: Job) -> bool:
        """Send a page; False if the worker is gone (it died after its last answer)."""
        try:
            self.conn.send((seq, job))
        except (OSError, ValueError):
            return False
        if not self.pending:
            self.started = time.monotonic()
        self.pending.append(seq)
        return True

    def answered(self, seq: int) -> None:
        """The worker sent ``seq``'s record: the next pending page starts now."""
        if self.pending and self.pending[0] == seq:
            self.pending.popleft()
        self.started = time.monotonic()

    def stop(self, kill: bool) -> None:
        if not kill:
            try:
                self.conn.send(None)
            except (OSError, ValueError):
                kill = True
        if kill and self.proc.is_alive():
            self.proc.kill()
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(timeout=5)
        self.conn.close()


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exited with status {exitcode}"


class _Pool:
    """Worker processes that each clean one page at a time; see the module's docstring."""

    def __init__(self, options: dict[str, Any], workers: int, window: int) -> None:
        self.options = options
        self.n = workers
        self.window = window
        timeout = options.get("timeout")
        self.kill_after = timeout + KILL_GRACE if timeout else None
        self.timeout = timeout

    def run(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, dict[str, Any]]]:
        it = iter(jobs)
        held: dict[int, Job] = {}
        done: dict[int, dict[str, Any]] = {}
        tries: Counter[int] = Counter()
        queue: deque[int] = deque()
        pool: list[_Worker] = []
        next_seq = out_seq = 0
        exhausted = False
        clean_exit = False
        try:
            pool = [_Worker(self.options) for _ in range(self.n)]
            while True:
                while not exhausted and next_seq - out_seq < self.window:
                    job = next(it, None)
                    if job is None:
                        exhausted = True
                        break
                    held[next_seq] = job
                    if job.error is not None:
                        done[next_seq] = process(job, self.options)
                    else:
                        queue.append(next_seq)
                    next_seq += 1
                while out_seq in done:
                    yield held.pop(out_seq), done.pop(out_seq)
                    out_seq += 1
                if exhausted and out_seq == next_seq:
                    break
                if out_seq in done or (not exhausted and next_seq - out_seq < self.window):
                    continue
                for depth in range(PER_WORKER):
                    for i, w in enumerate(pool):
                        if len(w.pending) <= depth and queue:
                            seq = queue.popleft()
                            if not w.give(seq, held[seq]):  # died idle: replace it, page first in line
                                queue.appendleft(seq)
                                w.stop(kill=True)
                                pool[i] = _Worker(self.options)
                self._wait(pool, held, done, tries, queue)
            clean_exit = True
        finally:
            for w in pool:
                w.stop(kill=not clean_exit)

    def _wait(
        self,
        pool: list[_Worker],
        held: dict[int, Job],
        done: dict[int, dict[str, Any]],
        tries: Counter[int],
        queue: deque[int],
    ) -> None:
        """Wait for a result, a death or a time limit, and deal with it."""
        busy = [w for w in pool if w.pending]
        if not busy:
            return
        wait_for: float | None = None
        if self.kill_after is not None:
            now = time.monotonic()
            wait_for = max(0.0, min(w.started + self.kill_after - now for w in busy))
        handles: list[Any] = [w.conn for w in busy] + [w.proc.sentinel for w in busy]
        from multiprocessing.connection import wait  # imported with the first worker

        wait(handles, timeout=wait_for)
        for i, w in enumerate(pool):
            try:
                while w.pending and w.conn.poll():
                    rseq, record = w.conn.recv()
                    done[rseq] = record
                    w.answered(rseq)
            except Exception:  # EOF, or a record cut off by the worker's death: seen as dead below
                pass
            if not w.pending:
                if not w.proc.is_alive():  # died right after its last answer: replace it now
                    w.stop(kill=True)
                    pool[i] = _Worker(self.options)
                continue
            seq = w.pending[0]
            job = held[seq]
            if not w.proc.is_alive():
                w.proc.join()
                tries[seq] += 1
                how = _death(w.proc.exitcode)
                if tries[seq] >= MAX_TRIES:
                    done[seq] = {
                        "source": job.source,
                        "error": f"the worker cleaning this page was {how}, {tries[seq]} times "
                        "(out of memory, or a crash in a C library)",
                    }
                    w.pending.popleft()
                # The page it was on once more (unless it has had its tries), and the ones
                # waiting behind it, in a fresh worker, ahead of everything else.
                queue.extendleft(reversed(w.pending))
                w.stop(kill=True)
                pool[i] = _Worker(self.options)
            elif self.kill_after is not None and time.monotonic() - w.started > self.kill_after:
                done[seq] = {
                    "source": job.source,
                    "error": f"page timed out after {self.timeout:g} s; its worker was stopped",
                }
                w.pending.popleft()
                queue.extendleft(reversed(w.pending))
                w.stop(kill=True)
                pool[i] = _Worker(self.options)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
