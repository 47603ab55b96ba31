"""Learn a site's template from its own pages: ``pagestrip learn``.

One page alone hides its template; a crawl does not. Every page of a site
carries the same menus, slogans, footers and promotions, while its article is
its own. :func:`learn` groups pages by site (URL host), splits each page into
the lines :func:`pagestrip.clean` would judge (the same decode, HTML and
normalize stages), and per site counts on how many pages each line recurs —
and each line's leading and trailing piece cut at a separator (``标题_站点名``,
``本文来源:…`` with a varying tail) or, with more evidence, without one
(``本文来自某某网，作者…``, ``Originally published at …``). What recurs on at
least ``min_pages`` pages and a share ``min_share`` of the site's pages (on a
small site the share alone, see :func:`item_floor`) becomes a rule of a site
profile in the ordinary TOML rule-file format (:mod:`pagestrip.rulefile`), so
``clean --rules`` applies it unchanged and a person can read, edit and keep it.

On HTML pages each line's block also has a DOM path (``body > div.main >
div.promo > p``); a path on as many pages whose lines recur under it — a box of
the template whose text rotates through more variants than any one of them
recurs enough to be learned as a line — becomes one ``dom`` rule
(:class:`PathTally`).

What is never learned, because it is article text even when it recurs:

* lines whose role protects them in the engine (a salutation ``同志们:``, a
  numbered heading, a speaker line, a document date, a signature) — genres
  repeat them, sites do not own them;
* prose (a body paragraph or a sentence) shared by fewer than
  :data:`PROSE_MIN_SHARE` of the site's pages — two pages quoting one passage
  are two articles, not a template; a slogan in every article is the site's;
* lines that a built-in ``line`` rule already removes wherever it stands: a
  learned copy would only hide the built-in's id (from which ``result.site``
  is read).

Counting is streaming: pages are counted one at a time and thrown away, and
each site's counts are pruned Lossy-Counting style (Manku & Motwani) every
:data:`BUCKET_PAGES` pages, so memory stays bounded by the lines of a bucket
of pages plus the recurring ones, whatever the site's size. A site under
:data:`BUCKET_PAGES` pages is counted exactly; above, a count may fall short
of the truth by at most one page per bucket, which can only make learning
more cautious.

The package follows the data flow: :mod:`.thresholds` (the numbers weighed),
:mod:`.counting` (a page's lines and their counts per site, with
:mod:`.affixes` for openings and endings and :mod:`.dompaths` for DOM paths),
:mod:`.choosing` (counts into a site's rules), :mod:`.learner` (:class:`Learner`
and :func:`learn`), :mod:`.writing` (rule files and TOML) and :mod:`.command`
(``pagestrip learn``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._lazy import exports

# Eager: light, and ``affixes`` is also a module's name (imported lazily, the
# module would shadow the function once the counting code loaded it).
from .affixes import _soft, affixes, soft_affixes
from .thresholds import (
    _HINT_KIND,
    _ID_UNSAFE,
    _LETTER,
    _LETTERS,
    _PROSE,
    _REGEX_SPECIAL,
    _SOFT_PREFIX_AT,
    _SOFT_SUFFIX_AT,
    _WORD,
    AFFIX_LINE_MAX,
    BUCKET_PAGES,
    CHECK_LINES,
    DOM_ARTICLE_MAX_SHARE,
    DOM_ARTICLE_PROSE_SHARE,
    DOM_KEY_CHARS,
    DOM_MAX_CHARS_SLACK,
    DOM_REPEAT_SHARE,
    EXAMPLE_CHARS,
    GLUED_MIN_CHARS,
    KIND_COVER,
    MAX_AFFIX_CHARS,
    MAX_CUTS,
    MIN_AFFIX_LETTERS,
    MIN_PAGES,
    MIN_SHARE,
    PREFIX_SEPS,
    PROSE_MIN_SHARE,
    SMALL_SITE_MIN_PAGES,
    SOFT_MAX_CUTS,
    SOFT_MIN_LETTERS,
    SOFT_MIN_SHARE,
    SOFT_MIN_WORDS,
    SOFT_PREFIX_SEPS,
    SOFT_SUFFIX_SEPS,
    SUFFIX_SEPS,
)

if TYPE_CHECKING:
    from .choosing import (
        SiteTemplate,
        _covered,
        _is_site_affix,
        _is_site_line,
        _KindGuess,
        _most_first,
        _path_rule,
        _rule,
        item_floor,
        site_host,
        site_rules,
    )
    from .command import _folder_key, _share, add_parser, run
    from .counting import Entry, Tally, page_evidence, page_lines
    from .dompaths import PathTally
    from .learner import Learner, learn
    from .sitecounts import SiteCounts
    from .writing import _rule_toml, _toml_str, to_rule_file, to_toml

#: The rest is imported when first read: ``pagestrip clean`` builds the ``learn``
#: subcommand's arguments on every run but needs none of the learning code (it
#: brings hashlib, the HTML walk and lxml).
_exports = exports(
    __name__,
    {
        "choosing": (
            "SiteTemplate",
            "_covered",
            "_is_site_affix",
            "_is_site_line",
            "_KindGuess",
            "_most_first",
            "_path_rule",
            "_rule",
            "item_floor",
            "site_host",
            "site_rules",
        ),
        "command": (
            "_folder_key",
            "_share",
            "add_parser",
            "run",
        ),
        "counting": (
            "Entry",
            "Tally",
            "page_evidence",
            "page_lines",
        ),
        "dompaths": ("PathTally",),
        "learner": (
            "Learner",
            "learn",
        ),
        "sitecounts": ("SiteCounts",),
        "writing": (
            "_rule_toml",
            "_toml_str",
            "to_rule_file",
            "to_toml",
        ),
    },
)


def __getattr__(name: str) -> Any:
    if name == "__test__":  # :func:`learn`'s example, run by ``doctest.testmod(pagestrip.learning)``
        return {"learn": _exports("learn")}
    return _exports(name)


__all__ = [
    "AFFIX_LINE_MAX",
    "BUCKET_PAGES",
    "CHECK_LINES",
    "DOM_ARTICLE_MAX_SHARE",
    "DOM_ARTICLE_PROSE_SHARE",
    "DOM_KEY_CHARS",
    "DOM_MAX_CHARS_SLACK",
    "DOM_REPEAT_SHARE",
    "EXAMPLE_CHARS",
    "GLUED_MIN_CHARS",
    "KIND_COVER",
    "MAX_AFFIX_CHARS",
    "MAX_CUTS",
    "MIN_AFFIX_LETTERS",
    "MIN_PAGES",
    "MIN_SHARE",
    "PREFIX_SEPS",
    "PROSE_MIN_SHARE",
    "SMALL_SITE_MIN_PAGES",
    "SOFT_MAX_CUTS",
    "SOFT_MIN_LETTERS",
    "SOFT_MIN_SHARE",
    "SOFT_MIN_WORDS",
    "SOFT_PREFIX_SEPS",
    "SOFT_SUFFIX_SEPS",
    "SUFFIX_SEPS",
    "_HINT_KIND",
    "_ID_UNSAFE",
    "_LETTER",
    "_LETTERS",
    "_PROSE",
    "_REGEX_SPECIAL",
    "_SOFT_PREFIX_AT",
    "_SOFT_SUFFIX_AT",
    "_WORD",
    "Entry",
    "Learner",
    "PathTally",
    "SiteCounts",
    "SiteTemplate",
    "Tally",
    "_KindGuess",
    "_covered",
    "_folder_key",
    "_is_site_affix",
    "_is_site_line",
    "_most_first",
    "_path_rule",
    "_rule",
    "_rule_toml",
    "_share",
    "_soft",
    "_toml_str",
    "add_parser",
    "affixes",
    "item_floor",
    "learn",
    "page_evidence",
    "page_lines",
    "run",
    "site_host",
    "site_rules",
    "soft_affixes",
    "to_rule_file",
    "to_toml",
]
