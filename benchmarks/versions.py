#!/usr/bin/env python3
"""Time two checkouts of pagestrip on the same pages, alternating, in one run.

    python3 benchmarks/versions.py OLD_SRC NEW_SRC PAGES_DIR [--rounds N]

OLD_SRC and NEW_SRC are ``src`` folders of two checkouts (``git worktree add
/tmp/old <commit>`` gives one). Each round cleans every page once with each
version, in a fresh subprocess per version and round, and reports the CPU
time per page of ``pagestrip.clean`` alone (start-up and the first page's
pattern compiles excluded: every page is cleaned once untimed first). The
median over rounds is printed with the ratio. A measurement, not a test.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

_CHILD = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import pagestrip
pages = [p.read_bytes() for p in sorted(Path(sys.argv[2]).iterdir()) if p.is_file()]
for page in pages:
    pagestrip.clean(page)
start = time.process_time()
for page in pages:
    pagestrip.clean(page)
print(json.dumps({"ms": (time.process_time() - start) * 1000 / len(pages), "pages": len(pages)}))
"""


def time_version(src: str, pages: str) -> float:
    """CPU ms per page of one version on the pages, in a fresh process."""
    out = subprocess.run([sys.executable, "-c", _CHILD, src, pages], capture_output=True, text=True, check=True)
    return float(json.loads(out.stdout.strip().splitlines()[-1])["ms"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("old_src")
    ap.add_argument("new_src")
    ap.add_argument("pages")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    old: list[float] = []
    new: list[float] = []
    for n in range(args.rounds):
        first, second = (
            ((args.old_src, old), (args.new_src, new)) if n % 2 == 0 else ((args.new_src, new), (args.old_src, old))
        )
        for src, into in (first, second):
            into.append(time_version(src, args.pages))
        print(f"round {n + 1}: old {old[-1]:.2f} ms/page, new {new[-1]:.2f} ms/page", file=sys.stderr)
    mo, mn = statistics.median(old), statistics.median(new)
    print(f"old {args.old_src}: {mo:.2f} ms/page (median of {args.rounds})")
    print(f"new {args.new_src}: {mn:.2f} ms/page")
    print(f"new/old: {mn / mo:.2f}x the time ({mo / mn:.2f}x as fast)")


if __name__ == "__main__":
    main()
