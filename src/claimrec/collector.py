"""Python's garbage collector during runs: it collects rarely while a run holds millions of objects.

A run holds millions of objects (sentences, claims, the rows of their vectors) and makes few reference
cycles, and every full collection scans all of them again: at 10,000 articles, Python's default thresholds
cost 3.5 of 19 s in a second run. So during a run the collector runs at `RUN_GC_THRESHOLDS`, and the
objects alive once the claims are found can be frozen out of its sight (`gc.freeze`). Both are undone when
the last run open at the same time (runs in several threads) ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

RUN_GC_THRESHOLDS = (100_000, 50, 100)
"""The garbage collector's thresholds during a run (Python's default: 700, 10, 10)."""


@dataclass
class _OpenRuns:
    """The runs open at the moment, and the collector's settings from before the first of them."""

    count: int = 0
    thresholds: tuple[int, int, int] = (700, 10, 10)
    freezing: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)


_OPEN = _OpenRuns()


@contextmanager
def rare_collections() -> Iterator[Callable[[], None]]:
    """Collect garbage at `RUN_GC_THRESHOLDS` inside the block. The block gets a function that freezes every
    object alive at that moment (`gc.freeze`) until the block ends; it freezes nothing where the caller froze
    objects of its own, which stay as they were."""
    with _OPEN.lock:
        if _OPEN.count == 0:
            _OPEN.thresholds = gc.get_threshold()
            _OPEN.freezing = gc.get_freeze_count() == 0
            gc.set_threshold(*RUN_GC_THRESHOLDS)
        _OPEN.count += 1
        freezing = _OPEN.freezing
    try:
        yield gc.freeze if freezing else _freeze_nothing
    finally:
        with _OPEN.lock:
            _OPEN.count -= 1
            if _OPEN.count == 0:
                gc.set_threshold(*_OPEN.thresholds)
                if _OPEN.freezing:
                    gc.unfreeze()


def _freeze_nothing() -> None:
    """Leave every object in the collector's sight."""
