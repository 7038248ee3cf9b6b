"""Findings in plain language: the fact, the values, and who states them."""

from __future__ import annotations

from collections.abc import Sequence

from claimrec.models import Claim, Verdict

QUALIFIER_WORDS = {
    "approx": "about ",
    "more_than": "more than ",
    "at_least": "at least ",
    "less_than": "less than ",
    "at_most": "at most ",
    "up_to": "up to ",
}

# How a canonical unit reads after a number: (after exactly one, otherwise). Units not listed read as
# they are written ("km", "kg").
UNIT_WORDS = {
    "years": ("year", "years"),
    "months": ("month", "months"),
    "weeks": ("week", "weeks"),
    "days": ("day", "days"),
    "hours": ("hour", "hours"),
    "minutes": ("minute", "minutes"),
    "seconds": ("second", "seconds"),
    "times": ("time", "times"),
    "years_of_age": ("year of age", "years of age"),
    "percentage_points": ("percentage point", "percentage points"),
}


def unit_words(unit: str, value: float | None = None) -> str:
    """`unit` in words after `value`: "1 week", "2 weeks", "55 years of age"; plural without a value."""
    singular, plural = UNIT_WORDS.get(unit, (unit, unit))
    return singular if value == 1 else plural


def describe(claim: Claim) -> str:
    """The claim's value in words: "about 3,000 soldater", "67 %", "#3 largest city (Herat)"."""
    if claim.kind == "time":
        return claim.time.label if claim.time else "an unresolved time"
    if claim.kind == "rank":
        entity = f" ({claim.entity})" if claim.entity else ""
        return f"#{claim.rank} {claim.category or ''}".rstrip() + entity
    value = _number(claim)
    thing = f" {claim.counted}" if claim.counted and claim.kind == "count" else ""
    unit = f" {unit_words(claim.unit, claim.value)}" if claim.unit and claim.kind in ("quantity", "duration") else ""
    words = f"{QUALIFIER_WORDS.get(claim.qualifier or '', '')}{value}{unit}{thing}"
    if claim.hedge:
        words += f" ({claim.hedge})"
    if claim.attribution == "claims" and claim.attributed_to:
        words += f" (claimed by {claim.attributed_to})"
    if claim.time is not None:
        words += f", {claim.time.label}"
    return words


def summarise(
    verdict: Verdict, members: Sequence[Claim], *, within_document: bool = False, related: Sequence[Claim] = ()
) -> str:
    """One line for a finding: what the sources say and whether they agree."""
    stated = "; ".join(f"{describe(claim)} ({claim.doc_id})" for claim in members)
    documents = len({claim.doc_id for claim in members})
    if verdict == "single":
        return f"Only {members[0].doc_id} states this: {describe(members[0])}."
    if verdict == "agree" and documents == 1:
        return f"{members[0].doc_id} states this {len(members)} times, consistently: {stated}."
    if verdict == "agree":
        return f"{documents} sources agree: {stated}."
    if verdict == "differs_by_time":
        others = "; ".join(f"{describe(claim)} ({claim.doc_id})" for claim in related)
        beside = f" Beside: {others}." if others else ""
        return f"Differs by time or by who claims it: {stated}.{beside}"
    inconsistent = " A document contradicts itself." if within_document else ""
    return f"Sources disagree: {stated}.{inconsistent}"


def _number(claim: Claim) -> str:
    if claim.value is None:
        return f"{_format(claim.low)}–{_format(claim.high)}"
    if claim.kind == "share":
        return f"{claim.value * 100:.0f} %"
    return _format(claim.value)


def _format(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}"
