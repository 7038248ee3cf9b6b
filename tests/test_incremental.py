"""Incremental runs: a second run reuses every per-document result it can, recomputes what changed, and
reports byte-identically; stage timings stay out of the report; workers do not change the report."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import claimrec
import claimrec.cluster_reuse
import claimrec.compare
import claimrec.incremental
import claimrec.langid
import claimrec.parallel
from claimrec.timing import STAGES

from .conftest import SEEDS
from .fakes import HashEmbedder


def _run(folder: Path, cache: Path, **options: Any) -> str:
    return claimrec.reconcile(folder, cache_dir=cache, embedder=HashEmbedder(), **options).to_json()


def _counting(monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    """Record the id of every document that `claimrec.incremental.<name>` computes."""
    calls: list[str] = []
    original: Callable[..., Any] = getattr(claimrec.incremental, name)

    def counted(first: Any, *rest: Any) -> Any:
        calls.append(first.id if hasattr(first, "id") else first[0].doc_id)
        return original(first, *rest)

    monkeypatch.setattr(claimrec.incremental, name, counted)
    return calls


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    return folder


def test_second_run_recomputes_nothing_and_reports_byte_identically(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _run(corpus, tmp_path / "cache")
    segmented, extracted = _counting(monkeypatch, "segment_document"), _counting(monkeypatch, "extract_document")
    second = _run(corpus, tmp_path / "cache")
    assert (segmented, extracted) == ([], [])
    assert second == first
    assert _run(corpus, tmp_path / "other", incremental=False) == first


def test_a_changed_file_is_read_again_and_the_others_are_reused(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _run(corpus, tmp_path / "cache")
    changed = sorted(corpus.glob("*.txt"))[2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nDer var 17 soldater.\n", encoding="utf-8")
    segmented, extracted = _counting(monkeypatch, "segment_document"), _counting(monkeypatch, "extract_document")
    second = _run(corpus, tmp_path / "cache")
    assert segmented == [changed.stem]
    assert changed.stem in extracted
    assert second == _run(corpus, tmp_path / "fresh", incremental=False)


def test_a_changed_file_has_only_its_new_sentences_identified_and_the_same_languages_as_read_afresh(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _run(corpus, tmp_path / "cache")
    changed = sorted(corpus.glob("*.txt"))[2]
    added = "Der var 17 soldater i lejren ved grænsen sidste uge, oplyser hæren."
    changed.write_text(changed.read_text(encoding="utf-8") + f"\n\n{added}\n", encoding="utf-8")
    identified: list[str] = []
    original = claimrec.langid.detect_languages

    def recorded(texts: list[str], languages: tuple[str, ...]) -> list[claimrec.langid.LanguageGuess]:
        identified.extend(texts)
        return original(texts, languages)

    monkeypatch.setattr(claimrec.langid, "detect_languages", recorded)
    second = _run(corpus, tmp_path / "cache")
    assert identified == [added]  # of its sentences, only the one it gained
    monkeypatch.undo()
    assert second == _run(corpus, tmp_path / "fresh", incremental=False)


def test_other_languages_configured_miss_the_cache(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _run(corpus, tmp_path / "cache")
    segmented = _counting(monkeypatch, "segment_document")
    _run(corpus, tmp_path / "cache", languages="da,nb")
    assert len(segmented) == len(list(corpus.glob("*.txt")))


def test_stage_times_are_filled_in_order_and_stay_out_of_the_report(corpus: Path, tmp_path: Path) -> None:
    times = claimrec.StageTimes()
    report = _run(corpus, tmp_path / "cache", stage_times=times)
    assert tuple(times.seconds) == STAGES
    assert all(seconds >= 0 for seconds in times.seconds.values())
    assert times.total == pytest.approx(sum(times.seconds.values()))
    assert "seconds" not in report


def test_two_worker_processes_give_the_same_report(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(claimrec.parallel, "MIN_PARALLEL_DOCUMENTS", 2)
    monkeypatch.setattr(claimrec.parallel, "CHUNK_DOCUMENTS", 2)
    alone = _run(corpus, tmp_path / "one", incremental=False)
    assert _run(corpus, tmp_path / "two", incremental=False, workers=2) == alone


def test_fewer_than_one_worker_is_an_error(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="workers must be at least 1, got 0"):
        _run(corpus, tmp_path / "cache", workers=0)


def test_second_run_reuses_the_findings(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _run(corpus, tmp_path / "cache")
    judged: list[str] = []
    original = claimrec.compare._finding
    monkeypatch.setattr(
        claimrec.compare, "_finding", lambda group, *rest: judged.append(group.id) or original(group, *rest)
    )
    assert _run(corpus, tmp_path / "cache") == first
    assert judged == []


def test_an_unchanged_folder_is_not_clustered_again_and_a_changed_one_is(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _run(corpus, tmp_path / "cache")
    clustered: list[int] = []
    original = claimrec.cluster_reuse.cluster

    def counted(claims: Any, *rest: Any, **named: Any) -> Any:
        clustered.append(len(claims))
        return original(claims, *rest, **named)

    monkeypatch.setattr(claimrec.cluster_reuse, "cluster", counted)
    assert _run(corpus, tmp_path / "cache") == first
    assert clustered == []
    changed = sorted(corpus.glob("*.txt"))[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nDer var 17 soldater.\n", encoding="utf-8")
    second = _run(corpus, tmp_path / "cache")
    assert len(clustered) == 1
    assert second == _run(corpus, tmp_path / "fresh", incremental=False)
