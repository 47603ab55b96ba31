"""Cleaning many pages from the command line: folders, feeds, gzip, order, errors, exit codes.

The CLI runs in this process (``testkit.run_cli``; its workers are forked from it); Ctrl-C and
the progress bar on a terminal run it as a real process."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import pagestrip
from pagestrip.batch import Job, iter_jobs, run
from testkit import BROWSER, ROOT, screenshot, subprocess_env
from testkit import run_cli as cli

SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("0*.txt"))


def records(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_folder_to_jsonl_keeps_input_order_with_two_workers(tmp_path):
    out = tmp_path / "out.jsonl"
    proc = cli("clean", str(ROOT / "fixtures" / "seeds"), "--glob", "0*.txt", "-o", str(out), "--jobs", "2", "-q")
    assert proc.returncode == 0, proc.stderr
    recs = records(out)
    assert [r["source"] for r in recs] == [str(p) for p in SEEDS]
    for r, p in zip(recs, SEEDS, strict=True):
        assert r["articles"] == pagestrip.clean(p.read_bytes()).to_dict()["articles"]


def test_jsonl_feed_with_pass_through_fields_and_gzip(tmp_path):
    feed = tmp_path / "crawl.jsonl.gz"
    items = [
        {"url": f"https://example.cn/{i}.html", "html": p.read_text(encoding="utf-8"), "spider": "fw", "n": i}
        for i, p in enumerate(SEEDS[:3])
    ]
    with gzip.open(feed, "wt", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
        f.write("{not json\n")
        f.write(json.dumps({"url": "x", "body": "no html field"}) + "\n")
    out = tmp_path / "out.jsonl"
    proc = cli("clean", str(feed), "--jsonl-field", "html", "--url-field", "url", "-o", str(out), "-j", "2", "-q")
    assert proc.returncode == 1  # two records failed
    recs = records(out)
    assert len(recs) == 5
    for i, r in enumerate(recs[:3]):
        assert r["pagestrip"]["source"] == f"{feed}:{i + 1}"
        assert r["spider"] == "fw" and r["n"] == i and r["url"] == items[i]["url"]
        assert "html" not in r and r["pagestrip"]["articles"]
        assert r["pagestrip"]["url"] == items[i]["url"]
    assert "error" in recs[3]["pagestrip"] and "error" in recs[4]["pagestrip"]
    assert recs[4]["url"] == "x" and recs[4]["body"] == "no html field"


def test_issue12_item2_feed_fields_are_kept_and_the_result_cannot_overwrite_them(tmp_path):
    """Issue 12 item 2: result keys overwrote the feed's own fields (the README's
    make_feed example ended with "url": null on every record)."""
    feed = tmp_path / "feed.jsonl"
    fields = {
        "url": "https://example.cn/1.html",
        "title": "the crawler's title",
        "source": "xinhua",
        "text": "the crawler's text",
        "warnings": ["crawler"],
        "error": None,
        "n": 1,
    }
    page = SEEDS[0].read_text(encoding="utf-8")
    feed.write_text(
        json.dumps({**fields, "html": page}, ensure_ascii=False)
        + "\n"
        + json.dumps({**fields, "html": page, "pagestrip": {"old": 1}}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    proc = cli("clean", str(feed), "--jsonl-field", "html", "-o", str(out), "-q")
    assert proc.returncode == 1, proc.stderr  # the second line already holds a "pagestrip" field
    first, second = records(out)
    assert {k: v for k, v in first.items() if k != "pagestrip"} == fields
    result = pagestrip.clean(page).to_dict()
    assert first["pagestrip"]["source"] == f"{feed}:1"
    assert first["pagestrip"]["articles"] == result["articles"] and first["pagestrip"]["url"] == fields["url"]
    # A record that already holds the result field is an error record naming the way out.
    assert "--result-field" in second["pagestrip"]["error"] and second["url"] == fields["url"]
    assert "--result-field" in proc.stderr.decode()
    proc = cli("clean", str(feed), "--jsonl-field", "html", "--result-field", "cleaned", "-o", str(out), "-q")
    assert proc.returncode == 0, proc.stderr
    assert [r["cleaned"]["articles"] for r in records(out)] == [result["articles"]] * 2
    assert records(out)[1]["pagestrip"] == {"old": 1}


def test_gzip_file_reads_transparently(tmp_path):
    page = tmp_path / "page.txt.gz"
    page.write_bytes(gzip.compress(SEEDS[0].read_bytes()))
    proc = cli("clean", "--format", "json", str(page))
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["articles"] == pagestrip.clean(SEEDS[0].read_bytes()).to_dict()["articles"]


def test_out_dir_mirrors_the_input_tree(tmp_path):
    src = tmp_path / "in" / "a" / "b"
    src.mkdir(parents=True)
    (src / "p.txt").write_bytes(SEEDS[2].read_bytes())
    proc = cli("clean", str(tmp_path / "in"), "--out-dir", str(tmp_path / "out"), "--format", "json", "-q")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads((tmp_path / "out" / "a" / "b" / "p.txt.json").read_text(encoding="utf-8"))
    assert doc["articles"]


def test_summary_and_stats_file(tmp_path):
    stats = tmp_path / "stats.json"
    proc = cli(
        "clean",
        str(ROOT / "fixtures" / "seeds"),
        "--glob",
        "0*.txt",
        "-o",
        str(tmp_path / "o.jsonl"),
        "--stats",
        str(stats),
    )
    assert proc.returncode == 0
    summary = json.loads(stats.read_text(encoding="utf-8"))
    assert summary["pages"] == len(SEEDS) and summary["errors"] == 0
    assert summary["truncated"] == sum(pagestrip.clean(p.read_bytes()).truncated for p in SEEDS)
    assert summary["removed_chars"]["duplicate"] > 0 and len(summary["top_rules"]) == 10
    assert f"pages: {len(SEEDS)}," in proc.stderr.decode()


def test_a_page_that_fails_becomes_an_error_record_and_the_batch_goes_on(tmp_path, monkeypatch):
    jobs = [Job("a", b"\xff\xfe\x00"), Job("bad", None, error="unreadable"), Job("c", SEEDS[0].read_bytes())]
    out = list(run(jobs, {}, workers=1))
    assert [j.source for j, _ in out] == ["a", "bad", "c"]
    assert "error" in out[1][1] and out[2][1]["articles"]


def test_bad_arguments_and_missing_paths_exit_2(tmp_path):
    assert cli("clean", str(tmp_path / "nope")).returncode == 2
    assert cli("clean", "-o", str(tmp_path / "x"), "--out-dir", str(tmp_path / "y"), str(SEEDS[0])).returncode == 2


def test_iter_jobs_skips_files_outside_the_glob(tmp_path):
    (tmp_path / "a.html").write_text("<p>x</p>")
    (tmp_path / "b.txt").write_text("y")
    assert [j.relpath for j in iter_jobs([str(tmp_path)], glob="*.html")] == ["a.html"]


def test_ctrl_c_stops_and_leaves_valid_jsonl(tmp_path):
    import signal
    import time

    feed = tmp_path / "feed.jsonl"
    page = SEEDS[1].read_text(encoding="utf-8")
    with open(feed, "w", encoding="utf-8") as f:
        for i in range(600):  # far more than are cleaned before the Ctrl-C
            f.write(json.dumps({"html": page, "n": i}, ensure_ascii=False) + "\n")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pagestrip",
            "clean",
            str(feed),
            "--jsonl-field",
            "html",
            "-o",
            str(out),
            "-j",
            "2",
            "-q",
        ],
        stderr=subprocess.PIPE,
        env=subprocess_env(),
        # Ctrl-C as on a terminal: a child of a background job (nohup, `&`) starts with SIGINT
        # ignored, and Python then installs no KeyboardInterrupt handler.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60
    while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline:
        time.sleep(0.1)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert b"Traceback" not in stderr
    recs = records(out)
    assert 0 < len(recs) < 600
    assert [r["n"] for r in recs] == list(range(len(recs)))


def _crawl_folder(root: Path) -> Path:
    """A crawl folder as users have them: pages beside notes, code, data and VCS/OS litter."""
    crawl = root / "crawl"
    for name in (
        "a.html",
        "b.htm",
        "c.xhtml",
        "d.shtml",
        "e.txt",
        "sub/f.html",
        "sub/g.txt.gz",
        "h.html.gz",
        "README.md",
        "spider.py",
        "items.json",
        "notes.csv",
        ".DS_Store",
        ".git/HEAD",
        ".git/x.html",
        ".hidden/i.html",
        "sub/.j.html",
    ):
        path = crawl / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = SEEDS[0].read_bytes()
        path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return crawl


PAGE_FILES = ["a.html", "b.htm", "c.xhtml", "d.shtml", "e.txt", "h.html.gz", "sub/f.html", "sub/g.txt.gz"]


def test_issue12_item3_a_folder_gives_its_page_files_only(tmp_path):
    """Issue 12 item 3: a folder was read whole — README.md, .py, .json, .DS_Store, .git/."""
    crawl = _crawl_folder(tmp_path)
    assert [j.relpath for j in iter_jobs([str(crawl)])] == PAGE_FILES
    assert [j.relpath for j in iter_jobs([str(crawl)], glob=["*.html"])] == ["a.html", "sub/f.html"]
    assert [j.relpath for j in iter_jobs([str(crawl)], glob=["*.md", "*.json"])] == ["README.md", "items.json"]


def test_issue12_item3_the_outputs_of_this_run_are_not_read_back(tmp_path):
    """Issue 12 item 3: `-o crawl/out.jsonl` cleaned its own output; a second `--out-dir`
    run inside the folder wrote cleaned/cleaned/*.json.json."""
    crawl = _crawl_folder(tmp_path)
    out = crawl / "out.jsonl"
    proc = cli("clean", str(crawl), "--glob", "*", "-o", str(out), "--stats", str(crawl / "stats.json"), "-q")
    assert proc.returncode == 0, proc.stderr
    sources = [Path(r["source"]).name for r in records(out)]
    assert "out.jsonl" not in sources and "stats.json" not in sources and "README.md" in sources
    for _ in range(2):
        proc = cli("clean", str(crawl), "--out-dir", str(crawl / "cleaned"), "--format", "json", "-q")
        assert proc.returncode == 0, proc.stderr
    written = sorted(str(p.relative_to(crawl / "cleaned")) for p in (crawl / "cleaned").rglob("*") if p.is_file())
    assert written == sorted(f"{name[:-3] if name.endswith('.gz') else name}.json" for name in PAGE_FILES)


def test_issue12_item3_a_folder_without_page_files_names_the_way_out(tmp_path):
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    proc = cli("clean", str(tmp_path))
    assert proc.returncode == 2 and "--glob" in proc.stderr.decode()
    assert cli("clean", str(tmp_path), "--glob", "*.md", "-q").returncode == 0


def test_issue12_item4_dash_output_is_standard_output(tmp_path):
    """Issue 12 item 4: `-o -` wrote a file named `-`."""
    proc = cli("clean", str(SEEDS[0]), "-o", "-", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert not (tmp_path / "-").exists()
    assert json.loads(proc.stdout)["articles"] == pagestrip.clean(SEEDS[0].read_bytes()).to_dict()["articles"]


def test_issue12_item4_json_of_several_pages_is_one_json_document(tmp_path):
    """Issue 12 item 4: `--format json` with several inputs printed objects one after another."""
    proc = cli("clean", "--format", "json", str(SEEDS[0]), str(SEEDS[1]), "-q")
    assert proc.returncode == 0, proc.stderr
    docs = json.loads(proc.stdout)
    assert [d["source"] for d in docs] == [str(SEEDS[0]), str(SEEDS[1])]
    out = tmp_path / "o.json"
    assert cli("clean", "--format", "json", str(SEEDS[0]), str(SEEDS[1]), "-o", str(out), "-q").returncode == 0
    assert json.loads(out.read_text(encoding="utf-8")) == docs


def test_issue12_item4_a_scrapy_json_export_is_a_feed(tmp_path):
    """Issue 12 item 4: Scrapy's default `-o items.json` (a JSON array) was cleaned as one page."""
    items = [
        {"url": f"https://example.cn/{i}.html", "html": p.read_text(encoding="utf-8")} for i, p in enumerate(SEEDS[:3])
    ]
    feed = tmp_path / "items.json"
    # Scrapy's JsonItemExporter layout: "[", one item a line joined by ",", "]"
    feed.write_text("[\n" + ",\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n]", encoding="utf-8")
    pretty = tmp_path / "pretty.json.gz"
    pretty.write_bytes(gzip.compress(json.dumps(items, ensure_ascii=False, indent=2).encode("utf-8")))
    for path in (feed, pretty):
        out = tmp_path / "out.jsonl"
        proc = cli("clean", str(path), "--jsonl-field", "html", "-o", str(out), "-q")
        assert proc.returncode == 0, proc.stderr
        recs = records(out)
        assert [r["url"] for r in recs] == [i["url"] for i in items]
        assert [r["pagestrip"]["source"] for r in recs] == [f"{path}:{n}" for n in (1, 2, 3)]
        for r, p in zip(recs, SEEDS[:3], strict=True):
            assert r["pagestrip"]["articles"] == pagestrip.clean(p.read_text(encoding="utf-8")).to_dict()["articles"]


def test_issue12_item4_a_json_array_with_a_record_over_the_cap_loses_no_other_record(tmp_path):
    feed = tmp_path / "items.json"
    feed.write_text(
        json.dumps([{"html": "x" * 50_000, "n": 0}, {"html": "标题\n正文第一段。", "n": 1}, "str", 5, {"n": 4}]),
        encoding="utf-8",
    )
    jobs = list(iter_jobs([str(feed)], jsonl_field="html", max_bytes=10_000))
    assert [j.error is None for j in jobs] == [False, True, False, False, False]
    assert "longer than" in jobs[0].error and jobs[1].fields == {"n": 1}
    broken = tmp_path / "broken.json"
    broken.write_text('[{"html": "正文。"}, {"html": ', encoding="utf-8")
    jobs = list(iter_jobs([str(broken)], jsonl_field="html"))
    assert jobs[0].data == "正文。" and jobs[1].error and len(jobs) == 2


def test_issue12_item4_a_feed_without_jsonl_field_says_which_fields_it_has(tmp_path):
    """Issue 12 item 4: a feed given without --jsonl-field was cleaned as one page, with no hint."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"url": "u", "html": "<p>x</p>", "spider": "s"}) + "\n", encoding="utf-8")
    proc = cli("clean", str(feed))
    message = proc.stderr.decode()
    assert proc.returncode == 2 and "--jsonl-field" in message and "html" in message, message
    assert len(message.strip().splitlines()) == 1


def test_issue12_item4_a_null_or_non_text_page_field_is_an_error_record(tmp_path):
    """Issue 12 item 4: `"html": null` became a page reading `None`."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "".join(json.dumps({"html": v, "n": i}) + "\n" for i, v in enumerate([None, 5, ["a"], "正文。"])),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    proc = cli("clean", str(feed), "--jsonl-field", "html", "-o", str(out), "-q")
    assert proc.returncode == 1
    recs = records(out)
    assert ["error" in r["pagestrip"] for r in recs] == [True, True, True, False]
    assert "null" in recs[0]["pagestrip"]["error"] and [r["n"] for r in recs] == [0, 1, 2, 3]


def _utf8_seeds() -> list[str]:
    out = []
    for p in SEEDS:
        try:
            out.append(p.read_bytes().decode("utf-8"))
        except UnicodeDecodeError:  # the re-encoded copies
            continue
    return out


def _feed_of(path: Path, pages: int) -> list[dict]:
    texts = _utf8_seeds()
    items = [{"url": f"https://example.cn/{i}.html", "html": texts[i % len(texts)]} for i in range(pages)]
    lines = "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items).encode("utf-8")
    path.write_bytes(gzip.compress(lines) if path.name.endswith(".gz") else lines)
    return items


def test_issue12_item5_jobs_account_for_the_input_bytes_they_consumed(tmp_path):
    """Issue 12 item 5: progress compared characters of a feed field with file bytes
    (38 % seconds before the end of a feed) and showed no percent for .gz. Each job now
    carries the bytes of input on disk it consumed: they add up to the inputs' sizes, and
    half the records are about half the bytes, compressed or not."""
    for name in ("feed.jsonl", "feed.jsonl.gz"):
        feed = tmp_path / name
        _feed_of(feed, 200)
        jobs = list(iter_jobs([str(feed)], jsonl_field="html"))
        size = feed.stat().st_size
        assert len(jobs) == 200 and sum(j.consumed for j in jobs) == size, name
        half = sum(j.consumed for j in jobs[:100])
        assert 0.3 * size < half < 0.7 * size, (name, half, size)
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEEDS[0].read_bytes())
    (folder / "b.txt.gz").write_bytes(gzip.compress(SEEDS[1].read_bytes()))
    jobs = list(iter_jobs([str(folder)]))
    assert [j.consumed for j in jobs] == [(folder / n).stat().st_size for n in ("a.txt", "b.txt.gz")]


def test_issue12_item5_warnings_are_counted_in_the_summary(tmp_path):
    """Issue 12 item 5: warnings went to stderr only, and were not counted in the summary."""
    stats = tmp_path / "stats.json"
    page = tmp_path / "p.txt"
    page.write_bytes("标题\n正文第一段，内容足够长。\n".encode() + b"\xff\xfe bad bytes")
    proc = cli("clean", str(page), str(SEEDS[0]), "-o", str(tmp_path / "o.jsonl"), "--stats", str(stats))
    expected = sum(len(r.get("warnings", ())) for r in records(tmp_path / "o.jsonl"))
    assert expected > 0
    assert json.loads(stats.read_text(encoding="utf-8"))["warnings"] == expected
    assert f"warnings: {expected}" in proc.stderr.decode()


def _under_a_terminal(args: list[str], timeout: float = 120) -> str:
    """Run the CLI with stderr on a pseudo-terminal (as a user sees it); what the terminal got."""
    import os
    import pty
    import select
    import time

    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "pagestrip", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=slave,
        env=subprocess_env(),
    )
    os.close(slave)
    chunks = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # the other end closed
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    proc.wait(timeout=10)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


def test_issue12_item5_the_progress_bar_on_a_terminal_ends_at_100_percent_and_keeps_warnings_apart(tmp_path):
    """Issue 12 item 5, under a pseudo-terminal: the bar counts input bytes, so a feed
    (plain or .gz) ends at 100 %; warnings are printed above the bar, not over it."""
    for name in ("feed.jsonl", "feed.jsonl.gz"):
        feed = tmp_path / name
        items = _feed_of(feed, 60)  # enough for the bar to be drawn and redrawn; the end is what counts
        with open(feed, "ab") as f:  # one page with a warning (undecodable bytes) at the end
            line = json.dumps({"url": "w", "html": "标题\n正文第一段，足够长的正文内容。\ud800"}) + "\n"
            f.write(gzip.compress(line.encode()) if name.endswith(".gz") else line.encode())
        shown = _under_a_terminal(["clean", str(feed), "--jsonl-field", "html", "-o", str(tmp_path / "o.jsonl")])
        assert "100%" in shown, shown[-2000:]
        assert f"{len(items) + 1} pages" in shown and "warnings: 1" in shown, shown[-2000:]
        warning_lines = [line for line in shown.replace("\r\n", "\n").split("\n") if "warning:" in line]
        assert warning_lines
        for line in warning_lines:  # whatever the bar drew on this line was cleared: the line is the warning
            assert line.split("\r")[-1].lstrip().startswith("pagestrip:"), repr(line)


def test_issue12_report_html_summarizes_the_batch(tmp_path):
    """Issue 12, expected: --report FILE — pages, errors, truncated pages, characters removed
    by kind and by rule, the pages that lost most — in one self-contained HTML file."""
    import html as html_mod

    folder = tmp_path / "crawl"
    folder.mkdir()
    for p in SEEDS:
        (folder / p.name).write_bytes(p.read_bytes())
    (folder / "broken.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    report = tmp_path / "report.html"
    stats = tmp_path / "stats.json"
    proc = cli(
        "clean", str(folder), "-o", str(tmp_path / "o.jsonl"), "--report", str(report), "--stats", str(stats), "-q"
    )
    assert proc.returncode == 1  # the PNG
    page = report.read_text(encoding="utf-8")
    summary = json.loads(stats.read_text(encoding="utf-8"))
    recs = [r for r in records(tmp_path / "o.jsonl") if "error" not in r]
    assert "<script" not in page and "http://" not in page.split("<body")[0] and "https://" not in page
    import re

    def count(label: str) -> int:
        return int(re.search(rf'<td>{label}</td><td class="n[^"]*">(\d+)</td>', page).group(1))

    assert (
        (count("pages"), count("errors"), count("truncated pages"))
        == (summary["pages"], summary["errors"], summary["truncated"])
        == (len(SEEDS) + 1, 1, summary["truncated"])
    )
    for kind, n in summary["removed_chars"].items():
        assert f"<td>{kind}</td>" in page and f'<td class="n">{n}</td>' in page
    by_rule = Counter()
    for r in recs:
        for x in r["removed"]:
            by_rule[x["rule"]] += len(x["text"])
    for rule, n in by_rule.most_common(5):
        assert f"<code>{rule}</code>" in page and f'<td class="n">{n}</td>' in page

    def lost(r):
        gone = sum(len(x["text"]) for x in r["removed"])
        return gone / max(1, gone + sum(len(a["text"]) for a in r["articles"]))

    worst = max(recs, key=lost)
    assert html_mod.escape(worst["source"]) in page.split("lost most")[1]
    assert str(folder / "broken.html") in page.split("Errors")[1] and "binary" in page.split("Errors")[1]


@pytest.mark.skipif(
    BROWSER is None,
    reason="headless Chromium is not installed (Debian package: chromium)",
)
def test_issue12_report_renders_in_headless_chromium(tmp_path):
    report = tmp_path / "report.html"
    proc = cli(
        "clean",
        str(ROOT / "fixtures" / "seeds"),
        "--glob",
        "0*.txt",
        "-o",
        str(tmp_path / "o.jsonl"),
        "--report",
        str(report),
        "-q",
    )
    assert proc.returncode == 0, proc.stderr
    data = screenshot(report, tmp_path, "1100,1500")
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000  # a page with tables and bars, not a blank
