#!/usr/bin/env python3
"""CPU time of pagestrip beside trafilatura and resiliparse on the same pages (issue 13).

    python3 benchmarks/speed.py                            # every set, about 5 minutes on 2 cores
    python3 benchmarks/speed.py --rounds 7 --sets html-fixtures text-seeds
    python3 benchmarks/speed.py --shared ../shared --json speed.json

The engine cleans crawls of millions of pages, so its cost per page is the
product's price. This prints, as Markdown tables:

- page sets, every tool in one process on the same pages, CPU ms per page:
  ``pagestrip.clean(bytes)``, ``trafilatura.extract`` (default and
  ``fast=True``) and resiliparse's ``extract_plain_text(main_content=True)``,
  with the ratios trafilatura/pagestrip, trafilatura-fast/pagestrip and
  pagestrip/resiliparse. HTML sets: ``fixtures/html`` and the shared corpus'
  ``html/pages``; text sets: ``fixtures/seeds`` and the shared corpus'
  ``pages/pages``, which pagestrip gets as raw text bytes and the peers as a
  minimal HTML document, one ``<p>`` a line (what a peer needs to see text);
- adversarial inputs built here (never stored), pagestrip only, in seconds of
  CPU per MB of UTF-8 input, each in a subprocess with a wall-time limit so a
  slow path reports "> limit" instead of hanging the run;
- start-up: CPU time of a one-page ``pagestrip clean`` (and trafilatura's CLI)
  in a fresh process;
- the five pages pagestrip is slowest on, and issue 13's targets with
  PASS/FAIL next to each measured figure.

Why CPU time (``time.process_time``, ``getrusage``) rather than wall time: the
machine is shared (two cores, other jobs running), and CPU time moves far less
with load. Why alternate tools round by round and take the median of rounds:
a burst of load or a cache effect then hits every tool alike and one bad round
does not count. This is a measurement, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import html
import json
import logging
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
sys.path.insert(0, str(SRC))

import pagestrip  # noqa: E402

FIXTURES = ROOT / "fixtures"
#: The shared corpus lives beside the project checkout (``../shared``).
DEFAULT_SHARED = ROOT.parent / "shared"

DEFAULT_ROUNDS = 5
#: Issue 13 judges its targets on the median of at least this many rounds.
MIN_ROUNDS_FOR_TARGETS = 5
#: Wall-time limit for one adversarial input (building it, one warm-up, its timings).
DEFAULT_ADVERSARIAL_LIMIT_S = 120.0
#: Timings of one adversarial input; the second is skipped when the first was slow
#: (it would tell nothing new and could take minutes).
ADVERSARIAL_REPEATS = 2
ADVERSARIAL_SECOND_RUN_UNDER_S = 20.0
STARTUP_RUNS = 5
#: The page of the start-up measurement: a real seed of ordinary size (13 KB).
STARTUP_SEED = "000_ac3e718c7ea6533d.txt"
SLOWEST_SHOWN = 5
MB = 1e6

# Issue 13's targets.
TARGET_HTML_SPEEDUP = 5.0  # trafilatura / pagestrip on each HTML set, at least
TARGET_TEXT_SPEEDUP = 3.0  # trafilatura / pagestrip on each text set, at least
TARGET_RESILIPARSE_GAP = 4.0  # pagestrip / resiliparse on each HTML set, at most
TARGET_ADVERSARIAL_S_PER_MB = 1.0  # each adversarial input, below
TARGET_STARTUP_CPU_S = 0.25  # one-page `pagestrip clean`, below

PAGESTRIP = "pagestrip"
TRAFILATURA = "trafilatura"
TRAFILATURA_FAST = "trafilatura-fast"
RESILIPARSE = "resiliparse"
PEER_INSTALL = "python3 -m pip install -e '.[bench]'"


# --------------------------------------------------------------------------- inputs


@dataclass
class Page:
    """One page as each tool gets it: ``raw`` for pagestrip, ``peer`` (HTML bytes) for the others."""

    name: str
    raw: bytes
    peer: bytes


@dataclass
class PageSet:
    name: str
    kind: str  # "html" or "text"
    source: Path
    pages: list[Page]

    @property
    def mb(self) -> float:
        return sum(len(p.raw) for p in self.pages) / MB


def decode_text(data: bytes) -> str:
    """Text of a text page, to wrap in HTML for the peers (not timed).

    UTF-8 when it decodes strictly, else charset-normalizer's best guess (a
    pagestrip dependency, so this works without resiliparse); it reads the
    fixtures' GB18030, Big5-HKSCS and UTF-16 seeds right.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return str(best) if best is not None else data.decode("utf-8", "replace")


def wrap_text(text: str) -> bytes:
    """A minimal UTF-8 HTML document, one ``<p>`` per non-blank line: the text as a peer can read it."""
    paras = "\n".join(f"<p>{html.escape(line.strip())}</p>" for line in text.splitlines() if line.strip())
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title></title></head><body>\n{paras}\n</body></html>\n'
    ).encode()


@dataclass(frozen=True)
class SetSource:
    kind: str  # "html" or "text"
    folder: Path
    pattern: str


def page_sets(shared: Path) -> dict[str, SetSource]:
    """The page sets by name, in report order."""
    return {
        "html-fixtures": SetSource("html", FIXTURES / "html", "*.html"),
        "html-corpus": SetSource("html", shared / "corpus" / "html" / "pages", "*.html"),
        "text-seeds": SetSource("text", FIXTURES / "seeds", "*"),
        "text-corpus": SetSource("text", shared / "corpus" / "pages" / "pages", "*.txt"),
    }


def load_set(name: str, source: SetSource) -> PageSet:
    """HTML pages: the same bytes for every tool. Text pages: raw bytes for pagestrip, the
    decoded text wrapped in HTML for the peers."""
    pages = []
    for path in sorted(source.folder.glob(source.pattern)):
        if path.is_file():
            data = path.read_bytes()
            pages.append(Page(path.name, data, data if source.kind == "html" else wrap_text(decode_text(data))))
    return PageSet(name, source.kind, source.folder, pages)


SET_NAMES = list(page_sets(DEFAULT_SHARED))


# --------------------------------------------------------------------------- tools


@dataclass
class Tool:
    name: str
    run: Callable[[Page], object]


def available_tools() -> tuple[list[Tool], list[str]]:
    """pagestrip and the peers that are installed, and a line for each peer that is not."""
    tools = [Tool(PAGESTRIP, lambda p: pagestrip.clean(p.raw))]
    skipped = []
    try:
        import trafilatura
    except ImportError:
        skipped.append(f"{TRAFILATURA}: not installed, skipped ({PEER_INSTALL})")
    else:
        # Its failures on odd pages are logged as errors; they are not what is measured here.
        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
        # trafilatura takes bytes and detects the encoding itself, as a user would call it.
        tools.append(Tool(TRAFILATURA, lambda p: trafilatura.extract(p.peer)))
        tools.append(Tool(TRAFILATURA_FAST, lambda p: trafilatura.extract(p.peer, fast=True)))
    try:
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.encoding import bytes_to_str, detect_encoding
    except ImportError:
        skipped.append(f"{RESILIPARSE}: not installed, skipped ({PEER_INSTALL})")
    else:
        # resiliparse needs str. Decoding is inside the timed call, with resiliparse's own
        # helpers (the <meta> charset when there is one, else uchardet), because pagestrip's
        # and trafilatura's times include their decoding of the same bytes.
        def resiliparse_run(p: Page) -> str:
            text = bytes_to_str(p.peer, detect_encoding(p.peer, from_html_meta=True))
            return extract_plain_text(text, main_content=True)

        tools.append(Tool(RESILIPARSE, resiliparse_run))
    return tools, skipped


def tool_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": platform.python_version()}
    for dist in ("trafilatura", "resiliparse", "lxml", "regex"):
        with contextlib.suppress(PackageNotFoundError):
            out[dist] = version(dist)
    return out


# --------------------------------------------------------------------------- page-set timing


@dataclass
class ToolTiming:
    rounds_s: list[float]  # CPU seconds for the whole set, one per round
    page_s: list[float]  # median CPU seconds per page, in the set's page order
    errors: int  # pages on which the tool raised (counted once per page)

    def ms_per_page(self, n_pages: int) -> float:
        return statistics.median(self.rounds_s) / n_pages * 1000


@dataclass
class SetTiming:
    name: str
    kind: str
    source: str
    pages: int
    mb: float
    page_names: list[str]
    page_kb: list[float]
    tools: dict[str, ToolTiming] = field(default_factory=dict)

    def ms(self, tool: str) -> float | None:
        t = self.tools.get(tool)
        return t.ms_per_page(self.pages) if t else None

    def ratio(self, num: str, den: str) -> float | None:
        a, b = self.ms(num), self.ms(den)
        return a / b if a is not None and b else None


def warm_up(tools: list[Tool], page: Page) -> None:
    """One untimed call per tool: imports, rule compilation and caches are not a page's cost."""
    for tool in tools:
        with contextlib.suppress(Exception):
            tool.run(page)


def time_set(pages: PageSet, tools: list[Tool], rounds: int) -> SetTiming:
    """Every tool over every page, ``rounds`` times, tools alternating round by round.

    The order of tools rotates each round, so no tool always runs right after
    the same other one (whose garbage or cache state it would inherit).
    """
    n = len(pages.pages)
    per_page = {t.name: [[] for _ in range(n)] for t in tools}
    totals = {t.name: [] for t in tools}
    failed = {t.name: set() for t in tools}
    for r in range(rounds):
        print(f"  {pages.name}: round {r + 1}/{rounds}", file=sys.stderr, flush=True)
        for tool in tools[r % len(tools) :] + tools[: r % len(tools)]:
            total = 0.0
            for i, page in enumerate(pages.pages):
                t0 = time.process_time()
                try:
                    tool.run(page)
                except Exception:
                    failed[tool.name].add(i)
                spent = time.process_time() - t0
                per_page[tool.name][i].append(spent)
                total += spent
            totals[tool.name].append(total)
    result = SetTiming(
        pages.name,
        pages.kind,
        str(pages.source),
        n,
        pages.mb,
        [p.name for p in pages.pages],
        [len(p.raw) / 1024 for p in pages.pages],
    )
    for tool in tools:
        result.tools[tool.name] = ToolTiming(
            totals[tool.name], [statistics.median(x) for x in per_page[tool.name]], len(failed[tool.name])
        )
    return result


# --------------------------------------------------------------------------- adversarial inputs


def gold_paragraphs() -> list[str]:
    """Distinct paragraphs of the fixtures' gold articles: real prose for the synthetic pages."""
    seen: dict[str, None] = {}
    for g in sorted((FIXTURES / "gold").glob("*.json")):
        for article in json.loads(g.read_text(encoding="utf-8"))["articles"]:
            for para in article["text"].split("\n"):
                if len(para.strip()) >= 20:
                    seen.setdefault(para.strip(), None)
    return list(seen)


def gold_titles() -> list[str]:
    seen: dict[str, None] = {}
    for g in sorted((FIXTURES / "gold").glob("*.json")):
        for article in json.loads(g.read_text(encoding="utf-8"))["articles"]:
            if article.get("title"):
                seen.setdefault(article["title"], None)
    return list(seen)


SHARED_OPENING_PARAS = 4000
SHARED_OPENING = "根据上级文件精神和有关要求，结合我区实际，现就进一步做好创建全国文明城市工作提出如下意见："


def make_shared_opening() -> str:
    """4 000 paragraphs that open alike and then differ: the abstract/teaser search's worst case."""
    rng = random.Random(13)
    paras = gold_paragraphs()
    body = [f"{SHARED_OPENING}{rng.choice(paras)}（第{i}条）" for i in range(SHARED_OPENING_PARAS)]
    return "关于进一步做好创建全国文明城市工作的意见\n\n" + "\n\n".join(body) + "\n"


IDENTICAL_PARAS = 100_000
IDENTICAL_PARA = "这是一个完全相同的段落，内容重复出现很多次，用来测试去重的速度和效果。"


def make_identical() -> str:
    """100 000 copies of one paragraph: every copy is a duplicate of the first."""
    return "\n".join([IDENTICAL_PARA] * IDENTICAL_PARAS) + "\n"


COLLECTION_PIECES = 100
PIECE_PARAS = (4, 10)


def make_collection() -> str:
    """A 范文 collection of 100 pieces headed 第1篇 … 第100篇, each a title and real paragraphs.

    Pieces share paragraphs (they are drawn from one pool), as the pieces of
    real collections share stock phrases, so comparing pieces has work to do.
    """
    rng = random.Random(100)
    paras, titles = gold_paragraphs(), gold_titles()
    lines = [f"创建文明城市讲话稿范文（精选{COLLECTION_PIECES}篇）", ""]
    for i in range(1, COLLECTION_PIECES + 1):
        lines += [f"第{i}篇", titles[(i - 1) % len(titles)], ""]
        for para in rng.sample(paras, rng.randint(*PIECE_PARAS)):
            lines += [para, ""]
    return "\n".join(lines)


BIG_PAGE_BYTES = 10 * 10**6


def make_big_page() -> str:
    """About 10 MB of UTF-8: the fixture seed pages (decoded) concatenated over and over."""
    seeds = [decode_text(p.read_bytes()) for p in sorted((FIXTURES / "seeds").iterdir()) if p.is_file()]
    blob = "\n\n".join(seeds) + "\n\n"
    copies = -(-BIG_PAGE_BYTES // len(blob.encode("utf-8")))  # ceiling
    return blob * copies


ADVERSARIAL: dict[str, tuple[str, Callable[[], str]]] = {
    "shared-opening": ("4 000 paragraphs sharing an opening", make_shared_opening),
    "identical": ("100 000 identical paragraphs", make_identical),
    "collection-100": ("a collection of 100 pieces (第1篇 … 第100篇)", make_collection),
    "big-10mb": ("a 10 MB page (the seeds concatenated)", make_big_page),
}


@dataclass
class AdversarialTiming:
    name: str
    what: str
    mb: float | None
    cpu_s: list[float]  # empty when the limit was hit
    limit_s: float
    note: str = ""

    @property
    def best_s(self) -> float | None:
        return min(self.cpu_s) if self.cpu_s else None

    @property
    def s_per_mb(self) -> float | None:
        return self.best_s / self.mb if self.cpu_s and self.mb else None


def adversarial_child(name: str) -> None:
    """In the subprocess: build the input, warm pagestrip up on a seed, time ``clean()``; JSON on stdout."""
    data = ADVERSARIAL[name][1]().encode("utf-8")
    pagestrip.clean((FIXTURES / "seeds" / STARTUP_SEED).read_bytes())
    print(json.dumps({"mb": len(data) / MB}), flush=True)  # the size, even if the timing is cut short
    for _ in range(ADVERSARIAL_REPEATS):
        t0 = time.process_time()
        pagestrip.clean(data)
        spent = time.process_time() - t0
        print(json.dumps({"cpu_s": spent}), flush=True)
        if spent >= ADVERSARIAL_SECOND_RUN_UNDER_S:
            break


def time_adversarial(name: str, limit_s: float) -> AdversarialTiming:
    """One adversarial input in a subprocess, killed at ``limit_s`` seconds of wall time."""
    what = ADVERSARIAL[name][0]
    cmd = [sys.executable, str(Path(__file__).resolve()), "--adversarial-child", name]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=limit_s, env=_child_env())
        out, note = proc.stdout, "" if proc.returncode == 0 else _failure(proc.returncode, proc.stderr)
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode() if isinstance(e.stdout, bytes) else (e.stdout or "")
        note = f"> {limit_s:.0f} s wall"
    mb, cpu = None, []
    for line in out.splitlines():
        rec = json.loads(line)
        mb = rec.get("mb", mb)
        if "cpu_s" in rec:
            cpu.append(rec["cpu_s"])
    if note.startswith(">") and cpu:
        note = f"second timing cut at {limit_s:.0f} s wall"
    return AdversarialTiming(name, what, mb, cpu, limit_s, note)


def _failure(returncode: int, stderr: str) -> str:
    """A one-line note for a child that died: its exit code and the last line it wrote (the exception)."""
    last = stderr.strip().splitlines()[-1:] or [""]
    return f"exit {returncode}: {last[0][:120]}".replace("|", "/")


# --------------------------------------------------------------------------- start-up


def _child_env() -> dict[str, str]:
    """This checkout's ``src`` first on the path: the ``pagestrip`` script on PATH may be another checkout's.

    ``PYTHONDONTWRITEBYTECODE`` is dropped so the untimed first run writes the bytecode
    caches, as an installed wheel has them: with it set (some CI images and containers
    do), every timed run would compile the changed modules from source and the start-up
    figure would measure the compiler, not pagestrip.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    return env


def child_cpu_s(cmd: list[str], stdin: Path | None = None) -> float:
    """User + system CPU seconds of ``cmd`` and the children it waited for (RUSAGE_CHILDREN delta)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(stdin or os.devnull, "rb") as fin:
        subprocess.run(
            cmd, stdin=fin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_child_env(), check=False
        )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def cpu_runs(cmd: list[str], runs: int, stdin: Path | None = None) -> list[float]:
    """``runs`` timings after one untimed run (which writes the bytecode caches)."""
    child_cpu_s(cmd, stdin)
    return [child_cpu_s(cmd, stdin) for _ in range(runs)]


@dataclass
class StartupTiming:
    command: str
    cpu_s: list[float]

    @property
    def median_s(self) -> float:
        return statistics.median(self.cpu_s)


def time_startup(runs: int) -> tuple[list[StartupTiming], list[str]]:
    """One-page CLI runs in fresh processes; Python's own start-up as the floor."""
    seed = FIXTURES / "seeds" / STARTUP_SEED
    # `python3 -m pagestrip` with this checkout's src on PYTHONPATH is what the `pagestrip`
    # script runs (its entry point imports pagestrip.cli and calls main), minus the script's
    # own few lines.
    out = [
        StartupTiming("python3 -c pass (interpreter floor)", cpu_runs([sys.executable, "-c", "pass"], runs)),
        StartupTiming(
            f"pagestrip clean fixtures/seeds/{STARTUP_SEED}",
            cpu_runs([sys.executable, "-m", "pagestrip", "clean", str(seed)], runs),
        ),
    ]
    skipped = []
    exe = shutil.which("trafilatura")
    if exe is None:
        skipped.append("trafilatura CLI: not on PATH, skipped")
        return out, skipped
    # `trafilatura --input-file` reads a list of URLs to download, not a page: one local
    # page goes in on standard input. It gets the seed wrapped in HTML, as in the text sets.
    with tempfile.TemporaryDirectory() as d:
        page = Path(d) / "seed.html"
        page.write_bytes(wrap_text(decode_text(seed.read_bytes())))
        out.append(StartupTiming(f"trafilatura < {STARTUP_SEED} wrapped in <p>", cpu_runs([exe], runs, stdin=page)))
    return out, skipped


# --------------------------------------------------------------------------- report


@dataclass
class Target:
    what: str
    measured: str
    passed: bool | None  # None: not measured


def targets(sets: list[SetTiming], adversarial: list[AdversarialTiming], startup: list[StartupTiming]) -> list[Target]:
    """Issue 13's targets against this run's figures."""
    out = []
    for s in sets:
        goal = TARGET_HTML_SPEEDUP if s.kind == "html" else TARGET_TEXT_SPEEDUP
        r = s.ratio(TRAFILATURA, PAGESTRIP)
        out.append(Target(f"{s.name}: trafilatura / pagestrip ≥ {goal:g}×", _x(r), None if r is None else r >= goal))
    for s in sets:
        if s.kind == "html":
            r = s.ratio(PAGESTRIP, RESILIPARSE)
            out.append(
                Target(
                    f"{s.name}: pagestrip / resiliparse ≤ {TARGET_RESILIPARSE_GAP:g}×",
                    _x(r),
                    None if r is None else r <= TARGET_RESILIPARSE_GAP,
                )
            )
    for a in adversarial:
        v = a.s_per_mb
        if v is not None:
            out.append(
                Target(
                    f"{a.name}: < {TARGET_ADVERSARIAL_S_PER_MB:g} s/MB",
                    f"{v:.2f} s/MB",
                    v < TARGET_ADVERSARIAL_S_PER_MB,
                )
            )
        elif a.mb:
            out.append(
                Target(
                    f"{a.name}: < {TARGET_ADVERSARIAL_S_PER_MB:g} s/MB",
                    f"> {a.limit_s / a.mb:.1f} s/MB wall ({a.note})",
                    False,
                )
            )
        else:
            out.append(Target(f"{a.name}: < {TARGET_ADVERSARIAL_S_PER_MB:g} s/MB", a.note or "not measured", None))
    for st in startup:
        if st.command.startswith("pagestrip"):
            out.append(
                Target(
                    f"one-page `pagestrip clean` < {TARGET_STARTUP_CPU_S:g} s CPU",
                    f"{st.median_s:.3f} s",
                    st.median_s < TARGET_STARTUP_CPU_S,
                )
            )
    return out


def _x(r: float | None) -> str:
    return "—" if r is None else f"{r:.2f}×"


def _ms(v: float | None) -> str:
    return "—" if v is None else f"{v:.2f}"


def table(header: list[str], rows: Iterable[list[str]]) -> str:
    """A Markdown table, columns padded so it also reads as plain text."""
    rows = [header] + [list(r) for r in rows]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    line = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |"  # noqa: E731
    return "\n".join([line(rows[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in rows[1:]])


def sets_table(sets: list[SetTiming]) -> str:
    tools = [PAGESTRIP, TRAFILATURA, TRAFILATURA_FAST, RESILIPARSE]
    rows = [
        [s.name, str(s.pages), f"{s.mb:.2f}"]
        + [_ms(s.ms(t)) for t in tools]
        + [
            _x(s.ratio(TRAFILATURA, PAGESTRIP)),
            _x(s.ratio(TRAFILATURA_FAST, PAGESTRIP)),
            _x(s.ratio(PAGESTRIP, RESILIPARSE)),
        ]
        for s in sets
    ]
    return table(
        [
            "set",
            "pages",
            "MB",
            "pagestrip ms/page",
            "trafilatura",
            "trafilatura fast",
            "resiliparse",
            "trafilatura/pagestrip",
            "traf-fast/pagestrip",
            "pagestrip/resiliparse",
        ],
        rows,
    )


def errors_lines(sets: list[SetTiming]) -> list[str]:
    return [
        f"{s.name}: {name} raised on {t.errors} page(s) (timed all the same)"
        for s in sets
        for name, t in s.tools.items()
        if t.errors
    ]


def slowest_pages(sets: list[SetTiming], n: int) -> list[dict]:
    """The pages pagestrip spends most on (median of rounds), with trafilatura's time on each."""
    rows = []
    for s in sets:
        ps, tr = s.tools[PAGESTRIP], s.tools.get(TRAFILATURA)
        for i, name in enumerate(s.page_names):
            rows.append(
                {
                    "set": s.name,
                    "page": name,
                    "kb": s.page_kb[i],
                    "pagestrip_ms": ps.page_s[i] * 1000,
                    "trafilatura_ms": tr.page_s[i] * 1000 if tr else None,
                }
            )
    return sorted(rows, key=lambda r: -r["pagestrip_ms"])[:n]


def slowest_table(rows: list[dict]) -> str:
    return table(
        ["set", "page", "KB", "pagestrip ms", "trafilatura ms"],
        [[r["set"], r["page"], f"{r['kb']:.0f}", f"{r['pagestrip_ms']:.1f}", _ms(r["trafilatura_ms"])] for r in rows],
    )


def adversarial_table(rows: list[AdversarialTiming]) -> str:
    def per_mb(a: AdversarialTiming) -> str:
        if a.s_per_mb is not None:
            return f"{a.s_per_mb:.2f}"
        return f"> {a.limit_s / a.mb:.1f} (wall)" if a.mb else "—"

    return table(
        ["input", "what", "MB", "CPU s", "s/MB", "note"],
        [
            [
                a.name,
                a.what,
                "—" if a.mb is None else f"{a.mb:.2f}",
                "—" if a.best_s is None else f"{a.best_s:.2f}",
                per_mb(a),
                a.note,
            ]
            for a in rows
        ],
    )


def startup_table(rows: list[StartupTiming]) -> str:
    return table(
        ["command", "CPU s (median)", "runs"],
        [[r.command, f"{r.median_s:.3f}", " ".join(f"{x:.3f}" for x in r.cpu_s)] for r in rows],
    )


def targets_table(rows: list[Target]) -> str:
    verdict = {True: "PASS", False: "FAIL", None: "not measured"}
    return table(["target (issue 13)", "measured", ""], [[t.what, t.measured, verdict[t.passed]] for t in rows])


def git_commit() -> str:
    """The commit measured, marked dirty when src/ has uncommitted changes."""

    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True).stdout.strip()

    commit = git("rev-parse", "--short=12", "HEAD") or "unknown"
    return commit + (" (src/ modified)" if git("status", "--porcelain", "--", "src") else "")


# --------------------------------------------------------------------------- main


SECTIONS = ["adversarial", "startup"]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--rounds",
        type=int,
        default=DEFAULT_ROUNDS,
        help=f"rounds per page set, the median is reported (default {DEFAULT_ROUNDS})",
    )
    ap.add_argument(
        "--sets",
        nargs="+",
        metavar="SET",
        choices=SET_NAMES + SECTIONS,
        help=f"what to run (default all): {', '.join(SET_NAMES + SECTIONS)}",
    )
    ap.add_argument(
        "--shared",
        type=Path,
        default=DEFAULT_SHARED,
        help="the shared folder holding corpus/ (default: ../shared beside the checkout)",
    )
    ap.add_argument(
        "--adversarial-limit",
        type=float,
        default=DEFAULT_ADVERSARIAL_LIMIT_S,
        metavar="SECONDS",
        help=f"wall-time limit per adversarial input (default {DEFAULT_ADVERSARIAL_LIMIT_S:g})",
    )
    ap.add_argument("--json", type=Path, metavar="FILE", help="also write the numbers to FILE")
    ap.add_argument("--adversarial-child", choices=list(ADVERSARIAL), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.rounds < 1:
        ap.error("--rounds must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.adversarial_child:
        adversarial_child(args.adversarial_child)
        return 0
    wanted = args.sets or SET_NAMES + SECTIONS
    tools, notes = available_tools()
    if args.rounds < MIN_ROUNDS_FOR_TARGETS:
        notes.append(
            f"{args.rounds} round(s): issue 13 judges its targets on a median of at least {MIN_ROUNDS_FOR_TARGETS}"
        )

    set_timings = []
    for name, source in page_sets(args.shared).items():
        if name not in wanted:
            continue
        if not source.folder.is_dir():
            notes.append(f"{name}: {source.folder} not found, skipped (--shared PATH)")
            continue
        pages = load_set(name, source)
        print(
            f"timing {name}: {len(pages.pages)} pages, {pages.mb:.2f} MB, {len(tools)} tools, {args.rounds} rounds",
            file=sys.stderr,
            flush=True,
        )
        warm_up(tools, pages.pages[0])
        set_timings.append(time_set(pages, tools, args.rounds))

    adversarial = []
    if "adversarial" in wanted:
        for name in ADVERSARIAL:
            print(f"adversarial: {name}", file=sys.stderr, flush=True)
            adversarial.append(time_adversarial(name, args.adversarial_limit))

    startup: list[StartupTiming] = []
    if "startup" in wanted:
        print("start-up", file=sys.stderr, flush=True)
        startup, skipped = time_startup(STARTUP_RUNS)
        notes += skipped

    report(args, set_timings, adversarial, startup, notes)
    return 0


def report(
    args: argparse.Namespace,
    sets: list[SetTiming],
    adversarial: list[AdversarialTiming],
    startup: list[StartupTiming],
    notes: list[str],
) -> None:
    """The tables on stdout, and the numbers as JSON when asked."""
    meta = {
        "date": dt.datetime.now().astimezone().isoformat(timespec="minutes"),
        "commit": git_commit(),
        "cpus": os.cpu_count(),
        "machine": platform.platform(),
        "versions": tool_versions(),
        "rounds": args.rounds,
    }
    checks = targets(sets, adversarial, startup)
    slow = slowest_pages(sets, SLOWEST_SHOWN) if sets else []
    print(f"\npagestrip {meta['commit']}, {meta['date']}, {meta['cpus']} CPUs, {meta['machine']}")
    print(", ".join(f"{k} {v}" for k, v in meta["versions"].items()))
    for note in notes + errors_lines(sets):
        print(f"note: {note}")
    if sets:
        print(f"\n## Page sets: CPU ms per page, median of {args.rounds} alternating rounds\n")
        print(sets_table(sets))
        print(f"\n## Pages pagestrip is slowest on (median ms)\n\n{slowest_table(slow)}")
    if adversarial:
        print(f"\n## Adversarial inputs, pagestrip only (best of ≤ {ADVERSARIAL_REPEATS} runs, CPU)\n")
        print(adversarial_table(adversarial))
    if startup:
        print(f"\n## Start-up: one page in a fresh process, CPU (user + sys), median of {STARTUP_RUNS}\n")
        print(startup_table(startup))
    if checks:
        print(f"\n## Targets\n\n{targets_table(checks)}")
    if args.json:
        data = {
            **meta,
            "notes": notes,
            "sets": [
                {
                    **asdict(s),
                    "ms_per_page": {t: s.ms(t) for t in s.tools},
                    "ratios": {
                        "trafilatura/pagestrip": s.ratio(TRAFILATURA, PAGESTRIP),
                        "trafilatura-fast/pagestrip": s.ratio(TRAFILATURA_FAST, PAGESTRIP),
                        "pagestrip/resiliparse": s.ratio(PAGESTRIP, RESILIPARSE),
                    },
                }
                for s in sets
            ],
            "slowest_pagestrip": slow,
            "adversarial": [{**asdict(a), "s_per_mb": a.s_per_mb} for a in adversarial],
            "startup": [{**asdict(s), "median_s": s.median_s} for s in startup],
            "targets": [asdict(t) for t in checks],
        }
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"\nnumbers written to {args.json}")


if __name__ == "__main__":
    sys.exit(main())
