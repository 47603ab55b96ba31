"""The page's edges: edge rules on the lines outside the article.

Above its first body paragraph and below its last line of prose, a line that
an edge rule takes goes unless its role (a salutation, a signature, a date
line) protects it; rules tagged ``above-only`` apply above the article only.
"""

from __future__ import annotations

from ..roles import PROTECTED, Role, role_of
from ..rules import Scope
from .head import _site_title_head
from .matching import _whole_line_rule
from .page import _NONE, _Page

#: Tag of edge rules that apply above the article only.
ABOVE_ONLY_TAG = "above-only"
#: Tag of edge rules that describe links: in HTML they take a block that holds a link only.
LINKS_TAG = "links"


def _edges(page: _Page, title_k: int | None) -> None:
    """Edge rules on the lines outside the article: above its first body paragraph
    and below its last line of prose, unless the line's role protects it."""
    comp = page.rules.compiled.get(Scope.EDGE)
    if comp is None or not (comp.plain or comp.prefiltered or comp.derived or comp.predicates):
        return
    lines = page.lines
    roles: dict[int, Role] = {}  # only the lines read from each end: not every line of a long page

    def role(k: int) -> Role | None:
        if k in page.line_hit:
            return None
        if k not in roles:
            roles[k] = role_of(lines[k].text)
        return roles[k]

    # A long title reads as prose: the article starts at the first body line that is not it,
    # nor the title with its site's name (a text dump's <title> line over its menu).
    title_at = -1 if title_k is None else title_k
    first_body = next(
        (
            k
            for k in range(len(lines))
            if k != title_k
            and role(k) is Role.BODY
            and not (k < title_at and _site_title_head(lines[k].text, lines[title_at].text))
        ),
        None,
    )
    if first_body is None:
        return  # no article prose to stand outside of: a short page keeps its lines
    last_prose = next(k for k in range(len(lines) - 1, first_body - 1, -1) if role(k) in (Role.BODY, Role.SENTENCE))
    found = page.literals()
    evidence = page.evidence
    for k in [*range(first_body), *range(last_prose + 1, len(lines))]:
        if k in page.line_hit or k == title_k or k in page.verbatim or role(k) in PROTECTED:
            continue
        if evidence is not None and evidence[k].in_main and evidence[k].heading:
            continue  # the article's own heading (``Review: A Nice Place to Visit``) is no field or menu
        rule = _whole_line_rule(comp, page.text, lines[k], found.get(k, _NONE))
        if rule is not None and evidence is not None and LINKS_TAG in rule.tags and not evidence[k].link_density:
            continue  # a row of links with no link in the markup: ``app.app|lib.framework`` in code
        # Some shapes are furniture only above the article: below it an excerpt
        # that stops mid-sentence is still the article (主任:XXX).
        if rule is not None and (k < first_body or ABOVE_ONLY_TAG not in rule.tags):
            page.hit_line(k, rule)
