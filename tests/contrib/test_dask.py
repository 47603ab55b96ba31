"""pagestrip.contrib.dask against a real cluster of worker processes: the ``dask scheduler``
and two ``dask worker`` processes the Dask tests share (tests/contrib/conftest.py), and the
``LocalCluster`` of two worker processes that ``pagestrip clean --scheduler local`` starts.

The output must equal the local batch path record for record: the same feed
cleaned by ``pagestrip clean --jsonl-field`` and by :func:`clean_bag` /
:func:`clean_dataframe` on two worker processes.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

# Checked without importing: Dask, distributed and pandas are imported by the tests that use
# them, so collecting this module (in every pytest-xdist worker) costs no Dask import.
if importlib.util.find_spec("distributed") is None:
    pytest.skip("the dask extra is not installed: pip install -e '.[dask]'", allow_module_level=True)
if importlib.util.find_spec("pyarrow") is None:
    pytest.skip("the dask extra's DataFrames need pyarrow: pip install -e '.[dask]'", allow_module_level=True)

from pagestrip.contrib.dask import clean_bag, clean_dataframe
from pagestrip.parquet import result_columns
from testkit import ROOT, Ran, run_cli

#: Under pytest-xdist (``-n``) the Dask modules run one after another in one worker: the
#: cluster of worker processes they share is a fixture (tests/contrib/conftest.py), started
#: once there, not once per xdist worker.
pytestmark = pytest.mark.xdist_group("dask")

SRC = str(ROOT / "src")
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("0*.txt"))[:6]
HTML = sorted((ROOT / "fixtures" / "html").glob("*_utf8.html"))[:4]


@pytest.fixture()
def client(dask_client):
    """The shared cluster's client (tests/contrib/conftest.py)."""
    return dask_client


def items() -> list[dict]:
    out = [
        {
            "url": f"https://example.cn/{i}.html",
            "html": p.read_bytes().decode("utf-8", "replace"),
            "n": i,
            "title": "the crawler's title",
        }
        for i, p in enumerate([*SEEDS, *HTML])
    ]
    out.insert(3, {"url": "https://example.cn/null.html", "html": None, "n": 99})
    return out


def local_batch(tmp_path: Path, records: list[dict], *args: str) -> list[dict]:
    """What ``pagestrip clean feed.jsonl --jsonl-field html -j 2`` writes for ``records``,
    without each record's ``source``."""
    feed, out = tmp_path / "feed.jsonl", tmp_path / "out.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    run_cli("clean", feed, "--jsonl-field", "html", "-o", out, "-q", "-j", "2", *args)
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    for r in recs:
        r["pagestrip"].pop("source")
    return recs


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory):
    """:func:`local_batch` of :func:`items` with the given options: run once per set of options
    for the tests of this module, each of which gets a copy of its own."""
    done: dict[tuple[str, ...], str] = {}

    def get(*args: str) -> list[dict]:
        if args not in done:
            done[args] = json.dumps(local_batch(tmp_path_factory.mktemp("batch"), items(), *args))
        return json.loads(done[args])

    return get


def test_clean_bag_equals_the_local_batch_record_for_record(client, batch):
    import dask.bag as db

    records = items()
    expected = batch("--disable", "zh.footer.*")
    bag = db.from_sequence(records, npartitions=3)
    got = clean_bag(bag, field="html", disable=["zh.footer.*"], timeout=30).compute()
    assert [r["pagestrip"].get("source") for r in got] == [r["url"] for r in records]
    for r in got:
        r["pagestrip"].pop("source")
    assert got == expected
    assert [r for r in got if "error" in r["pagestrip"]] == [got[3]]


def test_clean_dataframe_keeps_index_and_columns_and_matches_the_batch(client, batch):
    import dask.dataframe as dd
    import pandas as pd

    records = items()
    expected = batch()
    frame = pd.DataFrame(records, index=pd.Index([f"k{i}" for i in range(len(records))], name="key"))
    ddf = dd.from_pandas(frame, npartitions=3, sort=False)
    cleaned = clean_dataframe(ddf, column="html", timeout=30)
    assert "html" not in cleaned.columns and "pagestrip_text" in cleaned.columns
    out = cleaned.compute()
    assert list(out.index) == list(frame.index) and list(out["n"]) == list(frame["n"])
    assert list(out["title"].fillna("-")) == list(frame["title"].fillna("-"))  # the record's own, not overwritten
    for (_, row), exp in zip(out.iterrows(), expected, strict=True):
        want = result_columns(exp["pagestrip"], "pagestrip")
        got = json.loads(row["pagestrip_json"])
        got.pop("source")
        assert got == exp["pagestrip"]
        assert (row["pagestrip_text"] if not pd.isna(row["pagestrip_text"]) else None) == want["pagestrip_text"]
    assert str(out["pagestrip_removed_footer"].dtype) == "Int64"


def test_a_rule_file_is_loaded_once_per_worker_and_applies(client, tmp_path):
    import dask.bag as db

    # Run on the workers: defined in here, they travel by value (a module-level function of
    # this module would be pickled by name, and the workers cannot import the tests).
    def _loaded() -> int:
        from pagestrip.contrib import dask as contrib

        return len(contrib._LOADED)

    def _forget() -> None:
        from pagestrip.contrib import dask as contrib

        contrib._LOADED.clear()

    rules = tmp_path / "rules.toml"
    rules.write_text('disable = ["zh.footer.*"]\n', encoding="utf-8")
    client.run(_forget)
    bag = db.from_sequence(items(), npartitions=6)
    got = clean_bag(bag, rules=str(rules)).compute()
    assert set(client.run(_loaded).values()) <= {0, 1}  # one load a worker, not one a partition
    removed = [r["rule"] for x in got if "removed" in x["pagestrip"] for r in x["pagestrip"]["removed"]]
    assert removed and not any(r.startswith("zh.footer.") for r in removed)


# --- pagestrip clean --scheduler ---------------------------------------------------------------


def scheduler_run(tmp_path: Path, records: list[dict], scheduler: str, *args: str) -> Ran:
    """``pagestrip clean feed.jsonl --jsonl-field html --scheduler SCHEDULER``, in this process."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return run_cli("clean", feed, "--jsonl-field", "html", "--scheduler", scheduler, "-j", "2", "-q", *args)


def test_scheduler_writes_parquet_parts_in_input_order_equal_to_the_batch(client, batch, tmp_path):
    import pandas as pd

    records = items()
    expected = batch()
    out = tmp_path / "out"
    done = scheduler_run(
        tmp_path, records, client.scheduler.address, "--format", "parquet", "--partitions", "3", "-o", str(out)
    )
    assert done.returncode == 1, done.err  # the null page is an error record, not a crash
    parts = sorted(p.name for p in out.iterdir())
    assert parts == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    frame = pd.concat([pd.read_parquet(out / p) for p in parts], ignore_index=True)
    assert list(frame["n"]) == [r["n"] for r in records]  # one row per record, in input order across parts
    assert list(pd.read_parquet(out)["n"]) == [r["n"] for r in records]  # and as one dataset
    for (_, row), exp in zip(frame.iterrows(), expected, strict=True):
        got = json.loads(row["pagestrip_json"])
        got.pop("source")
        assert got == exp["pagestrip"]
    assert frame["pagestrip_error"].notna().sum() == 1 and frame.loc[3, "pagestrip_error"]


def test_scheduler_local_writes_jsonl_parts_equal_to_the_batch(batch, tmp_path, monkeypatch):
    """``--scheduler local``: the CLI starts its own LocalCluster (its worker processes import
    this checkout: PYTHONPATH) and writes the local batch's records."""
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")]))
    records = items()
    expected = batch("--disable", "zh.footer.*")
    out = tmp_path / "out"
    done = scheduler_run(tmp_path, records, "local", "--disable", "zh.footer.*", "-o", str(out))
    assert done.returncode == 1, done.err
    parts = sorted(out.iterdir())
    assert [p.name for p in parts] == [f"part-{i:05d}.jsonl" for i in range(len(parts))] and len(parts) > 1
    got = [json.loads(line) for p in parts for line in p.read_text(encoding="utf-8").splitlines()]
    assert [r["pagestrip"].pop("source") for r in got] == [
        f"{tmp_path / 'feed.jsonl'}:{i}" for i in range(1, len(records) + 1)
    ]
    assert got == expected


def test_scheduler_bad_address_is_a_clear_error_with_exit_2(tmp_path, monkeypatch, capsys):
    from pagestrip import cli
    from pagestrip.contrib.dask import scheduler as contrib  # where --scheduler reads them

    monkeypatch.setattr(contrib, "CONNECT_TIMEOUT", 0.25)  # nothing listens there: refused at once
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"url": "u", "html": "<p>x</p>"}) + "\n", encoding="utf-8")
    base = ["clean", str(feed), "--jsonl-field", "html", "-q", "-o", str(tmp_path / "out")]
    assert cli.main([*base, "--scheduler", "tcp://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err
    assert (
        err.startswith("pagestrip: --scheduler tcp://127.0.0.1:9: cannot reach the scheduler")
        and "Traceback" not in err
    )
    assert cli.main([*base, "--scheduler", "nowhere"]) == 2
    assert "give 'local' or the scheduler's address" in capsys.readouterr().err
    assert cli.main([*base, "--scheduler", "local", "--format", "csv"]) == 2
    assert cli.main([*base[:-2], "--scheduler", "local"]) == 2  # no -o DIR
