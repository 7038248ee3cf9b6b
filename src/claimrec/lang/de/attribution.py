"""German: attribution phrases, hedges, conditionals and forecasts.

Deliberately left out:
- ", so der Sprecher" ("so" as a reporting word): "so" is far more often an adverb ("so groß"),
  and nothing but word order tells them apart.
- Separable reporting verbs ("teilte … mit", "fügte … hinzu"): the particle can stand many words
  after the verb; "mitgeteilt" and "hinzugefügt" are kept.
- "konnte" as a forecast: the past of "kann" (ability), a fact; "könnte" (subjunctive) is kept.
- "wenn" as temporal "when": it always counts as a condition, which over-hedges statements
  about habits ("wenn es regnet").
- Reportative "soll … haben" (reportedly): hearsay, not a condition or a forecast.
- "droht" (threatens): a forecast before "zu" ("droht zu fallen"), a threat before "mit".
"""

from __future__ import annotations

from claimrec.lang.attribution_schema import AttributionData

ATTRIBUTION = AttributionData(
    # Source: Duden "laut", "zufolge", "nach Angaben"; dpa sourcing in wire copy ("unter Berufung auf").
    according_to=(
        "laut",
        "gemäß",
        "nach angaben",
        "nach angaben von",
        "nach informationen",
        "nach informationen von",
        "unter berufung auf",
    ),
    according_to_after=("zufolge",),
    # Source: verbs of saying in dpa copy, read 2026-11; forms from Duden.
    report_verbs=(
        "sagt",
        "sagte",
        "sagten",
        "gesagt",
        "erklärt",
        "erklärte",
        "erklärten",
        "berichtet",
        "berichtete",
        "berichteten",
        "meldet",
        "meldete",
        "bestätigt",
        "bestätigte",
        "bestätigten",
        "schreibt",
        "schrieb",
        "betont",
        "betonte",
        "mitgeteilt",
        "hinzugefügt",
    ),
    # Source: Duden "behaupten", "meinen", "glauben", "schätzen".
    claim_verbs=(
        "behauptet",
        "behauptete",
        "behaupten",
        "behaupteten",
        "meint",
        "meinte",
        "glaubt",
        "glaubte",
        "schätzt",
        "schätzte",
    ),
    fronted_objects=("das", "dies"),
    # Source: Duden, Die Grammatik, relative pronouns.
    relative_pronouns=("der", "die", "das", "welcher", "welche", "welches"),
    complementizers=("dass",),
    determiners=(
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "eines",
        "einem",
        "einen",
        "mehrere",
        "einige",
        "viele",
        "alle",
    ),
    np_prepositions=("für", "von", "aus", "bei", "der", "des"),
    member_prepositions=("in", "im"),
    recipient_prepositions=("gegenüber",),
    adjective_endings=("e", "en", "er", "es", "em"),
    # Source: Duden "falls", "sofern", "wenn" (konditional), "es sei denn".
    conditionals=("wenn", "falls", "sofern", "im falle", "im fall", "es sei denn", "vorausgesetzt"),
    not_conditionals=("auch wenn", "selbst wenn", "wenn auch", "als wenn", "wie wenn"),
    subject_pronouns=("ich", "du", "er", "sie", "wir", "ihr", "man"),
    finite_auxiliaries=(
        "ist",
        "sind",
        "war",
        "waren",
        "hat",
        "haben",
        "hatte",
        "hatten",
        "wird",
        "werden",
        "wurde",
        "wurden",
        "kann",
        "können",
        "muss",
        "müssen",
        "soll",
        "sollen",
        "will",
        "wollen",
        "darf",
    ),
    # Source: Duden, modal adverbs, subjunctive modals and verbs of expectation.
    forecasts=(
        "könnte",
        "könnten",
        "dürfte",
        "dürften",
        "voraussichtlich",
        "vermutlich",
        "wahrscheinlich",
        "möglicherweise",
        "vielleicht",
        "wird erwartet",
        "werden erwartet",
        "rechnet mit",
        "rechnen mit",
    ),
    ambiguous_modals=("kann", "können"),
    speaker_pronouns=("ich", "wir", "du", "ihr"),
    factual_after_modal=("bestätigen", "sagen", "mitteilen", "berichten", "enthüllen", "zeigen", "belegen"),
    negations=("nicht", "nie", "niemals", "kein", "keine"),
    coordinators=("und", "aber", "doch"),
    verb_second=True,
)
