"""English."""

from __future__ import annotations

from claimrec.lang.en.attribution import ATTRIBUTION
from claimrec.lang.en.boilerplate import BOILERPLATE
from claimrec.lang.en.function_words import FUNCTION_WORDS, LIST_CONJUNCTIONS
from claimrec.lang.en.numbers import NUMBERS
from claimrec.lang.en.places import PLACES
from claimrec.lang.en.ranks import RANKS
from claimrec.lang.en.times import TIMES
from claimrec.lang.schema import LanguageData

LANGUAGE = LanguageData(
    code="en",
    name="English",
    lingua="ENGLISH",
    spacy="en",
    boilerplate=BOILERPLATE,
    function_words=FUNCTION_WORDS,
    list_conjunctions=LIST_CONJUNCTIONS,
    numbers=NUMBERS,
    times=TIMES,
    ranks=RANKS,
    attribution=ATTRIBUTION,
    places=PLACES,
)
