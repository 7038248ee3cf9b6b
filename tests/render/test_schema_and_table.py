from __future__ import annotations

import json
import sys

import jsonschema
import pytest
from typer.testing import CliRunner

from claimrec.cli import app
from claimrec.models import Report
from claimrec.render.table import COLUMNS, claim_rows

from ..conftest import REPO

SCHEMA = REPO / "docs" / "report.schema.json"


def test_committed_schema_is_the_one_claimrec_schema_prints() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert result.stdout == SCHEMA.read_text(encoding="utf-8"), "regenerate: claimrec schema > docs/report.schema.json"


def test_seeds_and_hostile_reports_validate_against_the_schema(seeds_report: Report, hostile_report: Report) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for report in (seeds_report, hostile_report):
        validator.validate(json.loads(report.to_json()))
    broken = json.loads(seeds_report.to_json())
    broken["findings"][0]["verdict"] = "maybe"
    with pytest.raises(jsonschema.ValidationError, match="maybe"):
        validator.validate(broken)


def test_claim_rows_carry_cluster_verdict_document_and_value(seeds_report: Report) -> None:
    rows = claim_rows(seeds_report)
    assert [row["claim_id"] for row in rows] == [claim.id for claim in seeds_report.claims]
    assert all(list(row) == list(COLUMNS) for row in rows)
    conflicting = {claim_id for finding in seeds_report.conflicts for claim_id in finding.claim_ids}
    assert {row["claim_id"] for row in rows if row["verdict"] == "conflict"} == conflicting
    published = {doc.id: doc.published for doc in seeds_report.documents}
    assert all(row["published"] == published[row["doc_id"]] for row in rows)


def test_to_dataframe_has_one_row_per_claim(seeds_report: Report) -> None:
    pandas = pytest.importorskip("pandas")
    frame = seeds_report.to_dataframe()
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == len(seeds_report.claims)
    assert frame.groupby("verdict")["cluster_id"].nunique()["conflict"] == len(seeds_report.conflicts)


def test_to_dataframe_without_pandas_says_how_to_get_it(seeds_report: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="pip install pandas"):
        seeds_report.to_dataframe()
