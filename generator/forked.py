"""Two pieces of work at once, on two cores: one in this process, one in a fork.

Rendering is pure Python and holds the GIL, so threads would not run it in
parallel; a forked child starts in about a millisecond with everything the
parent has built (the endpoint model, the Jinja environment), with no pickling.
The child's work writes its results itself (files on disk); only its small
return value or its exception comes back, pickled through a pipe.

Where ``fork`` does not exist (Windows) or only one core is available, the
two pieces simply run one after the other.
"""

from __future__ import annotations

import os
import pickle
import signal
from collections.abc import Callable
from typing import Any, TypeVar

from generator.diagnostics import ExitCode, GeneratorError

_Here = TypeVar("_Here")
_There = TypeVar("_There")


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def run_side_by_side(
    here: Callable[[], _Here], in_fork: Callable[[], _There]
) -> tuple[_Here, _There]:
    """Run ``here`` in this process and ``in_fork`` in a forked child, wait for
    both, and return both results (``in_fork``'s must pickle: keep it small).
    An exception of either is raised here, this process's first."""
    if not hasattr(os, "fork") or _cores() < 2:
        return here(), in_fork()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: do the work, report, and leave without cleanup
        os.close(read_end)
        code = 0
        try:
            outcome: tuple[bool, Any] = (True, in_fork())
        except BaseException as exc:  # everything goes to the parent
            code, outcome = 1, (False, exc)
        try:
            _send(write_end, outcome)
        finally:
            os._exit(code)  # no atexit handlers, no flushing the parent's buffers twice
    os.close(write_end)
    try:
        mine = here()
    except BaseException:
        os.kill(pid, signal.SIGKILL)
        raise
    finally:
        outcome = _receive(read_end)
        _, status = os.waitpid(pid, 0)
    succeeded, theirs = outcome
    if not succeeded:
        raise theirs
    if status != 0:
        raise GeneratorError(
            f"the rendering process ended abnormally (status {status})",
            exit_code=ExitCode.INTERNAL,
        )
    return mine, theirs


def _send(fd: int, outcome: tuple[bool, Any]) -> None:
    try:
        data = pickle.dumps(outcome)
    except Exception as exc:  # a result or exception that cannot travel: its text does
        data = pickle.dumps((False, RuntimeError(f"{type(exc).__name__}: {exc}")))
    with os.fdopen(fd, "wb") as pipe:
        pipe.write(data)


def _receive(fd: int) -> tuple[bool, Any]:
    with os.fdopen(fd, "rb") as pipe:
        data = pipe.read()
    try:
        outcome = pickle.loads(data)
    except Exception:  # nothing came: the child died before it could report
        return (False, GeneratorError("the rendering process died", exit_code=ExitCode.INTERNAL))
    return outcome  # type: ignore[no-any-return]
