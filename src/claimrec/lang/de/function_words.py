"""German: closed-class words, which never name the thing a number counts."""

from __future__ import annotations

# Source: Duden's closed word classes (articles and determiners, pronouns, prepositions, conjunctions,
# auxiliaries) and common sentence adverbs and quantifiers. Words that are also content
# words in news text (e.g. Norwegian "år" year, "landet" the country) are deliberately left out.
_DETERMINERS = (
    "der die das den dem des ein eine einen einem einer eines dieser diese dieses diesen diesem mein "
    "meine sein seine ihr ihre unser unsere euer eure"
)
_PRONOUNS = "ich du er sie es wir ihnen ihm ihn uns euch sich man wer was welcher welche welches"
_PREPOSITIONS = (
    "ab an auf aus bei bis durch für gegen hinter in im ins mit nach neben ohne seit über um unter von "
    "vom vor wegen zu zum zur zwischen"
)
_CONJUNCTIONS = "und oder aber sowie sondern denn weil wenn als ob dass während sowohl entweder weder falls"
_AUXILIARIES = (
    "ist sind war waren sein gewesen wird werden wurde wurden worden hat haben hatte hatten kann können "
    "konnte konnten soll sollen sollte will wollen wollte muss müssen musste darf"
)
_ADVERBS_AND_QUANTIFIERS = (
    "nicht auch nun jetzt bereits schon nur noch oft immer nie wieder außerdem doch ja wohl mehr meist "
    "weitere andere anderen alle ganze einige keine viele wenige"
)

FUNCTION_WORDS = frozenset(
    " ".join((_DETERMINERS, _PRONOUNS, _PREPOSITIONS, _CONJUNCTIONS, _AUXILIARIES, _ADVERBS_AND_QUANTIFIERS)).split()
)

# Conjunctions that join the last item of an enumeration ("A, B og C").
LIST_CONJUNCTIONS = ("und", "sowie", "oder")
