"""Swedish: closed-class words, which never name the thing a number counts."""

from __future__ import annotations

# Source: Svenska Akademiens ordlista's closed word classes (articles and determiners, pronouns, prepositions, conjunctions,
# auxiliaries) and common sentence adverbs and quantifiers. Words that are also content
# words in news text (e.g. Norwegian "år" year, "landet" the country) are deliberately left out.
_DETERMINERS = (
    "en ett den det de denna detta dessa min mitt mina din ditt dina sin sitt sina hans hennes dess vår "
    "vårt våra er ert era deras"
)
_PRONOUNS = "jag du han hon vi ni dem honom henne oss sig man vem vad vilken vilket vilka som där här"
_PREPOSITIONS = (
    "av att efter för från före genom hos i mot inom in längs med mellan om omkring över på sedan till "
    "trots under utan utanför vid"
)
_CONJUNCTIONS = "och eller men samt så eftersom när medan då än både antingen varken annars ifall"
_AUXILIARIES = (
    "är var vara varit blir blev bli blivit har hade ha haft kan kunde ska skulle vill ville måste bör borde får fick"
)
_ADVERBS_AND_QUANTIFIERS = (
    "inte också nu redan bara fortfarande ännu ofta alltid aldrig igen dessutom dock ju nog väl mer mest "
    "fler färre andra annan annat alla hela några någon något ingen inget många få"
)

FUNCTION_WORDS = frozenset(
    " ".join((_DETERMINERS, _PRONOUNS, _PREPOSITIONS, _CONJUNCTIONS, _AUXILIARIES, _ADVERBS_AND_QUANTIFIERS)).split()
)

# Conjunctions that join the last item of an enumeration ("A, B og C").
LIST_CONJUNCTIONS = ("och", "samt", "eller")
