"""Shared helpers: the fixture pages and their gold files."""

from __future__ import annotations

import json
import os
from pathlib import Path

from hypothesis import HealthCheck, settings

# "ci" keeps the suite to a minute; HYPOTHESIS_PROFILE=thorough digs deeper.
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile("ci", max_examples=40, deadline=None, suppress_health_check=_QUIET)
settings.register_profile("thorough", max_examples=400, deadline=None, suppress_health_check=_QUIET)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
GOLD = ROOT / "fixtures" / "gold"


def gold_pages() -> list[tuple[dict, bytes]]:
    """(gold, page bytes) for every gold file."""
    out = []
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        out.append((gold, (SEEDS / gold["seed"]).read_bytes()))
    return out


def gold_articles() -> list[dict]:
    """Every gold article (title and text) of every fixture page."""
    return [a for gold, _ in gold_pages() for a in gold["articles"]]
