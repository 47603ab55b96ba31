"""Packaging: the sdist carries what its tests need, and the project says what it is."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tracked(*folders: str) -> set[str]:
    proc = subprocess.run(["git", "ls-files", *folders], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip("not a git checkout (e.g. run from the sdist itself)")
    return {line for line in proc.stdout.splitlines() if "__pycache__" not in line}


def test_issue12_the_sdist_ships_the_tests_and_everything_they_read(tmp_path):
    """Issue 12, packaging: the sdist ships what its tests need (tests, fixtures, the example
    rule file, the benchmarks' feed maker), and a LICENSE."""
    needed = _tracked("tests", "fixtures", "examples", "benchmarks") | {"LICENSE", "README.md", "CHANGELOG.md"}
    work = tmp_path / "src"
    shutil.copytree(
        ROOT,
        work,
        ignore=shutil.ignore_patterns(
            ".git",
            "*.egg-info",
            "__pycache__",
            ".hypothesis",
            ".pytest_cache",
            "build",
            "dist",
            ".ci-venv",
            ".mypy_cache",
            ".ruff_cache",
        ),
    )
    (work / ".git").unlink(missing_ok=True)
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from setuptools import build_meta; print(build_meta.build_sdist(sys.argv[1]))",
            str(tmp_path / "dist"),
        ],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    sdist = tmp_path / "dist" / proc.stdout.strip().splitlines()[-1]
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    missing = sorted(needed - names)
    assert not missing, missing[:20]


def test_issue12_license_and_classifiers():
    """Issue 12, packaging: a LICENSE file matching the declared licence, and classifiers."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    license_text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert meta["license"]["text"] == "MIT" and license_text.startswith("MIT License")
    classifiers = meta["classifiers"]
    assert "License :: OSI Approved :: MIT License" in classifiers
    assert "Natural Language :: Chinese (Simplified)" in classifiers
    assert any(c.startswith("Programming Language :: Python :: 3.1") for c in classifiers)
    assert "tqdm" in " ".join(meta["dependencies"])
