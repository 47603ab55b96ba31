#!/usr/bin/env python3
"""Time pagestrip on the fixture pages and on a large synthetic page.

    python3 benchmarks/bench.py [--repeat N] [--big-mb MB]

Prints, per fixture page and in total, the time per page, pages/s and MB/s
(of UTF-8 input), then the same for one synthetic page of about --big-mb MB
made by concatenating the fixture pages (so the large page has the fixtures'
mix of chrome, prose and duplicates). This is a measurement, not a test: it
asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import pagestrip  # noqa: E402


def timeit(data: bytes, repeat: int) -> float:
    """Median seconds for one clean() of ``data``."""
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        pagestrip.clean(data)
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def synthetic_copies(n_paras: int = 4000, copy_share: float = 0.3, seed: int = 1) -> str:
    """A page of ``n_paras`` paragraphs (about 2 MB of UTF-8), ``copy_share`` of them copies.

    Paragraphs are stitched from sentences of the gold articles, so common
    phrases recur the way they do on real pages. Copies come as runs of 1-20
    paragraphs, some with a character or two changed.
    """
    import json
    import random

    rng = random.Random(seed)
    sentences = []
    for g in sorted((ROOT / "fixtures" / "gold").glob("*.json")):
        for a in json.loads(g.read_text(encoding="utf-8"))["articles"]:
            sentences += [x + "。" for x in a["text"].replace("\n", "。").split("。") if len(x) > 8]
    paras: list[str] = []
    while len(paras) < n_paras:
        if paras and rng.random() < copy_share / 10:
            start = rng.randrange(len(paras))
            for p in paras[start : start + rng.randint(1, 20)]:
                if rng.random() < 0.2:  # a near copy: one character changed
                    i = rng.randrange(len(p))
                    p = p[:i] + "某" + p[i + 1 :]
                paras.append(p)
        else:
            paras.append("".join(rng.choice(sentences) for _ in range(rng.randint(1, 5))))
    return "讲话稿\n\n" + "\n\n".join(paras[:n_paras]) + "\n"


def dedupe_bench(repeat: int) -> None:
    from pagestrip import dedupe
    from pagestrip.model import Span

    page = synthetic_copies()
    size = len(page.encode("utf-8"))
    paras, pos = [], 0
    for line in page.split("\n"):
        if line:
            paras.append(Span(pos, pos + len(line), line))
        pos += len(line) + 1

    def run() -> None:
        keys = [dedupe.key(p.text) for p in paras]
        dedupe.abstracts(paras, keys)
        dedupe.copies(paras, keys)

    runs = []
    for _ in range(max(1, repeat // 2)):
        t = time.perf_counter()
        run()
        runs.append(time.perf_counter() - t)
    t_dedupe = statistics.median(runs)
    t_clean = timeit(page.encode("utf-8"), max(1, repeat // 2))
    print(f"\ndedupe of a synthetic page: {len(paras)} paragraphs, {size / 1e6:.2f} MB, 30 % copies")
    print(f"  dedupe stage alone: {t_dedupe * 1000:8.1f} ms")
    print(f"  whole clean():      {t_clean * 1000:8.1f} ms\n")


def html_bench(repeat: int) -> None:
    """pagestrip and trafilatura.extract on the HTML fixtures, timed in the same run, with F1 vs gold."""
    import json

    from pagestrip.evaluate import score

    golds = sorted((ROOT / "fixtures" / "html" / "gold").glob("*.json"))
    pages = []
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        pages.append((gold, (ROOT / "fixtures" / "html" / gold["seed"]).read_bytes()))
    size = sum(len(p) for _, p in pages)

    def run_pagestrip():
        return [pagestrip.clean(p) for _, p in pages]

    t_ps = min(_time(run_pagestrip) for _ in range(repeat))
    outs = run_pagestrip()
    f1_ps = _f1([score(g, r.articles, r.truncated) for (g, _), r in zip(pages, outs, strict=True)])
    print(f"\nHTML fixtures: {len(pages)} pages, {size / 1e6:.2f} MB")
    print(f"  pagestrip:   {len(pages) / t_ps:8.1f} pages/s {size / t_ps / 1e6:7.2f} MB/s   F1 {f1_ps:.4f}")
    try:
        import trafilatura
    except ImportError:
        print("  trafilatura: not installed (pip install -e '.[bench]')")
        return

    def run_trafilatura():
        return [trafilatura.extract(p, include_comments=False) or "" for _, p in pages]

    run_trafilatura()  # warm up
    t_tr = min(_time(run_trafilatura) for _ in range(repeat))
    texts = run_trafilatura()
    f1_tr = _f1([score(g, [{"text": t}], None) for (g, _), t in zip(pages, texts, strict=True)])
    print(f"  trafilatura: {len(pages) / t_tr:8.1f} pages/s {size / t_tr / 1e6:7.2f} MB/s   F1 {f1_tr:.4f}")
    print(f"  pagestrip is {t_tr / t_ps:.2f}x the speed of trafilatura.extract on these pages")


def batch_bench(n: int) -> None:
    """The batch path (pagestrip.batch.run) on a generated corpus, 1 and 2 worker processes,
    with trafilatura.extract on the same HTML pages in one process and in two."""
    import random
    from concurrent.futures import ProcessPoolExecutor

    from pagestrip.batch import Job, run

    rng = random.Random(3)
    text_src = [p.read_bytes() for p in sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))]
    html_src = [p.read_bytes() for p in sorted((ROOT / "fixtures" / "html").glob("*.html"))]

    def vary(data: bytes, i: int) -> bytes:  # no two pages alike: a line dropped or doubled
        lines = data.split(b"\n")
        k = rng.randrange(len(lines))
        return b"\n".join([*lines[:k], *lines[k + 1 :]] if i % 2 else [*lines[:k], lines[k], *lines[k:]])

    corpora = {
        "text": [vary(text_src[i % len(text_src)], i) for i in range(n)],
        "HTML": [vary(html_src[i % len(html_src)], i) for i in range(n)],
    }
    print(f"\nbatch corpus: {n} text pages and {n} HTML pages (fixtures, varied)")
    print(f"  {'input':6s} {'tool':24s} {'pages/s':>9s} {'MB/s':>7s}")
    for kind, pages in corpora.items():
        size = sum(len(p) for p in pages)
        for workers in (1, 2):
            t = time.perf_counter()
            for _ in run((Job(str(i), p) for i, p in enumerate(pages)), {}, workers):
                pass
            dt = time.perf_counter() - t
            print(f"  {kind:6s} {'pagestrip --jobs ' + str(workers):24s} {n / dt:9.1f} {size / dt / 1e6:7.2f}")
        if kind != "HTML":
            continue
        try:
            import trafilatura
        except ImportError:
            print("  trafilatura not installed (pip install -e '.[bench]')")
            continue
        t = time.perf_counter()
        for p in pages:
            trafilatura.extract(p)
        dt1 = time.perf_counter() - t
        print(f"  {kind:6s} {'trafilatura, 1 process':24s} {n / dt1:9.1f} {size / dt1 / 1e6:7.2f}")
        t = time.perf_counter()
        with ProcessPoolExecutor(max_workers=2) as pool:
            list(pool.map(trafilatura.extract, pages, chunksize=16))
        dt2 = time.perf_counter() - t
        print(f"  {kind:6s} {'trafilatura, 2 processes':24s} {n / dt2:9.1f} {size / dt2 / 1e6:7.2f}")


def _time(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def _f1(scores) -> float:
    hit = sum(s.hit for s in scores)
    p = hit / max(1, sum(s.out for s in scores))
    r = hit / max(1, sum(s.gold for s in scores))
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--big-mb", type=float, default=2.0)
    ap.add_argument(
        "--corpus",
        type=int,
        default=2000,
        help="pages of each kind (text, HTML) in the generated batch corpus; 0 skips it",
    )
    args = ap.parse_args()

    pages = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
    pagestrip.clean(pages[0].read_bytes())  # warm up: rule compilation, imports
    total_t = total_b = 0.0
    print(f"{'page':40s} {'KB':>8s} {'ms/page':>9s} {'MB/s':>7s}")
    for p in pages:
        data = p.read_bytes()
        t = timeit(data, args.repeat)
        total_t += t
        total_b += len(data)
        print(f"{p.name:40s} {len(data) / 1024:8.1f} {t * 1000:9.2f} {len(data) / t / 1e6:7.2f}")
    print(
        f"{'all fixture pages':40s} {total_b / 1024:8.1f} {total_t * 1000:9.2f} {total_b / total_t / 1e6:7.2f}"
        f"   ({len(pages) / total_t:.1f} pages/s)"
    )

    dedupe_bench(args.repeat)
    html_bench(args.repeat)
    if args.corpus:
        batch_bench(args.corpus)

    blob = b"\n\n".join(p.read_bytes() for p in pages)
    big = blob * max(1, int(args.big_mb * 1e6 / len(blob)))
    t = timeit(big, max(1, args.repeat // 2))
    print(f"{'synthetic page':40s} {len(big) / 1024:8.1f} {t * 1000:9.2f} {len(big) / t / 1e6:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
