"""``pagestrip.contrib.dask.learn_bag``: learning a crawl's templates on a Dask cluster.

The learned rules must be the ones :func:`pagestrip.learn` learns from the same
pages read one at a time: each partition counts its pages per host and the
counts of a host are merged across partitions (a groupby over hosts).
"""

from __future__ import annotations

import importlib.util
import random

import pytest

# Checked without importing (see test_dask.py).
if importlib.util.find_spec("distributed") is None:
    pytest.skip("the dask extra is not installed: pip install -e '.[dask]'", allow_module_level=True)

import pagestrip
from pagestrip.contrib.dask import learn_bag
from pagestrip.learning import BUCKET_PAGES, SiteCounts, Tally, page_evidence
from testkit import sites as t

#: Under pytest-xdist (``-n``) the Dask modules run one after another in one worker: the
#: cluster of worker processes they share is a fixture (tests/contrib/conftest.py), started
#: once there, not once per xdist worker.
pytestmark = pytest.mark.xdist_group("dask")


def _rules(rf: pagestrip.RuleFile) -> list[tuple]:
    """What a rule file learned, without the descriptions (their example is the first page
    of a part, which depends on how the crawl was split)."""
    out = [("", r.id, r.kind, r.scope, r.pattern, r.max_chars) for r in rf.rules]
    for p in sorted(rf.profiles, key=lambda p: p.hosts):
        out += [(p.hosts[0], r.id, r.kind, r.scope, r.pattern, r.max_chars) for r in p.rules]
    return out


def _crawl() -> list[dict]:
    rng = random.Random(1615)
    sites = [t.make_site(rng) for _ in range(3)]
    records = [{"url": u, "html": p} for s in sites[:2] for u, p, _ in t.crawl(rng, s, as_html=True)]
    records += [{"url": u, "html": p} for u, p, _ in t.boxed(sites[2], rng, t.box_texts(rng))]
    records += [{"url": None, "html": p} for _, p, _ in t.crawl(rng, sites[0], pages=6)]
    records.insert(5, {"url": "https://x.example/none", "html": None})
    rng.shuffle(records)
    return records


@pytest.fixture()
def client(dask_client):
    """The shared cluster's client (tests/contrib/conftest.py)."""
    return dask_client


def test_learn_bag_learns_what_learn_learns(client) -> None:
    import dask.bag as db

    records = _crawl()
    expected = pagestrip.learn([r["html"] for r in records if r["html"]], urls=[r["url"] for r in records if r["html"]])
    got = learn_bag(db.from_sequence(records, npartitions=5))
    assert _rules(got) == _rules(expected)
    assert {p.hosts[0] for p in got.profiles} and any(str(r.scope) == "dom" for p in got.profiles for r in p.rules)
    assert got.rules  # the records without a URL: one site, top-level rules
    one = next(r for r in records if r["url"] and r["html"])
    assert (
        pagestrip.clean(one["html"], rules=got, url=one["url"]).to_dict()
        == pagestrip.clean(one["html"], rules=expected, url=one["url"]).to_dict()
    )


def test_merged_counts_equal_the_counts_of_one_pass() -> None:
    """Counts of a site split in two and merged are the counts of one pass over its pages
    (below a bucket nothing is pruned: exact)."""
    rng = random.Random(1616)
    site = t.make_site(rng)
    pages = [page_evidence(p) for _, p, _ in t.boxed(site, rng, t.box_texts(rng))]
    whole, a, b = SiteCounts(), SiteCounts(), SiteCounts()
    for lines, ev in pages:
        whole.add(lines, ev)
    for n, (lines, ev) in enumerate(pages):
        (a if n % 3 else b).add(lines, ev)
    a.merge(b)
    assert a.pages == whole.pages
    for part in ("lines", "prefixes", "suffixes"):
        assert {k: e[0] for k, e in getattr(a, part).entries.items()} == {
            k: e[0] for k, e in getattr(whole, part).entries.items()
        }
    assert {k: e[:6] for k, e in a.paths.entries.items()} == {k: e[:6] for k, e in whole.paths.entries.items()}


def test_merging_pruned_tallies_never_overcounts() -> None:
    """Past a bucket the parts are pruned: a merged count may fall short, never above the truth,
    and a key on every page keeps its exact count."""
    a, b = Tally(), Tally()
    pages = 3 * BUCKET_PAGES
    for n in range(pages):
        (a if n % 2 else b).add_page({f"unique {n}": "", f"often {n % 4}": "", "every page": "every page"})
    a.merge(b)
    assert a.pages == pages and a.entries["every page"][0] == pages
    assert all(e[0] <= pages // 4 for k, e in a.entries.items() if k.startswith("often"))
