"""Find every number mention in a sentence, with its normalised value.

One engine for every language: what differs between languages is data
(`claimrec.lang.<code>.numbers`, schema `claimrec.lang.number_schema.NumberData`), never a
branch on the language code here.

How a sentence is read:

1. Candidates are found: digit tokens in the locale's notation ("3.000", "150 000", "3,5",
   "20.30"), runs of number words ("seksogtyve", "to tusind", "twenty-five", "to tredjedele")
   and vague amounts ("hundredvis", "tens of thousands"). A number word is split into known
   parts (units, tens, "og", hundreds, scales, ordinal and fraction words), which one small
   grammar checks, so compounds need no list ("femogtyve", "tjuefem", "dreihundertzwölf").
   A number word glued to a noun counts only before a listed compound element ("seks|spills",
   "tretten|åring", "drei|mal", "fem|års|plan"), or as a fraction ("Zweidrittel|mehrheit").
2. Each candidate is classified by its neighbours: a clock word or "20:30" makes a clock
   time; "4." before a word, "4th", "nr. 4" or a month name next to a day ("1 October") an
   ordinal; year context ("i 2001", "2001/02", "1990'erne", "2019-sesongen") a year; a
   following scale word multiplies ("300 hundre" is 30,000, "£125m" 125 million); a following
   unit makes a percent, a quantity or a duration; a qualifier before ("omkring", "mer enn")
   or after ("or more") bounds it.
3. Neighbouring mentions are joined: "24 til 48 timer", "between 30 and 43 percent", "fem-seks",
   "five-to-six" and "fünf- bis sechstausend" become one range, and a scale written once after a
   range is the scale of both ends ("5-6.000", "fem til seks tusinde": 5000-6000); "45 miles
   (72 km)" one quantity; "6-foot-6" and "5'11\"" one height; "2-0" is a score and no count at
   all. A unit after the last number of a list closed by "og"/"and" is the unit of the bare
   numbers before it ("33, 34 og 39 år").
4. Ages are quantities in unit ``years_of_age``: from unit words ("39-årige", "years old"),
   after an age word ("aged 39", "im Alter von 39 Jahren"), after a person noun and "på" for
   years or a bare number no noun follows ("tre mænd på 33, 34 og 39 år"), and for a bare
   number set off by commas, brackets or dashes after a word ("the actor, 31,", "Jones (52)").

Decisions:

- Ranges and vague amounts have ``value`` None and their interval in ``low``/``high``
  (a midpoint would state a figure nobody wrote). Vague amounts span 2 to 10 times their
  scale ("hundreds": 200-999).
- Words for one that double as the indefinite article ("en", "et", "ein", "a"), and English
  "one", are no count on their own: before a time unit they give a duration of one
  ("på bare en uke" is 1 week, but "a decades-long dispute" none), before a scale or a fraction
  word they are its 1, and after a comparison they are the number ("more than one", "mindst
  en"; English "a" stays the article). The accented "én"/"ét" are the numeral and count alone.
- A number of times is a count in unit ``times`` ("twice", "three times", "dreimal", "to
  gange"); a factor ("three times as many") is the same, as every language says both alike.
- A lone "half" word is a share as a pronoun or predeterminer ("half of", "half the", "nearly
  half", "die Hälfte der"), a part after a determiner, a possessive, a name or an ordinal ("the
  Liverpool half", "the second half", "deres halvdel"), and a time before a number ("halv fem").
- Percentages are shares: "85 %" is 0.85. Percentage points are a quantity in unit
  ``percentage_points`` ("5 procentpoint" is 5).
- Fractions keep their exact value (2/3, not 0.6667). ``qualifier`` is ``exact`` unless a
  word says otherwise; "nearly"- and "just over"-words give ``approx`` with a bound.
- A capitalised small number word inside a sentence is part of a name ("World War Two"), and
  so is a capitalised unit word where nouns are written in lower case ("60 Minutes").
- Digits glued to letters ("G7", "Covid-19"), chains of digit groups ("0800 555 111") and
  dates written in digits ("13.08.2021") give no mention.

"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import islice, product
from math import isclose
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict

from claimrec.lang import get_language
from claimrec.lang.number_schema import TIMES, MeasureUnit, NumberData, QualifierSense
from claimrec.models import Qualifier

__all__ = ["MentionKind", "NumberMention", "find_numbers", "parse_number_words"]

MentionKind = Literal["count", "percent", "fraction", "quantity", "duration", "ordinal", "year", "clock"]

# A four-digit number is a year only inside this range, and then only in year context ("i 1066").
YEARS = range(1000, 2101)
# Only these are years without a year word: "(1967)", "Act 2017", "2016." and `NumberData.bare_years`.
RECENT_YEARS = range(1900, 2101)
# Vague amounts ("hundreds") and "several hundred" span this many times their scale.
VAGUE_LOW, VAGUE_HIGH = 2, 10
# A quantity restated in brackets in another unit ("45 miles (72 km)") may differ this much by rounding.
RESTATED = 0.1

_SPACES = " \u00a0\u202f\u2009"
_DASHES = "-\u2010\u2011\u2012\u2013\u2014"
_DASH = r"[\-\u2010\u2011\u2012\u2013\u2014]"
_HYPHEN = r"[\u002d\u2010\u2011]"
_CURRENCY_SIGNS = "£$€¥"
_VULGAR_FRACTIONS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"
_MAX_PHRASE_WORDS = 12
_MAX_SEGMENTATIONS = 8
_MAX_WORD_LENGTH = 80
_VOWELS = "aeiouyæøåäöüéè"

_WORD = re.compile(rf"[^\W\d_]+(?:{_HYPHEN}[^\W\d_]+)*")
_PREVIOUS_WORD = re.compile(r"(?<![\w.])([^\W\d_][\w'’.]*)[\s\u00a0]+$")
_DASH_CHAIN = re.compile(rf"[0-9]+(?:{_DASH}[0-9]+){{2,}}")
_YEAR_SPAN = re.compile(rf"([0-9]{{4}})[{_SPACES}]*(/|{_DASH})[{_SPACES}]*([0-9]{{4}}|[0-9]{{2}})(?![0-9])")
_SCORE_GAP = re.compile(rf"[{_SPACES}]*(?:{_DASH}|&)[{_SPACES}]*")
_DIGIT_NEIGHBOUR_BEFORE = re.compile(rf"[0-9][{_SPACES}]$")
_DIGIT_NEIGHBOUR_AFTER = re.compile(rf"[{_SPACES}][0-9]")
_YEAR_FOLLOWERS = ".,;:!?)]\"'»”"
_GROUPED = re.compile(r"[0-9]{1,3}(?:[.,][0-9]{3})+")
_VULGAR_FRACTION = re.compile(f"[{_VULGAR_FRACTIONS}]")
_OPENING_BRACKET = re.compile(rf"[{_SPACES}]*\([{_SPACES}]*")
_CLOSING_BRACKET = re.compile(rf"[{_SPACES}]*\)")
_CLOCK_DIGITS = re.compile(r"([0-9]{1,2})[.:]([0-9]{2})")
_SENTENCE_BREAKS = ".!?:;\"'«»“”„([–—-"
_LOOK_BACK = 100


class NumberMention(BaseModel):
    """A number in a sentence with its normalised value.

    Attributes:
        start: Offset of the whole mention (qualifier, number and unit) in the text.
        end: Offset after it; ``text[start:end] == mention.text``.
        text: The words of the mention ("omkring to tredjedele", "vel 15 mil").
        kind: ``count``, ``percent``, ``fraction``, ``quantity``, ``duration``, ``ordinal``,
            ``year`` or ``clock``.
        value: The normalised value: 85 % is 0.85, "15 mil" (nb) 150 with unit km, a clock
            time its hours (20:30 is 20.5). None for ranges and vague amounts.
        low: Lower end of the interval the words allow ("over 1000": 1000), or None.
        high: Upper end of that interval ("op til 30": 30), or None.
        qualifier: How the number is stated: ``exact`` unless a word says otherwise.
        unit: Canonical unit of a quantity or duration (``km``, ``kg``, ``days`` ...), else None.
        number_start: Offset of just the number ("15" in "vel 15 mil"), to mask the value.
        number_end: Offset after just the number.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int
    end: int
    text: str
    kind: MentionKind
    value: float | None
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = "exact"
    unit: str | None = None
    number_start: int
    number_end: int


def find_numbers(text: str, language: str) -> list[NumberMention]:
    """Every number mention in `text`, in text order.

    Args:
        text: A sentence (any text works; offsets point into it).
        language: Code of the language the text is in (da, de, en, nb, nn, sv).

    Returns:
        The mentions; ``[]`` when there is none.

    Raises:
        UnknownLanguageError: `language` is not supported.
    """
    grammar = _grammar(language)
    found: list[_Found] = []
    consumed = 0
    for candidate in _candidates(text, grammar):
        if candidate.start < consumed:
            continue
        mention = _read(candidate, text, grammar)
        if mention is not None and mention.start >= consumed:
            found.append(mention)
            consumed = mention.end
    labelled = [_labelled(mention, text, grammar) for mention in _join_ranges(found, text, grammar)]
    qualified = [_qualified(mention, text, grammar) for mention in labelled]
    mentions = [_finish(mention, text) for mention in _read_lists(qualified, text, grammar)]
    return [mention for mention in mentions if _representable(mention.value, mention.low, mention.high)]


def _representable(*values: float | None) -> bool:
    """Whether every value is a finite float: "9" × 400 overflows to infinity, which is no checkable value
    (and JSON has no infinity)."""
    return all(value is None or math.isfinite(value) for value in values)


def parse_number_words(words: str, language: str) -> int | float | None:
    """The value of a text made only of number words ("seksogtyve", "to tredjedele").

    Ordinal words give their number ("tredje" is 3); words for one that double as the
    article give 1 here ("en" is 1), unlike in `find_numbers`.

    Args:
        words: The number words, separated by spaces or hyphens.
        language: Language code.

    Returns:
        An int for whole numbers, a float for fractions, None when `words` is not
        entirely one number.
    """
    tokens = words.split()
    if not tokens or not all(_WORD.fullmatch(token) for token in tokens):
        return None
    parsed = _parse_words(_grammar(language).code, tuple(token.lower() for token in tokens))
    if parsed is None:
        return None
    return int(parsed.value) if parsed.value.is_integer() else parsed.value


# --- grammar of number words ------------------------------------------------------------

_Role = Literal["small", "one", "hundred", "scale", "connector", "denominator"]
_Value = TypeVar("_Value")
_Boundary = Literal["glued", "hyphen", "space"]
_Sense = Literal["count", "ordinal", "fraction"]


@dataclass(frozen=True)
class _Morpheme:
    role: _Role
    value: float
    ordinal: bool = False
    compound_only: bool = False


@dataclass(frozen=True)
class _Piece:
    morpheme: _Morpheme
    boundary: _Boundary

    @property
    def role(self) -> _Role:
        return self.morpheme.role

    @property
    def value(self) -> float:
        return self.morpheme.value

    @property
    def is_unit(self) -> bool:
        return self.role == "one" or (self.role == "small" and 1 <= self.value <= 9)

    @property
    def is_tens(self) -> bool:
        return self.role == "small" and self.value >= 20 and self.value % 10 == 0


@dataclass(frozen=True)
class _Parsed:
    """A number read from words; `alone` is the role of its only piece, if it has one piece, and `scale` what
    its leading part is multiplied by (see `_leading_scale`)."""

    value: float
    sense: _Sense
    alone: _Role | None = None
    scale: float = 1.0


def _sub_hundred(pieces: tuple[_Piece, ...], i: int) -> tuple[float, int] | None:
    """A number below 100 at `i`: a unit, a teen, tens, tens + unit, or unit + "og" + tens glued."""
    if i >= len(pieces) or pieces[i].role not in ("small", "one"):
        return None
    first = pieces[i]
    if first.is_unit and i + 2 < len(pieces):
        joiner, tens = pieces[i + 1], pieces[i + 2]
        if joiner.role == "connector" and tens.is_tens and joiner.boundary == tens.boundary == "glued":
            return first.value + tens.value, i + 3
    if first.is_tens and i + 1 < len(pieces):
        unit = pieces[i + 1]
        if unit.is_unit and (unit.role == "small" or unit.boundary != "space"):
            return first.value + unit.value, i + 2
    return first.value, i + 1


def _group(pieces: tuple[_Piece, ...], i: int) -> tuple[float, int] | None:
    """A number below 1000 at `i`: [sub-hundred] hundred [connector] [sub-hundred], or a sub-hundred."""
    below = _sub_hundred(pieces, i)
    j = below[1] if below else i
    if j < len(pieces) and pieces[j].role == "hundred":
        multiplier = below[0] if below else 1.0
        if multiplier == 0:
            return None
        value = multiplier * pieces[j].value
        after = j + 2 if j + 1 < len(pieces) and pieces[j + 1].role == "connector" else j + 1
        rest = _sub_hundred(pieces, after)
        return (value + rest[0], rest[1]) if rest else (value, j + 1)
    return below


def _cardinal(pieces: tuple[_Piece, ...]) -> float | None:
    """The value of `pieces` when they form one cardinal number, else None."""
    total, i, last_scale = 0.0, 0, float("inf")
    while True:
        group = _group(pieces, i)
        value, j = group if group else (None, i)
        if j < len(pieces) and pieces[j].role == "scale" and pieces[j].value < last_scale:
            if value == 0:
                return None
            total += (1.0 if value is None else value) * pieces[j].value
            last_scale, i = pieces[j].value, j + 1
            if i + 1 < len(pieces) and pieces[i].role == "connector":
                i += 1
            if i == len(pieces):
                return total
            continue
        if value is None or j != len(pieces):
            return None
        return total + value


_SCALES = ("hundred", "scale")


def _evaluate(pieces: tuple[_Piece, ...]) -> _Parsed | None:
    """Read `pieces` as a cardinal, an ordinal (last piece ordinal), a fraction (last piece a denominator),
    a mixed number ("one and a half") or a part of a scale ("half a million")."""
    *head, last = pieces
    if len(pieces) > 2 and {pieces[0].role, pieces[1].role} == {"denominator", "one"} and last.role in _SCALES:
        # "half a million", "half a dozen", "en halv million", "eine halbe Million"
        scaled = _cardinal(pieces[2:])
        denominator = pieces[0].value if pieces[0].role == "denominator" else pieces[1].value
        return _Parsed(scaled / denominator, "count") if scaled else None
    if any(piece.role == "denominator" or piece.morpheme.ordinal for piece in head):
        return None
    if last.morpheme.compound_only and (not head or last.boundary == "space"):
        return None
    if last.role == "denominator":
        if not head and last.value != 2:
            return None  # "quarter", "Drittel" alone are periods or parts; only "half" words stand alone
        if mixed := _mixed(tuple(head), last.value):
            return mixed
        numerator = _cardinal(tuple(head)) if head else 1.0
        return _Parsed(numerator / last.value, "fraction", None if head else "denominator") if numerator else None
    value = _cardinal(pieces)
    if value is None:
        return None
    sense: _Sense = "ordinal" if last.morpheme.ordinal else "count"
    return _Parsed(value, sense, None if head else last.role, _leading_scale(pieces))


def _leading_scale(pieces: tuple[_Piece, ...]) -> float:
    """The product of the scale words right after a number's first part below 100: 1000 in "seks tusinde" and
    "to tusind tre hundrede", 100 000 in "seks hundrede tusinde", 1 without a scale word."""
    leading = _sub_hundred(pieces, 0)
    i = leading[1] if leading else 0
    scale = 1.0
    while i < len(pieces) and pieces[i].role in _SCALES:
        scale, i = scale * pieces[i].value, i + 1
    return scale


def _mixed(head: tuple[_Piece, ...], denominator: float) -> _Parsed | None:
    """ "one and a half", "two and three quarters": a whole number, a connector, then a proper fraction."""
    joins = [index for index, piece in enumerate(head) if piece.role == "connector" and piece.boundary == "space"]
    if not joins:
        return None
    whole, numerator = _cardinal(head[: joins[-1]]), _cardinal(head[joins[-1] + 1 :])
    if whole is None or not numerator or numerator >= denominator:
        return None
    return _Parsed(whole + numerator / denominator, "count")


@lru_cache(maxsize=1 << 16)
def _parse_words(language: str, words: tuple[str, ...]) -> _Parsed | None:
    """The reading of lower-cased `words` as one number, preferring counts and ordinals to fractions."""
    options = [_word_readings(language, word) for word in words]
    if not all(options):
        return None
    fraction: _Parsed | None = None
    for combination in islice(product(*options), 64):
        parsed = _evaluate(tuple(piece for reading in combination for piece in reading))
        if parsed is not None and parsed.sense != "fraction":
            return parsed
        fraction = fraction or parsed
    return fraction


@lru_cache(maxsize=1 << 17)
def _word_readings(language: str, word: str) -> tuple[tuple[_Piece, ...], ...]:
    """Every way to split one lower-cased word (hyphens allowed) into number morphemes, fewest first."""
    if len(word) > _MAX_WORD_LENGTH:
        return ()
    lexicon = _grammar(language).lexicon
    readings: list[tuple[_Piece, ...]] = [()]
    for part_index, part in enumerate(re.split(_HYPHEN, word)):
        boundary: _Boundary = "hyphen" if part_index else "space"
        splits = list(islice(_splits(part, lexicon), _MAX_SEGMENTATIONS))
        if not splits:
            return ()
        readings = [
            reading
            + tuple(_Piece(morpheme, boundary if index == 0 else "glued") for index, morpheme in enumerate(split))
            for reading in readings
            for split in splits
        ][:_MAX_SEGMENTATIONS]
    return tuple(sorted(readings, key=len))


def _splits(part: str, lexicon: dict[str, tuple[_Morpheme, ...]]) -> Iterator[tuple[_Morpheme, ...]]:
    """Splits of `part` into lexicon words, longest first word first.

    A double consonant at the end of a word may also begin the next one, as Scandinavian
    spelling drops the third of three equal consonants ("ett" + "tusen" is "ettusen").
    """
    if not part:
        yield ()
        return
    for end in range(len(part), 0, -1):
        word = part[:end]
        rests = [part[end:]]
        if end < len(part) and len(word) > 1 and word[-1] == word[-2] != part[end] and word[-1] not in _VOWELS:
            rests.append(word[-1] + part[end:])
        for morpheme in lexicon.get(word, ()):
            for rest in rests:
                for split in _splits(rest, lexicon):
                    yield (morpheme, *split)


# --- per-language grammar: lexicon and compiled patterns ----------------------------------


@dataclass(frozen=True)
class _Grammar:
    """A language's number data compiled for the engine: the morpheme lexicon and context patterns."""

    code: str
    data: NumberData
    capitalised_nouns: bool
    function_words: frozenset[str]
    lexicon: dict[str, tuple[_Morpheme, ...]]
    digits: re.Pattern[str]
    vague: re.Pattern[str] | None
    vague_scales: dict[str, int]
    scale_after: re.Pattern[str] | None
    scale_values: dict[str, int]
    currency_scale_after: re.Pattern[str] | None
    currency_scale_values: dict[str, int]
    measure_after: re.Pattern[str] | None
    measures: dict[str, MeasureUnit | None]
    multiplicative: re.Pattern[str] | None
    multiplicative_values: dict[str, int]
    compound_elements: frozenset[str]
    compound_parts: frozenset[str]
    compound_part_lengths: tuple[int, ...]
    one_qualifier_before: re.Pattern[str] | None
    numeral_ones: frozenset[str]
    noun_cardinals: frozenset[str]
    noun_cardinal_partners: frozenset[str]
    list_gap: re.Pattern[str]
    age_before: re.Pattern[str] | None
    age_before_years: re.Pattern[str] | None
    unit_after_fraction: re.Pattern[str] | None
    qualifier_before: re.Pattern[str] | None
    qualifier_senses: dict[str, QualifierSense]
    qualifier_after: re.Pattern[str] | None
    qualifier_after_senses: dict[str, QualifierSense]
    blocker_before: re.Pattern[str] | None
    vague_multiplier_before: re.Pattern[str] | None
    part_before: re.Pattern[str] | None
    year_context_before: re.Pattern[str] | None
    date_before: re.Pattern[str] | None
    month_before: re.Pattern[str] | None
    month_after: re.Pattern[str] | None
    decade_after: re.Pattern[str] | None
    clock_before: re.Pattern[str] | None
    clock_after: re.Pattern[str] | None
    clock_offsets: dict[str, int]
    ordinal_before: re.Pattern[str] | None
    label_before: re.Pattern[str] | None
    ordinal_after: re.Pattern[str] | None
    joiner: re.Pattern[str]
    opener_before: re.Pattern[str] | None
    opener_joiners: dict[str, re.Pattern[str]]
    change_before: re.Pattern[str] | None
    known_words: frozenset[str]


@cache
def _grammar(language: str) -> _Grammar:
    language_data = get_language(language)
    data = language_data.numbers
    measures: dict[str, MeasureUnit | None] = {_key(word): None for word in data.percent}
    for unit in data.units:
        measures.update({_key(word): unit for word in unit.words})
    qualifier_senses = _values_by_word(data.qualifiers)
    qualifier_after_senses = _values_by_word(data.qualifiers_after)
    scale_values = {**_values_by_word(data.scales), **_values_by_word(data.scale_abbreviations)}
    currency_values = _values_by_word(data.scales_after_currency)
    multiplicative_values = _values_by_word(data.multiplicatives)
    denominators = (word.lower() for words in data.fractions.values() for word in words)
    compound_parts = frozenset({*map(str.lower, data.compound_elements), *denominators})
    vague_scales = _values_by_word(data.vague_amounts)
    clock_offsets = {_key(word): 0 for word in data.clock_suffixes}
    clock_offsets.update({_key(word): -12 for word in data.clock_suffixes_am})
    clock_offsets.update({_key(word): 12 for word in data.clock_suffixes_pm})
    return _Grammar(
        code=language,
        data=data,
        capitalised_nouns=language_data.capitalised_nouns,
        function_words=language_data.function_words,
        lexicon=_lexicon(data),
        digits=_digit_pattern(data),
        vague=_words_pattern(vague_scales),
        vague_scales=vague_scales,
        scale_after=_after_pattern(scale_values, glued=True),
        scale_values=scale_values,
        currency_scale_after=_after_pattern(currency_values, glued=True),
        currency_scale_values=currency_values,
        measure_after=_after_pattern(measures, glued=True, hyphen=True),
        measures=measures,
        multiplicative=_words_pattern(multiplicative_values),
        multiplicative_values=multiplicative_values,
        compound_elements=frozenset(map(str.lower, data.compound_elements)),
        compound_parts=compound_parts,
        compound_part_lengths=tuple(sorted({len(part) for part in compound_parts}, reverse=True)),
        one_qualifier_before=_before_pattern(data.one_qualifiers),
        numeral_ones=frozenset(map(_key, data.numeral_ones)),
        noun_cardinals=frozenset(map(_key, data.noun_cardinals)),
        noun_cardinal_partners=frozenset(map(_key, data.noun_cardinal_partners)),
        list_gap=_list_gap_pattern(data.list_joiners),
        age_before=_before_pattern(data.age_before),
        age_before_years=_before_pattern(data.age_before_years),
        unit_after_fraction=_unit_after_fraction_pattern(data),
        qualifier_before=_before_pattern(qualifier_senses),
        qualifier_senses=qualifier_senses,
        qualifier_after=_after_pattern(qualifier_after_senses),
        qualifier_after_senses=qualifier_after_senses,
        blocker_before=_before_pattern(data.qualifier_blockers),
        vague_multiplier_before=_before_pattern(data.vague_multipliers),
        part_before=_before_pattern(data.part_markers),
        year_context_before=_before_pattern((*data.year_context, *data.months)),
        date_before=_date_pattern(data),
        month_before=_before_pattern(data.months),
        month_after=_after_pattern(data.months),
        decade_after=_after_pattern(data.decade_suffixes, glued=True),
        clock_before=_before_pattern(data.clock_words),
        clock_after=_after_pattern(clock_offsets, glued=True),
        clock_offsets=clock_offsets,
        ordinal_before=_before_pattern(data.ordinal_markers),
        label_before=_before_pattern(data.label_nouns),
        ordinal_after=_ordinal_suffix_pattern(data.ordinal_suffixes),
        joiner=_joiner_pattern(data.range_joiners, dashes=True),
        opener_before=_before_pattern(data.range_openers),
        opener_joiners={_key(opener): _joiner_pattern(words) for opener, words in data.range_openers.items()},
        change_before=_before_pattern(data.change_openers),
        known_words=frozenset(
            map(_key, (*qualifier_senses, *data.vague_multipliers, *data.year_context, *data.months))
        ),
    )


def _values_by_word(words: Mapping[_Value, tuple[str, ...]]) -> dict[str, _Value]:
    return {_key(word): value for value, native in words.items() for word in native}


def _lexicon(data: NumberData) -> dict[str, tuple[_Morpheme, ...]]:
    """Every number word of the language, lower-cased, with what it can be in a number."""
    entries: dict[str, list[_Morpheme]] = {}
    morphemes: list[tuple[Iterable[str], _Morpheme]] = [
        (data.indefinite_ones, _Morpheme("one", 1)),
        (data.connectors, _Morpheme("connector", 0)),
    ]
    morphemes += [(words, _Morpheme("small", value)) for value, words in data.cardinals.items()]
    morphemes += [(words, _Morpheme(_scale_role(value), value)) for value, words in data.scales.items()]
    morphemes += [
        (words, _Morpheme("small" if value < 100 else _scale_role(value), value, ordinal=True))
        for value, words in data.ordinals.items()
    ]
    morphemes += [
        (words, _Morpheme("small", value, ordinal=True, compound_only=True))
        for value, words in data.compound_ordinals.items()
    ]
    morphemes += [(words, _Morpheme("denominator", value)) for value, words in data.fractions.items()]
    for words, morpheme in morphemes:
        for word in words:
            entries.setdefault(word.lower(), []).append(morpheme)
    return {word: tuple(found) for word, found in entries.items()}


def _scale_role(value: int) -> _Role:
    return "hundred" if value < 1000 else "scale"


def _digit_pattern(data: NumberData) -> re.Pattern[str]:
    """Digits with "." "," ":" between them; with space grouping also "150 000" (groups of three)."""
    plain = r"[0-9]+(?:[.,:][0-9]+)*"
    if " " not in data.group_separators:
        return re.compile(plain)
    decimal = re.escape(data.decimal_separator)
    return re.compile(rf"[0-9]{{1,3}}(?:[{_SPACES}][0-9]{{3}})+(?![0-9])(?:{decimal}[0-9]+)?|{plain}")


def _key(word: str) -> str:
    """How a word or phrase is looked up: lower case, single spaces."""
    return " ".join(word.lower().split())


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first, a space in a word matching any run of spaces."""
    keys = sorted({_key(word) for word in words}, key=len, reverse=True)
    return "|".join(rf"[{_SPACES}]+".join(re.escape(part) for part in key.split(" ")) for key in keys)


def _words_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    alternatives = _alternatives(words)
    return re.compile(rf"(?:{alternatives})(?![^\W_])", re.IGNORECASE) if alternatives else None  # see _whole_words


def _after_pattern(words: Iterable[str], *, glued: bool = False, hyphen: bool = False) -> re.Pattern[str] | None:
    """A pattern for a word right after a number: spaces (optional if `glued`), or a hyphen if allowed.

    A word ending in a letter must end there ("5 km", not "5 kmh"); "%" may be followed by letters ("100%ig").
    """
    alternatives = _alternatives(words)
    if not alternatives:
        return None
    gap = rf"[{_SPACES}]{'*' if glued else '+'}"
    if hyphen:
        gap = rf"(?:{gap}|[{_SPACES}]*{_DASH}[{_SPACES}]*)"
    return re.compile(rf"{gap}({alternatives})(?:(?<![^\W_])|(?![^\W_]))", re.IGNORECASE)


def _before_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern for a word or phrase that ends, but for spaces, where the searched window ends."""
    alternatives = _alternatives(words)
    if not alternatives:
        return None
    return re.compile(rf"(?<![^\W_])({alternatives})[{_SPACES}]*$", re.IGNORECASE)


def _date_pattern(data: NumberData) -> re.Pattern[str] | None:
    """A day and a month before a number ("September 30, 1882", "30. september, 1882"): the number is a year."""
    months = _alternatives(data.months)
    if not months:
        return None
    suffixes = _alternatives(data.ordinal_suffixes)
    day = rf"[0-9]{{1,2}}(?:{suffixes})?" if suffixes else "[0-9]{1,2}"
    date = rf"(?:(?<![^\W_])(?:{months})[{_SPACES}]+{day}|(?<![0-9]){day}[{_SPACES}]+(?:{months}))"
    return re.compile(rf"{date},?[{_SPACES}]+$", re.IGNORECASE)


def _unit_after_fraction_pattern(data: NumberData) -> re.Pattern[str] | None:
    """A unit after a fraction, possibly after an article: "half an hour", "en halv time"."""
    units = _alternatives(word for unit in data.units for word in unit.words)
    if not units:
        return None
    articles = _alternatives(data.indefinite_ones)
    article = rf"(?:(?:{articles})[{_SPACES}]+)?" if articles else ""
    return re.compile(rf"[{_SPACES}]+{article}({units})(?![^\W_])", re.IGNORECASE)


def _ordinal_suffix_pattern(suffixes: tuple[str, ...]) -> re.Pattern[str] | None:
    """Suffixes ending in a letter must end the word ("4th"); a full stop must be followed by a word ("4. august")."""
    lettered = _alternatives(suffix for suffix in suffixes if suffix[-1].isalpha())
    punctuated = _alternatives(suffix for suffix in suffixes if not suffix[-1].isalpha())
    parts = [rf"(?:{lettered})(?![^\W_])"] if lettered else []
    parts += [rf"(?:{punctuated})(?=[{_SPACES}]+[^\W_])"] if punctuated else []
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def _list_gap_pattern(joiners: Iterable[str]) -> re.Pattern[str]:
    """What stands between two numbers of a list: a comma, a joiner ("og", "and"), or a comma and a joiner.

    Group 1 holds the joiner: a list ends with the number after it.
    """
    alternatives = _alternatives(joiners) or "(?!)"
    comma, joiner = rf"[{_SPACES}]*,[{_SPACES}]+", rf"[{_SPACES}]*,?[{_SPACES}]+({alternatives})[{_SPACES}]+"
    return re.compile(f"{comma}|{joiner}", re.IGNORECASE)


@cache
def _minor_words_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    return _after_pattern(words, glued=True)


def _joiner_pattern(words: Iterable[str], *, dashes: bool = False) -> re.Pattern[str]:
    """What may stand between the two ends of a range: a dash (if `dashes`) or one of `words`, between spaces,
    between hyphens ("five-to-six") or after a hyphen that stands for the high end's scale or suffix
    ("fünf- bis sechstausend", "two- to three-fold")."""
    alternatives = _alternatives(words)
    parts = [rf"[{_SPACES}]*{_DASH}[{_SPACES}]*"] if dashes else []
    if alternatives:
        parts += [rf"{_HYPHEN}?[{_SPACES}]+(?:{alternatives})[{_SPACES}]+", rf"{_HYPHEN}(?:{alternatives}){_HYPHEN}"]
    return re.compile("|".join(parts) or "(?!)", re.IGNORECASE)


# --- candidates ----------------------------------------------------------------------------

_CandidateKind = Literal["digits", "vague", "words", "vulgar", "times"]
_CANDIDATE_ORDER: dict[_CandidateKind, int] = {"vague": 0, "digits": 1, "vulgar": 2, "words": 3, "times": 4}


@dataclass(frozen=True)
class _Candidate:
    """A possible number; `element_end` is where the compound element after a glued number word ends."""

    kind: _CandidateKind
    start: int
    end: int
    parsed: _Parsed | None = None
    element_end: int | None = None


def _candidates(text: str, grammar: _Grammar) -> list[_Candidate]:
    """Digit tokens, vague amounts, vulgar fractions, multiplicatives and number-word phrases, in text order."""
    found = [_Candidate("digits", match.start(), match.end()) for match in grammar.digits.finditer(text)]
    if grammar.vague is not None:
        found += [_Candidate("vague", start, end) for start, end in _whole_words(grammar.vague, text)]
    if grammar.multiplicative is not None:
        found += [_Candidate("times", start, end) for start, end in _whole_words(grammar.multiplicative, text)]
    found += [_Candidate("vulgar", match.start(), match.end()) for match in _VULGAR_FRACTION.finditer(text)]
    found += _word_candidates(text, grammar)
    return sorted(found, key=lambda candidate: (candidate.start, _CANDIDATE_ORDER[candidate.kind]))


def _whole_words(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """The spans of `pattern` that start a word (faster than a look-behind in the pattern)."""
    for match in pattern.finditer(text):
        if not match.start() or not text[match.start() - 1].isalnum():
            yield match.start(), match.end()


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    lower: str
    element_end: int | None = None


def _word_candidates(text: str, grammar: _Grammar) -> list[_Candidate]:
    """Runs of number words separated only by spaces, each split into the numbers it holds.

    A number word glued to a compound element ("seks" of "seksspills") stands alone: it starts
    no run and ends any.
    """
    phrases: list[list[_Word]] = []
    previous_end = -1
    for start, written in _words_and_range_ends(text, grammar.code):
        found = _number_in_word(grammar.code, written)
        if found is None:
            previous_end = -1
            continue
        offset, length, element = found
        word = _Word(start + offset, start + length, written[offset:length].lower(), element and start + element)
        joined = phrases and previous_end >= 0 and text[previous_end : word.start].isspace()
        if joined and offset == 0 and element is None and len(phrases[-1]) < _MAX_PHRASE_WORDS:
            phrases[-1].append(word)
        else:
            phrases.append([word])
        previous_end = word.end if word.end == start + len(written) and element is None else -1
    return [candidate for phrase in phrases for candidate in _phrase_candidates(phrase, grammar)]


def _words_and_range_ends(text: str, language: str) -> Iterator[tuple[int, str]]:
    """The words of `text` with their offsets; a hyphenated range of number words ("fem-seks", "five-to-six")
    gives its two ends as two words, which the range joining then joins."""
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group()
        ends = _hyphen_range(language, word)
        if ends is None:
            yield start, word
        else:
            yield start, word[: ends[0]]
            yield start + ends[1], word[ends[1] :]


@lru_cache(maxsize=1 << 17)
def _hyphen_range(language: str, word: str) -> tuple[int, int] | None:
    """Where the low end of a range of two number words joined by a hyphen ends and the high end starts ("to-tre",
    "sex-sju", "five-to-six" with a range joiner between hyphens), or None.

    Both ends are single cardinal words, the first the smaller; a word that is one number as a whole stays one
    ("twenty-five", "two-thirds"), and so does a falling pair ("nine-to-five") or one with a word for one
    ("one-two"), which is also the article.
    """
    parts = re.split(_HYPHEN, word)
    if len(parts) not in (2, 3) or _parse_words(language, (word.lower(),)) is not None:
        return None
    low, *joiner, high = parts
    if joiner and _key(joiner[0]) not in map(_key, _grammar(language).data.range_joiners):
        return None
    low_value, high_value = _cardinal_word(language, low), _cardinal_word(language, high)
    if low_value is None or high_value is None or low_value >= high_value:
        return None
    return len(low), len(word) - len(high)


def _cardinal_word(language: str, word: str) -> float | None:
    """The value of `word` when it is one cardinal word ("fem", "twenty"), else None."""
    parsed = _parse_words(language, (word.lower(),))
    return parsed.value if parsed is not None and parsed.sense == "count" and parsed.alone == "small" else None


@lru_cache(maxsize=1 << 17)
def _number_in_word(language: str, word: str) -> tuple[int, int, int | None] | None:
    """Where the number is in `word`: its start and end offsets and the end of the compound element glued
    to it ("seks|spills"), or None when `word` holds no number."""
    if length := _number_prefix(language, word):
        return 0, length, None
    if (compound := _compound(language, word)) is not None:
        return 0, compound[0], compound[1]
    if last := _last_part(language, word):
        return len(word) - last, len(word), None
    return None


@lru_cache(maxsize=1 << 17)
def _number_prefix(language: str, word: str) -> int:
    """How much of `word` is a number word: all of it, the part before a hyphen ("six" of "six-point",
    "four" of "four-day"), or nothing (0). A fraction word before a hyphen is left alone: "half-time" is no share.
    """
    if _word_readings(language, word.lower()):
        return len(word)
    while (hyphen := max(word.rfind(char) for char in _DASHES)) > 0:
        word = word[:hyphen]
        parsed = _parse_words(language, (word.lower(),))
        if parsed is not None and parsed.alone != "denominator":
            return len(word)
    return 0


@lru_cache(maxsize=1 << 17)
def _last_part(language: str, word: str) -> int:
    """The length of a number word ending a hyphenated phrase of three or more parts ("mother-of-three",
    "best-of-seven"), or 0. Two parts are a name or a compound ("Formula-One", "top-ten")."""
    parts = re.split(_DASH, word)
    if len(parts) < 3:
        return 0
    parsed = _parse_words(language, (parts[-1].lower(),))
    return len(parts[-1]) if parsed is not None and parsed.sense == "count" and parsed.alone == "small" else 0


@lru_cache(maxsize=1 << 17)
def _compound(language: str, word: str) -> tuple[int, int] | None:
    """A number word glued to a compound element in the first part of `word`: the length of the number
    and where the element ends, or None.

    The element is one of `NumberData.compound_elements` ("seks|spills", "tretten|åring", "fem|års|plan")
    or a denominator after a numerator ("zweidrittel|mehrheit": the number is the fraction). What follows
    the element is the compound's head and is not read.
    """
    head = re.split(_DASH, word, maxsplit=1)[0].lower()
    grammar = _grammar(language)
    if len(head) > _MAX_WORD_LENGTH or head in grammar.measures:
        return None  # "tiår" (a decade) is a unit of its own
    for split in range(len(head) - 1, 0, -1):
        element = _compound_part_at(head, split, grammar)
        if element is None:
            continue
        end = split + len(element)
        whole = _parse_words(language, (head[:end],))
        if whole is not None and whole.sense == "fraction" and whole.alone is None and end < len(head):
            return end, end
        parsed = _parse_words(language, (head[:split],))
        if element not in grammar.compound_elements or parsed is None:
            continue
        if parsed.sense != "fraction" or (parsed.alone == "denominator" and grammar.measures.get(element)):
            return split, end  # "seks|spills", "halv|time" (half an hour)
    return None


def _compound_part_at(head: str, split: int, grammar: _Grammar) -> str | None:
    """The longest compound element or denominator that `head` continues with at `split`, or None."""
    for length in grammar.compound_part_lengths:
        if split + length <= len(head) and head[split : split + length] in grammar.compound_parts:
            return head[split : split + length]
    return None


def _phrase_candidates(phrase: list[_Word], grammar: _Grammar) -> Iterator[_Candidate]:
    """Split a run of number words greedily into the longest numbers, left to right."""
    i = 0
    while i < len(phrase):
        for j in range(len(phrase), i, -1):
            parsed = _parse_words(grammar.code, tuple(word.lower for word in phrase[i:j]))
            if parsed is not None:
                yield _Candidate("words", phrase[i].start, phrase[j - 1].end, parsed, phrase[j - 1].element_end)
                i = j
                break
        else:
            i += 1


# --- reading one candidate in its context ---------------------------------------------------


@dataclass(frozen=True)
class _Found:
    """A mention before its qualifier is applied; values are in the written unit (times `factor`).

    `scale` is what the number's leading part is multiplied by: its scale words and digit groups ("seks tusinde",
    "6.000", "6 millioner"); 1 for a number written without them.
    """

    kind: MentionKind
    start: int
    end: int
    number_start: int
    number_end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    sense: QualifierSense = "exact"
    unit: str | None = None
    factor: float = 1.0
    year_like: bool = False
    vague: bool = False
    scale: float = 1.0


def _read(candidate: _Candidate, text: str, grammar: _Grammar) -> _Found | None:
    start, end = candidate.start, candidate.end
    if candidate.kind == "digits":
        return _read_digits(start, end, text, grammar)
    if candidate.kind == "vague":
        return _read_value(_vague(start, end, grammar.vague_scales[_key(text[start:end])]), text, grammar)
    if candidate.kind == "vulgar":
        fraction = _Found("fraction", start, end, start, end, unicodedata.numeric(text[start]))
        return _read_value(fraction, text, grammar)
    if candidate.kind == "times":
        value = grammar.multiplicative_values[_key(text[start:end])]
        return _Found("count", start, end, start, end, value, unit=TIMES)
    assert candidate.parsed is not None
    if candidate.element_end is not None:
        return _read_compound(candidate.parsed, start, end, candidate.element_end, text, grammar)
    return _read_words(candidate.parsed, start, end, text, grammar)


def _vague(start: int, end: int, scale: float) -> _Found:
    return _Found(
        "count", start, end, start, end, None, VAGUE_LOW * scale, VAGUE_HIGH * scale - 1, "approx", vague=True
    )


def _read_compound(
    parsed: _Parsed, start: int, end: int, element_end: int, text: str, grammar: _Grammar
) -> _Found | None:
    """A number word glued to a compound element: "trettenåring" (13 years of age), "femårsplan" (5 years),
    "firepoengs" (4), "dreimal" (3 times), "Zweidrittelmehrheit" (2/3). Never a name: German capitalises
    nouns ("Dreijährige"). The words after the compound are its own, not read as a unit."""
    if parsed.sense == "ordinal":
        return _Found("ordinal", start, end, start, end, parsed.value)
    unit = grammar.measures.get(_key(text[end:element_end])) if end < element_end else None
    if parsed.sense == "fraction" and unit is None:
        return _Found("fraction", start, end, start, end, parsed.value)
    if unit is None:
        return None if parsed.alone == "one" else _Found("count", start, end, start, end, parsed.value)
    if parsed.alone == "one" and unit.kind != "duration":
        return None  # "einmal", "enmannsbolig": the article or a pronoun, as "one" alone
    return _Found(unit.kind, start, element_end, start, end, parsed.value, unit=unit.unit, factor=unit.factor)


def _read_words(parsed: _Parsed, start: int, end: int, text: str, grammar: _Grammar) -> _Found | None:
    if _in_name(text, start, parsed) and not _hyphen_unit(text, end, grammar):
        return None
    if parsed.sense == "ordinal" or (parsed.sense == "count" and _before(grammar.ordinal_before, text, start)):
        return _Found("ordinal", _before_start(grammar.ordinal_before, text, start), end, start, end, parsed.value)
    if parsed.sense == "fraction":
        if parsed.alone == "denominator" and (_names_a_part(text, start, grammar) or _number_after(text, end, grammar)):
            return None  # "the first half", "andre halvdel": a part, not a share; "halv fem": a time of day
        return _fraction_of_unit(_Found("fraction", start, end, start, end, parsed.value), text, grammar)
    if parsed.alone in ("hundred", "scale") and (multiplier := _before(grammar.vague_multiplier_before, text, start)):
        return _read_value(_vague(multiplier.start(), end, parsed.value), text, grammar)
    if _before(grammar.clock_before, text, start) and parsed.value <= 24:
        return _Found("clock", _before_start(grammar.clock_before, text, start), end, start, end, parsed.value)
    if _key(text[start:end]) in grammar.noun_cardinals and not _counts_as_number(text, end, grammar):
        return None  # "köp av sex", "sex och samlevnad": the noun
    found = _read_value(_Found("count", start, end, start, end, parsed.value, scale=parsed.scale), text, grammar)
    if parsed.alone == "one" and (found.kind != "duration" or _plural_unit(text, end, grammar)):
        return found if found.kind == "count" and _one_counts(text, start, end, grammar) else None
    return found


_FOLLOWING = re.compile(rf"[{_SPACES}]*([0-9%$€£]|[^\W\d_]+)?")


def _counts_as_number(text: str, end: int, grammar: _Grammar) -> bool:
    """Whether a number word that is also a noun is the number: digits, a sign, a word that is no function word
    or one of `noun_cardinal_partners` comes next (see `NumberData.noun_cardinals`), or another number after a
    dash, a comma or a joiner ("sex–sju", "sex eller sju", "mellan sex och åtta")."""
    gap = _match(grammar.joiner, text, end) or _match(grammar.list_gap, text, end)
    if gap is not None and _starts_number(text, gap.end(), grammar):
        return True
    word = _following_word(text, end)
    if word is None or not word[0].isalpha():
        return word is not None
    key = word.lower()
    return key in grammar.noun_cardinal_partners or key not in grammar.function_words


def _starts_number(text: str, start: int, grammar: _Grammar) -> bool:
    """Whether digits or a number word come at `start`, after any spaces."""
    word = _following_word(text, start)
    return word is not None and _is_number(word, grammar)


def _is_number(word: str, grammar: _Grammar, *, small: bool = False) -> bool:
    """Whether `word` is digits or a number word; with `small`, a number word must be one small number ("fem")."""
    if word[0].isdigit():
        return True
    parsed = _parse_words(grammar.code, (word.lower(),))
    return parsed is not None and parsed.sense == "count" and (not small or parsed.alone == "small")


def _following_word(text: str, end: int) -> str | None:
    """The word, digit or sign after `end` and any spaces; None before punctuation or the end."""
    following = _FOLLOWING.match(text, end)
    return following.group(1) if following else None


def _one_counts(text: str, start: int, end: int, grammar: _Grammar) -> bool:
    """Whether a word for one that is also the article is the number: "more than one", "mindst en"."""
    if _key(text[start:end]) not in grammar.numeral_ones:
        return False
    qualifier = _before(grammar.one_qualifier_before, text, start)
    return qualifier is not None and not _before(grammar.blocker_before, text, qualifier.start())


def _plural_unit(text: str, end: int, grammar: _Grammar) -> bool:
    """Whether a plural unit word follows: "a decades-long dispute" states no duration."""
    measure = _match(grammar.measure_after, text, end)
    unit = grammar.measures[_key(measure.group(1))] if measure else None
    return unit is not None and unit.plural


def _hyphen_unit(text: str, end: int, grammar: _Grammar) -> bool:
    """A unit after a hyphen makes a compound ("Vier-Tage-Woche", "Four-Day Week"), not a name."""
    return text[end : end + 1] in _DASHES and _match(grammar.measure_after, text, end) is not None


def _in_name(text: str, start: int, parsed: _Parsed) -> bool:
    """A capitalised small number word inside a sentence is part of a name ("World War Two", "Four Corners").

    Scale and fraction words are nouns that German capitalises anyway ("Tausend", "die Hälfte").
    """
    if parsed.sense == "fraction" or parsed.alone in ("hundred", "scale") or not text[start].isupper():
        return False
    word = _WORD.match(text, start)
    if word is None or word.group().isupper():
        return False
    return _inside_sentence(text, start)


_NEXT_WORD = re.compile(rf"[{_SPACES}]+([0-9]|[^\W\d_]+)")


def _number_after(text: str, end: int, grammar: _Grammar) -> bool:
    """Whether a number follows: a lone half word before it tells the time ("halv fem", "halb zehn": 4.30, 9.30)."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and _is_number(following.group(1), grammar, small=True)


def _names_a_part(text: str, start: int, grammar: _Grammar) -> bool:
    """Whether a lone "half" word is a noun, a part of something, not a share.

    It is when an ordinal or a part marker (a determiner, a possessive, "other", "last") stands in
    the two words before it in its clause ("the second half", "the Liverpool half", "deres egen
    halvdel"), or a name or a genitive right before it ("Liverpools halvdel", "Chelsea's half").
    A share is a pronoun or predeterminer without them: "half of", "half the", "nearly half".
    """
    position = start
    for distance in range(2):
        if _before(grammar.part_before, text, position):
            return True
        previous = _PREVIOUS_WORD.search(text, max(0, position - 40), position)
        if previous is None:
            return False
        if distance == 0 and _marks_a_part(previous.group(1), previous.start(), text, grammar):
            return True
        position = previous.start()
    return False


def _marks_a_part(word: str, start: int, text: str, grammar: _Grammar) -> bool:
    """An ordinal ("second half"), a genitive ("Chelsea's", "team's") or a capitalised word inside a sentence
    that is no known word ("the Liverpool half", "Liverpools halvdel")."""
    parsed = _parse_words(grammar.code, (word.lower(),))
    if (parsed is not None and parsed.sense == "ordinal") or word.lower().endswith(("'s", "’s", "s'", "s’")):
        return True
    return word[0].isupper() and _key(word) not in grammar.known_words and _inside_sentence(text, start)


def _fraction_of_unit(found: _Found, text: str, grammar: _Grammar) -> _Found:
    """A fraction before a unit is a quantity or a duration ("half an inch", "half an hour")."""
    match = _match(grammar.unit_after_fraction, text, found.end)
    if match is None:
        return _read_value(found, text, grammar)
    unit = grammar.measures[_key(match.group(1))]
    assert unit is not None
    return replace(found, kind=unit.kind, end=match.end(), unit=unit.unit, factor=unit.factor)


def _read_digits(start: int, end: int, text: str, grammar: _Grammar) -> _Found | None:
    raw = text[start:end]
    if _inside_identifier(text, start, end) or _in_digit_run(text, start, end):
        return None
    if year_span := _year_span(text, start, grammar):
        return year_span
    if clock := _clock(raw, text, start, end, grammar):
        return clock
    value = _digits_value(raw, grammar.data)
    if value is None or (len(raw) > 1 and raw[0] == "0" and raw[1].isdigit()):
        return None
    year_like = raw.isdigit() and len(raw) == 4 and int(raw) in YEARS
    if end < len(text) and text[end] in _VULGAR_FRACTIONS:
        value, end, year_like = value + unicodedata.numeric(text[end]), end + 1, False  # "2000½" is no year
    if year_like and (decade := _match(grammar.decade_after, text, end)):
        return _Found("year", start, decade.end(), start, end, value)
    if year_like and _in_year_context(text, start, grammar) and not _unit_follows(text, end, grammar):
        return _Found("year", start, end, start, end, value)
    if ordinal := _ordinal_digits(value, start, end, text, grammar):
        return ordinal
    scale = _digit_scale(raw, grammar.data)
    found = _read_value(_Found("count", start, end, start, end, value, year_like=year_like, scale=scale), text, grammar)
    if found.end == end and _glued_letters(text, end):
        return None  # "3D", "5G": a name, not a number
    if year_like and found.kind == "count" and found.end == end and _is_year(text, start, end, grammar):
        return replace(found, kind="year", year_like=False)
    return found


def _ordinal_digits(value: float, start: int, end: int, text: str, grammar: _Grammar) -> _Found | None:
    """ "nr. 3", "4.", "4th", "3:e", and a day of the month ("September 29", "1 October")."""
    if not value.is_integer():
        return None
    if _before(grammar.ordinal_before, text, start):
        return _Found("ordinal", _before_start(grammar.ordinal_before, text, start), end, start, end, value)
    if suffix := _match(grammar.ordinal_after, text, end):
        return _Found("ordinal", start, suffix.end(), start, end, value)
    if 1 <= value <= 31 and (_before(grammar.month_before, text, start) or _match(grammar.month_after, text, end)):
        return _Found("ordinal", start, end, start, end, value)
    return None


def _inside_identifier(text: str, start: int, end: int) -> bool:
    """Digits glued to letters before them ("G7", "Covid-19"), in a dash chain ("859-292-3680") or a slash pair."""
    before = text[max(0, start - 2) : start]
    if before[-1:].isalpha() or (len(before) == 2 and before[0].isalpha() and before[1] in _DASHES):
        return True
    if _in_dash_chain(text, start):
        return True
    slash_before = before[-1:] == "/" and start >= 2 and text[start - 2].isdigit()
    slash_after = text[end : end + 1] == "/" and text[end + 1 : end + 2].isdigit()
    return (slash_before or slash_after) and not _YEAR_SPAN.match(text, start)


def _in_dash_chain(text: str, start: int) -> bool:
    window = _DASH_CHAIN.finditer(text, max(0, start - 40), start + 40)
    return any(chain.start() <= start < chain.end() for chain in window)


def _in_digit_run(text: str, start: int, end: int) -> bool:
    """Digit groups side by side that are not one number ("0800 555 111"): a phone number or a code."""
    return bool(
        _DIGIT_NEIGHBOUR_BEFORE.search(text, max(0, start - 2), start) or _DIGIT_NEIGHBOUR_AFTER.match(text, end)
    )


def _year_span(text: str, start: int, grammar: _Grammar) -> _Found | None:
    """ "2001/2002", "2001/02", "1950-53": one year mention spanning both."""
    match = _YEAR_SPAN.match(text, start)
    if match is None:
        return None
    first, separator, second_text = int(match.group(1)), match.group(2), match.group(3)
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if not (first < second <= first + 100 and second in YEARS):
        return None
    context = _in_year_context(text, start, grammar)
    if separator != "/" and len(second_text) == 4 and _unit_follows(text, match.end(), grammar):
        return None
    if first not in RECENT_YEARS and not context:
        return None
    return _Found("year", start, match.end(), start, match.end(), first, first, second)


def _clock(raw: str, text: str, start: int, end: int, grammar: _Grammar) -> _Found | None:
    """ "20:30", "20.30" (where "." is no decimal mark), "kl. 8", "8 pm", "20 Uhr"."""
    data = grammar.data
    written = _CLOCK_DIGITS.fullmatch(raw)
    hours, minutes = (int(written.group(1)), int(written.group(2))) if written else (None, 0)
    if written is None and raw.isdigit():
        hours = int(raw)
    if hours is None or hours > 24 or minutes > 59:
        return None
    separator = raw[len(written.group(1))] if written else ""
    suffix = _match(grammar.clock_after, text, end)
    before = _before(grammar.clock_before, text, start)
    plain_clock = separator in data.clock_separators and separator != data.decimal_separator
    if not (plain_clock or suffix or before):
        return None
    if suffix:
        half = grammar.clock_offsets[_key(suffix.group(1))]
        if half and not 1 <= hours <= 12:
            return None
        hours = hours % 12 + max(half, 0) if half else hours
        end = suffix.end()
    mention_start = before.start() if before else start
    return _Found("clock", mention_start, end, start, start + len(raw), hours + minutes / 60)


def _digits_value(raw: str, data: NumberData) -> float | None:
    """The value of a digit token in the locale: group separators, decimal mark, lenient foreign decimals."""
    compact = "".join(char for char in raw if char not in _SPACES)
    if ":" in compact:
        return None
    decimal = data.decimal_separator
    whole, _, fraction = compact.rpartition(decimal) if decimal in compact else (compact, "", "")
    if fraction and (decimal in whole or not fraction.isdecimal()):
        return None  # "1.000,5.3": two decimal marks
    separators = {char for char in whole if char in ".,"}
    if not separators:
        return _float(f"{whole}.{fraction}" if fraction else whole)
    if len(separators) == 1 and separators <= set(data.group_separators) and _GROUPED.fullmatch(whole):
        plain = "".join(char for char in whole if char.isdigit())
        return _float(f"{plain}.{fraction}" if fraction else plain)
    if not fraction and len(re.findall(r"[.,]", whole)) == 1:
        return _float(re.sub(r"[.,]", ".", whole))  # "3.5" in Danish, "3,5" in English: a foreign decimal mark
    return None


def _digit_scale(raw: str, data: NumberData) -> float:
    """What digits in groups of three leave unwritten after their leading group: 1000 in "6.000" and "6 000",
    10**6 in "6.000.000"; 1 without groups ("6000", and "3.5" read as a decimal)."""
    whole = raw.partition(data.decimal_separator)[0]
    groups = re.split(rf"[.,{_SPACES}]", whole)
    if len(groups) == 1 or _digits_value(whole, data) != float("".join(groups)):
        return 1.0
    return 1000.0 ** (len(groups) - 1)


def _float(digits: str) -> float | None:
    """``float(digits)``, or None for what Python cannot read as one (superscript digits: "²")."""
    try:
        return float(digits)
    except ValueError:
        return None


def _glued_letters(text: str, end: int) -> bool:
    return end < len(text) and text[end].isalpha()


def _in_year_context(text: str, start: int, grammar: _Grammar) -> bool:
    return bool(_before(grammar.year_context_before, text, start) or _before(grammar.date_before, text, start))


def _is_year(text: str, start: int, end: int, grammar: _Grammar) -> bool:
    """Year signs that need no year word: "2019-sesongen", "(1967)", "Act 2017", "... 2016." at a clause end,
    and the language's rule for bare numbers (`NumberData.bare_years`)."""
    if int(text[start:end]) not in RECENT_YEARS:
        return False
    if text[end : end + 1] in _DASHES and text[end + 1 : end + 2].isalpha():
        return True
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        return True
    following = text[end : end + _LOOK_BACK].lstrip(_SPACES)[:1]
    if not following or following in _YEAR_FOLLOWERS:
        return True
    if _after_proper_name(text, start, grammar):
        return True
    bare = grammar.data.bare_years
    return bare == "all" or (bare == "unround" and int(text[start:end]) % 50 != 0)


def _after_proper_name(text: str, start: int, grammar: _Grammar) -> bool:
    previous = _PREVIOUS_WORD.search(text, max(0, start - 60), start)
    if previous is None or not previous.group(1)[0].isupper() or _key(previous.group(1)) in grammar.known_words:
        return False
    return _inside_sentence(text, previous.start())


def _inside_sentence(text: str, position: int) -> bool:
    """Whether words come before `position` in its sentence (not its start, nor after a colon or a quote)."""
    before = text[max(0, position - _LOOK_BACK) : position].rstrip()[-1:]
    return bool(before) and before not in _SENTENCE_BREAKS


def _unit_follows(text: str, end: int, grammar: _Grammar) -> bool:
    return bool(_match(grammar.measure_after, text, end) or _match(grammar.scale_after, text, end))


def _read_value(found: _Found, text: str, grammar: _Grammar) -> _Found:
    """Attach what follows a count: scale words, per cent, a unit of measure or time."""
    end = found.end
    if found.kind == "count" and found.value is not None and found.low is None:
        value, scale = found.value, found.scale
        currency = text[found.start - 1 : found.start] in tuple(_CURRENCY_SIGNS) if found.start else False
        while (scale_after := _scale_after(text, end, grammar, currency=currency)) is not None:
            value, scale, end = value * scale_after[0], scale * scale_after[0], scale_after[1]
        found = replace(found, value=value, end=end, scale=scale)
    measure = _match(grammar.measure_after, text, end)
    if measure is None:
        return found
    unit = grammar.measures[_key(measure.group(1))]
    if unit is None:
        return replace(found, kind="percent", end=measure.end(), factor=0.01)
    if found.kind == "fraction" or (unit.glued and _has_space(text, end, measure.start(1))):
        return found
    if _unit_in_name(measure.group(1), found.start, text, grammar):
        return found  # "60 Minutes", a programme: a count
    measured = replace(found, kind=unit.kind, end=measure.end(), unit=unit.unit, factor=unit.factor)
    if unit.minor_factor is not None and (minor := _minor(measured, unit, unit.minor_factor, text, grammar)):
        return minor
    if not any(char.isalpha() for char in measure.group(1)):
        return found  # a prime ("5'") is feet only before inches ("5'11\""); else a quote or an apostrophe
    return measured


_MINOR_GAP = re.compile(rf"[{_SPACES}]*(?:{_DASH}[{_SPACES}]*)?")


def _minor(found: _Found, unit: MeasureUnit, minor_factor: float, text: str, grammar: _Grammar) -> _Found | None:
    """A measure in two units: "6-foot-6", "6 ft 6 in", "six-foot-six", "5'11\"" (the second number in inches)."""
    if found.value is None or found.low is not None:
        return None
    gap = _MINOR_GAP.match(text, found.end)
    number = _minor_number(text, gap.end() if gap else found.end, grammar)
    if number is None or not 0 <= number[0] < unit.factor / minor_factor:
        return None
    value, end = number
    if words := _match(_minor_words_pattern(unit.minor_words), text, end):
        end = words.end()
    elif _match(grammar.measure_after, text, end) or _glued_letters(text, end) or text[end : end + 1] in _DASHES:
        return None  # "a 6-foot 3-year-old", "6 ft 2 m": the next number is a measure of its own
    return replace(found, end=end, value=found.value + value * minor_factor / unit.factor)


def _minor_number(text: str, position: int, grammar: _Grammar) -> tuple[float, int] | None:
    """The number (digits or words) at `position` and where it ends."""
    if digits := grammar.digits.match(text, position):
        value = _digits_value(digits.group(), grammar.data)
        return (value, digits.end()) if value is not None else None
    word = _WORD.match(text, position)
    if word is None or (position > 0 and text[position - 1].isalpha()):
        return None
    length = _number_prefix(grammar.code, word.group())
    parsed = _parse_words(grammar.code, (word.group()[:length].lower(),)) if length else None
    if parsed is None or parsed.sense != "count" or parsed.alone == "one":
        return None
    return parsed.value, position + length


def _unit_in_name(word: str, start: int, text: str, grammar: _Grammar) -> bool:
    """A unit word with a capital inside a sentence, where nouns are written in lower case, is part of a name."""
    before = text[max(0, start - _LOOK_BACK) : start].rstrip()[-1:]
    return not grammar.capitalised_nouns and word[:1].isupper() and not word.isupper() and before not in ".!?:"


def _has_space(text: str, start: int, end: int) -> bool:
    return any(char in _SPACES for char in text[start:end])


def _scale_after(text: str, end: int, grammar: _Grammar, *, currency: bool) -> tuple[int, int] | None:
    if match := _match(grammar.scale_after, text, end):
        return grammar.scale_values[_key(match.group(1))], match.end()
    if currency and (match := _match(grammar.currency_scale_after, text, end)):
        return grammar.currency_scale_values[_key(match.group(1))], match.end()
    return None


def _match(pattern: re.Pattern[str] | None, text: str, position: int) -> re.Match[str] | None:
    return pattern.match(text, position) if pattern is not None else None


def _before(pattern: re.Pattern[str] | None, text: str, position: int) -> re.Match[str] | None:
    """The match of `pattern` that ends right before `position` (within a short window)."""
    return pattern.search(text, max(0, position - 40), position) if pattern is not None else None


def _before_start(pattern: re.Pattern[str] | None, text: str, position: int) -> int:
    match = _before(pattern, text, position)
    return match.start() if match else position


# --- ranges, scores and qualifiers ---------------------------------------------------------

_RANGE_KINDS = frozenset({"count", "percent", "quantity", "duration"})


def _join_ranges(found: list[_Found], text: str, grammar: _Grammar) -> list[_Found]:
    """Join "24 til 48 timer", "24-48", "mellem 24 og 48" and "45 miles (72 km)"; drop scores ("2-0");
    a year before "til" makes the next number a year ("fra 2001 til 2005")."""
    items = list(found)
    joined: list[_Found] = []
    index = 0
    while index < len(items):
        current = items[index]
        following = items[index + 1] if index + 1 < len(items) else None
        if following is not None:
            if merged := _range(current, following, text, grammar) or _restated(current, following, text):
                joined.append(merged)
                index += 2
                continue
            if _score(current, following, text):
                index += 2
                continue
            if _year_continues(current, following, text, grammar):
                items[index + 1] = replace(following, kind="year", year_like=False)
        joined.append(current)
        index += 1
    return joined


def _range_start(first: _Found, second: _Found, text: str, grammar: _Grammar) -> int | None:
    """Where the range of `first` and `second` starts ("mellem" included), or None when they are no range."""
    if opener := _before(grammar.opener_before, text, first.start):
        joiner = grammar.opener_joiners.get(_key(opener.group(1)))
        if joiner is not None and joiner.fullmatch(text, first.end, second.start):
            return opener.start()
    if _before(grammar.change_before, text, first.start) or not _dash_or_joiner(first, second, text, grammar):
        return None
    return first.start


def _dash_or_joiner(first: _Found, second: _Found, text: str, grammar: _Grammar) -> bool:
    return first.end < second.start and grammar.joiner.fullmatch(text, first.end, second.start) is not None


def _range(first: _Found, second: _Found, text: str, grammar: _Grammar) -> _Found | None:
    if first.kind not in _RANGE_KINDS or second.kind not in _RANGE_KINDS or first.value is None:
        return None
    if second.value is None or first.low is not None or second.low is not None:
        return None
    if first.kind != "count" and (first.kind, first.unit) != (second.kind, second.unit):
        return None
    start = _range_start(first, second, text, grammar) if first.value < second.value else None
    if start is None:
        return None
    low = _low_end(first, second)
    return replace(second, start=start, number_start=first.number_start, value=None, low=low, high=second.value)


def _low_end(first: _Found, second: _Found) -> float:
    """The low end of a range: a bare number below the leading part of a high end with a scale takes that scale,
    which is written once for both ends ("5-6.000", "2-6.000", "fem til seks tusinde", "fünf- bis
    sechstausend", "1,5-2 millioner"). A low end as large as the leading part is read as written ("500-6.000"),
    as is one with a scale or a unit of its own."""
    assert first.value is not None and second.value is not None
    scaled = first.value * second.scale
    return scaled if scaled < second.value and first.scale == 1 and _bare(first) else first.value


def _restated(first: _Found, second: _Found, text: str) -> _Found | None:
    """ "45 miles (72 km)": a quantity restated in another unit in brackets is one mention."""
    if first.kind != "quantity" or second.kind != "quantity" or first.unit != second.unit:
        return None
    if first.value is None or second.value is None or first.end >= second.start:
        return None
    if not _OPENING_BRACKET.fullmatch(text, first.end, second.start):
        return None
    closing = _CLOSING_BRACKET.match(text, second.end)
    if closing is None or not isclose(first.value * first.factor, second.value * second.factor, rel_tol=RESTATED):
        return None
    return replace(first, end=closing.end())


def _score(first: _Found, second: _Found, text: str) -> bool:
    """ "2-0", "10-6", "38 - 17", "2&1": a score or a record, neither a range nor two counts."""
    return (
        first.kind == second.kind == "count"
        and first.unit is None
        and first.value is not None
        and second.value is not None
        and first.value >= second.value
        and first.end < second.start
        and _SCORE_GAP.fullmatch(text, first.end, second.start) is not None
    )


def _labelled(found: _Found, text: str, grammar: _Grammar) -> _Found:
    """A bare number right after a label noun names one of a series ("match four", "Loch 15"): an ordinal."""
    if not _bare(found) or found.value is None or found.sense != "exact":
        return found
    label = _before(grammar.label_before, text, found.start)
    return found if label is None else replace(found, kind="ordinal", start=label.start())


def _year_continues(first: _Found, second: _Found, text: str, grammar: _Grammar) -> bool:
    return (
        first.kind == "year"
        and second.year_like
        and second.kind == "count"
        and _dash_or_joiner(first, second, text, grammar)
    )


_BOUND_OF_SENSE: dict[QualifierSense, Literal["low", "high"]] = {
    "at_least": "low",
    "more_than": "low",
    "just_over": "low",
    "at_most": "high",
    "less_than": "high",
    "up_to": "high",
    "nearly": "high",
}
_QUALIFIER_OF_SENSE: dict[QualifierSense, Qualifier] = {
    "exact": "exact",
    "approx": "approx",
    "nearly": "approx",
    "just_over": "approx",
    "at_least": "at_least",
    "more_than": "more_than",
    "at_most": "at_most",
    "less_than": "less_than",
    "up_to": "up_to",
}
_QUALIFIED_KINDS = frozenset({"count", "percent", "fraction", "quantity", "duration"})


def _qualified(found: _Found, text: str, grammar: _Grammar) -> _Found:
    """Attach a qualifier word before ("omkring 600") or after ("100 or more") and the bound it gives."""
    if found.kind not in _QUALIFIED_KINDS or found.sense != "exact":
        return found
    before = _before(grammar.qualifier_before, text, found.start)
    if before is not None and not _before(grammar.blocker_before, text, before.start()):
        found = replace(found, start=before.start(), sense=grammar.qualifier_senses[_key(before.group(1))])
    elif after := _match(grammar.qualifier_after, text, found.end):
        found = replace(found, end=after.end(), sense=grammar.qualifier_after_senses[_key(after.group(1))])
    bound = _BOUND_OF_SENSE.get(found.sense)
    if bound is None or found.value is None or found.low is not None or found.high is not None:
        return found
    return replace(found, low=found.value) if bound == "low" else replace(found, high=found.value)


# --- lists and ages ----------------------------------------------------------------------------

AGE = "years_of_age"


def _read_lists(found: list[_Found], text: str, grammar: _Grammar) -> list[_Found]:
    """Share a unit and an age word across a list of numbers, and read ages.

    In a list closed by a joiner ("33, 34 og 39 år", "10, 20 and 30 percent") the unit after the
    last number is the unit of every bare number before it. An age word before the first number
    ("aged 33, 34 and 39", "im Alter von 33, 34 und 39 Jahren") makes every bare number and number of
    years in the list an age.
    """
    result: list[_Found] = []
    index = 0
    while index < len(found):
        last = index
        closed = False
        while not closed and last + 1 < len(found):
            gap = grammar.list_gap.fullmatch(text, found[last].end, found[last + 1].start)
            if gap is None:
                break
            last, closed = last + 1, gap.group(1) is not None
        alternatives = not closed and _alternatives_of_one_unit(found[index : last + 1])
        members = found[index : last + 1] if closed or alternatives else found[index : index + 1]
        if (closed or alternatives) and members[-1].end > members[-1].number_end and members[-1].kind != "fraction":
            members = [_with_unit(member, members[-1]) if _bare(member) else member for member in members]
        if _before(grammar.age_before, text, members[0].start) or _apposition(members, text):
            members = [_age(member, bare=True) for member in members]
        elif _before(grammar.age_before_years, text, members[0].start):
            bare = not _noun_after(text, members[-1].end, grammar)
            members = [_age(member, bare=bare) for member in members]
        result += members
        index += len(members)
    return result


def _alternatives_of_one_unit(members: list[_Found]) -> bool:
    """ "55, 60 minutes": two numbers, only a comma between them, the smaller bare and the larger with a unit,
    are two estimates of one amount in that unit."""
    if len(members) != 2:
        return False
    first, second = members
    if not _bare(first) or first.value is None or second.value is None or second.unit is None:
        return False
    return first.value < second.value


_APPOSITION_BEFORE = re.compile(
    rf"(?<![\w.])[^\W\d_][\w'’-]*(,[{_SPACES}]+|[{_SPACES}]*\(|[{_SPACES}]+[–—][{_SPACES}]+)$"
)
_APPOSITION_AFTER = {
    ",": re.compile(rf"[{_SPACES}]*,"),
    "(": re.compile(r"\)"),
    "–": re.compile(rf"[{_SPACES}]+[–—]"),
    "—": re.compile(rf"[{_SPACES}]+[–—]"),
}
MAX_AGE = 130


def _apposition(members: list[_Found], text: str) -> bool:
    """Whole numbers in digits set off by commas, brackets or dashes right after a word are ages, as news style
    gives them: "the actor, 31, has ...", "Willoughby (37) annonserte", "Tre män – 33, 34 och 39 – har"."""
    for found in members:
        if not _bare(found) or found.value is None or not 1 <= found.value <= MAX_AGE:
            return False
        if not text[found.start : found.end].isdigit():
            return False
    before = _APPOSITION_BEFORE.search(text, max(0, members[0].start - 60), members[0].start)
    closing = _APPOSITION_AFTER[before.group(1).strip()] if before else None
    return closing is not None and closing.match(text, members[-1].end) is not None


def _noun_after(text: str, end: int, grammar: _Grammar) -> bool:
    """Whether a word that may be a noun (no function word) follows: "personer på 3 adresser"."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1).lower() not in grammar.function_words


def _bare(found: _Found) -> bool:
    """A number without a unit word, a percent sign or an age: "33" in "33, 34 og 39 år"."""
    return found.kind == "count" and found.unit is None and found.end == found.number_end and not found.vague


def _with_unit(found: _Found, last: _Found) -> _Found:
    return replace(found, kind=last.kind, unit=last.unit, factor=last.factor)


def _age(found: _Found, *, bare: bool) -> _Found:
    """A number of years, or if `bare` also a bare number, after an age word is an age ("aged 39", "mand på 39 år")."""
    if (bare and _bare(found)) or (found.kind == "duration" and found.unit == "years" and found.factor == 1):
        return replace(found, kind="quantity", unit=AGE, factor=1.0)
    return found


def _finish(found: _Found, text: str) -> NumberMention:
    return NumberMention(
        start=found.start,
        end=found.end,
        text=text[found.start : found.end],
        kind=found.kind,
        value=_normalised(found.value, found),
        low=_normalised(found.low, found),
        high=_normalised(found.high, found),
        qualifier=_QUALIFIER_OF_SENSE[found.sense],
        unit=found.unit,
        number_start=found.number_start,
        number_end=found.number_end,
    )


def _normalised(value: float | None, found: _Found) -> float | None:
    """`value` in the canonical unit, without float noise (85 / 100 is 0.85, not 0.8500000000000001)."""
    if value is None:
        return None
    result = value / 100 if found.kind == "percent" else value * found.factor
    return float(f"{result:.12g}")
