"""The same page gives the same output whatever Python's string-hash seed is:
set and dict order of strings must never decide a removal or a pointer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(ROOT)], env=env, capture_output=True, text=True, check=True, timeout=300
    )
    return done.stdout


def test_output_does_not_depend_on_the_hash_seed() -> None:
    first = _digests("1")
    assert first.count("\n") >= 10
    assert _digests("2") == first
    assert _digests("12345") == first
