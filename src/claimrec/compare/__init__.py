"""Compare: each cluster → a `Finding`: do its sources agree, and if not, how do they differ?

Every pair of claims in a cluster is related (`claimrec.compare.values`); a difference that a
reviewer should not call a contradiction is explained first: a conditional or forecast claim
(``hedged``), a contested claim someone makes (``attributed``), a later report of a count
(``update``), unless the two claims are one sentence in two wordings. The verdict follows from the
most serious difference left.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import combinations

import numpy as np
from numpy.typing import NDArray

from claimrec.cluster.search import unique_pairs
from claimrec.compare.reuse import reused_findings
from claimrec.compare.summary import describe, summarise
from claimrec.compare.values import Relation, relate
from claimrec.models import Claim, Cluster, Difference, Finding, TimeSpan, Verdict
from claimrec.workcache import WorkCache, claim_digests

# How much a reviewer needs to look at a difference, from 0 (nothing) to 1 (a plain contradiction).
SEVERITY: dict[Difference, float] = {
    "contradiction": 1.0,
    "scale_error": 0.9,
    "bounds_differ": 0.6,
    "update": 0.5,
    "attributed": 0.4,
    "hedged": 0.3,
    "rounding": 0.2,
    "unit_conversion": 0.1,
    "bound_satisfied": 0.1,
    "same": 0.0,
}
VERDICT_OF: dict[Difference, Verdict] = {
    "contradiction": "conflict",
    "scale_error": "conflict",
    "bounds_differ": "conflict",
    "update": "differs_by_time",
    "attributed": "differs_by_time",
    "hedged": "differs_by_time",
}
# Counts above this are not checked against a list after them (see `_miscounted`).
MAX_LISTED = 100
# The hours each part of day can mean (night runs past midnight: 21 to 30 is 21:00 to 06:00).
PARTS_OF_DAY: dict[str, tuple[int, int]] = {
    "morning": (5, 12),
    "forenoon": (9, 12),
    "midday": (11, 14),
    "afternoon": (12, 18),
    "evening": (17, 24),
    "night": (21, 30),
}
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def compare(
    clusters: Sequence[Cluster],
    claims: Sequence[Claim],
    cache: WorkCache | None = None,
    *,
    digests: Sequence[str] | None = None,
) -> list[Finding]:
    """One finding per cluster, in cluster order.

    Args:
        clusters: The clusters; every claim is in exactly one.
        claims: The claims the clusters name.
        cache: Where findings are kept between runs (see `claimrec.compare.reuse`); default None: every
            cluster is judged.
        digests: The claims' `claimrec.workcache.claim_digests` where already computed, for the cache's keys.
    """
    by_id = {claim.id: claim for claim in claims}
    related = _related(clusters, by_id)
    times = _times_by_sentence(claims)
    digest_of: dict[str, str] = {}
    if cache is not None:
        digest_of = dict(zip(by_id, claim_digests(claims) if digests is None else digests, strict=True))
    findings = reused_findings(
        cache, clusters, related, by_id, times, lambda group, beside: _finding(group, beside, by_id, times), digest_of
    )
    return _with_rank_collisions(findings, clusters, by_id)


def _times_by_sentence(claims: Sequence[Claim]) -> dict[str, list[Claim]]:
    """The time claims of each sentence that states a time, by sentence id, in text order."""
    found: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.kind == "time" and claim.time is not None:
            found.setdefault(claim.sentence_id, []).append(claim)
    return found


def _finding(
    group: Cluster, related: tuple[Cluster, ...], by_id: Mapping[str, Claim], times: Mapping[str, list[Claim]]
) -> Finding:
    members = [by_id[i] for i in group.claim_ids]
    finding = _verdict(group, members, related, by_id, times)
    miscounted = [claim for claim in members if _miscounted(claim)]
    if not miscounted:
        return finding
    reasons = tuple(
        f"{claim.doc_id} says {describe(claim)} but lists {claim.enumerated}: the count and its list disagree."
        for claim in miscounted
    )
    return finding.model_copy(
        update={
            "verdict": "conflict",
            "difference": "contradiction",
            "severity": SEVERITY["contradiction"],
            "within_document": True,
            "reasons": finding.reasons + reasons,
            "summary": finding.summary + " A stated count differs from the items listed after it.",
        }
    )


def _miscounted(claim: Claim) -> bool:
    """A count stated exactly and followed by a list of another number of items. Only counts up to
    `MAX_LISTED` are checked: a list after "1.5 million" names examples, not every item."""
    return (
        claim.kind == "count"
        and claim.enumerated is not None
        and claim.value is not None
        and (claim.qualifier or "exact") == "exact"
        and claim.value <= MAX_LISTED
        and claim.enumerated != round(claim.value)
    )


def _verdict(
    group: Cluster,
    members: list[Claim],
    related: tuple[Cluster, ...],
    by_id: Mapping[str, Claim],
    times: Mapping[str, list[Claim]],
) -> Finding:
    first = members[0]
    if len(members) == 1:
        return _single(group, first, related, by_id)
    differences: list[tuple[Difference, Claim, Claim]] = []
    wording_of = {claim_id: number for number, ids in enumerate(group.wordings) for claim_id in ids}
    for a, b in combinations(members, 2):
        one_sentence = wording_of.get(a.id, -1) == wording_of.get(b.id, -2)
        difference = _wordings_relation(a, b, times) if one_sentence else _explained(a, b, _relation(a, b))
        if difference != "same":
            differences.append((difference, a, b))
    worst: Difference = max((difference for difference, _, _ in differences), key=SEVERITY.__getitem__, default="same")
    verdict = VERDICT_OF.get(worst, "agree")
    within = any(a.doc_id == b.doc_id and VERDICT_OF.get(d) == "conflict" for d, a, b in differences)
    return Finding(
        cluster_id=group.id,
        verdict=verdict,
        kind=first.kind,
        summary=summarise(verdict, members, within_document=within),
        claim_ids=group.claim_ids,
        difference=worst,
        reasons=tuple(_reason(difference, a, b) for difference, a, b in differences if SEVERITY[difference] > 0),
        severity=SEVERITY[worst],
        within_document=within,
        related_cluster_ids=tuple(other.id for other in related),
    )


def _with_rank_collisions(
    findings: list[Finding], clusters: Sequence[Cluster], by_id: Mapping[str, Claim]
) -> list[Finding]:
    """Findings of rank clusters whose entities share one rank in one category set to conflict:
    "Herat" and "Kandahar" cannot both be the second-largest city."""
    holders: dict[tuple[int, str], dict[str, Cluster]] = {}
    for group in clusters:
        claim = by_id[group.claim_ids[0]]
        if claim.kind == "rank" and claim.rank is not None and claim.entity is not None:
            holders.setdefault((claim.rank, claim.category or ""), {}).setdefault(claim.entity, group)
    colliding: dict[str, tuple[list[str], str]] = {}
    for (rank, category), by_entity in holders.items():
        if len(by_entity) < 2:
            continue
        entities = sorted(by_entity)
        reason = f"{' and '.join(entities)} are each said to be the #{rank} {category}: they cannot all be."
        for group in by_entity.values():
            colliding[group.id] = ([other.id for other in by_entity.values() if other.id != group.id], reason)
    result = []
    for finding in findings:
        if finding.cluster_id not in colliding:
            result.append(finding)
            continue
        others, reason = colliding[finding.cluster_id]
        result.append(
            finding.model_copy(
                update={
                    "verdict": "conflict",
                    "difference": "contradiction",
                    "severity": SEVERITY["contradiction"],
                    "reasons": (*finding.reasons, reason),
                    "related_cluster_ids": tuple(sorted({*finding.related_cluster_ids, *others})),
                    "summary": f"{finding.summary} {reason}",
                }
            )
        )
    return result


def _single(group: Cluster, claim: Claim, related: tuple[Cluster, ...], by_id: Mapping[str, Claim]) -> Finding:
    """One claim alone: ``single``, or ``differs_by_time`` beside the same quantity at another time."""
    others = [by_id[i] for other in related for i in other.claim_ids]
    differing = [other for other in others if not relate(claim, other).agrees]
    if not differing:
        return Finding(
            cluster_id=group.id,
            verdict="single",
            kind=claim.kind,
            summary=summarise("single", [claim]),
            claim_ids=group.claim_ids,
            related_cluster_ids=tuple(other.id for other in related),
        )
    difference: Difference = "attributed" if claim.attribution == "claims" else "update"
    return Finding(
        cluster_id=group.id,
        verdict="differs_by_time",
        kind=claim.kind,
        summary=summarise("differs_by_time", [claim], related=differing),
        claim_ids=group.claim_ids,
        difference=difference,
        reasons=tuple(_reason(difference, claim, other) for other in differing),
        severity=SEVERITY[difference],
        related_cluster_ids=tuple(other.id for other in related),
    )


def _relation(a: Claim, b: Claim) -> Difference:
    """How two claims of one cluster differ; the same value at times that cannot match contradicts too."""
    if a.kind == "time":
        return "same" if _same_time(a.time, b.time) else "contradiction"
    if a.kind == "rank":
        return "same" if a.rank == b.rank else "contradiction"
    relation: Relation = relate(a, b)
    if relation.agrees and not _same_time(a.time, b.time):
        return "contradiction"
    return relation.difference


def _wordings_relation(a: Claim, b: Claim, times: Mapping[str, list[Claim]]) -> Difference:
    """`_relation` of two wordings of one sentence, except that the same value at different times is no
    contradiction where one wording also states the time the other's value is read at: each sentence
    names several times ("30 September 1882, 136 years ago today"), and which one a value is read at is
    the extractor's choice, not the translator's."""
    difference = _relation(a, b)
    if difference != "contradiction" or a.kind in ("time", "rank") or not relate(a, b).agrees:
        return difference
    for claim, other in ((a, b), (b, a)):
        if any(_same_time(other.time, stated.time) for stated in times.get(claim.sentence_id, ())):
            return "same"
    return difference


def _explained(a: Claim, b: Claim, difference: Difference) -> Difference:
    """A difference a reviewer should not call a contradiction, named for what explains it. Never
    asked of two wordings of one sentence (`Cluster.wordings`): a translator's "may" or a date one
    wording leaves out does not make one value a forecast or an update of the other."""
    if difference not in ("contradiction", "scale_error", "bounds_differ"):
        return difference
    # Two forecasts that differ disagree as much as two reports do; a hedge explains a difference
    # only between a conditional or forecast claim and a plain one, and so does a contested claim.
    if a.hedged != b.hedged:
        return "hedged"
    if (a.attribution == "claims") != (b.attribution == "claims"):
        return "attributed"
    if a.kind == "count" and _reported_on_different_days(a, b):
        return "update"
    if a.kind == "time" and _relative_to_other_reports(a, b):
        return "update"
    return difference


def _relative_to_other_reports(a: Claim, b: Claim) -> bool:
    """Two times named by their reports' own days ("Friday", "last week") in reports of different
    dates: each names a day near its own report, so they may be days of different weeks."""
    relative = all(claim.time is not None and claim.time.relative for claim in (a, b))
    return relative and a.as_of is not None and b.as_of is not None and a.as_of != b.as_of


def _reported_on_different_days(a: Claim, b: Claim) -> bool:
    """Two reports dated to different days: the later one may be an update of the earlier."""
    return bool(a.as_of and b.as_of and len(a.as_of) == len(b.as_of) == len("YYYY-MM-DD") and a.as_of != b.as_of)


def _same_time(a: TimeSpan | None, b: TimeSpan | None) -> bool:
    """Whether two times can be the same: weekdays, parts of day and resolved intervals all compatible."""
    if a is None or b is None:
        return True
    if a.weekday is not None and b.weekday is not None and a.weekday != b.weekday:
        return _around_midnight(a, b)
    if a.part_of_day in PARTS_OF_DAY and b.part_of_day in PARTS_OF_DAY:
        (first_start, first_end), (second_start, second_end) = PARTS_OF_DAY[a.part_of_day], PARTS_OF_DAY[b.part_of_day]
        if first_end <= second_start or second_end <= first_start:
            return False
    months = _month_named(a.label), _month_named(b.label)
    if None not in months and months[0] != months[1] and (a.start is None or b.start is None):
        return False
    return a.overlaps(b)


def _month_named(label: str) -> str | None:
    """The English month a time's label names ("October", "May 2021"), if it names exactly one."""
    named = [month for month in MONTHS if month in label]
    return named[0] if len(named) == 1 else None


def _around_midnight(a: TimeSpan, b: TimeSpan) -> bool:
    """ "Late Sunday" and "early Monday" (or Sunday night and Monday morning) can be one moment."""
    earlier, later = (a, b) if ((b.weekday or 0) - (a.weekday or 0)) % 7 == 1 else (b, a)
    if ((later.weekday or 0) - (earlier.weekday or 0)) % 7 != 1:
        return False
    return earlier.part_of_day in ("late", "evening", "night") and later.part_of_day in ("early", "morning", "night")


def _reason(difference: Difference, a: Claim, b: Claim) -> str:
    first, second = f"{a.doc_id} says {describe(a)}", f"{b.doc_id} says {describe(b)}"
    values_agree = a.kind not in ("time", "rank") and relate(a, b).agrees
    explanation = {
        "contradiction": "the same value at times that cannot match" if values_agree else "these cannot both be true",
        "scale_error": "the values differ by a power of ten: a scale or typing error?",
        "bounds_differ": "both bounds can hold, but the sources state different figures",
        "update": "named by the days of reports of different dates: they may be days of different weeks"
        if a.kind == "time"
        else "reported on different days: the later may be an update",
        "attributed": "one is a contested claim its source makes",
        "hedged": "one is conditional or a forecast",
        "rounding": "equal within the precision stated",
        "unit_conversion": "equal after converting units",
        "bound_satisfied": "the value meets the bound",
        "same": "the same value",
    }[difference]
    return f"{first}; {second}: {explanation}" + ("" if explanation.endswith("?") else ".")


def _related(clusters: Sequence[Cluster], by_id: Mapping[str, Claim]) -> dict[str, tuple[Cluster, ...]]:
    """Clusters about the same quantity at another time: claims of the same kind and counted thing,
    of the same actor where both name one, whose values hold at times that do not overlap
    ("85 % in July" beside "two thirds now")."""
    keyed: dict[tuple[str, str], list[tuple[int, Claim]]] = {}
    for number, group in enumerate(clusters):
        for claim in (by_id[i] for i in group.claim_ids):
            if claim.kind in ("count", "share") and claim.counted_head:
                keyed.setdefault((claim.kind, claim.counted_head), []).append((number, claim))
    pairs = [np.zeros((0, 2), dtype=np.int64)]
    for members in keyed.values():
        numbers = np.array([number for number, _ in members], dtype=np.int64)
        first, second = np.nonzero(_at_other_times([claim for _, claim in members]))
        pairs.append(np.stack([numbers[first], numbers[second]], axis=1))
    related: dict[str, dict[str, Cluster]] = {}
    for first, second in unique_pairs(np.concatenate(pairs), len(clusters)).tolist():
        if first != second:
            related.setdefault(clusters[first].id, {})[clusters[second].id] = clusters[second]
    return {key: tuple(value[i] for i in sorted(value)) for key, value in related.items()}


def _at_other_times(claims: Sequence[Claim]) -> NDArray[np.bool_]:
    """For each pair (i, j) of `claims`: both name the same actor or one names none, and one states a
    time at which the other's value cannot hold."""
    actors: dict[str, int] = {}
    actor = np.array([-1 if claim.actor is None else actors.setdefault(claim.actor, len(actors)) for claim in claims])
    stated = np.array([claim.time is not None for claim in claims])
    spans = [claim.holds_at() for claim in claims]
    bounds = [
        (span.start, span.end) if span and span.start is not None and span.end is not None else None for span in spans
    ]
    days = sorted({day for bound in bounds if bound for day in bound})
    rank = {day: number for number, day in enumerate(days)}
    resolved = np.array([bound is not None for bound in bounds])
    start = np.array([rank[bound[0]] if bound else 0 for bound in bounds])
    end = np.array([rank[bound[1]] if bound else 0 for bound in bounds])
    same_actor = (actor[:, None] < 0) | (actor[None, :] < 0) | (actor[:, None] == actor[None, :])
    overlap = (start[:, None] <= end[None, :]) & (start[None, :] <= end[:, None])
    at_other_times: NDArray[np.bool_] = (
        same_actor & (stated[:, None] | stated[None, :]) & resolved[:, None] & resolved[None, :] & ~overlap
    )
    return at_other_times
