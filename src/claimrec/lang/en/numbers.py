"""English: number words, separators, qualifiers and units."""

from __future__ import annotations

from claimrec.lang.number_schema import MeasureUnit, NumberData, QualifierWords

# Source: The Chicago Manual of Style, "Numbers" (hyphenated compounds "twenty-five");
# Oxford English Dictionary entries of the numerals.
CARDINALS = {
    0: ("zero", "nil"),
    2: ("two",),
    3: ("three",),
    4: ("four",),
    5: ("five",),
    6: ("six",),
    7: ("seven",),
    8: ("eight",),
    9: ("nine",),
    10: ("ten",),
    11: ("eleven",),
    12: ("twelve",),
    13: ("thirteen",),
    14: ("fourteen",),
    15: ("fifteen",),
    16: ("sixteen",),
    17: ("seventeen",),
    18: ("eighteen",),
    19: ("nineteen",),
    20: ("twenty",),
    30: ("thirty",),
    40: ("forty",),
    50: ("fifty",),
    60: ("sixty",),
    70: ("seventy",),
    80: ("eighty",),
    90: ("ninety",),
}

# Source: Oxford English Dictionary (the article and the numeral one).
# "one" is in this list although it is no article: it is mostly a pronoun ("one of the
# most ...", "no one") and its translations ("en", "ein", "ett") are the article, so a
# lone "one" is treated like them: a count only after ONE_QUALIFIERS ("more than one").
INDEFINITE_ONES = ("a", "an", "one")

# Source: Oxford English Dictionary (short scale: "billion" is 10**9); "bn" as in the
# BBC and Reuters style guides.
SCALES = {
    12: ("dozen",),
    100: ("hundred",),
    1000: ("thousand",),
    10**6: ("million",),
    10**9: ("billion",),
    10**12: ("trillion",),
}
SCALE_ABBREVIATIONS = {10**6: ("mn", "mln"), 10**9: ("bn", "bln"), 10**12: ("tn",)}
# "£125m", "$5k": only after a currency sign, elsewhere "m" is metres.
SCALES_AFTER_CURRENCY = {1000: ("k",), 10**6: ("m",), 10**9: ("b",)}

# Source: Oxford English Dictionary (ordinal numerals); compounds ("twenty-first") are built.
ORDINALS = {
    1: ("first",),
    2: ("second",),
    3: ("third",),
    4: ("fourth",),
    5: ("fifth",),
    6: ("sixth",),
    7: ("seventh",),
    8: ("eighth",),
    9: ("ninth",),
    10: ("tenth",),
    11: ("eleventh",),
    12: ("twelfth",),
    13: ("thirteenth",),
    14: ("fourteenth",),
    15: ("fifteenth",),
    16: ("sixteenth",),
    17: ("seventeenth",),
    18: ("eighteenth",),
    19: ("nineteenth",),
    20: ("twentieth",),
    30: ("thirtieth",),
    40: ("fortieth",),
    50: ("fiftieth",),
    60: ("sixtieth",),
    70: ("seventieth",),
    80: ("eightieth",),
    90: ("ninetieth",),
    100: ("hundredth",),
    1000: ("thousandth",),
    10**6: ("millionth",),
}

# Source: Oxford English Dictionary (fraction nouns).
# "third", "fourth" ... are ordinals unless a numerator comes before them ("two thirds",
# "a third"); "quarter" alone is a period of a year and needs a numerator too.
FRACTIONS = {
    2: ("half", "halves"),
    3: ("third", "thirds"),
    4: ("quarter", "quarters", "fourth", "fourths"),
    5: ("fifth", "fifths"),
    6: ("sixth", "sixths"),
    7: ("seventh", "sevenths"),
    8: ("eighth", "eighths"),
    9: ("ninth", "ninths"),
    10: ("tenth", "tenths"),
    100: ("hundredth", "hundredths"),
    1000: ("thousandth", "thousandths"),
}

# Source: Oxford English Dictionary ("hundreds", "tens of thousands", "scores").
VAGUE_AMOUNTS = {
    12: ("dozens",),
    20: ("scores",),
    100: ("hundreds",),
    1000: ("thousands",),
    10_000: ("tens of thousands",),
    100_000: ("hundreds of thousands",),
    10**6: ("millions",),
    10**7: ("tens of millions",),
    10**8: ("hundreds of millions",),
    10**9: ("billions",),
}

# Source: Associated Press Stylebook ("more than" vs "over"); Oxford English Dictionary.
QUALIFIERS: QualifierWords = {
    "approx": ("about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "circa", "c."),
    "nearly": ("nearly", "almost", "close to", "just under", "just below", "a little under", "up to almost"),
    "just_over": ("just over", "just above", "a little over", "slightly more than", "a little more than"),
    "more_than": ("more than", "over", "above", "in excess of"),
    "at_least": ("at least", "no fewer than", "no less than", "a minimum of"),
    "less_than": ("fewer than", "less than", "under", "below"),
    "at_most": ("at most", "no more than", "a maximum of"),
    "up_to": ("up to", "as many as", "as much as", "as high as"),
}
# Source: comparative qualifiers before a numeral in Oxford English Dictionary; compiled for claimrec.
# Qualifiers after which "one" (or "a") is the number: comparisons. Left out: "over", "under",
# "about", "around", which are also prepositions ("about a man", "under a bridge").
ONE_QUALIFIERS = (
    "more than", "at least", "at most", "no more than", "no fewer than", "no less than", "fewer than", "less than",
    "slightly more than", "a little more than",
)  # fmt: skip
QUALIFIERS_AFTER: QualifierWords = {
    "at_least": ("or more", "and more", "or above", "and above"),
    "at_most": ("or less", "or fewer", "or below"),
    "approx": ("or so",),
}
# Source: collocations "X over" in Oxford English Dictionary; compiled for claimrec.
QUALIFIER_BLOCKERS = (
    "control", "win", "victory", "lead", "power", "authority", "sovereignty", "hold", "edge", "triumph", "jurisdiction",
)  # fmt: skip

# Source: Oxford English Dictionary ("twice", "thrice"; "-fold": "tenfold"). A number of times
# is a count in unit "times", and so is a factor: "three times as many" and "visited three
# times" are both 3 times, as in every language here the same words say both ("tre gange så
# mange", "dreimal so viele") and translations keep the construction. Left out: "once", which
# is as often "formerly" ("once a great city"), like a lone "one".
MULTIPLICATIVES = {2: ("twice",), 3: ("thrice",)}
# English writes numbers apart from their nouns ("six-game", "four-point"); only "-fold" is glued.
COMPOUND_ELEMENTS = ("fold",)

# Source: NIST SP 811 (conversion factors). "ton(s)" is taken as the metric tonne, as in
# BBC and Reuters copy (a US short ton is 907 kg). The singular "second" is left out: after
# "a" it is more often the ordinal ("a second store"). Temperatures are left out (affine).
UNITS = (
    MeasureUnit(unit="percentage_points", words=("percentage points", "percentage point")),
    MeasureUnit(unit="km", words=("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers")),
    MeasureUnit(unit="km", factor=1.609344, words=("mile", "miles")),
    MeasureUnit(unit="km", factor=1.852, words=("nautical mile", "nautical miles")),
    MeasureUnit(unit="m", words=("m", "metre", "metres", "meter", "meters")),
    MeasureUnit(unit="m", factor=0.01, words=("cm", "centimetre", "centimetres", "centimeter", "centimeters")),
    MeasureUnit(unit="m", factor=0.001, words=("mm", "millimetre", "millimetres", "millimeter", "millimeters")),
    # "6-foot-6", "6 ft 6 in", "5'11\"": a height in feet and inches is one quantity. The primes
    # count only before inches ("5'11"); a lone "5'" is a quote or an apostrophe. A bare "in" after the
    # inches is left out ("6-foot-6 in the NBA"); the value does not need it.
    MeasureUnit(
        unit="m",
        factor=0.3048,
        words=("foot", "feet", "ft", "ft.", "′", "'", "’"),
        minor_factor=0.0254,
        minor_words=("inches", "inch", "in.", "″", '"', "”", "''"),
    ),
    MeasureUnit(unit="m", factor=0.0254, words=("inch", "inches")),
    MeasureUnit(unit="m", factor=0.9144, words=("yard", "yards")),
    MeasureUnit(unit="kg", words=("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes")),
    MeasureUnit(unit="kg", factor=0.001, words=("gram", "grams", "gramme", "grammes")),
    MeasureUnit(unit="kg", factor=1000, words=("tonne", "tonnes", "ton", "tons", "metric tons")),
    MeasureUnit(unit="kg", factor=0.45359237, words=("pound", "pounds", "lb", "lbs")),
    MeasureUnit(unit="km/h", words=("km/h", "kph", "kmh", "kilometres per hour", "kilometers per hour", "km per hour")),
    MeasureUnit(unit="km/h", factor=1.609344, words=("mph", "miles per hour")),
    MeasureUnit(unit="km/h", factor=3.6, words=("m/s", "metres per second", "meters per second")),
    MeasureUnit(unit="km/h", factor=1.852, words=("knots",)),
    MeasureUnit(unit="km2", words=("km2", "km²", "sq km", "square kilometres", "square kilometers")),
    MeasureUnit(unit="km2", factor=2.589988, words=("square miles", "sq miles")),
    MeasureUnit(unit="km2", factor=0.01, words=("hectare", "hectares")),
    MeasureUnit(unit="years_of_age", words=("year-old", "year-olds", "years old", "year old", "years of age")),
    # "time" for "two-time champion"; "one time" is no count, like a lone "one".
    MeasureUnit(unit="times", kind="count", words=("times", "time")),
    MeasureUnit(unit="times", kind="count", glued=True, words=("fold",)),
    # Plurals apart: "a decades-long dispute" states no duration, "a decade-long" one decade.
    MeasureUnit(unit="seconds", kind="duration", plural=True, words=("seconds", "secs")),
    MeasureUnit(unit="minutes", kind="duration", words=("minute",)),
    MeasureUnit(unit="minutes", kind="duration", plural=True, words=("minutes", "mins")),
    MeasureUnit(unit="hours", kind="duration", words=("hour",)),
    MeasureUnit(unit="hours", kind="duration", plural=True, words=("hours", "hrs")),
    MeasureUnit(unit="days", kind="duration", words=("day",)),
    MeasureUnit(unit="days", kind="duration", plural=True, words=("days",)),
    MeasureUnit(unit="weeks", kind="duration", words=("week",)),
    MeasureUnit(unit="weeks", kind="duration", plural=True, words=("weeks",)),
    MeasureUnit(unit="months", kind="duration", words=("month",)),
    MeasureUnit(unit="months", kind="duration", plural=True, words=("months",)),
    MeasureUnit(unit="years", kind="duration", words=("year",)),
    MeasureUnit(unit="years", kind="duration", plural=True, words=("years",)),
    MeasureUnit(unit="years", kind="duration", factor=10, words=("decade",)),
    MeasureUnit(unit="years", kind="duration", factor=10, plural=True, words=("decades",)),
)

# Source: Oxford English Dictionary ("aged", "at the age of"). A bare number after them is an age.
AGE_BEFORE = ("aged", "age", "ages", "at the age of")

# Source: prepositions and time nouns that take a year in Oxford English Dictionary; compiled for claimrec.
# A four-digit number after these is a year ("in 2001", "since 1989", "by 2030"); an
# ungrouped 1900-2100 is a year anyway in English (see bare_years).
YEAR_CONTEXT = (
    "in", "since", "from", "until", "till", "by", "before", "after", "during", "year", "early", "late", "mid",
    "spring", "summer", "autumn", "winter", "quarter of",
)  # fmt: skip
# Source: Oxford English Dictionary (month names), AP Stylebook (abbreviations). "may" and
# "march" are also common words, but only a day number next to them makes a date.
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
)  # fmt: skip

# Source: determiners, possessives and adjectives of place before a noun in Oxford English Dictionary; compiled for claimrec.
# "the Liverpool half", "their own half", "the last half": a part of a pitch, a match or a
# period, not a share ("half the country", "half of it", "nearly half" have none of them).
PART_MARKERS = (
    "the", "this", "that", "his", "her", "its", "their", "our", "my", "your", "own", "last", "other", "latter",
    "former", "whole", "top", "bottom", "upper", "lower", "front", "back", "opposition",
)  # fmt: skip

# Nouns that name one of a series; a bare number after them is its label ("match four").
LABEL_NOUNS = (
    "match",
    "game",
    "hole",
    "round",
    "stage",
    "heat",
    "chapter",
    "article",
    "section",
    "page",
    "episode",
    "season",
    "volume",
    "room",
    "gate",
    "platform",
    "flight",
    "route",
    "highway",
    "exhibit",
    "level",
    "category",
    "phase",
)

NUMBERS = NumberData(
    # Source: CLDR number symbols for en (decimal ".", group ",").
    decimal_separator=".",
    group_separators=(",",),
    clock_separators=(":",),
    cardinals=CARDINALS,
    indefinite_ones=INDEFINITE_ONES,
    one_qualifiers=ONE_QUALIFIERS,
    # "a"/"an" stay the article after a qualifier: "at least a wild-card spot".
    numeral_ones=("one",),
    connectors=("and",),
    scales=SCALES,
    scale_abbreviations=SCALE_ABBREVIATIONS,
    scales_after_currency=SCALES_AFTER_CURRENCY,
    ordinals=ORDINALS,
    multiplicatives=MULTIPLICATIVES,
    compound_elements=COMPOUND_ELEMENTS,
    ordinal_suffixes=("st", "nd", "rd", "th"),
    ordinal_markers=("no.", "number"),
    label_nouns=LABEL_NOUNS,
    fractions=FRACTIONS,
    part_markers=PART_MARKERS,
    percent=("%", "percent", "per cent", "pct"),
    vague_amounts=VAGUE_AMOUNTS,
    vague_multipliers=("several", "a few", "a couple of", "a couple", "many"),
    qualifiers=QUALIFIERS,
    qualifiers_after=QUALIFIERS_AFTER,
    qualifier_blockers=QUALIFIER_BLOCKERS,
    range_joiners=("to",),
    # Source: coordinating conjunctions in Oxford English Dictionary.
    list_joiners=("and", "or"),
    range_openers={"between": ("and",)},
    change_openers=("from",),
    units=UNITS,
    age_before=AGE_BEFORE,
    year_context=YEAR_CONTEXT,
    months=MONTHS,
    # "the 1990s", "the 1990's".
    decade_suffixes=("s", "'s", "’s"),
    # News style writes counts from 1000 with a comma ("2,000"): an ungrouped 1900-2100 is a year.
    bare_years="all",
    clock_suffixes=("o'clock", "o’clock", "gmt", "bst", "utc"),
    clock_suffixes_am=("am", "a.m."),
    clock_suffixes_pm=("pm", "p.m."),
)
