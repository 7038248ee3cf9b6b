"""Wall-clock time per pipeline stage, kept apart from the report so that reports stay byte-identical."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

STAGES = ("ingest", "segment", "extract", "embed", "cluster", "compare")
"""The stages `claimrec.reconcile` times, in the order they run."""


@dataclass
class StageTimes:
    """Seconds spent in each stage of one run; pass one to `claimrec.reconcile` to have it filled.

    >>> times = StageTimes()
    >>> with times.stage("ingest"):
    ...     pass
    >>> list(times.seconds)
    ['ingest']

    Attributes:
        seconds: Stage name → wall-clock seconds, in the order the stages ran; a stage run twice adds up.
    """

    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Time the block as stage `name`."""
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started

    @property
    def total(self) -> float:
        """Seconds of all stages together."""
        return sum(self.seconds.values())
