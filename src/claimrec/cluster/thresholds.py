"""The tuning constants of clustering, each with the reason for its value (see docs/clustering.md)."""

from __future__ import annotations

# Frame similarity (cosine of centred frame vectors) at which two compatible claims join.
FRAME_THRESHOLD = 0.28
# Time claims' frames are the events themselves, alike across one topic: they must be closer.
EVENT_THRESHOLD = 0.39
# Groups that disagree on a time join only where the pairs that disagree have frames this similar (as alike
# as whole sentences in two wordings) or are one sentence in two wordings, on average: sources that disagree
# on when something happened must tell of one event, not just of one story ("the troops left the base last
# week" is not "the embassy issued a statement on Thursday", though frames of one story are 0.4-0.6 alike).
# One such pair among many is not enough: of 25 pairs of two five-language groups, the best passes by chance.
DISAGREEING_EVENT_THRESHOLD = 0.6
# Similarity of whole sentences (values masked) at which two claims come from one sentence in two
# wordings: a translation, or wire copy reused by two outlets.
SENTENCE_THRESHOLD = 0.6
# Sentence similarity from which two sentences that are each other's closest in their two articles
# are one sentence in two wordings ("aligned"). Translations score 0.5 to 0.9 (median 0.73 on
# NTREX), other sentences of one story mostly below 0.4, but up to 0.7, hence the mutual choice.
ALIGNED_THRESHOLD = 0.45
# Share of the shorter article's sentences (those with claims) aligned with the other article's from
# which the two are one article in two wordings (a translation). Between other articles, even of one
# story, each other's closest sentences are often only alike ("Rosa moves north on Sunday", "Rosa
# crosses Phoenix on Tuesday"): there alignment needs the similarity of copied text.
PARALLEL_SHARE = 0.7
COPIED_THRESHOLD = 0.85
# Kinds whose claims must share a name (place, organisation, person) unless translated: when and
# how long something happened are told in the event's words, which are alike across one story.
ANCHORED_KINDS = ("time", "duration")
# Kinds whose claims state different facts when each clause names places or other names and the two
# share none, unless translated: "up to 10 inches of rain in parts of Mexico" is not "up to 6 inches
# in the Mogollon Rim of Arizona". Counts are left out: their actor and counted thing tell them apart.
PLACED_KINDS = ("quantity",)
# Resolved times further apart than this belong to different events ("in 2001", "in May 2021").
MAX_EVENT_GAP_DAYS = 180
# Share of names two documents must have in common to be about the same events.
STORY_OVERLAP = 0.2
# Added to a pair's evidence when both state the same value, so agreeing claims join first among pairs
# of like strength; no more, or a claim whose value a source changed would rather join a weaker
# partner that happens to state its new value than its own translations.
AGREEMENT_BONUS = 0.2
# Cosine of the counted things' centred head-noun vectors above which they are the same thing.
COUNTED_THRESHOLD = 0.2
# The same for whole counted phrases; stricter, as shared adjectives ("afghanske") lift it.
COUNTED_PHRASE_THRESHOLD = 0.4
# Frame similarity at which a count that names what it counts joins one that does not.
UNCOUNTED_THRESHOLD = 0.45
# An article that counts the same thing again with another value corrects or updates itself
# (11, then 12 captured capitals; over 1000, then 1037 soldiers) within this ratio; values
# further apart are other facts about the same thing (540 people injured, 29 missing).
RESTATED_RATIO = 1.5
# Neighbours looked at per claim (by frame) and per sentence.
NEIGHBOURS = 20
# Rows of the similarity block computed at once: memory is BLOCK_ROWS × block size floats.
BLOCK_ROWS = 1024
# Blocks larger than this are searched with an inverted-file index instead of exactly.
EXACT_SEARCH_LIMIT = 20_000
# Cells of the inverted-file index searched per claim.
IVF_PROBES = 16

UNIT_DIMENSIONS = {
    "km": "length",
    "m": "length",
    "cm": "length",
    "mm": "length",
    "mi": "length",
    "miles": "length",
    "mil": "length",
    "kg": "mass",
    "g": "mass",
    "t": "mass",
    "lb": "mass",
}
