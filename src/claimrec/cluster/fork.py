"""Judge components on two cores where it pays: half of them in a forked process.

A forked child shares the parent's claims, vectors and groups without copying them, judges its half of
the components (which depend on nothing outside themselves, see `claimrec.cluster.components`) and sends
back only the clusters it found. Where a child cannot be forked (not Linux, one core) or fails, the
parent judges everything itself, so the clusters never depend on it.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")

MIN_FORKED_PAIRS = 100_000
"""Fewest candidate pairs judged in two processes; fewer are judged in this one. Judging 100,000 pairs
takes about 2 s, against some 0.1 s to fork a large process."""


def judged_on_two_cores(parts: Sequence[int], weights: Sequence[int], judge: Callable[[list[int]], list[T]]) -> list[T]:
    """`judge(parts)`, with the parts split into two halves of about equal weight (their candidate pairs),
    one judged in a forked child; results in the order of `parts`."""
    if sum(weights) < MIN_FORKED_PAIRS or len(parts) < 2 or not _can_fork():
        return judge(list(parts))
    child, mine = _halves(len(parts), weights)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child's coverage is not recorded
        os.close(read)
        status = 1
        try:
            with os.fdopen(write, "wb") as pipe:
                pipe.write(pickle.dumps(judge([parts[place] for place in child])))
            status = 0
        finally:
            os._exit(status)
    os.close(write)
    try:
        found = dict(zip(mine, judge([parts[place] for place in mine]), strict=True))
    except BaseException:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read)
        raise
    with os.fdopen(read, "rb") as pipe:
        sent = pipe.read()
    _, status = os.waitpid(pid, 0)
    theirs = pickle.loads(sent) if status == 0 else judge([parts[place] for place in child])
    found.update(zip(child, theirs, strict=True))
    return [found[place] for place in range(len(parts))]


def _can_fork() -> bool:
    """Linux (elsewhere a fork without exec is unsafe for some system libraries) with two cores or more."""
    return sys.platform == "linux" and len(os.sched_getaffinity(0)) > 1


def _halves(count: int, weights: Sequence[int]) -> tuple[list[int], list[int]]:
    """Places 0..count-1 in two lists of about equal total weight, heaviest first, each list in order."""
    halves: tuple[list[int], list[int]] = ([], [])
    totals = [0, 0]
    for place in sorted(range(count), key=lambda place: -weights[place]):
        lighter = 0 if totals[0] <= totals[1] else 1
        halves[lighter].append(place)
        totals[lighter] += weights[place]
    return sorted(halves[0]), sorted(halves[1])
