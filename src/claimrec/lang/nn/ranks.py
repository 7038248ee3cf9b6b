"""Norwegian Nynorsk: ordinals and superlatives that rank an entity.

Deliberately left out:
- Bare predicative superlatives ("Bergen er størst"): "minst" is also "at least", and a bare
  "størst" names no category. Only the attributive forms in -e rank.
- "andre", "anna" as plain ordinals: they also mean "other" ("dei andre største byane"). They
  rank only after "den"/"det" or a genitive ("landets andre største by").
"""

from __future__ import annotations

from claimrec.lang.rank_schema import CategoryNoun, RankData

# Source: Norsk referansegrammatikk (1997), ordinal numerals; Nynorskordboka "nest" (nest største) and
# the nynorsk ordinals "sjuande", "åttande", "niande", "tiande".
_ORDINALS: dict[int, tuple[str, ...]] = {
    1: ("første", "fyrste"),
    2: ("nest",),
    3: ("tredje",),
    4: ("fjerde",),
    5: ("femte",),
    6: ("sjette",),
    7: ("sjuande",),
    8: ("åttande",),
    9: ("niande",),
    10: ("tiande",),
    11: ("ellevte",),
    12: ("tolvte",),
}

RANKS = RankData(
    ordinals=_ORDINALS,
    ordinal_prefixes=_ORDINALS,
    # Source: Nynorskordboka "annan" (1. other; 2. the second).
    ambiguous_ordinals={2: ("andre",)},
    ambiguous_ordinal_licensors=("den", "det"),
    # Source: Språkrådet, "Punktum etter ordenstal".
    digit_ordinal_suffixes=(".",),
    # Source: Nynorskordboka, superlative forms (-ast for many adjectives); "mest" + positive.
    superlatives={
        "largest": ("størst",),
        "most populous": ("folkerikast", "mest folkerik"),
        "oldest": ("eldst",),
        "newest": ("nyast",),
        "richest": ("rikast",),
        "poorest": ("fattigast",),
        "highest": ("høgast",),
        "longest": ("lengst",),
        "smallest": ("minst",),
        "busiest": ("travlast",),
        "most important": ("viktigast",),
        "best": ("best",),
        "worst": ("verst",),
    },
    superlative_endings=("e",),
    # Source: Nynorskordboka, inflection of the nouns.
    categories=(
        CategoryNoun(concept="city", singular=("by", "byen"), plural=("byar", "byane")),
        CategoryNoun(concept="capital", singular=("hovudstad", "hovudstaden"), plural=("hovudstader", "hovudstadene")),
        CategoryNoun(concept="country", singular=("land", "landet", "nasjon", "nasjonen"), plural=("landa",)),
        CategoryNoun(concept="province", singular=("provins", "provinsen"), plural=("provinsar", "provinsane")),
        CategoryNoun(concept="region", singular=("region", "regionen"), plural=("regionar", "regionane")),
        CategoryNoun(
            concept="company",
            singular=("selskap", "selskapet", "bedrift", "bedrifta"),
            plural=("selskapa", "bedrifter", "bedriftene"),
        ),
        CategoryNoun(concept="party", singular=("parti", "partiet"), plural=("partia",)),
        CategoryNoun(concept="bank", singular=("bank", "banken"), plural=("bankar", "bankane")),
        CategoryNoun(concept="airport", singular=("flyplass", "flyplassen"), plural=("flyplassar", "flyplassane")),
        CategoryNoun(concept="port", singular=("hamn", "hamna"), plural=("hamner", "hamnene")),
        CategoryNoun(concept="island", singular=("øy", "øya"), plural=("øyar", "øyane")),
        CategoryNoun(concept="lake", singular=("innsjø", "innsjøen"), plural=("innsjøar", "innsjøane")),
        CategoryNoun(concept="river", singular=("elv", "elva"), plural=("elvar", "elvane")),
        CategoryNoun(concept="mountain", singular=("fjell", "fjellet"), plural=("fjella",)),
        CategoryNoun(concept="economy", singular=("økonomi", "økonomien"), plural=("økonomiar", "økonomiane")),
        CategoryNoun(
            concept="employer",
            singular=("arbeidsgjevar", "arbeidsgjevaren"),
            plural=("arbeidsgjevarar", "arbeidsgjevarane"),
        ),
        CategoryNoun(concept="producer", singular=("produsent", "produsenten"), plural=("produsentar", "produsentane")),
        CategoryNoun(concept="newspaper", singular=("avis", "avisa"), plural=("aviser", "avisene")),
        CategoryNoun(concept="market", singular=("marknad", "marknaden"), plural=("marknader", "marknadene")),
    ),
    # Source: Norsk referansegrammatikk, s-genitive (nynorsk prefers "til"-phrases, but news copy uses both).
    genitive_suffixes=("s",),
    scope_words=(
        "landets",
        "verdas",
        "nasjonens",
        "regionens",
        "fylkets",
        "provinsens",
        "statens",
        "kommunens",
        "byens",
    ),
    scope_prepositions=("i",),
    scope_nouns=("landet", "verda", "regionen", "fylket", "provinsen", "kommunen", "nasjonen", "byen"),
    one_of=("ein av", "ei av", "eit av", "blant"),
    plural_articles=("dei",),
    part_nouns=("del", "delen"),
    copulas=("er", "var", "vart", "blei", "blir", "vorte", "blitt"),
)
