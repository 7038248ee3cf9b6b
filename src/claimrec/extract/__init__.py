"""Extract: sentences → atomic claims with normalised values.

Each clause of an article sentence yields one claim per value it states (a count, share,
quantity or duration), one per rank, and, when it states neither, one per time it names.
The finders (numbers, times, ranks, places, attribution) run once per sentence; this module
only assembles what they found into claims with their frame: what is counted, whose value
it is, when, who says so, and how sure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import count, groupby
from typing import Literal

from claimrec.extract.attribution import Attribution, find_attribution, split_clauses
from claimrec.extract.counted import counted_after
from claimrec.extract.lists import enumeration_after
from claimrec.extract.numbers import NumberMention, find_numbers
from claimrec.extract.places import PlaceMention, find_places
from claimrec.extract.ranks import RankMention, find_ranks
from claimrec.extract.times import TimeMention, find_times
from claimrec.models import Claim, ClaimKind, Document, Sentence, TimeSpan

CLAIM_ROLES = frozenset({"body", "heading", "caption"})
VALUE_KINDS: dict[str, ClaimKind] = {
    "count": "count",
    "percent": "share",
    "fraction": "share",
    "quantity": "quantity",
    "duration": "duration",
}
MASK = "#"
_CAPITALISED = re.compile(r"\b[A-ZÆØÅÄÖÜ][\w-]+")


@dataclass(frozen=True)
class _Found:
    """Everything the finders saw in one sentence; offsets relative to the sentence."""

    numbers: list[NumberMention]
    times: list[TimeMention]
    ranks: list[RankMention]
    places: list[PlaceMention]
    attribution: Attribution


def extract(sentences: Sequence[Sentence], documents: Mapping[str, Document]) -> list[Claim]:
    """The claims stated by `sentences`, numbered per document in text order.

    Args:
        sentences: Sentences of the documents, grouped by document and in text order.
        documents: The documents by id (for the dates relative times are resolved against).
    """
    claims: list[Claim] = []
    for doc_id, group in groupby(sentences, key=lambda sentence: sentence.doc_id):
        numbers = count()
        previous: Sentence | None = None
        for sentence in group:
            if sentence.role not in CLAIM_ROLES or sentence.language is None:
                continue
            context = previous if previous is not None and previous.paragraph == sentence.paragraph else None
            for claim in _sentence_claims(sentence, documents[doc_id].reference_date, context):
                claims.append(claim.model_copy(update={"id": f"{doc_id}:c{next(numbers)}"}))
            previous = sentence
    return claims


def _sentence_claims(sentence: Sentence, published: str | None, context: Sentence | None) -> Iterator[Claim]:
    language = sentence.language or ""
    text = sentence.text
    found = _find(text, language, published)
    context_places = find_places(context.text, language) if context is not None else []
    for clause in split_clauses(text, language):
        inside = _Span(clause.start, clause.end)
        numbers = [n for n in found.numbers if inside.holds(n.start, n.end) and n.kind in VALUE_KINDS]
        ranks = [r for r in found.ranks if inside.holds(r.start, r.end)]
        times = [t for t in found.times if inside.holds(t.start, t.end)]
        base = _ClaimBase(sentence, clause.start, clause.end, found, times, context_places, clause.hedge)
        for number in numbers:
            yield base.value_claim(number, language)
        for rank in ranks:
            yield base.rank_claim(rank, context)
        if not numbers and not ranks:
            for time in times:
                if not time.vague:
                    yield base.time_claim(time)


def _find(text: str, language: str, published: str | None) -> _Found:
    times = find_times(text, language, published)
    ranks = find_ranks(text, language)
    taken = [_Span(t.start, t.end) for t in times] + [_Span(r.start, r.end) for r in ranks]
    numbers = [n for n in find_numbers(text, language) if not any(span.overlaps(n.start, n.end) for span in taken)]
    return _Found(numbers, times, ranks, find_places(text, language), find_attribution(text, language))


@dataclass(frozen=True)
class _Span:
    start: int
    end: int

    def holds(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end

    def overlaps(self, start: int, end: int) -> bool:
        return start < self.end and self.start < end


@dataclass(frozen=True)
class _ClaimBase:
    """What every claim of one clause shares."""

    sentence: Sentence
    start: int
    end: int
    found: _Found
    times: list[TimeMention]
    context_places: list[PlaceMention]
    clause_hedge: Literal["conditional", "forecast"] | None

    def value_claim(self, number: NumberMention, language: str) -> Claim:
        text = self.sentence.text
        kind = VALUE_KINDS[number.kind]
        counted = (
            counted_after(text, number.end, language, after_preposition=kind == "share")
            if kind in ("count", "share")
            else None
        )
        listing = enumeration_after(text, counted.end if counted else number.end, language)
        actor, actor_from = self._actor(number, counted.start if counted else None, counted.end if counted else None)
        return self._claim(
            kind=kind,
            value=number.value,
            low=number.low,
            high=number.high,
            unit=number.unit,
            qualifier=number.qualifier,
            value_start=self.sentence.start + number.start,
            value_end=self.sentence.start + number.end,
            counted=counted.text if counted else None,
            counted_head=counted.head if counted else None,
            actor=actor,
            actor_from=actor_from,
            enumerated=len(listing.items) if listing else None,
            time=_time_span(self._time()),
        )

    def rank_claim(self, rank: RankMention, context: Sentence | None) -> Claim:
        entity = rank.entity
        if entity is None and rank.entity_pronoun is not None and context is not None:
            entity = _last_name(context.text)
        return self._claim(
            kind="rank",
            value=float(rank.rank),
            rank=rank.rank,
            entity=entity,
            category=" ".join(part for part in (rank.superlative, rank.category) if part),
            value_start=self.sentence.start + rank.start,
            value_end=self.sentence.start + rank.end,
            time=_time_span(self._time()),
        )

    def time_claim(self, time: TimeMention) -> Claim:
        return self._claim(
            kind="time",
            value_start=self.sentence.start + time.start,
            value_end=self.sentence.start + time.end,
            time=_time_span(time),
        )

    def _claim(self, **fields: object) -> Claim:
        attribution = self.found.attribution
        hedge = self.clause_hedge
        if (
            hedge is None
            and attribution.hedge_span is not None
            and self.start <= attribution.hedge_span.start < self.end
        ):
            hedge = attribution.hedge
        places = tuple(dict.fromkeys(p.code for p in self.found.places if self.start <= p.start < self.end))
        return Claim.model_validate(
            {
                "id": "",
                "doc_id": self.sentence.doc_id,
                "sentence_id": self.sentence.id,
                "start": self.sentence.start + self.start,
                "end": self.sentence.start + self.end,
                "text": self.sentence.text[self.start : self.end],
                "language": self.sentence.language,
                "attributed_to": attribution.source,
                "attribution": attribution.kind,
                "hedged": hedge is not None,
                "hedge": hedge,
                "places": places,
                "frame": self._frame(),
                **fields,
            }
        )

    def _time(self) -> TimeMention | None:
        """The time a value of this clause holds at: the clause's, else the sentence's; precise before vague."""
        for candidates in (self.times, self.found.times):
            ranked = sorted(candidates, key=lambda time: time.vague)
            if ranked:
                return ranked[0]
        return None

    def _actor(
        self, number: NumberMention, counted_start: int | None, counted_end: int | None
    ) -> tuple[str | None, Literal["clause", "counted", "context"] | None]:
        before = [p for p in self.found.places if self.start <= p.start and p.end <= number.start]
        if before:
            return before[-1].code, "clause"
        if counted_start is not None and counted_end is not None:
            inside = [p for p in self.found.places if counted_start <= p.start and p.end <= counted_end]
            if inside:
                return inside[0].code, "counted"
        if self.context_places:
            return self.context_places[0].code, "context"
        return None, None

    def _frame(self) -> str:
        """The clause with every number and time masked, so that claims differing only in value meet."""
        masked = [(n.start, n.end) for n in self.found.numbers] + [(t.start, t.end) for t in self.found.times]
        text = self.sentence.text
        pieces: list[str] = []
        cursor = self.start
        for start, end in sorted(masked):
            if start < cursor or not (self.start <= start and end <= self.end):
                continue
            pieces += [text[cursor:start], MASK]
            cursor = end
        pieces.append(text[cursor : self.end])
        return " ".join("".join(pieces).split())


def _time_span(time: TimeMention | None) -> TimeSpan | None:
    if time is None:
        return None
    return TimeSpan(
        start=time.first, end=time.last, label=time.label, weekday=time.weekday, part_of_day=time.part_of_day
    )


def _last_name(text: str) -> str | None:
    """The last capitalised word that does not open the sentence: the likeliest antecedent of "it"."""
    names = [match.group() for match in _CAPITALISED.finditer(text) if match.start() > 0]
    return names[-1] if names else None
