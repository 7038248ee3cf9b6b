"""Progress on stderr: every stage shows while it works, and showing it changes nothing in the report."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

import claimrec
from claimrec.progress import RunProgress

from .conftest import SEEDS
from .fakes import HashEmbedder


def test_a_run_with_progress_reports_what_a_run_without_does(tmp_path: Path) -> None:
    options = {"embedder": HashEmbedder(), "cache_dir": tmp_path, "incremental": False}
    shown = claimrec.reconcile(SEEDS, progress=True, **options)
    assert shown.to_json() == claimrec.reconcile(SEEDS, progress=False, **options).to_json()


def test_each_stage_is_shown_with_its_count(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO()
    monkeypatch.setattr("rich.console.Console", lambda **_: Console(file=stream, force_terminal=True, width=100))
    with RunProgress(enabled=True) as run:
        with run.stage("Reading articles", total=4) as advance:
            for _ in range(4):
                advance(1)
        with run.stage("Grouping claims"):
            pass
    shown = stream.getvalue()
    assert "Reading articles" in shown and "4/4" in shown and "Grouping claims" in shown
