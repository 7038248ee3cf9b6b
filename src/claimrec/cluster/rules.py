"""What two claims must share to state one fact: kind and unit, story, actor, counted thing, ranked entity,
the shape and distance of a time (`compatible`); judged on the claims alone."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date
from functools import cache

from claimrec.cluster.thresholds import (
    ANCHORED_KINDS,
    MAX_EVENT_GAP_DAYS,
    PLACED_KINDS,
    RESTATED_RATIO,
    STORY_OVERLAP,
    UNCOUNTED_THRESHOLD,
    UNIT_DIMENSIONS,
)
from claimrec.cluster.values import equal_values
from claimrec.lang import SUPPORTED_LANGUAGES, get_language
from claimrec.models import Claim, TimeSpan


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
    if block_key(a) != block_key(b) or _same_passage(a, b) or not _restatement(a, b):
        return False
    if a.kind == "rank":
        return _same_rank(a, b)
    if a.kind == "count" and not _actors_compatible(a, b):
        return False
    if a.kind == "time" and (a.time is None or b.time is None or _gap_days(a.time, b.time) > MAX_EVENT_GAP_DAYS):
        return False
    if a.kind in ("count", "share") and not equal_values(a, b) and _gap_days(a.holds_at(), b.holds_at()) > 0:
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


def judged_by_vectors(a: Claim, b: Claim) -> bool:
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
    if equal_values(a, b):
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


def block_key(claim: Claim) -> tuple[str, str]:
    if claim.kind == "quantity":
        return claim.kind, UNIT_DIMENSIONS.get(claim.unit or "", claim.unit or "")
    return claim.kind, ""


def claim_blocks(claims: Sequence[Claim]) -> Iterator[list[int]]:
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        by_key[block_key(claim)].append(index)
    for key in sorted(by_key):
        yield by_key[key]


def same_ranked_thing(block: list[int], claims: Sequence[Claim]) -> Iterator[tuple[int, int]]:
    """Pairs of rank claims about the same entity and category, first to each later one."""
    by_thing: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index in block:
        claim = claims[index]
        if claim.entity is not None:
            by_thing[(claim.entity, claim.category or "")].append(index)
    for indices in by_thing.values():
        yield from ((indices[0], other) for other in indices[1:])
