"""German: number words, separators, qualifiers and units."""

from __future__ import annotations

from claimrec.lang.number_schema import MeasureUnit, NumberData, QualifierWords

_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def _inflected(stem: str) -> tuple[str, ...]:
    """The declined forms of an ordinal stem: dritte, dritten, dritter, drittes, drittem."""
    return tuple(stem + ending for ending in _ADJECTIVE_ENDINGS)


def _adjective(stem: str) -> tuple[str, ...]:
    """An adjective with and without its endings: jährig, jährige, jährigen, ..."""
    return (stem, *_inflected(stem))


# Source: Duden, "Zahlen und Ziffern" and the entries of the numerals (compounds up to
# 999 999 are one word: "dreihundertfünfundzwanzigtausend"). "ein", "eine", ... are also the
# article: see INDEFINITE_ONES; "eins" is only the numeral.
CARDINALS = {
    0: ("null",),
    1: ("eins",),
    2: ("zwei", "zwo"),
    3: ("drei",),
    4: ("vier",),
    5: ("fünf",),
    6: ("sechs",),
    7: ("sieben",),
    8: ("acht",),
    9: ("neun",),
    10: ("zehn",),
    11: ("elf",),
    12: ("zwölf",),
    13: ("dreizehn",),
    14: ("vierzehn",),
    15: ("fünfzehn",),
    16: ("sechzehn",),
    17: ("siebzehn",),
    18: ("achtzehn",),
    19: ("neunzehn",),
    20: ("zwanzig",),
    30: ("dreißig", "dreissig"),
    40: ("vierzig",),
    50: ("fünfzig",),
    60: ("sechzig",),
    70: ("siebzig",),
    80: ("achtzig",),
    90: ("neunzig",),
}
# Left out: "anderthalb"/"eineinhalb" (1.5), which would need fractional cardinals. A capitalised
# "Acht", "Elf" or "Null" inside a sentence is taken for a name or noun ("außer Acht", "die Elf").

# Source: Duden (the article and the numeral one).
INDEFINITE_ONES = ("ein", "eine", "einen", "einem", "einer", "eines")

# Source: comparative qualifiers before a numeral in Duden; compiled for claimrec.
# Qualifiers after which "ein", "eine", "einer" is the number ("mehr als einer", "mindestens
# eine"): comparisons. Left out: "über", "unter", "um die", also prepositions ("über eine Brücke").
ONE_QUALIFIERS = ("mehr als", "mindestens", "wenigstens", "höchstens", "weniger als", "maximal")

# Source: Duden ("Million", "Milliarde"; "Billion" is 10**12, long scale).
SCALES = {
    12: ("dutzend",),
    100: ("hundert",),
    1000: ("tausend",),
    10**6: ("million", "millionen"),
    10**9: ("milliarde", "milliarden"),
    10**12: ("billion", "billionen"),
}
SCALE_ABBREVIATIONS = {10**6: ("mio.", "mio"), 10**9: ("mrd.", "mrd", "md.")}

# Source: Duden, "Ordinalzahlen" (stem + adjective ending; from 20 on "-st-").
ORDINAL_STEMS = {
    1: "erst",
    2: "zweit",
    3: "dritt",
    4: "viert",
    5: "fünft",
    6: "sechst",
    7: "siebt",
    8: "acht",
    9: "neunt",
    10: "zehnt",
    11: "elft",
    12: "zwölft",
    13: "dreizehnt",
    14: "vierzehnt",
    15: "fünfzehnt",
    16: "sechzehnt",
    17: "siebzehnt",
    18: "achtzehnt",
    19: "neunzehnt",
    20: "zwanzigst",
    30: "dreißigst",
    40: "vierzigst",
    50: "fünfzigst",
    60: "sechzigst",
    70: "siebzigst",
    80: "achtzigst",
    90: "neunzigst",
    100: "hundertst",
    1000: "tausendst",
}
ORDINALS = {value: _inflected(stem) for value, stem in ORDINAL_STEMS.items()}

# Source: Duden ("Drittel", "Viertel", "Hälfte"). "Viertel" alone is also a quarter of a
# town; like every denominator but "Hälfte" it needs a numerator ("ein Viertel").
# The adjective for half ("halb") is a fraction word too: "eine halbe Stunde" is half an hour,
# "eine halbe Million" half a million. Before a number it tells the time ("halb fünf": 4.30) and is no share.
FRACTIONS = {
    2: ("hälfte", "hälften", "halb", "halbe", "halben", "halber", "halbes", "halbem"),
    3: ("drittel", "drittels"),
    4: ("viertel", "viertels"),
    5: ("fünftel",),
    6: ("sechstel",),
    7: ("siebtel",),
    8: ("achtel",),
    9: ("neuntel",),
    10: ("zehntel",),
    100: ("hundertstel",),
    1000: ("tausendstel",),
}

# Source: Duden, "Zusammensetzungen mit Zahlwörtern" ("dreimal", "dreijährig", "zweitägig",
# "dreifach", "Fünfjahresplan", "dreiköpfig"); compiled for claimrec. Elements a number word may
# be glued to; those that are unit words give their unit. A numerator glued to a denominator is a
# fraction anyway ("Zweidrittelmehrheit"). Anything else is no number ("Achtung", "Elfmeter").
# "Einmal" is "once" and "just" ("noch einmal"): like a lone "ein" it is no count.
# Known limitation: the rare "neunmalklug" (smart-alecky) reads as 9 times.
COMPOUND_ELEMENTS = (
    *(form for stem in ("jährig", "tägig", "stündig", "wöchig", "monatig", "minütig", "malig", "fach")
      for form in _adjective(stem)),
    "mal", "köpfig", "jahres",
)  # fmt: skip

# Source: Duden ("Hunderte", "Tausende", "Zehntausende").
VAGUE_AMOUNTS = {
    12: ("dutzende",),
    100: ("hunderte", "hunderten"),
    1000: ("tausende", "tausenden"),
    10_000: ("zehntausende", "zehntausenden"),
    100_000: ("hunderttausende", "hunderttausenden"),
    10**6: ("millionen",),
    10**9: ("milliarden",),
}

# Source: Duden (usage of "knapp", "gut", "rund" before numbers): "knapp 100" is a little
# under 100, "gut 100" a little over.
QUALIFIERS: QualifierWords = {
    "approx": ("etwa", "rund", "ungefähr", "circa", "ca.", "zirka", "um die", "schätzungsweise"),
    "nearly": ("fast", "knapp", "beinahe", "nahezu", "annähernd", "an die"),
    "just_over": ("gut", "gute", "etwas mehr als", "knapp über"),
    "more_than": ("mehr als", "über"),
    "at_least": ("mindestens", "wenigstens"),
    "less_than": ("weniger als", "unter"),
    "at_most": ("höchstens", "maximal"),
    "up_to": ("bis zu",),
}
QUALIFIERS_AFTER: QualifierWords = {
    "at_least": ("oder mehr", "und mehr"),
    "at_most": ("oder weniger",),
}
# Source: collocations "X over" in Duden; compiled for claimrec.
QUALIFIER_BLOCKERS = ("kontrolle", "macht", "sieg", "herrschaft", "gewalt")

# Source: Duden; SI abbreviations. "Meile(n)" is the English mile in translated copy.
# Left out: "Pfund" (mostly the currency, and in Germany also half a kilogram),
# temperatures ("Grad": affine, and also an angle).
UNITS = (
    MeasureUnit(unit="percentage_points", words=("prozentpunkte", "prozentpunkten", "prozentpunkt")),
    MeasureUnit(unit="km", words=("km", "kilometer", "kilometern", "kilometers")),
    MeasureUnit(unit="km", factor=1.609344, words=("meile", "meilen")),
    MeasureUnit(unit="km", factor=1.852, words=("seemeile", "seemeilen")),
    MeasureUnit(unit="m", words=("m", "meter", "metern", "meters")),
    MeasureUnit(unit="m", factor=0.01, words=("cm", "zentimeter", "zentimetern")),
    MeasureUnit(unit="m", factor=0.001, words=("mm", "millimeter", "millimetern")),
    MeasureUnit(unit="m", factor=0.3048, words=("fuß",), minor_factor=0.0254, minor_words=("zoll",)),
    MeasureUnit(unit="m", factor=0.0254, words=("zoll",)),
    MeasureUnit(unit="kg", words=("kg", "kilo", "kilogramm")),
    MeasureUnit(unit="kg", factor=0.001, words=("gramm",)),
    MeasureUnit(unit="kg", factor=1000, words=("tonne", "tonnen")),
    MeasureUnit(
        unit="km/h",
        words=("km/h", "stundenkilometer", "stundenkilometern", "kilometer pro stunde", "kilometern pro stunde"),
    ),
    MeasureUnit(unit="km/h", factor=3.6, words=("m/s", "meter pro sekunde")),
    MeasureUnit(unit="km/h", factor=1.852, words=("knoten",)),
    MeasureUnit(unit="km2", words=("km²", "km2", "quadratkilometer", "quadratkilometern")),
    MeasureUnit(unit="km2", factor=0.01, words=("hektar",)),
    # "-jährig" is also "lasting N years" ("eine dreijährige Haftstrafe"); read as an age, the more
    # common in news ("der 39-Jährige").
    MeasureUnit(unit="years_of_age", words=(*_adjective("jährig"), "jahre alt")),
    # A number of times (and a factor: "dreimal so viele"); "-fach", "-malig" only glued ("3-fach").
    MeasureUnit(unit="times", kind="count", words=("mal",)),
    MeasureUnit(unit="times", kind="count", glued=True, words=(*_adjective("fach"), *_adjective("malig"))),
    MeasureUnit(unit="seconds", kind="duration", words=("sekunde", "sekunden", "sek.")),
    MeasureUnit(unit="minutes", kind="duration", words=("minute", "minuten", "min.", *_adjective("minütig"))),
    MeasureUnit(unit="hours", kind="duration", words=("stunde", "stunden", *_adjective("stündig"))),
    MeasureUnit(unit="days", kind="duration", words=("tag", "tage", "tagen", "tages", *_adjective("tägig"))),
    MeasureUnit(unit="weeks", kind="duration", words=("woche", "wochen", *_adjective("wöchig"))),
    MeasureUnit(unit="months", kind="duration", words=("monat", "monate", "monaten", "monats", *_adjective("monatig"))),
    MeasureUnit(unit="years", kind="duration", words=("jahr", "jahre", "jahren", "jahres")),
    MeasureUnit(unit="years", kind="duration", factor=10, words=("jahrzehnt", "jahrzehnte", "jahrzehnten")),
)

# Source: Duden ("im Alter von"). After them a bare number or a number of years is an age
# ("im Alter von 33, 34 und 39 Jahren"; "im Alter zwischen 18 und 25 Jahren").
AGE_BEFORE = ("im alter von", "im alter", "alter von")

# Source: prepositions and time nouns that take a year in Duden; compiled for claimrec.
# A four-digit number after these is a year ("im Jahr 2001", "seit 1989", "Anfang 2018").
YEAR_CONTEXT = (
    "im", "in", "seit", "von", "vor", "nach", "bis", "ab", "jahr", "jahres", "anfang", "ende", "mitte",
    "frühjahr", "frühling", "sommer", "herbst", "winter", "quartal", "halbjahr",
)  # fmt: skip
# Source: Duden (month names, "Jänner" in Austria). Repeated here so the number engine
# does not depend on the time data.
MONTHS = (
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "jan.", "feb.", "mär.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "okt.",
    "nov.", "dez.",
)  # fmt: skip

# Source: determiners, possessives and adjectives of place before a noun in Duden; compiled for claimrec.
# "die andere Hälfte", "in der eigenen Hälfte", "die gegnerische Hälfte": a part of a match, a
# pitch or a period, not a share ("die Hälfte der Stimmen", "fast die Hälfte" have none of them).
PART_MARKERS = (
    "letzte", "letzten", "ganze", "ganzen", "andere", "anderen", "eigene", "eigenen", "gegnerische", "gegnerischen",
    "obere", "oberen", "untere", "unteren", "diese", "dieser", "ihre", "ihrer", "seine", "seiner", "unsere",
    "unserer",
)  # fmt: skip

# Nouns that name one of a series; a bare number after them is its label ("match four").
LABEL_NOUNS = (
    "spiel",
    "match",
    "loch",
    "runde",
    "etappe",
    "kapitel",
    "artikel",
    "paragraf",
    "seite",
    "folge",
    "staffel",
    "band",
    "zimmer",
    "gleis",
    "flug",
    "stufe",
    "kategorie",
    "phase",
    "level",
)

NUMBERS = NumberData(
    # Source: CLDR number symbols for de (decimal ",", group "."); Duden and DIN 5008 also
    # group with a space.
    decimal_separator=",",
    group_separators=(".", " "),
    clock_separators=(".", ":"),
    cardinals=CARDINALS,
    indefinite_ones=INDEFINITE_ONES,
    one_qualifiers=ONE_QUALIFIERS,
    numeral_ones=INDEFINITE_ONES,
    connectors=("und",),
    scales=SCALES,
    scale_abbreviations=SCALE_ABBREVIATIONS,
    ordinals=ORDINALS,
    compound_elements=COMPOUND_ELEMENTS,
    ordinal_suffixes=(".",),
    ordinal_markers=("nr.", "nummer"),
    label_nouns=LABEL_NOUNS,
    fractions=FRACTIONS,
    part_markers=PART_MARKERS,
    percent=("%", "prozent"),
    vague_amounts=VAGUE_AMOUNTS,
    vague_multipliers=("mehrere", "einige", "ein paar", "viele", "etliche"),
    qualifiers=QUALIFIERS,
    qualifiers_after=QUALIFIERS_AFTER,
    qualifier_blockers=QUALIFIER_BLOCKERS,
    range_joiners=("bis",),
    # Source: coordinating conjunctions in Duden.
    list_joiners=("und", "oder"),
    range_openers={"zwischen": ("und",)},
    # "von 20 bis 30" is a range in German; a change is "von 20 auf 30", which no joiner joins.
    change_openers=(),
    units=UNITS,
    age_before=AGE_BEFORE,
    year_context=YEAR_CONTEXT,
    months=MONTHS,
    # "1990er", "1990er-Jahre", "1990er Jahren" (the 1990s).
    decade_suffixes=("er-jahre", "er-jahren", "er jahre", "er jahren", "er"),
    # A bare 1900-2100 before a verb is mostly a year, counts there are mostly round (2000).
    bare_years="unround",
    clock_suffixes=("uhr",),
)
