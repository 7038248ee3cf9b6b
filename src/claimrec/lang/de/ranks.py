"""German: ordinals and superlatives that rank an entity.

Deliberately left out:
- Free ordinals before a superlative ("die zweite größte Stadt"): not standard German, which
  writes "zweitgrößte"; the prefixes are glued on. Keeping them out also keeps "die acht
  größten Städte" (eight, a top eight) from reading as rank 8.
- "am größten" (predicative): names no category.
- "erstgrößte": not used; rank 1 is the bare superlative ("der erstbeste" means "any old one").
"""

from __future__ import annotations

from claimrec.lang.rank_schema import CategoryNoun, RankData

RANKS = RankData(
    # Source: Duden, Die Grammatik (2016), ordinal numerals in compounds ("zweitgrößte", "drittälteste").
    ordinal_prefixes={
        2: ("zweit",),
        3: ("dritt",),
        4: ("viert",),
        5: ("fünft",),
        6: ("sechst",),
        7: ("siebt", "siebent"),
        8: ("acht",),
        9: ("neunt",),
        10: ("zehnt",),
        11: ("elft",),
        12: ("zwölft",),
    },
    # Source: Duden, full stop after ordinal digits ("die 6. größte Stadt" is rare but written).
    digit_ordinal_suffixes=(".",),
    # Source: Duden, superlative forms; Swiss spelling with "ss" ("grösste").
    superlatives={
        "largest": ("größt", "grösst"),
        "most populous": ("bevölkerungsreichst", "einwohnerstärkst"),
        "oldest": ("ältest",),
        "newest": ("neuest",),
        "richest": ("reichst",),
        "poorest": ("ärmst",),
        "highest": ("höchst",),
        "longest": ("längst",),
        "smallest": ("kleinst",),
        "busiest": ("verkehrsreichst",),
        "most important": ("wichtigst",),
        "best": ("best",),
        "deadliest": ("tödlichst",),
        "worst": ("schlimmst",),
    },
    superlative_endings=("e", "en", "er", "es", "em"),
    # Source: Duden, inflection of the nouns (nominative and genitive singular, plural).
    categories=(
        CategoryNoun(concept="city", singular=("Stadt",), plural=("Städte", "Städten")),
        CategoryNoun(concept="capital", singular=("Hauptstadt",), plural=("Hauptstädte", "Hauptstädten")),
        CategoryNoun(concept="country", singular=("Land", "Landes", "Staat", "Staates"), plural=("Länder", "Ländern")),
        CategoryNoun(concept="province", singular=("Provinz",), plural=("Provinzen",)),
        CategoryNoun(concept="region", singular=("Region",), plural=("Regionen",)),
        CategoryNoun(
            concept="company",
            singular=("Unternehmen", "Unternehmens", "Konzern", "Konzerns", "Firma"),
            plural=("Konzerne", "Konzernen", "Firmen"),
        ),
        CategoryNoun(concept="party", singular=("Partei",), plural=("Parteien",)),
        CategoryNoun(concept="bank", singular=("Bank",), plural=("Banken",)),
        CategoryNoun(concept="airport", singular=("Flughafen", "Flughafens"), plural=("Flughäfen",)),
        CategoryNoun(concept="port", singular=("Hafen", "Hafens"), plural=("Häfen",)),
        CategoryNoun(concept="island", singular=("Insel",), plural=("Inseln",)),
        CategoryNoun(concept="lake", singular=("See", "Sees"), plural=("Seen",)),
        CategoryNoun(concept="river", singular=("Fluss", "Flusses"), plural=("Flüsse", "Flüssen")),
        CategoryNoun(concept="mountain", singular=("Berg", "Berges", "Bergs"), plural=("Berge", "Bergen")),
        CategoryNoun(concept="economy", singular=("Volkswirtschaft", "Wirtschaft"), plural=("Volkswirtschaften",)),
        CategoryNoun(concept="employer", singular=("Arbeitgeber", "Arbeitgebers"), plural=("Arbeitgebern",)),
        CategoryNoun(concept="producer", singular=("Hersteller", "Produzent"), plural=("Herstellern", "Produzenten")),
        CategoryNoun(concept="newspaper", singular=("Zeitung",), plural=("Zeitungen",)),
        CategoryNoun(concept="market", singular=("Markt", "Marktes"), plural=("Märkte", "Märkten")),
    ),
    nouns_capitalised=True,
    # Source: Duden, s-genitive of names ("Deutschlands größte Stadt", "die größte Stadt Afghanistans").
    genitive_suffixes=("s",),
    scope_prepositions=("in", "im", "der", "des"),
    scope_nouns=("Welt", "Landes", "Region", "Erde", "Europa", "Land"),
    genitive_after_category=True,
    one_of=("einer der", "eine der", "eines der", "einem der", "einen der", "zu den", "unter den"),
    part_nouns=("Teil", "Teils"),
    # "gilt" is "gilt als" (is considered): "als" is a function word and skipped like an article.
    copulas=("ist", "war", "wird", "wurde", "bleibt", "blieb", "gilt", "galt"),
)
