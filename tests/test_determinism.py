"""The same page gives the same output whatever Python's string-hash seed is:
set and dict order of strings must never decide a removal or a pointer."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pagestrip
from testkit import subprocess_env

ROOT = Path(__file__).resolve().parent.parent

_SCRIPT = """
import hashlib, sys
from pathlib import Path
import pagestrip
root = Path(sys.argv[1])
pages = sorted((root / "fixtures" / "seeds").iterdir()) + sorted((root / "fixtures" / "html").glob("*.html"))
for p in pages:
    print(p.name, hashlib.sha1(pagestrip.clean(p.read_bytes()).to_json().encode()).hexdigest())
"""


def _digests(seed: str) -> str:
    env = subprocess_env(PYTHONHASHSEED=seed)  # this checkout's pagestrip, as in this process
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(ROOT)], env=env, capture_output=True, text=True, check=True, timeout=300
    )
    return done.stdout


def _digests_here() -> str:
    """What ``_SCRIPT`` prints, computed in this process, with its own hash seed (random unless
    PYTHONHASHSEED fixes it): one interpreter start fewer than a third child."""
    pages = sorted((ROOT / "fixtures" / "seeds").iterdir()) + sorted((ROOT / "fixtures" / "html").glob("*.html"))
    return "".join(
        f"{p.name} {hashlib.sha1(pagestrip.clean(p.read_bytes()).to_json().encode()).hexdigest()}\n" for p in pages
    )


def test_output_does_not_depend_on_the_hash_seed() -> None:
    here = _digests_here()
    assert here.count("\n") >= 10
    # two seeds other than this process's own, so that three different seeds are compared
    seeds = [s for s in ("1", "2", "12345") if s != os.environ.get("PYTHONHASHSEED")][:2]
    for seed in seeds:
        assert _digests(seed) == here, seed
