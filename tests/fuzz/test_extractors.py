"""Every extractor, on any text in every language: no exception, offsets inside the text, finite values."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from claimrec.extract.attribution import find_attribution, split_clauses
from claimrec.extract.counted import counted_after
from claimrec.extract.lists import enumeration_after
from claimrec.extract.numbers import find_numbers, parse_number_words
from claimrec.extract.places import canonical_place_names, find_places
from claimrec.extract.ranks import find_ranks
from claimrec.extract.times import find_times

from .strategies import fuzz_settings, languages, published, texts


def _inside(text: str, start: int, end: int) -> bool:
    return 0 <= start <= end <= len(text)


def _finite(*values: float | None) -> bool:
    return all(value is None or math.isfinite(value) for value in values)


@fuzz_settings(150)
@given(text=texts, language=languages)
def test_numbers_are_inside_the_text_and_finite(text: str, language: str) -> None:
    for number in find_numbers(text, language):
        assert _inside(text, number.start, number.end)
        assert text[number.start : number.end] == number.text
        assert _finite(number.value, number.low, number.high)


@fuzz_settings(100)
@given(words=texts, language=languages)
def test_number_words_parse_to_a_finite_number_or_none(words: str, language: str) -> None:
    value = parse_number_words(words, language)
    assert value is None or math.isfinite(value)


@fuzz_settings(150)
@given(text=texts, language=languages, published=published)
def test_times_are_inside_the_text_and_ordered(text: str, language: str, published: str | None) -> None:
    for time in find_times(text, language, published):
        assert _inside(text, time.start, time.end)
        if time.first is not None and time.last is not None:
            assert time.first <= time.last


@fuzz_settings(100)
@given(text=texts, language=languages)
def test_ranks_are_inside_the_text_and_positive(text: str, language: str) -> None:
    for rank in find_ranks(text, language):
        assert _inside(text, rank.start, rank.end)
        assert rank.rank >= 1


@fuzz_settings(100)
@given(text=texts, language=languages)
def test_attribution_and_clauses_stay_inside_the_text(text: str, language: str) -> None:
    attribution = find_attribution(text, language)
    for span in (attribution.cue_span, attribution.hedge_span):
        assert span is None or _inside(text, span.start, span.end)
    clauses = split_clauses(text, language)
    for clause in clauses:
        assert _inside(text, clause.start, clause.end)


@fuzz_settings(100)
@given(text=texts, language=languages)
def test_places_are_inside_the_text(text: str, language: str) -> None:
    for place in find_places(text, language):
        assert _inside(text, place.start, place.end)


@fuzz_settings(100)
@given(text=texts, language=languages, data=st.data())
def test_counted_things_and_lists_after_any_position(text: str, language: str, data: st.DataObject) -> None:
    position = data.draw(st.integers(0, len(text)))
    for after_preposition in (False, True):
        counted = counted_after(text, position, language, after_preposition=after_preposition)
        if counted is not None:
            assert position <= counted.start <= counted.end <= len(text)
    listing = enumeration_after(text, position, language)
    if listing is not None:
        assert position <= listing.start <= listing.end <= len(text)


@fuzz_settings(60)
@given(names=st.lists(texts.map(lambda text: text[:30]), max_size=30))
def test_canonical_place_names_map_every_spelling(names: list[str]) -> None:
    assert set(canonical_place_names(names)) == set(names)
