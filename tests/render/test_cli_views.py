from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimrec.cli import app
from claimrec.models import Report

from ..conftest import SEEDS

runner = CliRunner()


@pytest.fixture(scope="module")
def report_file(seeds_report: Report, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "report.json"
    seeds_report.to_json(path)
    return path


def test_reconcile_writes_html_and_markdown_and_fails_on_conflicts(tmp_path: Path, seeds_report: Report) -> None:
    page = tmp_path / "report.html"
    result = runner.invoke(app, ["reconcile", str(SEEDS), "-o", str(page), "--fail-on", "conflict", "-v"])
    assert result.exit_code == 1, result.output
    assert page.read_text(encoding="utf-8") == seeds_report.to_html()
    assert f"{len(seeds_report.conflicts)} findings with verdict conflict (--fail-on)" in result.stderr
    assert "findings: agree" in result.stderr and "done in" in result.stderr and "embed " in result.stderr
    assert all(doc.id in result.stderr for doc in seeds_report.documents)
    notes = tmp_path / "report.md"
    result = runner.invoke(app, ["reconcile", str(SEEDS), "-q", "-o", str(notes)])
    assert result.exit_code == 0 and result.stderr == ""
    assert notes.read_text(encoding="utf-8") == seeds_report.to_markdown()


def test_show_prints_conflicts_first_and_everything_with_all(report_file: Path, seeds_report: Report) -> None:
    result = runner.invoke(app, ["show", str(report_file), "--width", "120"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 120
    titles = [line for line in lines if line.startswith("╭")]
    differing = sum(finding.verdict == "differs_by_time" for finding in seeds_report.findings)
    assert [title.split()[1] for title in titles] == ["conflict"] * len(seeds_report.conflicts) + [
        "differs"
    ] * differing
    everything = runner.invoke(app, ["show", str(report_file), "--all", "--width", "120"]).stdout
    assert sum(line.startswith("╭") for line in everything.splitlines()) == len(seeds_report.findings)


@pytest.mark.parametrize(
    ("fail_on", "code"), [("conflict", 1), ("differs_by_time", 1), ("any", 1), (None, 0)]
)  # fmt: skip
def test_show_fail_on(report_file: Path, fail_on: str | None, code: int) -> None:
    extra = ["--fail-on", fail_on] if fail_on else []
    assert runner.invoke(app, ["show", str(report_file), *extra]).exit_code == code


def test_fail_on_passes_when_no_finding_has_that_verdict(report_file: Path, tmp_path: Path) -> None:
    report = Report.model_validate_json(report_file.read_text(encoding="utf-8"))
    calm = report.model_copy(update={"findings": tuple(f for f in report.findings if f.verdict != "conflict")})
    calm.to_json(tmp_path / "calm.json")
    assert runner.invoke(app, ["show", str(tmp_path / "calm.json"), "--fail-on", "conflict"]).exit_code == 0
    assert runner.invoke(app, ["show", str(tmp_path / "calm.json"), "--fail-on", "any"]).exit_code == 1


def test_show_refuses_what_is_not_a_report(tmp_path: Path) -> None:
    (tmp_path / "notes.json").write_text('{"hello": 1}', encoding="utf-8")
    result = runner.invoke(app, ["show", str(tmp_path / "notes.json")])
    assert result.exit_code == 2
    assert "is not a claimrec JSON report" in result.stderr and "Traceback" not in result.output
    result = runner.invoke(app, ["show", str(tmp_path / "missing.json")])
    assert result.exit_code == 2 and "cannot read" in result.stderr
    result = runner.invoke(app, ["reconcile", str(SEEDS), "--fail-on", "sometimes"])
    assert result.exit_code == 2
