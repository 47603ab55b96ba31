"""HTML input: the page's markup turned into lines of text, each with structural evidence.

The text rules stay the judges; the markup only adds evidence. Each block
(paragraph, heading, list item, table row, ``<br>``-separated line) becomes one
line of the text the rest of the pipeline sees, and carries:

* ``in_main`` — inside the article *region*: the part of the page whose prose
  the page exists for, found by scoring text (see :mod:`.region`);
* ``hint`` — the kind of chrome its container suggests (``nav``/``footer``/
  ``aside``/``form`` elements, class/id tokens such as ``breadcrumb``, ``copyright``,
  ``related``, ``tuijian``), matched as whole tokens of the class/id in
  document order, never as substrings (``ad`` does not match ``padding``);
  inside the region a hint counts only when it comes from a sub-container
  below the region's root that does not hold the best-scoring paragraph;
* ``link_density`` — the share of its characters inside ``<a>``;
* ``path`` — a short DOM path, and ``evidence`` — why the region logic put it
  where it is, for explaining removals.

Finding the region is Readability's idea, adapted to Chinese pages: prose
blocks score by clause marks and length, scores flow to a few levels of
ancestors, a container's score is scaled by its link density, and class/id
words only weigh the score. It is one pass over the tree (``iterwalk``) that
records each container once; the scoring then works on those records, never
re-walking a subtree, so 10 000 nested ``div`` elements neither recurse nor
cost more than linear time.

The stages, in the order the data flows through them:

* :mod:`.parsing` — sniff and parse the markup (:func:`parse_report`);
* :mod:`.walk` — walk the tree into blocks (:func:`html_to_page`), reading each
  element as :mod:`.elements` says and each container's class/id words as
  :mod:`.evidence` says, into the records of :mod:`.nodes`, scoring prose by
  :mod:`.prose`;
* :mod:`.title` — the heading that is the page's title, and its standfirst;
* :mod:`.region` — the article region, and why each block is in or out of it,
  weighing related feeds down (:mod:`.feeds`) and keeping a thread's replies
  (:mod:`.threads`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import exports

if TYPE_CHECKING:
    from .evidence import class_evidence
    from .nodes import Block, HtmlPage
    from .parsing import looks_like_html, parse, parse_report
    from .prose import _CJK, CJK_RANGES, cjk_count, prose_score
    from .title import title_parts
    from .walk import html_to_page

#: Each name is imported from its module when first read: a text page needs only
#: :func:`looks_like_html` (which imports no lxml), never the walk or the tree.
__getattr__ = exports(
    __name__,
    {
        "evidence": ("class_evidence",),
        "nodes": ("Block", "HtmlPage"),
        "parsing": ("looks_like_html", "parse", "parse_report"),
        "prose": ("_CJK", "CJK_RANGES", "cjk_count", "prose_score"),
        "title": ("title_parts",),
        "walk": ("html_to_page",),
    },
)

__all__ = [
    "CJK_RANGES",
    "_CJK",
    "Block",
    "HtmlPage",
    "cjk_count",
    "class_evidence",
    "html_to_page",
    "looks_like_html",
    "parse",
    "parse_report",
    "prose_score",
    "title_parts",
]
