"""Cluster: claims → groups of claims that state the same fact.

Embeddings alone cannot tell "USA sends 3,000 soldiers" from "Britain sends 600 soldiers"
(their frames differ by one word), so two claims may only join when their frames are
compatible: same kind and unit dimension, different clauses, no conflicting actor, the same
counted thing, the same ranked entity (or rank and measure). Among compatible claims, similar frames join: first
each claim and its best match in every other article when that choice is mutual, then the
rest, strongest pairs first, as long as every pair across the two groups stays compatible and
the groups stay similar on average. Sentences that are each other's closest in two articles
are one sentence in two wordings (a translation, reused wire copy); their claims need fewer
checks. Candidate pairs come from each claim's nearest neighbours, so no n×n matrix is ever built.

Modules: `thresholds` (every tuning constant, with its reason), `rules` (what two claims must share to
join), `values` (when two claims state the same value), `search` (nearest neighbours), `sentences`
(sentences alike and one sentence in two wordings), `order` (which pairs are tried when), `groups` (the
joining itself).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from numpy.typing import NDArray
from threadpoolctl import threadpool_limits

from claimrec.cluster.groups import Groups
from claimrec.cluster.order import MUTUAL_BEST, OTHER, RESTATED, ordered_pairs, search_frames
from claimrec.cluster.rules import block_key, claim_blocks, compatible, same_ranked_thing, same_story
from claimrec.cluster.sentences import claims_by_sentence, search_sentences, similar_sentences
from claimrec.embed.claims import ClaimVectors
from claimrec.models import Claim, Cluster

__all__ = ["cluster", "compatible", "same_story"]


def cluster(
    claims: Sequence[Claim], vectors: ClaimVectors, names: Mapping[str, frozenset[str]] | None = None
) -> list[Cluster]:
    """Put every claim in exactly one cluster; clusters are numbered by their first claim.

    Args:
        claims: The claims, in report order.
        vectors: Their vectors, row i for claims[i].
        names: The names each document mentions (`claimrec.extract.corpus_names`). Claims of two
            documents that share too few names (`STORY_OVERLAP`) are about different events and
            never join. Default None: every document is taken to be about the same events.
    """
    blocks = list(claim_blocks(claims))
    sentence_of, sentence_members = claims_by_sentence(claims)
    # The searches for nearest sentences, then for each block's nearest frames (in BLAS and faiss, which
    # release the GIL), run in a thread of their own, beside the comparing of sentences and the judging of pairs.
    # BLAS and OpenMP run one thread in each (the worker's limit is its own; faiss is imported at the top so
    # that its libraries are loaded when the limits are set): how many threads split a sum changes its last
    # bits, and near a threshold those would make clusters depend on the core count.
    with threadpool_limits(limits=1):
        searches = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="claimrec-cluster", initializer=threadpool_limits, initargs=(1,)
        )
        try:
            nearest_sentences = searches.submit(search_sentences, sentence_members[:, 0], vectors.sentences)
            frame_pairs = [searches.submit(search_frames, block, claims, vectors.frames) for block in blocks]
            sentences = similar_sentences(claims, vectors, sentence_of, sentence_members, nearest_sentences.result())
            groups = Groups(claims, vectors, names, sentences.aligned)
            for block, found in zip(blocks, frame_pairs, strict=True):
                _join_block(block, found.result(), sentences.pairs, groups)
        finally:
            searches.shutdown(cancel_futures=True)
    return [
        Cluster(id=f"k{number}", claim_ids=members, wordings=wordings)
        for number, (members, wordings) in enumerate(groups.clusters())
    ]


def _join_block(
    block: list[int],
    frame_pairs: NDArray[np.int64],
    sentence_pairs: Mapping[tuple[str, str], NDArray[np.int64]],
    groups: Groups,
) -> None:
    """Join the claims of a block: ranks of one entity, then the candidate pairs by frame and by sentence
    in the order and phases of `ordered_pairs`."""
    claims = groups.claims
    if claims[block[0]].kind == "rank":
        for i, j in same_ranked_thing(block, claims):
            groups.join(i, j, by_evidence=False)
    if len(block) > 1:
        by_sentence = sentence_pairs.get(block_key(claims[block[0]]), np.zeros((0, 2), dtype=np.int64))
        pairs, phases = ordered_pairs(np.concatenate([frame_pairs, by_sentence]), groups)
        group_of = groups.group_of
        settled = np.zeros(len(pairs), dtype=bool)  # pairs that need no trying again, joined or never joinable
        for phase in (MUTUAL_BEST, RESTATED, OTHER):
            tried = np.flatnonzero((phases <= phase) & ~settled)
            done = [
                k
                for k, i, j, pair_phase in zip(
                    tried.tolist(), *pairs[tried].T.tolist(), phases[tried].tolist(), strict=True
                )
                if group_of[i] == group_of[j] or not groups.join(i, j, by_evidence=pair_phase != RESTATED)
            ]
            settled[done] = True
