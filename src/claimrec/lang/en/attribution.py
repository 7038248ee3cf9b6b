"""English: attribution phrases, hedges, conditionals and forecasts.

Deliberately left out:
- "will" and "would": "will send" is an announced plan, and "would" in reported speech is the
  past of "will" ("said it would send"); neither is reported as a forecast.
- "May" (the month): "may" counts only in lower case.
- Reportative "reportedly", "allegedly": hearsay, not a condition or a forecast.
- "if" as "whether" after "ask": those phrases are listed as no condition.
"""

from __future__ import annotations

from claimrec.lang.attribution_schema import AttributionData

ATTRIBUTION = AttributionData(
    # Source: AP Stylebook, "according to" and attribution; Reuters Handbook of Journalism, sourcing.
    according_to=("according to", "citing", "as reported by"),
    # Source: verbs of saying in AP and Reuters copy, read 2026-11.
    report_verbs=(
        "say",
        "says",
        "said",
        "told",
        "tells",
        "reports",
        "reported",
        "states",
        "stated",
        "announced",
        "announces",
        "confirm",
        "confirmed",
        "confirms",
        "added",
        "adds",
        "explained",
        "wrote",
        "writes",
    ),
    # Source: AP Stylebook, "claim" (use for contested assertions); Merriam-Webster for the forms.
    claim_verbs=(
        "claim",
        "claims",
        "claimed",
        "asserts",
        "asserted",
        "allege",
        "alleges",
        "alleged",
        "insist",
        "insists",
        "insisted",
        "maintains",
        "believes",
        "believe",
        "estimates",
        "estimated",
    ),
    relative_pronouns=("who", "which", "that"),
    complementizers=("that",),
    determiners=("a", "an", "the", "several", "some", "many", "all", "two", "three"),
    np_prepositions=("for", "of", "from", "at"),
    member_prepositions=("in",),
    recipient_prepositions=("to",),
    # Source: Cambridge Grammar of the English Language, conditional subordinators.
    conditionals=("if", "unless", "provided that", "in case", "in the event that", "on condition that"),
    not_conditionals=(
        "as if",
        "even if",
        "ask if",
        "asks if",
        "asked if",
        "asking if",
        "unclear if",
        "not clear if",
        "not known if",
        "see if",
        "know if",
    ),
    subject_pronouns=("i", "he", "she", "we", "they"),
    finite_auxiliaries=(
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
    ),
    # Source: Cambridge Grammar of the English Language, epistemic modality; AP Stylebook on forecasts.
    forecasts=(
        "might",
        "likely",
        "probably",
        "possibly",
        "perhaps",
        "expected to",
        "is expected",
        "are expected",
        "forecast to",
        "projected to",
        "on track to",
        "poised to",
    ),
    forecasts_exact_case=("may",),
    ambiguous_modals=("can", "could"),
    speaker_pronouns=("i", "we", "you"),
    factual_after_modal=("confirm", "say", "tell", "report", "reveal", "show", "announce", "disclose"),
    negations=("not", "never", "no"),
    coordinators=("and", "but"),
)
