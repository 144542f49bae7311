"""Two pieces of work at once, on two cores: one in this process, one in a fork.

Rendering is pure Python and holds the GIL, so threads would not run it in
parallel; a forked child starts in about a millisecond with everything the
parent has built (the endpoint model, the Jinja environment), with no pickling.
The child's work writes its results itself (files on disk); only an exception
comes back, pickled through a pipe, and is raised in the parent.

Where ``fork`` does not exist (Windows) or only one core is available, the
two pieces simply run one after the other.
"""

from __future__ import annotations

import os
import pickle
import signal
from collections.abc import Callable

from generator.diagnostics import ExitCode, GeneratorError


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def run_side_by_side(here: Callable[[], None], in_fork: Callable[[], None]) -> None:
    """Run ``here`` in this process and ``in_fork`` in a forked child, and wait for
    both; the first exception (this process's first) is raised here."""
    if not hasattr(os, "fork") or _cores() < 2:
        here()
        in_fork()
        return
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: do the work, report, and leave without cleanup
        os.close(read_end)
        code = 0
        try:
            in_fork()
        except BaseException as exc:  # everything goes to the parent
            code = 1
            _send(write_end, exc)
        finally:
            os._exit(code)  # no atexit handlers, no flushing the parent's buffers twice
    os.close(write_end)
    try:
        here()
    except BaseException:
        os.kill(pid, signal.SIGKILL)
        raise
    finally:
        report = _receive(read_end)
        _, status = os.waitpid(pid, 0)
    if report is not None:
        raise report
    if status != 0:
        raise GeneratorError(
            f"the rendering process ended abnormally (status {status})",
            exit_code=ExitCode.INTERNAL,
        )


def _send(fd: int, exc: BaseException) -> None:
    try:
        data = pickle.dumps(exc)
    except Exception:  # an exception that cannot travel: its text does
        data = pickle.dumps(RuntimeError(f"{type(exc).__name__}: {exc}"))
    with os.fdopen(fd, "wb") as pipe:
        pipe.write(data)


def _receive(fd: int) -> BaseException | None:
    with os.fdopen(fd, "rb") as pipe:
        data = pipe.read()
    if not data:
        return None
    try:
        report = pickle.loads(data)
    except Exception:
        return RuntimeError("the rendering process failed")
    return report if isinstance(report, BaseException) else None
