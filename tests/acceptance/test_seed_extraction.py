"""Issue 3 acceptance: every member of seed_expectations.json is extracted from its quote."""

from __future__ import annotations

import pytest

from claimrec.models import Report

from .expectations import EXPECTATIONS, Member, members, mismatches, quoted_claims

pytestmark = pytest.mark.skipif(not EXPECTATIONS.exists(), reason=f"{EXPECTATIONS} is not beside the repository")
MEMBERS = members() if EXPECTATIONS.exists() else []


@pytest.mark.parametrize("member", MEMBERS, ids=[member.name for member in MEMBERS])
def test_member_is_extracted_with_its_normalised_value(seeds_report: Report, member: Member) -> None:
    claims = quoted_claims(seeds_report, member)
    assert claims, "no claim overlaps the quote"
    found = {claim.id: mismatches(claim, member.expected) for claim in claims}
    assert any(not problems for problems in found.values()), found


def test_a_misspelt_place_name_is_read_as_its_common_spelling(seeds_report: Report) -> None:
    [caption] = [claim for claim in seeds_report.claims if "Ghanzi" in claim.text]
    assert "ghazni" in caption.anchors and "ghanzi" not in caption.anchors
