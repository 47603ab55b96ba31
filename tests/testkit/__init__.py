"""What the tests share: the project's paths, the fixture pages with their gold files, and
:func:`run_cli`, the console script run in this process.

Importable from every test folder as ``testkit`` (``pythonpath = ["tests"]`` in pyproject.toml).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"
FIXTURES = ROOT / "fixtures"
SEEDS = FIXTURES / "seeds"
GOLD = FIXTURES / "gold"
EXAMPLES = ROOT / "examples"
#: The shared corpus of real pages beside the repository (not part of it): tests
#: that read it skip, saying why, when it is absent.
CORPUS = ROOT.parent / "shared" / "corpus"


#: The headless browser the screenshot tests drive, or None (they skip, saying why).
BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")


def screenshot(page: Path, tmp_path: Path, window: str) -> bytes:
    """A PNG of ``page`` rendered by headless Chromium in a ``window`` ("1100,1500")."""
    assert BROWSER is not None
    shot = tmp_path / "shot.png"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"]
    quiet = ["--disable-background-networking", "--disable-component-update", "--disable-sync"]
    subprocess.run(
        [
            BROWSER,
            *flags,
            *quiet,
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--screenshot={shot}",
            f"--window-size={window}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
    )
    return shot.read_bytes()


def gold_pages() -> list[tuple[dict[str, Any], bytes]]:
    """(gold, page bytes) for every gold file."""
    out = []
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        out.append((gold, (SEEDS / gold["seed"]).read_bytes()))
    return out


def gold_articles() -> list[dict[str, Any]]:
    """Every gold article (title and text) of every fixture page."""
    return [a for gold, _ in gold_pages() for a in gold["articles"]]


def subprocess_env(**extra: str) -> dict[str, str]:
    """The environment for a child ``python -m pagestrip``: this checkout's ``src`` first on
    the path, so the child runs the code under test, not an installed copy."""
    path = os.pathsep.join(p for p in (str(SRC), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path, **extra}


@dataclass
class Ran:
    """What a run of the console script gave, as :class:`subprocess.CompletedProcess` has it."""

    returncode: int
    stdout: bytes
    stderr: bytes

    @property
    def out(self) -> str:
        return self.stdout.decode("utf-8")

    @property
    def err(self) -> str:
        return self.stderr.decode("utf-8", "replace")


class _Stdin(io.TextIOWrapper):
    """A piped standard input (``isatty`` False), or a terminal's (``tty=True``)."""

    def __init__(self, data: bytes, tty: bool = False) -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8")
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


def _exit_code(exc: SystemExit) -> int:
    """The status a process would exit with (argparse exits 2 on bad arguments, 0 on --version)."""
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        return exc.code
    print(exc.code, file=sys.stderr)
    return 1


@contextmanager
def _redirected(stdin: io.TextIOWrapper, out: Any, err: Any, cwd: Path | str | None) -> Iterator[None]:
    """File descriptors 1 and 2 and ``sys.stdin/stdout/stderr`` pointed at the files ``out``
    and ``err`` (the CLI writes records with ``os.write`` on fd 1, messages with ``print``), and back."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved_fds = os.dup(1), os.dup(2)
    saved = sys.stdin, sys.stdout, sys.stderr
    before = os.getcwd()
    try:
        os.dup2(out.fileno(), 1)
        os.dup2(err.fileno(), 2)
        sys.stdin = stdin
        # As a process's own: stdout block-buffered (the CLI flushes it before writing to fd 1
        # itself), stderr line-buffered.
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False, buffering=1)  # noqa: SIM115
        if cwd is not None:
            os.chdir(cwd)
        yield
    finally:
        for stream in (sys.stdout, sys.stderr):
            with suppress(OSError, ValueError):  # closed, or a write failed as the CLI's own would
                stream.close()
        os.chdir(before)
        sys.stdin, sys.stdout, sys.stderr = saved
        os.dup2(saved_fds[0], 1)
        os.dup2(saved_fds[1], 2)
        os.close(saved_fds[0])
        os.close(saved_fds[1])


def run_cli(*args: str | os.PathLike[str], stdin: bytes = b"", tty: bool = False, cwd: Path | str | None = None) -> Ran:
    """``pagestrip ARGS`` run in this process through :func:`pagestrip.cli.main`: its exit
    status, and the bytes it wrote to standard output and error.

    ``stdin`` is what is piped in (nothing by default, as from ``/dev/null``); ``tty=True``
    makes standard input a terminal instead. The worker processes a batch starts are forked
    from this one, so they run the code under test too.
    """
    from pagestrip.cli import main

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        with _redirected(_Stdin(stdin, tty), out, err, cwd):
            try:
                code = main([os.fspath(a) for a in args])
            except SystemExit as exc:
                code = _exit_code(exc)
        out.seek(0)
        err.seek(0)
        return Ran(code, out.read(), err.read())
