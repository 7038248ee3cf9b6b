"""Schema of a language's time knowledge (weekdays, parts of day, months, relative times).

Keys are English concepts, values the native words (dateparser style): ``weekdays:
{"thursday": ("torsdag",)}``. What a concept *means* (that ``last_month`` is the month
before the publication month, that ``since`` leaves the end open) is defined once, in
`claimrec.extract.times`; a language only says how it words the concept.

An empty `TimeData` (the default) means "no time knowledge": nothing is found.
"""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
Month = Literal[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
DayPart = Literal["morning", "forenoon", "midday", "afternoon", "evening", "night"]
Position = Literal["early", "mid", "late"]
Relation = Literal["in", "since", "from", "until", "by", "by_end_of", "before", "after", "night_before"]
Shift = Literal["previous", "next"]
RelativeDay = Literal[
    "day_before_yesterday",
    "yesterday",
    "today",
    "tomorrow",
    "day_after_tomorrow",
    "this_morning",
    "this_afternoon",
    "tonight",
    "yesterday_evening",
    "last_night",
]
RelativePeriod = Literal[
    "last_week",
    "this_week",
    "next_week",
    "last_month",
    "this_month",
    "next_month",
    "last_year",
    "this_year",
    "next_year",
]
RecentPeriod = Literal[
    "recent_days",
    "recent_weeks",
    "recent_months",
    "recent_years",
    "past_week",
    "past_month",
    "past_year",
]
RelativeTime = Literal[RelativeDay, RelativePeriod, RecentPeriod]
Phase = Literal["start", "end"]

WEEKDAYS: tuple[Weekday, ...] = get_args(Weekday)
MONTHS: tuple[Month, ...] = get_args(Month)

Words = tuple[str, ...]


class TimeData(BaseModel):
    """How a language speaks of times.

    Every word list holds native words or phrases exactly as written in running text
    (phrases with single spaces; the engine accepts any whitespace between words).

    Attributes:
        capitalised: True when the language writes month and weekday names with a capital
            letter (English, German). Words are then matched with the case given here:
            capitalised words only capitalised, lower-case words in lower case or capitalised
            at the start of a sentence (German "Morgen" is morning, "morgen" tomorrow).
            Default False: any case.
        weekdays: Each weekday's forms, including definite and adverbial forms
            (Swedish "torsdagen"; "torsdags" also starts compounds: "torsdagskvällen"). All seven or none.
        previous_weekdays: Weekday forms that always mean the last such day before publication
            (Danish, Norwegian and Swedish "i fredags" is last Friday, never today).
        months: Each month's full names. All twelve or none.
        month_abbreviations: Abbreviated month names ("aug."), accepted only next to a day number.
        day_parts: Parts of the day as they follow a weekday ("torsdag aften", German
            compounds "Donnerstagabend" are found by the engine).
        relative: Expressions anchored on the publication date ("i sidste måned", "i fjor").
        positions: Words placing a time early, in the middle or late in a period
            ("først i", "Anfang", "sent").
        prepositions: Words before a time; ``in`` adds nothing ("i", "im"), the others change
            the interval (``since``: open end; ``by_end_of``: open start; ``night_before``:
            "natt til fredag" is Thursday night).
        shifts: ``previous``/``next`` before a weekday or month ("sidste fredag", "next May").
        range_joiners: Words joining the two ends of a range after a ``from`` word ("til", "bis").
        articles: Articles that may stand before a day number ("den 4. august").
        date_linkers: Words between a day number and its month ("4th of August").
        year_words: Nouns that announce a year number ("året 2001", "im Jahr 2001").
        duration_units: Nouns after which a number is a duration, not a year ("i 2000 år").
        ago_words: Those of the ``since`` prepositions that mean "ago" right after a duration unit
            ("for 136 år siden i dag": 136 years ago today, not since today); there they are no preposition.
        day_suffixes: Ordinal endings after a day number ("." in "4. august", "th" in "4th").
        month_before_day: True when a day number may follow its month ("August 4"). Default False.
        numeric_dates: Order of all-digit dates such as 4.8.2021: ``dmy`` or None when the
            language has no unambiguous order (English). ISO 2021-08-04 is always read.
        clock_before: Words before a clock time ("kl.", "klokken").
        clock_after: Words after a clock time ("Uhr", "pm").
        clock_pm: Those of `clock_after` that mean after noon ("pm", "p.m.").
        clock_prepositions: Prepositions read only before a clock time ("um 20 Uhr", "at 8 pm"):
            "um 2000 Euro" is no time.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    capitalised: bool = False
    weekdays: dict[Weekday, Words] = {}
    previous_weekdays: dict[Weekday, Words] = {}
    months: dict[Month, Words] = {}
    month_abbreviations: dict[Month, Words] = {}
    day_parts: dict[DayPart, Words] = {}
    relative: dict[RelativeTime, Words] = {}
    positions: dict[Position, Words] = {}
    prepositions: dict[Relation, Words] = {}
    shifts: dict[Shift, Words] = {}
    range_joiners: Words = ()
    articles: Words = ()
    date_linkers: Words = ()
    year_words: Words = ()
    duration_units: Words = ()
    ago_words: Words = ()
    day_suffixes: Words = ()
    month_before_day: bool = False
    numeric_dates: Literal["dmy"] | None = None
    clock_before: Words = ()
    clock_after: Words = ()
    clock_pm: Words = ()
    clock_prepositions: Words = ()
    phases: dict[Phase, Words] = {}

    @field_validator(
        "weekdays",
        "previous_weekdays",
        "months",
        "month_abbreviations",
        "day_parts",
        "relative",
        "positions",
        "prepositions",
        "shifts",
        "phases",
    )
    @classmethod
    def _concept_words_are_clean(cls, concepts: dict[str, Words]) -> dict[str, Words]:
        seen: dict[str, str] = {}
        for concept, words in concepts.items():
            if not words:
                raise ValueError(f"concept {concept!r} has no words; leave it out instead")
            for word in _clean(words):
                key = word.casefold()
                if seen.setdefault(key, concept) != concept:
                    raise ValueError(f"{word!r} is listed under both {seen[key]!r} and {concept!r}")
        return concepts

    @field_validator(
        "range_joiners",
        "articles",
        "date_linkers",
        "year_words",
        "duration_units",
        "day_suffixes",
        "clock_before",
        "clock_after",
        "clock_pm",
        "clock_prepositions",
    )
    @classmethod
    def _words_are_clean(cls, words: Words) -> Words:
        return _clean(words)

    @model_validator(mode="after")
    def _complete_and_consistent(self) -> TimeData:
        _require_all("weekdays", set(self.weekdays), WEEKDAYS)
        _require_all("months", set(self.months), MONTHS)
        if not set(self.clock_pm) <= set(self.clock_after):
            raise ValueError(f"clock_pm {self.clock_pm} must be a subset of clock_after {self.clock_after}")
        names = [word for words in (*self.weekdays.values(), *self.months.values()) for word in words]
        for word in names:
            if self.capitalised != word[0].isupper():
                case = "a capital" if self.capitalised else "lower case"
                raise ValueError(f"{word!r}: with capitalised={self.capitalised}, names are written with {case}")
        return self


def _clean(words: Words) -> Words:
    for word in words:
        if not word or word != word.strip() or "  " in word:
            raise ValueError(f"{word!r}: words must be non-empty, without outer or double spaces")
    return words


def _require_all(field: str, present: set[str], expected: tuple[str, ...]) -> None:
    if present and present != set(expected):
        missing = ", ".join(name for name in expected if name not in present)
        raise ValueError(f"{field} must name all {len(expected)} or none; missing: {missing}")
