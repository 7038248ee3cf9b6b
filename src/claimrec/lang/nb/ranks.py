"""Norwegian Bokmål: ordinals and superlatives that rank an entity.

Deliberately left out:
- Bare predicative superlatives ("Oslo er størst"): "minst" is also "at least", and a bare
  "størst" names no category. Only the attributive forms in -e rank.
- The intensifier "aller" ("den aller største"): rare in news, and not a different rank.
- "andre", "annen", "annet" as plain ordinals: they also mean "other" ("de andre største
  byene" = the other largest cities). They rank only after "den"/"det" or a genitive
  ("landets andre største by").
"""

from __future__ import annotations

from claimrec.lang.rank_schema import CategoryNoun, RankData

# Source: Norsk referansegrammatikk (Faarlund, Lie, Vannebo 1997), ordinal numerals; Bokmålsordboka
# "nest" (nest største = second largest). Ordinals are also written together with the superlative
# ("tredjestørste", "neststørste").
_ORDINALS = {
    1: ("første",),
    2: ("nest",),
    3: ("tredje",),
    4: ("fjerde",),
    5: ("femte",),
    6: ("sjette",),
    7: ("sjuende", "syvende"),
    8: ("åttende",),
    9: ("niende",),
    10: ("tiende",),
    11: ("ellevte",),
    12: ("tolvte",),
}

RANKS = RankData(
    ordinals=_ORDINALS,
    ordinal_prefixes=_ORDINALS,
    # Source: Bokmålsordboka "annen" (2. the second; 1. other).
    ambiguous_ordinals={2: ("andre", "annen", "annet")},
    ambiguous_ordinal_licensors=("den", "det"),
    # Source: Språkrådet, "Punktum etter ordenstal" (6. = sjette).
    digit_ordinal_suffixes=(".",),
    # Source: Bokmålsordboka, superlative forms of the adjectives; "mest" + positive for long adjectives.
    superlatives={
        "largest": ("størst",),
        "most populous": ("folkerikest", "mest folkerik"),
        "oldest": ("eldst",),
        "newest": ("nyest",),
        "richest": ("rikest",),
        "poorest": ("fattigst",),
        "highest": ("høyest",),
        "longest": ("lengst",),
        "smallest": ("minst",),
        "busiest": ("travlest",),
        "most important": ("viktigst",),
        "best": ("best",),
        "deadliest": ("mest dødelig",),
        "worst": ("verst",),
    },
    superlative_endings=("e",),
    # Source: Bokmålsordboka, inflection tables of the nouns.
    categories=(
        CategoryNoun(concept="city", singular=("by", "byen"), plural=("byer", "byene")),
        CategoryNoun(concept="capital", singular=("hovedstad", "hovedstaden"), plural=("hovedsteder", "hovedstedene")),
        CategoryNoun(concept="country", singular=("land", "landet", "nasjon", "nasjonen"), plural=("landene",)),
        CategoryNoun(concept="province", singular=("provins", "provinsen"), plural=("provinser", "provinsene")),
        CategoryNoun(concept="region", singular=("region", "regionen"), plural=("regioner", "regionene")),
        CategoryNoun(
            concept="company",
            singular=("selskap", "selskapet", "bedrift", "bedriften"),
            plural=("selskaper", "selskapene", "bedrifter", "bedriftene"),
        ),
        CategoryNoun(concept="party", singular=("parti", "partiet"), plural=("partier", "partiene")),
        CategoryNoun(concept="bank", singular=("bank", "banken"), plural=("banker", "bankene")),
        CategoryNoun(
            concept="airport",
            singular=("flyplass", "flyplassen", "lufthavn", "lufthavnen"),
            plural=("flyplasser", "flyplassene", "lufthavner", "lufthavnene"),
        ),
        CategoryNoun(concept="port", singular=("havn", "havnen", "havna"), plural=("havner", "havnene")),
        CategoryNoun(concept="island", singular=("øy", "øya", "øyen"), plural=("øyer", "øyene")),
        CategoryNoun(concept="lake", singular=("innsjø", "innsjøen"), plural=("innsjøer", "innsjøene")),
        CategoryNoun(concept="river", singular=("elv", "elva", "elven"), plural=("elver", "elvene")),
        CategoryNoun(concept="mountain", singular=("fjell", "fjellet"), plural=("fjellene",)),
        CategoryNoun(concept="economy", singular=("økonomi", "økonomien"), plural=("økonomier", "økonomiene")),
        CategoryNoun(
            concept="employer", singular=("arbeidsgiver", "arbeidsgiveren"), plural=("arbeidsgivere", "arbeidsgiverne")
        ),
        CategoryNoun(concept="producer", singular=("produsent", "produsenten"), plural=("produsenter", "produsentene")),
        CategoryNoun(concept="newspaper", singular=("avis", "avisen", "avisa"), plural=("aviser", "avisene")),
        CategoryNoun(concept="market", singular=("marked", "markedet"), plural=("markeder", "markedene")),
    ),
    # Source: Norsk referansegrammatikk, s-genitive.
    genitive_suffixes=("s",),
    scope_words=(
        "landets",
        "verdens",
        "nasjonens",
        "regionens",
        "fylkets",
        "provinsens",
        "statens",
        "kommunens",
        "rikets",
        "kontinentets",
        "byens",
    ),
    scope_prepositions=("i",),
    scope_nouns=("landet", "verden", "regionen", "fylket", "provinsen", "kommunen", "riket", "nasjonen", "byen"),
    one_of=("en av", "ei av", "et av", "én av", "blant"),
    plural_articles=("de",),
    part_nouns=("del", "delen", "parten"),
    copulas=("er", "var", "ble", "blir", "blitt", "forblir"),
)
