"""Run per-document work in a pool of processes when there is enough of it to pay for the pool.

A worker process starts fresh ("spawn": no threads or open files inherited) and imports claimrec,
spaCy and the language data again, which costs a few seconds; so work is sent to the pool only from
`MIN_PARALLEL_DOCUMENTS` documents on, in chunks of `CHUNK_DOCUMENTS`. Results come back in input
order, so reports do not depend on the number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from types import TracebackType
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_PARALLEL_DOCUMENTS = 1000
"""Fewest documents a stage sends to the pool; fewer are done in this process. On 1,000 articles two
workers took segmentation and extraction from 35-36 s to 25-31 s on a shared 2-core machine; below
that, starting the workers costs about what they save."""
CHUNK_DOCUMENTS = 25
"""Documents per task sent to a worker."""


def default_workers() -> int:
    """The CPU cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class DocumentPool:
    """A pool of `workers` processes, started on first use and stopped on leaving the ``with`` block.

    Args:
        workers: Processes to use; 1 does everything in this process.
    """

    def __init__(self, workers: int) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, got {workers}. Use 1 to run in this process only.")
        self.workers = workers
        self._executor: Executor | None = None

    def map(self, function: Callable[[Sequence[T]], list[R]], items: Sequence[T]) -> list[R]:
        """``function(items)``, computed in chunks by the pool when `items` are many; results in order.

        `function` maps a chunk of items to one result per item and must be importable by name.
        """
        if self.workers == 1 or len(items) < MIN_PARALLEL_DOCUMENTS:
            return function(items)
        if self._executor is None:
            self._executor = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
        chunks = [items[start : start + CHUNK_DOCUMENTS] for start in range(0, len(items), CHUNK_DOCUMENTS)]
        return [result for results in self._executor.map(function, chunks) for result in results]

    def __enter__(self) -> DocumentPool:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)
            self._executor = None
