"""Compare: a cluster → a `Finding` with its verdict."""

from __future__ import annotations

from collections.abc import Mapping

from claimrec.models import Claim, Cluster, Finding, Verdict


def compare(group: Cluster, claims: Mapping[str, Claim]) -> Finding:
    """The verdict on one cluster: ``single`` when one claim states the fact alone."""
    members = [claims[claim_id] for claim_id in group.claim_ids]
    first = members[0]
    if len(members) == 1:
        return Finding(
            cluster_id=group.id,
            verdict="single",
            kind=first.kind,
            summary=f"Only {first.doc_id} states this.",
            claim_ids=group.claim_ids,
        )
    values = {(claim.value, claim.unit) for claim in members}
    verdict: Verdict = "agree" if len(values) == 1 else "conflict"
    sources = ", ".join(sorted({claim.doc_id for claim in members}))
    return Finding(
        cluster_id=group.id,
        verdict=verdict,
        kind=first.kind,
        summary=f"{len(members)} claims from {sources} {'agree' if verdict == 'agree' else 'disagree'}.",
        claim_ids=group.claim_ids,
    )
