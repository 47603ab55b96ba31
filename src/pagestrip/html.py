"""HTML input: the page's markup turned into lines of text, each with structural evidence.

The text rules stay the judges; the markup only adds evidence. Each block
(paragraph, heading, list item, table row, ``<br>``-separated line) becomes one
line of the text the rest of the pipeline sees, and carries:

* ``hint`` — the kind of chrome its container suggests (``nav``/``footer``/
  ``aside`` elements, class/id tokens such as ``breadcrumb``, ``copyright``,
  ``related``, ``tuijian``), matched as whole tokens of the class/id, never
  as substrings (``ad`` does not match ``padding`` or ``header``);
* ``in_main`` — inside ``article``/``main``/``itemprop=articleBody`` or the
  container holding the most paragraph text, which protects it from hints;
* ``link_density`` — the share of its characters inside ``<a>``;
* ``path`` — a short DOM path, for explaining removals.

The walk is iterative (``iterwalk``), so 10 000 nested ``div`` elements do not
hit Python's recursion limit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex
from lxml import etree
from lxml import html as lxml_html

_DROP = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
                   "input", "select", "textarea", "button", "option", "head", "canvas", "map"})
_BLOCK = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "dt", "dd", "blockquote",
                    "section", "article", "header", "footer", "nav", "aside", "main", "ul", "ol", "dl",
                    "table", "tbody", "thead", "tfoot", "form", "figure", "figcaption", "center", "address",
                    "hr", "title", "body", "html", "fieldset", "legend", "details", "summary", "caption"})
_CELL = frozenset({"td", "th"})
_TAG_HINT = {"nav": "chrome", "footer": "footer", "aside": "related"}
# class/id tokens -> kind of chrome they suggest
_TOKEN_HINT = {
    **dict.fromkeys(["nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "crumb",
                     "crumbs", "position", "location", "topbar", "header", "sidebar", "side", "share",
                     "comment", "comments", "pager", "pagination", "pages", "page", "ad", "ads", "advert",
                     "adv", "banner", "download", "xiazai", "login", "search", "toolbar"], "chrome"),
    **dict.fromkeys(["footer", "foot", "copyright", "copy", "bottom", "beian", "icp"], "footer"),
    **dict.fromkeys(["related", "relate", "xiangguan", "recommend", "tuijian", "hot", "tag", "tags",
                     "prevnext", "prev", "next", "more", "rank", "paihang"], "related"),
}
_MAIN_TOKENS = frozenset({"article", "content", "contents", "main", "post", "entry", "text", "body",
                          "detail", "zhengwen", "neirong", "article-content", "articlebody"})
_SPLIT = regex.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
_WS = regex.compile(r"[ \t\r\n\f\v]+")
_SNIFF = regex.compile(r"<(?:!doctype\s+html|html|head|body|meta|div|p|br|table|span|a\s)[\s>/]",
                       regex.IGNORECASE)


@dataclass
class Block:
    text: str
    path: str
    hint: str | None = None
    in_main: bool = False
    link_density: float = 0.0


@dataclass
class HtmlPage:
    blocks: list[Block] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


def looks_like_html(text: str) -> bool:
    """Sniff: a few tags in the first kilobytes."""
    head = text[:4096]
    return len(_SNIFF.findall(head)) >= 2 or head.lstrip().lower().startswith(("<!doctype html", "<html"))


def parse(text: str) -> Any:
    """Parse HTML text with lxml, best effort; never raises on broken markup."""
    return parse_report(text)[0]


#: Block-level tags that become line breaks when markup too deep for the
#: parser is read as text instead (see :func:`parse_report`).
_FALLBACK_BREAK = regex.compile(
    r"<\s*/?\s*(?:p|div|br|li|tr|h[1-6]|table|blockquote|section|article|dd|dt|pre)\b[^>]*>", regex.IGNORECASE)
_FALLBACK_DROP = regex.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->",
                               regex.IGNORECASE | regex.DOTALL)
_FALLBACK_TAG = regex.compile(r"<[^>]*>")


#: Attributes kept on one element. libxml2 checks each new attribute against
#: all earlier ones, so an element with 200 000 attributes took minutes to
#: parse; no real element has more than a few dozen.
MAX_ATTRIBUTES = 1000
#: Only start tags of at least two characters per allowed attribute (each
#: takes at least a space and a letter) can hold too many, so only those are
#: looked at.
_LONG_TAG = regex.compile(r"<[A-Za-z][^<>]{%d,}>" % (2 * MAX_ATTRIBUTES))
_ATTRIBUTE = regex.compile(r"""\s+[^\s=>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?""")


def _trim_attributes(text: str) -> tuple[str, int]:
    """``text`` with start tags cut to their first :data:`MAX_ATTRIBUTES` attributes, and the
    most attributes any one had (0 when none was cut). One linear scan."""
    most = 0

    def cut(m: regex.Match[str]) -> str:
        nonlocal most
        tag = m.group()
        attrs = list(_ATTRIBUTE.finditer(tag))
        if len(attrs) <= MAX_ATTRIBUTES:
            return tag
        most = max(most, len(attrs))
        return tag[:attrs[MAX_ATTRIBUTES - 1].end()] + ">"

    if "<" not in text:
        return text, 0
    out = _LONG_TAG.sub(cut, text)
    return out, most


def parse_report(text: str) -> tuple[Any, list[str]]:
    """:func:`parse`, and warnings for text the parser could not take in.

    ``huge_tree`` lifts libxml2's limits of 256 levels of nesting and 10 MB
    text nodes or attributes; without it the parser silently stops there and
    every word after is lost. Past even the raised limits (2 048 levels) the
    parser still stops with a fatal error; the page is then read as text with
    its tags stripped (block tags become line breaks) and a warning says so.
    Only fatal errors are reported: ordinary broken-markup errors (a stray
    ``</div>``) are on most real pages and cost no text. Elements with more
    than :data:`MAX_ATTRIBUTES` attributes are cut to that many first, with a
    warning (libxml2's duplicate check is quadratic in them).
    """
    # The text is already decoded: tell libxml2 the bytes are UTF-8, or it
    # would believe the page's own (now wrong) <meta charset>.
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, recover=True, encoding="utf-8",
                                  huge_tree=True)
    warnings: list[str] = []
    text, most = _trim_attributes(text)
    if most:
        warnings.append(f"an element with {most} attributes: only the first {MAX_ATTRIBUTES} of each were kept")
    try:
        root = lxml_html.document_fromstring(text.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, ValueError):
        root = lxml_html.document_fromstring("<html><body></body></html>")
    fatal = [e for e in parser.error_log if e.level >= etree.ErrorLevels.FATAL]
    if fatal:
        message = fatal[0].message.strip().split(",")[0]
        warnings.append(f"the HTML parser stopped at line {fatal[0].line} ({message}); "
                        "the page was read as text with its tags stripped")
        root = _as_text_tree(text)
    return root, warnings


def _as_text_tree(text: str) -> Any:
    """A tree of one ``<p>`` per line of ``text`` with its markup stripped (block tags: line breaks)."""
    import html as std_html

    plain = _FALLBACK_DROP.sub(" ", text)
    plain = _FALLBACK_BREAK.sub("\n", plain)
    plain = std_html.unescape(_FALLBACK_TAG.sub("", plain))
    root = lxml_html.document_fromstring("<html><body></body></html>")
    body = root.find("body")
    for line in plain.split("\n"):
        line = line.strip()
        if line:
            p = etree.SubElement(body, "p")
            p.text = "".join(ch for ch in line if ch in "\t" or ord(ch) >= 32)  # no control characters in XML
    return root


def _tokens(el: Any) -> set[str]:
    raw = f"{el.get('class') or ''} {el.get('id') or ''}"
    return {t.lower() for t in _SPLIT.split(raw) if t}


def _hidden(el: Any) -> bool:
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _hint(el: Any, tag: str) -> str | None:
    if tag in _TAG_HINT:
        return _TAG_HINT[tag]
    for t in _tokens(el):
        if t in _TOKEN_HINT:
            return _TOKEN_HINT[t]
    return None


def _is_main(el: Any, tag: str) -> bool:
    if tag in ("article", "main") or (el.get("itemprop") or "").lower() == "articlebody":
        return True
    return bool(_tokens(el) & _MAIN_TOKENS) and tag in ("div", "section", "td")


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.link_chars = 0
        self.ctx: list[tuple[str, str | None, bool, bool, bool]] = []  # tag, hint, main, in_a, pre

    @property
    def state(self) -> tuple[str | None, bool, bool, bool]:
        if not self.ctx:
            return None, False, False, False
        _, hint, main, in_a, pre = self.ctx[-1]
        return hint, main, in_a, pre

    def add(self, text: str | None) -> None:
        if not text:
            return
        _, _, in_a, pre = self.state
        if not pre:
            text = _WS.sub(" ", text)
        self.buf.append(text)
        if in_a:
            self.link_chars += len(text.strip())

    def flush(self) -> None:
        raw = "".join(self.buf)
        self.buf = []
        links, self.link_chars = self.link_chars, 0
        hint, main, _, pre = self.state
        path = "/".join(c[0] for c in self.ctx[-4:])
        pieces = raw.split("\n") if (pre or "\n" in raw) else [raw]
        total = max(1, len(raw.strip()))
        for piece in pieces:
            t = piece.strip()
            if t:
                self.blocks.append(Block(t, path, hint, main, min(1.0, links / total)))


def html_to_page(root: Any) -> HtmlPage:
    """Blocks of text with their evidence, and the page's meta fields."""
    page = HtmlPage(meta=_meta(root))
    body = root.find("body") if root.tag == "html" else root
    if body is None:
        body = root
    w = _Walker()
    skip_depth = 0
    for event, el in etree.iterwalk(body, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if skip_depth or not tag or tag in _DROP or _hidden(el):
                skip_depth += 1
                continue
            if tag in _BLOCK or tag == "br" or tag in _CELL:
                if tag in _CELL:
                    w.add(" ")
                else:
                    w.flush()
            hint, main, in_a, pre = w.state
            w.ctx.append((tag, _hint(el, tag) or hint, main or _is_main(el, tag), in_a or tag == "a",
                          pre or tag == "pre"))
            w.add(el.text)
        else:
            if skip_depth:
                skip_depth -= 1
                if skip_depth == 0:  # the dropped element itself: its tail is outside it
                    w.add(el.tail)
                continue
            if tag in _BLOCK or tag == "br":
                w.flush()
            w.ctx.pop()
            w.add(el.tail)
    w.flush()
    page.blocks = w.blocks
    _densest_container(page)
    return page


def _densest_container(page: HtmlPage) -> None:
    """Without article/main markup, the path holding the most paragraph text is the main content."""
    if any(b.in_main for b in page.blocks):
        return
    weight: dict[str, int] = {}
    for b in page.blocks:
        if b.link_density < 0.3 and b.hint is None:
            weight[b.path] = weight.get(b.path, 0) + len(b.text)
    if not weight:
        return
    best = max(weight, key=weight.__getitem__)
    for b in page.blocks:
        if b.path == best and b.hint is None:
            b.in_main = True


def _meta(root: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        out["title"] = _WS.sub(" ", title.text_content()).strip()
    h1 = root.find(".//h1")
    if h1 is not None and h1.text_content().strip():
        out["h1"] = _WS.sub(" ", h1.text_content()).strip()
    for m in root.iter("meta"):
        name = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        content = (m.get("content") or "").strip()
        if name and content and name not in out:
            out[name] = content
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            out["canonical"] = link.get("href")
    return out
