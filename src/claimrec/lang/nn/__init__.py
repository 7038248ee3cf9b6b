"""Norwegian Nynorsk."""

from __future__ import annotations

from claimrec.lang.nn.attribution import ATTRIBUTION
from claimrec.lang.nn.boilerplate import BOILERPLATE
from claimrec.lang.nn.function_words import FUNCTION_WORDS, LIST_CONJUNCTIONS
from claimrec.lang.nn.numbers import NUMBERS
from claimrec.lang.nn.places import PLACES
from claimrec.lang.nn.ranks import RANKS
from claimrec.lang.nn.times import TIMES
from claimrec.lang.schema import LanguageData

LANGUAGE = LanguageData(
    code="nn",
    name="Norwegian Nynorsk",
    lingua="NYNORSK",
    spacy="nn",
    boilerplate=BOILERPLATE,
    function_words=FUNCTION_WORDS,
    list_conjunctions=LIST_CONJUNCTIONS,
    numbers=NUMBERS,
    times=TIMES,
    ranks=RANKS,
    attribution=ATTRIBUTION,
    places=PLACES,
)
