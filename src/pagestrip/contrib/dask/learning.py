"""Learning a crawl's templates on a Dask cluster (:func:`learn_bag`): per-site counts
merged across partitions, never the pages.
"""

from __future__ import annotations

from typing import Any

# ------------------------------------------------------------------- learning


def _site_key(item: Any, url_field: str | None) -> str:
    """A record's site for learning: its URL's host ('' without one: the pages without a URL
    are one site, as ``pagestrip learn`` groups one feed's records)."""
    from ...learning import site_host

    url = item.get(url_field) if isinstance(item, dict) and url_field else None
    return site_host(url) if isinstance(url, str) else ""


def _count_page(counts: Any, item: Any, field: str, timeout: float | None) -> Any:
    """``foldby``'s step: count one record's page into its site's counts (a record without a
    page, one that cannot be read or one past ``timeout`` counts nothing)."""
    from ... import limits
    from ...errors import PagestripError
    from ...learning import page_evidence

    page = item.get(field) if isinstance(item, dict) else None
    if not isinstance(page, (str, bytes)):
        return counts
    try:
        with limits.deadline(timeout):
            lines, evidence = page_evidence(page)
            counts.add(lines, evidence)
    except (PagestripError, TimeoutError, ValueError, RecursionError):
        pass
    return counts


def _merge_counts(a: Any, b: Any) -> Any:
    return a.merge(b)


def learn_bag(
    bag: Any,
    field: str = "html",
    url_field: str | None = "url",
    *,
    min_pages: int | None = None,
    min_share: float | None = None,
    adapt: bool = True,
    timeout: float | None = 30.0,
) -> Any:
    """:func:`pagestrip.learn` on a Dask bag of records: a groupby over hosts in one pass.

    Each partition counts its records' pages per host (``foldby``: the streaming
    counts of :class:`pagestrip.learning.SiteCounts`, never the pages, leave the
    partition), the counts of one host are merged across partitions
    (:meth:`~pagestrip.learning.SiteCounts.merge`), and each host's template is
    read from its merged counts on the client: a crawl of millions of pages
    learns its sites' templates without gathering them. Returns the
    :class:`~pagestrip.rulefile.RuleFile` ``learn`` would (``to_toml`` writes it
    as ``pagestrip learn`` does). ``field`` holds the page, ``url_field`` its URL;
    records without a URL are one site, whose rules go top level. ``timeout``
    bounds each page (None: no limit); a page past it counts nothing.
    """
    from functools import partial

    from ...learning import MIN_PAGES, MIN_SHARE, Learner, SiteCounts, to_rule_file

    learner = Learner(
        min_pages=MIN_PAGES if min_pages is None else min_pages,
        min_share=MIN_SHARE if min_share is None else min_share,
        adapt=adapt,
    )
    if timeout is not None and not timeout > 0:
        raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
    folded = bag.foldby(
        partial(_site_key, url_field=url_field),
        partial(_count_page, field=field, timeout=timeout),
        SiteCounts,
        _merge_counts,
        SiteCounts,
    )
    for key, counts in sorted(folded.compute(), key=lambda kv: kv[0]):
        if counts.pages:
            learner.sites[(key, True) if key else ("", False)] = counts
    return to_rule_file(learner.templates())
