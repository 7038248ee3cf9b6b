"""Stand-ins for the slow parts of the pipeline, so that tests can run it many times."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray


class HashEmbedder:
    """An `Embedder` whose vectors are deterministic pseudo-random unit vectors seeded by each text's hash:
    equal texts get equal vectors, different texts nearly orthogonal ones."""

    name = "test:hash"
    dimension = 16

    def encode(self, texts: Sequence[str], *, batch_size: int = 32) -> NDArray[np.float32]:
        rows = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            seed = int.from_bytes(hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()[:8], "little")
            vector = np.random.default_rng(seed).standard_normal(self.dimension)
            rows[row] = vector / np.linalg.norm(vector)
        return rows
