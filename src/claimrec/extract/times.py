"""Time expressions: find them in a sentence and resolve them against the publication date.

`find_times` reads weekdays ("torsdag aften", "Donnerstagabend", "late Tuesday"), dates
("4. august", "August 4, 2021", "2021-08-04"), months ("i mai", "først i maj", "inden udgangen
af august"), years ("i 2001", "2001/2002", "siden 2001"), relative expressions ("i sidste
måned", "i fjor", "de seneste uger", "siden september i fjor") and clock times ("kl. 20.30",
"um 20 Uhr"). All language knowledge comes from the language's `TimeData`; this engine
never looks at a language code.

Resolution, given the publication date:

- The past is preferred: in an article of Friday 2021-08-13 "torsdag" is 2021-08-12, and the
  same weekday is the day itself. A month (or a day and month without year) is the latest such
  month up to and including the publication month: "i november" in June 2021 is November 2020,
  "i juli" in July 2021 is July 2021. Words that look ahead ("until", "by the end of", "next")
  take the earliest such month from the publication month on.
- A month-only publication date (``2021-08``) is kept as uncertainty, never a guessed day: the
  expression is resolved against the first and the last day of the month and the interval
  covers both. "torsdag aften" in an August 2021 article is Thursday evening between 2021-07-29
  (the Thursday an article of 1 August means) and 2021-08-26 (the last Thursday of August),
  so two articles of the same month get the same label and the same interval.
- Without a publication date, absolute expressions (years, dates with a year) still resolve;
  relative ones keep their label and get ``first``/``last`` None.
- "since" and "from" leave the end open, "until", "by" and "before" the start: that side is
  None and ``open_end``/``open_start`` is True.
- "early", "mid" and "late" narrow a month to days 1-10, 11-20 and 21-end and a year to
  January-April, May-August and September-December (``vague``); on a day they are a part of day.
- Vague look-backs end on the publication day and reach back a conventional number of days
  (``vague``; see `RECENT_DAYS`): "de seneste uger" 28 days, "recent months" 182, "the past year" 365.
- "natt til fredag" (the night before Friday) is Thursday night, as English says it.
- "now" is not a time: it only repeats the publication date, so no language lists it.

Month names count only when written in lower case in a language that writes them so, or next to
a preposition, a day number or a year: English "may" and "May I" are not May, "in May" is. A
4-digit number is a year only after a preposition or a word for "year" ("i 2001", "im Jahr
2001") or in a pair of years ("2001/2002"), never before a unit ("i 1000 år") and never bare
("1000 soldater"). Clock times need a clock word ("kl.", "Uhr", "pm"), so "to" is never 02:00.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict

from claimrec.lang import get_language
from claimrec.lang.time_schema import MONTHS, WEEKDAYS, Phase, Position, TimeData

_Concept = TypeVar("_Concept", bound=str)

TimeKind = Literal["date", "month", "year", "weekday", "relative", "clock"]
Granularity = Literal["minute", "day", "week", "month", "year"]
PartOfDay = Literal["morning", "forenoon", "midday", "afternoon", "evening", "night", "early", "late"]


class TimeMention(BaseModel):
    """One time expression in a sentence, with the interval it can mean.

    Attributes:
        start: Offset of the first character in the searched text.
        end: Offset after the last character; ``text[start:end]`` is the whole expression.
        text: The expression as written ("torsdag aften", "siden september i fjor").
        kind: ``date``, ``month``, ``year``, ``weekday``, ``relative`` (anchored on the
            publication date by its words: "i går", "last month") or ``clock`` (a clock time alone).
        label: Normalised English: "Thursday evening", "May 2021", "2021-08-04",
            "September 2020 onwards", "last month" (when it cannot be resolved).
        first: First day (ISO) of the interval the words allow; None when it cannot be resolved
            or the start is open.
        last: Last day (ISO) of that interval; None when it cannot be resolved or the end is open.
        weekday: 0 (Monday) to 6 (Sunday), when the words name a weekday or resolve to one day.
        part_of_day: ``morning``, ``forenoon``, ``midday``, ``afternoon``, ``evening``, ``night``,
            or ``early``/``late`` ("sent tirsdag") when no part of day is named.
        position: ``early``, ``mid`` or ``late`` within the period ("først i maj", "late Tuesday").
        clock: Clock time ``HH:MM`` ("kl. 20.30" gives ``20:30``).
        granularity: What the words are precise to: ``minute``, ``day``, ``week``, ``month`` or ``year``.
        open_start: True for "until"/"by"/"before" expressions: the interval has no start.
        open_end: True for "since"/"from"/"after" expressions: the interval has no end.
        anchored: True when the interval depends on the publication date ("torsdag", "i mai").
        vague: True when the interval is a convention for vague words ("de seneste uger" is the
            28 days before publication, "early May" days 1-10), not a boundary the words state.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int
    end: int
    text: str
    kind: TimeKind
    label: str
    first: str | None = None
    last: str | None = None
    weekday: int | None = None
    part_of_day: PartOfDay | None = None
    position: Position | None = None
    clock: str | None = None
    granularity: Granularity
    open_start: bool = False
    open_end: bool = False
    anchored: bool = False
    vague: bool = False

    @property
    def interval(self) -> str | None:
        """The interval in ISO 8601, or None when it cannot be resolved.

        One day is ``2021-08-12``; longer intervals are ``first/last`` with ``..`` for an open side
        (``2020-09-01/..``).
        """
        if self.first is None and self.last is None:
            return None
        if self.first == self.last:
            return self.first
        return f"{self.first or '..'}/{self.last or '..'}"


def find_times(text: str, language: str, published: str | None) -> list[TimeMention]:
    """Every time expression in `text`, resolved against the publication date.

    Args:
        text: A sentence (any text works; it is never changed, offsets point into it).
        language: Language code, one of `claimrec.lang.SUPPORTED_LANGUAGES`.
        published: Publication date ``YYYY-MM-DD``, month-only ``YYYY-MM``, or None.

    Returns:
        The mentions in text order, without overlaps; ``[]`` when there is none.

    Raises:
        UnknownLanguageError: `language` is not supported.
        ValueError: `published` is neither None nor an ISO date or month.
    """
    grammar = _grammar(language)
    references = _reference_days(published)
    drafts = _Parser(text, _atoms(text, grammar), grammar).drafts()
    return [_mention(text, draft, references) for draft in drafts]


# --- Concepts: what the English keys of `TimeData` mean -----------------------------------

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# Relative days: offset from the publication day and the part of day the words imply.
DAY_OFFSETS: dict[str, int] = {
    "day_before_yesterday": -2,
    "yesterday": -1,
    "today": 0,
    "tomorrow": 1,
    "day_after_tomorrow": 2,
    "this_morning": 0,
    "this_afternoon": 0,
    "tonight": 0,
    "yesterday_evening": -1,
    "last_night": -1,
}
DAY_OFFSET_PARTS: dict[str, str] = {
    "this_morning": "morning",
    "this_afternoon": "afternoon",
    "tonight": "evening",
    "yesterday_evening": "evening",
    "last_night": "night",
}
DAY_OFFSET_WORDS = {
    -2: "the day before yesterday",
    -1: "yesterday",
    0: "today",
    1: "tomorrow",
    2: "the day after tomorrow",
}
YEAR_OFFSET_WORDS = {-1: "last year", 0: "this year", 1: "next year"}
POSITION_PREFIXES = {"early": "early ", "mid": "mid-", "late": "late "}
PARTS_OF_DAY: dict[str, PartOfDay] = {
    "morning": "morning",
    "forenoon": "forenoon",
    "midday": "midday",
    "afternoon": "afternoon",
    "evening": "evening",
    "night": "night",
}
# "sent tirsdag", "early Monday": a position on a day is a part of day.
POSITION_PARTS_OF_DAY: dict[str, PartOfDay] = {"early": "early", "mid": "midday", "late": "late"}
POSITIONS: dict[str, Position] = {"early": "early", "mid": "mid", "late": "late"}

# Calendar periods: the period containing the publication day, shifted by whole periods.
PERIOD_OFFSETS: dict[str, tuple[Literal["week", "month", "year"], int]] = {
    "last_week": ("week", -1),
    "this_week": ("week", 0),
    "next_week": ("week", 1),
    "last_month": ("month", -1),
    "this_month": ("month", 0),
    "next_month": ("month", 1),
    "last_year": ("year", -1),
    "this_year": ("year", 0),
    "next_year": ("year", 1),
}

# Vague look-backs: how many days before the publication day they are taken to cover.
RECENT_DAYS: dict[str, int] = {
    "recent_days": 7,
    "recent_weeks": 28,
    "recent_months": 182,
    "recent_years": 1826,
    "past_week": 7,
    "past_month": 30,
    "past_year": 365,
}
RECENT_GRANULARITY: dict[str, Granularity] = {
    "recent_days": "day",
    "recent_weeks": "week",
    "recent_months": "month",
    "recent_years": "year",
    "past_week": "week",
    "past_month": "month",
    "past_year": "year",
}

OPEN_END_RELATIONS = frozenset({"since", "from", "after"})
OPEN_START_RELATIONS = frozenset({"until", "by", "by_end_of", "before"})
# Relations that look ahead: their month is resolved forwards from the publication month.
FORWARD_RELATIONS = frozenset({"until", "by", "by_end_of"})
RELATION_LABELS = {
    "since": "{} onwards",
    "from": "{} onwards",
    "until": "until {}",
    "by": "by {}",
    "by_end_of": "by the end of {}",
    "before": "before {}",
    "after": "after {}",
}

# A 4-digit number after a preposition is a year in this range; after a word for "year" in the wider one.
YEAR_AFTER_PREPOSITION = range(1800, 2100)
YEAR_AFTER_YEAR_WORD = range(1000, 2200)
DASHES = frozenset({"-", "–", "—"})
SENTENCE_END = frozenset(".!?:;\n")
OPENING_PUNCTUATION = frozenset("\"'«»„“”‘’‚([{–—-*•")
DIGITS = re.compile("[0-9]+")
WITH_COMMA = frozenset({"", ","})
# A weekday and a day part capitalised against the language's case name a title ("Sunday Morning", "Saturday
# Night Live", «Søndag Morgen»), except in a sentence written in title case, where fewer than this share of
# its words of four letters or more begin in lower case ("Rosa Reaches Arizona Sunday Morning").
TITLE_CASE_LOWER_SHARE = 0.25
_NEXT_WORD = re.compile(r"\s+(\w+)")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")

# --- Grammar: the language's words as one compiled regular expression ------------------------


@dataclass(frozen=True)
class _Sense:
    """One reading of an atom: a category (weekday, month, relation ...) and its concept or values."""

    category: str
    concept: str = ""
    value: int = 0
    value2: int = 0
    written: str = ""


@dataclass(frozen=True)
class _Grammar:
    pattern: re.Pattern[str]
    senses: dict[str, tuple[_Sense, ...]]
    weekday_of: dict[str, int]
    day_part_of: dict[str, str]
    pm_words: frozenset[str]
    ago_words: frozenset[str]
    lower_case_day_parts: frozenset[str]
    capitalised: bool
    month_before_day: bool


@cache
def find_phase(text: str, language: str) -> Phase | None:
    """Whether `text` (a clause) says that what it dates began (``start``) or ended (``end``): the first
    phase word of the language's `TimeData.phases` found, or None."""
    found = _phase_pattern(language).search(text)
    if found is None:
        return None
    phase: Phase = "start" if found.lastgroup == "start" else "end"
    return phase


@cache
def _phase_pattern(language: str) -> re.Pattern[str]:
    phases = get_language(language).times.phases
    groups = [f"(?P<{phase}>{_alternation(words)})" for phase, words in sorted(phases.items())]
    return re.compile(rf"(?<!\w)(?:{'|'.join(groups) or '(?!)'})(?!\w)", re.IGNORECASE)


@cache
def _grammar(language: str) -> _Grammar:
    data = get_language(language).times
    senses = _lexicon(data)
    weekday_of = {word.casefold(): WEEKDAYS.index(day) for day, words in data.weekdays.items() for word in words}
    day_part_of: dict[str, str] = {word.casefold(): part for part, words in data.day_parts.items() for word in words}
    # Every alternative starts a word; the lookbehind before them all lets the engine skip word interiors fast.
    alternatives = (
        r"(?P<iso>[0-9]{4}-[0-9]{2}-[0-9]{2})(?![0-9])",
        _numeric_date_pattern(data),
        r"(?<![.,/])(?P<year_a>[0-9]{4})\s?[/–-]\s?(?P<year_b>[0-9]{4}|(?<=/)[0-9]{2})(?![0-9]|[.,][0-9])",
        _clock_pattern(data),
        rf"(?P<compound_day>{_alternation(weekday_of)})-?(?P<compound_part>{_alternation(day_part_of)})(?!\w)"
        if weekday_of and day_part_of
        else "",
        rf"(?P<word>{_alternation(senses)})(?!\w)" if senses else "",
        rf"(?<![.,:/])(?P<number>[0-9]{{4}}|[0-9]{{1,2}}{_suffixes(data.day_suffixes)})(?!\w|[.,:/][0-9]|['’-]\w)",
    )
    pattern = "|".join(alternative for alternative in alternatives if alternative)
    return _Grammar(
        pattern=re.compile(rf"(?<!\w)(?:{pattern})", re.IGNORECASE),
        senses=senses,
        weekday_of=weekday_of,
        day_part_of=day_part_of,
        pm_words=frozenset(word.casefold() for word in data.clock_pm),
        ago_words=frozenset(_key(word) for word in data.ago_words),
        lower_case_day_parts=frozenset(
            word.casefold() for words in data.day_parts.values() for word in words if word[:1].islower()
        ),
        capitalised=data.capitalised,
        month_before_day=data.month_before_day,
    )


def _lexicon(data: TimeData) -> dict[str, tuple[_Sense, ...]]:
    """Every listed word or phrase (case-folded, single-spaced) with all its senses."""
    entries = [
        *_concept_entries("weekday", data.weekdays, WEEKDAYS),
        *_concept_entries("previous_weekday", data.previous_weekdays, WEEKDAYS),
        *_concept_entries("month", data.months, ("", *MONTHS)),
        *_concept_entries("month_abbreviation", data.month_abbreviations, ("", *MONTHS)),
        *_concept_entries("day_part", data.day_parts),
        *_concept_entries("relative", data.relative),
        *_concept_entries("position", data.positions),
        *_concept_entries("relation", data.prepositions),
        *_concept_entries("shift", data.shifts),
        *_concept_entries("joiner", {"": data.range_joiners}),
        *_concept_entries("article", {"": data.articles}),
        *_concept_entries("linker", {"": data.date_linkers}),
        *_concept_entries("year_word", {"": data.year_words}),
        *_concept_entries("duration_unit", {"": data.duration_units}),
        *_concept_entries("clock_preposition", {"": data.clock_prepositions}),
    ]
    lexicon: dict[str, tuple[_Sense, ...]] = {}
    for sense in entries:
        key = _key(sense.written)
        lexicon[key] = (*lexicon.get(key, ()), sense)
    return lexicon


def _concept_entries(
    category: str, concepts: Mapping[_Concept, tuple[str, ...]], numbering: tuple[str, ...] = ()
) -> list[_Sense]:
    """One sense per word; `numbering` gives a concept its number (weekday 0-6, month 1-12)."""
    return [
        _Sense(category, concept, numbering.index(concept) if numbering else 0, written=word)
        for concept, words in concepts.items()
        for word in words
    ]


def _numeric_date_pattern(data: TimeData) -> str:
    if data.numeric_dates is None:
        return ""
    return (
        r"(?<![.,/])(?P<dmy_day>[0-9]{1,2})(?P<dmy_separator>[./])(?P<dmy_month>[0-9]{1,2})"
        r"(?P=dmy_separator)(?P<dmy_year>[0-9]{4})(?![0-9])"
    )


def _clock_pattern(data: TimeData) -> str:
    pieces = []
    if data.clock_before:
        pieces.append(
            rf"(?:{_alternation(data.clock_before)})\s*(?P<before_hour>[0-9]{{1,2}})"
            r"(?:[.:](?P<before_minute>[0-9]{2}))?(?![0-9]|[.,:][0-9])"
        )
    if data.clock_after:
        pieces.append(
            r"(?<![.,:])(?P<after_hour>[0-9]{1,2})(?:[.:](?P<after_minute>[0-9]{2}))?\s*"
            rf"(?P<after_word>{_alternation(data.clock_after)})(?!\w)"
        )
    return "|".join(pieces)


def _suffixes(suffixes: tuple[str, ...]) -> str:
    """Optional ordinal endings after a day number; a dot only where no digit follows ("4." but not "4.5")."""
    if not suffixes:
        return ""
    return f"(?:(?:{_alternation(suffixes)})(?![0-9]))?"


def _alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words` (longest first), as a trie so that matching does not try each word in turn.

    Words are matched case-insensitively; a space in a phrase matches any whitespace.
    """
    trie: _Trie = {}
    for word in {" ".join(word.lower().split()) for word in words}:
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}
    return _trie_pattern(trie)


_Trie = dict[str, "_Trie"]


def _trie_pattern(node: _Trie) -> str:
    """A trie as a regex; a word ending at `node` makes the rest optional (greedy, so longest first)."""
    branches = [
        (r"\s+" if character == " " else re.escape(character)) + _trie_pattern(child)
        for character, child in sorted(node.items())
        if character
    ]
    if not branches:
        return ""
    if "" in node:
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _key(phrase: str) -> str:
    return " ".join(phrase.casefold().split())


# --- Atoms: the matched words and numbers, each with its possible senses ---------------------


@dataclass(frozen=True)
class _Atom:
    start: int
    end: int
    senses: tuple[_Sense, ...]
    lower_case: bool = False
    # The first part of a hyphenated compound ("mars-sonden", "Mai-Feiertag") names no time.
    glued: bool = False

    def sense(self, *categories: str) -> _Sense | None:
        """The first sense of one of `categories`, or None."""
        return next((sense for sense in self.senses if sense.category in categories), None)


def _atoms(text: str, grammar: _Grammar) -> list[_Atom]:
    atoms = []
    for match in grammar.pattern.finditer(text):
        senses = _senses(match, text, grammar)
        if senses:
            glued = text[match.end() : match.end() + 1] in DASHES and text[match.end() + 1 : match.end() + 2].isalpha()
            atoms.append(_Atom(match.start(), match.end(), senses, match.group()[:1].islower(), glued))
    return atoms


def _senses(match: re.Match[str], text: str, grammar: _Grammar) -> tuple[_Sense, ...]:
    groups = {name: value for name, value in match.groupdict().items() if value is not None}
    if "word" in groups:
        return _word_senses(match, text, grammar)
    if "number" in groups:
        return _number_senses(groups["number"])
    if "compound_day" in groups:
        return _compound_senses(match, text, grammar)
    if "iso" in groups:
        year, month, day = groups["iso"].split("-")
        return _date_senses(int(year), int(month), int(day))
    if "year_a" in groups:
        return _year_range_senses(groups["year_a"], groups["year_b"])
    if "dmy_day" in groups:
        return _date_senses(int(groups["dmy_year"]), int(groups["dmy_month"]), int(groups["dmy_day"]))
    return _clock_senses(groups, grammar)


def _word_senses(match: re.Match[str], text: str, grammar: _Grammar) -> tuple[_Sense, ...]:
    written = match.group()
    senses = grammar.senses.get(_key(written), ())
    if not grammar.capitalised:
        return senses
    at_start = _starts_sentence(text, match.start())
    return tuple(sense for sense in senses if _case_fits(sense.written, written, at_start))


def _compound_senses(match: re.Match[str], text: str, grammar: _Grammar) -> tuple[_Sense, ...]:
    day_word, part_word = match.group("compound_day"), match.group("compound_part")
    weekday = grammar.weekday_of.get(day_word.casefold())
    part = grammar.day_part_of.get(part_word.casefold())
    if weekday is None or part is None:
        return ()
    written = next(
        (sense.written for sense in grammar.senses.get(_key(day_word), ()) if sense.category == "weekday"), ""
    )
    if grammar.capitalised and not _case_fits(written, day_word, _starts_sentence(text, match.start())):
        return ()
    return (_Sense("weekday", WEEKDAYS[weekday], weekday), _Sense("day_part", part))


def _number_senses(number: str) -> tuple[_Sense, ...]:
    digits = DIGITS.match(number)
    if digits is None:
        return ()
    value = int(digits.group())
    if len(digits.group()) == 4:
        return (_Sense("year_number", value=value),)
    return (_Sense("day_number", value=value),) if 1 <= value <= 31 else ()


def _date_senses(year: int, month: int, day: int) -> tuple[_Sense, ...]:
    if _valid_day(year, month, day):
        return (_Sense("date", value=date(year, month, day).toordinal()),)
    return ()


def _year_range_senses(first: str, second: str) -> tuple[_Sense, ...]:
    start = int(first)
    end = int(second) if len(second) == 4 else start // 100 * 100 + int(second)
    return (_Sense("year_range", value=start, value2=end),) if start < end else ()


def _clock_senses(groups: dict[str, str], grammar: _Grammar) -> tuple[_Sense, ...]:
    hour_text = groups.get("before_hour") or groups.get("after_hour")
    if hour_text is None:
        return ()
    hour = int(hour_text)
    minute = int(groups.get("before_minute") or groups.get("after_minute") or 0)
    word = _key(groups.get("after_word", ""))
    if word in grammar.pm_words and hour < 12:
        hour += 12
    if hour > 23 or minute > 59:
        return ()
    return (_Sense("clock", value=hour, value2=minute),)


def _case_fits(written: str, found: str, at_sentence_start: bool) -> bool:
    """Whether `found` has the case of `written`: capitals stay capitals; lower case may start a sentence."""
    if written[:1].isupper():
        return found[:1].isupper()
    return found[:1].islower() or at_sentence_start


def _starts_sentence(text: str, offset: int) -> bool:
    index = offset - 1
    while index >= 0 and (text[index].isspace() or text[index] in OPENING_PUNCTUATION):
        index -= 1
    return index < 0 or text[index] in SENTENCE_END


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1] and year >= 1


# --- Parsing: atoms → drafts of what the words say -------------------------------------------


@dataclass
class _Draft:
    """What one expression says, before it is resolved against a publication date."""

    start: int
    end: int = 0
    relation: str | None = None
    context: bool = False
    position: str | None = None
    shift: int = 0
    night_before: bool = False
    year_word: bool = False
    article: bool = False
    clock_preposition: bool = False
    year: int | None = None
    year_end: int | None = None
    year_offset: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relative: str | None = None
    part: str | None = None
    clock: str | None = None
    until: _Draft | None = field(default=None, repr=False)


@dataclass(frozen=True)
class _Step:
    draft: _Draft
    after: int


class _Parser:
    """A small left-to-right grammar over atoms: prefixes, one core, suffixes, an optional range end."""

    def __init__(self, text: str, atoms: list[_Atom], grammar: _Grammar) -> None:
        self.text = text
        self.atoms = atoms
        self.grammar = grammar

    def drafts(self) -> list[_Draft]:
        found = []
        index = 0
        while index < len(self.atoms):
            step = self._expression(index)
            if step is None:
                index += 1
                continue
            found.append(step.draft)
            index = step.after
        return found

    def _expression(self, index: int, joined: bool = False) -> _Step | None:
        draft = _Draft(start=self.atoms[index].start, context=joined)
        core = self._prefixes(index, draft)
        if core >= len(self.atoms) or (core > index and not self._adjacent(core)):
            return None
        after = self._core(core, draft)
        if after is None:
            return None
        if draft.day is not None or draft.weekday is not None or draft.relative in DAY_OFFSETS:
            after = self._day_suffixes(after, draft)
        after = self._range_end(after, draft)
        draft.end = self.atoms[after - 1].end
        return _Step(draft, after)

    def _adjacent(self, index: int, gaps: frozenset[str] = frozenset({"", *DASHES})) -> bool:
        """Whether atom `index` follows atom ``index - 1`` with only whitespace (or one of `gaps`) between."""
        if index <= 0 or index >= len(self.atoms):
            return False
        return self.text[self.atoms[index - 1].end : self.atoms[index].start].strip() in gaps

    def _follows(self, index: int, *categories: str, gaps: frozenset[str] = frozenset({"", *DASHES})) -> _Sense | None:
        if not self._adjacent(index, gaps):
            return None
        return self.atoms[index].sense(*categories)

    def _prefixes(self, index: int, draft: _Draft) -> int:
        first = index
        while index < len(self.atoms) and (index == first or self._adjacent(index)):
            if self._ago(index) or not self._take_prefix(self.atoms[index], draft):
                break
            index += 1
        return index

    def _ago(self, index: int) -> bool:
        """Whether atom `index` is an "ago" word right after a duration unit ("136 år siden")."""
        atom = self.atoms[index]
        return (
            _key(self.text[atom.start : atom.end]) in self.grammar.ago_words
            and self._adjacent(index)
            and self.atoms[index - 1].sense("duration_unit") is not None
        )

    def _take_prefix(self, atom: _Atom, draft: _Draft) -> bool:
        for sense in atom.senses:
            if sense.category == "relation" and sense.concept == "night_before" and not draft.night_before:
                draft.night_before = True
            elif sense.category == "relation" and sense.concept == "in" and not draft.context:
                draft.context = True
            elif sense.category == "relation" and sense.concept not in ("in", "night_before") and not draft.relation:
                draft.relation = sense.concept
            elif sense.category == "position" and not draft.position:
                draft.position = sense.concept
            elif sense.category == "shift" and not draft.shift:
                draft.shift = -1 if sense.concept == "previous" else 1
            elif sense.category == "article" and not draft.article:
                draft.article = True
            elif sense.category == "year_word" and not draft.year_word:
                draft.year_word = True
            elif sense.category == "clock_preposition" and not draft.clock_preposition:
                draft.clock_preposition = True
            else:
                continue
            return True
        return False

    def _has_context(self, draft: _Draft) -> bool:
        return draft.context or bool(draft.relation or draft.position or draft.shift or draft.year_word)

    def _prefixes_fit(self, atom: _Atom, draft: _Draft) -> bool:
        """Some prefixes belong to one kind of core: "um" to a clock time, "år" to a year, "den" to a day number."""
        if draft.clock_preposition and atom.sense("clock") is None:
            return False
        if draft.year_word and atom.sense("year_number", "year_range") is None:
            return False
        return not draft.article or atom.sense("day_number") is not None

    def _core(self, index: int, draft: _Draft) -> int | None:
        atom = self.atoms[index]
        if atom.glued or not self._prefixes_fit(atom, draft):
            return None
        if (sense := atom.sense("date")) is not None:
            day = date.fromordinal(sense.value)
            draft.year, draft.month, draft.day = day.year, day.month, day.day
            return index + 1
        if atom.sense("weekday", "previous_weekday") is not None:
            return self._weekday(index, draft)
        if (after := self._day_month(index, draft)) is not None:
            return after
        if atom.sense("month") is not None:
            return self._month(index, draft)
        if (sense := atom.sense("year_range")) is not None:
            return self._year_range(index, sense, draft)
        if (sense := atom.sense("year_number")) is not None:
            return self._year(index, sense, draft)
        if (sense := atom.sense("relative")) is not None:
            return self._relative(index, sense, draft)
        if (sense := atom.sense("clock")) is not None:
            return self._clock_first(index, sense, draft)
        return None

    def _weekday(self, index: int, draft: _Draft) -> int | None:
        atom = self.atoms[index]
        weekday = atom.sense("weekday", "previous_weekday")
        part = atom.sense("day_part")
        assert weekday is not None
        if self._titled(atom):
            return None
        draft.weekday = weekday.value
        if weekday.category == "previous_weekday":
            draft.shift = -1
        draft.part = part.concept if part else None
        if draft.night_before:
            draft.weekday = (weekday.value - 1) % 7
            draft.part = "night"
        after = index + 1
        with_date = index + 1
        if self._follows(with_date, "article", gaps=WITH_COMMA) is not None:
            with_date += 1
        if self._follows(with_date, "day_number", "month", gaps=WITH_COMMA) is not None:
            dated = self._day_month(with_date, draft)
            if dated is not None:
                return dated
        return after

    def _titled(self, atom: _Atom) -> bool:
        """Whether a weekday begins a title: the next word is a day part the language writes in lower case,
        capitalised, in a sentence not written in title case (see `TITLE_CASE_LOWER_SHARE`)."""
        following = _NEXT_WORD.match(self.text, atom.end)
        word: str = following[1] if following else ""
        if not word[:1].isupper() or word.casefold() not in self.grammar.lower_case_day_parts:
            return False
        words: list[str] = _LONG_WORD.findall(self.text)
        return sum(long_word[0].islower() for long_word in words) >= TITLE_CASE_LOWER_SHARE * len(words)

    def _day_month(self, index: int, draft: _Draft) -> int | None:
        """A day number and its month ("4. august", "4th of August", "August 4"), with an optional year."""
        atom = self.atoms[index]
        number = atom.sense("day_number")
        if number is not None:
            month_at = index + 1
            if self._follows(month_at, "linker") is not None:
                month_at += 1
            month = self._follows(month_at, "month", "month_abbreviation")
            after = month_at + 1
        elif self.grammar.month_before_day and atom.sense("month", "month_abbreviation") is not None:
            month = atom.sense("month", "month_abbreviation")
            number = self._follows(index + 1, "day_number", gaps=frozenset({""}))
            after = index + 2
        else:
            return None
        if month is None or number is None or not _valid_day(2000, month.value, number.value):
            return None
        draft.month, draft.day = month.value, number.value
        return self._year_after(after, draft)

    def _month(self, index: int, draft: _Draft) -> int | None:
        atom = self.atoms[index]
        month = atom.sense("month")
        assert month is not None
        draft.month = month.value
        after = self._year_after(index + 1, draft)
        spelled_as_month = atom.lower_case and not self.grammar.capitalised
        if after == index + 1 and not spelled_as_month and not self._has_context(draft):
            draft.month = None
            return None
        return after

    def _year_after(self, index: int, draft: _Draft) -> int:
        """Takes a year number or a relative year ("i fjor", "letzten Jahres") after a month."""
        year = self._follows(index, "year_number", gaps=WITH_COMMA)
        if year is not None and year.value in YEAR_AFTER_YEAR_WORD:
            draft.year = year.value
            return index + 1
        relative = self._follows(index, "relative")
        if (
            relative is not None
            and relative.concept in PERIOD_OFFSETS
            and PERIOD_OFFSETS[relative.concept][0] == "year"
        ):
            draft.year_offset = PERIOD_OFFSETS[relative.concept][1]
            return index + 1
        return index

    def _year(self, index: int, sense: _Sense, draft: _Draft) -> int | None:
        plausible = YEAR_AFTER_YEAR_WORD if draft.year_word else YEAR_AFTER_PREPOSITION
        if sense.value not in plausible or not self._has_context(draft):
            return None
        if self._follows(index + 1, "duration_unit") is not None:
            return None
        draft.year = sense.value
        return index + 1

    def _year_range(self, index: int, sense: _Sense, draft: _Draft) -> int | None:
        plausible = YEAR_AFTER_YEAR_WORD if draft.year_word else YEAR_AFTER_PREPOSITION
        consecutive = sense.value2 == sense.value + 1
        if sense.value not in plausible or sense.value2 not in plausible:
            return None
        if not (consecutive or self._has_context(draft)):
            return None
        draft.year, draft.year_end = sense.value, sense.value2
        return index + 1

    def _relative(self, index: int, sense: _Sense, draft: _Draft) -> int:
        draft.relative = sense.concept
        draft.part = DAY_OFFSET_PARTS.get(sense.concept)
        return index + 1

    def _clock_first(self, index: int, sense: _Sense, draft: _Draft) -> int:
        """A clock time, and the day it belongs to when one follows ("kl. 20 torsdag", "um 20 Uhr am Freitag")."""
        draft.clock = _clock_text(sense)
        day_at = index + 1
        if self._follows(day_at, "relation", gaps=WITH_COMMA) is not None:
            day_at += 1
        day = self._follows(day_at, "weekday", "previous_weekday", "relative", "day_number", "month", gaps=WITH_COMMA)
        if day is None or (day.category == "relative" and day.concept not in DAY_OFFSETS):
            return index + 1
        if day.category == "relative":
            return self._relative(day_at, day, draft)
        if day.category in ("weekday", "previous_weekday"):
            return self._weekday(day_at, draft) or index + 1
        return self._day_month(day_at, draft) or index + 1

    def _day_suffixes(self, index: int, draft: _Draft) -> int:
        """Part of day, "early"/"late" and clock time after a day ("torsdag aften kl. 20")."""
        while True:
            if draft.part is None and (part := self._follows(index, "day_part")) is not None:
                draft.part = part.concept
            elif draft.position is None and (position := self._follows(index, "position")) is not None:
                draft.position = position.concept
            elif draft.clock is None and (clock := self._follows(index, "clock", gaps=WITH_COMMA)):
                draft.clock = _clock_text(clock)
            elif draft.clock is None and self._follows(index, "relation", "clock_preposition", gaps=WITH_COMMA):
                clock = self._follows(index + 1, "clock")
                if clock is None:
                    return index
                draft.clock = _clock_text(clock)
                index += 1
            else:
                return index
            index += 1

    def _range_end(self, index: int, draft: _Draft) -> int:
        """The end of a "from ... to ..." range ("fra maj til juli", "von 2001 bis 2005")."""
        if draft.relation != "from" or index >= len(self.atoms) or not self._adjacent(index):
            return index
        gap = self.text[self.atoms[index - 1].end : self.atoms[index].start].strip()
        start = index if gap in DASHES else index + 1
        if start == index + 1 and (self.atoms[index].sense("joiner") is None or not self._adjacent(start)):
            return index
        if start >= len(self.atoms):
            return index
        step = self._expression(start, joined=True)
        if step is None or _granularity(step.draft) != _granularity(draft):
            return index
        draft.until = step.draft
        draft.relation = None
        return step.after


def _clock_text(sense: _Sense) -> str:
    return f"{sense.value:02d}:{sense.value2:02d}"


# --- Resolution: drafts → intervals against the publication date -----------------------------


@dataclass(frozen=True)
class _Span:
    first: date
    last: date


@cache
def _reference_days(published: str | None) -> tuple[date, ...]:
    """The days an article may have been published on: one day, or the first and last day of its month."""
    if published is None:
        return ()
    match = re.fullmatch(r"([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?", published.strip())
    if match is None or not _valid_day(int(match[1]), int(match[2]), int(match[3] or 1)):
        raise ValueError(f"Unreadable publication date {published!r}. Expected YYYY-MM-DD, YYYY-MM or None.")
    year, month = int(match[1]), int(match[2])
    if match[3] is not None:
        return (date(year, month, int(match[3])),)
    return (date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def _mention(text: str, draft: _Draft, references: tuple[date, ...]) -> TimeMention:
    unique_core = _unique(_spans(draft, references, _core_span))
    bounds = _bounds(draft, references)
    single_day = unique_core if unique_core and unique_core.first == unique_core.last else None
    weekday = draft.weekday if draft.weekday is not None else (single_day.first.weekday() if single_day else None)
    return TimeMention(
        start=draft.start,
        end=draft.end,
        text=text[draft.start : draft.end],
        kind=_kind(draft),
        label=_label(draft, references),
        first=bounds.first.isoformat() if bounds.first else None,
        last=bounds.last.isoformat() if bounds.last else None,
        weekday=weekday,
        part_of_day=_part_of_day(draft),
        position=_position(draft),
        clock=draft.clock,
        granularity=_granularity(draft),
        open_start=draft.relation in OPEN_START_RELATIONS,
        open_end=draft.relation in OPEN_END_RELATIONS,
        anchored=_anchored(draft),
        vague=draft.relative in RECENT_DAYS or (draft.position is not None and _granularity(draft) != "day"),
    )


def _spans(
    draft: _Draft, references: tuple[date, ...], resolve: Callable[[_Draft, date | None], _Span | None]
) -> list[_Span | None]:
    """`resolve` against every possible publication day (None alone when the date is unknown)."""
    days: tuple[date | None, ...] = references or (None,)
    spans = []
    for day in days:
        try:
            spans.append(resolve(draft, day))
        except (OverflowError, ValueError):
            spans.append(None)
    return spans


def _unique(spans: list[_Span | None]) -> _Span | None:
    """The interval when every possible publication day gives the same one, else None."""
    return spans[0] if spans[0] is not None and all(span == spans[0] for span in spans) else None


def _hull(spans: list[_Span | None]) -> _Span | None:
    known = [span for span in spans if span is not None]
    if not known or len(known) < len(spans):
        return None
    return _Span(min(span.first for span in known), max(span.last for span in known))


@dataclass(frozen=True)
class _Bounds:
    """The interval a mention reports: a side is None when open or unknown."""

    first: date | None = None
    last: date | None = None


def _bounds(draft: _Draft, references: tuple[date, ...]) -> _Bounds:
    """The hull of the intervals over all possible publication days, opened on the side a relation leaves open."""
    span = _hull(_spans(draft, references, _full_span))
    if span is None:
        return _Bounds()
    try:
        return _open(span, draft.relation)
    except OverflowError:
        return _Bounds()


def _open(span: _Span, relation: str | None) -> _Bounds:
    if relation in ("since", "from"):
        return _Bounds(span.first, None)
    if relation == "after":
        return _Bounds(span.last + timedelta(days=1), None)
    if relation == "before":
        return _Bounds(None, span.first - timedelta(days=1))
    if relation in OPEN_START_RELATIONS:
        return _Bounds(None, span.last)
    return _Bounds(span.first, span.last)


def _full_span(draft: _Draft, reference: date | None) -> _Span | None:
    """The core interval, extended to the end of a range and narrowed by "early"/"mid"/"late"."""
    span = _core_span(draft, reference)
    if span is not None and draft.until is not None:
        end = _range_end_span(draft, reference)
        span = None if end is None else _Span(min(span.first, end.first), max(span.last, end.last))
    if span is None or draft.position is None:
        return span
    return _narrow(span, draft.position, _granularity(draft))


def _range_end_span(draft: _Draft, reference: date | None) -> _Span | None:
    """The interval of the end of a range ("til juli"), which lies on or after the range's start."""
    start = _core_span(draft, reference)
    if start is None or draft.until is None:
        return None
    return _core_span(_after_start(draft.until, start.first), reference)


def _after_start(end: _Draft, start: date) -> _Draft:
    """The end of a range placed on or after its start when the words leave it open ("fra juli til september")."""
    if end.year is not None or end.year_offset is not None or end.relative is not None:
        return end
    if end.month is not None:
        return replace(end, year=start.year if end.month >= start.month else start.year + 1)
    if end.weekday is not None:
        day = start + timedelta(days=(end.weekday - start.weekday()) % 7)
        return replace(end, weekday=None, year=day.year, month=day.month, day=day.day)
    return end


def _core_span(draft: _Draft, reference: date | None) -> _Span | None:
    if draft.relative is not None:
        return None if reference is None else _relative_span(draft.relative, reference)
    if draft.day is not None and draft.month is not None:
        year = _year_of(draft, draft.month, reference)
        return None if year is None else _day_span(date(year, draft.month, draft.day))
    if draft.weekday is not None:
        return None if reference is None else _day_span(_weekday_date(draft, reference))
    if draft.month is not None:
        year = _year_of(draft, draft.month, reference)
        return None if year is None else _month_span(year, draft.month)
    if draft.year is not None:
        return _Span(date(draft.year, 1, 1), date(draft.year_end or draft.year, 12, 31))
    return None


def _relative_span(concept: str, reference: date) -> _Span:
    if concept in DAY_OFFSETS:
        return _day_span(reference + timedelta(days=DAY_OFFSETS[concept]))
    if concept in RECENT_DAYS:
        return _Span(reference - timedelta(days=RECENT_DAYS[concept]), reference)
    unit, offset = PERIOD_OFFSETS[concept]
    if unit == "week":
        monday = reference - timedelta(days=reference.weekday()) + timedelta(weeks=offset)
        return _Span(monday, monday + timedelta(days=6))
    if unit == "month":
        index = reference.year * 12 + reference.month - 1 + offset
        return _month_span(index // 12, index % 12 + 1)
    return _Span(date(reference.year + offset, 1, 1), date(reference.year + offset, 12, 31))


def _year_of(draft: _Draft, month: int, reference: date | None) -> int | None:
    """The year of a month: stated, relative ("i fjor"), or the latest (or, looking ahead, next) such month."""
    if draft.year is not None:
        return draft.year
    if reference is None:
        return None
    if draft.year_offset is not None:
        return reference.year + draft.year_offset
    if draft.shift < 0:
        return reference.year if month < reference.month else reference.year - 1
    if draft.shift > 0:
        return reference.year if month > reference.month else reference.year + 1
    if draft.relation in FORWARD_RELATIONS:
        return reference.year if month >= reference.month else reference.year + 1
    return reference.year if month <= reference.month else reference.year - 1


def _weekday_date(draft: _Draft, reference: date) -> date:
    """The named weekday nearest the publication day: on or before it, or after it when the words look ahead."""
    assert draft.weekday is not None
    back = (reference.weekday() - draft.weekday) % 7
    ahead = (draft.weekday - reference.weekday()) % 7
    if draft.shift < 0:
        return reference - timedelta(days=back or 7)
    if draft.shift > 0:
        return reference + timedelta(days=ahead or 7)
    if draft.relation in FORWARD_RELATIONS:
        return reference + timedelta(days=ahead)
    return reference - timedelta(days=back)


def _narrow(span: _Span, position: str, granularity: Granularity) -> _Span:
    """Early, mid or late part of a span: days 1-10/11-20/21- of a month, thirds of a year, else thirds of the days."""
    if granularity == "day":
        return span
    if (
        granularity == "month"
        and span.first.day == 1
        and span.last == _month_span(span.first.year, span.first.month).last
    ):
        bounds = {"early": (1, 10), "mid": (11, 20), "late": (21, span.last.day)}[position]
        return _Span(span.first.replace(day=bounds[0]), span.first.replace(day=bounds[1]))
    if granularity == "year" and span.first.year == span.last.year:
        months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[position]
        return _Span(date(span.first.year, months[0], 1), _month_span(span.first.year, months[1]).last)
    third = ((span.last - span.first).days + 1) // 3
    if position == "early":
        return _Span(span.first, span.first + timedelta(days=max(third - 1, 0)))
    if position == "late":
        return _Span(span.last - timedelta(days=max(third - 1, 0)), span.last)
    return _Span(span.first + timedelta(days=third), span.last - timedelta(days=third))


def _day_span(day: date) -> _Span:
    return _Span(day, day)


def _month_span(year: int, month: int) -> _Span:
    return _Span(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


# --- Description: kind, granularity, label ----------------------------------------------------


def _kind(draft: _Draft) -> TimeKind:
    if draft.relative is not None:
        return "relative"
    if draft.day is not None:
        return "date"
    if draft.weekday is not None:
        return "weekday"
    if draft.month is not None:
        return "month"
    if draft.year is not None:
        return "year"
    return "clock"


def _granularity(draft: _Draft) -> Granularity:
    if draft.relative in RECENT_GRANULARITY:
        return RECENT_GRANULARITY[draft.relative]
    if draft.relative in PERIOD_OFFSETS:
        return PERIOD_OFFSETS[draft.relative][0]
    if draft.day is not None or draft.weekday is not None or draft.relative is not None:
        return "day"
    if draft.month is not None:
        return "month"
    if draft.year is not None:
        return "year"
    return "minute"


def _anchored(draft: _Draft) -> bool:
    if draft.relative is not None or draft.year_offset is not None:
        return True
    if draft.month is not None:
        return draft.year is None
    return draft.weekday is not None


def _part_of_day(draft: _Draft) -> PartOfDay | None:
    if draft.part is not None:
        return PARTS_OF_DAY.get(draft.part)
    if _granularity(draft) != "day":
        return None
    return POSITION_PARTS_OF_DAY.get(draft.position or "")


def _position(draft: _Draft) -> Position | None:
    return POSITIONS.get(draft.position or "")


def _label(draft: _Draft, references: tuple[date, ...]) -> str:
    core = _core_label(draft, _unique(_spans(draft, references, _core_span)))
    if draft.until is not None:
        core = f"{core}–{_core_label(draft.until, _unique(_spans(draft, references, _range_end_span)))}"
    template = RELATION_LABELS.get(draft.relation or "", "{}")
    return template.format(core)


def _core_label(draft: _Draft, unique: _Span | None) -> str:
    """The label of what the words name, absolute where `unique` (the one possible interval) allows."""
    if draft.relative in DAY_OFFSETS:
        return _day_label(_relative_day_words(draft, unique), draft)
    if draft.weekday is not None and draft.day is None:
        shift = {-1: "last ", 1: "next "}.get(draft.shift, "")
        return _day_label(shift + WEEKDAY_NAMES[draft.weekday], draft)
    if draft.day is not None and draft.month is not None:
        words = unique.first.isoformat() if unique else f"{draft.day} {MONTH_NAMES[draft.month - 1]}"
        return _day_label(words, draft)
    return _with_position(_period_words(draft, unique), draft.position)


def _relative_day_words(draft: _Draft, unique: _Span | None) -> str:
    if unique is not None:
        return WEEKDAY_NAMES[unique.first.weekday()]
    offset = DAY_OFFSETS[draft.relative or "today"]
    return "this" if offset == 0 and draft.part else DAY_OFFSET_WORDS[offset]


def _day_label(words: str, draft: _Draft) -> str:
    """ "late Tuesday", "Thursday evening", "2021-08-04 20:30"."""
    lead = POSITION_PREFIXES.get(draft.position or "", "")
    return " ".join(piece for piece in (lead + words, draft.part or "", draft.clock or "") if piece)


def _period_words(draft: _Draft, unique: _Span | None) -> str:
    if draft.relative in RECENT_DAYS:
        return (draft.relative or "").replace("_", " ")
    if draft.relative in PERIOD_OFFSETS:
        if unique is None:
            return (draft.relative or "").replace("_", " ")
        unit = PERIOD_OFFSETS[draft.relative or ""][0]
        if unit == "week":
            return f"week of {unique.first.isoformat()}"
        return (
            f"{MONTH_NAMES[unique.first.month - 1]} {unique.first.year}" if unit == "month" else str(unique.first.year)
        )
    if draft.month is not None:
        return _month_words(draft, unique)
    if draft.year is not None:
        return f"{draft.year}–{draft.year_end}" if draft.year_end else str(draft.year)
    return draft.clock or ""


def _month_words(draft: _Draft, unique: _Span | None) -> str:
    name = MONTH_NAMES[(draft.month or 1) - 1]
    if unique is not None:
        return f"{name} {unique.first.year}"
    if draft.year_offset is not None:
        return f"{name} {YEAR_OFFSET_WORDS[draft.year_offset]}"
    return {-1: f"last {name}", 1: f"next {name}"}.get(draft.shift, name)


def _with_position(words: str, position: str | None) -> str:
    return POSITION_PREFIXES.get(position or "", "") + words
