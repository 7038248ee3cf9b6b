from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from claimrec import __version__
from claimrec.cli import app

from .conftest import SEEDS

runner = CliRunner()


def test_reconcile_writes_the_json_report_and_summarises_on_stderr(tmp_path: Path) -> None:
    output = tmp_path / "report.json"
    result = runner.invoke(app, ["reconcile", str(SEEDS), "-o", str(output)])
    assert result.exit_code == 0, result.output
    report = json.loads(output.read_text(encoding="utf-8"))
    assert [doc["language"] for doc in report["documents"]] == ["da", "nb", "da", "nb", "da"]
    assert "5 documents (da 3, nb 2), 0 skipped" in result.stderr
    assert f"report written to {output}" in result.stderr
    assert result.stdout == ""


def test_without_output_the_json_goes_to_stdout() -> None:
    result = runner.invoke(app, ["reconcile", str(SEEDS), "--quiet", "--languages", "da,nb"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["languages"] == ["da", "nb"]
    assert result.stderr == ""


def test_missing_folder_is_an_error_message_not_a_traceback(tmp_path: Path) -> None:
    result = runner.invoke(app, ["reconcile", str(tmp_path / "missing")])
    assert result.exit_code == 2
    assert result.stderr.startswith("claimrec: error: No such file or folder")
    assert "Traceback" not in result.output


def test_folder_without_articles_lists_what_was_skipped(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "slides.pdf").write_bytes(b"%PDF-1.4")
    result = runner.invoke(app, ["reconcile", str(tmp_path)])
    assert result.exit_code == 2
    assert f"No article found in {str(tmp_path)!r}. Skipped 2:" in result.stderr
    assert "empty.txt: empty file" in result.stderr
    assert "slides.pdf: unsupported file type '.pdf'" in result.stderr


def test_unknown_language_and_unknown_format_fail_before_any_work(tmp_path: Path) -> None:
    result = runner.invoke(app, ["reconcile", str(SEEDS), "--languages", "da,fi"])
    assert result.exit_code == 2
    assert "Unknown language 'fi'. Supported: da, de, en, nb, nn, sv." in result.stderr
    result = runner.invoke(app, ["reconcile", str(SEEDS), "-o", str(tmp_path / "report.xlsx")])
    assert result.exit_code == 2
    assert "Unsupported report format '.xlsx'" in result.stderr
    assert not (tmp_path / "report.xlsx").exists()


def test_help_and_version() -> None:
    help_text = runner.invoke(app, ["reconcile", "--help"]).output
    assert "FOLDER" in help_text and "--languages" in help_text and "--output" in help_text
    assert runner.invoke(app, ["--version"]).output == f"claimrec {__version__}\n"


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run([sys.executable, "-m", "claimrec", "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.startswith("claimrec ")


def test_model_and_cache_dir_options(tmp_path: Path) -> None:
    result = runner.invoke(app, ["reconcile", str(SEEDS), "-q", "--model", str(tmp_path / "no-such-model")])
    assert result.exit_code == 2
    assert "Embedding model folder" in result.stderr and "does not exist" in result.stderr
    cache = tmp_path / "cache"
    result = runner.invoke(
        app, ["reconcile", str(SEEDS), "-q", "-o", str(tmp_path / "r.json"), "--cache-dir", str(cache)]
    )
    assert result.exit_code == 0
    assert (cache / "embeddings.sqlite3").is_file()
