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
The pairs fall apart into components that are judged each on their own; with a work cache, a
component judged in an earlier run with the same inputs is read back instead.

Modules: `thresholds` (every tuning constant, with its reason), `rules` (what two claims must share to
join), `values` (when two claims state the same value), `search` (nearest neighbours), `sentences`
(sentences alike and one sentence in two wordings), `order` (which pairs are tried when), `groups` (the
joining itself), `components` (the parts judged on their own, and their keys), `fork` (judging them on two cores).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
from numpy.typing import NDArray
from pydantic import TypeAdapter
from threadpoolctl import threadpool_limits

from claimrec.cluster.components import component_keys, components
from claimrec.cluster.fork import judged_on_two_cores
from claimrec.cluster.groups import FoundCluster, Groups
from claimrec.cluster.order import MUTUAL_BEST, OTHER, RESTATED, ordered_pairs, search_frames
from claimrec.cluster.rules import block_key, claim_blocks, compatible, same_ranked_thing, same_story
from claimrec.cluster.search import unique_pairs
from claimrec.cluster.sentences import claims_by_sentence, search_sentences, similar_sentences
from claimrec.embed.claims import ClaimVectors
from claimrec.models import Claim, Cluster
from claimrec.workcache import WorkCache, cached_map, claim_digests

__all__ = ["cluster", "compatible", "same_story"]

_FOUND = TypeAdapter(list[FoundCluster])


def cluster(
    claims: Sequence[Claim],
    vectors: ClaimVectors,
    names: Mapping[str, frozenset[str]] | None = None,
    cache: WorkCache | None = None,
    *,
    digests: Sequence[str] | None = None,
) -> list[Cluster]:
    """Put every claim in exactly one cluster; clusters are numbered by their first claim.

    Args:
        claims: The claims, in report order.
        vectors: Their vectors, row i for claims[i].
        names: The names each document mentions (`claimrec.extract.corpus_names`). Claims of two
            documents that share too few names (`STORY_OVERLAP`) are about different events and
            never join. Default None: every document is taken to be about the same events.
        cache: Where the clusters of each component are kept between runs; None judges every component.
        digests: The claims' `claimrec.workcache.claim_digests` where already computed, for the cache's keys.
    """
    blocks = list(claim_blocks(claims))
    sentence_of, sentence_members = claims_by_sentence(claims)
    # The searches for nearest sentences and for each block's nearest frames (in BLAS and faiss, which release
    # the GIL) run in two threads, beside the comparing of sentences. BLAS and OpenMP run one thread in each
    # (the worker's limit is its own; faiss is imported at the top so that its libraries are loaded when the
    # limits are set): how many threads split a sum changes its last bits, and near a threshold those would
    # make clusters depend on the core count.
    with threadpool_limits(limits=1):
        searches = ThreadPoolExecutor(
            max_workers=2, thread_name_prefix="claimrec-cluster", initializer=threadpool_limits, initargs=(1,)
        )
        try:
            nearest_sentences = searches.submit(search_sentences, sentence_members[:, 0], vectors)
            frame_pairs = [searches.submit(search_frames, block, claims, vectors) for block in blocks]
            sentences = similar_sentences(claims, vectors, sentence_of, sentence_members, nearest_sentences.result())
            candidates = [
                np.concatenate([found.result(), sentences.pairs.get(block_key(claims[block[0]]), _NO_PAIRS)])
                for block, found in zip(blocks, frame_pairs, strict=True)
            ]
        finally:
            searches.shutdown(cancel_futures=True)
        groups = Groups(claims, vectors, names, sentences.aligned)
        ranked = [_ranked_pairs(block, claims) for block in blocks]
        linked = np.concatenate([*candidates, *ranked, _same_sentence_and_kind(groups)])
        linked = unique_pairs(np.sort(linked, axis=1), len(claims))  # each once, i < j, in order
        parts = components(linked, len(claims))
        judged = [members for members in parts if len(members) > 1]
        judge = _Judge(groups, candidates, ranked, judged, _pair_counts(judged, linked, len(claims)))
        if cache is None:
            found = judge(list(range(len(judged))))
        else:
            digests = claim_digests(claims) if digests is None else digests
            keys = component_keys(claims, digests, vectors, names, sentences.aligned, judged, linked)
            found = cached_map(cache, keys, judge, _FOUND)
    index_of = {claim.id: index for index, claim in enumerate(claims)}
    every: list[FoundCluster] = [((claims[int(members[0])].id,), ()) for members in parts if len(members) == 1]
    every.extend(found_cluster for component in found for found_cluster in component)
    every.sort(key=lambda found_cluster: index_of[found_cluster[0][0]])
    # Built from tuples of ids judged here, so not validated again (7,500 clusters of 78,000 claims: 0.5 s).
    return [
        Cluster.model_construct(id=f"k{number}", claim_ids=ids, wordings=wordings)
        for number, (ids, wordings) in enumerate(every)
    ]


_NO_PAIRS = np.zeros((0, 2), dtype=np.int64)


@dataclass(frozen=True)
class _Judge:
    """Joins the claims of components, given as places in `parts`, and returns their clusters.

    Attributes:
        groups: The joining, shared by all components (each only ever joins its own claims).
        candidates: Each block's candidate pairs by frame and by sentence.
        ranked: Each block's pairs of ranks of one entity.
        parts: The components judged, claim indices in order.
        weights: Each component's candidate pairs: how much judging it needs.
    """

    groups: Groups
    candidates: list[NDArray[np.int64]]
    ranked: list[NDArray[np.int64]]
    parts: list[NDArray[np.int64]]
    weights: list[int]

    def __call__(self, places: list[int]) -> list[list[FoundCluster]]:
        """The clusters of each component at `places`, judged on two cores where it pays (`judged_on_two_cores`)."""
        return judged_on_two_cores(places, [self.weights[place] for place in places], self._judge)

    def _judge(self, places: list[int]) -> list[list[FoundCluster]]:
        wanted = np.zeros(len(self.groups.claims), dtype=bool)
        for place in places:
            wanted[self.parts[place]] = True
        for pairs, ranks in zip(self.candidates, self.ranked, strict=True):
            _join_block(pairs[wanted[pairs[:, 0]]], ranks[wanted[ranks[:, 0]]], self.groups)
        return [self.groups.clusters_of(self.parts[place].tolist()) for place in places]


def _pair_counts(parts: list[NDArray[np.int64]], pairs: NDArray[np.int64], size: int) -> list[int]:
    """How many of `pairs` (i, j) link the claims of each of `parts`: how much judging each needs."""
    part_of = np.full(size, len(parts), dtype=np.int64)
    for number, members in enumerate(parts):
        part_of[members] = number
    counts: list[int] = np.bincount(part_of[pairs[:, 0]], minlength=len(parts) + 1)[: len(parts)].tolist()
    return counts


def _ranked_pairs(block: list[int], claims: Sequence[Claim]) -> NDArray[np.int64]:
    """Pairs of ranks of one entity (`same_ranked_thing`) in a block of ranks; none in other blocks."""
    if claims[block[0]].kind != "rank":
        return _NO_PAIRS
    return np.array(list(same_ranked_thing(block, claims)), dtype=np.int64).reshape(-1, 2)


def _same_sentence_and_kind(groups: Groups) -> NDArray[np.int64]:
    """Pairs linking the claims of one kind in one sentence, whose verdicts read each other (`Groups.translated`)."""
    chains = [members for members in groups.in_sentence.values() if len(members) > 1]
    if not chains:
        return _NO_PAIRS
    return np.array([(first, second) for members in chains for first, second in pairwise(members)], dtype=np.int64)


def _join_block(candidates: NDArray[np.int64], ranked: NDArray[np.int64], groups: Groups) -> None:
    """Join the claims of a block: `ranked` pairs of ranks of one entity, then the `candidates` by frame and by
    sentence in the order and phases of `ordered_pairs`."""
    for i, j in ranked.tolist():
        groups.join(i, j, by_evidence=False)
    if len(candidates):
        pairs, phases = ordered_pairs(candidates, groups)
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
