"""Settings for the whole suite: the hypothesis profiles. Shared helpers (paths, the fixture
pages and their gold, the in-process CLI) are in ``testkit``."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# "ci" keeps the suite to a minute; HYPOTHESIS_PROFILE=thorough digs deeper.
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile("ci", max_examples=40, deadline=None, suppress_health_check=_QUIET)
settings.register_profile("thorough", max_examples=400, deadline=None, suppress_health_check=_QUIET)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
