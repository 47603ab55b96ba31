#!/usr/bin/env python3
"""How much of the HTML score rests on class/id words pagestrip knows.

    python3 benchmarks/unseen_classes.py GOLD_DIR PAGES_DIR [GOLD_DIR ...]
    python3 benchmarks/unseen_classes.py ../shared/corpus/html/gold-zh ../shared/corpus/html/pages \\
        --gold ../shared/corpus/html/gold-en

Scores the same pages three ways, in one run:

- ``as is``: the pages as stored;
- ``hashed``: every class and id token replaced by a made-up word (the same token always by
  the same word, a digit kept where the token had one, so repeated posts and per-item
  classes still look repeated and per-item): a site whose vocabulary pagestrip has never
  seen, such as CSS-module or utility-class names (``css-1x9k2``, ``sc-bdVaJa``);
- ``none``: every class and id attribute removed: only tags, structure, links and text.

The drop from ``as is`` to ``hashed`` is what the hint words (``content``, ``related``,
``comment`` ...) are worth on these pages; a mechanism that only works through them will not
work on the many sites that name nothing. A measurement, not a test. The rewrite is a regular
expression over the bytes: an attribute value that itself holds `` class=`` is rewritten too,
which is rare enough not to move the totals; an escaped one (``class=&quot;…``) is left alone.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path

import pagestrip
from pagestrip.evaluate import report, score

#: A class or id attribute. An unquoted value never starts with ``&``: ``class=&quot;link&quot;``
#: is markup escaped inside another attribute's value (an ``alt``), and rewriting it with real
#: quotes would end that value early and spill the rest of the tag into the text.
_ATTR = re.compile(rb"""(\s(?:class|id)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s>"'&][^\s>"']*))""", re.IGNORECASE)
_DIGIT = re.compile(rb"\d")


def _word(token: bytes) -> bytes:
    """A made-up class word for ``token``: seven letters from its hash, a digit kept."""
    digest = hashlib.blake2b(token, digest_size=7).digest()
    return b"x" + bytes(97 + b % 26 for b in digest) + (b"9" if _DIGIT.search(token) else b"")


def hashed(page: bytes) -> bytes:
    def sub(m: re.Match[bytes]) -> bytes:
        value = next(g for g in m.groups()[1:] if g is not None)
        return m.group(1) + b'"' + b" ".join(_word(t) for t in value.split()) + b'"'

    return _ATTR.sub(sub, page)


def stripped(page: bytes) -> bytes:
    return _ATTR.sub(b"", page)


VARIANTS: dict[str, Callable[[bytes], bytes]] = {"as is": lambda page: page, "hashed": hashed, "none": stripped}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_dir")
    ap.add_argument("pages_dir")
    ap.add_argument("--gold", action="append", default=[], help="another gold folder on the same pages")
    args = ap.parse_args()
    gold_dirs = [Path(args.gold_dir), *map(Path, args.gold)]
    pages = Path(args.pages_dir)
    print(f"{'gold':<14} {'variant':<8} score")
    for gold_dir in gold_dirs:
        golds = [(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(gold_dir.glob("*.json"))]
        for name, rewrite in VARIANTS.items():
            scores = []
            for path, gold in golds:
                page = rewrite((pages / gold.get("seed", path.stem)).read_bytes())
                result = pagestrip.clean(page)
                scores.append(score(gold, result.articles, result.truncated, None, name=path.stem))
            totals = report(scores).splitlines()[-1].removeprefix("TOTAL: ")
            print(f"{gold_dir.name:<14} {name:<8} {totals}", flush=True)


if __name__ == "__main__":
    main()
