"""Shared helpers: the fixture pages and their gold files."""

from __future__ import annotations

import json
from pathlib import Path

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
