"""Norwegian Bokmål: closed-class words, which never name the thing a number counts."""

from __future__ import annotations

# Source: Bokmålsordboka's closed word classes (articles and determiners, pronouns, prepositions, conjunctions,
# auxiliaries) and common sentence adverbs and quantifiers. Words that are also content
# words in news text (e.g. Norwegian "år" year, "landet" the country) are deliberately left out.
_DETERMINERS = (
    "en ei et den det de denne dette disse min mitt mine din ditt dine sin sitt sine hans hennes dens "
    "dets vår vårt våre deres"
)
_PRONOUNS = "jeg du han hun vi dere dem ham henne oss seg man hvem hva hvilken hvilket hvilke som der her"
_PREPOSITIONS = (
    "av at etter for fra før gjennom hos i mot innen inn langs med mellom om omkring over på siden til "
    "tross under uten utenfor ved"
)
_CONJUNCTIONS = "og eller men samt så fordi hvis når mens da enn både enten verken ellers dersom"
_AUXILIARIES = (
    "er var være vært blir ble bli blitt har hadde ha hatt kan kunne skal skulle vil ville må måtte bør burde får fikk"
)
_ADVERBS_AND_QUANTIFIERS = (
    "ikke også nå allerede kun bare fortsatt ennå ofte alltid aldri igjen dessuten dog jo nok vel mer "
    "mest flere færre andre annen annet alle hele noen noe ingen ingenting mange få"
)

FUNCTION_WORDS = frozenset(
    " ".join((_DETERMINERS, _PRONOUNS, _PREPOSITIONS, _CONJUNCTIONS, _AUXILIARIES, _ADVERBS_AND_QUANTIFIERS)).split()
)

# Conjunctions that join the last item of an enumeration ("A, B og C").
LIST_CONJUNCTIONS = ("og", "samt", "eller")
