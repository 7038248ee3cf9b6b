"""Danish: closed-class words, which never name the thing a number counts."""

from __future__ import annotations

# Source: Retskrivningsordbogen's closed word classes (articles and determiners, pronouns, prepositions, conjunctions,
# auxiliaries) and common sentence adverbs and quantifiers. Words that are also content
# words in news text (e.g. Norwegian "år" year, "landet" the country) are deliberately left out.
_DETERMINERS = (
    "en et den det de denne dette disse min mit mine din dit dine sin sit sine hans hendes dens dets vores jeres deres"
)
_PRONOUNS = "jeg du han hun vi i dem ham hende os jer man sig hvem hvad hvilken hvilket hvilke som der her"
_PREPOSITIONS = (
    "af at efter for fra før gennem hos i imod inden ind langs med mellem mod om omkring over på siden "
    "til trods under uden udenfor ved"
)
_CONJUNCTIONS = "og eller men samt så fordi hvis når mens da end både enten hverken ellers"
_AUXILIARIES = (
    "er var være været bliver blev blive blevet har havde have haft kan kunne skal skulle vil ville må "
    "måtte bør burde får fik"
)
_ADVERBS_AND_QUANTIFIERS = (
    "ikke også nu allerede kun bare stadig endnu ofte altid aldrig igen desuden dog jo nok vel mere mest "
    "flere færre andre anden andet alle hele nogle nogen noget ingen intet mange få"
)

FUNCTION_WORDS = frozenset(
    " ".join((_DETERMINERS, _PRONOUNS, _PREPOSITIONS, _CONJUNCTIONS, _AUXILIARIES, _ADVERBS_AND_QUANTIFIERS)).split()
)

# Conjunctions that join the last item of an enumeration ("A, B og C").
LIST_CONJUNCTIONS = ("og", "samt", "eller")
