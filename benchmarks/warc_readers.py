#!/usr/bin/env python3
"""Time the two maintained WARC readers, FastWARC and warcio, on the same WARC (issue 15).

    python3 benchmarks/warc_readers.py                  # fixtures/html x 300, gzipped per record
    python3 benchmarks/warc_readers.py --copies 50 --rounds 5

The WARC is built here from ``fixtures/html`` (each page a ``response``
record with its HTTP header, plus a ``request``, an image and a redirect per
page, as a crawler writes them), gzipped record by record as Common Crawl's
are. Each reader does what ``pagestrip.warc`` needs of it: every record's
type, id, target URI, HTTP status and Content-Type, and the payload bytes of
the HTML responses. CPU time (``time.process_time``), the median of rounds,
alternating the readers so load hits both alike.
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HTML = ROOT / "fixtures" / "html"
#: A small stand-in for an image a crawler stored beside the pages.
IMAGE = b"\xff\xd8\xff\xe0" + bytes(2000)


def build(path: Path, copies: int) -> int:
    """Write the benchmark WARC with warcio; return the number of HTML responses in it."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = sorted(HTML.glob("*.html"))
    n = 0
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        for c in range(copies):
            for p in pages:
                uri = f"http://fixtures.example/{c}/{p.name}"
                req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "fixtures.example")], is_http_request=True)
                w.write_record(w.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=req))
                http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
                w.write_record(
                    w.create_warc_record(uri, "response", payload=io.BytesIO(p.read_bytes()), http_headers=http)
                )
                n += 1
            img = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
            w.write_record(
                w.create_warc_record(
                    f"http://fixtures.example/{c}.jpg", "response", payload=io.BytesIO(IMAGE), http_headers=img
                )
            )
            moved = StatusAndHeaders(
                "301 Moved Permanently", [("Location", "/"), ("Content-Type", "text/html")], protocol="HTTP/1.1"
            )
            w.write_record(
                w.create_warc_record(
                    f"http://fixtures.example/{c}/", "response", payload=io.BytesIO(b""), http_headers=moved
                )
            )
    return n


def read_fastwarc(path: Path) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    total = 0
    with open(path, "rb") as f:
        for rec in ArchiveIterator(f, record_types=WarcRecordType.response, auto_decode="all"):
            rec.record_id, rec.headers.get("WARC-Target-URI")
            if rec.http_headers.status_code == 200 and (rec.http_content_type or "").startswith("text/html"):
                total += len(rec.reader.read())
    return total


def read_warcio(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    total = 0
    with open(path, "rb") as f:
        for rec in ArchiveIterator(f):
            if rec.rec_type != "response":
                continue
            rec.rec_headers.get_header("WARC-Record-ID"), rec.rec_headers.get_header("WARC-Target-URI")
            ctype = rec.http_headers.get_header("Content-Type") or ""
            if rec.http_headers.get_statuscode() == "200" and ctype.startswith("text/html"):
                total += len(rec.content_stream().read())
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=300, help="copies of fixtures/html in the WARC")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    readers = {"fastwarc": read_fastwarc, "warcio": read_warcio}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.warc.gz"
        pages = build(path, args.copies)
        times: dict[str, list[float]] = {name: [] for name in readers}
        sizes = set()
        for _ in range(args.rounds):
            for name, read in readers.items():
                t = time.process_time()
                sizes.add(read(path))
                times[name].append(time.process_time() - t)
        assert len(sizes) == 1, f"the readers disagree on the payload bytes: {sizes}"
        mb = path.stat().st_size / 1e6
        print(
            f"WARC: {pages} HTML responses (+ as many requests, {2 * args.copies} other responses), "
            f"{mb:.1f} MB gzipped; median CPU of {args.rounds} rounds"
        )
        print("| reader | s | HTML pages/s | µs/page |")
        print("| --- | ---: | ---: | ---: |")
        for name, ts in times.items():
            s = statistics.median(ts)
            print(f"| {name} | {s:.3f} | {pages / s:,.0f} | {1e6 * s / pages:.0f} |")


if __name__ == "__main__":
    main()
