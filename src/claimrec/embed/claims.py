"""Embed claims: frame, sentence and counted-thing vectors for clustering."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from numpy.typing import NDArray

from claimrec.embed import Embedder
from claimrec.embed.background import BACKGROUND_NOUNS, BACKGROUND_PHRASES
from claimrec.models import Claim

PROGRESS_STEP = 512
"""Texts embedded between two calls of `embed_claims`'s `advance`."""


PAIRS_PER_BLOCK = 1024
"""Pairs whose vectors `ClaimVectors.dots` gathers at once."""

FRAME, SENTENCE, COUNTED, COUNTED_PHRASE = range(4)
"""The columns of `ClaimVectors.rows`."""


@dataclass(frozen=True)
class ClaimVectors:
    """Unit-length vectors of each claim's frame, sentence and counted thing, each distinct vector stored once.

    Wire copy and syndication repeat sentences across articles, and a sentence's claims share its vector:
    10,000 articles hold 78,000 claims but 5,000 distinct texts, so the vectors are a small table and each
    claim names its rows in it.

    Attributes:
        table: Shape (t, d): the vectors.
        rows: Shape (n, 4): for claim i, the table rows of
            - its frame (column `FRAME`), with its values masked, centred on the background mean (see
              `claimrec.embed.background`) and scaled back to unit length;
            - its whole sentence (`SENTENCE`), values masked, centred like frames;
            - the head word of its counted thing (`COUNTED`, "soldater"), centred on the background nouns'
              mean and scaled to unit length;
            - its whole counted phrase (`COUNTED_PHRASE`, "afghanske regeringssoldater"), centred the same way.
            A claim that counts nothing names a zero row for both counted columns.
    """

    table: NDArray[np.float32]
    rows: NDArray[np.int64]

    @classmethod
    def of_matrices(
        cls,
        frames: NDArray[np.float32],
        sentences: NDArray[np.float32],
        counted: NDArray[np.float32],
        counted_phrases: NDArray[np.float32],
    ) -> ClaimVectors:
        """The vectors given as one matrix per column, row i for claim i (equal rows are kept as they are)."""
        count = len(frames)
        table = np.concatenate([frames, sentences, counted, counted_phrases], dtype=np.float32)
        return cls(table=table, rows=np.arange(4 * count, dtype=np.int64).reshape(4, count).T.copy())

    def frames(self, claims: NDArray[np.int64] | list[int] | int) -> NDArray[np.float32]:
        """The frame vectors of `claims` (indices), or of one claim."""
        return self._column(FRAME, claims)

    def sentences(self, claims: NDArray[np.int64] | list[int] | int) -> NDArray[np.float32]:
        """The sentence vectors of `claims`, or of one claim."""
        return self._column(SENTENCE, claims)

    def counted(self, claims: NDArray[np.int64] | list[int] | int) -> NDArray[np.float32]:
        """The counted-thing (head word) vectors of `claims`, or of one claim."""
        return self._column(COUNTED, claims)

    def counted_phrases(self, claims: NDArray[np.int64] | list[int] | int) -> NDArray[np.float32]:
        """The counted-phrase vectors of `claims`, or of one claim."""
        return self._column(COUNTED_PHRASE, claims)

    def dots(self, column: int, first: NDArray[np.int64], second: NDArray[np.int64]) -> NDArray[np.float32]:
        """The cosine of claims first[k] and second[k] in `column` (`FRAME`, `SENTENCE`, ...), for each k."""
        rows = self.rows[:, column]
        dots = np.empty(len(first), dtype=self.table.dtype)
        for start in range(0, len(first), PAIRS_PER_BLOCK):  # gathering every pair's rows at once would copy them all
            block = slice(start, start + PAIRS_PER_BLOCK)
            left, right = self.table.take(rows[first[block]], axis=0), self.table.take(rows[second[block]], axis=0)
            dots[block] = np.einsum("ij,ij->i", left, right)
        return dots

    @cached_property
    def fingerprints(self) -> NDArray[np.uint8]:
        """Shape (n, 64): for each claim, its four vectors named by their content (the first 16 bytes of the
        SHA-256 of each), whatever their place in the table: what the keys of cached work read of them."""
        table = np.ascontiguousarray(self.table, dtype="<f4")
        named = np.frombuffer(b"".join(hashlib.sha256(row.tobytes()).digest()[:16] for row in table), dtype=np.uint8)
        fingerprints: NDArray[np.uint8] = named.reshape(len(table), 16)[self.rows].reshape(len(self.rows), 64)
        return fingerprints

    def _column(self, column: int, claims: NDArray[np.int64] | list[int] | int) -> NDArray[np.float32]:
        vectors: NDArray[np.float32] = self.table[self.rows[claims, column]]
        return vectors


def embed_claims(
    claims: Sequence[Claim],
    embedder: Embedder,
    *,
    batch_size: int = 32,
    advance: Callable[[int], None] | None = None,
    texts: Sequence[str] | None = None,
) -> ClaimVectors:
    """Embed every claim's frame and counted thing with `embedder`; each distinct text once.

    Args:
        claims: The claims.
        embedder: Any `Embedder`; wrap it in `CachedEmbedder` to reuse earlier runs' vectors.
        batch_size: Texts per call to the model (default 32).
        advance: Called with the number of texts embedded, every `PROGRESS_STEP` texts (default: not called).
        texts: `claim_texts(claims)` where already computed.
    """
    texts = claim_texts(claims) if texts is None else list(texts)
    parts = []
    for start in range(0, len(texts), PROGRESS_STEP):  # never empty: the background texts are always in
        parts.append(embedder.encode(texts[start : start + PROGRESS_STEP], batch_size=batch_size))
        if advance is not None:
            advance(len(parts[-1]))
    vectors = np.concatenate(parts)
    row = {text: index for index, text in enumerate(texts)}
    zero = 2 * len(texts)
    table = np.concatenate(
        [
            _centred(vectors, row, BACKGROUND_PHRASES),
            _centred(vectors, row, BACKGROUND_NOUNS),
            np.zeros((1, vectors.shape[1]), dtype=np.float32),
        ]
    )
    rows = np.array(
        [
            (
                row[claim.frame],
                row[claim.sentence_frame],
                len(texts) + row[claim.counted_head] if claim.counted_head else zero,
                len(texts) + row[claim.counted] if claim.counted else zero,
            )
            for claim in claims
        ],
        dtype=np.int64,
    ).reshape(-1, 4)
    return ClaimVectors(table=table, rows=rows)


def claim_texts(claims: Sequence[Claim]) -> list[str]:
    """The distinct texts `embed_claims` embeds for `claims`, sorted: frames, sentence frames, counted
    things and the background texts."""
    frames = {claim.frame for claim in claims} | {claim.sentence_frame for claim in claims}
    counted = {text for claim in claims for text in (claim.counted_head, claim.counted) if text}
    return sorted(frames | counted | set(BACKGROUND_PHRASES) | set(BACKGROUND_NOUNS))


def _centred(vectors: NDArray[np.float32], row: dict[str, int], background: Sequence[str]) -> NDArray[np.float32]:
    """`vectors` minus the mean vector of the `background` texts, scaled back to unit length."""
    centred = vectors - vectors[[row[text] for text in background]].mean(axis=0)
    centred /= np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-12)
    unit: NDArray[np.float32] = centred.astype(np.float32)
    return unit
