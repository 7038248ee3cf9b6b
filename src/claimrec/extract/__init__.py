"""Extract: sentences → atomic claims with normalised values.

Each clause of an article sentence yields one claim per value it states (a count, share,
quantity or duration), one per rank, and one per time it names (that time is also when the
clause's values hold: "12 capitals on Friday" is a count and a date).
The finders (numbers, times, ranks, places, attribution) run once per sentence; this module
only assembles what they found into claims with their frame: what is counted, whose value
it is, when, who says so, and how sure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import count, groupby
from typing import Literal

from claimrec.extract.attribution import Attribution, Clause, attribution_and_clauses
from claimrec.extract.counted import counted_after
from claimrec.extract.lists import enumeration_after
from claimrec.extract.numbers import NumberMention, find_numbers
from claimrec.extract.places import PlaceMention, canonical_place_names, find_places
from claimrec.extract.ranks import RankMention, find_ranks
from claimrec.extract.times import TimeMention, find_phase, find_times
from claimrec.lang import get_language
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
# Words either side of the value that make up a claim's frame; of the time for a time claim.
FRAME_WORDS = 4
EVENT_WORDS = 6
_CAPITALISED = re.compile(r"\b[A-ZÆØÅÄÖÜ][\w-]+")
# What may stand before a sentence's first word: quotes, dashes, brackets, spaces.
_OPENING_MARKS = " \t\"'«»„“”‘’‚›‹–—-([¿¡"


@dataclass(frozen=True)
class _Found:
    """Everything the finders saw in one sentence; offsets relative to the sentence."""

    numbers: list[NumberMention]
    times: list[TimeMention]
    ranks: list[RankMention]
    places: list[PlaceMention]
    attribution: Attribution
    clauses: list[Clause]


@dataclass(frozen=True)
class DocumentNames:
    """The names one document mentions, before they are compared with the rest of the corpus.

    Attributes:
        names: Countries and organisations by code and other capitalised words, lower-cased
            (a word opening a sentence only when the document also names it inside one).
        spellings: Capitalised words inside sentences in languages whose nouns are lower case, in
            text order: the occurrences `spelling_variants` reads.
    """

    names: frozenset[str]
    spellings: tuple[str, ...]


@dataclass(frozen=True)
class CorpusNames:
    """The names of a corpus: those each document mentions, and the spelling variants among them.

    Attributes:
        by_document: Countries and organisations by code, other capitalised words that do not
            open a sentence lower-cased, genitive "-s" folded ("Kabuls" → "kabul"), variants in
            their canonical spelling. Articles about the same events share names in every
            language; see `claimrec.cluster`.
        variants: Lower-cased spellings → their canonical spelling ("ghanzi" → "ghazni").
    """

    by_document: dict[str, frozenset[str]]
    variants: dict[str, str]


def corpus_names(sentences: Sequence[Sentence]) -> CorpusNames:
    """The names of the documents of `sentences` and the spelling variants among them."""
    grouped: dict[str, list[Sentence]] = {}
    for sentence in sentences:
        grouped.setdefault(sentence.doc_id, []).append(sentence)
    return combine_names({doc_id: document_names(group) for doc_id, group in grouped.items()})


def document_names(sentences: Sequence[Sentence]) -> DocumentNames:
    """The names of one document, given its sentences."""
    found: set[str] = set()
    for sentence in sentences:
        if sentence.role in CLAIM_ROLES and sentence.language is not None:
            found.update(_names(sentence.text, find_places(sentence.text, sentence.language), frozenset()))
    return DocumentNames(names=frozenset(found), spellings=tuple(_spellings(sentences)))


def combine_names(documents: Mapping[str, DocumentNames]) -> CorpusNames:
    """The corpus's names from those of its documents (`document_names`), by document id."""
    variants = spelling_variants(spelling for names in documents.values() for spelling in names.spellings)
    by_document = {
        doc_id: frozenset(variants.get(name, name) for name in _fold_genitives(set(names.names)))
        for doc_id, names in documents.items()
    }
    return CorpusNames(by_document=by_document, variants=variants)


def extract(sentences: Sequence[Sentence], documents: Mapping[str, Document], names: CorpusNames) -> list[Claim]:
    """The claims stated by `sentences`, numbered per document in text order. A sentence an extractor
    fails on gives none; the pipeline reports such sentences (`extract_document`, warning W209).

    Args:
        sentences: Sentences of the documents, grouped by document and in text order.
        documents: The documents by id (for the dates relative times are resolved against).
        names: The corpus's names (`corpus_names`): its spelling variants are made canonical.
    """
    claims: list[Claim] = []
    for doc_id, group in groupby(sentences, key=lambda sentence: sentence.doc_id):
        claims.extend(extract_document(list(group), documents[doc_id].reference_date, names.by_document[doc_id]).claims)
    return with_canonical_names(claims, names.variants)


@dataclass(frozen=True)
class DocumentClaims:
    """The claims of one document, and the sentences whose claims could not be read.

    Attributes:
        claims: The claims, numbered in text order.
        unread: Sentence id → the error an extractor raised on it (a bug: the sentence gives no claims,
            and the rest of the document is read as usual).
    """

    claims: list[Claim]
    unread: dict[str, str]


def extract_document(sentences: Sequence[Sentence], as_of: str | None, names: frozenset[str]) -> DocumentClaims:
    """The claims of one document's `sentences` (in text order), numbered in text order; their names are
    not yet made canonical (`with_canonical_names` does that for the corpus).

    Args:
        sentences: The document's sentences.
        as_of: The document's reference date, which relative times are resolved against.
        names: The document's names (`CorpusNames.by_document`).
    """
    claims: list[Claim] = []
    unread: dict[str, str] = {}
    numbers = count()
    previous: _Context | None = None
    for sentence in sentences:
        if sentence.role not in CLAIM_ROLES or sentence.language is None:
            continue
        context = previous if previous is not None and previous.sentence.paragraph == sentence.paragraph else None
        try:
            found = _find(sentence.text, sentence.language, as_of)
            sentence_claims = list(_sentence_claims(sentence, found, context, names))
        except Exception as error:  # an extractor's bug costs this sentence's claims, not the run
            unread[sentence.id] = f"{type(error).__name__}: {error}"
            previous = None
            continue
        final_ids: dict[str, str] = {}
        for claim in sentence_claims:
            final_ids[claim.id] = f"{sentence.doc_id}:c{next(numbers)}"
            continues = final_ids[claim.continues] if claim.continues else None
            update = {"id": final_ids[claim.id], "continues": continues, "as_of": as_of}
            claims.append(claim.model_copy(update=update))
        previous = _Context(sentence, found.places)
    return DocumentClaims(claims, unread)


def spelling_variants(occurrences: Iterable[str]) -> dict[str, str]:
    """Lower-cased spellings of names in the corpus → their canonical spelling, lower-cased, for
    those that are variants of another ("ghanzi" → "ghazni"; see `canonical_place_names`).

    Args:
        occurrences: Every occurrence of a capitalised word inside a sentence (`DocumentNames.spellings`).
    """
    canonical = canonical_place_names(occurrences)
    return {spelling.lower(): name.lower() for spelling, name in canonical.items() if spelling.lower() != name.lower()}


def _spellings(sentences: Sequence[Sentence]) -> Iterator[str]:
    """Capitalised words inside sentences, where they are names for sure: in languages whose nouns are
    lower case. German capitalises every noun, and "Sommerzeit" is no variant of "Somerset"."""
    for sentence in sentences:
        if (
            sentence.role in CLAIM_ROLES
            and sentence.language is not None
            and not get_language(sentence.language).capitalised_nouns
        ):
            yield from (match.group() for match in _CAPITALISED.finditer(sentence.text) if match.start() > 0)


def with_canonical_names(claims: list[Claim], variants: Mapping[str, str]) -> list[Claim]:
    """`claims` with their ranked entity and anchors in the canonical spelling of each name (`variants`)."""
    if not variants:
        return claims
    result = []
    for claim in claims:
        anchors = tuple(sorted({variants.get(anchor, anchor) for anchor in claim.anchors}))
        entity = claim.entity
        if entity is not None and entity.lower() in variants:
            entity = variants[entity.lower()].title()
        changed = anchors != claim.anchors or entity != claim.entity
        result.append(claim.model_copy(update={"anchors": anchors, "entity": entity}) if changed else claim)
    return result


def _names(
    text: str, places: Sequence[PlaceMention], known: frozenset[str], times: Sequence[TimeMention] = ()
) -> set[str]:
    """Place codes and capitalised words of `text`, lower-cased, but not the words of a time ("Dienstag",
    "Monday"); a word opening the sentence (after quotes or dashes) only when `known` (the
    document's names) holds it, since any word is capitalised there."""
    found = {place.code for place in places}
    taken = [(place.start, place.end) for place in places] + [(time.start, time.end) for time in times]
    for match in _CAPITALISED.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        word = match.group().lower()
        opening = not text[: match.start()].strip(_OPENING_MARKS)
        if not opening or word in known or word.removesuffix("s") in known:
            found.add(word)
    return found


def _fold_genitives(names: set[str]) -> set[str]:
    return {name[:-1] if name.endswith("s") and name[:-1] in names else name for name in names}


@dataclass(frozen=True)
class _Context:
    """The sentence before, in the same paragraph, and the places it names."""

    sentence: Sentence
    places: list[PlaceMention]


def _sentence_claims(
    sentence: Sentence, found: _Found, context: _Context | None, names: frozenset[str]
) -> Iterator[Claim]:
    language = sentence.language or ""
    text = sentence.text
    context_places = context.places if context is not None else []
    anchors = _names(text, found.places, names, found.times)
    earlier: list[Claim] = []
    numbering = count()
    for clause in found.clauses:
        inside = _Span(clause.start, clause.end)
        numbers = [n for n in found.numbers if inside.holds(n.start, n.end) and n.kind in VALUE_KINDS]
        ranks = [r for r in found.ranks if inside.holds(r.start, r.end)]
        times = [t for t in found.times if inside.holds(t.start, t.end)]
        base = _ClaimBase(
            sentence, clause.start, clause.end, found, times, context_places, clause.hedge, tuple(sorted(anchors))
        )
        for number in numbers:
            claim = base.value_claim(number, language).model_copy(update={"id": f"{sentence.id}#{next(numbering)}"})
            previous = next((other for other in reversed(earlier) if _continues(claim, other)), None)
            if previous is not None:
                claim = claim.model_copy(
                    update={
                        "counted": previous.counted,
                        "counted_head": previous.counted_head,
                        "actor": claim.actor or previous.actor,
                        "actor_from": claim.actor_from or previous.actor_from,
                        "frame": previous.frame,
                        "continues": previous.id,
                    }
                )
            yield claim
            earlier.append(claim)
        for rank in ranks:
            yield base.rank_claim(rank, context.sentence if context is not None else None)
        for time in times:
            if not time.vague:
                yield base.time_claim(time)


def _continues(claim: Claim, previous: Claim) -> bool:
    """Whether `claim`'s clause is elliptical, continuing an earlier clause's statement with
    another value of the same kind ("…, thirteen if Kandahar has fallen"): it counts nothing itself."""
    return (
        claim.counted is None
        and previous.counted is not None
        and claim.kind == previous.kind
        and claim.unit == previous.unit
        and claim.start >= previous.end
    )


def _find(text: str, language: str, published: str | None) -> _Found:
    times = find_times(text, language, published)
    ranks = find_ranks(text, language)
    taken = [_Span(t.start, t.end) for t in times] + [_Span(r.start, r.end) for r in ranks]
    mentions = find_numbers(text, language)
    numbers = [n for n in mentions if not any(span.overlaps(n.start, n.end) for span in taken)]
    attribution, clauses = attribution_and_clauses(text, language, mentions)
    return _Found(numbers, times, ranks, find_places(text, language), attribution, clauses)


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
    anchors: tuple[str, ...]

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
            value_start=number.start,
            value_end=number.end,
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
            category=" ".join(part for part in (rank.superlative, rank.category_normalised) if part),
            value_start=rank.start,
            value_end=rank.end,
            time=_time_span(self._time()),
        )

    def time_claim(self, time: TimeMention) -> Claim:
        """A claim that something happened at `time`; its frame is the whole clause, the event."""
        clause = self.sentence.text[self.start : self.end]
        claim = self._claim(
            kind="time",
            value_start=time.start,
            value_end=time.end,
            time=_time_span(time),
            phase=find_phase(clause, self.sentence.language or ""),
        )
        return claim.model_copy(update={"frame": self._frame(time.start, time.end, words=EVENT_WORDS)})

    def _claim(self, value_start: int, value_end: int, **fields: object) -> Claim:
        """A claim of this clause whose value's words are ``sentence.text[value_start:value_end]``."""
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
                "paragraph": self.sentence.paragraph,
                "start": self.sentence.start + self.start,
                "end": self.sentence.start + self.end,
                "text": self.sentence.text[self.start : self.end],
                "language": self.sentence.language,
                "attributed_to": attribution.source,
                "attribution": attribution.kind,
                "hedged": hedge is not None,
                "hedge": hedge,
                "places": places,
                "anchors": self.anchors,
                "value_start": self.sentence.start + value_start,
                "value_end": self.sentence.start + value_end,
                "value_text": self.sentence.text[value_start:value_end],
                "frame": self._frame(value_start, value_end),
                "sentence_frame": " ".join(self._masked(0, len(self.sentence.text)).split()),
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
        """Whose value it is: a demonym of the counted thing ("afghanske soldater"), else the last
        country or organisation named before the value in the clause, else the first of the sentence before."""
        if counted_start is not None and counted_end is not None:
            inside = [p for p in self.found.places if counted_start <= p.start and p.end <= counted_end]
            if inside:
                return inside[0].code, "counted"
        before = [p for p in self.found.places if self.start <= p.start and p.end <= number.start]
        if before:
            return before[-1].code, "clause"
        if self.context_places:
            return self.context_places[0].code, "context"
        return None, None

    def _frame(self, value_start: int, value_end: int, words: int = FRAME_WORDS) -> str:
        """Up to `words` words of the clause either side of the value, the value and other
        numbers and times masked, so that claims differing only in value meet."""
        before = self._masked(self.start, value_start).split()[-words:]
        after = self._masked(value_end, self.end).split()[:words]
        return " ".join([*before, MASK, *after])

    def _masked(self, start: int, end: int) -> str:
        spans = [(n.start, n.end) for n in self.found.numbers] + [(t.start, t.end) for t in self.found.times]
        text = self.sentence.text
        pieces: list[str] = []
        cursor = start
        for span_start, span_end in sorted(spans):
            if span_start < cursor or span_end > end:
                continue
            pieces += [text[cursor:span_start], f" {MASK} "]
            cursor = span_end
        pieces.append(text[cursor:end])
        return "".join(pieces)


def _time_span(time: TimeMention | None) -> TimeSpan | None:
    if time is None:
        return None
    return TimeSpan(
        start=time.first,
        end=time.last,
        label=time.label,
        weekday=time.weekday,
        part_of_day=time.part_of_day,
        open_start=time.open_start,
        open_end=time.open_end,
        relative=time.kind in ("weekday", "relative"),
    )


def _last_name(text: str) -> str | None:
    """The last capitalised word that does not open the sentence: the likeliest antecedent of "it"."""
    names = [match.group() for match in _CAPITALISED.finditer(text) if match.start() > 0]
    return names[-1] if names else None
