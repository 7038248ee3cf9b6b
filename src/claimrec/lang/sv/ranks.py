"""Swedish: ordinals and superlatives that rank an entity.

Deliberately left out:
- Bare predicative superlatives ("Stockholm är störst"): "minst" is also "at least", and a bare
  "störst" names no category. Only the attributive forms in -a/-e rank.
- "andra", "andre" as plain ordinals: they also mean "other" ("de andra största städerna"). They
  rank only after "den"/"det" or a genitive ("Sveriges andra största stad").
"""

from __future__ import annotations

from claimrec.lang.rank_schema import CategoryNoun, RankData

# Source: Svenska Akademiens grammatik (1999), ordinal numerals; SAOL "näst" (näst största, näststörsta).
_ORDINALS: dict[int, tuple[str, ...]] = {
    1: ("första",),
    2: ("näst",),
    3: ("tredje",),
    4: ("fjärde",),
    5: ("femte",),
    6: ("sjätte",),
    7: ("sjunde",),
    8: ("åttonde",),
    9: ("nionde",),
    10: ("tionde",),
    11: ("elfte",),
    12: ("tolfte",),
}

RANKS = RankData(
    ordinals=_ORDINALS,
    ordinal_prefixes=_ORDINALS,
    # Source: SAOL "andra" (1. other; 2. the second).
    ambiguous_ordinals={2: ("andra", "andre")},
    ambiguous_ordinal_licensors=("den", "det"),
    # Source: Svenska skrivregler (Språkrådet 2017), ordinals in digits: "6:e", "2:a", "6e".
    digit_ordinal_suffixes=(":e", ":a", "e", "a"),
    # Source: SAOL, superlative forms; -ast takes -e ("rikaste"), -st takes -a ("största").
    superlatives={
        "largest": ("störst",),
        "most populous": ("folkrikast", "mest befolkad"),
        "oldest": ("äldst",),
        "newest": ("nyast",),
        "richest": ("rikast",),
        "poorest": ("fattigast",),
        "highest": ("högst",),
        "longest": ("längst",),
        "smallest": ("minst",),
        "busiest": ("livligast",),
        "most important": ("viktigast",),
        "best": ("bäst",),
        "deadliest": ("dödligast",),
        "worst": ("värst",),
    },
    superlative_endings=("a", "e"),
    # Source: SAOL, inflection of the nouns.
    categories=(
        CategoryNoun(concept="city", singular=("stad", "staden"), plural=("städer", "städerna")),
        CategoryNoun(concept="capital", singular=("huvudstad", "huvudstaden"), plural=("huvudstäder", "huvudstäderna")),
        CategoryNoun(
            concept="country", singular=("land", "landet", "nation", "nationen"), plural=("länder", "länderna")
        ),
        CategoryNoun(concept="province", singular=("provins", "provinsen"), plural=("provinser", "provinserna")),
        CategoryNoun(concept="region", singular=("region", "regionen"), plural=("regioner", "regionerna")),
        CategoryNoun(
            concept="company",
            singular=("företag", "företaget", "bolag", "bolaget"),
            plural=("företagen", "bolagen"),
        ),
        CategoryNoun(concept="party", singular=("parti", "partiet"), plural=("partier", "partierna")),
        CategoryNoun(concept="bank", singular=("bank", "banken"), plural=("banker", "bankerna")),
        CategoryNoun(concept="airport", singular=("flygplats", "flygplatsen"), plural=("flygplatser", "flygplatserna")),
        CategoryNoun(concept="port", singular=("hamn", "hamnen"), plural=("hamnar", "hamnarna")),
        CategoryNoun(concept="island", singular=("ö", "ön"), plural=("öar", "öarna")),
        CategoryNoun(concept="lake", singular=("sjö", "sjön"), plural=("sjöar", "sjöarna")),
        CategoryNoun(concept="river", singular=("flod", "floden", "älv", "älven"), plural=("floder", "älvar")),
        CategoryNoun(concept="mountain", singular=("berg", "berget", "fjäll", "fjället"), plural=("bergen", "fjällen")),
        CategoryNoun(concept="economy", singular=("ekonomi", "ekonomin"), plural=("ekonomier", "ekonomierna")),
        CategoryNoun(concept="employer", singular=("arbetsgivare", "arbetsgivaren"), plural=("arbetsgivarna",)),
        CategoryNoun(
            concept="producer", singular=("producent", "producenten"), plural=("producenter", "producenterna")
        ),
        CategoryNoun(concept="newspaper", singular=("tidning", "tidningen"), plural=("tidningar", "tidningarna")),
        CategoryNoun(concept="market", singular=("marknad", "marknaden"), plural=("marknader", "marknaderna")),
    ),
    # Source: Svenska Akademiens grammatik, s-genitive.
    genitive_suffixes=("s",),
    scope_words=(
        "landets",
        "världens",
        "nationens",
        "regionens",
        "provinsens",
        "statens",
        "kommunens",
        "rikets",
        "kontinentets",
        "stadens",
        "länets",
    ),
    scope_prepositions=("i",),
    scope_nouns=("landet", "världen", "regionen", "provinsen", "kommunen", "riket", "nationen", "länet"),
    one_of=("en av", "ett av", "bland"),
    plural_articles=("de",),
    part_nouns=("del", "delen"),
    copulas=("är", "var", "blev", "blir", "blivit", "förblir"),
)
