"""Shared fixtures: the example articles and the report claimrec makes of them."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimrec
from claimrec.models import Report

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def seeds_report() -> Report:
    return claimrec.reconcile(SEEDS)
