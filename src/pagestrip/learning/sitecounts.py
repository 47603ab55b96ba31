"""A site's counts together: its lines' and affixes' :class:`~.counting.Tally` and its
DOM paths' :class:`~.dompaths.PathTally`, mergeable across workers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .. import limits
from ..html import Block
from .affixes import affixes, soft_affixes
from .counting import Tally
from .dompaths import PathTally
from .thresholds import CHECK_LINES, PREFIX_SEPS, SUFFIX_SEPS


@dataclass
class SiteCounts:
    """The streaming counts of one site: whole lines, leading and trailing pieces, DOM paths."""

    lines: Tally = field(default_factory=Tally)
    prefixes: Tally = field(default_factory=Tally)
    suffixes: Tally = field(default_factory=Tally)
    paths: PathTally = field(default_factory=PathTally)

    @property
    def pages(self) -> int:
        return self.lines.pages

    def merge(self, other: SiteCounts) -> SiteCounts:
        """Add another part's counts of the same site (a crawl counted in partitions on a
        cluster is merged per host: see :func:`pagestrip.contrib.dask.learn_bag`)."""
        self.lines.merge(other.lines)
        self.prefixes.merge(other.prefixes)
        self.suffixes.merge(other.suffixes)
        self.paths.merge(other.paths)
        return self

    def add(self, lines: Sequence[str], evidence: Sequence[Block] | None = None) -> None:
        """Count one page: each distinct line, prefix and suffix once; an HTML page's
        (``evidence``: the block of each line) paths too."""
        path_items = PathTally.page_items(lines, evidence) if evidence is not None else None
        whole: dict[str, str] = {}
        prefixes: dict[str, str] = {}
        suffixes: dict[str, str] = {}
        for n, line in enumerate(lines):
            if n % CHECK_LINES == CHECK_LINES - 1:
                limits.check("counting")
            whole.setdefault(line, line)
            for p in affixes(line, PREFIX_SEPS, leading=True) + soft_affixes(line, leading=True):
                prefixes.setdefault(p, line)
            for s in affixes(line, SUFFIX_SEPS, leading=False) + soft_affixes(line, leading=False):
                suffixes.setdefault(s, line)
        limits.check("counting")  # past the deadline nothing of the page is counted
        if path_items is not None:
            self.paths.add_page(path_items)
        self.lines.add_page(whole)
        self.prefixes.add_page(prefixes)
        self.suffixes.add_page(suffixes)
