"""The attribution engine: sources, outlets, hedges, clause splitting and robustness on any text."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from claimrec.errors import UnknownLanguageError
from claimrec.extract.attribution import Attribution, Clause, Span, find_attribution, split_clauses
from claimrec.lang import SUPPORTED_LANGUAGES, get_language
from claimrec.lang.attribution_schema import AttributionData


def test_speaker_outlet_and_cue_are_located_in_the_text() -> None:
    text = "En talsmann for departementet sier til nyhetsbyrået Reuters at byen har falt."
    found = find_attribution(text, "nb")
    assert found == Attribution(
        source="En talsmann for departementet",
        source_span=Span(start=0, end=len("En talsmann for departementet")),
        kind="says",
        cue_span=Span(start=text.index("sier"), end=text.index("sier") + 4),
        via="Reuters",
        via_span=Span(start=text.index("Reuters"), end=text.index("Reuters") + 7),
    )


def test_a_claim_verb_marks_a_contested_assertion() -> None:
    found = find_attribution("Taliban hevder at de kontrollerer 85 prosent av landet.", "nb")
    assert (found.source, found.kind) == ("Taliban", "claims")


def test_according_to_names_the_source_when_no_one_speaks() -> None:
    found = find_attribution("Storbritannia sender 600 soldater, ifølge Reuters.", "nb")
    assert (found.source, found.kind, found.via) == ("Reuters", "according_to", None)


def test_according_to_becomes_the_outlet_of_a_named_speaker() -> None:
    found = find_attribution("Det oplyser en talsmand for politiet ifølge nyhedsbureauet Reuters.", "da")
    assert (found.source, found.kind, found.via) == ("en talsmand for politiet", "says", "Reuters")


def test_a_pronoun_speaker_is_no_source_but_still_attributes() -> None:
    found = find_attribution("Han siger, at byen er faldet.", "da")
    assert (found.source, found.kind) == (None, "says")


def test_without_a_speaker_the_outlet_is_the_source() -> None:
    found = find_attribution("Det siger til Reuters, at byen er faldet.", "da")
    assert (found.source, found.via) == ("Reuters", None)


def test_condition_wins_over_forecast_and_carries_its_marker_span() -> None:
    text = "Hvis byen falder, kan regeringen trolig ikke holde stand."
    found = find_attribution(text, "da")
    assert (found.hedge, found.hedge_span) == ("conditional", Span(start=0, end=4))


def test_nothing_found_is_an_empty_attribution() -> None:
    assert find_attribution("Byen faldt torsdag.", "da") == Attribution()
    assert find_attribution("", "en") == Attribution()


def test_clauses_split_at_a_conditional_value_and_cover_the_sentence() -> None:
    text = "Tolv hovedsteder er falt på bare en uke, tretten om Kandahar faktisk er inntatt."
    clauses = split_clauses(text, "nb")
    assert clauses == [
        Clause(start=0, end=41, text="Tolv hovedsteder er falt på bare en uke, "),
        Clause(
            start=41,
            end=len(text),
            text="tretten om Kandahar faktisk er inntatt.",
            hedge="conditional",
            hedge_span=Span(start=text.index(" om ") + 1, end=text.index(" om ") + 3),
        ),
    ]


def test_clauses_split_at_a_coordinator_between_two_finite_value_statements() -> None:
    text = "Storbritannia vil sende 600 soldater, og i Danmark har 45 asylsøkere fått bli."
    assert [clause.text for clause in split_clauses(text, "nb")] == [
        "Storbritannia vil sende 600 soldater, ",
        "og i Danmark har 45 asylsøkere fått bli.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Dersom utviklingen fortsetter, kan Taliban ta 30 byer.",
        "Kabul, Herat og Kandahar har 5 millioner innbyggere.",
        "De tok 12 byer, og det gikk raskt.",
    ],
)
def test_no_split_without_a_second_value_clause(text: str) -> None:
    assert [clause.text for clause in split_clauses(text, "nb")] == [text]


def test_empty_text_has_no_clause() -> None:
    assert split_clauses("", "nb") == []


def test_unknown_language_is_an_error() -> None:
    with pytest.raises(UnknownLanguageError):
        find_attribution("Kaupunki kaatui.", "fi")
    with pytest.raises(UnknownLanguageError):
        split_clauses("Kaupunki kaatui.", "fi")


@pytest.mark.parametrize("code", SUPPORTED_LANGUAGES)
def test_every_language_has_sources_conditions_and_forecasts(code: str) -> None:
    data = get_language(code).attribution
    assert data.according_to and data.report_verbs and data.claim_verbs
    assert data.conditionals and data.forecasts and data.ambiguous_modals
    assert data.determiners and data.complementizers and data.negations and data.coordinators


def test_attribution_data_rejects_malformed_words() -> None:
    with pytest.raises(ValidationError, match="invalid word"):
        AttributionData(report_verbs=("sier ",))


_ATTRIBUTION_WORDS = [
    "ifølge", "Reuters", "sier", "til", "NRK", "at", "Taliban", "hevder", "Det", "oplyser", "en",
    "talsmand", "for", "politiet", "om", "hvis", "kan", "vi", "bekrefte", "trolig", "tretten", "12",
    "according", "to", "said", "the", "spokesman", "if", "may", "could", "laut", "zufolge", "sagte",
    "som", "og", ",", ".", "«", "»", "–", "selv", "de", "er", "Kandahar",
]  # fmt: skip


def _check(text: str, language: str) -> None:
    found = find_attribution(text, language)
    for span, value in ((found.source_span, found.source), (found.via_span, found.via)):
        assert (span is None) == (value is None)
        if span is not None:
            assert text[span.start : span.end] == value
    for span in (found.cue_span, found.hedge_span):
        if span is not None:
            assert 0 <= span.start < span.end <= len(text)
    clauses = split_clauses(text, language)
    assert "".join(clause.text for clause in clauses) == text
    assert all(text[clause.start : clause.end] == clause.text for clause in clauses)
    assert all(left.end == right.start for left, right in pairwise(clauses))


@settings(deadline=None, max_examples=150)
@given(text=st.text(), language=st.sampled_from(SUPPORTED_LANGUAGES))
def test_any_text_gives_exact_offsets_and_a_full_cover(text: str, language: str) -> None:
    _check(text, language)


@settings(deadline=None, max_examples=300)
@given(
    words=st.lists(st.sampled_from(_ATTRIBUTION_WORDS), max_size=14),
    separators=st.lists(st.sampled_from([" ", ", ", "  ", "\n"]), min_size=14, max_size=14),
    language=st.sampled_from(SUPPORTED_LANGUAGES),
)
def test_attribution_like_word_salad_gives_exact_offsets(
    words: list[str], separators: list[str], language: str
) -> None:
    _check("".join(word + separator for word, separator in zip(words, separators, strict=False)), language)
