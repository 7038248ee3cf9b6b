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
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from functools import cache, reduce
from itertools import chain
from operator import or_
from typing import Any

import faiss
import numpy as np
from numpy.typing import NDArray
from threadpoolctl import threadpool_limits

from claimrec.embed.claims import ClaimVectors
from claimrec.lang import SUPPORTED_LANGUAGES, get_language
from claimrec.models import Claim, Cluster, TimeSpan

# Frame similarity (cosine of centred frame vectors) at which two compatible claims join.
FRAME_THRESHOLD = 0.28
# Time claims' frames are the events themselves, alike across one topic: they must be closer.
EVENT_THRESHOLD = 0.39
# Groups that disagree on a time join only where one pair that disagrees has frames this similar (as alike
# as whole sentences in two wordings) or is one sentence in two wordings: sources that disagree on when
# something happened must tell of one event, not just of one story ("the troops left the base last week"
# is not "the embassy issued a statement on Thursday", though frames of one story are 0.4-0.6 alike).
DISAGREEING_EVENT_THRESHOLD = 0.6
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
# Kinds whose claims state different facts when each clause names places or other names and the two
# share none, unless translated: "up to 10 inches of rain in parts of Mexico" is not "up to 6 inches
# in the Mogollon Rim of Arizona". Counts are left out: their actor and counted thing tell them apart.
PLACED_KINDS = ("quantity",)
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
    blocks = list(_blocks(claims))
    sentence_of, sentence_members = _sentence_members(claims)
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
            nearest_sentences = searches.submit(_nearest_sentences, sentence_members[:, 0], vectors.sentences)
            frame_pairs = [searches.submit(_frame_pairs, block, claims, vectors.frames) for block in blocks]
            sentences = _similar_sentences(claims, vectors, sentence_of, sentence_members, nearest_sentences.result())
            groups = _Groups(claims, vectors, names, sentences.aligned)
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
    groups: _Groups,
) -> None:
    """Join the claims of a block: ranks of one entity, then the candidate pairs by frame and by sentence
    in the order and phases of `_ordered_pairs`."""
    claims = groups.claims
    if claims[block[0]].kind == "rank":
        for i, j in _same_ranked_thing(block, claims):
            groups.join(i, j, by_evidence=False)
    if len(block) > 1:
        by_sentence = sentence_pairs.get(_block_key(claims[block[0]]), np.zeros((0, 2), dtype=np.int64))
        pairs, phases = _ordered_pairs(np.concatenate([frame_pairs, by_sentence]), groups)
        group_of = groups.group_of
        settled = np.zeros(len(pairs), dtype=bool)  # pairs that need no trying again, joined or never joinable
        for phase in (_MUTUAL_BEST, _RESTATED, _OTHER):
            tried = np.flatnonzero((phases <= phase) & ~settled)
            done = [
                k
                for k, i, j, pair_phase in zip(
                    tried.tolist(), *pairs[tried].T.tolist(), phases[tried].tolist(), strict=True
                )
                if group_of[i] == group_of[j] or not groups.join(i, j, by_evidence=pair_phase != _RESTATED)
            ]
            settled[done] = True


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
    if a.kind in ("count", "share") and not _equal_values(a, b) and _gap_days(a.holds_at(), b.holds_at()) > 0:
        return False
    if translated:
        return True
    if a.kind == "time" and (not _same_interval_shape(a, b) or a.phase != b.phase):
        return False
    if a.kind in ANCHORED_KINDS and not set(a.anchors) & set(b.anchors):
        return False
    if a.kind in PLACED_KINDS and _different_names(a, b):
        return False
    if a.kind == "count" and (a.counted_head is None) != (b.counted_head is None):
        return frame_similarity is None or frame_similarity >= UNCOUNTED_THRESHOLD
    if a.kind == "count" and a.counted and b.counted and not _same_counted(a.counted, b.counted):
        return counted_similarity is not None and counted_similarity >= 0
    return True


def _different_names(a: Claim, b: Claim) -> bool:
    """Whether the clauses of `a` and `b` both name something and share no name. Not judged where a
    language capitalises every noun (German): there a capitalised word is no sign of a name."""
    if not a.anchors or not b.anchors or set(a.anchors) & set(b.anchors):
        return False
    return not any(get_language(claim.language).capitalised_nouns for claim in (a, b) if claim.language)


def _judged_by_vectors(a: Claim, b: Claim) -> bool:
    """Whether `compatible` may judge `a` and `b` by their vectors' similarity: counts of which one
    names what it counts and the other not, or which count things that share no word."""
    if a.kind != "count":
        return False
    if (a.counted_head is None) != (b.counted_head is None):
        return True
    return bool(a.counted and b.counted and not _same_counted(a.counted, b.counted))


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


@dataclass(frozen=True)
class _ValueCodes:
    """The claims' values as numbers, so that `_equal_values` can be asked of many pairs at once.

    Attributes:
        time: Whether each claim is a time claim.
        value: The same number for the same value and unit (-1 for none): what a claim other than a
            time states.
        span: The same number for the same resolved interval (-1 where unresolved), and likewise
            `weekday` (-1 for none) and `label` (its lower case; -1 without a time): what a time claim states.
    """

    time: NDArray[np.bool_]
    value: NDArray[np.int64]
    span: NDArray[np.int64]
    weekday: NDArray[np.int64]
    label: NDArray[np.int64]

    @classmethod
    def of(cls, claims: Sequence[Claim]) -> _ValueCodes:
        """The codes of `claims`."""

        def array(keys: Iterator[object]) -> NDArray[np.int64]:
            numbers: dict[object, int] = {}
            codes = (-1 if key is None else numbers.setdefault(key, len(numbers)) for key in keys)
            return np.fromiter(codes, dtype=np.int64, count=len(claims))

        times = [claim.time for claim in claims]
        return cls(
            time=np.fromiter((claim.kind == "time" for claim in claims), dtype=bool, count=len(claims)),
            value=array((c.value, c.unit) if c.value is not None and c.value == c.value else None for c in claims),
            span=array(
                (t.start, t.end) if t is not None and t.start is not None and t.end is not None else None for t in times
            ),
            weekday=np.fromiter(
                (-1 if t is None or t.weekday is None else t.weekday for t in times), dtype=np.int64, count=len(claims)
            ),
            label=array(None if t is None else t.label.lower() for t in times),
        )

    def equal(self, first: NDArray[np.int64], second: NDArray[np.int64]) -> NDArray[np.bool_]:
        """`_equal_values` of each pair (first[k], second[k])."""
        span, weekday, label = self.span, self.weekday, self.label
        resolved = (span[first] >= 0) & (span[second] >= 0)
        named = (weekday[first] >= 0) & (weekday[second] >= 0)
        times = (label[first] >= 0) & (label[second] >= 0)
        same_time = np.where(
            resolved,
            span[first] == span[second],
            np.where(named, weekday[first] == weekday[second], label[first] == label[second]),
        )
        same_value = (self.value[first] >= 0) & (self.value[first] == self.value[second])
        equal: NDArray[np.bool_] = np.where(self.time[first], times & same_time, same_value)
        return equal


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


def _nearest_sentences(heads: NDArray[np.int64], sentences: NDArray[np.float32]) -> NDArray[np.int64]:
    """Candidate pairs of sentences (`_candidate_pairs`), each searched once and standing as its first
    claim in `heads` (claims of one sentence share its vector)."""
    if len(heads) < 2:
        return np.zeros((0, 2), dtype=np.int64)
    return _candidate_pairs(heads.tolist(), sentences, min(ALIGNED_THRESHOLD, SENTENCE_THRESHOLD))


def _similar_sentences(
    claims: Sequence[Claim],
    vectors: ClaimVectors,
    sentence_of: NDArray[np.int64],
    members: NDArray[np.int64],
    found: NDArray[np.int64],
) -> _SimilarSentences:
    """The sentences alike among the candidate pairs `found` (`_nearest_sentences`); `sentence_of` and
    `members` as `_sentence_members` gives them."""
    similarity = _row_dots(vectors.sentences, found[:, 0], found[:, 1])
    documents = _document_numbers(claims)
    other_article = documents[found[:, 0]] != documents[found[:, 1]]
    aligned = _mutual_best(found, similarity, documents) & other_article & (similarity >= ALIGNED_THRESHOLD)
    aligned &= _between_parallel_articles(found, aligned, documents, members[:, 0]) | (similarity >= COPIED_THRESHOLD)
    wordings = _wordings(found[aligned], documents)
    reworded = np.stack(
        [
            np.repeat(np.fromiter(wordings, dtype=np.int64, count=len(wordings)), [len(w) for w in wordings.values()]),
            np.fromiter(chain.from_iterable(wordings.values()), dtype=np.int64),
        ],
        axis=1,
    )
    return _SimilarSentences(
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
    unique = _unique_pairs(pairs[aligned], len(documents))
    first, second = documents[unique[:, 0]], documents[unique[:, 1]]
    low, high = np.minimum(first, second), np.maximum(first, second)
    keys, counts = np.unique(low * len(sentences) + high, return_counts=True)
    parallel = keys[
        counts >= PARALLEL_SHARE * np.minimum(sentences[keys // len(sentences)], sentences[keys % len(sentences)])
    ]
    left, right = documents[pairs[:, 0]], documents[pairs[:, 1]]
    return np.isin(np.minimum(left, right) * len(sentences) + np.maximum(left, right), parallel)


def _sentence_members(claims: Sequence[Claim]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
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
    key_names = sorted({_block_key(claim) for claim in claims})
    key_numbers = {key: number for number, key in enumerate(key_names)}
    keys = np.fromiter((key_numbers[_block_key(claim)] for claim in claims), dtype=np.int64, count=len(claims))
    every = np.arange(len(members))
    sentence_pairs = _unique_pairs(np.sort(sentence_pairs, axis=1), len(members))  # each once, as wordings repeat
    first, second = _member_pairs(np.concatenate([sentence_pairs, np.stack([every, every], axis=1)]), members)
    kept = (first != second) & (keys[first] == keys[second])
    pairs = np.stack([np.minimum(first, second), np.maximum(first, second)], axis=1)[kept]
    pairs = _unique_pairs(pairs, len(claims))
    block = keys[pairs[:, 0]]
    return {key_names[number]: pairs[block == number] for number in np.unique(block).tolist()}


def _member_pairs(
    sentence_pairs: NDArray[np.int64], members: NDArray[np.int64]
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Each claim of the first sentence of every pair beside each claim of the second (`members` as
    `_sentence_members` gives them)."""
    sizes = np.count_nonzero(members >= 0, axis=1)
    first_sizes, second_sizes = sizes[sentence_pairs[:, 0]], sizes[sentence_pairs[:, 1]]
    combinations = first_sizes * second_sizes
    pair = np.repeat(np.arange(len(sentence_pairs)), combinations)
    place = np.arange(len(pair)) - np.repeat(np.cumsum(combinations) - combinations, combinations)
    width = second_sizes[pair]
    return members[sentence_pairs[pair, 0], place // width], members[sentence_pairs[pair, 1], place % width]


def _unique_pairs(pairs: NDArray[np.int64], size: int) -> NDArray[np.int64]:
    """`pairs` (i, j) of indices below `size`, each once and in order: `np.unique(pairs, axis=0)`, faster."""
    codes = np.sort(pairs[:, 0] * size + pairs[:, 1])
    first, second = np.divmod(codes[np.flatnonzero(np.diff(codes, prepend=-1))], size)
    return np.stack([first, second], axis=1)


def _wordings(pairs: NDArray[np.int64], documents: NDArray[np.int64]) -> dict[int, list[int]]:
    """Each sentence's aligned sentences (`pairs` of claim indices standing for their sentences) and
    their aligned sentences in a third article, up to `NEIGHBOURS` of those (a sentence copied into
    hundreds of articles must not make its copies' pairs grow with the square), by those indices.

    Sets of sentences are bits of Python integers, one bit per sentence of a group of linked sentences
    in index order, so that the partners of all partners are found by or-ing a few small integers."""
    if len(pairs) == 0:
        return {}
    edges = _unique_pairs(np.concatenate([pairs, pairs[:, ::-1]]), len(documents))
    sentences, starts = np.unique(edges[:, 0], return_index=True)
    bounds, partners_in_order = [*starts.tolist(), len(edges)], edges[:, 1].tolist()
    direct = {
        sentence: partners_in_order[start:end]
        for sentence, start, end in zip(sentences.tolist(), bounds, bounds[1:], strict=False)
    }
    linked = _linked(edges, starts, len(documents))[sentences]
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
    wordings = {}
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
    return wordings


def _linked(edges: NDArray[np.int64], starts: NDArray[np.int64], size: int) -> NDArray[np.int64]:
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


def _frame_pairs(block: list[int], claims: Sequence[Claim], frames: NDArray[np.float32]) -> NDArray[np.int64]:
    """Candidate pairs of a block by frame (`_candidate_pairs`), none for a block of one claim."""
    if len(block) < 2:
        return np.zeros((0, 2), dtype=np.int64)
    return _candidate_pairs(block, frames, EVENT_THRESHOLD if claims[block[0]].kind == "time" else FRAME_THRESHOLD)


def _ordered_pairs(candidates: NDArray[np.int64], groups: _Groups) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """The pairs among `candidates` (of one block), shape (m, 2), each once, strongest first, and the
    phase of each. Their compatibility is left to the joins, which judge each pair they try: only where
    it decides a mutual choice is it judged here.

    A pair's strength is its evidence (`_Groups.pair_evidence`), plus `AGREEMENT_BONUS` when both state
    the same value; ties go by index. Tried first: pairs of two articles that are each other's
    strongest candidate in the other's article. Then an article's own restatement of a count of the
    same thing, joined whatever the similarity of the groups (an article counting one thing twice
    states one fact, or contradicts itself), but only after the mutual choices: a headline and its
    story, each matched in the other articles, must not first join each other and then block those
    matches. Then all pairs.
    """
    claims = groups.claims
    pairs = _unique_pairs(candidates, len(claims))
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
    mutual[across] = _mutual_best(pairs[across], priority[across], documents, compatible)
    phases = np.where(mutual, _MUTUAL_BEST, np.where(restated, _RESTATED, _OTHER))
    order = np.lexsort((second, first, -priority))
    return pairs[order], phases[order]


def _counted_head_numbers(claims: Sequence[Claim]) -> NDArray[np.int64]:
    """Each claim's counted head as a number, the same for the same head; -1 for none."""
    numbers: dict[str, int] = {}
    return np.fromiter(
        (-1 if c.counted_head is None else numbers.setdefault(c.counted_head, len(numbers)) for c in claims),
        dtype=np.int64,
        count=len(claims),
    )


def _mutual_best(
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


def _row_dots(matrix: NDArray[np.float32], first: NDArray[np.int64], second: NDArray[np.int64]) -> NDArray[np.float32]:
    """Dot product of rows first[k] and second[k] of `matrix` for each k, `BLOCK_ROWS` pairs at a time
    (gathering the rows of every pair at once would copy them all)."""
    dots = np.empty(len(first), dtype=matrix.dtype)
    for start in range(0, len(first), BLOCK_ROWS):
        rows = slice(start, start + BLOCK_ROWS)
        dots[rows] = np.einsum("ij,ij->i", matrix.take(first[rows], axis=0), matrix.take(second[rows], axis=0))
    return dots


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
    aligned: frozenset[int]
    group_of: list[int] = field(init=False)
    members: dict[int, list[int]] = field(init=False)
    documents: NDArray[np.int64] = field(init=False)
    counted_heads: NDArray[np.int64] = field(init=False)
    in_sentence: dict[tuple[str, str], list[int]] = field(init=False)
    values: _ValueCodes = field(init=False)
    _document_of: list[int] = field(init=False)
    _heads: list[int] = field(init=False)  # the first claim of each claim's sentence
    # Pairs already judged: groups that fail to join meet again as they grow, so each pair is judged once.
    _compatible: dict[int, bool] = field(init=False, default_factory=dict)  # by i × claims + j
    _translated: dict[int, bool] = field(init=False, default_factory=dict)  # aligned pairs, by i × claims + j
    _stories: dict[int, bool] = field(init=False, default_factory=dict)  # by lower document × claims + higher
    # Groups (left, right) with an incompatible pair across them: as groups only grow, they stay so.
    _incompatible: set[tuple[int, int]] = field(init=False, default_factory=set)

    def __post_init__(self) -> None:
        self.group_of = list(range(len(self.claims)))
        self.members = {index: [index] for index in range(len(self.claims))}
        self.documents = _document_numbers(self.claims)
        self._document_of = self.documents.tolist()
        self.counted_heads = _counted_head_numbers(self.claims)
        sentence_of, members = _sentence_members(self.claims)
        self._heads = members[sentence_of, 0].tolist()
        self.in_sentence = _same_kind_in_sentence(self.claims)
        self.values = _ValueCodes.of(self.claims)

    def join(self, i: int, j: int, *, by_evidence: bool = True) -> bool:
        """Join the groups of claims i and j if every pair across them is compatible and, when
        `by_evidence`, the pairs' evidence is positive on average.

        Returns whether trying the pair again may join it: False once its claims share a group or a pair
        across their groups is incompatible (groups only grow), True where the evidence kept them apart."""
        left, right = self.group_of[i], self.group_of[j]
        if left == right:
            return False
        if not self._compatible_groups(i, j):
            return False
        if by_evidence and not self._evident(left, right):
            return True
        keep, gone = min(left, right), max(left, right)
        for member in self.members[gone]:
            self.group_of[member] = keep
        self.members[keep] = sorted(self.members[keep] + self.members.pop(gone))
        return False

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
        size = len(self.claims)
        if self._heads[i] * size + self._heads[j] not in self.aligned:
            return False
        pair = i * size + j
        known = self._translated.get(pair)
        if known is None:
            known = self._translated[pair] = _equal_values(self.claims[i], self.claims[j]) or self._corresponding(i, j)
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
        pair = i * len(self.claims) + j
        known = self._compatible.get(pair)
        if known is None:
            known = self._compatible[pair] = self._judge_compatible(i, j)
        return known

    def _all_compatible(self, left: list[int], right: list[int]) -> bool:
        """Whether every pair of a claim in `left` and one in `right` is compatible (`compatible_pair`)."""
        known, size = self._compatible, len(self.claims)
        for i in left:
            offset = i * size
            for j in right:
                verdict = known.get(offset + j)
                if not (self.compatible_pair(i, j) if verdict is None else verdict):
                    return False
        return True

    def _judge_compatible(self, i: int, j: int) -> bool:
        if not self._same_story(i, j):
            return False
        a, b = self.claims[i], self.claims[j]
        counted, frames = self._count_similarities(i, j) if _judged_by_vectors(a, b) else (None, None)
        return compatible(a, b, counted, frames, translated=self.translated(i, j))

    def _count_similarities(self, i: int, j: int) -> tuple[float, float]:
        """For counts i and j: how far their counted things pass as one (see `compatible`), and their frames' cosine."""
        vectors = self.vectors
        counted = max(
            float(vectors.counted[i] @ vectors.counted[j]) - COUNTED_THRESHOLD,
            float(vectors.counted_phrases[i] @ vectors.counted_phrases[j]) - COUNTED_PHRASE_THRESHOLD,
        )
        return counted, float(vectors.frames[i] @ vectors.frames[j])

    def pair_evidence(
        self, first: NDArray[np.int64], second: NDArray[np.int64], frame_threshold: float | None = None
    ) -> NDArray[np.float32]:
        """How far each pair (first[k], second[k]) passes as one fact: the larger margin of frame
        similarity over `frame_threshold` (default `EVENT_THRESHOLD` for time claims, else
        `FRAME_THRESHOLD`) and of sentence similarity over `SENTENCE_THRESHOLD` (`ALIGNED_THRESHOLD`
        for translated claims); negative when neither passes."""
        frames, sentences = self.vectors.frames, self.vectors.sentences
        if frame_threshold is None:
            time = len(first) and self.claims[int(first[0])].kind == "time"
            frame_threshold = EVENT_THRESHOLD if time else FRAME_THRESHOLD
        by_frame = _row_dots(frames, first, second) - frame_threshold
        similarity = _row_dots(sentences, first, second).astype(np.float64)
        # Only where the sentences pass the lower threshold by more than the frames pass theirs does it
        # matter which threshold applies: elsewhere the frames' margin is the larger either way.
        matters = np.flatnonzero(similarity - ALIGNED_THRESHOLD > by_frame)
        translated = np.zeros(len(first), dtype=bool)
        translated[matters] = np.fromiter(
            map(self.translated, first[matters].tolist(), second[matters].tolist()), dtype=bool, count=len(matters)
        )
        by_sentence = similarity - np.where(translated, ALIGNED_THRESHOLD, SENTENCE_THRESHOLD)
        evidence: NDArray[np.float32] = np.maximum(by_frame, by_sentence).astype(np.float32)
        return evidence

    def _same_story(self, i: int, j: int) -> bool:
        """Whether the documents of claims i and j are about the same events (`same_story`), judged once per
        pair of documents that have claims to compare, not for every pair of documents."""
        first, second = self._document_of[i], self._document_of[j]
        if first == second or self.names is None:
            return True
        pair = first * len(self.claims) + second if first < second else second * len(self.claims) + first
        known = self._stories.get(pair)
        if known is None:
            empty: frozenset[str] = frozenset()
            a, b = self.claims[i], self.claims[j]
            known = self._stories[pair] = same_story(self.names.get(a.doc_id, empty), self.names.get(b.doc_id, empty))
        return known

    def _compatible_groups(self, i: int, j: int) -> bool:
        """Whether every pair across the groups of claims i and j is compatible (see `join`)."""
        left, right = self.group_of[i], self.group_of[j]
        if (left, right) in self._incompatible:
            return False
        # The pair tried first (candidates are not judged ahead), then every pair; each verdict is remembered.
        if not self.compatible_pair(i, j) or not self._all_compatible(self.members[left], self.members[right]):
            self._incompatible.add((left, right))
            return False
        return True

    def _evident(self, left: int, right: int) -> bool:
        """Whether the evidence of the pairs across groups `left` and `right` is positive on average and,
        where they disagree on a time, one pair that disagrees passes as one event
        (`DISAGREEING_EVENT_THRESHOLD`). Not remembered: the groups grow."""
        left_members, right_members = self.members[left], self.members[right]
        first = np.repeat(np.asarray(left_members, dtype=np.int64), len(right_members))
        second = np.asarray(right_members * len(left_members), dtype=np.int64)
        if float(self.pair_evidence(first, second).mean()) < 0:
            return False
        if self.claims[left_members[0]].kind != "time":
            return True
        disagreeing = ~self.values.equal(first, second)
        if not disagreeing.any():
            return True
        return bool(
            (self.pair_evidence(first[disagreeing], second[disagreeing], DISAGREEING_EVENT_THRESHOLD) >= 0).any()
        )
