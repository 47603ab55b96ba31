#!/usr/bin/env python3
"""Learn a synthetic crawl's templates and check what the learned rules do (issue 16).

    python3 benchmarks/learn_scale.py SITES PAGES_PER_SITE [check] [--fixed] [--bare] [--boxes]

Sites come from tests/testkit/sites.py's template generator (the fixtures' gold
articles inside random site templates the built-in rules do not know; half
the pages HTML). Prints the learn pass's CPU time and peak memory; with
``check``, cleans every page with the built-ins alone and with the learned
rule file and prints how many pages leak template text and the share of the
paragraphs the built-ins keep that the learned rules keep too. ``--fixed``
turns off the small-site thresholds (``Learner(adapt=False)``: every item on
``min_pages`` pages); ``--bare`` gives the pages no template at all, so every
rule learned is learned from article text (printed: how many, and the share
of the article kept). ``--boxes`` puts a box rotating through seven texts
inside each HTML page's article container (tests/testkit/sites.py's ``boxed``:
no text of it recurs on enough pages for line learning, its DOM path does);
its texts count as leaks, and the pages leaking with the learned file's ``dom``
rules left out are printed too. A small-site run: ``20 10 check`` (ten pages
a site, promotions rotating through up to three). A measurement, not a test:
it asserts nothing.
"""

import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
import pagestrip
from pagestrip.learning import Learner, to_rule_file
from testkit import sites as t

args = [a for a in sys.argv[1:] if not a.startswith("--")]
fixed, bare, boxes = "--fixed" in sys.argv, "--bare" in sys.argv, "--boxes" in sys.argv
rng = random.Random(2016)
sites = [t.make_site(rng) for _ in range(int(args[0]))]
per = int(args[1])
#: Each site's rotating box: its class and texts, from their own generator (the rest of the run
#: draws the same numbers with or without --boxes).
box = {s.host: (t._word(random.Random(s.host), 2) + "-box", t.box_texts(random.Random(s.host))) for s in sites}


def boxed(s, n, page):
    cls, texts = box[s.host]
    at = page.index("</p>", page.index("-main'>")) + len("</p>")
    return page[:at] + f"<div class='{cls}'><p>{texts[n % len(texts)]}</p></div>" + page[at:]


def leaking(s, result):
    return bool(t.leaks(s, result)) or (boxes and any(x in t.kept(result) for x in box[s.host][1]))


def gen():
    for s in sites:
        for n in range(per):
            title, paras = rng.choice(t.ARTICLES)
            if bare:
                yield s, f"https://www.{s.host}/a/{n}.html", "\n".join([title, *paras]), paras
            else:
                page = s.page(n, title, paras, rng, as_html=n % 2 == 0)
                if boxes and n % 2 == 0:
                    page = boxed(s, n, page)
                yield s, f"https://www.{s.host}/a/{n}.html", page, paras


t0 = time.process_time()
learner = Learner(adapt=not fixed)
n = 0
for _s, url, page, _paras in gen():
    learner.add(page, url)
    n += 1
rf = to_rule_file(learner.templates())
t1 = time.process_time()
print(
    f"learn: {n} pages, {sum(len(p.rules) for p in rf.profiles)} rules, {t1 - t0:.1f} s CPU, "
    f"maxrss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
)
if len(args) > 2:
    rng = random.Random(2016)
    bl = ll = nl = 0
    tot = keep = 0
    lines_only = t.without_dom(rf)
    for s, url, page, paras in gen():
        base = pagestrip.clean(page, url=url)
        res = pagestrip.clean(page, rules=rf, url=url)
        bl += leaking(s, base) and not bare
        ll += leaking(s, res) and not bare
        nl += boxes and leaking(s, pagestrip.clean(page, rules=lines_only, url=url))
        bt, kt = t.kept(base), t.kept(res)
        for p in paras:
            if p in bt:
                tot += len(p)
                keep += len(p) if p in kt else 0
    without = f", learned without dom rules {nl}" if boxes else ""
    print(f"pages leaking: built-ins {bl}, learned {ll}{without}; recall vs built-ins {keep / max(tot, 1):.4f}")
