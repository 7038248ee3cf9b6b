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

MeasureKind = Literal["quantity", "duration", "count"]
"""What a number followed by a unit becomes: a quantity, a duration, or a count in a unit (``times``)."""

TIMES = "times"
"""The canonical unit of a number of times ("twice", "three times", "dreimal", "to gange")."""

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
        kind: ``quantity``, ``duration``, or ``count`` for a number of times (unit ``times``).
            Default ``quantity``.
        factor: What one of these units is in the canonical unit (a mile is 1.609344 km). Default 1.
        words: The native words and abbreviations ("kilometer", "km"). A word without letters
            (the prime in 5′11″) is read only with the minor number after it.
        minor_factor: What a number right after this unit is in, in the canonical unit, when a
            measure is written in two units ("6-foot-6", "6 ft 6 in", "5′11″": the second number
            is inches, 0.0254 m). It must be below one of this unit (below 12 inches). Default
            None: a number after this unit is no part of it.
        minor_words: Words that may follow that minor number ("in", "inches", "″").
        glued: Whether the words follow a number only glued to it or after a hyphen ("3-fach",
            "dreifach", "tredobbelt"), never after a space ("to dobbelte whiskyer"). Default False.
        plural: Whether the words are plurals, which a word for one does not take: "a decades-long
            dispute" has no number, "a decade-long dispute" lasts a decade. Default False.
    """

    unit: str = Field(min_length=1)
    kind: MeasureKind = "quantity"
    factor: float = Field(default=1.0, gt=0)
    words: Words = Field(min_length=1)
    minor_factor: float | None = Field(default=None, gt=0)
    minor_words: Words = ()
    glued: bool = False
    plural: bool = False

    @field_validator("words", "minor_words")
    @classmethod
    def _clean_words(cls, words: Words) -> Words:
        return _check_words(words)

    @model_validator(mode="after")
    def _minor_below_major(self) -> MeasureUnit:
        if self.minor_factor is not None and self.minor_factor >= self.factor:
            raise ValueError(
                f"minor_factor {self.minor_factor} must be below factor {self.factor}: the minor unit is the smaller one"
            )
        if self.minor_words and self.minor_factor is None:
            raise ValueError("minor_words need a minor_factor; set it or drop the words")
        return self


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
            compound ("enogtyve"), as a numerator ("en tredjedel"), before a time unit ("en uke")
            or after one of `one_qualifiers` ("more than one"). A word that only means the
            numeral (Danish "én") belongs in `cardinals`.
        one_qualifiers: Qualifiers (words of `qualifiers`) after which a word for one of
            `numeral_ones` is the number ("more than one", "mindst en", "mehr als einer").
            Qualifiers that are also prepositions are left out ("over en bro", "omkring en sø").
        numeral_ones: The words of `indefinite_ones` that are also the numeral ("one", "en",
            "ein"), not only the article: English "a" stays the article after a qualifier ("at
            least a wild-card spot").
        noun_cardinals: Words of `cardinals` that are also a common noun (Swedish "sex"). Alone, they
            are a number only where the word after them is no function word ("sex personer", "sex
            miljoner"), or digits or a sign ("sex %"), or one of `noun_cardinal_partners`; before a
            function word, a punctuation mark or the end ("köp av sex", "sex och samlevnad"), the noun.
        noun_cardinal_partners: Function words after which a word of `noun_cardinals` is still the
            number ("sex av tio", "sex till åtta").
        connectors: Words that join the parts of a number ("og" in "femogtyve", "hundrede og fem").
        scales: Multiplying words by value: 100, 1000, 10**6, 10**9, and 12 for "dozen".
        scale_abbreviations: Abbreviated scales, read only after digits ("3 mio.", "£2.8bn").
        scales_after_currency: Scale abbreviations that only mean a scale after a currency
            sign ("£125m" is 125 million, "100m" is a distance).
        ordinals: Ordinal words by value ("tredje" 3); a compound ending in one is an ordinal.
        compound_ordinals: Ordinal words that count only at the end of a compound ("tjueandre",
            22nd), because alone they mostly mean something else ("andre": other).
        multiplicatives: Words that are a number of times on their own ("twice": 2); they give
            a count in unit ``times`` like "two times".
        compound_elements: Word parts that may follow a number word glued into one compound
            word, followed or not by the compound's head ("års" in "femårsplan", "åring" in
            "trettenåring", "poengs" in "firepoengs", "mal" in "dreimal"). A number word glued
            to anything else is no number ("tiger", "sexig", "firewall"). An element that is a
            unit word gives the unit ("femårsplan": 5 years); others leave a count.
        ordinal_suffixes: What follows digits to make an ordinal ("4." in Danish, "4th", "4:e").
        ordinal_markers: Words before a number that make it a rank ("nr. 3", "nummer to", "No. 1").
        label_nouns: Singular nouns after which a bare number is a label, not a count ("match four",
            "hole 15", "kapitel 3"): read as an ordinal. A number with a unit after them stays a
            quantity ("a hole 3 metres deep"); a score after them stays a score ("won the match 3-1").
        fractions: Denominator words by denominator ("tredjedel" 3, "halvdelen" 2); the
            numerator is the number before it, or 1.
        part_markers: Words that make a lone "half" word a part of something (a noun), not a
            share, when they stand in the two words before it in its clause: determiners and
            possessives ("the Liverpool half", "deres halvdel", "die eigene Hälfte") and
            adjectives of place or order ("anden halvdel", "the last half"). Ordinals and a name
            right before it ("Liverpools halvdel") do so anyway. A share is a pronoun or
            predeterminer without them ("half of", "half the", "nearly half", "die Hälfte der").
        percent: Words and signs for per cent.
        vague_amounts: Words for an unspecified multiple of a scale ("hundredvis" 100).
            They give an approximate interval from 2 to 10 times the scale.
        vague_multipliers: Words that make a following bare scale vague ("flere hundrede").
        qualifiers: Words before a number by the sense they give it ("omkring": approx).
        qualifiers_after: Words after a number by sense ("eller mere": at_least).
        qualifier_blockers: Nouns after which a qualifier word is a preposition
            ("kontrol over 12 byer": over is not "more than").
        range_joiners: Words between the two ends of a range ("til"); dashes always join.
        list_joiners: Words before the last number of a list ("33, 34 og 39 år"): a unit after the
            last number is the unit of every bare number in the list, and an age word before the
            first makes them all ages.
        range_openers: A word that opens a range and the words that join its ends
            ("mellem": ("og",)).
        change_openers: Words before the first of two joined numbers that make them a change,
            not a range ("fra 20 til 30").
        units: Units of measure and of time.
        age_before: Words and phrases before a number that make it an age in years ("aged 39",
            "im Alter von 39 Jahren"). A bare number or a number of years after them becomes a
            quantity in unit ``years_of_age``.
        age_before_years: A person noun and its preposition ("mand på" in "en mand på 39 år"):
            after them a number of years is an age, and so is a bare number that no noun follows
            ("en mand på 32 under mistanke", "tre mænd på 33, 34 og 39 er anholdt"; the language's
            function words tell). With a noun after it the number counts that noun ("personer på
            3 adresser"); after a noun of things years stay a duration ("en dom på 39 år").
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
    one_qualifiers: Words = ()
    numeral_ones: Words = ()
    noun_cardinals: Words = ()
    noun_cardinal_partners: Words = ()
    connectors: Words = ()
    scales: Mapping[int, Words] = {}
    scale_abbreviations: Mapping[int, Words] = {}
    scales_after_currency: Mapping[int, Words] = {}
    ordinals: Mapping[int, Words] = {}
    compound_ordinals: Mapping[int, Words] = {}
    multiplicatives: Mapping[int, Words] = {}
    compound_elements: Words = ()
    ordinal_suffixes: Words = ()
    ordinal_markers: Words = ()
    label_nouns: Words = ()
    fractions: Mapping[int, Words] = {}
    part_markers: Words = ()
    percent: Words = ()
    vague_amounts: Mapping[int, Words] = {}
    vague_multipliers: Words = ()
    qualifiers: QualifierWords = {}
    qualifiers_after: QualifierWords = {}
    qualifier_blockers: Words = ()
    range_joiners: Words = ()
    list_joiners: Words = ()
    range_openers: Mapping[str, Words] = {}
    change_openers: Words = ()
    units: tuple[MeasureUnit, ...] = ()
    age_before: Words = ()
    age_before_years: Words = ()
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

    @field_validator("indefinite_ones", "connectors", "compound_elements")
    @classmethod
    def _clean_morphemes(cls, words: Words) -> Words:
        return _check_words(words, single=True)

    @field_validator(
        "ordinal_suffixes",
        "ordinal_markers",
        "label_nouns",
        "one_qualifiers",
        "numeral_ones",
        "noun_cardinals",
        "noun_cardinal_partners",
        "list_joiners",
        "age_before",
        "age_before_years",
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

    @field_validator("scale_abbreviations", "scales_after_currency", "vague_amounts", "multiplicatives")
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
        qualifier_words = {word.lower() for words in self.qualifiers.values() for word in words}
        if unknown := sorted({word.lower() for word in self.one_qualifiers} - qualifier_words):
            raise ValueError(f"one_qualifiers {unknown} are not qualifiers; add them to qualifiers first")
        if unknown := sorted({word.lower() for word in self.numeral_ones} - {w.lower() for w in self.indefinite_ones}):
            raise ValueError(f"numeral_ones {unknown} are not indefinite_ones; add them there first")
        if unknown := sorted({word.lower() for word in self.noun_cardinals} - cardinal_words):
            raise ValueError(f"noun_cardinals {unknown} are not cardinals; add them there first")
        if self.multiplicatives and not any(unit.unit == TIMES for unit in self.units):
            raise ValueError(f"multiplicatives need a unit {TIMES!r} (the words for 'times') among the units")
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
