"""Smoke tests of the console script as a real process: what running ``pagestrip.cli.main``
in the test's own process cannot show — the installed ``pagestrip`` script and
``python -m pagestrip`` start and give main's exit status, an argparse error exits 2 without a
traceback, and standard input on a real terminal is refused. The commands themselves are
tested in process (test_cli.py); Ctrl-C, SIGTERM and killed workers in tests/batch/.

Each child gets this checkout's ``src`` first on its path (``testkit.subprocess_env``), so it
runs the code under test, not an installed copy.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from testkit import SEEDS, SRC, run_cli, subprocess_env

SEED_000 = SEEDS / "000_ac3e718c7ea6533d.txt"


def module(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pagestrip", *args], capture_output=True, env=subprocess_env(), timeout=120, **kwargs
    )


def test_python_m_pagestrip_cleans_as_main_does_in_process():
    proc = module("clean", "--format", "json", "-", input=SEED_000.read_bytes())
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == json.loads(run_cli("clean", "--format", "json", SEED_000).stdout)
    # main's status is the process's: a page that cannot be cleaned exits 1
    proc = module("clean", "-", input=bytes(range(256)) * 100)
    assert proc.returncode == 1 and b"binary" in proc.stderr and b"Traceback" not in proc.stderr


def test_bad_arguments_exit_2_without_a_traceback():
    """argparse's own exit (SystemExit 2 from inside main) is the process's status."""
    proc = module("clean", "--format", "xml", str(SEED_000), stdin=subprocess.DEVNULL)
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr and proc.stderr.startswith(b"usage: "), proc.stderr


def test_the_installed_console_script_runs_main():
    script = shutil.which("pagestrip")
    if script is None:
        pytest.skip("the pagestrip console script is not installed (pip install -e .)")
    proc = subprocess.run([script, "rules", "--format", "json"], capture_output=True, env=subprocess_env(), timeout=120)
    assert proc.returncode == 0, proc.stderr
    ids = [r["id"] for r in json.loads(proc.stdout)]
    assert ids == [r["id"] for r in json.loads(run_cli("rules", "--format", "json").stdout)]
    proc = subprocess.run([script, "rules", "--check", "/no/such.toml"], capture_output=True, env=subprocess_env())
    assert proc.returncode == 2 and b"no such file" in proc.stderr


def test_no_input_on_a_real_terminal_is_a_usage_error():
    """`pagestrip clean` with standard input a terminal (a pseudo-terminal here): exit 2, not a wait."""
    import pty

    master, slave = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "pagestrip", "clean"],
            stdin=slave,
            capture_output=True,
            timeout=60,
            env=subprocess_env(),
        )
    finally:
        os.close(slave)
        os.close(master)
    assert proc.returncode == 2 and b"standard input" in proc.stderr, proc.stderr


def test_the_child_runs_this_checkout():
    """The smoke tests above are only worth something if the child imports this checkout."""
    proc = subprocess.run(
        [sys.executable, "-c", "import pagestrip; print(pagestrip.__file__)"],
        capture_output=True,
        text=True,
        env=subprocess_env(),
        timeout=60,
    )
    assert proc.stdout.strip().startswith(str(SRC)), proc.stdout
