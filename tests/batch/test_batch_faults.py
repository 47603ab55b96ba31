"""Issue 11: batches that never lose a page, never hang, never crash.

Faults are made real where the machine allows: workers are killed with
SIGKILL, the disk is a 64 KB tmpfs (root only; /dev/full otherwise), hangs
are pages that sleep. A page makes its worker die or hang through a rule
predicate (rules are data, so a test can plant one).

The CLI runs in this process (``testkit.run_cli``) except where the process is what is
tested: a worker killed from outside, SIGTERM, a full standard output, the peak memory of
a gzip bomb, and a pool that might deadlock (killed at a time limit).
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pagestrip
from pagestrip.batch import Job, iter_jobs, run
from testkit import run_cli as cli
from testkit import subprocess_env

PAGE = "标题\n正文第一段，内容。\n第二段正文。"


def records(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def one_line(stderr: bytes) -> str:
    text = stderr.decode("utf-8", "replace")
    assert "Traceback" not in text, text
    return text


# Predicates a test page can trip: they run inside the worker.
def _kill_me(line: str) -> bool:
    if "KILLME" in line:
        os.kill(os.getpid(), signal.SIGKILL)
    return False


def _hang(line: str) -> bool:
    if "HANGME" in line:
        time.sleep(60)
    return False


def _ruleset(pred) -> pagestrip.RuleSet:
    return pagestrip.RuleSet.builtin().with_rules(pagestrip.Rule("test.fault", "chrome", "line", None, predicate=pred))


# ------------------------------------------------------------- 1. surrogates in a batch


def test_item1_surrogate_escape_in_a_feed_does_not_end_the_batch(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"html": "正文\\ud800第一段。"}\n{"html": "第二页正文。", "x": "\\udfff"}\n{"html": "第三页正文。"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    proc = cli("clean", str(feed), "--jsonl-field", "html", "-o", str(out), "-q", "-j", "1")
    one_line(proc.stderr)
    assert proc.returncode == 0, proc.stderr
    recs = records(out)
    assert len(recs) == 3 and recs[2]["pagestrip"]["articles"][0]["text"] == "第三页正文。"


def test_item1_file_name_that_is_not_utf8(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(PAGE, encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"b\xff\xfe.txt"), "wb") as f:
        f.write(PAGE.encode("utf-8"))
    (folder / "c.txt").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = cli("clean", str(folder), "-o", str(out), "-q", "-j", "1")
    one_line(proc.stderr)
    assert proc.returncode == 0
    recs = records(out)
    assert len(recs) == 3 and all(r["articles"] for r in recs)
    assert "\\xff" in recs[1]["source"] or "\ufffd" in recs[1]["source"]


# ------------------------------------------------------------- 2. a worker killed


def test_item2_worker_killed_by_its_page_is_one_error_record_and_the_batch_goes_on():
    jobs = [Job(f"p{i}", (PAGE + ("\nKILLME" if i == 3 else "")).encode()) for i in range(8)]
    out = list(run(jobs, {"rules": _ruleset(_kill_me)}, workers=2))
    assert [j.source for j, _ in out] == [f"p{i}" for i in range(8)]
    errors = [r for _, r in out if "error" in r]
    assert [r["source"] for r in errors] == ["p3"]
    assert "worker" in errors[0]["error"] and "killed" in errors[0]["error"]
    assert all(r["articles"] for _, r in out if "error" not in r)


def test_item2_worker_killed_from_outside_mid_batch_loses_no_page(tmp_path):
    # Each page takes about a second: the user pattern backtracks.
    folder, out, proc, workers = _slow_batch(tmp_path, 4, "第{}页标题")
    assert workers, "no worker processes seen"
    time.sleep(0.5)
    os.kill(workers[0], signal.SIGKILL)
    _, err = proc.communicate(timeout=120)
    one_line(err)
    recs = records(out)
    assert sorted(r["source"] for r in recs) == sorted(str(p) for p in folder.iterdir())
    assert not [r for r in recs if "error" in r]  # the killed worker's page was retried in a fresh one


def _slow_batch(tmp_path: Path, pages: int, title: str) -> tuple[Path, Path, subprocess.Popen[bytes], list[int]]:
    """Start ``pagestrip clean`` with two workers on ``pages`` pages that a backtracking user
    rule makes slow; return the folder, the output file, the process and its workers (empty if
    none showed up within ten seconds)."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(pages):
        (folder / f"p{i}.txt").write_text(title.format(i) + "\n" + "x" * 400 + "\n正文第一段。", encoding="utf-8")
    rules = tmp_path / "slow.toml"
    rules.write_text(
        '[[rule]]\nid = "slow.x"\nkind = "chrome"\nscope = "inline"\npattern = "(x+x+)+y"\n', encoding="utf-8"
    )
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "pagestrip", "clean", str(folder), "--rules", str(rules), "-o", str(out)]
    proc = subprocess.Popen([*cmd, "-j", "2", "-q"], env=subprocess_env(), stderr=subprocess.PIPE)
    workers: list[int] = []
    for _ in range(100):
        time.sleep(0.1)
        workers = _children(proc.pid)
        if len(workers) >= 2:
            break
    return folder, out, proc, workers


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(x) for x in text.split()]


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


# ------------------------------------------------------------- 6. a page that hangs


def test_item6_a_hanging_page_is_killed_at_its_timeout_and_the_rest_go_on(monkeypatch):
    # The grace a worker past its time limit gets to return the page's own timeout error before
    # it is killed (2 s): the hanging page sleeps through any, so the test waits a quarter.
    monkeypatch.setattr("pagestrip.batch.workers.KILL_GRACE", 0.25)
    jobs = [Job(f"p{i}", (PAGE + ("\nHANGME" if i == 1 else "")).encode()) for i in range(6)]
    rules = _ruleset(_hang)
    _ = rules.compiled  # compiled once here, before the workers fork, not inside a page's time limit
    t = time.monotonic()
    out = list(run(jobs, {"rules": rules, "timeout": 1.0}, workers=2))
    took = time.monotonic() - t
    assert took < 15, took
    assert [j.source for j, _ in out] == [f"p{i}" for i in range(6)]
    errors = [r for _, r in out if "error" in r]
    assert [r["source"] for r in errors] == ["p1"]
    assert "timed out" in errors[0]["error"] or "timeout" in errors[0]["error"]


def test_item6_cli_timeout_option(tmp_path):
    proc = cli("clean", "--timeout", "-1", "-", stdin=PAGE.encode())
    assert proc.returncode == 2 and "timeout" in one_line(proc.stderr)
    proc = cli("clean", "--timeout", "0", "-", stdin=PAGE.encode())  # 0: no limit
    assert proc.returncode == 0
    proc = cli("clean", "--timeout", "5", "-", stdin=PAGE.encode())
    assert proc.returncode == 0 and "正文第一段" in proc.stdout.decode()


# ------------------------------------------------------------- 3. symlinks


def test_item3_dangling_symlink_and_symlink_loop_in_a_folder(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(PAGE, encoding="utf-8")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "self.txt").symlink_to(folder / "self.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder)  # a folder loop
    (folder / "z.txt").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = cli("clean", str(folder), "-o", str(out), "-j", "1")
    one_line(proc.stderr)
    recs = records(out)
    good = [r for r in recs if "error" not in r]
    assert sorted(Path(r["source"]).name for r in good) == ["a.txt", "z.txt"]
    assert proc.returncode in (0, 1)


# ------------------------------------------------------------- 4. huge inputs


def test_item4_gzip_bomb_is_read_only_as_far_as_the_cap_needs(tmp_path):
    bomb = tmp_path / "bomb.txt.gz"
    with gzip.open(bomb, "wb", compresslevel=1) as f:  # level 9 took a second to write it, 1 a third
        f.write("标题\n正文第一段。\n".encode())
        chunk = b"a" * (1 << 20)
        for _ in range(200):  # 200 MB of text, 900 KB on disk
            f.write(chunk)
    # Run in a helper process: its RUSAGE_CHILDREN peak is the CLI's alone.
    helper = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    t = time.monotonic()
    peak_kb = int(
        subprocess.run(
            [
                sys.executable,
                "-c",
                helper,
                sys.executable,
                "-m",
                "pagestrip",
                "clean",
                str(bomb),
                "--max-chars",
                "100000",
                "-q",
            ],
            capture_output=True,
            text=True,
            env=subprocess_env(),
            timeout=120,
        ).stdout
    )
    assert time.monotonic() - t < 20
    assert peak_kb < 150_000, f"peak RSS {peak_kb // 1024} MB: the bomb was read past the cap"
    proc = cli("clean", str(bomb), "--max-chars", "100000", "--format", "json")
    one_line(proc.stderr)
    doc = json.loads(proc.stdout)
    assert any("not read" in w for w in doc["warnings"])


def test_item4_inputs_are_read_in_bounded_pieces(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(("正文段落。" * 100 + "\n").encode() * 1000)  # 1.5 MB
    jobs = list(iter_jobs([str(big)], max_bytes=10_000))
    assert len(jobs[0].data) <= 10_000
    assert any("cut" in w for w in jobs[0].warnings)


def test_item4_a_feed_line_longer_than_the_cap_is_an_error_record(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"html": "x" * 50_000}) + "\n" + json.dumps({"html": PAGE}) + "\n", encoding="utf-8")
    jobs = list(iter_jobs([str(feed)], jsonl_field="html", max_bytes=10_000))
    assert len(jobs) == 2 and jobs[0].error and "longer" in jobs[0].error
    assert jobs[1].data == PAGE


def test_max_chars_must_be_positive():
    proc = cli("clean", "--max-chars", "-5", "-", stdin=PAGE.encode())
    assert proc.returncode == 2 and "max-chars" in one_line(proc.stderr)


# ------------------------------------------------------------- 5. full disk, SIGTERM, --out-dir


@pytest.fixture()
def tiny_disk(tmp_path):
    mnt = tmp_path / "disk"
    mnt.mkdir()
    if (
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mnt)], capture_output=True).returncode
        != 0
    ):
        pytest.skip("cannot mount a tmpfs here (not root)")
    yield mnt
    subprocess.run(["umount", str(mnt)], capture_output=True)


def test_item5_full_disk_is_one_line_and_leaves_whole_lines(tmp_path, tiny_disk):
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(60):
        (folder / f"p{i:02d}.txt").write_text(f"第{i}页\n" + "正文段落，内容很长。" * 300, encoding="utf-8")
    out = tiny_disk / "out.jsonl"
    proc = cli("clean", str(folder), "-o", str(out), "-j", "1", "-q")
    err = one_line(proc.stderr)
    assert proc.returncode == 3, err
    assert "No space left" in err and len(err.strip().splitlines()) == 1
    data = out.read_bytes()
    assert data.endswith(b"\n")
    recs = [json.loads(x) for x in data.decode().splitlines()]
    assert 0 < len(recs) < 60


def test_item5_writing_to_dev_full_is_one_line():
    proc = cli("clean", "-o", "/dev/full", "-", stdin=PAGE.encode())
    assert proc.returncode == 3 and "No space left" in one_line(proc.stderr)
    with open("/dev/full", "wb") as full:
        proc2 = subprocess.run(
            [sys.executable, "-m", "pagestrip", "clean", "-"],
            input=PAGE.encode(),
            stdout=full,
            stderr=subprocess.PIPE,
            env=subprocess_env(),
        )
    assert proc2.returncode == 3 and "No space left" in one_line(proc2.stderr)


#: Seconds the workers may take to end after the batch's SIGTERM (well above the usual 0.1 s).
WORKERS_GONE_WITHIN = 10.0


def test_item5_sigterm_ends_the_workers_too(tmp_path):
    _folder, out, proc, workers = _slow_batch(tmp_path, 20, "第{}页")
    assert workers
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    one_line(err)
    assert proc.returncode == 143
    # The workers end with the batch: polled, so an idle machine passes at once and a loaded
    # one (CI beside other jobs) is not failed for taking more than half a second to reap them.
    deadline = time.monotonic() + WORKERS_GONE_WITHIN
    while [w for w in workers if _alive(w)] and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not [w for w in workers if _alive(w)]
    for line in out.read_text(encoding="utf-8").splitlines():
        json.loads(line)


def test_item5_out_dir_never_overwrites_within_a_run_and_keeps_source(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "x.txt").write_text("标题一\n正文一。", encoding="utf-8")
    (a / "x.txt.gz").write_bytes(gzip.compress("标题二\n正文二。".encode()))
    (b / "x.txt").write_text("标题三\n正文三。", encoding="utf-8")
    dest = tmp_path / "out"
    proc = cli("clean", str(a), str(b), "--out-dir", str(dest), "--format", "json", "-j", "1", "-q")
    one_line(proc.stderr)
    assert proc.returncode == 0
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(dest.rglob("*.json"))]
    assert len(docs) == 3
    assert sorted(d["source"] for d in docs) == sorted([str(a / "x.txt"), str(a / "x.txt.gz"), str(b / "x.txt")])
    texts = sorted(d["articles"][0]["text"] for d in docs)
    assert texts == ["正文一。", "正文三。", "正文二。"]


_BIG_PAGES = r"""
import sys
import pagestrip.batch as b
import pagestrip.batch.workers as w
w.PER_WORKER = int(sys.argv[1])  # where the pool reads it
# About 280 KB a page, and so is its record: more than the pool's pipe (a socket pair,
# about 208 KB a way on Linux) holds. Sized down from 30 pages of 450 KB: with two pages
# a worker (PER_WORKER = 2) these six still deadlock, and with one they go through.
def page(i):
    return "\n".join(f"各级各部门要切实提高认识，加强组织领导，认真落实各项工作任务，第{i}页第{k}段。"
                     for k in range(2500)).encode()
jobs = [b.Job(f"p{i}", page(i)) for i in range(6)]
print(sum(1 for _ in b.run(jobs, {"timeout": 60}, workers=2)))
"""


def test_big_pages_and_big_records_do_not_deadlock_the_pool():
    """Pages and records larger than a pipe's buffer, both ways at once, must not block each other."""
    from pagestrip.batch import PER_WORKER

    proc = subprocess.Popen(
        [sys.executable, "-c", _BIG_PAGES, str(PER_WORKER)],
        stdout=subprocess.PIPE,
        env=subprocess_env(),
        start_new_session=True,
    )
    try:
        out, _ = proc.communicate(timeout=90)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail("the worker pool deadlocked")
    assert out.strip() == b"6"


def test_item2_worker_killed_while_idle_is_replaced_not_mistaken_for_a_closed_stdout():
    """A worker killed between pages used to make the next send raise BrokenPipeError,
    which the CLI took for `| head` and exited 0 with most pages missing."""
    import multiprocessing

    jobs = [Job(f"p{i}", PAGE.encode()) for i in range(5)]
    out = []
    it = run(jobs, {"timeout": 30}, workers=1, window=1)
    for n, (_job, record) in enumerate(it):
        out.append(record)
        if n == 1:  # the only worker has answered and waits: kill it now
            for child in multiprocessing.active_children():
                os.kill(child.pid, signal.SIGKILL)
                child.join(5)
    assert [r["source"] for r in out] == [f"p{i}" for i in range(5)]
    assert not [r for r in out if "error" in r]
