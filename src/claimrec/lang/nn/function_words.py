"""Norwegian Nynorsk: closed-class words, which never name the thing a number counts."""

from __future__ import annotations

# Source: Nynorskordboka's closed word classes (articles and determiners, pronouns, prepositions, conjunctions,
# auxiliaries) and common sentence adverbs and quantifiers. Words that are also content
# words in news text (e.g. Norwegian "år" year, "landet" the country) are deliberately left out.
_DETERMINERS = (
    "ein ei eit den det dei denne dette desse min mitt mine din ditt dine sin sitt sine hans hennar "
    "dykkar vår vårt våre deira"
)
_PRONOUNS = "eg du han ho vi me de dykk oss seg kven kva som der her"
_PREPOSITIONS = (
    "av at etter for frå før gjennom hjå i mot innan inn langs med mellom om omkring over på sidan til "
    "trass under utan utanfor ved"
)
_CONJUNCTIONS = "og eller men samt så fordi viss når medan då enn både anten verken elles dersom"
_AUXILIARIES = (
    "er var vere vore blir vert vart bli blitt har hadde ha hatt kan kunne skal skulle vil ville må måtte "
    "bør burde får fekk"
)
_ADVERBS_AND_QUANTIFIERS = (
    "ikkje òg også no allereie berre framleis enno ofte alltid aldri igjen dessutan jo nok vel meir mest "
    "fleire færre andre annan anna alle heile nokre nokon noko ingen ingenting mange få"
)

FUNCTION_WORDS = frozenset(
    " ".join((_DETERMINERS, _PRONOUNS, _PREPOSITIONS, _CONJUNCTIONS, _AUXILIARIES, _ADVERBS_AND_QUANTIFIERS)).split()
)

# Conjunctions that join the last item of an enumeration ("A, B og C").
LIST_CONJUNCTIONS = ("og", "samt", "eller")
