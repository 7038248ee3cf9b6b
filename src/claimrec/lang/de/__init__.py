"""German."""

from __future__ import annotations

from claimrec.lang.de.attribution import ATTRIBUTION
from claimrec.lang.de.boilerplate import BOILERPLATE
from claimrec.lang.de.function_words import FUNCTION_WORDS, LIST_CONJUNCTIONS
from claimrec.lang.de.numbers import NUMBERS
from claimrec.lang.de.places import PLACES
from claimrec.lang.de.ranks import RANKS
from claimrec.lang.de.times import TIMES
from claimrec.lang.schema import LanguageData

LANGUAGE = LanguageData(
    code="de",
    name="German",
    lingua="GERMAN",
    spacy="de",
    capitalised_nouns=True,
    boilerplate=BOILERPLATE,
    function_words=FUNCTION_WORDS,
    list_conjunctions=LIST_CONJUNCTIONS,
    numbers=NUMBERS,
    times=TIMES,
    ranks=RANKS,
    attribution=ATTRIBUTION,
    places=PLACES,
)
