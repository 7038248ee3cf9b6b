"""The order in which candidate pairs are tried: mutual best choices across articles first, then an
article's own restatements, then every pair, strongest first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from claimrec.cluster.search import candidate_pairs, unique_pairs
from claimrec.cluster.thresholds import AGREEMENT_BONUS, EVENT_THRESHOLD, FRAME_THRESHOLD
from claimrec.embed.claims import ClaimVectors
from claimrec.models import Claim

if TYPE_CHECKING:
    from claimrec.cluster.groups import Groups

# The phases in which `cluster` tries pairs; each phase tries its own pairs and again those of the phases before.
MUTUAL_BEST, RESTATED, OTHER = 0, 1, 2


def search_frames(block: list[int], claims: Sequence[Claim], vectors: ClaimVectors) -> NDArray[np.int64]:
    """Candidate pairs of a block by frame (`candidate_pairs`), none for a block of one claim."""
    if len(block) < 2:
        return np.zeros((0, 2), dtype=np.int64)
    threshold = EVENT_THRESHOLD if claims[block[0]].kind == "time" else FRAME_THRESHOLD
    return candidate_pairs(block, vectors.frames(block), threshold)


def ordered_pairs(candidates: NDArray[np.int64], groups: Groups) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """The pairs among `candidates` (of one block), shape (m, 2), each once, strongest first, and the
    phase of each. Their compatibility is left to the joins, which judge each pair they try: only where
    it decides a mutual choice is it judged here.

    A pair's strength is its evidence (`Groups.pair_evidence`), plus `AGREEMENT_BONUS` when both state
    the same value; ties go by index. Tried first: pairs of two articles that are each other's
    strongest candidate in the other's article. Then an article's own restatement of a count of the
    same thing, joined whatever the similarity of the groups (an article counting one thing twice
    states one fact, or contradicts itself), but only after the mutual choices: a headline and its
    story, each matched in the other articles, must not first join each other and then block those
    matches. Then all pairs.
    """
    claims = groups.claims
    pairs = unique_pairs(candidates, len(claims))
    first, second = pairs[:, 0], pairs[:, 1]
    evidence = groups.pair_evidence(first, second)
    priority = evidence + AGREEMENT_BONUS * groups.values.equal(first, second)
    documents = groups.documents
    heads = groups.counted_heads
    restated = (documents[first] == documents[second]) & (heads[first] >= 0) & (heads[first] == heads[second])
    across = np.flatnonzero(documents[first] != documents[second])
    firsts, seconds = first[across], second[across]

    def compatible(places: NDArray[np.int64]) -> NDArray[np.bool_]:
        judged = map(groups.compatible_pair, firsts[places].tolist(), seconds[places].tolist())
        return np.fromiter(judged, dtype=bool, count=len(places))

    mutual = np.zeros(len(pairs), dtype=bool)
    mutual[across] = mutual_best(pairs[across], priority[across], documents, compatible)
    phases = np.where(mutual, MUTUAL_BEST, np.where(restated, RESTATED, OTHER))
    order = np.lexsort((second, first, -priority))
    return pairs[order], phases[order]


def mutual_best(
    pairs: NDArray[np.int64],
    scores: NDArray[np.floating[Any]],
    documents: NDArray[np.int64],
    accepted: Callable[[NDArray[np.int64]], NDArray[np.bool_]] | None = None,
) -> NDArray[np.bool_]:
    """Whether each pair (i, j) scores highest (ties included) of i's pairs into j's document and of
    j's pairs into i's. With `accepted`, highest of the pairs it accepts (given pairs' places in
    `pairs`, whether it accepts each), asked only where the answer decides: what is returned for a pair
    it rejects is moot."""
    if len(pairs) == 0:
        return np.zeros(0, dtype=bool)
    ends = np.concatenate([pairs, pairs[:, ::-1]])
    both = np.concatenate([scores, scores])
    _, group = np.unique(ends[:, 0] * (int(documents.max()) + 1) + documents[ends[:, 1]], return_inverse=True)
    if accepted is None:
        best = np.full(int(group.max()) + 1, -np.inf)
        np.maximum.at(best, group, both)
    else:
        best = _best_accepted(group, both, lambda ends: accepted(ends % len(pairs)))
    top = both >= best[group]
    result: NDArray[np.bool_] = top[: len(pairs)] & top[len(pairs) :]
    return result


def _best_accepted(
    group: NDArray[np.int64],
    scores: NDArray[np.floating[Any]],
    accepted: Callable[[NDArray[np.int64]], NDArray[np.bool_]],
) -> NDArray[np.floating[Any]]:
    """Each group's highest score among the members `accepted` takes, asking from the highest score
    down until a member is taken or only the group's lowest score is left, which then stands in
    (every member taken reaches it)."""
    order = np.lexsort((-scores, group))
    sizes = np.bincount(group)
    place = np.cumsum(sizes) - sizes
    last = place + sizes - 1
    best = np.empty(len(sizes), dtype=scores.dtype)
    pending = np.arange(len(sizes))
    while len(pending):
        member = order[place[pending]]
        decided = (place[pending] == last[pending]) | (scores[member] == scores[order[last[pending]]])
        asked = np.flatnonzero(~decided)
        decided[asked] = accepted(member[asked])
        best[pending[decided]] = scores[member[decided]]
        pending = pending[~decided]
        place[pending] += 1
    return best
