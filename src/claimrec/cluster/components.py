"""Connected components of the candidate pairs, judged each on its own and keyed for reuse.

A claim only ever joins a claim it is a candidate pair with, and every verdict on two groups reads only
their claims, their sentences' other claims of the same kind and whether their sentences are aligned. So
the claims linked by candidate pairs and by sharing a sentence and kind form a component whose clusters
depend on nothing outside it: the same claims, vectors, names, aligned sentences and pairs give the same
clusters, whatever else the corpus holds. `component_keys` names those inputs, so that a run where a few
files changed judges again only the components they touch.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from itertools import pairwise

import numpy as np
from numpy.typing import NDArray

from claimrec.cluster.search import unique_pairs
from claimrec.embed.claims import ClaimVectors
from claimrec.models import Claim
from claimrec.workcache import work_key


def lowest_linked(edges: NDArray[np.int64], starts: NDArray[np.int64], size: int) -> NDArray[np.int64]:
    """For each index below `size`, the smallest index it is linked to through `edges` (pairs in both
    directions, sorted, with `starts` the first edge of each index that has one)."""
    lowest = np.arange(size)
    sources = edges[starts, 0]
    while True:
        reached = np.minimum(lowest[sources], np.minimum.reduceat(lowest[edges[:, 1]], starts))
        changed = reached < lowest[sources]
        if not changed.any():
            return lowest
        lowest[sources[changed]] = reached[changed]
        lowest = lowest[lowest]


def components(pairs: NDArray[np.int64], size: int) -> list[NDArray[np.int64]]:
    """The indices below `size` linked by `pairs` (i, j), shape (m, 2): one array per component, indices in
    order, components in the order of their first index."""
    if len(pairs) == 0:
        return [np.array([index]) for index in range(size)]
    edges = unique_pairs(np.concatenate([pairs, pairs[:, ::-1]]), size)
    _, starts = np.unique(edges[:, 0], return_index=True)
    lowest = lowest_linked(edges, starts, size)
    order = np.argsort(lowest, kind="stable")
    return np.split(order, np.flatnonzero(np.diff(lowest[order])) + 1)


def component_keys(
    claims: Sequence[Claim],
    digests: Sequence[str],
    vectors: ClaimVectors,
    names: Mapping[str, frozenset[str]] | None,
    aligned: frozenset[int],
    parts: Sequence[NDArray[np.int64]],
    pairs: NDArray[np.int64],
) -> list[bytes]:
    """A `work_key` for each of the components `parts` (claim indices in order) of everything its judging
    reads: each claim (its `digests`, `claimrec.workcache.claim_digests`), its vectors, its document's names
    (`names`, or None for none), the sentences its sentence is aligned with (`aligned`, as
    `SimilarSentences.aligned` holds them), and the `pairs` (i, j) that link its claims (each once, i < j, in
    order), by their places in the component (claims keep their order whatever else the corpus holds)."""
    component_of = np.empty(len(claims), dtype=np.int64)
    place = np.empty(len(claims), dtype=np.int64)
    for number, members in enumerate(parts):
        component_of[members] = number
        place[members] = np.arange(len(members))
    linked = _split_by_component(pairs, component_of, place, len(parts))
    partners = _aligned_partners(claims, aligned)
    fingerprints = vectors.fingerprints
    named = {
        document: ("\x1e" if names is None else "\x1f".join(sorted(names.get(document, ()))) + "\x1d").encode()
        for document in {claim.doc_id for claim in claims}
    }
    keys = []
    for members, local_pairs in zip(parts, linked, strict=True):
        digest = hashlib.sha256(
            b"".join(
                b"%b\x1d%b%b" % (digests[index].encode(), named[claims[index].doc_id], partners[index])
                for index in members.tolist()
            )
        )  # SHA-256: the fastest of hashlib's over many bytes on CPUs with SHA instructions
        digest.update(fingerprints[members].tobytes())
        digest.update(local_pairs.astype("<i8").tobytes())
        keys.append(work_key("cluster component", digest.hexdigest()))
    return keys


def _split_by_component(
    pairs: NDArray[np.int64], component_of: NDArray[np.int64], place: NDArray[np.int64], count: int
) -> list[NDArray[np.int64]]:
    """The `pairs` (i, j), i < j, each once and in order, of each of `count` components, as places in it
    (places follow the claims' order, so the pairs stay in order)."""
    component = component_of[pairs[:, 0]]
    order = np.argsort(component, kind="stable")
    bounds = np.searchsorted(component[order], np.arange(count + 1)).tolist()
    local_pairs = place[pairs[order]]
    return [local_pairs[start:end] for start, end in pairwise(bounds)]


def _aligned_partners(claims: Sequence[Claim], aligned: frozenset[int]) -> list[bytes]:
    """For each claim, the aligned sentences of its sentence (`aligned` holds ``i × claims + j`` for the
    first claims i and j of two aligned sentences), as sorted digests of their ids."""
    sentence_ids = sorted({claim.sentence_id for claim in claims})
    number = {sentence_id: position for position, sentence_id in enumerate(sentence_ids)}
    digests = np.array(
        [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little") for s in sentence_ids],
        dtype=np.uint64,
    )
    sentence_of = np.fromiter((number[claim.sentence_id] for claim in claims), dtype=np.int64, count=len(claims))
    found = np.fromiter(aligned, dtype=np.int64, count=len(aligned))
    first, second = sentence_of[found // len(claims)], sentence_of[found % len(claims)]
    by_digest = np.argsort(digests)
    rank = np.empty(len(digests), dtype=np.int64)
    rank[by_digest] = np.arange(len(digests))
    codes = np.sort(first * len(digests) + rank[second])  # by sentence, then by partner's digest
    first, partner = codes // len(digests), digests[by_digest[codes % len(digests)]]
    bounds = np.searchsorted(first, np.arange(len(sentence_ids) + 1)).tolist()
    by_sentence = [partner[start:end].astype("<u8").tobytes() for start, end in pairwise(bounds)]
    return [by_sentence[sentence] for sentence in sentence_of.tolist()]
