"""The report as a terminal table (rich): findings most severe first, each claim with its quote.

Article text goes into `rich.text.Text` objects, never into console markup, so brackets in an
article are not styles; control characters (escape sequences included) are replaced first.
"""

from __future__ import annotations

import io
import re

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claimrec.models import Finding, Report, Verdict
from claimrec.render.view import VERDICT_LABELS, VERDICTS, ClaimRow, ReportView, qualifier_words

STYLES: dict[Verdict, str] = {
    "conflict": "bold red",
    "differs_by_time": "bold yellow",
    "agree": "green",
    "single": "dim",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """`text` without control characters or bidirectional overrides, which could drive the terminal."""
    return _CONTROL.sub("\ufffd", text)


def renderables(report: Report, *, verdicts: tuple[Verdict, ...] = VERDICTS[:2]) -> list[RenderableType]:
    """A summary table, one panel per finding with one of `verdicts` (most severe first), a documents legend."""
    view = ReportView(report)
    parts: list[RenderableType] = [_summary(view)]
    findings = view.findings(verdicts)
    if not findings:
        wanted = ", ".join(VERDICT_LABELS[v] for v in verdicts)
        parts.append(Text(f"No finding with verdict {wanted}.", style="italic"))
    parts.extend(_panel(view, finding) for finding in findings)
    parts.append(_documents(view))
    return parts


def render_terminal(
    report: Report, *, verdicts: tuple[Verdict, ...] = VERDICTS[:2], width: int = 100, color: bool = False
) -> str:
    """The terminal view as a string `width` columns wide, with ANSI colours when `color` is True."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=color, no_color=not color, highlight=False)
    for part in renderables(report, verdicts=verdicts):
        console.print(part)
    return buffer.getvalue()


def _summary(view: ReportView) -> Table:
    report = view.report
    table = Table.grid(padding=(0, 2))
    languages = ", ".join(f"{clean(code)} {count}" for code, count in view.language_counts().items())
    table.add_row(Text("documents", style="dim"), Text(f"{len(report.documents)} ({languages})"))
    table.add_row(Text("claims", style="dim"), Text(f"{len(report.claims)} in {len(report.clusters)} clusters"))
    verdicts = Text()
    for verdict, count in view.verdict_counts().items():
        verdicts.append(f"{count} {VERDICT_LABELS[verdict]}", style=STYLES[verdict])
        verdicts.append("  ")
    table.add_row(Text("findings", style="dim"), verdicts)
    by_kind = ", ".join(f"{kind} {count}" for kind, count in view.conflicts_by_kind().items()) or "none"
    table.add_row(Text("conflicts by kind", style="dim"), Text(by_kind))
    if report.skipped:
        table.add_row(Text("skipped", style="dim"), Text(f"{len(report.skipped)} files"))
    return table


def _panel(view: ReportView, finding: Finding) -> Panel:
    claims = Table(show_header=True, header_style="bold", expand=True, show_lines=True)
    claims.add_column("value", ratio=2, min_width=14, overflow="fold")
    claims.add_column("quote", ratio=5)
    claims.add_column("document", ratio=2, overflow="fold")
    claims.add_column("lang", no_wrap=True)
    claims.add_column("published", no_wrap=True)
    for row in view.rows(finding):
        claims.add_row(*_cells(row))
    body: list[RenderableType] = [Text(clean(view.labelled(finding.summary)), style="italic"), claims]
    body.extend(Text(f"• {clean(view.labelled(reason))}") for reason in finding.reasons)
    related = view.related_rows(finding)
    if related:
        body.append(
            Text("The same quantity at another time: ", style="dim").append(
                "; ".join(clean(f"{row.value} ({row.document_label}, {row.published})") for row in related), style=""
            )
        )
    title = Text(f" {VERDICT_LABELS[finding.verdict]} ", style=f"reverse {STYLES[finding.verdict]}")
    title.append(f" {finding.kind}")
    if finding.difference and finding.difference != "same":
        title.append(f" · {finding.difference.replace('_', ' ')}")
    title.append(" · ")
    title.append(clean(view.fact(finding)), style="bold")
    return Panel(
        Group(*body),
        title=title,
        title_align="left",
        subtitle=Text(f"cluster {clean(finding.cluster_id)} · severity {finding.severity:.2f}", style="dim"),
        subtitle_align="right",
        border_style=STYLES[finding.verdict].replace("bold ", ""),
    )


def _cells(row: ClaimRow) -> tuple[Text, Text, Text, Text, Text]:
    value = Text(clean(row.value), style="bold")
    notes = [qualifier_words(row.qualifier)] if row.qualifier else []
    if row.attribution:
        notes.append(row.attribution)
    notes = [note for note in notes if note not in row.value]
    if notes:
        value.append("\n" + clean("; ".join(notes)), style="dim")
    quote = Text(clean(row.quote.before).lstrip())
    quote.append(clean(row.quote.claim_before_value), style="reverse")
    quote.append(clean(row.quote.value), style="reverse bold")
    quote.append(clean(row.quote.claim_after_value), style="reverse")
    quote.append(clean(row.quote.after).rstrip())
    return value, quote, Text(clean(row.document_label)), Text(clean(row.language)), Text(clean(row.published))


def _documents(view: ReportView) -> Table:
    """The documents legend: each label with its id, language, publication date and claim count."""
    table = Table(title="Documents", title_justify="left", header_style="bold", expand=False)
    table.add_column("document", overflow="fold")
    table.add_column("id", overflow="fold", style="dim")
    table.add_column("lang", no_wrap=True)
    table.add_column("published", no_wrap=True)
    table.add_column("claims", justify="right", no_wrap=True)
    for doc in view.report.documents:
        table.add_row(
            Text(clean(view.label(doc))),
            Text(clean(doc.id)),
            Text(clean(doc.language or "?")),
            Text(clean(doc.published or "undated")),
            Text(str(view.claim_count(doc))),
        )
    return table
