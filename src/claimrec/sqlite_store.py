"""A bounded SQLite table that several processes may share: what the embedding and work caches have in common.

Reads and writes are transactions in write-ahead-log mode; rows are numbered as they are written, and
after a write the oldest rows beyond the bound are deleted (first in, first out).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TypeVar

from claimrec.errors import ClaimrecError

QUERY_CHUNK = 500
"""Keys looked up per query: below SQLite's smallest limit on bound parameters (999)."""
OPEN_ATTEMPTS = 20
"""Tries to open a file another process is switching to write-ahead logging (about 10 s in all)."""
T = TypeVar("T")


class SqliteStore:
    """One table in a SQLite file, with an ``id INTEGER PRIMARY KEY`` column that numbers its rows.

    Args:
        path: The file; its folder is created.
        schema: The ``CREATE TABLE IF NOT EXISTS`` statement of the table.
        table: The table's name.
        max_rows: Most rows kept (at least 1).
        error: Makes the error to raise of an `sqlite3.Error` or `OSError`, naming what the file is for.

    Raises:
        ClaimrecError: From `error`, when the file cannot be created or opened.
    """

    def __init__(
        self, path: Path, schema: str, table: str, max_rows: int, error: Callable[[Exception], ClaimrecError]
    ) -> None:
        self.path, self.table, self.max_rows, self._error = path, table, max_rows, error
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as failure:
            raise error(failure) from failure
        self._open(schema)

    def _open(self, schema: str) -> None:
        """Switch the file to write-ahead logging and create the table. Two processes that create one
        file at once can find it locked while the other switches its journal mode, which SQLite reports
        at once instead of waiting (busy timeout or not): then the switch is tried again."""
        for attempt in range(OPEN_ATTEMPTS):
            try:
                with self.transaction() as database:
                    database.execute("PRAGMA journal_mode=WAL")
                    database.execute(schema)
                return
            except ClaimrecError as failure:
                cause = failure.__cause__
                busy = isinstance(cause, sqlite3.OperationalError) and cause.sqlite_errorcode == sqlite3.SQLITE_BUSY
                if not busy or attempt == OPEN_ATTEMPTS - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A connection whose statements are committed together, or rolled back on an error."""
        try:
            with closing(sqlite3.connect(self.path, timeout=60)) as database, database:
                yield database
        except sqlite3.Error as failure:
            raise self._error(failure) from failure

    def evict(self, database: sqlite3.Connection) -> None:
        """Delete the oldest rows beyond `max_rows`."""
        database.execute(
            f"DELETE FROM {self.table} WHERE id <= (SELECT MAX(id) FROM {self.table}) - ?", (self.max_rows,)
        )


def chunks(keys: Sequence[T]) -> Iterator[tuple[Sequence[T], str]]:
    """`keys` in chunks of `QUERY_CHUNK`, each with its ``?, ?, …`` placeholders for an ``IN (…)`` clause."""
    for start in range(0, len(keys), QUERY_CHUNK):
        chunk = keys[start : start + QUERY_CHUNK]
        yield chunk, ", ".join("?" * len(chunk))
