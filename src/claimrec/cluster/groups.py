"""The joining of claims into groups: complete-link compatibility, average-link evidence."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from claimrec.cluster.rules import compatible, judged_by_vectors, same_story
from claimrec.cluster.sentences import claims_by_sentence, document_numbers, same_kind_in_sentence
from claimrec.cluster.thresholds import (
    ALIGNED_THRESHOLD,
    COUNTED_PHRASE_THRESHOLD,
    COUNTED_THRESHOLD,
    DISAGREEING_EVENT_THRESHOLD,
    EVENT_THRESHOLD,
    FRAME_THRESHOLD,
    SENTENCE_THRESHOLD,
)
from claimrec.cluster.values import ValueCodes, equal_values
from claimrec.embed.claims import FRAME, SENTENCE, ClaimVectors
from claimrec.models import Claim

FoundCluster = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]
"""A cluster's claim ids and its wordings, as `claimrec.models.Cluster` holds them."""


def _counted_head_numbers(claims: Sequence[Claim]) -> NDArray[np.int64]:
    """Each claim's counted head as a number, the same for the same head; -1 for none."""
    numbers: dict[str, int] = {}
    return np.fromiter(
        (-1 if c.counted_head is None else numbers.setdefault(c.counted_head, len(numbers)) for c in claims),
        dtype=np.int64,
        count=len(claims),
    )


@dataclass
class Groups:
    """Union of claims into groups: complete-link compatibility, average-link evidence."""

    claims: Sequence[Claim]
    vectors: ClaimVectors
    names: Mapping[str, frozenset[str]] | None
    aligned: frozenset[int]
    group_of: list[int] = field(init=False)
    members: dict[int, list[int]] = field(init=False)  # of groups of two or more claims; see `members_of`
    documents: NDArray[np.int64] = field(init=False)
    counted_heads: NDArray[np.int64] = field(init=False)
    in_sentence: dict[tuple[str, str], list[int]] = field(init=False)
    values: ValueCodes = field(init=False)
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
        self.members = {}
        self.documents = document_numbers(self.claims)
        self._document_of = self.documents.tolist()
        self.counted_heads = _counted_head_numbers(self.claims)
        sentence_of, members = claims_by_sentence(self.claims)
        self._heads = members[sentence_of, 0].tolist()
        self.in_sentence = same_kind_in_sentence(self.claims)
        self.values = ValueCodes.of(self.claims)

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
        for member in self.members_of(gone):
            self.group_of[member] = keep
        self.members[keep] = sorted(self.members_of(keep) + self.members.pop(gone, [gone]))
        return False

    def members_of(self, group: int) -> list[int]:
        """The claims of `group` (numbered by its lowest claim), in order."""
        return self.members.get(group) or [group]

    def clusters_of(self, claims: list[int]) -> list[FoundCluster]:
        """The claim ids and wordings (see `Cluster.wordings`) of each group of `claims` (whole groups), in
        the order of first claims."""
        return [
            (tuple(self.claims[i].id for i in self.members_of(key)), self._wordings_of(self.members_of(key)))
            for key in sorted({self.group_of[claim] for claim in claims})
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
            known = self._translated[pair] = equal_values(self.claims[i], self.claims[j]) or self._corresponding(i, j)
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
        similarities = self.vectors.frames(candidates) @ self.vectors.frames(i)
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
        counted, frames = self._count_similarities(i, j) if judged_by_vectors(a, b) else (None, None)
        return compatible(a, b, counted, frames, translated=self.translated(i, j))

    def _count_similarities(self, i: int, j: int) -> tuple[float, float]:
        """For counts i and j: how far their counted things pass as one (see `compatible`), and their frames' cosine."""
        vectors = self.vectors
        counted = max(
            float(vectors.counted(i) @ vectors.counted(j)) - COUNTED_THRESHOLD,
            float(vectors.counted_phrases(i) @ vectors.counted_phrases(j)) - COUNTED_PHRASE_THRESHOLD,
        )
        return counted, float(vectors.frames(i) @ vectors.frames(j))

    def pair_evidence(
        self, first: NDArray[np.int64], second: NDArray[np.int64], frame_threshold: float | None = None
    ) -> NDArray[np.float32]:
        """How far each pair (first[k], second[k]) passes as one fact: the larger margin of frame
        similarity over `frame_threshold` (default `EVENT_THRESHOLD` for time claims, else
        `FRAME_THRESHOLD`) and of sentence similarity over `SENTENCE_THRESHOLD` (`ALIGNED_THRESHOLD`
        for translated claims); negative when neither passes."""
        if frame_threshold is None:
            time = len(first) and self.claims[int(first[0])].kind == "time"
            frame_threshold = EVENT_THRESHOLD if time else FRAME_THRESHOLD
        by_frame = self.vectors.dots(FRAME, first, second) - frame_threshold
        similarity = self.vectors.dots(SENTENCE, first, second).astype(np.float64)
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
        if not self.compatible_pair(i, j) or not self._all_compatible(self.members_of(left), self.members_of(right)):
            self._incompatible.add((left, right))
            return False
        return True

    def _evident(self, left: int, right: int) -> bool:
        """Whether the evidence of the pairs across groups `left` and `right` is positive on average and,
        where they disagree on a time, the pairs that disagree pass as one event on average
        (`DISAGREEING_EVENT_THRESHOLD`). Not remembered: the groups grow."""
        left_members, right_members = self.members_of(left), self.members_of(right)
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
            float(self.pair_evidence(first[disagreeing], second[disagreeing], DISAGREEING_EVENT_THRESHOLD).mean()) >= 0
        )
