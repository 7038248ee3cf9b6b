"""Cluster: claims → groups of claims that state the same fact.

Embeddings alone cannot tell "USA sends 3,000 soldiers" from "Britain sends 600 soldiers"
(their frames differ by one word), so two claims may only join when their frames are
compatible: same kind and unit dimension, different clauses, no conflicting actor, the same
counted thing, the same ranked entity. Among compatible claims, similar frames join,
strongest pairs first, as long as every pair across the two groups stays compatible and the
groups stay similar on average. Candidate pairs come from each claim's nearest neighbours,
searched block by block, so no n×n matrix is ever built.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np
from numpy.typing import NDArray

from claimrec.embed.claims import ClaimVectors
from claimrec.models import Claim, Cluster, TimeSpan

# Frame similarity (cosine of centred frame vectors) at which two compatible claims join.
FRAME_THRESHOLD = 0.28
# Time claims' frames are the events themselves, alike across one topic: they must be closer.
EVENT_THRESHOLD = 0.39
# Similarity of whole sentences (values masked) at which two claims come from one sentence in two
# wordings: a translation, or wire copy reused by two outlets.
SENTENCE_THRESHOLD = 0.6
# Sentence similarity above which two claims' sentences are near-translations: then what is
# counted and which names appear need not be checked (the extracted words can only be worse).
TRANSLATION_THRESHOLD = 0.6
# Resolved times further apart than this belong to different events ("in 2001", "in May 2021").
MAX_EVENT_GAP_DAYS = 180
# Share of names two documents must have in common to be about the same events.
STORY_OVERLAP = 0.2
# Added to a pair's similarity when both state the same value, to join agreeing claims first.
AGREEMENT_BONUS = 1.0
# Cosine of the counted things' centred head-noun vectors above which they are the same thing.
COUNTED_THRESHOLD = 0.2
# The same for whole counted phrases; stricter, as shared adjectives ("afghanske") lift it.
COUNTED_PHRASE_THRESHOLD = 0.4
# Frame similarity at which a count that names what it counts joins one that does not.
UNCOUNTED_THRESHOLD = 0.45
# Neighbours looked at per claim.
NEIGHBOURS = 20
# Rows of the similarity block computed at once: memory is BLOCK_ROWS × block size floats.
BLOCK_ROWS = 1024
# Blocks larger than this are searched with an inverted-file index instead of exactly.
EXACT_SEARCH_LIMIT = 20_000
# Cells of the inverted-file index searched per claim.
IVF_PROBES = 16

UNIT_DIMENSIONS = {
    "km": "length",
    "m": "length",
    "cm": "length",
    "mm": "length",
    "mi": "length",
    "miles": "length",
    "mil": "length",
    "kg": "mass",
    "g": "mass",
    "t": "mass",
    "lb": "mass",
}


def cluster(
    claims: Sequence[Claim], vectors: ClaimVectors, names: Mapping[str, frozenset[str]] | None = None
) -> list[Cluster]:
    """Put every claim in exactly one cluster; clusters are numbered by their first claim.

    Args:
        claims: The claims, in report order.
        vectors: Their vectors, row i for claims[i].
        names: The names each document mentions (`claimrec.extract.document_names`). Claims of two
            documents that share too few names (`STORY_OVERLAP`) are about different events and
            never join. Default None: every document is taken to be about the same events.
    """
    groups = _Groups(claims, vectors, _stories(claims, names))
    for block in _blocks(claims):
        if claims[block[0]].kind == "rank":
            for i, j in _same_ranked_thing(block, claims):
                groups.join(i, j, by_evidence=False)
        elif len(block) > 1:
            for i, j in _ordered_pairs(block, claims, vectors):
                groups.join(i, j)
    return [Cluster(id=f"k{number}", claim_ids=members) for number, members in enumerate(groups.clusters())]


def same_story(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two documents naming `a` and `b` are about the same events: the share of the
    smaller set of names found in the other reaches `STORY_OVERLAP`."""
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= STORY_OVERLAP


def _stories(claims: Sequence[Claim], names: Mapping[str, frozenset[str]] | None) -> set[tuple[str, str]] | None:
    """Pairs of document ids (in order) that are about the same events, or None for all."""
    if names is None:
        return None
    documents = sorted({claim.doc_id for claim in claims})
    return {
        (a, b)
        for index, a in enumerate(documents)
        for b in documents[index:]
        if a == b or same_story(names.get(a, frozenset()), names.get(b, frozenset()))
    }


def compatible(
    a: Claim,
    b: Claim,
    counted_similarity: float | None = None,
    frame_similarity: float | None = None,
    sentence_similarity: float | None = None,
) -> bool:
    """Whether `a` and `b` could state the same fact, judged by their frames alone.

    Args:
        a: A claim.
        b: Another claim.
        counted_similarity: How far their counted things pass as one (the larger margin of head-noun
            and phrase similarity over their thresholds), when both count something.
        frame_similarity: Cosine of their frames' vectors, where known.
        sentence_similarity: Cosine of their sentences' vectors, where known.
    """
    if _block_key(a) != _block_key(b) or _same_passage(a, b) or not _restatement(a, b):
        return False
    if a.kind == "rank":
        return a.entity is not None and a.entity == b.entity and a.category == b.category
    if a.kind == "count" and not _actors_compatible(a, b):
        return False
    if a.kind == "time" and not _same_event_shape(a, b, anchored=True):
        translated = sentence_similarity is not None and sentence_similarity >= TRANSLATION_THRESHOLD
        if not (translated and _same_event_shape(a, b, anchored=False)):
            return False
    if sentence_similarity is not None and sentence_similarity >= TRANSLATION_THRESHOLD:
        return a.kind not in ("count", "share") or _gap_days(_holds_at(a), _holds_at(b)) == 0
    if a.kind in ("count", "share") and _gap_days(_holds_at(a), _holds_at(b)) > 0:
        return False
    if a.kind == "count" and (a.counted_head is None) != (b.counted_head is None):
        return frame_similarity is None or frame_similarity >= UNCOUNTED_THRESHOLD
    if a.kind == "count" and a.counted and b.counted and not _same_counted(a.counted, b.counted):
        return counted_similarity is not None and counted_similarity >= 0
    return True


def _same_event_shape(a: Claim, b: Claim, *, anchored: bool) -> bool:
    """Time claims about one event: the same kind of interval (a deadline is not a date), times
    less than `MAX_EVENT_GAP_DAYS` apart and, if `anchored`, a name (place, organisation, person) in common."""
    if a.time is None or b.time is None:
        return False
    if (a.time.open_start, a.time.open_end) != (b.time.open_start, b.time.open_end):
        return False
    if _gap_days(a.time, b.time) > MAX_EVENT_GAP_DAYS:
        return False
    return not anchored or bool(set(a.anchors) & set(b.anchors))


def _holds_at(claim: Claim) -> TimeSpan | None:
    """When a value holds: its stated time, else its document's reference date (a whole month if month-only)."""
    if claim.time is not None and claim.time.start is not None and claim.time.end is not None:
        return claim.time
    if claim.as_of is None:
        return None
    if len(claim.as_of) == len("YYYY-MM-DD"):
        return TimeSpan(start=claim.as_of, end=claim.as_of, label=claim.as_of)
    year, month = (int(part) for part in claim.as_of.split("-"))
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).isoformat()
    return TimeSpan(start=f"{claim.as_of}-01", end=last, label=claim.as_of)


def _gap_days(a: TimeSpan | None, b: TimeSpan | None) -> int:
    """Days between two resolved intervals (0 when they overlap or either is unknown)."""
    if a is None or b is None or a.start is None or a.end is None or b.start is None or b.end is None:
        return 0
    later_start = max(a.start, b.start)
    earlier_end = min(a.end, b.end)
    if later_start <= earlier_end:
        return 0
    return (date.fromisoformat(later_start) - date.fromisoformat(earlier_end)).days


def _restatement(a: Claim, b: Claim) -> bool:
    """One article states a fact twice only by repeating its value (a headline and its story) or
    by counting the very same thing again (its own inconsistency: 11 and then 12 captured capitals)."""
    if a.doc_id != b.doc_id or a.kind == "rank":
        return True
    return _equal_values(a, b) or (a.counted_head is not None and a.counted_head == b.counted_head)


def _same_passage(a: Claim, b: Claim) -> bool:
    """Two values of one clause, or of two sentences of one paragraph, are two facts: a paragraph
    does not restate a fact with another value. An elliptical clause that continues another is the exception."""
    if a.doc_id != b.doc_id or a.paragraph != b.paragraph:
        return False
    if a.sentence_id != b.sentence_id:
        return True
    return a.start == b.start and a.end == b.end and a.id != b.continues and b.id != a.continues


def _actors_compatible(a: Claim, b: Claim) -> bool:
    """Different actors block a pair, except an actor guessed from context against a non-country."""
    if a.actor is None or b.actor is None or a.actor == b.actor:
        return True
    guessed = "context" in (a.actor_from, b.actor_from)
    both_countries = a.actor.isupper() and b.actor.isupper()
    return guessed and not both_countries


def _same_counted(a: str, b: str) -> bool:
    """A word of one phrase equal to a word of the other, or a compound ending in it
    ("provinshovedsteder", "hovedsteder"), case aside."""
    words_a, words_b = a.lower().split(), b.lower().split()
    return any(x == y or x.endswith(y) or y.endswith(x) for x in words_a for y in words_b if min(len(x), len(y)) > 3)


def _block_key(claim: Claim) -> tuple[str, str]:
    if claim.kind == "quantity":
        return claim.kind, UNIT_DIMENSIONS.get(claim.unit or "", claim.unit or "")
    return claim.kind, ""


def _blocks(claims: Sequence[Claim]) -> Iterator[list[int]]:
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        by_key[_block_key(claim)].append(index)
    for key in sorted(by_key):
        yield by_key[key]


def _equal_values(a: Claim, b: Claim) -> bool:
    """Whether two claims state the same value: sources agreeing is the strongest sign of one fact,
    so such pairs are joined first (`AGREEMENT_BONUS`)."""
    if a.kind == "time":
        return a.time is not None and b.time is not None and (a.time.start, a.time.end) == (b.time.start, b.time.end)
    return a.value is not None and a.value == b.value and a.unit == b.unit


def _same_ranked_thing(block: list[int], claims: Sequence[Claim]) -> Iterator[tuple[int, int]]:
    """Pairs of rank claims about the same entity and category, first to each later one."""
    by_thing: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index in block:
        claim = claims[index]
        if claim.entity is not None:
            by_thing[(claim.entity, claim.category or "")].append(index)
    for indices in by_thing.values():
        yield from ((indices[0], other) for other in indices[1:])


def _ordered_pairs(block: list[int], claims: Sequence[Claim], vectors: ClaimVectors) -> list[tuple[int, int]]:
    """Candidate pairs of a block, each once, in the order they are tried: by `_priority`, then index."""
    frame_threshold = EVENT_THRESHOLD if claims[block[0]].kind == "time" else FRAME_THRESHOLD
    found = [
        _candidate_pairs(block, vectors.frames, frame_threshold),
        _candidate_pairs(block, vectors.sentences, SENTENCE_THRESHOLD),
    ]
    pairs = np.unique(np.concatenate(found), axis=0) if any(len(part) for part in found) else np.zeros((0, 2), int)
    first, second = pairs[:, 0], pairs[:, 1]
    by_frame = np.einsum("ij,ij->i", vectors.frames[first], vectors.frames[second]) - frame_threshold
    by_sentence = np.einsum("ij,ij->i", vectors.sentences[first], vectors.sentences[second]) - SENTENCE_THRESHOLD
    evidence = np.maximum(by_frame, by_sentence)
    agreeing = np.fromiter(
        (_equal_values(claims[i], claims[j]) for i, j in pairs.tolist()), dtype=bool, count=len(pairs)
    )
    priority = evidence + AGREEMENT_BONUS * agreeing
    order = np.lexsort((second, first, -priority))
    return [(int(i), int(j)) for i, j in pairs[order].tolist()]


def _candidate_pairs(block: list[int], vectors: NDArray[np.float32], threshold: float) -> NDArray[np.int64]:
    """Pairs (i, j), i < j, shape (m, 2), of claims in `block` among each other's `NEIGHBOURS` nearest
    neighbours by `vectors` and at least `threshold` similar."""
    members = np.asarray(block)
    similarities, neighbours = _nearest(vectors[members], min(NEIGHBOURS, len(block) - 1))
    row_index, column = np.nonzero(similarities >= threshold)
    left, right = members[row_index], members[neighbours[row_index, column]]
    pairs: NDArray[np.int64] = np.stack([np.minimum(left, right), np.maximum(left, right)], axis=1)[left != right]
    return pairs


def _nearest(matrix: NDArray[np.float32], k: int) -> tuple[NDArray[np.float32], NDArray[np.int64]]:
    """Each row's `k` most similar other rows: similarities and indices, shape (n, k) each.

    Up to `EXACT_SEARCH_LIMIT` rows the search is exact, `BLOCK_ROWS` rows of similarities at a
    time, and so deterministic to the bit. Beyond it, an inverted-file index (faiss IVF, seeded
    k-means, `IVF_PROBES` cells searched) keeps the work far below n² at the cost of missing a
    few neighbours that fall in unsearched cells.
    """
    if len(matrix) > EXACT_SEARCH_LIMIT:
        return _nearest_indexed(matrix, k)
    similarities = np.empty((len(matrix), k), dtype=np.float32)
    neighbours = np.empty((len(matrix), k), dtype=np.int64)
    for start in range(0, len(matrix), BLOCK_ROWS):
        rows = matrix[start : start + BLOCK_ROWS] @ matrix.T
        own = np.arange(len(rows))
        rows[own, start + own] = -np.inf
        nearest = np.argpartition(-rows, k - 1, axis=1)[:, :k]
        neighbours[start : start + len(rows)] = nearest
        similarities[start : start + len(rows)] = np.take_along_axis(rows, nearest, axis=1)
    return similarities, neighbours


def _nearest_indexed(matrix: NDArray[np.float32], k: int) -> tuple[NDArray[np.float32], NDArray[np.int64]]:
    import faiss

    cells = int(4 * np.sqrt(len(matrix)))
    index = faiss.IndexIVFFlat(faiss.IndexFlatIP(matrix.shape[1]), matrix.shape[1], cells, faiss.METRIC_INNER_PRODUCT)
    index.cp.seed = 1234
    data = np.ascontiguousarray(matrix, dtype=np.float32)
    index.train(data)
    index.add(data)
    index.nprobe = IVF_PROBES
    similarities, found = index.search(data, k + 1)
    own = found == np.arange(len(matrix))[:, None]
    similarities[own | (found < 0)] = -np.inf
    order = np.argsort(-similarities, axis=1, kind="stable")[:, :k]
    return np.take_along_axis(similarities, order, axis=1), np.take_along_axis(found, order, axis=1).clip(0)


@dataclass
class _Groups:
    """Union of claims into groups: complete-link compatibility, average-link evidence."""

    claims: Sequence[Claim]
    vectors: ClaimVectors
    stories: set[tuple[str, str]] | None
    group_of: list[int] = field(init=False)
    members: dict[int, list[int]] = field(init=False)

    def __post_init__(self) -> None:
        self.group_of = list(range(len(self.claims)))
        self.members = {index: [index] for index in range(len(self.claims))}

    def join(self, i: int, j: int, *, by_evidence: bool = True) -> None:
        """Join the groups of claims i and j if every pair across them is compatible and, when
        `by_evidence`, the pairs' evidence is positive on average."""
        left, right = self.group_of[i], self.group_of[j]
        if left == right or not self._joinable(self.members[left], self.members[right], by_evidence):
            return
        keep, gone = min(left, right), max(left, right)
        for member in self.members[gone]:
            self.group_of[member] = keep
        self.members[keep] = sorted(self.members[keep] + self.members.pop(gone))

    def clusters(self) -> list[tuple[str, ...]]:
        return [tuple(self.claims[i].id for i in self.members[key]) for key in sorted(self.members)]

    def _same_story(self, a: Claim, b: Claim) -> bool:
        return self.stories is None or tuple(sorted((a.doc_id, b.doc_id))) in self.stories

    def _evidence(self, left: list[int], right: list[int]) -> NDArray[np.float32]:
        """How far each pair across passes as one fact: the larger margin of frame similarity over
        its threshold and sentence similarity over `SENTENCE_THRESHOLD`; negative when neither passes."""
        frames, sentences = self.vectors.frames, self.vectors.sentences
        threshold = EVENT_THRESHOLD if self.claims[left[0]].kind == "time" else FRAME_THRESHOLD
        by_frame = frames[left] @ frames[right].T - threshold
        by_sentence = sentences[left] @ sentences[right].T - SENTENCE_THRESHOLD
        evidence: NDArray[np.float32] = np.maximum(by_frame, by_sentence)
        return evidence

    def _joinable(self, left: list[int], right: list[int], by_evidence: bool) -> bool:
        if by_evidence and float(self._evidence(left, right).mean()) < 0:
            return False
        similarity = self.vectors.frames[left] @ self.vectors.frames[right].T
        sentences = self.vectors.sentences[left] @ self.vectors.sentences[right].T
        heads = self.vectors.counted[left] @ self.vectors.counted[right].T - COUNTED_THRESHOLD
        phrases = self.vectors.counted_phrases[left] @ self.vectors.counted_phrases[right].T - COUNTED_PHRASE_THRESHOLD
        counted = np.maximum(heads, phrases)
        return all(
            self._same_story(self.claims[a], self.claims[b])
            and compatible(
                self.claims[a], self.claims[b], float(counted[x, y]), float(similarity[x, y]), float(sentences[x, y])
            )
            for x, a in enumerate(left)
            for y, b in enumerate(right)
        )
