"""The Scrapy pipeline, for real: a crawl in a subprocess against a local HTTP server."""

from __future__ import annotations

import functools
import http.server
import importlib.util
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import pagestrip

# Checked without importing: the tests import Scrapy where they use it, so collecting this
# module (in every pytest-xdist worker) costs no Scrapy import.
if importlib.util.find_spec("scrapy") is None:
    pytest.skip("Scrapy is not installed (pip install -e '.[scrapy]')", allow_module_level=True)

from testkit import ROOT, subprocess_env

HTML = ROOT / "fixtures" / "html"
PAGES = ["dede_000_gbk.html", "phpcms_002_utf8.html", "table_003_big5.html"]

SPIDER = """
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
"""


@pytest.fixture()
def server():
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(HTML))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


def _runspider(tmp_path: Path, source: str, feed: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """``scrapy runspider`` on the spider ``source`` with ``args``, its items written to ``feed``
    as JSON lines. The crawl imports this checkout's pagestrip, not an installed one."""
    spider = tmp_path / "spider.py"
    spider.write_text(source, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "runspider", str(spider), *args, "-o", f"{feed}:jsonlines"],
        capture_output=True,
        timeout=180,
        cwd=tmp_path,
        env=subprocess_env(),
    )


def test_crawl_through_the_pipeline(server, tmp_path):
    feed = tmp_path / "items.jsonl"
    proc = _runspider(tmp_path, SPIDER, feed, "-a", f"base={server}", "-a", "pages=" + ",".join(PAGES))
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
    page = (
        "<html><head><meta charset='undefined'></head><body><p>正文第一段，内容足够长，才能算作正文。</p></body></html>"
    )
    for label in ("undefined", "punycode", "utf-16"):
        item = p.process_item({"html": page.encode("utf-8"), "encoding": label})
        assert item["text"].startswith("正文第一段"), label
        assert any(label in w for w in item["pagestrip"]["warnings"])
    item = p.process_item({"html": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4})
    assert "binary" in item["pagestrip"]["error"] and item["text"] == ""
    with pytest.raises(DropItem):
        PagestripPipeline(drop_empty=True).process_item({"html": b"%PDF-1.4\n" + bytes(range(256)) * 4})


README_SPIDER = """
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
"""


def test_issue12_item1_the_readme_setup_exports_every_item(server, tmp_path):
    """Issue 12 item 1: with PAGESTRIP_KEEP_INPUT at its default, a bytes page made every
    item fail in the JSON exporter (bytes are not JSON), and Item classes or dataclass
    items that do not declare text/title/pagestrip raised KeyError."""
    feed = tmp_path / "items.jsonl"
    proc = _runspider(tmp_path, README_SPIDER, feed, "-a", f"base={server}", "-a", "pages=" + ",".join(PAGES))
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


PAGE = (
    "<html><body><p>正文第一段，内容足够长，才能算作正文。今天我们召开全县安全生产工作会议，部署下一阶段工作。</p>"
    "<p>版权所有：某某网 2010-2024</p></body></html>"
)


def _pipeline(**settings):
    from scrapy.utils.test import get_crawler

    from pagestrip.contrib.scrapy import PagestripPipeline

    crawler = get_crawler(settings_dict=settings)
    return PagestripPipeline.from_crawler(crawler), crawler.stats


def test_issue12_scrapy_counts_pages_errors_and_removals_in_crawler_stats():
    """Issue 12, expected: counts in crawler.stats (pages, truncated, removed characters by kind,
    warnings, errors), which Scrapy dumps at the end of every crawl."""
    p, stats = _pipeline()
    items = [
        p.process_item({"html": PAGE}),
        p.process_item({"html": PAGE.encode("utf-8"), "encoding": "x"}),
        p.process_item({"html": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4}),
    ]
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
    with pytest.raises(ValueError, match=r"zh\.footer\.icpp"):
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


# --- Issue 12, expected: one item per article of a collection page (PagestripSplitMiddleware) ---

#: A collection page of three numbered compositions, written for these tests.
PIECES = [
    (
        "春天来了",
        [
            "春天来了，小河里的冰慢慢融化了，河水哗哗地流着，像在唱一首欢快的歌。柳树抽出了嫩绿的新芽，远远望去像一片淡淡的绿雾。",
            "田野里的油菜花开了，金黄金黄的一大片，蜜蜂在花丛中飞来飞去，忙着采蜜。我和爷爷一起在田边散步，心里说不出的高兴。",
        ],
    ),
    (
        "公园里的春天",
        [
            "星期天，妈妈带我去公园看春天。公园里的桃花开得正艳，粉红的花瓣在风中轻轻摇动，引来了许多拍照的游客。",
            "湖边的草地绿油油的，小朋友们在上面放风筝，风筝飞得高高的，有蝴蝶形的，也有老鹰形的，真是热闹极了。",
        ],
    ),
    (
        "春雨",
        [
            "夜里下了一场春雨，雨点轻轻地打在窗户上，沙沙沙，沙沙沙，好像春姑娘在弹琴。早上起来，空气格外清新。",
            "院子里的小草喝饱了雨水，一下子长高了许多，邻居家的杏树也冒出了一个个粉白的花骨朵，春天真美啊。",
        ],
    ),
]
SINGLE = [
    "秋天到了，果园里的苹果红了，梨也黄了，果农们提着篮子，笑呵呵地把一个个果子摘下来，装满了一辆又一辆小车。",
    "放学以后，我们几个同学也去帮忙，虽然累得满头大汗，可是吃着自己摘的苹果，觉得格外香甜。",
]


def _page(title: str, body: str, link: str = "") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title} - 作文网</title></head><body>"
        f"<div class='nav'>首页 | 作文 | 范文</div><h1>{title}</h1>{body}{link}"
        "<p>版权所有：某某作文网 2010-2024</p></body></html>"
    )


def _collection(link: str = "") -> str:
    body = "".join(f"<p>第{n}篇：{t}</p>" + "".join(f"<p>{p}</p>" for p in ps) for n, (t, ps) in enumerate(PIECES, 1))
    return _page("春天的作文三篇", body, link)


SINGLE_PAGE = _page("秋天的果园", "".join(f"<p>{p}</p>" for p in SINGLE))


def _middleware(**settings):
    from scrapy.utils.test import get_crawler

    from pagestrip.contrib.scrapy import PagestripSplitMiddleware

    crawler = get_crawler(settings_dict=settings)
    return PagestripSplitMiddleware.from_crawler(crawler), crawler.stats


def _check_articles(items, url="https://example.cn/spring.html"):
    assert [i["text"] for i in items] == ["\n".join(ps) for _, ps in PIECES]
    assert [i["title"] for i in items] == [t for t, _ in PIECES]
    for n, item in enumerate(items, 1):
        record = item["pagestrip"]
        assert (record["article_index"], record["article_count"]) == (n, len(PIECES))
        assert [a["title"] for a in record["articles"]] == [PIECES[n - 1][0]]
        assert item["url"] == url and record["title"] == "春天的作文三篇"


def test_issue12_split_middleware_yields_one_item_per_article_and_passes_requests():
    """Issue 12, expected: an option for one item per article of a collection page."""
    from scrapy import Request

    mw, stats = _middleware(PAGESTRIP_ITEM_PER_ARTICLE=True, PAGESTRIP_KEEP_INPUT=False)
    request = Request("https://example.cn/next.html")
    item = {"url": "https://example.cn/spring.html", "html": _collection().encode("utf-8")}
    out = list(mw.process_spider_output(None, [request, item, "not an item"]))
    assert out[0] is request and out[-1] == "not an item"
    _check_articles(out[1:-1])
    assert all("html" not in i for i in out[1:-1])
    assert len({id(i) for i in out[1:-1]}) == len(PIECES)  # copies, not one item thrice
    got = stats.get_stats()  # the pipeline's stats: one page, its three articles
    assert got["pagestrip/pages"] == 1 and got["pagestrip/articles"] == len(PIECES)


def test_issue12_split_middleware_without_the_setting_cleans_as_the_pipeline():
    from pagestrip.contrib.scrapy import PagestripPipeline

    mw, _ = _middleware()
    item = {"url": "https://example.cn/spring.html", "html": _collection()}
    (out,) = mw.process_spider_output(None, [dict(item)])
    assert out == PagestripPipeline().process_item(dict(item))
    assert len(out["pagestrip"]["articles"]) == len(PIECES) and "article_index" not in out["pagestrip"]


def test_issue12_split_middleware_item_classes_and_dataclasses():
    """Each article's item is a copy of the spider's item: a declared Item keeps its class,
    an Item or dataclass that does not declare the output fields becomes a dict (as in the pipeline)."""
    import dataclasses

    from scrapy import Field, Item

    class Declared(Item):
        url = Field()
        html = Field()
        text = Field()
        title = Field()
        pagestrip = Field()

    class Undeclared(Item):
        url = Field()
        html = Field()

    @dataclasses.dataclass
    class Record:
        url: str
        html: str

    mw, _ = _middleware(PAGESTRIP_ITEM_PER_ARTICLE=True)
    url, page = "https://example.cn/spring.html", _collection()
    declared = Declared(url=url, html=page)
    for item, kind in ((declared, Declared), (Undeclared(url=url, html=page), dict), (Record(url, page), dict)):
        out = list(mw.process_spider_output(None, [item]))
        assert all(type(i) is kind and i["html"] == page for i in out), kind
        _check_articles(out)
    assert "text" not in declared  # the spider's item itself is not one of the articles


def test_issue12_split_middleware_async_output():
    """Scrapy >= 2.7 passes an async iterable when the callback or an earlier middleware is async."""
    import asyncio

    mw, _ = _middleware(PAGESTRIP_ITEM_PER_ARTICLE=True)

    async def spider_output():
        yield {"url": "https://example.cn/spring.html", "html": _collection()}

    async def collect():
        return [i async for i in mw.process_spider_output_async(None, spider_output())]

    _check_articles(asyncio.run(collect()))


def test_issue12_split_middleware_drops_and_pages_without_articles():
    """A dropped item is left out (DropItem raised out of a middleware would end the callback's
    output); a page without articles, or one that fails, is still one item."""
    mw, stats = _middleware(PAGESTRIP_ITEM_PER_ARTICLE=True, PAGESTRIP_DROP_EMPTY=True)
    empty = {"html": "版权所有：某某网 2010-2024"}
    out = list(mw.process_spider_output(None, [empty, {"other": 1}, {"html": SINGLE_PAGE}]))
    assert [i["text"] for i in out] == ["\n".join(SINGLE)]
    assert out[0]["pagestrip"]["article_index"] == 1 and out[0]["pagestrip"]["article_count"] == 1
    assert stats.get_value("pagestrip/dropped") == 1
    keep, _ = _middleware(PAGESTRIP_ITEM_PER_ARTICLE=True)
    (none,) = keep.process_spider_output(None, [dict(empty)])
    assert none["text"] == "" and none["pagestrip"]["article_count"] == 0
    assert none["pagestrip"]["article_index"] is None
    (binary,) = keep.process_spider_output(None, [{"html": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4}])
    assert "binary" in binary["pagestrip"]["error"] and binary["text"] == ""


def test_issue12_split_middleware_warns_when_the_pipeline_cleans_again(caplog):
    _middleware(ITEM_PIPELINES={"pagestrip.contrib.scrapy.PagestripPipeline": 300})
    assert "cleaned twice" in caplog.text
    caplog.clear()
    _middleware(ITEM_PIPELINES={"pagestrip.contrib.scrapy.PagestripPipeline": None})
    assert "cleaned twice" not in caplog.text


SPLIT_SPIDER = """
import dataclasses

import scrapy


class PageItem(scrapy.Item):
    url = scrapy.Field()
    html = scrapy.Field()


@dataclasses.dataclass
class PageRecord:
    url: str
    html: bytes


class SplitSpider(scrapy.Spider):
    name = "split"
    # The README's settings.py for one item per article, nothing more; PAGESTRIP_ITEM_PER_ARTICLE
    # comes with -s, so that one spider serves both crawls.
    custom_settings = {
        "SPIDER_MIDDLEWARES": {"pagestrip.contrib.scrapy.PagestripSplitMiddleware": 543},
        "PAGESTRIP_KEEP_INPUT": False,
        "ROBOTSTXT_OBEY": False,
        "LOG_LEVEL": "INFO",
        "TELNETCONSOLE_ENABLED": False,
    }

    def __init__(self, starts=""):
        self.start_urls = starts.split(",")

    def parse(self, response):
        # The kind of item is the page's folder: /dict/, /item/ or /dataclass/.
        kind = response.url.split("/")[-2]
        make = {"dict": dict, "item": PageItem, "dataclass": PageRecord}[kind]
        yield make(url=response.url, html=response.body)
        for href in response.css("a.next::attr(href)").getall():
            yield response.follow(href)
"""


KINDS = ["dict", "item", "dataclass"]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A local server with, in a folder for each kind of item the spider makes, a collection page
    linking to a single-article page."""
    root = tmp_path_factory.mktemp("site")
    for kind in KINDS:
        (root / kind).mkdir()
        (root / kind / "spring.html").write_text(
            _collection("<p><a class='next' href='autumn.html'>下一页</a></p>"), encoding="utf-8"
        )
        (root / kind / "autumn.html").write_text(SINGLE_PAGE, encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


def _crawl_split(site, tmp_path, kinds, *settings):
    """One crawl from the collection page of each kind's folder; its items."""
    feed = tmp_path / "items.jsonl"
    args = [a for s in settings for a in ("-s", s)]
    starts = ",".join(f"{site}{kind}/spring.html" for kind in kinds)
    proc = _runspider(tmp_path, SPLIT_SPIDER, feed, "-a", f"starts={starts}", *args)
    log = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 0, log[-2000:]
    assert "Traceback" not in log and "ERROR" not in log, log[-3000:]
    # No warning about the middleware (a sync-only one is deprecated or refused with async output).
    assert not [line for line in log.splitlines() if "SplitMiddleware" in line and "arning" in line], log[-3000:]
    pages, articles = 2 * len(kinds), (len(PIECES) + 1) * len(kinds)
    assert f"'pagestrip/pages': {pages}" in log and f"'pagestrip/articles': {articles}" in log
    return [json.loads(line) for line in feed.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def per_article_crawl(site, tmp_path_factory):
    """The crawl of the three kinds' pages with one item per article: one crawl (a Scrapy process
    and its start-up) for the three tests below, each of which checks its kind's items."""
    return _crawl_split(site, tmp_path_factory.mktemp("crawl"), KINDS, "PAGESTRIP_ITEM_PER_ARTICLE=True")


#: Under pytest-xdist the three tests of the crawl run in one worker, so it is crawled once.
@pytest.mark.xdist_group("scrapy-per-article")
@pytest.mark.parametrize("kind", KINDS)
def test_issue12_crawl_one_item_per_article(per_article_crawl, site, kind):
    """A real crawl with the middleware set up as the README says: the collection page's three
    articles are three items, the linked page (a request the middleware let through) one more."""
    items = [i for i in per_article_crawl if i["url"].startswith(f"{site}{kind}/")]
    spring = [i for i in items if i["url"].endswith("spring.html")]
    autumn = [i for i in items if i["url"].endswith("autumn.html")]
    assert len(items) == len(PIECES) + 1 and len(autumn) == 1
    _check_articles(sorted(spring, key=lambda i: i["pagestrip"]["article_index"]), url=f"{site}{kind}/spring.html")
    assert autumn[0]["text"] == "\n".join(SINGLE) and autumn[0]["title"] == "秋天的果园"
    assert autumn[0]["pagestrip"]["article_count"] == 1
    assert not any("html" in i for i in items)


def test_issue12_crawl_without_the_setting_one_item_per_page(site, tmp_path):
    items = _crawl_split(site, tmp_path, ["dict"])
    by_page = {Path(i["url"]).name: i for i in items}
    assert len(items) == 2 and set(by_page) == {"spring.html", "autumn.html"}
    spring = by_page["spring.html"]
    assert spring["text"] == "\n\n".join("\n".join(ps) for _, ps in PIECES) and spring["title"] == "春天的作文三篇"
    assert len(spring["pagestrip"]["articles"]) == len(PIECES) and "article_index" not in spring["pagestrip"]
