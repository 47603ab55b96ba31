"""Which elements the walk reads although the page hides them.

Hidden elements (``hidden``, ``aria-hidden="true"``, ``display:none``) are skipped
whole, except the hidden pages of a paged article (:class:`PagedSections`); dropped
elements (scripts, ``<noscript>``...) too, except a ``<noscript>`` that holds the
page's only copy of its content (:class:`ContentNoscripts`). Both are asked only
about the elements the walk meets.
"""

from __future__ import annotations

from typing import Any, cast

import regex
from lxml import etree

from .. import lazyre

#: Only ``display:none`` hides: ``visibility:hidden`` is how WeChat articles (``#js_content``)
#: and lazy layouts hold their body until a script runs, and a crawler sees it as text.
_HIDDEN_STYLE = lazyre.compile(r"display\s*:\s*none", regex.IGNORECASE)
#: The attributes that can hide an element: one without any of them is shown.
HIDING_ATTRIBUTES = frozenset({"hidden", "aria-hidden", "style"})


def hidden(el: Any) -> bool:
    """Is the element hidden by its ``hidden`` or ``aria-hidden`` attribute or its style?"""
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


#: A <noscript> with at least this much text is the page's content for readers without
#: scripts (Blogger themes render the post from a script template and repeat it there);
#: a shorter one is a tracking pixel or an "enable JavaScript" notice, and is dropped.
NOSCRIPT_CONTENT_MIN_CHARS = 200
#: Texts of a <noscript> looked up in the rest of the page, and the shortest one looked up:
#: when half of them are there, the <noscript> is a copy of the visible text (Flarum
#: repeats the whole discussion in one) and is dropped like any other.
NOSCRIPT_SAMPLE_LINES = 6
NOSCRIPT_SAMPLE_MIN_CHARS = 12
_MARKUP_AS_TEXT = lazyre.compile_re(r"<[a-zA-Z/!]")
_VISIBLE_TEXT = etree.XPath("//text()[not(ancestor::noscript or ancestor::script or ancestor::style)]")


class ContentNoscripts:
    """The <noscript> elements that hold the page's only copy of some content. The walk asks
    about each <noscript> it meets (most pages have none, or a pixel), so no pass over the
    tree looks for them; the page's visible text is read once, for the first long one."""

    def __init__(self, body: Any) -> None:
        self._body = body
        self._visible: str | None = None

    def holds(self, el: Any) -> bool:
        """Is ``el``, a <noscript>, the only copy of its content (to be read, not dropped)?"""
        text = "".join(el.itertext()).strip()
        # Markup left as text (beacons, iframes) is the parser's reading of it, not text.
        if len(text) < NOSCRIPT_CONTENT_MIN_CHARS or _MARKUP_AS_TEXT.search(text) is not None:
            return False
        if self._visible is None:
            # The XPath selects text() nodes only: a list of strings.
            texts = cast("list[str]", _VISIBLE_TEXT(self._body))
            self._visible = " ".join(" ".join(t.split()) for t in texts)
        pieces = (" ".join(t.split()) for t in el.itertext())
        sample = [t for t in pieces if len(t) >= NOSCRIPT_SAMPLE_MIN_CHARS][:NOSCRIPT_SAMPLE_LINES]
        return sum(ln in self._visible for ln in sample) * 2 < len(sample)


#: A hidden page of a paged article holds at least this much text (a hidden menu or
#: tooltip beside a shown one holds a few words).
PAGED_SECTION_MIN_CHARS = 100
#: Class words that say whether an element is shown now, not what it is.
_STATE_CLASSES = frozenset(
    {
        "hidden",
        "hide",
        "active",
        "show",
        "shown",
        "visible",
        "current",
        "selected",
        "is-active",
        "is-hidden",
        "is-visible",
        "d-none",
        "open",
        "closed",
        "in",
    }
)


def _kind_classes(el: Any) -> frozenset[str]:
    return frozenset((el.get("class") or "").split()) - _STATE_CLASSES


#: Folds the letters of ``none`` to lower case (the rest of a style does not matter here).
_NONE_FOLD = str.maketrans("NOE", "noe")


class PagedSections:
    """Hidden elements that are pages of a paged article: a slideshow or listicle shows one
    section (``div.gallery-section`` with ``display:block``) and hides the next ones with the
    same tag and classes beside it, each holding text. They are read like the shown one.

    Only elements hidden by a style holding ``none`` are pages (one hidden by its ``hidden``
    attribute is not). The walk asks about each hidden element it meets, so the pages of a
    page that hides nothing cost nothing."""

    def __init__(self) -> None:
        # The shown children of each parent met, by tag and classes: read once per parent, so
        # a list of thousands of hidden items is not compared item by item with its siblings.
        self._shown: dict[Any, set[tuple[Any, frozenset[str]]]] = {}

    def holds(self, el: Any) -> bool:
        """Is ``el``, a hidden element, a page of a paged article?"""
        if el.get("hidden") is not None or "none" not in (el.get("style") or "").translate(_NONE_FOLD):
            return False
        cls = _kind_classes(el)
        parent = el.getparent()
        if not cls or parent is None:
            return False
        kinds = self._shown.get(parent)
        if kinds is None:
            kinds = self._shown[parent] = {(sib.tag, _kind_classes(sib)) for sib in parent if not hidden(sib)}
        return (el.tag, cls) in kinds and len("".join(el.itertext()).strip()) >= PAGED_SECTION_MIN_CHARS
