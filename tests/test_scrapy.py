"""The Scrapy pipeline, for real: a crawl in a subprocess against a local HTTP server."""

from __future__ import annotations

import functools
import http.server
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import pagestrip

scrapy = pytest.importorskip("scrapy", reason="Scrapy is not installed (pip install -e '.[scrapy]')")

ROOT = Path(__file__).resolve().parent.parent
HTML = ROOT / "fixtures" / "html"
PAGES = ["dede_000_gbk.html", "phpcms_002_utf8.html", "table_003_big5.html"]

SPIDER = '''
import scrapy

class FixtureSpider(scrapy.Spider):
    name = "fixtures"
    custom_settings = {
        "ITEM_PIPELINES": {"pagestrip.contrib.scrapy.PagestripPipeline": 300},
        "PAGESTRIP_KEEP_INPUT": False,
        "ROBOTSTXT_OBEY": False,
        "LOG_LEVEL": "WARNING",
        "TELNETCONSOLE_ENABLED": False,
    }

    def __init__(self, base=None, pages=""):
        self.start_urls = [base + p for p in pages.split(",")]

    def parse(self, response):
        yield {"url": response.url, "html": response.body}
'''


@pytest.fixture()
def server():
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(HTML))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


def test_crawl_through_the_pipeline(server, tmp_path):
    spider = tmp_path / "spider.py"
    spider.write_text(SPIDER, encoding="utf-8")
    feed = tmp_path / "items.jsonl"
    proc = subprocess.run([sys.executable, "-m", "scrapy", "runspider", str(spider), "-a", f"base={server}",
                           "-a", "pages=" + ",".join(PAGES), "-o", f"{feed}:jsonlines"],
                          capture_output=True, timeout=180, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    items = {Path(i["url"]).name: i for i in map(json.loads, feed.read_text(encoding="utf-8").splitlines())}
    assert set(items) == set(PAGES)
    for name in PAGES:
        gold = json.loads((HTML / "gold" / (Path(name).stem + ".json")).read_text(encoding="utf-8"))
        item = items[name]
        assert "html" not in item
        assert item["title"] == gold["articles"][0]["title"]  # the article's, not the page's <title>
        assert gold["articles"][0]["text"].split("\n")[-1][:30] in item["text"]
        assert item["pagestrip"]["articles"] and item["pagestrip"]["url"] == item["url"]
        for b in gold["boilerplate"]:
            assert b["text"] not in item["text"]


def test_pipeline_settings_and_drop_empty():
    from scrapy.exceptions import DropItem

    from pagestrip.contrib.scrapy import PagestripPipeline

    p = PagestripPipeline(input_field="body", text_field="clean", title_field="", result_field="", drop_empty=True)
    item = p.process_item({"body": "<html><body><p>正文第一段，内容足够长，才能算作正文。</p></body></html>"})
    assert item["clean"].startswith("正文第一段") and "title" not in item and "pagestrip" not in item
    with pytest.raises(DropItem):
        p.process_item({"body": "版权所有：某某网 2010-2024"})
    with pytest.raises(DropItem):
        p.process_item({"other": "x"})


def test_item10_charset_errors_and_binary_pages_never_raise_out_of_the_pipeline():
    """Issue 11 items 10, 11: charset=undefined/punycode raised UnicodeError out of the pipeline."""
    from scrapy.exceptions import DropItem

    from pagestrip.contrib.scrapy import PagestripPipeline

    p = PagestripPipeline(encoding_field="encoding")
    page = "<html><head><meta charset='undefined'></head><body><p>正文第一段，内容足够长，才能算作正文。</p></body></html>"
    for label in ("undefined", "punycode", "utf-16"):
        item = p.process_item({"html": page.encode("utf-8"), "encoding": label})
        assert item["text"].startswith("正文第一段"), label
        assert any(label in w for w in item["pagestrip"]["warnings"])
    item = p.process_item({"html": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4})
    assert "binary" in item["pagestrip"]["error"] and item["text"] == ""
    with pytest.raises(DropItem):
        PagestripPipeline(drop_empty=True).process_item({"html": b"%PDF-1.4\n" + bytes(range(256)) * 4})


README_SPIDER = '''
import dataclasses

import scrapy


class PageItem(scrapy.Item):  # declares only its own fields, not pagestrip's
    url = scrapy.Field()
    html = scrapy.Field()


@dataclasses.dataclass
class PageRecord:
    url: str
    html: bytes


class ReadmeSpider(scrapy.Spider):
    name = "readme"
    custom_settings = {  # the README's settings.py, nothing more
        "ITEM_PIPELINES": {"pagestrip.contrib.scrapy.PagestripPipeline": 300},
        "PAGESTRIP_INPUT_FIELD": "html",
        "ROBOTSTXT_OBEY": False,
        "LOG_LEVEL": "INFO",
        "TELNETCONSOLE_ENABLED": False,
    }

    def __init__(self, base=None, pages=""):
        self.start_urls = [base + p for p in pages.split(",")]

    def parse(self, response):
        kind = self.start_urls.index(response.url) % 3
        if kind == 0:
            yield {"url": response.url, "html": response.body}
        elif kind == 1:
            yield PageItem(url=response.url, html=response.body)
        else:
            yield PageRecord(url=response.url, html=response.body)
'''


def test_issue12_item1_the_readme_setup_exports_every_item(server, tmp_path):
    """Issue 12 item 1: with PAGESTRIP_KEEP_INPUT at its default, a bytes page made every
    item fail in the JSON exporter (bytes are not JSON), and Item classes or dataclass
    items that do not declare text/title/pagestrip raised KeyError."""
    spider = tmp_path / "spider.py"
    spider.write_text(README_SPIDER, encoding="utf-8")
    feed = tmp_path / "items.jsonl"
    proc = subprocess.run([sys.executable, "-m", "scrapy", "runspider", str(spider), "-a", f"base={server}",
                           "-a", "pages=" + ",".join(PAGES), "-o", f"{feed}:jsonlines"],
                          capture_output=True, timeout=180, cwd=tmp_path)
    log = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 0, log[-2000:]
    assert "Traceback" not in log and "ERROR" not in log, log[-3000:]
    assert f"'pagestrip/pages': {len(PAGES)}" in log  # the crawl's stats dump counts them
    items = {Path(i["url"]).name: i for i in map(json.loads, feed.read_text(encoding="utf-8").splitlines())}
    assert set(items) == set(PAGES)
    for name in PAGES:
        item = items[name]
        page = (HTML / name).read_bytes()
        result = pagestrip.clean(page)
        # The page is kept, as the text pagestrip decoded it to (the GBK and Big5 pages too).
        assert item["html"] == page.decode(result.encoding)
        assert item["text"] == result.text and item["pagestrip"]["articles"]


def test_issue12_item1_item_classes_that_lack_the_output_fields_still_get_them():
    import dataclasses

    from scrapy import Field, Item

    from pagestrip.contrib.scrapy import PagestripPipeline

    class Declared(Item):
        html = Field()
        text = Field()
        title = Field()
        pagestrip = Field()

    class Undeclared(Item):
        html = Field()
        url = Field()

    @dataclasses.dataclass
    class Record:
        html: str
        url: str = "https://example.cn/a.html"

    page = "<html><body><p>正文第一段，内容足够长，才能算作正文。</p></body></html>"
    p = PagestripPipeline()
    kept = p.process_item(Declared(html=page))
    assert isinstance(kept, Declared) and kept["text"].startswith("正文第一段")
    for item in (Undeclared(html=page, url="https://example.cn/a.html"), Record(page)):
        out = p.process_item(item)
        assert out["text"].startswith("正文第一段") and out["pagestrip"]["articles"]
        assert out["html"] == page and out["url"] == "https://example.cn/a.html"


def test_issue12_item1_a_kept_bytes_page_is_json_serializable():
    from pagestrip.contrib.scrapy import PagestripPipeline

    page = "<html><head><meta charset='gbk'></head><body><p>正文第一段，内容足够长，才能算作正文。</p></body></html>"
    item = PagestripPipeline().process_item({"html": page.encode("gbk")})
    assert item["html"] == page
    json.dumps(item, ensure_ascii=False)
    binary = PagestripPipeline().process_item({"html": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4})
    assert "binary" in binary["pagestrip"]["error"]
    json.dumps(binary)


PAGE = ("<html><body><p>正文第一段，内容足够长，才能算作正文。今天我们召开全县安全生产工作会议，部署下一阶段工作。</p>"
        "<p>版权所有：某某网 2010-2024</p></body></html>")


def _pipeline(**settings):
    from scrapy.utils.test import get_crawler

    from pagestrip.contrib.scrapy import PagestripPipeline

    crawler = get_crawler(settings_dict=settings)
    return PagestripPipeline.from_crawler(crawler), crawler.stats


def test_issue12_scrapy_counts_pages_errors_and_removals_in_crawler_stats():
    """Issue 12, expected: counts in crawler.stats (pages, truncated, removed characters by kind,
    warnings, errors), which Scrapy dumps at the end of every crawl."""
    p, stats = _pipeline()
    items = [p.process_item({"html": PAGE}), p.process_item({"html": PAGE.encode("utf-8"), "encoding": "x"}),
             p.process_item({"html": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4})]
    results = [pagestrip.clean(PAGE), pagestrip.clean(PAGE.encode("utf-8"))]
    got = stats.get_stats()
    assert got["pagestrip/pages"] == 3 and got["pagestrip/errors"] == 1
    assert got.get("pagestrip/truncated", 0) == sum(r.truncated for r in results)
    for kind in {k for r in results for k in r.stats.removed_chars}:
        assert got[f"pagestrip/removed_chars/{kind}"] == sum(r.stats.removed_chars.get(kind, 0) for r in results)
    assert got.get("pagestrip/warnings", 0) == sum(len(i["pagestrip"].get("warnings", ())) for i in items[:2])


def test_issue12_scrapy_settings_disable_dedupe_split_per_spider():
    """Issue 12, expected: settings for disable, dedupe and split (per spider via custom_settings)."""
    p, _ = _pipeline(PAGESTRIP_DISABLE=["common.footer.*", "zh.footer.*"])
    assert "版权所有" in p.process_item({"html": PAGE})["text"]
    collection = (ROOT / "fixtures" / "seeds" / "001_83b7269c60ce4ab9.txt").read_bytes()
    split, _ = _pipeline()
    whole, _ = _pipeline(PAGESTRIP_SPLIT=False, PAGESTRIP_DEDUPE=False)
    assert len(split.process_item({"html": collection})["pagestrip"]["articles"]) > 1
    kept = whole.process_item({"html": collection})["pagestrip"]
    assert len(kept["articles"]) == 1 and not any(r["kind"] == "duplicate" for r in kept["removed"])
    with pytest.raises(ValueError, match="zh.footer.icpp"):
        _pipeline(PAGESTRIP_DISABLE="zh.footer.icpp")
    with pytest.raises(ValueError, match="PAGESTRIP_TIMEOUT"):
        _pipeline(PAGESTRIP_TIMEOUT=-5)


def test_issue12_scrapy_title_is_the_articles_title():
    """Issue 12, expected: the item's title is the article's title, not the page's <title>."""
    page = (HTML / "dede_000_gbk.html").read_bytes()
    result = pagestrip.clean(page)
    assert len(result.articles) == 1 and result.articles[0].title != result.title
    p, _ = _pipeline()
    assert p.process_item({"html": page})["title"] == result.articles[0].title
