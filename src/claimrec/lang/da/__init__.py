"""Danish."""

from __future__ import annotations

from claimrec.lang.da.attribution import ATTRIBUTION
from claimrec.lang.da.boilerplate import BOILERPLATE
from claimrec.lang.da.function_words import FUNCTION_WORDS, LIST_CONJUNCTIONS
from claimrec.lang.da.numbers import NUMBERS
from claimrec.lang.da.places import PLACES
from claimrec.lang.da.ranks import RANKS
from claimrec.lang.da.times import TIMES
from claimrec.lang.schema import LanguageData

LANGUAGE = LanguageData(
    code="da",
    name="Danish",
    lingua="DANISH",
    spacy="da",
    boilerplate=BOILERPLATE,
    function_words=FUNCTION_WORDS,
    list_conjunctions=LIST_CONJUNCTIONS,
    numbers=NUMBERS,
    times=TIMES,
    ranks=RANKS,
    attribution=ATTRIBUTION,
    places=PLACES,
)
