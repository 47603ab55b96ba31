#!/usr/bin/env python3
"""Learn a synthetic crawl's templates and check what the learned rules do (issue 16).

    python3 benchmarks/learn_scale.py SITES PAGES_PER_SITE [check] [--fixed] [--bare]

Sites come from tests/test_learn.py's template generator (the fixtures' gold
articles inside random site templates the built-in rules do not know; half
the pages HTML). Prints the learn pass's CPU time and peak memory; with
``check``, cleans every page with the built-ins alone and with the learned
rule file and prints how many pages leak template text and the share of the
paragraphs the built-ins keep that the learned rules keep too. ``--fixed``
turns off the small-site thresholds (``Learner(adapt=False)``: every item on
``min_pages`` pages); ``--bare`` gives the pages no template at all, so every
rule learned is learned from article text (printed: how many, and the share
of the article kept). A small-site run: ``20 10 check`` (ten pages a site,
promotions rotating through up to three). A measurement, not a test: it
asserts nothing.
"""
from pathlib import Path
import random
import resource
import sys
import time

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
import pagestrip
import test_learn as t
from pagestrip.learning import Learner, to_rule_file

args = [a for a in sys.argv[1:] if not a.startswith("--")]
fixed, bare = "--fixed" in sys.argv, "--bare" in sys.argv
rng = random.Random(2016)
sites = [t.make_site(rng) for _ in range(int(args[0]))]
per = int(args[1])


def gen():
    for s in sites:
        for n in range(per):
            title, paras = rng.choice(t.ARTICLES)
            if bare:
                yield s, f"https://www.{s.host}/a/{n}.html", "\n".join([title, *paras]), paras
            else:
                yield s, f"https://www.{s.host}/a/{n}.html", s.page(n, title, paras, rng, as_html=n % 2 == 0), paras


t0 = time.process_time()
learner = Learner(adapt=not fixed)
n = 0
for s, url, page, paras in gen():
    learner.add(page, url)
    n += 1
rf = to_rule_file(learner.templates())
t1 = time.process_time()
print(f"learn: {n} pages, {sum(len(p.rules) for p in rf.profiles)} rules, {t1-t0:.1f} s CPU, "
      f"maxrss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024:.0f} MB")
if len(args) > 2:
    rng = random.Random(2016)
    bl = ll = 0
    tot = keep = 0
    for s, url, page, paras in gen():
        base = pagestrip.clean(page, url=url)
        res = pagestrip.clean(page, rules=rf, url=url)
        bl += bool(t.leaks(s, base)) and not bare
        ll += bool(t.leaks(s, res)) and not bare
        bt, kt = t.kept(base), t.kept(res)
        for p in paras:
            if p in bt:
                tot += len(p)
                keep += len(p) if p in kt else 0
    print(f"pages leaking: built-ins {bl}, learned {ll}; recall vs built-ins {keep/max(tot,1):.4f}")
