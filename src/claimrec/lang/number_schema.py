"""Schema of a language's number knowledge (number words, separators, qualifiers, units).

Keys are English concepts or plain numbers, values are the native words, written in lower
case unless the language capitalises them (matching ignores case). The engine that reads
this data is `claimrec.extract.numbers`; it never branches on a language code.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

QualifierSense = Literal[
    "exact", "approx", "nearly", "just_over", "at_least", "more_than", "at_most", "less_than", "up_to"
]
"""How a qualifier word bounds the number after it.

The senses are the report's qualifiers plus two flavours of ``approx`` that also give a bound:
``nearly`` ("næsten 100": approx, at most 100) and ``just_over`` ("vel 15": approx, at least 15).
"""

MeasureKind = Literal["quantity", "duration"]

Words = tuple[str, ...]
"""Native words for one concept."""
QualifierWords = Mapping[QualifierSense, Words]
"""Qualifier words by the sense they give a number."""
_Key = TypeVar("_Key")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class MeasureUnit(_Frozen):
    """Words for one unit of measure and how to express it in its canonical unit.

    Attributes:
        unit: The canonical unit the value is converted to (``km``, ``m``, ``kg``, ``km/h``,
            ``days``, ``hours``, ...).
        kind: ``quantity`` or ``duration``.
        factor: What one of these units is in the canonical unit (a mile is 1.609344 km). Default 1.
        words: The native words and abbreviations ("kilometer", "km").
    """

    unit: str = Field(min_length=1)
    kind: MeasureKind = "quantity"
    factor: float = Field(default=1.0, gt=0)
    words: Words = Field(min_length=1)

    @field_validator("words")
    @classmethod
    def _clean_words(cls, words: Words) -> Words:
        return _check_words(words)


class NumberData(_Frozen):
    """How a language writes numbers. Filled in per language in ``lang/<code>/numbers.py``.

    Attributes:
        decimal_separator: The decimal mark of the locale: ``","`` or ``"."``. Default ``"."``.
        group_separators: Characters between groups of three digits ("3.000", "3 000");
            a space stands for every kind of space (no-break and thin ones too).
        clock_separators: Characters between hours and minutes ("20.30", "20:30").
        cardinals: Number words below 100 by value: every word the engine cannot compose
            from smaller ones (units, teens, tens, "halvtreds").
        indefinite_ones: Words for one that are also the indefinite article (or, like English
            "one", a pronoun). They are a number only with a scale word ("et hundrede"), in a
            compound ("enogtyve"), as a numerator ("en tredjedel") or before a time unit ("en uke").
        connectors: Words that join the parts of a number ("og" in "femogtyve", "hundrede og fem").
        scales: Multiplying words by value: 100, 1000, 10**6, 10**9, and 12 for "dozen".
        scale_abbreviations: Abbreviated scales, read only after digits ("3 mio.", "£2.8bn").
        scales_after_currency: Scale abbreviations that only mean a scale after a currency
            sign ("£125m" is 125 million, "100m" is a distance).
        ordinals: Ordinal words by value ("tredje" 3); a compound ending in one is an ordinal.
        compound_ordinals: Ordinal words that count only at the end of a compound ("tjueandre",
            22nd), because alone they mostly mean something else ("andre": other).
        ordinal_suffixes: What follows digits to make an ordinal ("4." in Danish, "4th", "4:e").
        ordinal_markers: Words before a number that make it a rank ("nr. 3", "nummer to", "No. 1").
        fractions: Denominator words by denominator ("tredjedel" 3, "halvdelen" 2); the
            numerator is the number before it, or 1.
        part_markers: Words before a lone "half" word that make it a part of something, not a
            share ("anden halvdel", "the last half"); ordinals do so anyway.
        percent: Words and signs for per cent.
        vague_amounts: Words for an unspecified multiple of a scale ("hundredvis" 100).
            They give an approximate interval from 2 to 10 times the scale.
        vague_multipliers: Words that make a following bare scale vague ("flere hundrede").
        qualifiers: Words before a number by the sense they give it ("omkring": approx).
        qualifiers_after: Words after a number by sense ("eller mere": at_least).
        qualifier_blockers: Nouns after which a qualifier word is a preposition
            ("kontrol over 12 byer": over is not "more than").
        range_joiners: Words between the two ends of a range ("til"); dashes always join.
        range_openers: A word that opens a range and the words that join its ends
            ("mellem": ("og",)).
        change_openers: Words before the first of two joined numbers that make them a change,
            not a range ("fra 20 til 30").
        units: Units of measure and of time.
        year_context: Words after which a four-digit number is a year ("i", "siden", "kvartal").
        months: Month names and abbreviations: a number from 1 to 31 next to one is a day of the
            month (an ordinal: "September 29", "1 October"), a four-digit number after one a year.
        decade_suffixes: What follows a year to name its decade ("'erne", "-tallet", "s").
        bare_years: Which four-digit numbers from 1900 to 2100 without year context are years:
            ``all`` where counts from 1000 are written with a group separator (English
            "the 2019 vote", "2,019 votes"); ``unround`` (the default) for all but multiples of
            50, since a bare "2016" before a verb is mostly a year ("2016 attackerade") and
            counts in this range are mostly round ("2000 soldater"); ``none`` to require year
            context. A year sign always wins ("i 2001", "2019-sesongen", "(1967)", "2016.").
        clock_words: Words before a time of day ("kl.", "klokken").
        clock_suffixes: Words after a time of day ("Uhr", "o'clock").
        clock_suffixes_am: Suffixes of the morning half of a 12-hour clock ("am").
        clock_suffixes_pm: Suffixes of the afternoon half of a 12-hour clock ("pm").
    """

    decimal_separator: Literal[",", "."] = "."
    group_separators: Words = ()
    clock_separators: Words = (":",)
    cardinals: Mapping[int, Words] = {}
    indefinite_ones: Words = ()
    connectors: Words = ()
    scales: Mapping[int, Words] = {}
    scale_abbreviations: Mapping[int, Words] = {}
    scales_after_currency: Mapping[int, Words] = {}
    ordinals: Mapping[int, Words] = {}
    compound_ordinals: Mapping[int, Words] = {}
    ordinal_suffixes: Words = ()
    ordinal_markers: Words = ()
    fractions: Mapping[int, Words] = {}
    part_markers: Words = ()
    percent: Words = ()
    vague_amounts: Mapping[int, Words] = {}
    vague_multipliers: Words = ()
    qualifiers: QualifierWords = {}
    qualifiers_after: QualifierWords = {}
    qualifier_blockers: Words = ()
    range_joiners: Words = ()
    range_openers: Mapping[str, Words] = {}
    change_openers: Words = ()
    units: tuple[MeasureUnit, ...] = ()
    year_context: Words = ()
    months: Words = ()
    decade_suffixes: Words = ()
    bare_years: Literal["all", "unround", "none"] = "unround"
    clock_words: Words = ()
    clock_suffixes: Words = ()
    clock_suffixes_am: Words = ()
    clock_suffixes_pm: Words = ()

    @field_validator("group_separators", "clock_separators")
    @classmethod
    def _single_characters(cls, separators: Words) -> Words:
        if wrong := [separator for separator in separators if len(separator) != 1]:
            raise ValueError(f"separators are single characters; got {wrong}")
        return separators

    @field_validator("indefinite_ones", "connectors")
    @classmethod
    def _clean_morphemes(cls, words: Words) -> Words:
        return _check_words(words, single=True)

    @field_validator(
        "ordinal_suffixes",
        "ordinal_markers",
        "part_markers",
        "percent",
        "vague_multipliers",
        "qualifier_blockers",
        "range_joiners",
        "change_openers",
        "year_context",
        "months",
        "decade_suffixes",
        "clock_words",
        "clock_suffixes",
        "clock_suffixes_am",
        "clock_suffixes_pm",
    )
    @classmethod
    def _clean_word_lists(cls, words: Words) -> Words:
        return _check_words(words)

    @field_validator("cardinals", "scales", "ordinals", "compound_ordinals", "fractions")
    @classmethod
    def _clean_morpheme_maps(cls, words: Mapping[int, Words]) -> Mapping[int, Words]:
        return _check_word_map(words, single=True)

    @field_validator("scale_abbreviations", "scales_after_currency", "vague_amounts")
    @classmethod
    def _clean_word_maps(cls, words: Mapping[int, Words]) -> Mapping[int, Words]:
        return _check_word_map(words)

    @field_validator("qualifiers", "qualifiers_after", "range_openers")
    @classmethod
    def _clean_named_word_maps(cls, words: Mapping[str, Words]) -> Mapping[str, Words]:
        return _check_word_map(words)

    @field_validator("cardinals")
    @classmethod
    def _cardinals_below_100(cls, cardinals: Mapping[int, Words]) -> Mapping[int, Words]:
        if wrong := sorted(value for value in cardinals if not 0 <= value < 100):
            raise ValueError(f"cardinals are the words below 100; got {wrong}. Put larger numbers in scales.")
        return cardinals

    @field_validator("scales", "scale_abbreviations", "scales_after_currency", "fractions", "vague_amounts")
    @classmethod
    def _above_one(cls, words: Mapping[int, Words]) -> Mapping[int, Words]:
        if wrong := sorted(value for value in words if value < 2):
            raise ValueError(f"scales, denominators and vague amounts must be at least 2; got {wrong}")
        return words

    @model_validator(mode="after")
    def _consistent(self) -> NumberData:
        if self.decimal_separator in self.group_separators:
            raise ValueError(
                f"decimal separator {self.decimal_separator!r} is also a group separator; "
                "a number like 3,500 would be ambiguous"
            )
        cardinal_words = {word.lower() for words in self.cardinals.values() for word in words}
        if both := sorted(cardinal_words & {word.lower() for word in self.indefinite_ones}):
            raise ValueError(f"{both} are both cardinals and indefinite_ones; keep them in indefinite_ones only")
        return self


def _check_words(words: Words, *, single: bool = False) -> Words:
    for word in words:
        if not word or word != word.strip() or "  " in word:
            raise ValueError(f"invalid word {word!r}: words must be non-empty, without outer or double spaces")
        if single and (" " in word or "-" in word):
            raise ValueError(f"invalid word {word!r}: number words are single words without spaces or hyphens")
    return words


def _check_word_map(words: Mapping[_Key, Words], *, single: bool = False) -> Mapping[_Key, Words]:
    for key, values in words.items():
        if not values:
            raise ValueError(f"no words given for {key!r}; drop the key or add its words")
        _check_words(values, single=single)
    return words
