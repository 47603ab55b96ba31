"""A Scrapy item pipeline: clean each item's page as it is scraped.

Enable it with one line in the project's settings::

    ITEM_PIPELINES = {"pagestrip.contrib.scrapy.PagestripPipeline": 300}

or, for one item per article of a collection page (第1篇, 第2篇 …), which a
pipeline cannot give (it returns one item per item), the spider middleware
*instead*::

    SPIDER_MIDDLEWARES = {"pagestrip.contrib.scrapy.PagestripSplitMiddleware": 543}
    PAGESTRIP_ITEM_PER_ARTICLE = True

The middleware cleans each item the spider yields as the pipeline does (the
same settings, fields and stats). With ``PAGESTRIP_ITEM_PER_ARTICLE`` (default
False: one item per page, as the pipeline) each article becomes a copy of the
spider's item whose ``text`` and ``title`` are the article's, and whose result
field is the page's with ``articles`` narrowed to that article and two more
keys: ``article_index`` (1, 2, … in page order) and ``article_count``. A page
without articles gives one item with empty text, ``article_index`` None and
``article_count`` 0; a page that could not be cleaned one item with
``{"error": "…"}``. Requests pass through untouched; an item the settings drop
is left out and logged (INFO).

Settings (all optional):

* ``PAGESTRIP_INPUT_FIELD`` — the item field holding the page (default ``"html"``);
  its value may be HTML or text, ``str`` or ``bytes``;
* ``PAGESTRIP_URL_FIELD`` — the field holding the page's URL (default ``"url"``),
  used for site profiles;
* ``PAGESTRIP_TEXT_FIELD`` / ``PAGESTRIP_TITLE_FIELD`` / ``PAGESTRIP_RESULT_FIELD`` —
  where the cleaned text, the title and the full result (the JSON object as a
  dict) go (defaults ``"text"``, ``"title"``, ``"pagestrip"``; set one to ``""``
  to leave it out);
* ``PAGESTRIP_RULES`` — a TOML rule file;
* ``PAGESTRIP_DROP_EMPTY`` — drop items in which no article was found (default False);
* ``PAGESTRIP_KEEP_INPUT`` — keep the raw page field in the item (default True);
* ``PAGESTRIP_ENCODING_FIELD`` — a field holding the response's charset (e.g.
  ``response.encoding``), used as the HTTP header's charset would be;
* ``PAGESTRIP_TIMEOUT`` — seconds allowed per page (default 30; 0: no limit);
* ``PAGESTRIP_DISABLE`` — rule ids or globs to disable (a list, or one string
  separated by commas); one that matches no rule stops the crawl at start;
* ``PAGESTRIP_DEDUPE`` / ``PAGESTRIP_SPLIT`` — False keeps every copy of
  repeated text / keeps a collection (第1篇 …) as one article (default True).

Every setting can differ per spider, in its ``custom_settings``.

The item's ``title`` is its article's title (the page's ``<title>`` names the
site too); on a collection page with several articles, the page's title.

Counts go to the crawl's stats, which Scrapy logs when the crawl ends:
``pagestrip/pages``, ``pagestrip/errors``, ``pagestrip/dropped``,
``pagestrip/truncated``, ``pagestrip/warnings``, ``pagestrip/articles`` and
``pagestrip/removed_chars/<kind>``. A page's errors and warnings are logged
(WARNING and INFO) with its URL.

A page that cannot be cleaned — binary content (an image saved as ``html``),
a page past its time limit — never raises out of the pipeline: the item gets
``{"error": "…"}`` as its result, empty text, and is dropped only with
``PAGESTRIP_DROP_EMPTY``. A lying or impossible charset label
(``charset=undefined``) is a warning in the result, not an exception.

Every item leaves the pipeline exportable by Scrapy's feed exporters, as the
README's setup promises:

* a kept ``bytes`` page (``response.body``) is stored as the text pagestrip
  decoded it to (with the charset it found): the JSON, JSON Lines and CSV
  exporters cannot write bytes. A page that is not text at all (binary) is
  left out of the item, since no charset makes it text;
* an item that cannot hold the output fields (a ``scrapy.Item`` or dataclass
  that does not declare them) is passed on as a dict of its own fields and
  pagestrip's, with one warning per item class in the log — rather than a
  ``KeyError`` that loses the item.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import AsyncIterable, Iterable, Iterator
from typing import Any

from ..errors import PagestripError
from ..model import Result
from ..pipeline import clean
from ..rulefile import load, unmatched

#: Seconds allowed per page by default, as on the command line.
DEFAULT_TIMEOUT = 30.0

logger = logging.getLogger(__name__)


class PagestripPipeline:
    """Cleans each item's page into ``text``, ``title`` and ``pagestrip`` (see the module's docstring)."""

    def __init__(
        self,
        input_field: str = "html",
        url_field: str = "url",
        text_field: str = "text",
        title_field: str = "title",
        result_field: str = "pagestrip",
        rules: str | None = None,
        drop_empty: bool = False,
        keep_input: bool = True,
        encoding_field: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        disable: list[str] | None = None,
        dedupe: bool = True,
        split: bool = True,
        stats: Any = None,
    ) -> None:
        if timeout is not None and not timeout >= 0:
            raise ValueError(f"PAGESTRIP_TIMEOUT must be 0 (no limit) or a number of seconds, not {timeout}")
        self.input_field = input_field
        self.url_field = url_field
        self.text_field = text_field
        self.title_field = title_field
        self.result_field = result_field
        self.rules = load(rules) if rules else None  # a bad file stops the crawl at start, not per item
        self.drop_empty = drop_empty
        self.keep_input = keep_input
        self.encoding_field = encoding_field
        self.timeout = timeout or None
        self.disable = list(disable or ())
        bad = unmatched(self.disable, self.rules)
        if bad:  # a typo would disable nothing, silently, for the whole crawl
            raise ValueError(f"PAGESTRIP_DISABLE: {bad[0]!r} matches no rule (pagestrip rules lists them)")
        self.dedupe = dedupe
        self.split = split
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> PagestripPipeline:
        s = crawler.settings
        return cls(
            input_field=s.get("PAGESTRIP_INPUT_FIELD", "html"),
            url_field=s.get("PAGESTRIP_URL_FIELD", "url"),
            text_field=s.get("PAGESTRIP_TEXT_FIELD", "text"),
            title_field=s.get("PAGESTRIP_TITLE_FIELD", "title"),
            result_field=s.get("PAGESTRIP_RESULT_FIELD", "pagestrip"),
            rules=s.get("PAGESTRIP_RULES") or None,
            drop_empty=s.getbool("PAGESTRIP_DROP_EMPTY", False),
            keep_input=s.getbool("PAGESTRIP_KEEP_INPUT", True),
            encoding_field=s.get("PAGESTRIP_ENCODING_FIELD") or None,
            timeout=s.getfloat("PAGESTRIP_TIMEOUT", DEFAULT_TIMEOUT),
            disable=s.getlist("PAGESTRIP_DISABLE"),
            dedupe=s.getbool("PAGESTRIP_DEDUPE", True),
            split=s.getbool("PAGESTRIP_SPLIT", True),
            stats=getattr(crawler, "stats", None),
        )

    def process_item(self, item: Any, spider: Any = None) -> Any:
        """The item with its page cleaned into the output fields (DropItem as the settings say)."""
        from itemadapter import ItemAdapter

        adapter = ItemAdapter(item)
        page, result, error = self._clean(adapter)
        return self._output(item, adapter, page, result, self._page_fields(result, error))

    def process_item_per_article(self, item: Any) -> list[Any]:
        """One item per article of the page: a copy of ``item`` each, with the article's text
        and title, its place in ``article_index``/``article_count`` in the result field.

        A pipeline returns one item, so :class:`PagestripSplitMiddleware` calls this.
        A page without articles, or that could not be cleaned, gives one item as
        :meth:`process_item` does (an empty page with ``article_count`` 0).
        """
        from itemadapter import ItemAdapter

        adapter = ItemAdapter(item)
        page, result, error = self._clean(adapter)
        if result is None:
            return [self._output(item, adapter, page, result, self._page_fields(result, error))]
        indexes: list[int | None] = list(range(len(result.articles))) or [None]
        copies = [_copy(item) for _ in indexes]
        return [
            self._output(c, ItemAdapter(c), page, result, self._article_fields(result, i))
            for c, i in zip(copies, indexes, strict=True)
        ]

    def _clean(self, adapter: Any) -> tuple[Any, Result | None, str | None]:
        """The item's page and its result, or None and the error when it cannot be cleaned;
        the page is counted in the stats first, then DropItem where the settings drop it."""
        from scrapy.exceptions import DropItem

        page = adapter.get(self.input_field)
        if page is None:
            raise DropItem(f"pagestrip: item has no {self.input_field!r} field")
        url = adapter.get(self.url_field) if self.url_field else None
        encoding = adapter.get(self.encoding_field) if self.encoding_field else None
        url = url if isinstance(url, str) else None
        try:
            result = clean(
                page,
                rules=self.rules,
                url=url,
                disable=self.disable,
                dedupe=self.dedupe,
                split=self.split,
                encoding=encoding if isinstance(encoding, str) else None,
                timeout=self.timeout,
            )
        except (PagestripError, TypeError) as exc:
            self._count(None, url, str(exc))
            if self.drop_empty:
                self._inc("pagestrip/dropped")
                raise DropItem(f"pagestrip: {exc}") from None
            return page, None, str(exc)
        self._count(result, url)
        if self.drop_empty and not any(a.text for a in result.articles):
            self._inc("pagestrip/dropped")
            raise DropItem("pagestrip: no article found")
        return page, result, None

    def _page_fields(self, result: Result | None, error: str | None) -> dict[str, Any]:
        """The whole page's output fields (or the error's: empty text, ``{"error": …}``)."""
        if result is None:
            return self._fields("", None, {"error": error})
        return self._fields(result.text, _title(result), result.to_dict())

    def _article_fields(self, result: Result, index: int | None) -> dict[str, Any]:
        """One article's output fields: its text and title, and the page's result narrowed to it
        (``index`` None: a page without articles)."""
        record = result.to_dict()  # built anew per article: items must not share mutable parts
        if index is not None:
            record["articles"] = [record["articles"][index]]
        record["article_index"] = None if index is None else index + 1
        record["article_count"] = len(result.articles)
        if index is None:
            return self._fields("", result.title, record)
        article = result.articles[index]
        title = article.title or (result.title if len(result.articles) == 1 else None)
        return self._fields(article.text, title, record)

    def _output(self, item: Any, adapter: Any, page: Any, result: Result | None, fields: dict[str, Any]) -> Any:
        """The item with ``fields`` set and its page kept, made exportable, or removed."""
        kept = _exportable(page, result.encoding if result else None) if self.keep_input else None
        if kept is None:
            fields[self.input_field] = _DELETE
        elif kept is not page:
            fields[self.input_field] = kept
        return _update(item, adapter, fields)

    def _inc(self, key: str, n: int = 1) -> None:
        if self.stats is not None and n:
            self.stats.inc_value(key, n)

    def _count(self, result: Result | None, url: str | None, error: str | None = None) -> None:
        """The page in the crawl's stats, and its error or warnings in the log."""
        self._inc("pagestrip/pages")
        where = url or "an item"
        if result is None:
            self._inc("pagestrip/errors")
            logger.warning("pagestrip: %s: %s", where, error)
            return
        self._inc("pagestrip/articles", len(result.articles))
        self._inc("pagestrip/truncated", int(result.truncated))
        self._inc("pagestrip/warnings", len(result.warnings))
        for kind, n in result.stats.removed_chars.items():
            self._inc(f"pagestrip/removed_chars/{kind}", n)
        for w in result.warnings:
            logger.info("pagestrip: %s: warning: %s", where, w)

    def _fields(self, text: str, title: str | None, record: dict[str, Any]) -> dict[str, Any]:
        """The output fields that are switched on (a field named ``""`` is left out)."""
        named = ((self.text_field, text), (self.title_field, title), (self.result_field, record))
        return {name: value for name, value in named if name}


def _title(result: Result) -> str | None:
    """The item's title: its article's (the page's ``<title>`` adds the site's name and
    section), the page's when there is no article title or several articles."""
    if len(result.articles) == 1 and result.articles[0].title:
        return result.articles[0].title
    return result.title


#: Marks a field to remove from the item.
_DELETE = object()


def _exportable(page: Any, encoding: str | None) -> Any:
    """The page as an exporter can write it: ``bytes`` become the text pagestrip decoded
    them to; None when they are no text (binary, or no charset was found)."""
    if not isinstance(page, (bytes, bytearray)):
        return page
    if not encoding:
        return None
    try:
        return bytes(page).decode(encoding, errors="replace")
    except LookupError:
        return None


def _copy(item: Any) -> Any:
    """A shallow copy of the item, one per article: ``copy.copy`` would share a
    ``scrapy.Item``'s values between the copies, so it gets ``Item.copy()``."""
    from scrapy import Item

    return item.copy() if isinstance(item, Item) else copy.copy(item)


_warned: set[type] = set()


def _update(item: Any, adapter: Any, fields: dict[str, Any]) -> Any:
    """Set (or delete) ``fields`` on the item; an item class that does not declare one
    of them is replaced by a dict of its fields, so the result is never lost."""
    try:
        for name, value in fields.items():
            if value is _DELETE:
                if name in adapter:
                    del adapter[name]
            else:
                adapter[name] = value
        return item
    except KeyError:
        if type(item) not in _warned:
            _warned.add(type(item))
            logger.warning(
                "pagestrip: %s does not declare the fields %s; its items are passed on as dicts",
                type(item).__name__,
                ", ".join(n for n in fields if n not in adapter.field_names()),
            )
        out = dict(adapter.items())
        for name, value in fields.items():
            if value is _DELETE:
                out.pop(name, None)
            else:
                out[name] = value
        return out


class PagestripSplitMiddleware:
    """A spider middleware that cleans each item the spider yields, as the pipeline does, and
    with ``PAGESTRIP_ITEM_PER_ARTICLE`` yields one item per article of a collection page.

    It exists because an item pipeline can return only one item per item. Use it
    *instead of* :class:`PagestripPipeline`: the pipeline would clean its items again.
    Requests and anything else that is not an item pass through untouched; an item
    the settings drop (``PAGESTRIP_DROP_EMPTY``, no page field) is left out, logged and
    counted as the pipeline counts it.
    """

    def __init__(self, pipeline: PagestripPipeline, per_article: bool = False) -> None:
        self.pipeline = pipeline
        self.per_article = per_article

    @classmethod
    def from_crawler(cls, crawler: Any) -> PagestripSplitMiddleware:
        _warn_if_pipeline_enabled(crawler.settings)
        return cls(
            PagestripPipeline.from_crawler(crawler),
            per_article=crawler.settings.getbool("PAGESTRIP_ITEM_PER_ARTICLE", False),
        )

    def process_spider_output(self, response: Any, result: Iterable[Any], spider: Any = None) -> Iterator[Any]:
        for element in result:
            yield from self._process(element)

    async def process_spider_output_async(self, response: Any, result: AsyncIterable[Any], spider: Any = None) -> Any:
        """What Scrapy >= 2.7 calls when the callback or an earlier middleware is asynchronous."""
        async for element in result:
            for out in self._process(element):
                yield out

    def _process(self, element: Any) -> list[Any]:
        """The items that replace ``element``: none if dropped, itself if not an item."""
        from itemadapter import is_item
        from scrapy.exceptions import DropItem

        if not is_item(element):
            return [element]
        try:
            if self.per_article:
                return self.pipeline.process_item_per_article(element)
            return [self.pipeline.process_item(element)]
        except DropItem as exc:  # raised out of a middleware it would end the callback's output
            logger.info("pagestrip: dropped an item: %s", exc)
            return []


def _warn_if_pipeline_enabled(settings: Any) -> None:
    """Warn when PagestripPipeline is enabled too: it would clean the middleware's items again
    (an article's item keeps the whole page, so it would become the whole page again)."""
    enabled = settings.getdict("ITEM_PIPELINES")
    names = {
        k if isinstance(k, str) else f"{k.__module__}.{k.__qualname__}"
        for k, order in enabled.items()
        if order is not None
    }
    if f"{__name__}.PagestripPipeline" in names:
        logger.warning(
            "pagestrip: PagestripSplitMiddleware and PagestripPipeline are both enabled; "
            "remove the pipeline from ITEM_PIPELINES, or its items are cleaned twice"
        )
