"""Parquet out (``--format parquet``, one row per input record, in order) and in (``--parquet-column``)."""

from __future__ import annotations

import datetime
import importlib.util
import json
from pathlib import Path

import pytest

# Checked without importing: pyarrow and pandas are imported by the tests that use them, so
# collecting this module (in every pytest-xdist worker) costs no pyarrow or pandas import.
if importlib.util.find_spec("pyarrow") is None:
    pytest.skip("the parquet extra (pyarrow) is not installed: pip install -e '.[parquet]'", allow_module_level=True)
if importlib.util.find_spec("pandas") is None:
    pytest.skip("pandas (reads the Parquet back) is not installed", allow_module_level=True)

from pagestrip.parquet import KINDS
from testkit import SEEDS as SEEDS_DIR
from testkit import run_cli as cli

SEEDS = sorted(SEEDS_DIR.glob("0*.txt"))[:6]


def feed(path: Path) -> list[dict]:
    """Seed pages as a Scrapy feed, its own ``title`` beside the page, and two records that do
    not fit the first ones: a null page, and a field of another type plus one not seen before."""
    items = [
        {
            "url": f"https://example.cn/{i}.html",
            "html": p.read_bytes().decode("utf-8", "replace"),
            "n": i,
            "title": "the crawler's title",
        }
        for i, p in enumerate(SEEDS)
    ]
    items.insert(2, {"url": "https://example.cn/null.html", "html": None, "n": 99})
    items.append({"url": "https://example.cn/odd.html", "html": "<p>short page</p>", "n": "seven", "tags": ["a", "b"]})
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items), encoding="utf-8")
    return items


def test_feed_to_parquet_one_row_per_record_in_input_order(tmp_path):
    import pandas as pd

    items = feed(tmp_path / "feed.jsonl")
    out, jsonl = tmp_path / "out.parquet", tmp_path / "out.jsonl"
    proc = cli(
        "clean",
        str(tmp_path / "feed.jsonl"),
        "--jsonl-field",
        "html",
        "--format",
        "parquet",
        "-o",
        str(out),
        "-j",
        "2",
        "-q",
    )
    assert proc.returncode == 1, proc.stderr  # the null page
    assert cli("clean", str(tmp_path / "feed.jsonl"), "--jsonl-field", "html", "-o", str(jsonl), "-q").returncode == 1
    expected = [json.loads(x) for x in jsonl.read_text(encoding="utf-8").splitlines()]
    df = pd.read_parquet(out)
    assert len(df) == len(items)
    assert list(df["url"]) == [x["url"] for x in items]
    assert list(df["pagestrip_source"]) == [f"{tmp_path / 'feed.jsonl'}:{i + 1}" for i in range(len(items))]
    assert df["title"].iloc[0] == "the crawler's title"  # the record's own field, not overwritten
    assert str(df["n"].dtype) == "float64"  # int64 with a null (the last row's "n" did not fit)
    for kind in KINDS:
        assert f"pagestrip_removed_{kind}" in df.columns
    for (_, row), exp in zip(df.iterrows(), expected, strict=True):
        result = exp["pagestrip"]
        assert json.loads(row["pagestrip_json"]) == result
        if "error" in result:
            assert row["pagestrip_error"] == result["error"] and pd.isna(row["pagestrip_text"])
            continue
        assert (row["pagestrip_title"] if isinstance(row["pagestrip_title"], str) else None) == result["title"]
        assert row["pagestrip_text"] == "\n\n".join(a["text"] for a in result["articles"] if a["text"])
        assert row["pagestrip_removed_footer"] == result["stats"]["removed_chars"].get("footer", 0)
    # The last record's "n" is text where the first records set an int column: kept as JSON.
    assert json.loads(df["pagestrip_extra_fields"].iloc[-1]) == {"n": "seven"}
    assert list(df["tags"].iloc[-1]) == ["a", "b"] and df["tags"].iloc[0] is None
    assert pd.isna(df["n"].iloc[-1]) and pd.isna(df["pagestrip_extra_fields"].iloc[0])


def test_parquet_table_in_with_its_columns_passed_through(tmp_path):
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    when = datetime.datetime(2024, 5, 1, 10, 0)
    table = pa.table(
        {
            "id": list(range(4)),
            "html": [SEEDS[0].read_bytes(), None, SEEDS[1].read_bytes(), b"<p>x</p>"],
            "url": [f"https://example.cn/{i}" for i in range(4)],
            "fetched": [when] * 4,
        }
    )
    src = tmp_path / "pages.parquet"
    pq.write_table(table, src, row_group_size=3)
    out = tmp_path / "out.jsonl"
    proc = cli("clean", str(src), "--parquet-column", "html", "-o", str(out), "-q")
    assert proc.returncode == 1  # the null page
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in recs] == [0, 1, 2, 3]
    assert recs[0]["fetched"] == "2024-05-01T10:00:00" and "html" not in recs[0]
    assert recs[0]["pagestrip"]["source"] == f"{src}:1" and recs[0]["pagestrip"]["url"] == "https://example.cn/0"
    assert recs[0]["pagestrip"]["articles"] and "is null" in recs[1]["pagestrip"]["error"]
    # Parquet to Parquet, and a folder of tables
    folder = tmp_path / "tables"
    folder.mkdir()
    pq.write_table(table, folder / "a.parquet")
    pq.write_table(table.slice(0, 1), folder / "b.parquet")
    proc = cli(
        "clean", str(folder), "--parquet-column", "html", "--format", "parquet", "-o", str(tmp_path / "o.pq"), "-q"
    )
    df = pd.read_parquet(tmp_path / "o.pq")
    assert list(df["id"]) == [0, 1, 2, 3, 0]
    assert str(df["fetched"].iloc[0]).startswith("2024-05-01")


def test_parquet_mistakes_are_one_line_errors(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    src = tmp_path / "pages.parquet"
    pq.write_table(pa.table({"body": ["<p>x</p>"]}), src)
    proc = cli("clean", str(src), "-o", str(tmp_path / "o.jsonl"))
    assert proc.returncode == 2 and b"--parquet-column" in proc.stderr and b"body" in proc.stderr
    proc = cli("clean", str(src), "--parquet-column", "html", "-o", str(tmp_path / "o.jsonl"), "-q")
    assert proc.returncode == 1
    assert "no column 'html'" in json.loads((tmp_path / "o.jsonl").read_text())["pagestrip"]["error"]
    proc = cli("clean", str(SEEDS[0]), "--format", "parquet")
    assert proc.returncode == 2 and b"-o FILE" in proc.stderr
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 not really")
    proc = cli("clean", str(broken), "--parquet-column", "html", "-o", str(tmp_path / "b.jsonl"), "-q")
    assert proc.returncode == 1
    assert "unreadable Parquet" in json.loads((tmp_path / "b.jsonl").read_text())["pagestrip"]["error"]
