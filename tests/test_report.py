from __future__ import annotations

import gc
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import claimrec
import claimrec.extract
import claimrec.pipeline
from claimrec.collector import RUN_GC_THRESHOLDS
from claimrec.errors import NoArticlesError
from claimrec.extract.ranks import RankMention, find_ranks
from claimrec.models import Document, Report

from .conftest import SEEDS
from .fakes import HashEmbedder

CONTRACT = {
    "documents": {"id", "path", "language", "published", "warnings"},
    "skipped": {"path", "reason"},
    "claims": {
        "id",
        "doc_id",
        "start",
        "end",
        "text",
        "language",
        "kind",
        "value",
        "low",
        "high",
        "unit",
        "qualifier",
        "time",
        "entity",
        "rank",
        "attributed_to",
        "hedged",
    },
    "clusters": {"id", "claim_ids"},
    "findings": {"cluster_id", "verdict", "kind", "summary", "claim_ids"},
}


def test_json_report_has_every_contract_field(seeds_report: Report, tmp_path: Path) -> None:
    seeds_report.to_json(tmp_path / "report.json")
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    shutil.copytree(SEEDS, tmp_path / "input")
    (tmp_path / "input" / "broken.txt").write_bytes(b"\x00" * 10)
    data["skipped"] = json.loads(claimrec.reconcile(tmp_path / "input").to_json())["skipped"]
    for section, fields in CONTRACT.items():
        assert data[section], f"{section} is empty"
        for item in data[section]:
            assert fields <= item.keys(), f"{section} lacks {fields - item.keys()}"


def test_every_claim_is_its_evidence_span_and_in_exactly_one_cluster(seeds_report: Report) -> None:
    texts = {doc.id: doc.text for doc in seeds_report.documents}
    for claim in seeds_report.claims:
        assert texts[claim.doc_id][claim.start : claim.end] == claim.text
    clustered = [claim_id for group in seeds_report.clusters for claim_id in group.claim_ids]
    assert sorted(clustered) == sorted(claim.id for claim in seeds_report.claims)
    assert [finding.cluster_id for finding in seeds_report.findings] == [group.id for group in seeds_report.clusters]


def test_every_claim_comes_from_an_article_sentence_never_from_boilerplate(seeds_report: Report) -> None:
    roles = {sentence.id: sentence.role for sentence in seeds_report.sentences}
    assert {roles[claim.sentence_id] for claim in seeds_report.claims} <= {"body", "heading", "caption"}
    sentence_of = {sentence.id: sentence for sentence in seeds_report.sentences}
    for claim in seeds_report.claims:
        sentence = sentence_of[claim.sentence_id]
        assert sentence.start <= claim.start < claim.end <= sentence.end


def test_same_folder_in_another_order_and_place_gives_a_byte_identical_report(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "elsewhere" / "second"
    first.mkdir()
    second.mkdir(parents=True)
    names = sorted(path.name for path in SEEDS.iterdir())
    for name in names:
        shutil.copyfile(SEEDS / name, first / name)
    for name in reversed(names):
        shutil.copyfile(SEEDS / name, second / name)
    assert claimrec.reconcile(first).to_json() == claimrec.reconcile(second).to_json()


def test_documents_can_be_given_directly_in_any_order() -> None:
    documents = [
        Document(id="b", path="b", text="Storbritannia sender rundt 600 soldater til landet.", language="nb"),
        Document(id="a", path="a", text="Omkring 3000 soldater vil blive indsat.", published="2021-08"),
    ]
    forward = claimrec.reconcile(documents)
    assert [(doc.id, doc.language) for doc in forward.documents] == [("a", "da"), ("b", "nb")]
    assert forward.to_json() == claimrec.reconcile(reversed(documents)).to_json()


def test_no_documents_is_a_clear_error() -> None:
    with pytest.raises(NoArticlesError, match="No article found in 'the documents given'"):
        claimrec.reconcile([])


def test_a_run_collects_garbage_rarely_and_leaves_the_collector_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[tuple[int, int, int], bool]] = []
    original = claimrec.pipeline.compare

    def recorded(*arguments: Any, **options: Any) -> Any:
        seen.append((gc.get_threshold(), gc.get_freeze_count() > 0))
        return original(*arguments, **options)

    monkeypatch.setattr(claimrec.pipeline, "compare", recorded)
    before = gc.get_threshold()
    documents = [Document(id="a", path="a", text="Omkring 3000 soldater vil blive indsat.")]
    claimrec.reconcile(documents, embedder=HashEmbedder())
    with pytest.raises(NoArticlesError):
        claimrec.reconcile([])
    assert seen == [(RUN_GC_THRESHOLDS, True)]
    assert gc.get_threshold() == before != RUN_GC_THRESHOLDS
    assert gc.get_freeze_count() == 0
    gc.freeze()  # a caller's own frozen objects stay frozen
    try:
        frozen = gc.get_freeze_count()
        claimrec.reconcile(documents, embedder=HashEmbedder())
        assert 0 < gc.get_freeze_count() <= frozen  # not unfrozen, and nothing of the run frozen
    finally:
        gc.unfreeze()


def test_conflicts_lists_only_conflict_findings(seeds_report: Report) -> None:
    assert all(finding.verdict == "conflict" for finding in seeds_report.conflicts)


def test_importing_claimrec_loads_no_model_or_heavy_library() -> None:
    import subprocess
    import sys

    heavy = "('torch', 'lingua', 'spacy', 'sentence_transformers')"
    code = f"import sys, claimrec; print(sorted(m for m in {heavy} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_default_install_reconciles_without_torch_or_sentence_transformers(tmp_path: Path) -> None:
    import subprocess
    import sys

    extra = "('torch', 'sentence_transformers', 'transformers', 'tokenizers', 'safetensors')"
    code = (
        f"import sys\nfor name in {extra}: sys.modules[name] = None  # as if the extra were not installed\n"
        "import claimrec\n"
        f"report = claimrec.reconcile({str(SEEDS)!r}, cache_dir={str(tmp_path)!r})\n"
        "print(len(report.claims))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr  # an import of any of them would have raised
    assert int(result.stdout) > 0


def test_reports_are_byte_identical_across_processes_with_different_hash_seeds(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    outputs = []
    for seed in ("1", "2"):
        target = tmp_path / f"report-{seed}.json"
        command = [sys.executable, "-m", "claimrec", "reconcile", str(SEEDS), "-q", "-o", str(target)]
        subprocess.run(command, check=True, env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]


def test_a_sentence_an_extractor_fails_on_is_reported_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(text: str, language: str) -> list[RankMention]:
        if "Herat" in text:
            raise ValueError("an extractor's bug")
        return find_ranks(text, language)

    monkeypatch.setattr(claimrec.extract, "find_ranks", failing)
    (tmp_path / "a.txt").write_text(
        "date 2021-08\nTaliban har erobret tolv byer.\n\nHerat faldt torsdag.\n\nKabul har 4,6 millioner indbyggere.\n",
        encoding="utf-8",
    )
    report = claimrec.reconcile(tmp_path, embedder=HashEmbedder(), incremental=False)
    [failed] = [sentence for sentence in report.sentences if "Herat" in sentence.text]
    [warning] = [warning for warning in report.documents[0].warnings if warning.code == "W209"]
    assert failed.id in warning.message and "ValueError: an extractor's bug" in warning.message
    assert {claim.sentence_id for claim in report.claims} == {
        sentence.id for sentence in report.sentences if "Herat" not in sentence.text
    }


def test_a_document_segmentation_fails_on_is_read_by_paragraph_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import claimrec.segment

    split_paragraph = claimrec.segment._split_paragraph

    def failing(text: str, start: int, end: int, *rest: Any) -> Any:
        if "Herat" in text[start:end]:
            raise ValueError("a segmentation bug")
        return split_paragraph(text, start, end, *rest)

    text = "date 2021-08\nTaliban har erobret tolv byer. Herat faldt torsdag.\n\nKabul har 4,6 millioner indbyggere.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text("date 2021-08\nTaliban har erobret elleve byer.\n", encoding="utf-8")
    monkeypatch.setattr(claimrec.segment, "_split_paragraph", failing)
    report = claimrec.reconcile(tmp_path, embedder=HashEmbedder(), incremental=False)
    [warning] = [warning for document in report.documents for warning in document.warnings if warning.code == "W210"]
    assert "ValueError: a segmentation bug" in warning.message
    assert [sentence.text for sentence in report.sentences if sentence.doc_id == "a"] == [
        "Taliban har erobret tolv byer. Herat faldt torsdag.",
        "Kabul har 4,6 millioner indbyggere.",
    ]
    assert [warning.code for warning in report.documents[1].warnings if warning.code == "W210"] == []
    assert sorted(claim.value for claim in report.claims if claim.kind == "count") == [11, 12, 4_600_000]
