"""Hostile inputs through the command line: time, peak memory and what was kept.

    python3 benchmarks/hostile.py                 # every case, a Markdown table on stdout
    python3 benchmarks/hostile.py --only bomb 2gb # some cases
    python3 benchmarks/hostile.py --list

Each case generates its input in a temporary folder (deleted afterwards, the
2 GB file included), runs ``python3 -m pagestrip clean`` on it with the CLI's
defaults (10 M-character cap, 30 s time limit per page) and measures the run
from outside: wall time, and the peak resident memory of the CLI and its
worker processes (``getrusage(RUSAGE_CHILDREN)`` in a fresh helper process, so
one case's peak does not hide the next one's). "Kept" summarizes the JSON
Lines written: articles and characters kept, error records, warnings.

The point is that nothing here crashes, hangs or eats the machine: each case
ends in bounded time and memory with a result or one error record per page.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"

#: Measures one command in a fresh process: its own RUSAGE_CHILDREN then holds
#: only this command's tree (the CLI and the workers it waited for).
_MEASURE = r"""
import json, resource, subprocess, sys, time
t = time.monotonic()
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=open(sys.argv[0] + ".err", "wb")).returncode
print(json.dumps({"rc": rc, "seconds": time.monotonic() - t,
                  "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""

#: Workers killed, one every ``kill_worker_after`` seconds, in the worker-killing case.
KILLS = 3
PARA = "各级各部门要切实提高认识，加强组织领导，认真落实各项工作任务，确保工作取得实效，第{}段。"


@dataclass
class Case:
    name: str
    what: str
    make: Callable[[Path], list[str]]  # writes the input under the folder, returns the CLI arguments
    kill_worker_after: float | None = None
    extra: tuple[str, ...] = ()  # CLI options beyond the defaults


def _text(n_bytes: int) -> bytes:
    lines = []
    size = 0
    i = 0
    while size < n_bytes:
        line = (PARA.format(i) + "\n").encode()
        lines.append(line)
        size += len(line)
        i += 1
    return b"".join(lines)


def make_text_50mb(d: Path) -> list[str]:
    p = d / "big.txt"
    p.write_bytes(_text(50 * 10**6))
    return [str(p)]


def make_html_50mb(d: Path) -> list[str]:
    body = _text(50 * 10**6).decode().splitlines()
    p = d / "big.html"
    with open(p, "w", encoding="utf-8") as f:
        f.write("<html><head><title>大页面</title></head><body><div class='content'>")
        for line in body:
            f.write(f"<p>{line}</p>\n")
        f.write("</div></body></html>")
    return [str(p)]


def make_2gb(d: Path) -> list[str]:
    p = d / "huge.txt"
    chunk = _text(1 << 20)
    with open(p, "wb") as f:
        for _ in range(2048):
            f.write(chunk)
    return [str(p)]


def make_gzip_bomb(d: Path) -> list[str]:
    """4 GB of text in a few MB of gzip."""
    p = d / "bomb.txt.gz"
    chunk = _text(1 << 20)
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: a gzip header
    with open(p, "wb") as f:
        for _ in range(4096):
            f.write(comp.compress(chunk))
        f.write(comp.flush())
    return [str(p)]


def make_million_p(d: Path) -> list[str]:
    p = d / "million.html"
    with open(p, "w", encoding="utf-8") as f:
        f.write("<html><body>")
        for i in range(1_000_000):
            f.write(f"<p>段落{i}。</p>")
        f.write("</body></html>")
    return [str(p)]


def make_deep(d: Path) -> list[str]:
    p = d / "deep.html"
    p.write_text(
        "<html><body>" + "<font>" * 300 + "<p>正文段落，在三百层嵌套之内。</p>" + "</font>" * 300 + "</body></html>",
        encoding="utf-8",
    )
    return [str(p)]


def make_identical(d: Path) -> list[str]:
    p = d / "identical.txt"
    p.write_text(
        "\n".join(["这是一个完全相同的段落，内容重复出现很多次，用来测试去重的速度和效果。"] * 100_000),
        encoding="utf-8",
    )
    return [str(p)]


def make_openings(d: Path) -> list[str]:
    p = d / "openings.txt"
    p.write_text(
        "\n".join(f"根据上级文件精神和有关要求，现将第{i}项工作安排如下，请认真贯彻落实。" for i in range(100_000)),
        encoding="utf-8",
    )
    return [str(p)]


def make_attributes(d: Path) -> list[str]:
    p = d / "attrs.html"
    p.write_text(
        "<html><body><div "
        + " ".join(f'a{i}="{i}"' for i in range(200_000))
        + "><p>正文段落，内容。</p></div></body></html>",
        encoding="utf-8",
    )
    return [str(p)]


def make_catastrophic(d: Path) -> list[str]:
    rules = d / "bad.toml"
    rules.write_text(
        '[[rule]]\nid = "user.bad"\nkind = "chrome"\nscope = "inline"\npattern = "(x+x+)+y"\n', encoding="utf-8"
    )
    p = d / "xs.txt"
    p.write_text("标题\n" + "x" * 5000 + "\n正文第一段，内容。", encoding="utf-8")
    return ["--rules", str(rules), str(p)]


def make_batch(d: Path) -> list[str]:
    folder = d / "pages"
    folder.mkdir()
    for i in range(200):
        (folder / f"p{i:03d}.txt").write_bytes(_text(100_000 + 1000 * i))
    return [str(folder), "--jobs", "2"]


CASES = [
    Case("text50", "50 MB text page", make_text_50mb),
    Case("html50", "50 MB HTML page", make_html_50mb),
    Case("2gb", "2 GB text file", make_2gb),
    Case("bomb", "gzip bomb (4 GB of text)", make_gzip_bomb),
    Case("million", "1 000 000 <p> (HTML)", make_million_p),
    Case("million0", "1 000 000 <p> (HTML), --timeout 0", make_million_p, extra=("--timeout", "0")),
    Case("deep", "300-deep nesting (HTML)", make_deep),
    Case("identical", "100 000 identical paragraphs", make_identical),
    Case("openings", "100 000 paragraphs sharing an opening", make_openings),
    Case("attrs", "an element with 200 000 attributes", make_attributes),
    Case("pattern", "catastrophic user pattern (x+x+)+y", make_catastrophic),
    Case("killed", "workers killed mid-batch (200 pages, --jobs 2)", make_batch, kill_worker_after=2.0),
]


def _children(pid: int) -> list[int]:
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            out += [int(x) for x in Path(f"/proc/{pid}/task/{task}/children").read_text().split()]
    except OSError:
        pass
    return out


def run_case(case: Case, keep: bool = False) -> dict:
    d = Path(tempfile.mkdtemp(prefix=f"pagestrip-hostile-{case.name}-"))
    try:
        t = time.monotonic()
        args = case.make(d)
        made = time.monotonic() - t
        inputs = [Path(a) for a in args if Path(a).exists() and not a.endswith(".toml")]
        size = sum(p.stat().st_size if p.is_file() else sum(f.stat().st_size for f in p.iterdir()) for p in inputs)
        n_in = sum(1 if p.is_file() else len(list(p.iterdir())) for p in inputs)
        out = d / "out.jsonl"
        measure = d / "measure.py"
        measure.write_text(_MEASURE, encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(SRC)}
        cmd = [
            sys.executable,
            str(measure),
            sys.executable,
            "-m",
            "pagestrip",
            "clean",
            *args,
            *case.extra,
            "-o",
            str(out),
            "-q",
        ]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, env=env)
        killed: list[int] = []
        if case.kill_worker_after is not None:
            for _ in range(KILLS):  # SIGKILL a worker, as the OOM killer would, a few times
                time.sleep(case.kill_worker_after)
                workers = [w for c in _children(proc.pid) for w in _children(c)]
                if workers:
                    os.kill(workers[0], signal.SIGKILL)
                    killed.append(workers[0])
        stdout, _ = proc.communicate()
        m = json.loads(stdout)
        err = (d / "measure.py.err").read_text(encoding="utf-8", errors="replace").strip()
        recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
        errors = [r["error"] for r in recs if "error" in r]
        kept = sum(len(a["text"]) for r in recs for a in r.get("articles", ()))
        warnings = sorted({w.split(";")[0][:70] for r in recs for w in r.get("warnings", ())})
        if case.kill_worker_after is not None:
            summary = (
                f"{len(recs)} records out of {n_in} pages in, {len(errors)} errors "
                f"({len(killed)} workers killed with SIGKILL)"
            )
        elif errors:
            summary = f"error record: {errors[0][:90]}"
        else:
            summary = f"{kept:,} chars kept in {sum(len(r.get('articles', ())) for r in recs)} article(s)"
            if warnings:
                summary += "; warnings: " + " / ".join(warnings)
        return {
            "case": case.what,
            "input_mb": size / 1e6,
            "seconds": m["seconds"],
            "peak_mb": m["peak_mb"],
            "rc": m["rc"],
            "kept": summary,
            "stderr": err.splitlines()[-1] if err else "",
            "generate_s": made,
        }
    finally:
        if not keep:
            shutil.rmtree(d, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", nargs="*", help="case names (see --list)")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--json", metavar="FILE", help="also write the rows as JSON")
    args = ap.parse_args(argv)
    if args.list:
        for c in CASES:
            print(f"{c.name:10} {c.what}")
        return 0
    cases = [c for c in CASES if not args.only or c.name in args.only]
    rows = []
    print("| input | size on disk | time | peak RSS | exit | what was kept |")
    print("|---|---:|---:|---:|---:|---|")
    for c in cases:
        r = run_case(c)
        rows.append(r)
        print(
            f"| {r['case']} | {r['input_mb']:,.1f} MB | {r['seconds']:.1f} s | {r['peak_mb']:,.0f} MB | "
            f"{r['rc']} | {r['kept']} |",
            flush=True,
        )
    if args.json:
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
