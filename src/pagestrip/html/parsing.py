"""Markup in, a tree out: sniffing whether text is HTML, and parsing it with lxml.

The parser lifts libxml2's nesting and size limits (``huge_tree``), cuts
elements with absurdly many attributes first, and when even the raised limits
stop it, reads the page as text with its tags stripped; each of these leaves a
warning. It never raises on broken markup.

lxml is imported by the functions that parse, not by the module: sniffing
(:func:`looks_like_html`) runs on every page, text ones too, and those never
need the parser (importing it costs a one-page command about a tenth of its time).
"""

from __future__ import annotations

from typing import Any

import regex

from .. import lazyre

_SNIFF = lazyre.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|div|p|br|table|span|a\s|title|link|script)"
    r"[\s>/]",
    regex.IGNORECASE,
)
#: A page that starts with one of these tags is HTML whatever follows (saved browser DOMs
#: start with ``<head>``, fragments with ``<div>``, pages saved without their head with a
#: ``<style>`` or ``<script>`` block longer than the sniffing window).
_HTML_START = lazyre.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|table|style|script|link|noscript)"
    r"[\s>/]",
    regex.IGNORECASE | regex.DOTALL,
)


def looks_like_html(text: str) -> bool:
    """Sniff: the page starts with a tag of a document (``<head>`` too: saved browser DOMs
    have no ``<html>``), or a few tags sit in its first kilobytes."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return len(_SNIFF.findall(head)) >= 2


def parse(text: str) -> Any:
    """Parse HTML text with lxml, best effort; never raises on broken markup."""
    return parse_report(text)[0]


#: Block-level tags that become line breaks when markup too deep for the
#: parser is read as text instead (see :func:`parse_report`).
_FALLBACK_BREAK = lazyre.compile(
    r"<\s*/?\s*(?:p|div|br|li|tr|h[1-6]|table|blockquote|section|article|dd|dt|pre)\b[^>]*>", regex.IGNORECASE
)
_FALLBACK_DROP = lazyre.compile(
    r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->", regex.IGNORECASE | regex.DOTALL
)
_FALLBACK_TAG = lazyre.compile(r"<[^>]*>")


#: Attributes kept on one element. libxml2 checks each new attribute against
#: all earlier ones, so an element with 200 000 attributes took minutes to
#: parse; no real element has more than a few dozen.
MAX_ATTRIBUTES = 1000
#: Only start tags of at least two characters per allowed attribute (each
#: takes at least a space and a letter) can hold too many, so only those are
#: looked at.
#: (The standard ``re``: it runs over the whole page, a third faster than the ``regex`` module here.)
_LONG_TAG = lazyre.compile_re(rf"<[A-Za-z][^<>]{{{2 * MAX_ATTRIBUTES},}}>")
_ATTRIBUTE = lazyre.compile(r"""\s+[^\s=>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?""")


def _trim_attributes(text: str) -> tuple[str, int]:
    """``text`` with start tags cut to their first :data:`MAX_ATTRIBUTES` attributes, and the
    most attributes any one had (0 when none was cut). One linear scan."""
    if "<" not in text:
        return text, 0
    most = 0
    pieces: list[str] = []
    done = 0  # the text up to here is in ``pieces``
    # A long tag is rare and one with too many attributes rarer: the page is copied only
    # when a tag is cut (a third of the corpus has long tags, an SVG path or a data URI,
    # and copying its 180 000 characters cost more than finding them).
    for m in _LONG_TAG.finditer(text):
        attrs = list(_ATTRIBUTE.finditer(m.group()))
        if len(attrs) <= MAX_ATTRIBUTES:
            continue
        most = max(most, len(attrs))
        pieces += [text[done : m.start()], m.group()[: attrs[MAX_ATTRIBUTES - 1].end()], ">"]
        done = m.end()
    if not pieces:
        return text, 0
    pieces.append(text[done:])
    return "".join(pieces), most


def _html_classes() -> Any:
    """lxml.html's element classes, chosen in C: ``lxml.html.HTMLParser`` picks each element's
    class with a Python method, called for every element the walk touches (a tenth of the
    walk's time), only to give ``<form>``, ``<input>`` and ``<label>`` classes of their own that
    pagestrip never uses. Every element is an ``HtmlElement`` (``text_content()`` works)."""
    from lxml import etree
    from lxml import html as lxml_html

    return etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement,
        comment=lxml_html.HtmlComment,
        pi=lxml_html.HtmlProcessingInstruction,
        entity=lxml_html.HtmlEntity,
    )


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
    from lxml import etree
    from lxml import html as lxml_html

    # The text is already decoded: tell libxml2 the bytes are UTF-8, or it
    # would believe the page's own (now wrong) <meta charset>.
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, recover=True, encoding="utf-8", huge_tree=True)
    parser.set_element_class_lookup(_html_classes())
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
        warnings.append(
            f"the HTML parser stopped at line {fatal[0].line} ({message}); "
            "the page was read as text with its tags stripped"
        )
        root = _as_text_tree(text)
    return root, warnings


def _as_text_tree(text: str) -> Any:
    """A tree of one ``<p>`` per line of ``text`` with its markup stripped (block tags: line breaks)."""
    import html as std_html

    from lxml import etree
    from lxml import html as lxml_html

    plain = _FALLBACK_DROP.sub(" ", text)
    plain = _FALLBACK_BREAK.sub("\n", plain)
    plain = std_html.unescape(_FALLBACK_TAG.sub("", plain))
    root = lxml_html.document_fromstring("<html><body></body></html>")
    body = root.find("body")
    assert body is not None  # the document was just built with one
    for line in plain.split("\n"):
        line = line.strip()
        if line:
            p = etree.SubElement(body, "p")
            p.text = "".join(ch for ch in line if ch in "\t" or ord(ch) >= 32)  # no control characters in XML
    return root
