"""Progress of a run on stderr: a line per stage, with a bar where the amount of work is known."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Progress


class RunProgress:
    """Shows each stage of a run while it works, when `enabled`; else does nothing.

    >>> with RunProgress(enabled=False) as run, run.stage("Embedding", total=3) as advance:
    ...     advance(3)
    """

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self._exit = ExitStack()
        self._bar: Progress | None = None

    def __enter__(self) -> RunProgress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
            self._bar = self._exit.enter_context(Progress(*columns, console=Console(stderr=True), transient=True))
        return self

    def __exit__(self, *details: object) -> None:
        self._exit.close()

    @contextmanager
    def stage(self, description: str, total: int | None = None) -> Iterator[Callable[[int], None]]:
        """A stage of `total` steps (None: unknown); yields the function that counts steps done."""
        bar = self._bar
        if bar is None:
            yield _ignore
            return
        task = bar.add_task(description, total=total)

        def advance(steps: int) -> None:
            bar.advance(task, steps)

        yield advance
        bar.update(task, total=total or 1, completed=total or 1)


def _ignore(steps: int) -> None:
    """Count no steps: the progress of a run that shows none."""
