from __future__ import annotations

import random
from itertools import pairwise

import pytest
from babel import Locale
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from claimrec.errors import UnknownLanguageError
from claimrec.extract import places
from claimrec.extract.places import NOT_COUNTRIES, PlaceMention, canonical_place_names, find_places
from claimrec.lang import SUPPORTED_LANGUAGES, get_language
from claimrec.lang.place_schema import PlaceData, expand_forms

PERMANENT_SECURITY_COUNCIL = {"US", "GB", "FR", "RU", "CN"}
G20 = {"AR", "AU", "BR", "CA", "CN", "DE", "FR", "GB", "ID", "IN", "IT", "JP", "KR", "MX", "RU", "SA", "TR", "US", "ZA"}
NORDIC = {"DK", "FI", "IS", "NO", "SE", "FO", "GL", "AX"}
EU = {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT"}
EU |= {"NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"}
NEIGHBOURS = {
    "AF": {"PK", "IR", "TM", "UZ", "TJ", "CN"},
    "UA": {"RU", "BY", "PL", "SK", "HU", "RO", "MD"},
    "IL": {"LB", "SY", "JO", "EG", "PS"},
    "SY": {"TR", "IQ", "JO", "IL", "LB"},
}
REQUIRED = PERMANENT_SECURITY_COUNCIL | G20 | NORDIC | EU | set(NEIGHBOURS).union(*NEIGHBOURS.values())
ENGLISH_TERRITORIES = Locale.parse("en").territories


def codes(text: str, language: str) -> list[str]:
    return [mention.code for mention in find_places(text, language)]


# --- find_places ---------------------------------------------------------------------------


def test_mentions_carry_exact_offsets_form_and_code() -> None:
    text = "Taliban og USAs amerikanske soldater forlot Afghanistan."
    mentions = find_places(text, "nb")
    assert [(m.text, m.code, m.form) for m in mentions] == [
        ("Taliban", "taliban", "organisation"),
        ("USAs", "US", "name"),
        ("amerikanske", "US", "demonym"),
        ("Afghanistan", "AF", "name"),
    ]
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_nothing_found_is_an_empty_list() -> None:
    assert find_places("", "da") == []
    assert find_places("Ingen steder her.", "da") == []


def test_unknown_language_names_the_options() -> None:
    with pytest.raises(UnknownLanguageError, match="Supported: da, de, en, nb, nn, sv"):
        find_places("USA", "fi")


def test_mention_is_frozen() -> None:
    mention = find_places("USA", "da")[0]
    with pytest.raises(ValidationError):
        mention.code = "GB"
    assert isinstance(mention, PlaceMention)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Afghanistans nabo", "da", ["Afghanistans"]),
        ("USA's tropper", "da", ["USA's"]),
        ("USA’s tropper", "da", ["USA’s"]),
        ("USAs tropper", "nb", ["USAs"]),
        ("USA:s trupper", "sv", ["USA:s"]),
        ("Deutschlands Rolle", "de", ["Deutschlands"]),
        ("Britain's army and the Netherlands' navy", "en", ["Britain's", "Netherlands'"]),
        ("Schweiz' neutralitet", "da", ["Schweiz'"]),
        ("kampe med 'Taliban'.", "da", ["Taliban"]),
    ],
)
def test_genitives_belong_to_the_mention(text: str, language: str, expected: list[str]) -> None:
    assert [m.text for m in find_places(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Kina og kina", "da", ["CN"]),
        ("the US told us", "en", ["US"]),
        ("Turkey, not turkey", "en", ["TR"]),
        ("Amerikanske soldater", "nb", ["US"]),
        ("amerikanske soldater", "nb", ["US"]),
        ("AMERIKANSKE", "nb", []),
        ("american", "en", []),
    ],
)
def test_case_rules(text: str, language: str, expected: list[str]) -> None:
    assert codes(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Guinea-Bissau", "en", ["GW"]),
        ("Papua New Guinea", "en", ["PG"]),
        ("South Sudan and Sudan", "en", ["SS", "SD"]),
        ("Sør-Sudan", "nb", ["SS"]),
        ("Nord-Korea og Sør-Korea", "nb", ["KP", "KR"]),
        ("grensen Afghanistan-Pakistan", "nb", ["AF", "PK"]),
        ("Nato-landene og EU-kommisjonen", "nb", ["nato", "eu"]),
    ],
)
def test_longest_name_wins_and_compounds_split_at_hyphens(text: str, language: str, expected: list[str]) -> None:
    assert codes(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("New Mexico and New Jersey", "en"),
        ("Latin America", "en"),
        ("Rhode Island", "da"),
        ("Sør-Amerika og Latin-Amerika", "nb"),
        ("sør-amerikanske land", "nn"),
        ("Indian Ocean", "en"),
    ],
)
def test_places_named_after_a_country_are_not_it(text: str, language: str) -> None:
    assert codes(text, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chad Smith scored twice.", []),
        ("The rookie was compared to Michael Jordan by everyone.", []),
        ("Refugees fled to Jordan last year.", ["JO"]),
        ("In Jordan, prices rose.", ["JO"]),
        ("Jordan's King Abdullah spoke.", ["JO"]),
        ("Chad and Niger closed the border.", ["TD", "NE"]),
    ],
)
def test_country_names_that_are_personal_names(text: str, expected: list[str]) -> None:
    assert codes(text, "en") == expected


def test_english_names_are_read_in_every_language() -> None:
    for language in SUPPORTED_LANGUAGES:
        assert codes("United Kingdom, UK, Nato", language) == ["GB", "GB", "nato"], language


def test_english_demonyms_are_not_read_in_other_languages() -> None:
    assert codes("American", "nb") == []


def test_cldr_alternative_names_in_parentheses_give_both() -> None:
    assert codes("Myanmar og Burma", "da") == ["MM", "MM"]


def test_cldr_regions_are_not_countries() -> None:
    assert codes("Canary Islands, Ceuta & Melilla, Outlying Oceania, Eurozone", "en") == []


def test_cldr_names_of_the_eu_and_un_are_organisations() -> None:
    mentions = find_places("Europäische Union und Vereinte Nationen", "de")
    assert [(m.code, m.form) for m in mentions] == [("eu", "organisation"), ("un", "organisation")]


@settings(deadline=None, max_examples=150)
@given(text=st.text(max_size=80), language=st.sampled_from(SUPPORTED_LANGUAGES))
def test_arbitrary_text_never_raises_and_offsets_are_exact(text: str, language: str) -> None:
    mentions = find_places(text, language)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    assert all(one.end <= other.start for one, other in pairwise(mentions))


@settings(deadline=None, max_examples=100)
@given(
    words=st.lists(
        st.sampled_from(["USA", "Kina", "amerikanske", "FN", "Afghanistans", "kina", "og", "x"]), max_size=8
    ),
    separators=st.lists(st.sampled_from([" ", ", ", "\n", " – ", "(", ") "]), min_size=8, max_size=8),
)
def test_offsets_are_exact_in_built_text(words: list[str], separators: list[str]) -> None:
    text = "".join(word + separator for word, separator in zip(words, separators, strict=False))
    mentions = find_places(text, "nb")
    assert [m.text for m in mentions] == [word for word in words if word not in {"kina", "og", "x"}]
    assert all(text[m.start : m.end] == m.text for m in mentions)


# --- language data -------------------------------------------------------------------------


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_country_keys_are_real_iso_codes(language: str) -> None:
    places = get_language(language).places
    for code in {*places.country_aliases, *places.demonyms}:
        assert code in ENGLISH_TERRITORIES, code
        assert code not in NOT_COUNTRIES, code


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_demonyms_cover_the_required_countries(language: str) -> None:
    missing = REQUIRED - set(get_language(language).places.demonyms)
    assert not missing, f"{language} lacks demonyms for {sorted(missing)}"


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_listed_word_is_found_as_itself(language: str) -> None:
    places = get_language(language).places
    listed = {**places.country_aliases, **places.demonyms, **places.organisations}
    for code, forms in listed.items():
        for form in forms:
            for word in expand_forms(form):
                assert codes(word, language) == [code], (language, word)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_no_word_names_two_places(language: str) -> None:
    places = get_language(language).places
    owner: dict[str, str] = {}
    for code, forms in {**places.country_aliases, **places.demonyms, **places.organisations}.items():
        for form in forms:
            for word in expand_forms(form):
                assert owner.setdefault(word, code) == code, (language, word, code, owner[word])


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_cldr_country_name_is_found_unless_left_out(language: str) -> None:
    left_out = set(get_language(language).places.not_places)
    for code, name in Locale.parse(language).territories.items():
        if len(code) == 2 and code not in NOT_COUNTRIES | {"EU", "UN"} and "(" not in name and name not in left_out:
            assert code in codes(name, language), (language, name)


def test_expand_forms() -> None:
    assert expand_forms("brite(n|r|rne)") == ("brite", "briten", "briter", "briterne")
    assert expand_forms("Kina") == ("Kina",)


@pytest.mark.parametrize(
    "data",
    [
        {"demonyms": {"us": ("amerikansk",)}},
        {"organisations": {"NATO": ("Nato",)}},
        {"demonyms": {"US": ("amerikansk(e",)}},
        {"not_places": (" New Mexico",)},
    ],
)
def test_schema_rejects_bad_keys_and_forms(data: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        PlaceData.model_validate(data)


# --- canonical_place_names -----------------------------------------------------------------


def corpus(**counts: int) -> list[str]:
    return [name.replace("_", "-") for name, count in counts.items() for _ in range(count)]


@pytest.mark.parametrize(
    ("variant", "canonical", "counts"),
    [
        ("Ghanzi", "Ghazni", {"Ghazni": 9, "Ghanzi": 1}),
        ("Badakshan", "Badakhshan", {"Badakhshan": 6, "Badakshan": 2}),
        ("Mazar-i-Sharif", "Mazar-e-Sharif", {"Mazar_e_Sharif": 6, "Mazar_i_Sharif": 5}),
        ("Masar-i-Scharif", "Mazar-e-Sharif", {"Mazar_e_Sharif": 6, "Masar_i_Scharif": 4}),
        ("Kabool", "Kabul", {"Kabul": 20, "Kabool": 1}),
        ("Kundus", "Kunduz", {"Kunduz": 7, "Kundus": 6}),
        ("Dschalalabad", "Jalalabad", {"Jalalabad": 3, "Dschalalabad": 2}),
        ("Afganistan", "Afghanistan", {"Afghanistan": 9, "Afganistan": 1}),
        ("kabul", "Kabul", {"Kabul": 4, "kabul": 1}),
        ("Kandahár", "Kandahar", {"Kandahar": 4, "Kandahár": 4}),
    ],
)
def test_variants_map_to_the_most_frequent_spelling(variant: str, canonical: str, counts: dict[str, int]) -> None:
    assert canonical_place_names(corpus(**counts))[variant] == canonical


@pytest.mark.parametrize(
    ("counts", "reason"),
    [
        ({"Taliban": 30, "Taloqan": 1}, "different consonants; Taliban is an organisation"),
        ({"Ghazni": 9, "Ghani": 1}, "a consonant added is another name"),
        ({"Herat": 9, "Hera": 1}, "too short, and a prefix"),
        ({"Austria": 3, "Australia": 1}, "two countries"),
        ({"Iran": 5, "Iraq": 1}, "two countries"),
        ({"Nigeria": 5, "Niger": 1}, "two countries, and a prefix"),
        ({"Sudan": 5, "South_Sudan": 1}, "two countries, and a word added"),
        ({"Waziristan": 5, "North_Waziristan": 1}, "a word added"),
        ({"Mazar_i_Sharif": 5, "Mazar": 1}, "a prefix"),
        ({"Basra": 6, "Bosra": 5}, "both common: vowels differ too much"),
        ({"Ghazni": 9, "Ghanzi": 5}, "both common: a swap is no typo"),
        ({"Kabul": 9, "Kabuli": 1}, "a prefix"),
    ],
)
def test_distinct_names_stay_apart(counts: dict[str, int], reason: str) -> None:
    mapping = canonical_place_names(corpus(**counts))
    assert all(mapping[name] == name for name in mapping), reason


def test_every_distinct_spelling_is_a_key() -> None:
    mapping = canonical_place_names(["Kabul", "Kabool", "", "—", "Kabul"])
    assert mapping == {"Kabul": "Kabul", "Kabool": "Kabul", "": "", "—": "—"}


def test_ties_go_to_the_alphabetically_first_spelling() -> None:
    assert canonical_place_names(["Kundus", "Kunduz"]) == {"Kundus": "Kundus", "Kunduz": "Kundus"}


def test_nothing_in_nothing_out() -> None:
    assert canonical_place_names([]) == {}


def test_bad_parameters_are_explained() -> None:
    with pytest.raises(ValueError, match="score_cutoff must be within 0-100"):
        canonical_place_names(["Kabul"], score_cutoff=120)
    with pytest.raises(ValueError, match="rare at least 0"):
        canonical_place_names(["Kabul"], rare=-1)


SPELLINGS = ["Ghazni", "Ghanzi", "Ghani", "Kabul", "Kabool", "Kundus", "Kunduz", "Badakhshan", "Badakshan", "Herat"]


@settings(deadline=None, max_examples=60)
@given(names=st.lists(st.sampled_from(SPELLINGS), max_size=30), seed=st.integers(0, 2**16))
def test_canonical_names_do_not_depend_on_input_order(names: list[str], seed: int) -> None:
    shuffled = list(names)
    random.Random(seed).shuffle(shuffled)
    assert canonical_place_names(names) == canonical_place_names(shuffled)


@settings(deadline=None, max_examples=60)
@given(names=st.lists(st.text(max_size=12), max_size=20))
def test_canonical_names_of_arbitrary_text(names: list[str]) -> None:
    mapping = canonical_place_names(names)
    assert set(mapping) == set(names)
    assert all(mapping[canonical] == canonical for canonical in mapping.values())


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_a_name_is_a_country_or_organisation_as_a_whole_as_find_places_reads_it(language: str) -> None:
    """`canonical_place_names` looks names up instead of searching them; both must agree."""
    listed = [word for word in places._entries(language) if word[:1].isupper()][::5]
    endings = ["", "s", "'s", "’s", "'", ":s", "es", "-", " x"]
    for name in (word + ending for word in listed for ending in endings):
        whole = [
            mention.code
            for mention in find_places(name, language)
            if (mention.start, mention.end) == (0, len(name)) and mention.form != "demonym"
        ]
        entry = places._whole_name(name, language)
        assert (entry.code if entry and entry.form != "demonym" else None) == (whole[0] if whole else None), name
