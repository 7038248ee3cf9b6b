"""Keep per-document work on disk, so that a second run redoes only what changed.

Results of the per-document stages (language identification, segmentation, names, claims), the
clusters of the whole corpus (`claimrec.cluster_reuse`) and of each component of candidate pairs
(`claimrec.cluster.components`), and the findings on clusters
(`claimrec.compare.reuse`) are stored as JSON in ``work.sqlite3`` in claimrec's cache folder, next to
the embedding cache. A key is the SHA-256 of the stage's name, `code_fingerprint`
(claimrec's own source and language data and the versions of the libraries whose output is stored) and
everything the result depends on, so a changed file, setting or claimrec version misses the cache and is
computed again.

Several processes may share one file: reads and writes are SQLite transactions in write-ahead-log
mode, and a key stored twice keeps its first value (equal keys hold equal values). Deleting the file is
always safe.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import TypeVar

from pydantic import TypeAdapter

from claimrec.errors import ClaimrecError
from claimrec.models import Claim
from claimrec.sqlite_store import SqliteStore, chunks

WORK_FILE = "work.sqlite3"
"""Name of the work cache inside the cache folder."""
DEFAULT_MAX_ENTRIES = 500_000
"""Results a `WorkCache` keeps by default, over all stages (a few per document)."""
_LIBRARIES = ("lingua-language-detector", "spacy", "pydantic")
T = TypeVar("T")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    id INTEGER PRIMARY KEY,
    key BLOB NOT NULL UNIQUE,
    value BLOB NOT NULL
)
"""


class WorkCacheError(ClaimrecError):
    """The work cache cannot be created, opened or written."""


@cache
def code_fingerprint() -> str:
    """SHA-256 of claimrec's source files (code and language data) and the versions of the libraries whose
    output is cached: any change to them makes every earlier result a miss."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    for library in _LIBRARIES:
        try:
            digest.update(f"{library}=={importlib.metadata.version(library)}".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{library} missing".encode())
    return digest.hexdigest()


def claim_digests(claims: Sequence[Claim]) -> list[str]:
    """Each claim's SHA-256 of its JSON, in hex: what the keys of clusters and findings read of it, computed once."""
    return [hashlib.sha256(claim.model_dump_json().encode()).hexdigest() for claim in claims]


def work_key(stage: str, *parts: str) -> bytes:
    """The key of `stage`'s result on inputs `parts`, under the current `code_fingerprint`."""
    digest = hashlib.sha256(code_fingerprint().encode())
    for part in (stage, *parts):
        encoded = part.encode("utf-8", "surrogatepass")
        digest.update(len(encoded).to_bytes(8, "little"))
        digest.update(encoded)
    return digest.digest()


class WorkCache:
    """Per-document results in a SQLite file, keyed by `work_key`.

    Args:
        path: The SQLite file, e.g. ``cache_dir / WORK_FILE``.
        max_entries: Most results kept; after a write, the oldest beyond it are deleted (first in, first out).
            Defaults to `DEFAULT_MAX_ENTRIES` (500,000).

    Raises:
        WorkCacheError: The file cannot be created or opened.
    """

    def __init__(self, path: Path, *, max_entries: int = DEFAULT_MAX_ENTRIES) -> None:
        if max_entries < 1:
            raise WorkCacheError(f"max_entries must be at least 1, got {max_entries}. Use the default, 500000.")
        self.path = path
        self.max_entries = max_entries
        self._store = SqliteStore(path, _SCHEMA, "results", max_entries, self._error)

    def lookup(self, keys: Iterable[bytes]) -> dict[bytes, bytes]:
        """The stored values of those `keys` that have one."""
        found: dict[bytes, bytes] = {}
        with self._store.transaction() as database:
            for chunk, marks in chunks(list(dict.fromkeys(keys))):
                found.update(database.execute(f"SELECT key, value FROM results WHERE key IN ({marks})", chunk))
        return found

    def store(self, items: Sequence[tuple[bytes, bytes]], *, replace: bool = False) -> None:
        """Store (key, value) pairs, then evict the oldest results beyond `max_entries`. A key already stored
        keeps its value (a result is the same whenever its key is), unless `replace`: then it gets the new one."""
        if not items:
            return
        with self._store.transaction() as database:
            verb = "REPLACE" if replace else "IGNORE"
            database.executemany(f"INSERT OR {verb} INTO results (key, value) VALUES (?, ?)", items)
            self._store.evict(database)

    def _error(self, error: Exception) -> WorkCacheError:
        return WorkCacheError(
            f"Cannot use the work cache {self.path}: {error}. Delete the file if it is damaged, or give a "
            "writable cache folder (--cache-dir or CLAIMREC_CACHE_DIR)."
        )


def cached_map(
    cache: WorkCache | None,
    keys: Sequence[bytes],
    compute: Callable[[list[int]], Sequence[T]],
    adapter: TypeAdapter[T],
) -> list[T]:
    """One result per key: stored ones read from `cache`, the others computed and stored.

    Args:
        cache: Where results are kept; None computes every result.
        keys: The `work_key` of each result.
        compute: Given the indices (into `keys`) of the results not stored, returns those results in that order.
        adapter: Converts a result to JSON and back; a result read back equals the one stored.
    """
    stored = cache.lookup(keys) if cache is not None else {}
    missing = [index for index, key in enumerate(keys) if key not in stored]
    computed = dict(zip(missing, compute(missing), strict=True)) if missing else {}
    if cache is not None and computed:
        cache.store([(keys[index], adapter.dump_json(value)) for index, value in computed.items()])
    return [computed[i] if i in computed else adapter.validate_json(stored[key]) for i, key in enumerate(keys)]
