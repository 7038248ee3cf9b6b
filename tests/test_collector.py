from __future__ import annotations

import gc

import pytest

from claimrec.collector import RUN_GC_THRESHOLDS, rare_collections


def test_runs_open_at_once_set_the_collector_back_when_the_last_ends() -> None:
    before = gc.get_threshold()
    first, second = rare_collections(), rare_collections()
    settle = first.__enter__()
    second.__enter__()
    settle()
    first.__exit__(None, None, None)  # the first run ends while the second is still open
    assert gc.get_threshold() == RUN_GC_THRESHOLDS
    assert gc.get_freeze_count() > 0
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_a_run_that_fails_sets_the_collector_back() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), rare_collections() as settle:
        settle()
        raise RuntimeError("a stage failed")
    assert (gc.get_threshold(), gc.get_freeze_count()) == (before, 0)
