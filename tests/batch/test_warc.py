"""WARC input: a WARC of the HTML fixtures, written here with FastWARC, cleans as the files do."""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("fastwarc", reason="the warc extra (fastwarc) is not installed: pip install -e '.[warc]'")
from fastwarc.stream_io import GzipWriter
from fastwarc.warc import WarcRecord, WarcRecordType

import pagestrip
from pagestrip.batch import iter_jobs, process
from testkit import FIXTURES
from testkit import run_cli as cli

HTML = sorted((FIXTURES / "html").glob("*.html"))
#: Charsets the fixture names state, as a server's Content-Type would.
CHARSETS = {"gbk": "gbk", "utf8": "utf-8", "big5": "big5"}
MAX_BYTES = 1 << 24


def url(page: Path) -> str:
    return f"http://fixtures.example/{page.name}"


def content_type(page: Path) -> str:
    charset = next((c for token, c in CHARSETS.items() if token in page.stem.split("_")), None)
    return f"text/html; charset={charset}" if charset else "text/html"


def record(rtype: WarcRecordType, uri: str, block: bytes) -> WarcRecord:
    r = WarcRecord()
    r.init_headers(rtype)
    r.headers["WARC-Target-URI"] = uri
    if rtype == WarcRecordType.response:
        r.headers["Content-Type"] = "application/http; msgtype=response"
    r.set_bytes_content(block)
    return r


def response(uri: str, body: bytes, ctype: str = "text/html", status: str = "200 OK", extra: str = "") -> WarcRecord:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n{extra}\r\n".encode("ascii")
    return record(WarcRecordType.response, uri, head + body)


def write_warc(path: Path, records: list[WarcRecord]) -> None:
    """A WARC gzipped record by record, as crawlers write them."""
    with open(path, "wb") as f:
        for r in records:
            w = GzipWriter(f)
            r.write(w, checksum_data=True)
            w.close()


def crawl_records() -> list[WarcRecord]:
    """Every fixture page as a crawler stores it (a request, then the response), with the
    records a crawl also holds that are no page: an image, a redirect, a 404, a PDF."""
    out = [record(WarcRecordType.warcinfo, "", b"software: pagestrip tests\r\n")]
    for page in HTML:
        out.append(record(WarcRecordType.request, url(page), f"GET /{page.name} HTTP/1.1\r\n\r\n".encode()))
        out.append(response(url(page), page.read_bytes(), content_type(page)))
    out.append(response("http://fixtures.example/logo.jpg", b"\xff\xd8\xff\xe0" + bytes(100), "image/jpeg"))
    out.append(response("http://fixtures.example/old", b"", status="301 Moved Permanently", extra="Location: /new\r\n"))
    out.append(response("http://fixtures.example/gone", b"<html><body>Not found</body></html>", status="404 Not Found"))
    out.append(response("http://fixtures.example/a.pdf", b"%PDF-1.4\n", "application/pdf"))
    return out


SKIPPED = {"image/jpeg": 1, "HTTP 301": 1, "HTTP 404": 1, "application/pdf": 1}


def test_warc_of_fixtures_cleans_to_the_same_articles_as_the_files(tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, crawl_records())
    skipped: Counter[str] = Counter()
    jobs = list(iter_jobs([str(warc)], max_bytes=MAX_BYTES, skipped=skipped))
    assert [j.url for j in jobs] == [url(p) for p in HTML]
    assert dict(skipped) == SKIPPED
    for job, page in zip(jobs, HTML, strict=True):
        assert job.fields["url"] == url(page) and job.fields["warc_record_id"].startswith("<urn:uuid:")
        assert job.content_type == content_type(page)
        rec = process(job, {})
        assert "error" not in rec, rec
        assert rec["articles"] == pagestrip.clean(page.read_bytes()).to_dict()["articles"], page.name


def test_cli_writes_one_record_per_page_with_the_record_id_and_uri(tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    records = crawl_records()
    write_warc(warc, records)
    ids = [
        r.record_id
        for r in records
        if r.headers.get("Content-Type", "").startswith("application/http")
        and r.headers["WARC-Target-URI"] in {url(p) for p in HTML}
    ]
    out, stats = tmp_path / "out.jsonl", tmp_path / "stats.json"
    proc = cli("clean", str(warc), "-o", str(out), "-j", "2", "--stats", str(stats))
    assert proc.returncode == 0, proc.stderr
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["warc_record_id"] for r in recs] == ids
    assert [r["url"] for r in recs] == [url(p) for p in HTML]
    assert all(r["pagestrip"]["url"] == r["url"] and r["pagestrip"]["articles"] for r in recs)
    assert all(r["pagestrip"]["source"].startswith(f"{warc}:") for r in recs)
    summary = json.loads(stats.read_text())
    assert summary["pages"] == len(HTML)
    assert summary["skipped"] == {"records": 4, "why": SKIPPED}
    assert "WARC records skipped (no HTML page): 4" in proc.stderr.decode()


def test_a_folder_of_warcs_and_the_http_charset(tmp_path):
    """A page without a charset of its own is decoded by the HTTP header's; a gzip
    ``Content-Encoding`` is undone; plain and gzipped WARCs in a folder are both read."""
    text = "这是一篇关于城市公园建设的新闻报道，市民纷纷表示欢迎。" * 3
    body = f"<html><body><article><p>{text}</p></article></body></html>".encode("gbk")
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    write_warc(crawl / "a.warc.gz", [response("http://a.example/1", body, "text/html; charset=GBK")])
    write_warc(
        crawl / "b.warc",
        [
            response(
                "http://b.example/1", gzip.compress(body), "text/html; charset=gbk", extra="Content-Encoding: gzip\r\n"
            )
        ],
    )
    (crawl / "notes.md").write_text("not a page")
    out = tmp_path / "out.jsonl"
    proc = cli("clean", str(crawl), "-o", str(out), "-q")
    assert proc.returncode == 0, proc.stderr
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["url"] for r in recs] == ["http://a.example/1", "http://b.example/1"]
    for r in recs:
        assert text in r["pagestrip"]["articles"][0]["text"]


def test_a_corrupt_warc_is_one_error_record_and_the_batch_goes_on(tmp_path):
    bad, good = tmp_path / "a.warc.gz", tmp_path / "b.warc.gz"
    write_warc(bad, crawl_records()[:5])  # warcinfo + two pages
    data = bad.read_bytes()
    bad.write_bytes(data + b"\x1f\x8b\x08\x00garbage, not gzip" * 50)
    write_warc(good, crawl_records()[:3])
    out = tmp_path / "out.jsonl"
    proc = cli("clean", str(bad), str(good), "-o", str(out), "-q")
    assert proc.returncode == 1
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [("error" in r["pagestrip"]) for r in recs] == [False, False, True, False]
    assert "unreadable WARC" in recs[2]["pagestrip"]["error"]
    assert recs[3]["url"] == url(HTML[0])


def test_without_fastwarc_a_warc_is_an_error_record_saying_what_to_install(tmp_path, monkeypatch):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, crawl_records()[:3])
    monkeypatch.setitem(sys.modules, "fastwarc.warc", None)
    (job,) = iter_jobs([str(warc)], max_bytes=MAX_BYTES)
    assert "pagestrip[warc]" in process(job, {})["error"]
