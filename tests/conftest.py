"""Settings for the whole suite: the hypothesis profiles. Shared helpers (paths, the fixture
pages and their gold, the in-process CLI) are in ``testkit``."""

from __future__ import annotations

import os

import pytest


def pytest_configure(config: pytest.Config) -> None:
    """The hypothesis profiles, registered before any test module is imported (their settings
    read the loaded profile). Not in the pytest-xdist controller, which runs no test: importing
    hypothesis there only delays the start of the workers."""
    if getattr(config.option, "numprocesses", None) and not hasattr(config, "workerinput"):
        return
    from hypothesis import HealthCheck, settings

    # "ci" keeps the suite to a minute; HYPOTHESIS_PROFILE=thorough digs deeper.
    quiet = [HealthCheck.too_slow, HealthCheck.data_too_large]
    settings.register_profile("ci", max_examples=40, deadline=None, suppress_health_check=quiet)
    settings.register_profile("thorough", max_examples=400, deadline=None, suppress_health_check=quiet)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
