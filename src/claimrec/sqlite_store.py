"""A bounded SQLite table that several processes may share: what the embedding and work caches have in common.

Reads and writes are transactions in write-ahead-log mode; rows are numbered as they are written, and
after a write the oldest rows beyond the bound are deleted (first in, first out).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TypeVar

from claimrec.errors import ClaimrecError

QUERY_CHUNK = 500
"""Keys looked up per query: below SQLite's smallest limit on bound parameters (999)."""
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
        with self.transaction() as database:
            database.execute("PRAGMA journal_mode=WAL")
            database.execute(schema)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A connection whose statements are committed together, or rolled back on an error. A transaction
        that writes takes the write lock when it begins (``IMMEDIATE``), so a second process waits for it
        (up to 60 s) instead of failing when the first one commits between its read and its write."""
        try:
            with closing(sqlite3.connect(self.path, timeout=60, isolation_level="IMMEDIATE")) as database, database:
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
