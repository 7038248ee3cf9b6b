"""Report: write a `Report` in the format its file name asks for."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from claimrec.errors import UnsupportedOutputError
from claimrec.models import Report
from claimrec.render.html import render_html
from claimrec.render.markdown import render_markdown

WRITERS: dict[str, Callable[[Report], str]] = {
    ".json": lambda report: report.to_json(),
    ".html": render_html,
    ".md": render_markdown,
}


def check_format(path: str | Path) -> Callable[[Report], str]:
    """The writer for the format that `path`'s suffix names.

    Raises:
        UnsupportedOutputError: no format has that suffix.
    """
    suffix = Path(path).suffix
    writer = WRITERS.get(suffix.lower())
    if writer is None:
        raise UnsupportedOutputError(
            f"Unsupported report format {suffix or '(no suffix)'!r} in {str(path)!r}. "
            f"Supported: {', '.join(WRITERS)}. Name the output file accordingly, e.g. -o report.html."
        )
    return writer


def write(report: Report, path: str | Path) -> None:
    """Write `report` to `path`, atomically, in the format of its suffix."""
    target = Path(path)
    text = check_format(target)(report)
    partial = target.with_name(f".{target.name}.partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(target)
