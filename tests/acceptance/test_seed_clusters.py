"""Issue 4 acceptance: the seeds' groups share a cluster; must_not_merge groups do not."""

from __future__ import annotations

import pytest

from claimrec.models import Claim, Report

from .expectations import EXPECTATIONS, Member, load, members, mismatches, quoted_claims

pytestmark = pytest.mark.skipif(not EXPECTATIONS.exists(), reason=f"{EXPECTATIONS} is not beside the repository")
GROUPS = sorted({member.group for member in members()}) if EXPECTATIONS.exists() else []


def _claim(report: Report, member: Member) -> Claim:
    """The claim the member's quote states: the one that matches its expected value."""
    matching = [claim for claim in quoted_claims(report, member) if not mismatches(claim, member.expected)]
    assert matching, f"no claim matches {member.name}"
    return matching[0]


def _cluster_of(report: Report) -> dict[str, str]:
    return {claim_id: group.id for group in report.clusters for claim_id in group.claim_ids}


@pytest.mark.parametrize("group", GROUPS)
def test_members_of_a_group_share_one_cluster(seeds_report: Report, group: str) -> None:
    cluster_of = _cluster_of(seeds_report)
    claims = [_claim(seeds_report, member) for member in members() if member.group == group]
    assert len({cluster_of[claim.id] for claim in claims}) == 1, [(c.id, cluster_of[c.id], c.frame) for c in claims]


@pytest.mark.parametrize("pair", load()["must_not_merge"] if EXPECTATIONS.exists() else [], ids=str)
def test_must_not_merge_groups_stay_apart(seeds_report: Report, pair: list[str]) -> None:
    cluster_of = _cluster_of(seeds_report)
    clusters = [
        {cluster_of[_claim(seeds_report, member).id] for member in members() if member.group == group} for group in pair
    ]
    assert not clusters[0] & clusters[1]
