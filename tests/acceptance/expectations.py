"""Read ../shared/eval/seed_expectations.json and match its quotes to claims of a report."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from claimrec.models import Claim, Report

from ..conftest import SHARED

EXPECTATIONS = SHARED / "eval" / "seed_expectations.json"


@dataclass(frozen=True)
class Member:
    group: str
    doc: str
    quote: str
    expected: dict[str, Any]

    @property
    def name(self) -> str:
        return f"{self.group}:{self.doc}:{self.quote[:30]}"


def load() -> dict[str, Any]:
    return json.loads(EXPECTATIONS.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def members() -> list[Member]:
    fields = {"value", "approximate", "unit", "entity", "rank", "time", "attributed_to", "hedged", "enumerated"}
    return [
        Member(group["id"], member["doc"], member["quote"], {k: v for k, v in member.items() if k in fields})
        for group in load()["groups"]
        for member in group["members"]
    ]


def quoted_claims(report: Report, member: Member) -> list[Claim]:
    """The claims of the member's document whose spans overlap its quote."""
    [document] = [doc for doc in report.documents if doc.id.startswith(member.doc)]
    start = document.text.find(member.quote)
    assert start >= 0, f"quote not found in {document.id}: {member.quote!r}"
    end = start + len(member.quote)
    return [c for c in report.claims if c.doc_id == document.id and c.start < end and start < c.end]


def mismatches(claim: Claim, expected: dict[str, Any]) -> list[str]:
    """What about `claim` differs from the expected normalised fields (empty when it matches)."""
    problems = []
    for field, want in expected.items():
        if not _matches(claim, field, want):
            problems.append(f"{field}: want {want!r}")
    return problems


def _matches(claim: Claim, field: str, want: Any) -> bool:
    if field == "value" and isinstance(want, str) and want.startswith(">"):
        return claim.qualifier == "more_than" and _close(claim.value, float(want[1:]))
    if field == "value":
        return _close(claim.value, float(want))
    if field == "approximate":
        return (claim.qualifier == "approx") == bool(want)
    if field == "time":
        if claim.time is None:
            return False
        if want[:4].isdigit():
            return (claim.time.start or "").startswith(want) and (claim.time.end or "").startswith(want)
        return want.lower() in claim.time.label.lower()
    if field == "attributed_to":
        return claim.attributed_to is not None and want.lower() in claim.attributed_to.lower()
    if field == "hedged":
        return claim.hedged
    if field == "entity":
        return claim.entity is not None and claim.entity.lower() == str(want).lower()
    return bool(getattr(claim, field) == want)


def _close(value: float | None, want: float) -> bool:
    return value is not None and math.isclose(value, want, rel_tol=0.002, abs_tol=0.001)
