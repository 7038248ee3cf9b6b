"""Findings reused from the work cache equal those judged afresh, under whatever cluster ids."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimrec.compare
from claimrec.compare import compare
from claimrec.models import Claim, Cluster, TimeSpan
from claimrec.workcache import WorkCache

from .test_compare import _claim


def _clusters(claims: list[Claim], first_number: int) -> list[Cluster]:
    return [Cluster(id=f"k{first_number + n}", claim_ids=(claim.id,)) for n, claim in enumerate(claims)]


def test_findings_are_reused_under_moved_cluster_ids(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    july = TimeSpan(start="2021-07-01", end="2021-07-31", label="July 2021")
    claims = [_claim(0, 0.85, kind="share", time=july), _claim(1, 0.67, kind="share", as_of="2021-08")]
    cache = WorkCache(tmp_path / "work.sqlite3")
    compare(_clusters(claims, 0), claims, cache)
    judged: list[str] = []
    original = claimrec.compare._finding
    monkeypatch.setattr(
        claimrec.compare, "_finding", lambda group, *rest: judged.append(group.id) or original(group, *rest)
    )
    reused = compare(_clusters(claims, 5), claims, cache)
    assert judged == []
    assert reused == compare(_clusters(claims, 5), claims)
    assert judged == ["k5", "k6"]
    assert [finding.related_cluster_ids for finding in reused] == [("k6",), ("k5",)]


def test_a_single_claim_is_judged_again_when_a_related_claim_changes(tmp_path: Path) -> None:
    july = TimeSpan(start="2021-07-01", end="2021-07-31", label="July 2021")
    claimed = _claim(0, 0.85, kind="share", time=july)
    cache = WorkCache(tmp_path / "work.sqlite3")
    agreeing = [claimed, _claim(1, 0.85, kind="share", as_of="2021-08")]
    differing = [claimed, _claim(1, 0.67, kind="share", as_of="2021-08")]
    assert compare(_clusters(agreeing, 0), agreeing, cache)[0].verdict == "single"
    assert compare(_clusters(differing, 0), differing, cache)[0].verdict == "differs_by_time"


def test_wordings_are_judged_again_when_a_time_their_sentences_state_changes(tmp_path: Path) -> None:
    date = TimeSpan(start="1882-09-30", end="1882-09-30", label="1882-09-30")
    today = TimeSpan(start="2018-09-30", end="2018-09-30", label="today")
    fields = {"kind": "duration", "unit": "years", "counted": None, "counted_head": None}
    at_date, at_today = _claim(0, 136, time=date, **fields), _claim(1, 136, time=today, **fields)
    wordings = Cluster(id="k0", claim_ids=(at_date.id, at_today.id), wordings=((at_date.id, at_today.id),))
    cache = WorkCache(tmp_path / "work.sqlite3")
    findings = []
    for stated_time in (date, today):  # the second wording's sentence states the date, then only today
        stated = _claim(1, None, id="d1:c1", kind="time", counted=None, counted_head=None, time=stated_time)
        claims = [at_date, at_today, stated]
        findings.append(compare([wordings, *_clusters([stated], 1)], claims, cache)[0].verdict)
    assert findings == ["agree", "conflict"]
