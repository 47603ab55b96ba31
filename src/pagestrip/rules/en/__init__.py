"""The built-in English pack (``en.*``): the same kinds for English pages.

Smaller than the Chinese pack, it keeps the engine from being Chinese-only:
copyright lines, cookie and sign-up notices, read-more buttons, related
headings, bylines with dates, and print page numbers.

The rules are written in modules by family, and :data:`RULES` joins them in
the order the rule set sees them (kept, as it decides which rule of a scope
wins at the same position): :mod:`.promo`, :mod:`.chrome`, :mod:`.closing`.
"""

from __future__ import annotations

from dataclasses import replace

from ...vocabulary import SOCIAL_NETWORKS
from ..rule import Rule
from . import chrome, closing, promo

RULES: list[Rule] = [*promo.RULES, *chrome.RULES, *closing.RULES]

#: Prefilters (see the zh pack): the line must hold one of these, in any case.
REQUIRES: dict[str, tuple[str, ...]] = {
    "en.chrome.cookies": ("cookie",),
    "en.footer.copyright": ("©", "(c)", "copyright", "reserved"),
    # A row holds at least two names, so one that is not X's bare "x".
    "en.chrome.share-row": (*(n for n in SOCIAL_NETWORKS.split("|") if n != "x"), "mail", "print", "copy link"),
    # Every alternative of the pattern holds one of these (a common word such as "time" or
    # "video" alone would let most lines through to the pattern).
    "en.chrome.video-player": (
        *("current time", "duration", "remaining time", "loaded", "progress", "stream type"),
        *("settings, opens", "settings dialog", ", selected", "modal", "dialog window", "restore all"),
        *("text edge", "playback rate", "play video", "pause video", "fullscreen", "seek to live"),
        *("for this media", "the media could not"),
    ),
    "en.related.tags": ("tag", "topic", "keyword", "filed under", "categor", "#"),
    # Each alternative holds a stamp word, a "by" or a "min read"; only two bare dates
    # side by side would not (no byline is written so). Tried alone on every line, the
    # pattern cost an English page's rules a tenth more.
    "en.metadata.byline": ("by", "published", "posted", "update", "modified", "created", "read"),
}
RULES = [replace(r, requires=REQUIRES[r.id]) if r.id in REQUIRES else r for r in RULES]

__all__ = ["REQUIRES", "RULES"]
