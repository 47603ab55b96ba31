"""Patterns compiled the first time they are used.

The ``regex`` module compiles at about 10 µs per character of pattern, and
the standard ``re`` is slow on large character classes: compiling every
module-level pattern at import cost a one-page command a fifth of its time,
for patterns most pages never use (HTML ones on a text page, the near-copy
sampler on a page without long paragraphs). A :class:`LazyPattern` compiles
on its first call; the compiled pattern's own methods then replace its
own, so later calls cost nothing extra. The ``regex`` ones come from
:mod:`pagestrip.regexcache` when an earlier process compiled them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, overload

import regex

from . import regexcache

_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A pattern compiled on first use; behaves as the compiled pattern.

    ``source`` may be a function returning the pattern, for a pattern that is
    itself costly to build (the near-copy sampler's class of 16 000 characters).
    """

    def __init__(
        self,
        source: Any,
        flags: int = 0,
        *,
        engine: Any = regex,
        wrap: Callable[[Any], Any] | None = None,
        **named: Any,
    ) -> None:
        self._source, self._flags, self._engine, self._wrap, self._named = source, flags, engine, wrap, named
        self._compiled: Any = None

    def compile(self) -> Any:
        """The compiled pattern (passed through ``wrap``, if given, once)."""
        if self._compiled is None:
            source = self._source() if callable(self._source) else self._source
            compiled = self._engine.compile(source, self._flags, **self._named)
            if self._wrap is not None:
                compiled = self._wrap(compiled)
            self._compiled = compiled
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
        return self._compiled

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self.compile().match(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self.compile().fullmatch(*args, **kwargs)

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self.compile().search(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return self.compile().finditer(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self.compile().findall(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self.compile().sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self.compile().subn(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self.compile().split(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.compile(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({str(self._source)[:60]!r})"


@overload
def compile(pattern: str, flags: int = 0, **named: Any) -> regex.Pattern[str]: ...
@overload
def compile(pattern: bytes, flags: int = 0, **named: Any) -> regex.Pattern[bytes]: ...
def compile(pattern: str | bytes, flags: int = 0, **named: Any) -> regex.Pattern[Any]:  # mirrors regex.compile
    """``regex.compile``, deferred to the first use (typed as the pattern it compiles to: it
    behaves as one), of text for a str pattern, of bytes for a bytes one; kept in the
    disk cache unless it takes named lists (``named``: their strings are not in the pattern)."""
    return LazyPattern(pattern, flags, engine=regex if named else regexcache, **named)  # type: ignore[return-value]  # it behaves as the pattern


def compile_re(pattern: Any, flags: int = 0) -> re.Pattern[str]:
    """``re.compile``, deferred to the first use."""
    return LazyPattern(pattern, flags, engine=re)  # type: ignore[return-value]  # it behaves as the pattern
