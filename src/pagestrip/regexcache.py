"""Compiled ``regex`` patterns kept on disk between processes.

The ``regex`` module parses and compiles a pattern in Python, at about 10 µs a
character: the eighty-odd patterns a one-page ``pagestrip clean`` needs cost
it some 80 ms, a quarter of its CPU time, and every batch worker paid it again.
A compiled pattern pickles to its compiled code (the ``regex`` module's own
pickle support, found through :mod:`copyreg`), and rebuilding it from that code
costs microseconds. This module keeps that code, one file per pattern, for the
patterns that are ours (the built-in rules' and the modules' own; a user's
patterns are compiled as before, so that random ones do not fill the disk).

Correct when rules change: a file is named by a hash of the ``regex`` version,
the interpreter, the flags and the pattern text, so a changed pattern is a
new name, never a stale hit; the stored pattern text is compared on load too.
Silent when it cannot help: no cache directory, a read-only one, a truncated or
foreign file, or a ``regex`` without the pickle support all fall back to
``regex.compile``, with the same pattern as the result.

Where: ``$PAGESTRIP_CACHE_DIR`` if set (empty: no cache), else
``$XDG_CACHE_HOME/pagestrip``, else ``~/.cache/pagestrip``. The files are
:mod:`marshal` data, as Python's own ``__pycache__`` files are, and are
trusted as those are: only the user who owns the directory can write them.
"""

from __future__ import annotations

import _thread
import contextlib
import copyreg
import marshal
import os
import sys
from collections.abc import Callable
from typing import Any, overload

import regex

try:  # the hash function without loading OpenSSL (hashlib's import costs ~3 ms)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - an interpreter without the builtin module
    from hashlib import blake2b

#: Names the cache directory; an empty value turns the cache off.
ENV_VAR = "PAGESTRIP_CACHE_DIR"

#: Bytes of the hash that name a pattern's file (hex: twice as many characters).
DIGEST_BYTES = 16

#: Files are rewritten when this changes (what a file holds, not where).
FORMAT = 1

_UNSET: Any = object()
_directory: Any = _UNSET
_writable = True
_rebuild: Any = _UNSET


@overload
def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]: ...
@overload
def compile(pattern: bytes, flags: int = 0) -> regex.Pattern[bytes]: ...
def compile(pattern: Any, flags: int = 0) -> regex.Pattern[Any]:  # mirrors regex.compile
    """``regex.compile(pattern, flags)``, from the disk cache when it holds it (see the module)."""
    path = _path(pattern, flags)
    if path is not None:
        cached = _load(path, pattern)
        if cached is not None:
            return cached
    compiled = regex.compile(pattern, flags)
    if path is not None and _writable:
        _store(path, compiled)
    return compiled


def directory() -> str | None:
    """The directory of this ``regex`` version's files, or None when the cache is off."""
    global _directory
    if _directory is _UNSET:
        base = os.environ.get(ENV_VAR)
        if base is None:
            xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
            base = os.path.join(xdg, "pagestrip")
        tag = f"regex-{getattr(regex, '__version__', 'unknown')}-{sys.implementation.cache_tag}-{FORMAT}"
        _directory = os.path.join(base, tag) if base else None
    return _directory  # type: ignore[no-any-return]  # a str or None, set above


def reset() -> None:
    """Read ``$PAGESTRIP_CACHE_DIR`` again and retry writing (for tests and long-lived hosts)."""
    global _directory, _writable
    _directory, _writable = _UNSET, True


def _path(pattern: str | bytes, flags: int) -> str | None:
    where = directory()
    if where is None:
        return None
    text = pattern.encode("utf-8", "surrogatepass") if isinstance(pattern, str) else pattern
    kind = b"s" if isinstance(pattern, str) else b"b"
    digest = blake2b(b"%s\0%d\0" % (kind, flags) + text, digest_size=DIGEST_BYTES).hexdigest()
    return os.path.join(where, digest)


def _load(path: str, pattern: str | bytes) -> regex.Pattern[Any] | None:
    """The pattern rebuilt from ``path``, or None when the file is missing or not one of ours."""
    try:
        with open(path, "rb") as f:
            data = marshal.loads(f.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(data, tuple) or not data or type(data[0]) is not type(pattern) or data[0] != pattern:
        return None
    rebuild = _rebuilder()
    if rebuild is None:
        return None
    try:
        compiled = rebuild(*data)
    except Exception:  # a foreign or damaged file must never fail a page: compile instead
        return None
    return compiled if isinstance(compiled, regex.Pattern) else None


def _store(path: str, compiled: regex.Pattern[Any]) -> None:
    """Write ``compiled``'s code to ``path``."""
    data = _reduce(compiled)
    if data is None or compiled.flags & regex.LOCALE:  # a locale pattern depends on the process's locale
        return
    _write(path, data)


def _write(path: str, data: Any) -> None:
    """``data`` marshalled to ``path``, atomically; on any failure, stop writing for this process."""
    global _writable
    tmp = f"{path}.{os.getpid()}.{_thread.get_ident()}.tmp"  # each writer its own, then one atomic rename
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as f:
            f.write(marshal.dumps(data))
        os.replace(tmp, path)
    except (OSError, ValueError):  # read-only, full, or data marshal cannot write: no cache
        _writable = False
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _reduce(compiled: regex.Pattern[Any]) -> tuple[Any, ...] | None:
    """The arguments ``regex`` pickles ``compiled`` as (None if it pickles it otherwise)."""
    reducer = copyreg.dispatch_table.get(type(compiled))
    if reducer is None:
        return None
    reduced = reducer(compiled)
    if not isinstance(reduced, tuple) or len(reduced) != 2 or not isinstance(reduced[1], tuple):
        return None
    return reduced[1]


def _rebuilder() -> Any:
    """The function ``regex`` unpickles a pattern with (None when it has no such support)."""
    global _rebuild
    if _rebuild is _UNSET:
        reducer = copyreg.dispatch_table.get(regex.Pattern)
        reduced = reducer(regex.compile("")) if reducer is not None else None
        _rebuild = reduced[0] if isinstance(reduced, tuple) and reduced and callable(reduced[0]) else None
    return _rebuild


class Memo:
    """A pure function of pattern text whose results for our patterns are kept on disk.

    The literal analysis of the built-in rules' patterns (:mod:`pagestrip.rules.literals`)
    reads every character of 25 000 in Python: 13 ms of a one-page start-up, the
    same answer in every process. A memo keeps those answers in one file, named
    by a hash of the source of the module that computes them: a change to that
    code is a new file, a change to a pattern a new key, so no stale answer is
    read. Only results asked with ``keep=True`` (the built-in rules') are written;
    :meth:`save` writes them once, after a rule set's analysis, if any were new.
    """

    def __init__(self, name: str, function: Callable[[str], Any], code_file: str | None) -> None:
        self._name, self._function, self._code_file = name, function, code_file
        self._table: dict[str, Any] | None = None
        self._path: str | None = None
        self._new = False

    def __call__(self, pattern: str, keep: bool = False) -> Any:
        table = self._load()
        if pattern in table:
            return table[pattern]
        value = self._function(pattern)
        if keep and self._path is not None:
            table[pattern] = value
            self._new = True
        return value

    def save(self) -> None:
        """Write the results kept since the file was read, if there are any (silent on failure)."""
        if self._new and self._path is not None and self._table is not None and _writable:
            self._new = False
            _write(self._path, self._table)

    def _load(self) -> dict[str, Any]:
        if self._table is None:
            self._table = {}
            self._path = self._where()
            if self._path is not None:
                try:
                    with open(self._path, "rb") as f:
                        table = marshal.loads(f.read())
                except (OSError, EOFError, ValueError, TypeError):
                    table = None
                if isinstance(table, dict) and all(isinstance(k, str) for k in table):
                    self._table = table
        return self._table

    def _where(self) -> str | None:
        """The file, named by the hash of the computing module's source (None: no memo on disk)."""
        where = directory()
        if where is None or self._code_file is None:
            return None
        try:
            with open(self._code_file, "rb") as f:
                source = f.read()
        except OSError:
            return None
        return os.path.join(where, f"{self._name}-{blake2b(source, digest_size=DIGEST_BYTES).hexdigest()}")
