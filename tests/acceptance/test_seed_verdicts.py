"""Issue 5 acceptance: every group of seed_expectations.json gets its expected verdict."""

from __future__ import annotations

import pytest

from claimrec.models import Report

from .expectations import EXPECTATIONS, load, members, mismatches, quoted_claims

pytestmark = pytest.mark.skipif(not EXPECTATIONS.exists(), reason=f"{EXPECTATIONS} is not beside the repository")
GROUPS = {group["id"]: group["expect"] for group in load()["groups"]} if EXPECTATIONS.exists() else {}


@pytest.mark.parametrize(("group", "expected"), sorted(GROUPS.items()))
def test_group_gets_its_expected_verdict(seeds_report: Report, group: str, expected: str) -> None:
    cluster_of = {claim_id: cluster.id for cluster in seeds_report.clusters for claim_id in cluster.claim_ids}
    finding_of = {finding.cluster_id: finding for finding in seeds_report.findings}
    clusters = set()
    for member in members():
        if member.group == group:
            [claim] = [c for c in quoted_claims(seeds_report, member) if not mismatches(c, member.expected)][:1]
            clusters.add(cluster_of[claim.id])
    [cluster_id] = clusters
    finding = finding_of[cluster_id]
    assert finding.verdict == expected, finding.summary


def test_the_british_troops_conflict_is_called_a_likely_scale_error(seeds_report: Report) -> None:
    [finding] = [f for f in seeds_report.conflicts if f.difference == "scale_error"]
    assert "60,000" in finding.summary
    assert any("power of ten" in reason for reason in finding.reasons)


def test_document_003_contradicting_itself_on_captured_capitals_is_reported(seeds_report: Report) -> None:
    inconsistent = [f for f in seeds_report.conflicts if f.within_document]
    assert inconsistent, "no finding reports a document contradicting itself"
    assert any("provinshovedsteder" in f.summary for f in inconsistent)


def test_every_disagreement_reported_is_one_the_fact_checker_expects(seeds_report: Report) -> None:
    disagreeing = {group for group, expected in GROUPS.items() if expected in ("conflict", "differs_by_time")}
    expected_claims = {
        claim.id
        for member in members()
        if member.group in disagreeing
        for claim in quoted_claims(seeds_report, member)
        if not mismatches(claim, member.expected)
    }
    clusters = {cluster.id: set(cluster.claim_ids) for cluster in seeds_report.clusters}
    unexpected = [
        finding.summary
        for finding in seeds_report.findings
        if finding.verdict in ("conflict", "differs_by_time") and not clusters[finding.cluster_id] & expected_claims
    ]
    assert not unexpected
