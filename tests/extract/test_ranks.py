"""The rank engine: offsets, coordination, groups, entities and robustness on any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from claimrec.errors import UnknownLanguageError
from claimrec.extract.ranks import RankMention, find_ranks
from claimrec.lang import SUPPORTED_LANGUAGES, get_language
from claimrec.lang.rank_schema import CategoryNoun, RankData


def test_mention_spans_scope_ordinal_superlative_and_category() -> None:
    text = "Tidligere torsdag falt Herat, hovedstad i provinsen og landets tredje største by, til Taliban."
    [mention] = find_ranks(text, "nb")
    assert mention == RankMention(
        start=text.index("landets"),
        end=text.index("by,") + 2,
        text="landets tredje største by",
        rank=3,
        superlative="largest",
        category="by",
        category_normalised="city",
        scope="landets",
        entity="Herat",
    )


def test_coordinated_ordinals_give_one_mention_each_over_the_whole_phrase() -> None:
    text = "Die zweit- und drittgrößten Städte Herat und Kandahar fielen."
    mentions = find_ranks(text, "de")
    assert [(m.rank, m.entity, m.text) for m in mentions] == [
        (2, "Herat", "zweit- und drittgrößten Städte"),
        (3, "Kandahar", "zweit- und drittgrößten Städte"),
    ]


def test_coordinated_ordinals_without_as_many_names_leave_entities_open() -> None:
    mentions = find_ranks("Die zweit- und drittgrößten Städte fielen.", "de")
    assert [(m.rank, m.entity) for m in mentions] == [(2, None), (3, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Kabul is one of the largest cities.",
        "The three largest cities are Kabul, Kandahar and Herat.",
        "The 10 largest cities grew.",
        "We hoped for the best.",
    ],
)
def test_groups_and_superlatives_without_a_noun_are_no_rank(text: str) -> None:
    assert find_ranks(text, "en") == []


def test_a_pronoun_subject_is_left_for_the_caller_to_resolve() -> None:
    [mention] = find_ranks("Det er landets næststørste by.", "da")
    assert (mention.entity, mention.entity_pronoun) == (None, "Det")


def test_a_negated_copula_names_no_entity() -> None:
    [mention] = find_ranks("Kandahar is not the largest city.", "en")
    assert mention.entity is None


def test_digits_before_a_capitalised_superlative_end_a_sentence() -> None:
    assert find_ranks("Det skjedde i 2019. Største by er Oslo.", "nb")[0].rank == 1


def test_empty_text_has_no_rank() -> None:
    assert find_ranks("", "en") == []


def test_unknown_language_is_an_error() -> None:
    with pytest.raises(UnknownLanguageError, match="Unknown language 'fi'"):
        find_ranks("Helsinki on Suomen suurin kaupunki.", "fi")


@pytest.mark.parametrize("code", SUPPORTED_LANGUAGES)
def test_every_language_ranks_by_the_same_concepts(code: str) -> None:
    data = get_language(code).ranks
    assert {"largest", "most populous", "oldest", "smallest"} <= set(data.superlatives)
    assert {noun.concept for noun in data.categories} >= {"city", "capital", "country", "company", "party"}
    assert {2, 3, 10} <= set(data.ordinals) | set(data.ordinal_prefixes)
    assert data.one_of
    assert data.copulas


def test_rank_data_rejects_ambiguous_ordinals_that_can_never_rank() -> None:
    with pytest.raises(ValidationError, match="ambiguous_ordinals need"):
        RankData(ambiguous_ordinals={2: ("andre",)})


def test_rank_data_rejects_malformed_words_and_ranks() -> None:
    with pytest.raises(ValidationError, match="invalid word"):
        RankData(copulas=(" er",))
    with pytest.raises(ValidationError, match="ranks start at 1"):
        RankData(ordinals={0: ("nullte",)})
    with pytest.raises(ValidationError):
        CategoryNoun(concept="city", singular=())


_RANK_WORDS = [
    "landets", "nest", "næst", "tredje", "største", "størst", "by", "byer", "er", "Herat", "Kandahar",
    "den", "de", "andre", "en", "av", "6.", "second", "largest", "city", "is", "the", "country's",
    "zweit-", "und", "drittgrößten", "Städte", "ist", "Stadt", "största", "stad", "är", "och", "og",
    "ikke", "not", "som", ",", ".", "Die", "Det", "første", "del", "1000",
]  # fmt: skip


@settings(deadline=None, max_examples=150)
@given(text=st.text(), language=st.sampled_from(SUPPORTED_LANGUAGES))
def test_any_text_gives_exact_offsets(text: str, language: str) -> None:
    for mention in find_ranks(text, language):
        assert text[mention.start : mention.end] == mention.text
        assert mention.rank >= 1


@settings(deadline=None, max_examples=300)
@given(
    words=st.lists(st.sampled_from(_RANK_WORDS), max_size=12),
    separators=st.lists(st.sampled_from([" ", ", ", "  ", "\n"]), min_size=12, max_size=12),
    language=st.sampled_from(SUPPORTED_LANGUAGES),
)
def test_rank_like_word_salad_gives_exact_offsets(words: list[str], separators: list[str], language: str) -> None:
    text = "".join(word + separator for word, separator in zip(words, separators, strict=False))
    for mention in find_ranks(text, language):
        assert text[mention.start : mention.end] == mention.text
        assert mention.entity is None or mention.entity in text
