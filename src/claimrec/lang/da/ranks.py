"""Danish: ordinals and superlatives that rank an entity.

Deliberately left out:
- Bare predicative superlatives ("Aarhus er størst"): "mindst" is also "at least", and a bare
  "størst" names no category. Only the attributive forms in -e rank.
- The intensifier "aller" ("den allerstørste"): rare in news, and not a different rank.
- "anden", "andet" as plain ordinals: they also mean "other" ("en anden stor by"). They rank only
  after "den"/"det" or a genitive ("Danmarks anden største by").
"""

from __future__ import annotations

from claimrec.lang.rank_schema import CategoryNoun, RankData

# Source: Den Danske Ordbog, ordinal numerals and "næst" (næststørste = second largest); Retskrivningsordbogen
# writes the compounds in one word ("tredjestørste"), news copy often in two ("tredje største").
_ORDINALS: dict[int, tuple[str, ...]] = {
    1: ("første",),
    2: ("næst",),
    3: ("tredje",),
    4: ("fjerde",),
    5: ("femte",),
    6: ("sjette",),
    7: ("syvende",),
    8: ("ottende",),
    9: ("niende",),
    10: ("tiende",),
    11: ("ellevte",),
    12: ("tolvte",),
}

RANKS = RankData(
    ordinals=_ORDINALS,
    ordinal_prefixes=_ORDINALS,
    # Source: Den Danske Ordbog "anden" (1. other; 2. the second).
    ambiguous_ordinals={2: ("anden", "andet")},
    ambiguous_ordinal_licensors=("den", "det"),
    # Source: Retskrivningsordbogen §41, full stop after ordinal digits (6. = sjette).
    digit_ordinal_suffixes=(".",),
    # Source: Den Danske Ordbog, superlative forms; "mest" + positive for long adjectives.
    superlatives={
        "largest": ("størst",),
        "most populous": ("folkerigest", "mest befolked"),
        "oldest": ("ældst",),
        "newest": ("nyest",),
        "richest": ("rigest",),
        "poorest": ("fattigst",),
        "highest": ("højest",),
        "longest": ("længst",),
        "smallest": ("mindst",),
        "busiest": ("travlest",),
        "most important": ("vigtigst",),
        "best": ("bedst",),
        "deadliest": ("mest dødbringend",),
        "worst": ("værst",),
    },
    superlative_endings=("e",),
    # Source: Den Danske Ordbog, inflection of the nouns.
    categories=(
        CategoryNoun(concept="city", singular=("by", "byen"), plural=("byer", "byerne")),
        CategoryNoun(concept="capital", singular=("hovedstad", "hovedstaden"), plural=("hovedstæder", "hovedstæderne")),
        CategoryNoun(concept="country", singular=("land", "landet", "nation", "nationen"), plural=("lande", "landene")),
        CategoryNoun(concept="province", singular=("provins", "provinsen"), plural=("provinser", "provinserne")),
        CategoryNoun(concept="region", singular=("region", "regionen"), plural=("regioner", "regionerne")),
        CategoryNoun(
            concept="company",
            singular=("virksomhed", "virksomheden", "selskab", "selskabet"),
            plural=("virksomheder", "virksomhederne", "selskaber", "selskaberne"),
        ),
        CategoryNoun(concept="party", singular=("parti", "partiet"), plural=("partier", "partierne")),
        CategoryNoun(concept="bank", singular=("bank", "banken"), plural=("banker", "bankerne")),
        CategoryNoun(concept="airport", singular=("lufthavn", "lufthavnen"), plural=("lufthavne", "lufthavnene")),
        CategoryNoun(concept="port", singular=("havn", "havnen"), plural=("havne", "havnene")),
        CategoryNoun(concept="island", singular=("ø", "øen"), plural=("øer", "øerne")),
        CategoryNoun(concept="lake", singular=("sø", "søen"), plural=("søer", "søerne")),
        CategoryNoun(concept="river", singular=("flod", "floden"), plural=("floder", "floderne")),
        CategoryNoun(concept="mountain", singular=("bjerg", "bjerget"), plural=("bjerge", "bjergene")),
        CategoryNoun(concept="economy", singular=("økonomi", "økonomien"), plural=("økonomier", "økonomierne")),
        CategoryNoun(
            concept="employer", singular=("arbejdsgiver", "arbejdsgiveren"), plural=("arbejdsgivere", "arbejdsgiverne")
        ),
        CategoryNoun(
            concept="producer", singular=("producent", "producenten"), plural=("producenter", "producenterne")
        ),
        CategoryNoun(concept="newspaper", singular=("avis", "avisen"), plural=("aviser", "aviserne")),
        CategoryNoun(concept="market", singular=("marked", "markedet"), plural=("markeder", "markederne")),
    ),
    # Source: Den Danske Ordbog, s-genitive.
    genitive_suffixes=("s",),
    scope_words=(
        "landets",
        "verdens",
        "nationens",
        "regionens",
        "provinsens",
        "statens",
        "kommunens",
        "rigets",
        "kontinentets",
        "byens",
    ),
    scope_prepositions=("i",),
    scope_nouns=("landet", "verden", "regionen", "provinsen", "kommunen", "riget", "nationen", "byen"),
    one_of=("en af", "et af", "én af", "ét af", "blandt"),
    plural_articles=("de",),
    part_nouns=("del", "delen", "parten"),
    copulas=("er", "var", "blev", "bliver", "blevet", "forbliver"),
)
