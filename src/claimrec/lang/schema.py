"""The schema every language module's data must satisfy."""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

from claimrec.lang.attribution_schema import AttributionData
from claimrec.lang.number_schema import NumberData
from claimrec.lang.place_schema import PlaceData
from claimrec.lang.rank_schema import RankData
from claimrec.lang.time_schema import TimeData


class BoilerplatePattern(BaseModel):
    """A regular expression (matched case-insensitively) that marks non-article text.

    Attributes:
        kind: What the text is: ``ad_marker``, ``photo_credit``, ``read_also``,
            ``video``, ``factbox``, ``source_credit``, ``follow_prompt``.
        pattern: The regular expression.
        scope: ``sentence``: the pattern matches at the start of a sentence (end it
            with ``$`` to require the whole sentence); ``span``: every match inside a
            paragraph is cut out as boilerplate and the rest is split into sentences;
            ``paragraph``: a match anywhere makes the whole paragraph boilerplate.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: str
    pattern: str
    scope: Literal["sentence", "span", "paragraph"] = "sentence"

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        re.compile(pattern)
        return pattern

    @property
    def regex(self) -> re.Pattern[str]:
        return _compiled(self.pattern)


class LanguageData(BaseModel):
    """Everything claimrec knows about one language.

    Attributes:
        code: ISO 639-1 code (``nb`` for Norwegian Bokmål, ``nn`` for Nynorsk).
        name: English name.
        lingua: Name of the `lingua.Language` member used for language identification.
        spacy: Code of the spaCy blank pipeline whose tokenizer splits its sentences.
        boilerplate: Patterns of ad markers, credits, teasers and the like.
        function_words: Closed-class words (lower case): articles, pronouns, prepositions,
            conjunctions, auxiliaries, sentence adverbs.
        list_conjunctions: Conjunctions that join the last item of an enumeration.
        capitalised_nouns: True where every noun is written with a capital (German).
        numbers: Number words, separators, qualifiers and units.
        times: Weekdays, parts of day, months and relative time expressions.
        ranks: Ordinals and superlatives that rank an entity ("second-largest city").
        attribution: Attribution verbs and phrases, hedges, conditionals and forecasts.
        places: Country aliases and demonyms beyond the CLDR names that Babel provides.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    name: str
    lingua: str
    spacy: str
    boilerplate: tuple[BoilerplatePattern, ...] = ()
    function_words: frozenset[str] = frozenset()
    list_conjunctions: tuple[str, ...] = ()
    capitalised_nouns: bool = False
    numbers: NumberData = NumberData()
    times: TimeData = TimeData()
    ranks: RankData = RankData()
    attribution: AttributionData = AttributionData()
    places: PlaceData = PlaceData()


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)
