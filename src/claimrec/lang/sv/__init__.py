"""Swedish."""

from __future__ import annotations

from claimrec.lang.schema import LanguageData
from claimrec.lang.sv.attribution import ATTRIBUTION
from claimrec.lang.sv.boilerplate import BOILERPLATE
from claimrec.lang.sv.function_words import FUNCTION_WORDS, LIST_CONJUNCTIONS
from claimrec.lang.sv.numbers import NUMBERS
from claimrec.lang.sv.places import PLACES
from claimrec.lang.sv.ranks import RANKS
from claimrec.lang.sv.times import TIMES

LANGUAGE = LanguageData(
    code="sv",
    name="Swedish",
    lingua="SWEDISH",
    spacy="sv",
    boilerplate=BOILERPLATE,
    function_words=FUNCTION_WORDS,
    list_conjunctions=LIST_CONJUNCTIONS,
    numbers=NUMBERS,
    times=TIMES,
    ranks=RANKS,
    attribution=ATTRIBUTION,
    places=PLACES,
)
