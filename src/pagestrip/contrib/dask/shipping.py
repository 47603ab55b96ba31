"""What travels to the workers: the options as a small pickled spec (a rule file by
its path), loaded once per worker process, and each record as the batch's job.
"""

from __future__ import annotations

import os
import pickle
from typing import Any

from ...batch import Job, _feed_job
from ...rulefile import load as load_rule_file

#: Options loaded on a worker, by their pickled spec: a rule file is read once per worker process.
_LOADED: dict[bytes, dict[str, Any]] = {}
#: How many option sets a worker keeps loaded (a long-lived worker serving many runs).
MAX_LOADED = 8


def _options(spec: bytes) -> dict[str, Any]:
    """The :func:`pagestrip.clean` options for ``spec``, loaded once per worker process."""
    options = _LOADED.get(spec)
    if options is None:
        options = pickle.loads(spec)
        if isinstance(options.get("rules"), str):
            options["rules"] = load_rule_file(options["rules"])
        if len(_LOADED) >= MAX_LOADED:
            _LOADED.pop(next(iter(_LOADED)))
        _LOADED[spec] = options
    return options


def _spec(clean_options: dict[str, Any]) -> bytes:
    """The options as shipped to the workers; a rule file given as a path stays a path (it must
    be readable on the workers), so what is shipped is a few hundred bytes."""
    if isinstance(clean_options.get("rules"), os.PathLike):
        clean_options = {**clean_options, "rules": os.fspath(clean_options["rules"])}
    return pickle.dumps(clean_options)


def _job(item: Any, field: str, url_field: str | None, result_field: str) -> Job:
    """A record's job as the batch makes a feed record's (the page taken out, the rest its
    fields; an error job for a record without a page), its ``source`` the record's URL."""
    url = item.get(url_field) if isinstance(item, dict) and url_field else None
    return _feed_job(
        url if isinstance(url, str) else "",
        dict(item) if isinstance(item, dict) else item,
        field,
        url_field,
        result_field,
    )
