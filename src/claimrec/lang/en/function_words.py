"""English: closed-class words, which never name the thing a number counts."""

from __future__ import annotations

# Source: the closed word classes of the Cambridge Grammar of the English Language (articles and determiners, pronouns, prepositions, conjunctions,
# auxiliaries) and common sentence adverbs and quantifiers. Words that are also content
# words in news text (e.g. Norwegian "år" year, "landet" the country) are deliberately left out.
_DETERMINERS = "a an the this that these those my your his her its our their"
_PRONOUNS = "i you he she it we they them him us me one who what which whom whose there here"
_PREPOSITIONS = (
    "of at after for from before through with in into on onto over under about around against among "
    "between by during since to toward towards until without within"
)
_CONJUNCTIONS = "and or but nor so because if when while as than both either neither unless whether"
_AUXILIARIES = "is are was were be been being has have had do does did can could shall should will would may might must"
_ADVERBS_AND_QUANTIFIERS = (
    "not also now already only just still yet often always never again moreover however more most other "
    "another all some any no none many few"
)

FUNCTION_WORDS = frozenset(
    " ".join((_DETERMINERS, _PRONOUNS, _PREPOSITIONS, _CONJUNCTIONS, _AUXILIARIES, _ADVERBS_AND_QUANTIFIERS)).split()
)

# Conjunctions that join the last item of an enumeration ("A, B og C").
LIST_CONJUNCTIONS = ("and", "or")
