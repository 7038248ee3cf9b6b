from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.fakes import HashEmbedder

from claimrec.cluster import cluster
from claimrec.embed.claims import COUNTED, FRAME, SENTENCE, ClaimVectors, claim_texts, embed_claims
from claimrec.models import Claim


def _claim(number: int, frame: str, sentence: str, counted: str | None) -> Claim:
    return Claim(
        id=f"d{number}:c0",
        doc_id=f"d{number}",
        sentence_id=f"d{number}:s0",
        start=0,
        end=10,
        text="x",
        language="da",
        kind="count",
        value=3000.0,
        counted=counted,
        counted_head=counted,
        frame=frame,
        sentence_frame=sentence,
    )


def test_each_distinct_text_is_one_row_and_a_claim_counting_nothing_names_a_zero_row() -> None:
    claims = [
        _claim(0, "sender # soldater", "USA sender # soldater.", "soldater"),
        _claim(1, "sender # soldater", "USA sender # soldater.", "soldater"),  # wire copy
        _claim(2, "faldt # procent", "Prisen faldt # procent.", None),
    ]
    vectors = embed_claims(claims, HashEmbedder())
    assert len(vectors.table) == 2 * len(claim_texts(claims)) + 1
    assert vectors.rows[0].tolist() == vectors.rows[1].tolist()
    assert not vectors.counted(2).any()
    assert np.isclose(vectors.frames(0) @ vectors.frames(0), 1.0)
    same_sentence = vectors.dots(SENTENCE, np.array([0]), np.array([1]))
    assert same_sentence.tolist() == [vectors.sentences(0) @ vectors.sentences(1)]


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), count=st.integers(2, 40), distinct=st.integers(1, 12))
def test_vectors_are_named_by_content_whatever_the_table_keeps_them_in(seed: int, count: int, distinct: int) -> None:
    """One table row per claim and column, or each distinct vector once in another order: the same
    vectors, fingerprints and clusters."""
    rng = np.random.default_rng(seed)
    texts = rng.standard_normal((distinct, 8)).astype(np.float32)
    texts /= np.linalg.norm(texts, axis=1, keepdims=True)
    chosen = rng.integers(0, distinct, (count, 4))
    whole = ClaimVectors.of_matrices(*(texts[chosen[:, column]] for column in range(4)))
    order = rng.permutation(distinct)
    place = np.empty(distinct, dtype=np.int64)
    place[order] = np.arange(distinct)
    shared = ClaimVectors(table=texts[order], rows=place[chosen])
    claims = [_claim(number, "f", "s", "soldater") for number in range(count)]
    every = np.arange(count)
    for column in (FRAME, SENTENCE, COUNTED):
        assert np.array_equal(whole.dots(column, every, every[::-1]), shared.dots(column, every, every[::-1]))
    assert np.array_equal(whole.frames(every), shared.frames(every))
    assert np.array_equal(whole.fingerprints, shared.fingerprints)
    assert cluster(claims, whole) == cluster(claims, shared)
