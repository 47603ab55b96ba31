#!/usr/bin/env python3
"""Write a synthetic JSON Lines feed of scraped pages, for batch benchmarks.

    python3 benchmarks/make_feed.py OUT.jsonl --pages 20000 [--mb 1000]

Each line is {"url", "html", "spider"}: the fixture pages (text and HTML) in
rotation, each varied (a page number in the title, paragraphs dropped or
repeated) so that no two lines are the same. Stops at --pages lines or --mb
megabytes, whichever comes first.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sources() -> list[str]:
    out = []
    for p in sorted((ROOT / "fixtures" / "seeds").glob("*.txt")) + sorted((ROOT / "fixtures" / "html").glob("*.html")):
        data = p.read_bytes()
        for enc in ("utf-8", "gb18030", "big5hkscs", "utf-16"):
            try:
                out.append(data.decode(enc))
                break
            except UnicodeDecodeError:
                continue
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--pages", type=int, default=20_000)
    ap.add_argument("--mb", type=float, default=None)
    args = ap.parse_args()
    rng = random.Random(7)
    pages = sources()
    limit = args.mb * 1e6 if args.mb else float("inf")
    written = 0
    with open(args.out, "w", encoding="utf-8") as f:
        for i in range(args.pages):
            lines = pages[i % len(pages)].split("\n")
            if len(lines) > 20 and rng.random() < 0.5:
                k = rng.randrange(5, len(lines) - 5)
                lines = [*lines[:k], *lines[k + 1 :]] if rng.random() < 0.5 else [*lines[:k], lines[k], *lines[k:]]
            line = (
                json.dumps(
                    {"url": f"https://example.cn/p/{i}.html", "html": "\n".join(lines), "spider": "bench"},
                    ensure_ascii=False,
                )
                + "\n"
            )
            f.write(line)
            written += len(line.encode("utf-8"))
            if written >= limit:
                break
    print(f"{i + 1} pages, {written / 1e6:.1f} MB -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
