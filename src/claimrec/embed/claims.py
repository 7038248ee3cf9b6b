"""Embed claims: frame and counted-thing vectors for clustering."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from claimrec.embed import Embedder
from claimrec.embed.background import BACKGROUND_NOUNS, BACKGROUND_PHRASES
from claimrec.models import Claim

PROGRESS_STEP = 512
"""Texts embedded between two calls of `embed_claims`'s `advance`."""


@dataclass(frozen=True)
class ClaimVectors:
    """Unit-length vectors of each claim's frame and counted thing, row i for claim i.

    Attributes:
        frames: Shape (n, d): the frame with its values masked, centred on the background
            mean (see `claimrec.embed.background`) and scaled back to unit length.
        sentences: Shape (n, d): the claim's whole sentence, values masked, centred like `frames`.
        counted: Shape (n, d): the head word of the counted thing ("soldater"), centred on the
            background nouns' mean and scaled to unit length; a zero row where a claim counts nothing.
        counted_phrases: Shape (n, d): the whole counted phrase ("afghanske regeringssoldater"),
            centred the same way; a zero row where a claim counts nothing.
    """

    frames: NDArray[np.float32]
    sentences: NDArray[np.float32]
    counted: NDArray[np.float32]
    counted_phrases: NDArray[np.float32]


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
    counted = [claim.counted_head for claim in claims]
    phrases = [claim.counted for claim in claims]
    texts = claim_texts(claims) if texts is None else list(texts)
    parts = []
    for start in range(0, len(texts), PROGRESS_STEP):  # never empty: the background texts are always in
        parts.append(embedder.encode(texts[start : start + PROGRESS_STEP], batch_size=batch_size))
        if advance is not None:
            advance(len(parts[-1]))
    vectors = np.concatenate(parts)
    row = {text: index for index, text in enumerate(texts)}
    phrases_centred = _centred(vectors, row, BACKGROUND_PHRASES)
    heads = _centred(vectors, row, BACKGROUND_NOUNS)
    return ClaimVectors(
        frames=phrases_centred[[row[claim.frame] for claim in claims]],
        sentences=phrases_centred[[row[claim.sentence_frame] for claim in claims]],
        counted=_rows_or_zeros(counted, heads, row),
        counted_phrases=_rows_or_zeros(phrases, heads, row),
    )


def claim_texts(claims: Sequence[Claim]) -> list[str]:
    """The distinct texts `embed_claims` embeds for `claims`, sorted: frames, sentence frames, counted
    things and the background texts."""
    frames = {claim.frame for claim in claims} | {claim.sentence_frame for claim in claims}
    counted = {text for claim in claims for text in (claim.counted_head, claim.counted) if text}
    return sorted(frames | counted | set(BACKGROUND_PHRASES) | set(BACKGROUND_NOUNS))


def _rows_or_zeros(
    texts: Sequence[str | None], vectors: NDArray[np.float32], row: dict[str, int]
) -> NDArray[np.float32]:
    """The row of each text in `vectors`; a zero row for None."""
    rows = np.fromiter((row[text] if text else -1 for text in texts), dtype=np.int64, count=len(texts))
    result: NDArray[np.float32] = vectors[rows.clip(0)]
    result[rows < 0] = 0.0
    return result


def _centred(vectors: NDArray[np.float32], row: dict[str, int], background: Sequence[str]) -> NDArray[np.float32]:
    """`vectors` minus the mean vector of the `background` texts, scaled back to unit length."""
    centred = vectors - vectors[[row[text] for text in background]].mean(axis=0)
    centred /= np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-12)
    unit: NDArray[np.float32] = centred.astype(np.float32)
    return unit
