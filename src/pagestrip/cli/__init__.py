"""The ``pagestrip`` console script.

    pagestrip clean page.txt                     clean text to stdout
    pagestrip clean --format json page.txt       the SPEC's JSON object
    pagestrip clean --format jsonl a.txt b.txt   one object a line, with "source"
    cat page.txt | pagestrip clean -             stdin
    pagestrip rules                              every rule: id, kind, scope, what it matches
    pagestrip evaluate GOLD_DIR PAGES_DIR        score against gold files

Exit status: 0 on success, 1 when a page could not be cleaned, 2 for bad
arguments or a missing file, 3 when the output could not be written (a full
disk), 130 when interrupted, 143 on SIGTERM — always with a one-line message,
never a traceback.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._lazy import exports
from ..batch import default_workers
from .clean import (
    _clean,
    _clean_all,
    _clean_options,
    _input_bytes,
    _outputs,
    _page_line,
    _setup_line,
    _with_url,
    _write_summaries,
)
from .common import (
    _SURROGATE,
    DEFAULT_TIMEOUT,
    EXIT_TERMINATED,
    EXIT_WRITE_FAILED,
    OutputError,
    StdoutClosed,
    Terminated,
    UsageError,
    _check_path,
    _feed_hint,
    _table_hint,
    _unknown_disable,
)
from .output import (
    _SUFFIX,
    Progress,
    _close_quietly,
    _Output,
    _render,
    _report,
    _Table,
    _terminal_width,
    _write,
    _write_file,
)
from .parser import _parser, _positive_int, _seconds

if TYPE_CHECKING:
    from .commands import _evaluate, _explain, _one_job, _rules, _where

#: ``rules``, ``explain`` and ``evaluate`` are imported when one of them runs: ``clean``,
#: the command run most, needs none of them.
__getattr__ = exports(__name__, {"commands": ("_evaluate", "_explain", "_one_job", "_rules", "_where")})

#: Every name of the command modules stays importable from here, as when the CLI was one module.
__all__ = [
    "DEFAULT_TIMEOUT",
    "EXIT_TERMINATED",
    "EXIT_WRITE_FAILED",
    "_SUFFIX",
    "_SURROGATE",
    "OutputError",
    "Progress",
    "StdoutClosed",
    "Terminated",
    "UsageError",
    "_Output",
    "_Table",
    "_check_path",
    "_clean",
    "_clean_all",
    "_clean_options",
    "_close_quietly",
    "_evaluate",
    "_explain",
    "_feed_hint",
    "_input_bytes",
    "_on_sigterm",
    "_one_job",
    "_outputs",
    "_page_line",
    "_parser",
    "_positive_int",
    "_quiet_stdout",
    "_render",
    "_report",
    "_rules",
    "_seconds",
    "_setup_line",
    "_table_hint",
    "_terminal_width",
    "_unknown_disable",
    "_where",
    "_with_url",
    "_write",
    "_write_file",
    "_write_summaries",
    "default_workers",
    "main",
]


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        if args.command in ("rules", "evaluate", "explain"):
            from . import commands

            return {"rules": commands._rules, "evaluate": commands._evaluate, "explain": commands._explain}[
                args.command
            ](args)
        if args.command == "learn":
            from ..learning import run as learn

            return learn(args)
        return _clean(args)
    except StdoutClosed:  # `pagestrip clean … | head`
        _quiet_stdout()
        return 0
    except BrokenPipeError:  # `pagestrip rules | head`; in clean, _Output reports its own
        if args.command == "clean":
            print("pagestrip: internal error: broken pipe", file=sys.stderr)
            return 1
        _quiet_stdout()
        return 0
    except KeyboardInterrupt:
        return 130
    except Terminated:
        return EXIT_TERMINATED
    except OutputError as exc:
        print(f"pagestrip: {exc}", file=sys.stderr)
        return EXIT_WRITE_FAILED
    except RecursionError:
        print("pagestrip: input nested too deeply to process", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: one line, not a traceback (PAGESTRIP_DEBUG=1 shows it)
        if os.environ.get("PAGESTRIP_DEBUG"):
            raise
        print(f"pagestrip: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        signal.signal(signal.SIGTERM, previous)


def _on_sigterm(signum: int, frame: Any) -> None:
    raise Terminated()


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's final flush stays quiet."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
