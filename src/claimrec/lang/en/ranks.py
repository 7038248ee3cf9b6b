"""English: ordinals and superlatives that rank an entity.

Deliberately left out:
- "No. 2" and "number two" ranks: they rank without a superlative, so the ranked quality is
  unknown.
- "first" before a superlative does not occur ("first-largest"); rank 1 is the bare superlative.
- Scope words: an English genitive is marked by an apostrophe ("the country's"), so any word in
  the genitive before the rank is its scope.
"""

from __future__ import annotations

from claimrec.lang.rank_schema import CategoryNoun, RankData

RANKS = RankData(
    # Source: Cambridge Grammar of the English Language (2002), ordinal numerals before superlatives
    # ("second-largest", "third largest").
    ordinals={
        2: ("second",),
        3: ("third",),
        4: ("fourth",),
        5: ("fifth",),
        6: ("sixth",),
        7: ("seventh",),
        8: ("eighth",),
        9: ("ninth",),
        10: ("tenth",),
        11: ("eleventh",),
        12: ("twelfth",),
    },
    # Source: Chicago Manual of Style 9.6, ordinal suffixes of numerals ("6th-largest").
    digit_ordinal_suffixes=("st", "nd", "rd", "th"),
    # Source: Merriam-Webster, superlative forms.
    superlatives={
        "largest": ("largest", "biggest"),
        "most populous": ("most populous", "most populated"),
        "oldest": ("oldest",),
        "newest": ("newest",),
        "richest": ("richest", "wealthiest"),
        "poorest": ("poorest",),
        "highest": ("highest", "tallest"),
        "longest": ("longest",),
        "smallest": ("smallest",),
        "busiest": ("busiest",),
        "most important": ("most important",),
        "best": ("best",),
        "deadliest": ("deadliest",),
        "worst": ("worst",),
    },
    # Source: Merriam-Webster, plurals of the nouns.
    categories=(
        CategoryNoun(concept="city", singular=("city", "town"), plural=("cities", "towns")),
        CategoryNoun(concept="capital", singular=("capital",), plural=("capitals",)),
        CategoryNoun(concept="country", singular=("country", "nation"), plural=("countries", "nations")),
        CategoryNoun(concept="province", singular=("province",), plural=("provinces",)),
        CategoryNoun(concept="region", singular=("region",), plural=("regions",)),
        CategoryNoun(
            concept="company",
            singular=("company", "firm", "corporation"),
            plural=("companies", "firms", "corporations"),
        ),
        CategoryNoun(concept="party", singular=("party",), plural=("parties",)),
        CategoryNoun(concept="bank", singular=("bank",), plural=("banks",)),
        CategoryNoun(concept="airport", singular=("airport",), plural=("airports",)),
        CategoryNoun(concept="port", singular=("port", "harbour", "harbor"), plural=("ports", "harbours", "harbors")),
        CategoryNoun(concept="island", singular=("island",), plural=("islands",)),
        CategoryNoun(concept="lake", singular=("lake",), plural=("lakes",)),
        CategoryNoun(concept="river", singular=("river",), plural=("rivers",)),
        CategoryNoun(concept="mountain", singular=("mountain",), plural=("mountains",)),
        CategoryNoun(concept="economy", singular=("economy",), plural=("economies",)),
        CategoryNoun(concept="employer", singular=("employer",), plural=("employers",)),
        CategoryNoun(concept="producer", singular=("producer",), plural=("producers",)),
        CategoryNoun(concept="newspaper", singular=("newspaper",), plural=("newspapers",)),
        CategoryNoun(concept="market", singular=("market",), plural=("markets",)),
    ),
    genitive_suffixes=("'s", "’s", "'", "’"),
    scope_prepositions=("in", "of", "on"),
    scope_nouns=("country", "world", "nation", "region", "state", "province", "continent", "planet"),
    one_of=("one of", "among"),
    part_nouns=("part", "portion"),
    copulas=("is", "was", "becomes", "became", "become", "remains", "remained"),
)
