"""Sentences alike across articles, and one sentence in two wordings (a translation, reused wire copy)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import reduce
from itertools import chain
from operator import or_

import numpy as np
from numpy.typing import NDArray

from claimrec.cluster.components import lowest_linked
from claimrec.cluster.order import mutual_best
from claimrec.cluster.rules import block_key
from claimrec.cluster.search import candidate_pairs, unique_pairs
from claimrec.cluster.thresholds import (
    ALIGNED_THRESHOLD,
    COPIED_THRESHOLD,
    NEIGHBOURS,
    PARALLEL_SHARE,
    SENTENCE_THRESHOLD,
)
from claimrec.embed.claims import SENTENCE, ClaimVectors
from claimrec.models import Claim

_NO_PAIRS = np.zeros((0, 2), dtype=np.int64)


@dataclass(frozen=True)
class SimilarSentences:
    """Sentences of the claims that are alike, found once for every block.

    Attributes:
        aligned: Each sentence beside each of its wordings: the sentences of other articles that are
            each other's closest sentence in the two articles and at least `ALIGNED_THRESHOLD` similar,
            and the wordings of those in a third article (a translation of a translation is a
            translation, even where the two score lower). A sentence stands as its first claim, so a
            pair is ``i × claims + j`` for the first claims i and j of a sentence and its wording.
        pairs: For each block key, the pairs (i, j), i < j, shape (m, 2), of claims whose
            sentences are aligned, at least `SENTENCE_THRESHOLD` similar, or one sentence.
    """

    aligned: frozenset[int]
    pairs: dict[tuple[str, str], NDArray[np.int64]]


def search_sentences(heads: NDArray[np.int64], vectors: ClaimVectors) -> NDArray[np.int64]:
    """Candidate pairs of sentences (`candidate_pairs`), each searched once and standing as its first
    claim in `heads` (claims of one sentence share its vector)."""
    if len(heads) < 2:
        return _NO_PAIRS
    return candidate_pairs(heads.tolist(), vectors.sentences(heads), min(ALIGNED_THRESHOLD, SENTENCE_THRESHOLD))


def similar_sentences(
    claims: Sequence[Claim],
    vectors: ClaimVectors,
    sentence_of: NDArray[np.int64],
    members: NDArray[np.int64],
    found: NDArray[np.int64],
) -> SimilarSentences:
    """The sentences alike among the candidate pairs `found` (`search_sentences`); `sentence_of` and
    `members` as `claims_by_sentence` gives them."""
    similarity = vectors.dots(SENTENCE, found[:, 0], found[:, 1])
    documents = document_numbers(claims)
    other_article = documents[found[:, 0]] != documents[found[:, 1]]
    aligned = mutual_best(found, similarity, documents) & other_article & (similarity >= ALIGNED_THRESHOLD)
    aligned &= _between_parallel_articles(found, aligned, documents, members[:, 0]) | (similarity >= COPIED_THRESHOLD)
    reworded = _wordings(found[aligned], documents)
    return SimilarSentences(
        aligned=frozenset((reworded[:, 0] * len(claims) + reworded[:, 1]).tolist()),
        pairs=_claim_pairs(
            sentence_of[np.concatenate([found[similarity >= SENTENCE_THRESHOLD], reworded])], members, claims
        ),
    )


def _between_parallel_articles(
    pairs: NDArray[np.int64], aligned: NDArray[np.bool_], documents: NDArray[np.int64], heads: NDArray[np.int64]
) -> NDArray[np.bool_]:
    """Whether each sentence pair (claim indices standing for sentences) joins two articles that are one
    article in two wordings: at least `PARALLEL_SHARE` of the shorter one's sentences are `aligned` with
    the other's."""
    if not aligned.any():
        return np.zeros(len(pairs), dtype=bool)
    sentences = np.bincount(documents[heads], minlength=int(documents.max()) + 1)
    unique = unique_pairs(pairs[aligned], len(documents))
    first, second = documents[unique[:, 0]], documents[unique[:, 1]]
    low, high = np.minimum(first, second), np.maximum(first, second)
    keys, counts = np.unique(low * len(sentences) + high, return_counts=True)
    parallel = keys[
        counts >= PARALLEL_SHARE * np.minimum(sentences[keys // len(sentences)], sentences[keys % len(sentences)])
    ]
    left, right = documents[pairs[:, 0]], documents[pairs[:, 1]]
    return np.isin(np.minimum(left, right) * len(sentences) + np.maximum(left, right), parallel)


def claims_by_sentence(claims: Sequence[Claim]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Each claim's sentence, numbered in order of appearance, and each sentence's claims in order,
    shape (sentences, most claims of one sentence), padded with -1."""
    numbers: dict[str, int] = {}
    sentence_of = np.fromiter(
        (numbers.setdefault(claim.sentence_id, len(numbers)) for claim in claims), dtype=np.int64, count=len(claims)
    )
    sizes = np.bincount(sentence_of)
    by_sentence = np.argsort(sentence_of, kind="stable")
    place = np.arange(len(claims)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    members = np.full((len(sizes), int(sizes.max(initial=1))), -1, dtype=np.int64)
    members[sentence_of[by_sentence], place] = by_sentence
    return sentence_of, members


def _claim_pairs(
    sentence_pairs: NDArray[np.int64], members: NDArray[np.int64], claims: Sequence[Claim]
) -> dict[tuple[str, str], NDArray[np.int64]]:
    """For each block key, the pairs (i, j), i < j, shape (m, 2), each once and in order, of claims
    of one sentence or of the two sentences of a pair in `sentence_pairs`."""
    key_names = sorted({block_key(claim) for claim in claims})
    key_numbers = {key: number for number, key in enumerate(key_names)}
    keys = np.fromiter((key_numbers[block_key(claim)] for claim in claims), dtype=np.int64, count=len(claims))
    every = np.arange(len(members))
    sentence_pairs = unique_pairs(np.sort(sentence_pairs, axis=1), len(members))  # each once, as wordings repeat
    first, second = _member_pairs(np.concatenate([sentence_pairs, np.stack([every, every], axis=1)]), members)
    kept = (first != second) & (keys[first] == keys[second])
    pairs = np.stack([np.minimum(first, second), np.maximum(first, second)], axis=1)[kept]
    pairs = unique_pairs(pairs, len(claims))
    block = keys[pairs[:, 0]]
    return {key_names[number]: pairs[block == number] for number in np.unique(block).tolist()}


def _member_pairs(
    sentence_pairs: NDArray[np.int64], members: NDArray[np.int64]
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Each claim of the first sentence of every pair beside each claim of the second (`members` as
    `claims_by_sentence` gives them)."""
    sizes = np.count_nonzero(members >= 0, axis=1)
    first_sizes, second_sizes = sizes[sentence_pairs[:, 0]], sizes[sentence_pairs[:, 1]]
    combinations = first_sizes * second_sizes
    pair = np.repeat(np.arange(len(sentence_pairs)), combinations)
    place = np.arange(len(pair)) - np.repeat(np.cumsum(combinations) - combinations, combinations)
    width = second_sizes[pair]
    return members[sentence_pairs[pair, 0], place // width], members[sentence_pairs[pair, 1], place % width]


def _wordings(pairs: NDArray[np.int64], documents: NDArray[np.int64]) -> NDArray[np.int64]:
    """Each sentence beside its aligned sentences (`pairs` of claim indices standing for their sentences)
    and beside their aligned sentences in a third article, the first `NEIGHBOURS` of those by index (a
    sentence copied into hundreds of articles must not make its copies' pairs grow with the square):
    pairs (sentence, wording), shape (m, 2), by those indices.

    Sets of sentences are bits of Python integers, one bit per sentence of a group of linked sentences
    in index order, so that the partners of all partners are found by or-ing a few small integers."""
    if len(pairs) == 0:
        return _NO_PAIRS
    edges = unique_pairs(np.concatenate([pairs, pairs[:, ::-1]]), len(documents))
    sentences, starts = np.unique(edges[:, 0], return_index=True)
    bounds, partners_in_order = [*starts.tolist(), len(edges)], edges[:, 1].tolist()
    direct = {
        sentence: partners_in_order[start:end]
        for sentence, start, end in zip(sentences.tolist(), bounds, bounds[1:], strict=False)
    }
    linked = lowest_linked(edges, starts, len(documents))[sentences]
    order = np.lexsort((sentences, linked))
    first_of_group = np.flatnonzero(np.diff(linked[order], prepend=-1))
    place = np.arange(len(order)) - np.repeat(first_of_group, np.diff([*first_of_group.tolist(), len(order)]))
    bit = {
        sentence: 1 << position for sentence, position in zip(sentences[order].tolist(), place.tolist(), strict=True)
    }
    in_order = dict(
        zip(linked[order][first_of_group].tolist(), np.split(sentences[order], first_of_group[1:]), strict=True)
    )
    group_of = dict(zip(sentences.tolist(), linked.tolist(), strict=True))
    closed = {
        sentence: reduce(or_, map(bit.__getitem__, partners), bit[sentence]) for sentence, partners in direct.items()
    }
    document = documents.tolist()
    wordings: dict[int, list[int]] = {}
    for sentence, partners in direct.items():
        further = reduce(or_, map(closed.__getitem__, partners)) & ~closed[sentence]
        third: list[int] = []
        members = in_order[group_of[sentence]]
        while further and len(third) < NEIGHBOURS:
            lowest = further & -further
            other = int(members[lowest.bit_length() - 1])
            if document[other] != document[sentence]:
                third.append(other)
            further ^= lowest
        wordings[sentence] = [*partners, *third]
    sentences_in_order = np.fromiter(wordings, dtype=np.int64, count=len(wordings))
    return np.stack(
        [
            np.repeat(sentences_in_order, [len(found) for found in wordings.values()]),
            np.fromiter(chain.from_iterable(wordings.values()), dtype=np.int64),
        ],
        axis=1,
    )


def same_kind_in_sentence(claims: Sequence[Claim]) -> dict[tuple[str, str], list[int]]:
    """The claims of each kind in each sentence, in text order."""
    found: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        found[(claim.sentence_id, claim.kind)].append(index)
    return found


def document_numbers(claims: Sequence[Claim]) -> NDArray[np.int64]:
    numbers: dict[str, int] = {}
    return np.fromiter((numbers.setdefault(c.doc_id, len(numbers)) for c in claims), dtype=np.int64, count=len(claims))
