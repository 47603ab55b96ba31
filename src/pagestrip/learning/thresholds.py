"""The numbers and separators learning weighs, each documented beside what it means,
and the patterns built from them.
"""

from __future__ import annotations

import re

from .. import lazyre
from ..model import Kind
from ..roles import Role

#: Default: a line must recur on at least this many pages of its site. Fewer
#: pages say nothing about a template (two pages may share a quotation).
MIN_PAGES = 5
#: Small sites (see :func:`item_floor`): an item needs at least this many pages even when
#: its share would need fewer. Three pages sharing a line make a pattern; two may
#: share a quotation.
SMALL_SITE_MIN_PAGES = 3
#: Default: ... and on at least this share of the site's pages. Low enough for a
#: promotion that rotates among three, high enough that a phrase articles of
#: one genre share is not taken for the site's.
MIN_SHARE = 0.3
#: Prose (a body paragraph, a sentence) must recur on at least this share: only a
#: passage on most of a site's pages (a slogan in every article) is the site's.
PROSE_MIN_SHARE = 0.6
#: Pages per pruning bucket of the streaming counts: sites below it are counted
#: exactly; above it a count errs low by at most one page a bucket (under 1 %).
BUCKET_PAGES = 128
#: Affixes: cut at a separator within this many characters of the line's start
#: (prefix) or end (suffix); longer pieces are text, not a label or a site name.
MAX_AFFIX_CHARS = 24
#: At most this many cut points per end of a line (``来源:A | 作者:B`` gives two).
MAX_CUTS = 2
#: A learned prefix takes the whole line, but never a line longer than this:
#: a label with its value (``本文来源:某某日报``) is short, a paragraph is not.
#: A prefix seen on a longer line is not learned at all (it opens prose).
AFFIX_LINE_MAX = 80
#: An affix needs this many letters (CJK or Latin): ``2023-`` and ``(`` are not a site's.
MIN_AFFIX_LETTERS = 2
#: Characters that end a leading label (``本文来源:``, ``【站点名】``, ``站点名 |``).
PREFIX_SEPS = ":：|｜】]》>_"
#: Characters that open a trailing site name or source (``_站点名``, ``- Site``, ``(来源:…)``).
SUFFIX_SEPS = "_|｜-–—(（【["
#: Openings and endings without a separator (``本文来自某某网，作者…``, ``Originally published
#: at …``, ``…。更多精彩请关注某某网``): a line is also cut after a comma or a space (openings)
#: and after a sentence end (endings: a sentence glued to the article's last one; a clause
#: after a comma ends sentences of the article, ``…，各不相同。``). Such a cut is no label's, so the piece needs
#: more: :data:`SOFT_MIN_LETTERS` letters (a CJK character counts two), two words when cut at
#: a space (``In the`` opens too many sentences), and a share of :data:`SOFT_MIN_SHARE`.
SOFT_PREFIX_SEPS = "，,、 　"
SOFT_SUFFIX_SEPS = "。！？!?"
SOFT_MIN_LETTERS = 8
SOFT_MIN_WORDS = 2
#: ... at most this many such cuts per end of a line (``Originally published at``: three words).
SOFT_MAX_CUTS = 3
#: A piece cut without a separator must recur on at least this share of the site's pages
#: (a label cut at ``:`` needs ``min_share``): a phrase may open sentences of one genre.
SOFT_MIN_SHARE = 0.5
#: A learned line at least this long is also taken where the text normalizer glued
#: it to the start or end of a neighbouring line (a hard-wrapped page is re-joined
#: when a line does not end a sentence); a shorter one only as a whole line, as a
#: few characters may well open or close a sentence of the article.
GLUED_MIN_CHARS = 6
#: Under a page deadline, counting a page's lines checks it every this many lines (a page
#: of 200 000 short lines takes seconds to cut into pieces).
CHECK_LINES = 4096
#: The longest example of a learned item quoted in its rule's description.
EXAMPLE_CHARS = 60
#: How much of a line cleaned alone a built-in removal must cover to lend its kind.
KIND_COVER = 0.8

#: DOM paths: a path is learned only when, of the lines seen under it (one per page and
#: line), at least this share recur under it on other pages too. A template box rotates
#: through a few texts (each seen again); the article's paragraphs, headings and captions
#: are each on one page, so their paths never pass.
DOM_REPEAT_SHARE = 0.8
#: ... and when it held the article on at most this share of its pages: the page's
#: best-scoring paragraph or its title heading, or at least
#: :data:`DOM_ARTICLE_PROSE_SHARE` of the page's prose. A site serving each article
#: twice (a print version) repeats its article's lines too.
DOM_ARTICLE_MAX_SHARE = 0.0
DOM_ARTICLE_PROSE_SHARE = 0.5
#: Lines under a path are counted by their text up to this length, longer ones by a digest
#: (with an excerpt for the description): most long lines of an HTML page are its article's,
#: each on one page, and must not be held twice in memory. A protected role (salutation,
#: numbered heading, date, speaker, signature) is a short line.
DOM_KEY_CHARS = 80
#: A learned path removes a line up to this many times the longest line seen under it:
#: a page whose template box suddenly holds a long text is not the template's.
DOM_MAX_CHARS_SLACK = 1.5
#: Block hints (see :mod:`pagestrip.html`) that lend a learned path their kind.
_HINT_KIND = {"chrome": Kind.CHROME, "footer": Kind.FOOTER, "related": Kind.RELATED, "metadata": Kind.METADATA}
#: Characters a regex gives a meaning to, escaped in a learned DOM path (the rest, such as
#: ``-`` and ``#`` in class names and ids, stay readable).
_REGEX_SPECIAL = frozenset(".^$*+?{}[]\\|()")

_LETTERS = lazyre.compile(r"\p{L}")
#: Soft cut points (see :data:`SOFT_PREFIX_SEPS`), letters and word characters, for the
#: standard library's ``re``: these run on every line of a crawl, and ``re`` is several
#: times faster than the regex module on short strings.
_SOFT_PREFIX_AT = lazyre.compile_re("[" + re.escape(SOFT_PREFIX_SEPS.replace(" ", "")) + r"]|(?<=\S) (?=\S)")
_SOFT_SUFFIX_AT = lazyre.compile_re("[" + re.escape(SOFT_SUFFIX_SEPS) + r"]|(?<!\d)\.(?= )")
_LETTER = lazyre.compile_re(r"[^\W\d_]")
_WORD = lazyre.compile_re(r"\w")
_ID_UNSAFE = lazyre.compile(r"[^\w.-]+")
_PROSE = frozenset({Role.BODY, Role.SENTENCE})
