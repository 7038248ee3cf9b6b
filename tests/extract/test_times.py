"""The time engine: resolution rules, uncertainty, offsets, and robustness on any text.

Per-language wording is tested in ``tests/lang/<code>/test_times.py``; here the rules
that hold for every language.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from claimrec.errors import UnknownLanguageError
from claimrec.extract.times import TimeMention, find_times
from claimrec.lang import SUPPORTED_LANGUAGES, get_language
from claimrec.lang.time_schema import TimeData, Weekday


def only(text: str, language: str, published: str | None) -> TimeMention:
    mentions = find_times(text, language, published)
    assert len(mentions) == 1, mentions
    return mentions[0]


# --- Preferring the past -------------------------------------------------------------------


def test_weekday_is_the_latest_such_day_up_to_publication() -> None:
    mention = only("Torsdag aften tabte regeringen Kandahar.", "da", "2021-08-13")
    assert (mention.first, mention.last, mention.label) == ("2021-08-12", "2021-08-12", "Thursday evening")


def test_weekday_of_publication_is_the_day_itself() -> None:
    assert only("Det skete fredag.", "da", "2021-08-13").first == "2021-08-13"


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2021-08", "May 2021"), ("2021-06", "November 2020"), ("2021-07", "July 2021")],
)
def test_month_is_the_latest_such_month_including_the_current(published: str, expected: str) -> None:
    month = {"May": "mai", "November": "november", "July": "juli"}[expected.split()[0]]
    assert only(f"Det skjedde i {month}.", "nb", published).label == expected


def test_forward_looking_words_resolve_forwards() -> None:
    mention = only("USA vil trække sig ud inden udgangen af august.", "da", "2021-07")
    assert (mention.first, mention.last, mention.open_start) == (None, "2021-08-31", True)
    assert mention.label == "by the end of August 2021"


def test_previous_and_next_weekday_skip_the_publication_day() -> None:
    assert only("last Friday", "en", "2021-08-13").first == "2021-08-06"
    assert only("next Friday", "en", "2021-08-13").first == "2021-08-20"


# --- Month-only and missing publication dates ----------------------------------------------


def test_month_only_publication_keeps_the_weekday_uncertain() -> None:
    mention = only("Torsdag aften tabte regeringen Kandahar.", "da", "2021-08")
    assert mention.label == "Thursday evening"
    assert (mention.weekday, mention.part_of_day, mention.granularity) == (3, "evening", "day")
    assert (mention.first, mention.last) == ("2021-07-29", "2021-08-26")


def test_same_weekday_in_two_languages_of_one_month_is_recognisably_the_same_time() -> None:
    danish = only("Torsdag aften tabte regeringen Kandahar.", "da", "2021-08")
    norwegian = only("Kandahar falt torsdag kveld.", "nb", "2021-08")
    same = ("label", "weekday", "part_of_day", "first", "last", "granularity")
    assert {name: getattr(danish, name) for name in same} == {name: getattr(norwegian, name) for name in same}


def test_month_only_publication_resolves_whole_months_exactly() -> None:
    mention = only("Det skete i sidste måned.", "da", "2021-06")
    assert (mention.label, mention.first, mention.last) == ("May 2021", "2021-05-01", "2021-05-31")


def test_relative_day_in_month_only_article_keeps_words_as_label() -> None:
    mention = only("Hun kom i går.", "da", "2021-08")
    assert (mention.label, mention.first, mention.last, mention.weekday) == (
        "yesterday",
        "2021-07-31",
        "2021-08-30",
        None,
    )


def test_without_publication_date_relative_times_keep_their_label_only() -> None:
    mention = only("Kandahar falt torsdag kveld.", "nb", None)
    assert (mention.label, mention.first, mention.last, mention.anchored) == ("Thursday evening", None, None, True)
    assert only("Det skjedde i forrige måned.", "nb", None).label == "last month"


def test_without_publication_date_absolute_times_still_resolve() -> None:
    mention = only("Det skjedde 4. august 2021.", "nb", None)
    assert (mention.first, mention.last, mention.anchored) == ("2021-08-04", "2021-08-04", False)
    assert only("i 2001", "nb", None).first == "2001-01-01"


def test_day_and_month_without_year_or_publication_date_is_labelled_but_unresolved() -> None:
    mention = only("Allerede 4. august bad UD borgere reise.", "nb", None)
    assert (mention.text, mention.label, mention.first) == ("4. august", "4 August", None)


@pytest.mark.parametrize("published", ["2021-13", "13.08.2021", "2021-02-30", "yesterday", ""])
def test_unreadable_publication_date_is_refused_with_the_expected_forms(published: str) -> None:
    with pytest.raises(ValueError, match="Expected YYYY-MM-DD, YYYY-MM or None"):
        find_times("i mai", "nb", published)


def test_unknown_language_names_the_options() -> None:
    with pytest.raises(UnknownLanguageError, match="Supported: da, de, en, nb, nn, sv"):
        find_times("i mai", "fi", None)


# --- Intervals: open ends, positions, ranges -----------------------------------------------


def test_since_leaves_the_end_open() -> None:
    mention = only("maktdeling har vært tema siden september i fjor.", "nb", "2021-08")
    assert mention.label == "September 2020 onwards"
    assert (mention.first, mention.last, mention.open_end, mention.open_start) == ("2020-09-01", None, True, False)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("20. september 1882, 136 år siden i dag, blev han født.", "da"),
        ("For en uke siden i dag ble han valgt.", "nb"),
        ("For tre år sidan i dag vart han fødd.", "nn"),
        ("För 136 år sedan i dag föddes han.", "sv"),
    ],
)
def test_since_right_after_a_span_of_time_means_ago_and_leaves_the_time_closed(text: str, language: str) -> None:
    [*_, mention] = find_times(text, language, "2021-08-01")
    assert (mention.text, mention.first, mention.last, mention.open_end) == ("i dag", "2021-08-01", "2021-08-01", False)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('And now a page from our "Sunday Morning" Almanac.', "en"),
        ("He mocked the senator on Saturday Night Live.", "en"),
        ('Og nu en side fra årbogen "Søndag Morgen".', "da"),
        ("Han var gjest i «Lørdag Kveld» på NRK.", "nb"),
    ],
)
def test_a_weekday_before_a_day_part_capitalised_against_the_language_names_a_title(text: str, language: str) -> None:
    assert find_times(text, language, "2021-08-01") == []


@pytest.mark.parametrize(
    ("text", "language", "label"),
    [
        ("The attack came on Sunday morning.", "en", "Sunday morning"),
        ("Taliban Seize Kandahar On Sunday Morning", "en", "Sunday"),  # a headline in title case
        ("Søndag morgen angreb de byen.", "da", "Sunday morning"),
        ("Am Sonntag Abend kam er nach Hause.", "de", "Sunday evening"),  # German writes its nouns capitalised
    ],
)
def test_a_weekday_before_a_day_part_written_as_the_language_writes_it_is_a_time(
    text: str, language: str, label: str
) -> None:
    assert only(text, language, "2021-08-01").label == label


def test_before_and_after_exclude_the_named_time() -> None:
    assert only("før 2001", "da", None).last == "2000-12-31"
    assert only("efter 2001", "da", None).first == "2002-01-01"


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("først i maj", "2021-05-01", "2021-05-10"),
        ("midt i maj", "2021-05-11", "2021-05-20"),
        ("i slutningen af maj", "2021-05-21", "2021-05-31"),
        ("i begyndelsen af 2020", "2020-01-01", "2020-04-30"),
    ],
)
def test_positions_narrow_months_and_years_by_convention(text: str, first: str, last: str) -> None:
    mention = only(text, "da", "2021-07")
    assert (mention.first, mention.last, mention.vague) == (first, last, True)


def test_position_on_a_day_is_a_part_of_day() -> None:
    mention = only("Tyskland trak sent tirsdag de sidste soldater ud.", "da", "2021-06")
    assert (mention.label, mention.part_of_day, mention.position, mention.weekday) == (
        "late Tuesday",
        "late",
        "late",
        1,
    )


def test_from_to_range_is_one_mention() -> None:
    mention = only("fra maj til juli", "da", "2021-08-13")
    assert (mention.label, mention.first, mention.last) == ("May 2021–July 2021", "2021-05-01", "2021-07-31")


def test_range_end_lies_after_its_start() -> None:
    mention = only("fra juli til september", "da", "2021-08-13")
    assert (mention.label, mention.interval) == ("July 2021–September 2021", "2021-07-01/2021-09-30")


def test_recent_weeks_are_a_vague_look_back() -> None:
    mention = only("i de seneste uger", "da", "2021-07-15")
    assert (mention.first, mention.last, mention.vague, mention.granularity) == (
        "2021-06-17",
        "2021-07-15",
        True,
        "week",
    )


def test_night_before_a_weekday_is_the_night_after_the_previous_day() -> None:
    mention = only("natt til fredag", "nb", "2021-08-13")
    assert (mention.label, mention.weekday, mention.part_of_day, mention.first) == (
        "Thursday night",
        3,
        "night",
        "2021-08-12",
    )


def test_clock_time_joins_its_day() -> None:
    mention = only("den 4. august 2021 kl. 20.30", "da", None)
    assert (mention.kind, mention.clock, mention.label) == ("date", "20:30", "2021-08-04 20:30")


def test_clock_time_alone_has_no_day() -> None:
    mention = only("Mødet starter kl. 20.30.", "da", "2021-08-13")
    assert (mention.kind, mention.clock, mention.first, mention.granularity) == ("clock", "20:30", None, "minute")


# --- Traps shared by all languages ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Omkring 3000 soldater vil blive indsat.",
        "Over 1000 soldater er flygtet.",
        "Storbritannien sender 600 soldater.",
        "Kandahar har flere end 600.000 indbyggere.",
        "Det er nu kun i Kabul, at regeringen har magten.",
        "Man vil sende soldater af sted.",
        "i 1000 år",
        "Det tog to timer.",
        "siden 2. Verdenskrig",
    ],
)
def test_counts_pronouns_and_now_are_not_times(text: str) -> None:
    assert find_times(text, "da", "2021-08-13") == []


def test_nothing_found_is_an_empty_list() -> None:
    assert find_times("", "en", None) == []


def test_mentions_are_in_text_order_with_exact_offsets() -> None:
    text = "Torsdag aften faldt byen, og fredag morgen kom Taliban; i sidste måned begyndte det."
    mentions = find_times(text, "da", "2021-08")
    assert [mention.text for mention in mentions] == ["Torsdag aften", "fredag morgen", "i sidste måned"]
    assert all(text[mention.start : mention.end] == mention.text for mention in mentions)


def test_mentions_are_frozen() -> None:
    mention = only("i mai", "nb", None)
    with pytest.raises(ValidationError):
        mention.label = "June"


# --- The data schema -----------------------------------------------------------------------

WEEKDAY_WORDS: dict[Weekday, tuple[str, ...]] = {
    "monday": ("a",),
    "tuesday": ("b",),
    "wednesday": ("c",),
    "thursday": ("d",),
    "friday": ("e",),
    "saturday": ("f",),
    "sunday": ("g",),
}


@pytest.mark.parametrize("code", SUPPORTED_LANGUAGES)
def test_every_language_has_complete_time_data(code: str) -> None:
    times = get_language(code).times
    assert len(times.weekdays) == 7 and len(times.months) == 12
    assert times.day_parts and times.relative and times.positions and times.prepositions


def test_schema_requires_all_seven_weekdays() -> None:
    with pytest.raises(ValidationError, match="missing: sunday"):
        TimeData(weekdays={name: words for name, words in WEEKDAY_WORDS.items() if name != "sunday"})


def test_schema_rejects_empty_and_padded_words() -> None:
    with pytest.raises(ValidationError, match="non-empty"):
        TimeData(articles=("",))
    with pytest.raises(ValidationError, match="non-empty"):
        TimeData(day_parts={"evening": (" aften",)})


def test_schema_rejects_a_word_under_two_concepts() -> None:
    with pytest.raises(ValidationError, match="both 'evening' and 'night'"):
        TimeData(day_parts={"evening": ("aften",), "night": ("aften",)})


def test_schema_checks_the_capitalisation_of_names() -> None:
    with pytest.raises(ValidationError, match="written with a capital"):
        TimeData(capitalised=True, weekdays=WEEKDAY_WORDS)


def test_schema_rejects_unknown_concepts() -> None:
    with pytest.raises(ValidationError):
        TimeData(relative={"fortnight_ago": ("for to uger siden",)})  # type: ignore[dict-item]


def test_empty_time_data_is_valid() -> None:
    assert TimeData().weekdays == {}


# --- Robustness ----------------------------------------------------------------------------

VOCABULARY = [
    "i",
    "torsdag",
    "Torsdag",
    "aften",
    "mai",
    "Mai",
    "May",
    "siden",
    "september",
    "i fjor",
    "4.",
    "4",
    "2001",
    "2001/2002",
    "kl.",
    "20.30",
    "Uhr",
    "pm",
    "fra",
    "til",
    "from",
    "to",
    "-",
    ",",
    ".",
    "natt til",
    "sent",
    "early",
    "den",
    "the",
    "of",
    "August",
    "august",
    "Donnerstagabend",
    "in",
    "last",
    "sidste",
    "uge",
    "31.",
    "29. februar",
    "2021-02-29",
    "9999-12-31",
    "0001-01-01",
    "1.1.0001",
    "i går",
    "next",
    "Friday",
]
PUBLISHED = st.sampled_from([None, "2021-08", "2021-08-13", "0001-01", "0001-01-01", "9999-12", "9999-12-31"])


def assert_well_formed(text: str, mentions: list[TimeMention]) -> None:
    previous_end = 0
    for mention in mentions:
        assert previous_end <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.text == mention.text.strip()
        previous_end = mention.end


@settings(deadline=None, max_examples=150)
@given(text=st.text(), language=st.sampled_from(SUPPORTED_LANGUAGES), published=PUBLISHED)
def test_arbitrary_text_never_raises_and_offsets_are_exact(text: str, language: str, published: str | None) -> None:
    assert_well_formed(text, find_times(text, language, published))


@settings(deadline=None, max_examples=300)
@given(
    words=st.lists(st.sampled_from(VOCABULARY), max_size=12),
    separators=st.lists(st.sampled_from([" ", "  ", "\n", ", ", "-", ""]), min_size=12, max_size=12),
    language=st.sampled_from(SUPPORTED_LANGUAGES),
    published=PUBLISHED,
)
def test_time_vocabulary_in_any_order_never_raises(
    words: list[str], separators: list[str], language: str, published: str | None
) -> None:
    text = "".join(word + separator for word, separator in zip(words, separators, strict=False))
    assert_well_formed(text, find_times(text, language, published))
