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
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

from claimrec.embed.claims import ClaimVectors
from claimrec.lang import SUPPORTED_LANGUAGES, get_language
from claimrec.models import Claim, Cluster, TimeSpan

# Frame similarity (cosine of centred frame vectors) at which two compatible claims join.
FRAME_THRESHOLD = 0.28
# Time claims' frames are the events themselves, alike across one topic: they must be closer.
EVENT_THRESHOLD = 0.39
# Similarity of whole sentences (values masked) at which two claims come from one sentence in two
# wordings: a translation, or wire copy reused by two outlets.
SENTENCE_THRESHOLD = 0.6
# Sentence similarity from which two sentences that are each other's closest in their two articles
# are one sentence in two wordings ("aligned"). Translations score 0.5 to 0.9 (median 0.73 on
# NTREX), other sentences of one story mostly below 0.4, but up to 0.7, hence the mutual choice.
ALIGNED_THRESHOLD = 0.45
# Share of the shorter article's sentences (those with claims) aligned with the other article's from
# which the two are one article in two wordings (a translation). Between other articles, even of one
# story, each other's closest sentences are often only alike ("Rosa moves north on Sunday", "Rosa
# crosses Phoenix on Tuesday"): there alignment needs the similarity of copied text.
PARALLEL_SHARE = 0.7
COPIED_THRESHOLD = 0.85
# Kinds whose claims must share a name (place, organisation, person) unless translated: when and
# how long something happened are told in the event's words, which are alike across one story.
ANCHORED_KINDS = ("time", "duration")
# Resolved times further apart than this belong to different events ("in 2001", "in May 2021").
MAX_EVENT_GAP_DAYS = 180
# Share of names two documents must have in common to be about the same events.
STORY_OVERLAP = 0.2
# Added to a pair's evidence when both state the same value, so agreeing claims join first among pairs
# of like strength; no more, or a claim whose value a source changed would rather join a weaker
# partner that happens to state its new value than its own translations.
AGREEMENT_BONUS = 0.2
# Cosine of the counted things' centred head-noun vectors above which they are the same thing.
COUNTED_THRESHOLD = 0.2
# The same for whole counted phrases; stricter, as shared adjectives ("afghanske") lift it.
COUNTED_PHRASE_THRESHOLD = 0.4
# Frame similarity at which a count that names what it counts joins one that does not.
UNCOUNTED_THRESHOLD = 0.45
# An article that counts the same thing again with another value corrects or updates itself
# (11, then 12 captured capitals; over 1000, then 1037 soldiers) within this ratio; values
# further apart are other facts about the same thing (540 people injured, 29 missing).
RESTATED_RATIO = 1.5
# Neighbours looked at per claim (by frame) and per sentence.
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
        names: The names each document mentions (`claimrec.extract.corpus_names`). Claims of two
            documents that share too few names (`STORY_OVERLAP`) are about different events and
            never join. Default None: every document is taken to be about the same events.
    """
    sentences = _similar_sentences(claims, vectors)
    groups = _Groups(claims, vectors, names, sentences.aligned)
    for block in _blocks(claims):
        if claims[block[0]].kind == "rank":
            for i, j in _same_ranked_thing(block, claims):
                groups.join(i, j, by_evidence=False)
        if len(block) > 1:
            pairs, phases = _ordered_pairs(block, claims, vectors, groups, sentences.pairs)
            for phase in (_MUTUAL_BEST, _RESTATED, _OTHER):
                for (i, j), pair_phase in zip(pairs, phases, strict=True):
                    if pair_phase <= phase:
                        groups.join(i, j, by_evidence=pair_phase != _RESTATED)
    return [
        Cluster(id=f"k{number}", claim_ids=members, wordings=wordings)
        for number, (members, wordings) in enumerate(groups.clusters())
    ]


def same_story(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two documents naming `a` and `b` are about the same events: the share of the
    smaller set of names found in the other reaches `STORY_OVERLAP`."""
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= STORY_OVERLAP


def compatible(
    a: Claim,
    b: Claim,
    counted_similarity: float | None = None,
    frame_similarity: float | None = None,
    *,
    translated: bool = False,
) -> bool:
    """Whether `a` and `b` could state the same fact, judged by their frames alone.

    Args:
        a: A claim.
        b: Another claim.
        counted_similarity: How far their counted things pass as one (the larger margin of head-noun
            and phrase similarity over their thresholds), when both count something.
        frame_similarity: Cosine of their frames' vectors, where known.
        translated: Whether they are the same claim of one sentence in two wordings (see
            `ALIGNED_THRESHOLD`): then what is counted, which names appear and the shape of a time
            are not checked, as the extracted words can only be less reliable than the sentences.
            Default False.
    """
    if _block_key(a) != _block_key(b) or _same_passage(a, b) or not _restatement(a, b):
        return False
    if a.kind == "rank":
        return _same_rank(a, b)
    if a.kind == "count" and not _actors_compatible(a, b):
        return False
    if a.kind == "time" and (a.time is None or b.time is None or _gap_days(a.time, b.time) > MAX_EVENT_GAP_DAYS):
        return False
    if a.kind in ("count", "share") and _gap_days(a.holds_at(), b.holds_at()) > 0 and not _equal_values(a, b):
        return False
    if translated:
        return True
    if a.kind == "time" and (not _same_interval_shape(a, b) or a.phase != b.phase):
        return False
    if a.kind in ANCHORED_KINDS and not set(a.anchors) & set(b.anchors):
        return False
    if a.kind == "count" and (a.counted_head is None) != (b.counted_head is None):
        return frame_similarity is None or frame_similarity >= UNCOUNTED_THRESHOLD
    if a.kind == "count" and a.counted and b.counted and not _same_counted(a.counted, b.counted):
        return counted_similarity is not None and counted_similarity >= 0
    return True


def _same_rank(a: Claim, b: Claim) -> bool:
    """Ranks of two named entities: the same entity and category. Where either names none ("the
    worst body language I have ever seen"): the same rank by the same measure (left to evidence)."""
    if a.entity is not None and b.entity is not None:
        return a.entity == b.entity and a.category == b.category
    measure = _superlative(a)
    return a.rank == b.rank and measure is not None and measure == _superlative(b)


def _superlative(claim: Claim) -> str | None:
    """What a rank ranks by: the superlative concept its category opens with ("most important")."""
    category = claim.category or ""
    return next((c for c in _superlatives() if category == c or category.startswith(c + " ")), None)


@cache
def _superlatives() -> tuple[str, ...]:
    """Every language's superlative concepts ("largest", "most important"), longest first."""
    concepts = {concept for code in SUPPORTED_LANGUAGES for concept in get_language(code).ranks.superlatives}
    return tuple(sorted(concepts, key=len, reverse=True))


def _same_interval_shape(a: Claim, b: Claim) -> bool:
    """Time claims of the same kind of interval: a deadline is not a date, nor a start (the shape of a
    time; what began or ended then is the claims' `phase`)."""
    if a.time is None or b.time is None:
        return False
    return (a.time.open_start, a.time.open_end) == (b.time.open_start, b.time.open_end)


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
    if _equal_values(a, b):
        return True
    if a.counted_head is None or a.counted_head != b.counted_head:
        return False
    if a.value is None or b.value is None or min(a.value, b.value) <= 0:
        return True
    return max(a.value, b.value) / min(a.value, b.value) <= RESTATED_RATIO


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
        return a.time is not None and b.time is not None and _equal_times(a.time, b.time)
    return a.value is not None and a.value == b.value and a.unit == b.unit


def _equal_times(a: TimeSpan, b: TimeSpan) -> bool:
    """The same resolved interval; where either is unresolved (no publication date to resolve
    "Sunday" against), the same weekday, else the same words."""
    if None not in (a.start, a.end, b.start, b.end):
        return (a.start, a.end) == (b.start, b.end)
    if a.weekday is not None and b.weekday is not None:
        return a.weekday == b.weekday
    return a.label.lower() == b.label.lower()


def _same_ranked_thing(block: list[int], claims: Sequence[Claim]) -> Iterator[tuple[int, int]]:
    """Pairs of rank claims about the same entity and category, first to each later one."""
    by_thing: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index in block:
        claim = claims[index]
        if claim.entity is not None:
            by_thing[(claim.entity, claim.category or "")].append(index)
    for indices in by_thing.values():
        yield from ((indices[0], other) for other in indices[1:])


@dataclass(frozen=True)
class _SimilarSentences:
    """Sentences of the claims that are alike, found once for every block.

    Attributes:
        aligned: Each sentence's wordings: the sentences of other articles that are each other's
            closest sentence in the two articles and at least `ALIGNED_THRESHOLD` similar, and the
            wordings of those in a third article (a translation of a translation is a translation,
            even where the two score lower).
        pairs: For each block key, the pairs (i, j), i < j, shape (m, 2), of claims whose
            sentences are aligned, at least `SENTENCE_THRESHOLD` similar, or one sentence.
    """

    aligned: Mapping[str, frozenset[str]]
    pairs: dict[tuple[str, str], NDArray[np.int64]]


def _similar_sentences(claims: Sequence[Claim], vectors: ClaimVectors) -> _SimilarSentences:
    """Search each sentence's `NEIGHBOURS` nearest sentences once (claims of one sentence share its vector)."""
    members: dict[str, list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        members[claim.sentence_id].append(index)
    heads = [indices[0] for indices in members.values()]
    found = (
        _candidate_pairs(heads, vectors.sentences, min(ALIGNED_THRESHOLD, SENTENCE_THRESHOLD))
        if len(heads) > 1
        else np.zeros((0, 2), dtype=np.int64)
    )
    similarity = np.einsum("ij,ij->i", vectors.sentences[found[:, 0]], vectors.sentences[found[:, 1]])
    documents = _document_numbers(claims)
    other_article = documents[found[:, 0]] != documents[found[:, 1]]
    aligned = _mutual_best(found, similarity, documents) & other_article & (similarity >= ALIGNED_THRESHOLD)
    aligned &= _between_parallel_articles(found, aligned, documents, heads) | (similarity >= COPIED_THRESHOLD)
    wordings = _wordings(found[aligned], claims, documents)
    keys = [_block_key(claim) for claim in claims]
    by_block: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    head = {claims[index].sentence_id: index for index in heads}
    sentence_pairs = found[similarity >= SENTENCE_THRESHOLD].tolist()
    sentence_pairs.extend((head[first], head[second]) for first, others in wordings.items() for second in others)
    for first, second in sentence_pairs:
        for i in members[claims[first].sentence_id]:
            for j in members[claims[second].sentence_id]:
                if keys[i] == keys[j] and i != j:
                    by_block[keys[i]].append((min(i, j), max(i, j)))
    for indices in members.values():
        for position, i in enumerate(indices):
            for j in indices[position + 1 :]:
                if keys[i] == keys[j]:
                    by_block[keys[i]].append((i, j))
    return _SimilarSentences(
        aligned=wordings,
        pairs={key: np.unique(np.asarray(pairs, dtype=np.int64), axis=0) for key, pairs in by_block.items()},
    )


def _between_parallel_articles(
    pairs: NDArray[np.int64], aligned: NDArray[np.bool_], documents: NDArray[np.int64], heads: list[int]
) -> NDArray[np.bool_]:
    """Whether each sentence pair (claim indices standing for sentences) joins two articles that are one
    article in two wordings: at least `PARALLEL_SHARE` of the shorter one's sentences are `aligned` with
    the other's."""
    if not aligned.any():
        return np.zeros(len(pairs), dtype=bool)
    sentences = np.bincount(documents[heads], minlength=int(documents.max()) + 1)
    unique = np.unique(pairs[aligned], axis=0)
    first, second = documents[unique[:, 0]], documents[unique[:, 1]]
    low, high = np.minimum(first, second), np.maximum(first, second)
    keys, counts = np.unique(low * len(sentences) + high, return_counts=True)
    parallel = keys[
        counts >= PARALLEL_SHARE * np.minimum(sentences[keys // len(sentences)], sentences[keys % len(sentences)])
    ]
    left, right = documents[pairs[:, 0]], documents[pairs[:, 1]]
    return np.isin(np.minimum(left, right) * len(sentences) + np.maximum(left, right), parallel)


def _wordings(
    pairs: NDArray[np.int64], claims: Sequence[Claim], documents: NDArray[np.int64]
) -> dict[str, frozenset[str]]:
    """Each sentence's aligned sentences (`pairs` of claim indices standing for their sentences) and
    their aligned sentences in a third article, up to `NEIGHBOURS` of those (a sentence copied into
    hundreds of articles must not make its copies' pairs grow with the square)."""
    direct: dict[int, set[int]] = defaultdict(set)
    for first, second in pairs.tolist():
        direct[first].add(second)
        direct[second].add(first)
    wordings = {}
    for sentence, partners in direct.items():
        reached = set(partners)
        further = sorted({other for partner in partners for other in direct[partner]} - reached - {sentence})
        reached.update([other for other in further if documents[other] != documents[sentence]][:NEIGHBOURS])
        wordings[claims[sentence].sentence_id] = frozenset(claims[other].sentence_id for other in reached)
    return wordings


def _same_kind_in_sentence(claims: Sequence[Claim]) -> dict[tuple[str, str], list[int]]:
    """The claims of each kind in each sentence, in text order."""
    found: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        found[(claim.sentence_id, claim.kind)].append(index)
    return found


def _document_numbers(claims: Sequence[Claim]) -> NDArray[np.int64]:
    numbers: dict[str, int] = {}
    return np.fromiter((numbers.setdefault(c.doc_id, len(numbers)) for c in claims), dtype=np.int64, count=len(claims))


# The phases in which `cluster` tries pairs; each phase tries its own pairs and again those of the phases before.
_MUTUAL_BEST, _RESTATED, _OTHER = 0, 1, 2


def _ordered_pairs(
    block: list[int],
    claims: Sequence[Claim],
    vectors: ClaimVectors,
    groups: _Groups,
    sentence_pairs: Mapping[tuple[str, str], NDArray[np.int64]],
) -> tuple[list[tuple[int, int]], list[bool]]:
    """The compatible candidate pairs of a block, each once, strongest first, and the phase of each.

    A pair's strength is its evidence (`_Groups.pair_evidence`), plus `AGREEMENT_BONUS` when both state
    the same value; ties go by index. Tried first: pairs of two articles that are each other's
    strongest candidate in the other's article. Then an article's own restatement of a count of the
    same thing, joined whatever the similarity of the groups (an article counting one thing twice
    states one fact, or contradicts itself), but only after the mutual choices: a headline and its
    story, each matched in the other articles, must not first join each other and then block those
    matches. Then all pairs.
    """
    frame_threshold = EVENT_THRESHOLD if claims[block[0]].kind == "time" else FRAME_THRESHOLD
    found = [_candidate_pairs(block, vectors.frames, frame_threshold)]
    found.append(sentence_pairs.get(_block_key(claims[block[0]]), np.zeros((0, 2), dtype=np.int64)))
    pairs = np.unique(np.concatenate(found), axis=0)
    pairs = pairs[np.fromiter((groups.compatible_pair(i, j) for i, j in pairs.tolist()), dtype=bool, count=len(pairs))]
    first, second = pairs[:, 0], pairs[:, 1]
    evidence = groups.pair_evidence(first, second)
    agreeing = np.fromiter(
        (_equal_values(claims[i], claims[j]) for i, j in pairs.tolist()), dtype=bool, count=len(pairs)
    )
    priority = evidence + AGREEMENT_BONUS * agreeing
    documents = groups.documents
    restated = np.fromiter(
        (
            documents[i] == documents[j]
            and claims[i].counted_head is not None
            and claims[i].counted_head == claims[j].counted_head
            for i, j in pairs.tolist()
        ),
        dtype=bool,
        count=len(pairs),
    )
    mutual = _mutual_best(pairs, priority, documents) & (documents[first] != documents[second])
    phases = np.where(mutual, _MUTUAL_BEST, np.where(restated, _RESTATED, _OTHER))
    order = np.lexsort((second, first, -priority))
    return [(int(i), int(j)) for i, j in pairs[order].tolist()], phases[order].tolist()


def _mutual_best(
    pairs: NDArray[np.int64], scores: NDArray[np.floating[Any]], documents: NDArray[np.int64]
) -> NDArray[np.bool_]:
    """Whether each pair (i, j) scores highest (ties included) of i's pairs into j's document and of
    j's pairs into i's."""
    if len(pairs) == 0:
        return np.zeros(0, dtype=bool)
    ends = np.concatenate([pairs, pairs[:, ::-1]])
    both = np.concatenate([scores, scores])
    _, group = np.unique(ends[:, 0] * (int(documents.max()) + 1) + documents[ends[:, 1]], return_inverse=True)
    best = np.full(int(group.max()) + 1, -np.inf)
    np.maximum.at(best, group, both)
    top = both >= best[group]
    result: NDArray[np.bool_] = top[: len(pairs)] & top[len(pairs) :]
    return result


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
    names: Mapping[str, frozenset[str]] | None
    aligned: Mapping[str, frozenset[str]]
    group_of: list[int] = field(init=False)
    members: dict[int, list[int]] = field(init=False)
    documents: NDArray[np.int64] = field(init=False)
    in_sentence: dict[tuple[str, str], list[int]] = field(init=False)
    # Pairs already judged: groups that fail to join meet again as they grow, so each pair is judged once.
    _compatible: dict[tuple[int, int], bool] = field(init=False, default_factory=dict)
    _translated: dict[tuple[int, int], bool] = field(init=False, default_factory=dict)
    _stories: dict[tuple[str, str], bool] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.group_of = list(range(len(self.claims)))
        self.members = {index: [index] for index in range(len(self.claims))}
        self.documents = _document_numbers(self.claims)
        self.in_sentence = _same_kind_in_sentence(self.claims)

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

    def clusters(self) -> list[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]]:
        """Each group's claim ids and its wordings (see `Cluster.wordings`), in the order of first claims."""
        return [
            (tuple(self.claims[i].id for i in self.members[key]), self._wordings_of(self.members[key]))
            for key in sorted(self.members)
        ]

    def _wordings_of(self, members: list[int]) -> tuple[tuple[str, ...], ...]:
        """The members linked by translated pairs, as groups of two or more claim ids."""
        root = {member: member for member in members}

        def find(member: int) -> int:
            while root[member] != member:
                member = root[member]
            return member

        for position, i in enumerate(members):
            for j in members[position + 1 :]:
                if find(i) != find(j) and self.translated(i, j):
                    root[max(find(i), find(j))] = min(find(i), find(j))
        linked: dict[int, list[str]] = defaultdict(list)
        for member in members:
            linked[find(member)].append(self.claims[member].id)
        return tuple(tuple(ids) for _, ids in sorted(linked.items()) if len(ids) > 1)

    def translated(self, i: int, j: int) -> bool:
        """Whether claims i and j are the same claim of one sentence in two wordings: their sentences
        are each other's best match across the two articles (`ALIGNED_THRESHOLD`), and the claims
        correspond (`_corresponding`). Values play no part: a changed value is exactly what a
        reviewer must see, so it must not move the claim out of its cluster."""
        known = self._translated.get((i, j))
        if known is None:
            a, b = self.claims[i], self.claims[j]
            aligned = b.sentence_id in self.aligned.get(a.sentence_id, ())
            known = self._translated[(i, j)] = aligned and (_equal_values(a, b) or self._corresponding(i, j))
        return known

    def _corresponding(self, i: int, j: int) -> bool:
        """Claims i and j hold the same place among as many claims of their kind in their two
        sentences (the second count of one wording is the second count of the other), or, where
        the wordings hold different numbers of such claims, each is the other's closest frame there."""
        a, b = self.claims[i], self.claims[j]
        mine, theirs = self.in_sentence[(a.sentence_id, a.kind)], self.in_sentence[(b.sentence_id, b.kind)]
        if len(mine) == len(theirs):
            return mine.index(i) == theirs.index(j)
        return self._closest(i, theirs) == j and self._closest(j, mine) == i

    def _closest(self, i: int, candidates: list[int]) -> int:
        """The candidate whose frame is most like claim i's (the first of equals)."""
        similarities = self.vectors.frames[candidates] @ self.vectors.frames[i]
        return candidates[int(np.argmax(similarities))]

    def compatible_pair(self, i: int, j: int) -> bool:
        """`compatible` for claims i and j, with their vectors, and about the same story."""
        known = self._compatible.get((i, j))
        if known is None:
            known = self._compatible[(i, j)] = self._judge_compatible(i, j)
        return known

    def _judge_compatible(self, i: int, j: int) -> bool:
        a, b = self.claims[i], self.claims[j]
        if not self._same_story(a, b):
            return False
        vectors = self.vectors
        counted = max(
            float(vectors.counted[i] @ vectors.counted[j]) - COUNTED_THRESHOLD,
            float(vectors.counted_phrases[i] @ vectors.counted_phrases[j]) - COUNTED_PHRASE_THRESHOLD,
        )
        frames = float(vectors.frames[i] @ vectors.frames[j])
        return compatible(a, b, counted, frames, translated=self.translated(i, j))

    def pair_evidence(self, first: NDArray[np.int64], second: NDArray[np.int64]) -> NDArray[np.float32]:
        """How far each pair (first[k], second[k]) passes as one fact: the larger margin of frame
        similarity over its threshold and of sentence similarity over `SENTENCE_THRESHOLD`
        (`ALIGNED_THRESHOLD` for translated claims); negative when neither passes."""
        frames, sentences = self.vectors.frames, self.vectors.sentences
        threshold = EVENT_THRESHOLD if len(first) and self.claims[int(first[0])].kind == "time" else FRAME_THRESHOLD
        by_frame = np.einsum("ij,ij->i", frames[first], frames[second]) - threshold
        translated = np.fromiter(
            (self.translated(i, j) for i, j in zip(first.tolist(), second.tolist(), strict=True)),
            dtype=bool,
            count=len(first),
        )
        by_sentence = np.einsum("ij,ij->i", sentences[first], sentences[second]) - np.where(
            translated, ALIGNED_THRESHOLD, SENTENCE_THRESHOLD
        )
        evidence: NDArray[np.float32] = np.maximum(by_frame, by_sentence).astype(np.float32)
        return evidence

    def _same_story(self, a: Claim, b: Claim) -> bool:
        """Whether the documents of `a` and `b` are about the same events (`same_story`), judged once per pair
        of documents that have claims to compare, not for every pair of documents."""
        if self.names is None or a.doc_id == b.doc_id:
            return True
        pair = (a.doc_id, b.doc_id) if a.doc_id < b.doc_id else (b.doc_id, a.doc_id)
        known = self._stories.get(pair)
        if known is None:
            empty: frozenset[str] = frozenset()
            known = self._stories[pair] = same_story(self.names.get(pair[0], empty), self.names.get(pair[1], empty))
        return known

    def _joinable(self, left: list[int], right: list[int], by_evidence: bool) -> bool:
        if not all(self.compatible_pair(i, j) for i in left for j in right):
            return False  # judged first: each pair's verdict is remembered, its evidence is not
        first = np.repeat(np.asarray(left, dtype=np.int64), len(right))
        second = np.tile(np.asarray(right, dtype=np.int64), len(left))
        return not (by_evidence and float(self.pair_evidence(first, second).mean()) < 0)
