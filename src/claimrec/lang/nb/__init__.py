"""Norwegian Bokmål."""

from __future__ import annotations

from claimrec.lang.nb.attribution import ATTRIBUTION
from claimrec.lang.nb.boilerplate import BOILERPLATE
from claimrec.lang.nb.function_words import FUNCTION_WORDS, LIST_CONJUNCTIONS
from claimrec.lang.nb.numbers import NUMBERS
from claimrec.lang.nb.places import PLACES
from claimrec.lang.nb.ranks import RANKS
from claimrec.lang.nb.times import TIMES
from claimrec.lang.schema import LanguageData

LANGUAGE = LanguageData(
    code="nb",
    name="Norwegian Bokmål",
    lingua="BOKMAL",
    spacy="nb",
    boilerplate=BOILERPLATE,
    function_words=FUNCTION_WORDS,
    list_conjunctions=LIST_CONJUNCTIONS,
    numbers=NUMBERS,
    times=TIMES,
    ranks=RANKS,
    attribution=ATTRIBUTION,
    places=PLACES,
)
