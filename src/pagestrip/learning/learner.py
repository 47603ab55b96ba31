"""The learner: pages given one at a time, grouped by site, counted, and each site's
template chosen; :func:`learn` over a list of pages.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable

from .. import limits
from ..errors import PageTimeoutError
from ..rulefile import RuleFile
from .choosing import SiteTemplate, _KindGuess, site_host, site_rules
from .counting import page_evidence
from .sitecounts import SiteCounts
from .thresholds import MIN_PAGES, MIN_SHARE
from .writing import to_rule_file


class Learner:
    """Learns sites' templates from pages given one at a time (bounded memory).

    ``add`` each page with its site key (a URL host, or any other grouping such
    as a folder); ``templates()`` then gives each site's learned rules.
    """

    def __init__(
        self,
        *,
        min_pages: int = MIN_PAGES,
        min_share: float = MIN_SHARE,
        adapt: bool = True,
        timeout: float | None = None,
    ) -> None:
        if not isinstance(min_pages, int) or min_pages < 1:
            raise ValueError(f"min_pages must be a positive integer, not {min_pages!r}")
        if not 0 < min_share <= 1:
            raise ValueError(f"min_share must be above 0 and at most 1, not {min_share!r}")
        self.min_pages = min_pages
        self.min_share = min_share
        if timeout is not None and not timeout > 0:
            raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
        self.adapt = adapt
        self.timeout = timeout
        self.sites: dict[tuple[str, bool], SiteCounts] = {}

    def add(
        self,
        page: str | bytes,
        url: str | None = None,
        site: str | None = None,
        *,
        encoding: str | None = None,
        content_type: str | None = None,
    ) -> None:
        """Count one page under its URL's host (or ``site`` when there is no host).

        With the learner's ``timeout``, a page that takes longer raises
        :class:`pagestrip.PageTimeoutError` and counts nothing: one hostile page
        must not hang a crawl's learning. As in ``clean(timeout=)`` the deadline is
        checked between stages, so one stage may overrun it (each is linear in the
        page, which is cut at ``DEFAULT_MAX_CHARS``).
        """
        host = site_host(url)
        key = (host, True) if host else (site or "", False)
        counts = self.sites.get(key)
        if counts is None:
            counts = SiteCounts()
        with limits.deadline(self.timeout):
            try:
                counts.add(*page_evidence(page, encoding=encoding, content_type=content_type))
            except PageTimeoutError:
                raise
            except TimeoutError:  # the regex module's timeout on a match
                raise limits.expired("counting") from None
        self.sites.setdefault(key, counts)

    def templates(self) -> list[SiteTemplate]:
        """Each site with enough pages and the rules learned from it, in the order first seen."""
        guess = _KindGuess()
        out = []
        for (key, by_host), counts in self.sites.items():
            if counts.pages < self.min_pages:
                continue
            rules = site_rules(key, counts, self.min_pages, self.min_share, guess, self.adapt)
            if rules:
                out.append(SiteTemplate(key, by_host, counts.pages, rules))
        return out


def learn(
    pages: Iterable[str | bytes],
    urls: Iterable[str | None] | None = None,
    *,
    sites: Iterable[str | None] | None = None,
    min_pages: int = MIN_PAGES,
    min_share: float = MIN_SHARE,
    adapt: bool = True,
    timeout: float | None = None,
) -> RuleFile:
    """Learn each site's template from its pages; a rule file of site profiles.

    ``pages`` (text or HTML, str or bytes) is read once, one page at a time, so
    it may be a generator over a crawl. ``urls`` gives each page's URL, whose
    host groups the pages into sites and names the profile's host; without a
    URL, ``sites`` (any grouping key, such as a folder) groups them, and their
    rules go into the file's top-level rules, which apply to every page.
    A site needs ``min_pages`` pages; an item must recur on ``min_pages`` of
    them and a share ``min_share`` — on a small site (``adapt``, see
    :func:`item_floor`) on that share only, and at least
    :data:`SMALL_SITE_MIN_PAGES`. ``timeout`` (seconds) bounds the work on each
    page: a page past it is left out (see :meth:`Learner.add`).

        >>> import pagestrip
        >>> pages = [f"寅松川网，天下文章一网打尽\\n第{n}篇文章的正文，各不相同。" for n in range(6)]
        >>> rf = pagestrip.learn(pages, urls=[f"https://yin.example/{n}" for n in range(6)])
        >>> [(r.id, r.kind.value) for r in rf.profiles[0].rules]
        [('learned.yin.example.1', 'chrome')]
        >>> pagestrip.clean(pages[0], rules=rf, url="https://yin.example/0").articles[0].text
        '第0篇文章的正文，各不相同。'
    """
    learner = Learner(min_pages=min_pages, min_share=min_share, adapt=adapt, timeout=timeout)
    url_list = iter(urls) if urls is not None else None
    site_list = iter(sites) if sites is not None else None
    for n, page in enumerate(pages):
        url = next(url_list, None) if url_list is not None else None
        site = next(site_list, None) if site_list is not None else None
        try:
            learner.add(page, url, site)
        except PageTimeoutError as exc:
            warnings.warn(f"pagestrip.learn: page {n} left out: {exc}", RuntimeWarning, stacklevel=2)
    return to_rule_file(learner.templates())
