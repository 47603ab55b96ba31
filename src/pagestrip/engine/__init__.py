"""Stage 4: apply a :class:`RuleSet` to the segmented, normalized text.

One scan per scope: the line rules, the inline rules and the tail rules are
each one compiled alternation run over the whole text with ``finditer``. The
page layout is then read on top of those hits:

* the **head** — lines above the first body paragraph — holds the page title,
  breadcrumbs, welcome lines and category labels;
* the **tail** starts at the first tail marker (相关文章, 推荐访问, 未完…) in the
  latter part of the page; from there to the end everything goes, and chrome,
  labels and teasers directly above the marker are pulled into it;
* a **table of contents** is a 目录 heading with the numbered headings under it.

The output is a list of :class:`Removal` objects with offsets into the
normalized text, plus the page-title line if one was found.

The stages, in the order :func:`find_removals` runs them over one :class:`_Page`
(:mod:`.page`): the line, inline and sentence rules (:mod:`.matching`); for HTML,
a ``<pre>``'s symbols kept and "read more" controls made chrome
(:mod:`.structure`); the head and its title (:mod:`.head`); marks glued inside
lines (:mod:`.matching`); the table of contents (:mod:`.structure`); the tail
(:mod:`.tail`); for HTML, the markup's evidence and a site's ``dom`` rules on
the lines no rule took (:mod:`.structure`); teaser feeds by their summaries' cut
(:mod:`.teasers`); the edges (:mod:`.edges`); the lines above the title
(:mod:`.head`); a text page's cut end (:mod:`.tail`); then the hits become
removals. :mod:`.lines` holds the pipeline's helpers around the engine (:func:`segment`,
:func:`kept_pieces`, :func:`has_word`), and :mod:`.site` the pre-pass before it
(:func:`site_before_rules`: the site's name the removals would give, for
choosing a rule file's site profile before the rules run).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from ..model import Line
from ..rules import RuleSet
from .edges import _edges
from .head import _above_title, _front_matter, _head
from .lines import has_word, kept_pieces, segment
from .matching import (
    _glued,
    _inline_rules,
    _introduced_lines,
    _line_rules,
    _reread_line_rules,
    _rest_of_line,
    _sentence_rules,
)
from .page import Findings, Hit, _collect, _Page
from .site import site_before_rules
from .structure import (
    _controls,
    _dom,
    _line_numbers,
    _linked_headlines,
    _orphan_headings,
    _structure,
    _table_rows,
    _toc,
    _verbatim,
    verbatim_lines,
)
from .tail import _cut_end, _tail, _trailer
from .teasers import _cut_teasers

if TYPE_CHECKING:  # the engine needs html's Block only as a type
    from ..html import Block

__all__ = [
    "Findings",
    "Hit",
    "find_removals",
    "has_word",
    "kept_pieces",
    "segment",
    "site_before_rules",
    "verbatim_lines",
]


def find_removals(
    text: str,
    lines: list[Line],
    rules: RuleSet,
    evidence: list[Block] | None = None,
    title_hint: str | None = None,
    markup_titled: bool = False,
    verbatim: Collection[int] | None = None,
    tables: Collection[int] = (),
    front_lines: int = 0,
) -> Findings:
    """Decide the removals; ``evidence`` (HTML input) holds one :class:`html.Block` per line.

    ``verbatim``: the indices of the lines that are code or preformatted text (a Markdown
    code fence's), on which only truncation notices are removed; for HTML, by default,
    the lines of a ``<pre>`` in the article region. ``tables``: the rows of Markdown tables,
    which decoration rules leave alone. ``front_lines``: how many first lines are a YAML
    front matter's (:mod:`pagestrip.frontmatter`), which go as ``page.front-matter``.

    ``markup_titled``: the HTML names its title (``<title>``/og:title), so no text line is
    taken for the title unless the markup points at it; without one the text heuristics do.
    """
    page = _Page(text, lines, rules)
    if not lines:
        return Findings()
    if evidence is not None:
        page.evidence = evidence
        page.outside = {k for k, b in enumerate(evidence) if not b.in_main}
    _line_rules(page)
    # (text that is Markdown: its links, or its headings' hashes at a line's start)
    markdown = evidence is None and ("](" in text or "\n#" in text or text.startswith("#"))
    _reread_line_rules(page, markdown)
    if markdown:
        _linked_headlines(page)
    _inline_rules(page)
    _rest_of_line(page)
    _sentence_rules(page)
    _introduced_lines(page)
    if front_lines:
        _front_matter(page, front_lines)
    if verbatim is None and evidence is not None:
        verbatim = verbatim_lines(evidence)
    if verbatim:
        _verbatim(page, verbatim)
    if tables:
        _table_rows(page, tables)
    if evidence is not None:
        _controls(page)
    title_k = _head(page, title_hint, evidence, markup_titled)
    _glued(page, title_k)
    _toc(page)
    _tail(page, title_k, markdown)
    if evidence is not None:
        _structure(page, evidence, title_k)
        _line_numbers(page, evidence)
        _dom(page, evidence, title_k)
    _cut_teasers(page)
    _edges(page, title_k)
    _trailer(page)
    _above_title(page, title_k)
    _cut_end(page)
    if evidence is not None:
        _orphan_headings(page, evidence, title_k)
    removals = _collect(page, title_k)
    title = lines[title_k] if title_k is not None and title_k not in page.line_hit else None
    return Findings(removals, title)
