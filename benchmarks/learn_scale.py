#!/usr/bin/env python3
"""Learn a synthetic crawl's templates and check what the learned rules do (issue 16).

    python3 benchmarks/learn_scale.py SITES PAGES_PER_SITE [check]

Sites come from tests/test_learn.py's template generator (the fixtures' gold
articles inside random site templates the built-in rules do not know; half
the pages HTML). Prints the learn pass's CPU time and peak memory; with
``check``, cleans every page with the built-ins alone and with the learned
rule file and prints how many pages leak template text and the share of the
paragraphs the built-ins keep that the learned rules keep too. A
measurement, not a test: it asserts nothing.
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
rng = random.Random(2016)
sites = [t.make_site(rng) for _ in range(int(sys.argv[1]))]
per = int(sys.argv[2])
def gen():
    for s in sites:
        for n in range(per):
            title, paras = rng.choice(t.ARTICLES)
            yield s, f"https://www.{s.host}/a/{n}.html", s.page(n, title, paras, rng, as_html=n % 2 == 0), paras
t0 = time.process_time()
learner = Learner()
n = 0
for s, url, page, paras in gen():
    learner.add(page, url); n += 1
rf = to_rule_file(learner.templates())
t1 = time.process_time()
print(f"learn: {n} pages, {sum(len(p.rules) for p in rf.profiles)} rules, {t1-t0:.1f} s CPU, "
      f"maxrss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024:.0f} MB")
if len(sys.argv) > 3:
    rng2 = random.Random(2016); rng = rng2
    bl = ll = 0; tot = keep = 0
    for s, url, page, paras in gen():
        base = pagestrip.clean(page, url=url); res = pagestrip.clean(page, rules=rf, url=url)
        bl += bool(t.leaks(s, base)); ll += bool(t.leaks(s, res))
        bt, kt = t.kept(base), t.kept(res)
        for p in paras:
            if p in bt:
                tot += len(p); keep += len(p) if p in kt else 0
    print(f"pages leaking: built-ins {bl}, learned {ll}; recall vs built-ins {keep/max(tot,1):.4f}")
