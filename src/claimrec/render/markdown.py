"""The report as Markdown, for pasting into notes and tickets.

Article text is escaped so that it stays text in any CommonMark or GitHub renderer: Markdown
punctuation is backslash-escaped (links, images, emphasis, HTML tags, tables), bare URLs are
broken up so that no autolink forms, and newlines become spaces.
"""

from __future__ import annotations

import re

from claimrec.models import Finding, Report
from claimrec.render.view import VERDICT_LABELS, VERDICTS, ClaimRow, ReportView, qualifier_words

_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()<>#!|~&@])")
_AUTOLINK = re.compile(r"(?i)(?<=\w):(?=//)|(?<=\bwww)\.")
_SECTIONS = {
    "conflict": "Conflicts",
    "differs_by_time": "Differs by time or by who claims it",
    "agree": "Agree",
    "single": "Stated by one source",
}


def escape_markdown(text: str) -> str:
    """`text` as inert Markdown on one line: every character that could start markup is backslash-escaped,
    so ``![x](http://evil)`` stays those characters; runs of whitespace become one space."""
    flat = re.sub(r"\s+", " ", text)
    return _AUTOLINK.sub(lambda match: "\\" + match.group(), _PUNCTUATION.sub(r"\\\1", flat))


def render_markdown(report: Report, *, include_single: bool = False) -> str:
    """The report in Markdown: a summary, then findings by verdict, most severe first.

    Args:
        report: The report.
        include_single: Also list the facts only one source states (default False: they are counted only).
    """
    view = ReportView(report)
    counts = view.verdict_counts()
    languages = ", ".join(f"{escape_markdown(code)} {count}" for code, count in view.language_counts().items())
    by_kind = ", ".join(f"{kind} {count}" for kind, count in view.conflicts_by_kind().items()) or "none"
    lines = [
        "# claimrec conflict report",
        "",
        f"- **{len(report.documents)} documents** ({languages}), {len(report.skipped)} skipped",
        f"- **{len(report.claims)} claims** in {len(report.clusters)} clusters",
        "- **findings:** " + ", ".join(f"{count} {VERDICT_LABELS[v]}" for v, count in counts.items()),
        f"- **conflicts by kind:** {by_kind}",
    ]
    shown = VERDICTS if include_single else VERDICTS[:-1]
    number = 0
    for verdict in shown:
        findings = view.findings((verdict,))
        if not findings:
            continue
        lines += ["", f"## {_SECTIONS[verdict]} ({len(findings)})"]
        for finding in findings:
            number += 1
            lines += ["", *_finding(view, finding, number)]
    if not include_single and counts["single"]:
        lines += ["", f"_{counts['single']} facts stated by one source only are not listed._"]
    lines += [
        "",
        "## Documents",
        "",
        "| document | id | language | published | claims | warnings |",
        "|---|---|---|---|---|---|",
    ]
    for doc in report.documents:
        claims = view.claim_count(doc)
        warnings = ", ".join(escape_markdown(w.code) for w in doc.warnings) or "—"
        cells = [view.label(doc), doc.id, doc.language or "?", doc.published or "undated"]
        lines.append("| " + " | ".join(escape_markdown(cell) for cell in cells) + f" | {claims} | {warnings} |")
    for item in report.skipped:
        lines.append(f"- skipped {escape_markdown(item.path)}: {escape_markdown(item.reason)}")
    return "\n".join(lines) + "\n"


def _finding(view: ReportView, finding: Finding, number: int) -> list[str]:
    tags = [VERDICT_LABELS[finding.verdict], finding.kind]
    if finding.difference and finding.difference != "same":
        tags.append(finding.difference.replace("_", " "))
    if finding.within_document:
        tags.append("a document contradicts itself")
    lines = [
        f"### {number}. {escape_markdown(view.fact(finding))}",
        "",
        f"**{' · '.join(tags)}** (cluster {escape_markdown(finding.cluster_id)}, severity {finding.severity:.2f})",
        "",
        "| value | quote | document | language | published | qualifier, attribution |",
        "|---|---|---|---|---|---|",
        *(_row(row) for row in view.rows(finding)),
    ]
    related = view.related_rows(finding)
    if related:
        lines += ["", "The same quantity at another time:", "", *(_bullet(row) for row in related)]
    if finding.reasons:
        lines += ["", *(f"- {escape_markdown(view.labelled(reason))}" for reason in finding.reasons)]
    return lines


def _row(row: ClaimRow) -> str:
    notes = [qualifier_words(row.qualifier)] if row.qualifier else []
    if row.attribution:
        notes.append(row.attribution)
    if row.claim.hedge:
        notes.append(row.claim.hedge)
    cells = [
        escape_markdown(row.value),
        _quote(row),
        escape_markdown(row.document_label),
        escape_markdown(row.language),
        escape_markdown(row.published),
        escape_markdown("; ".join(notes)) or "—",
    ]
    return "| " + " | ".join(cells) + " |"


def _bullet(row: ClaimRow) -> str:
    where = f"{escape_markdown(row.document_label)}, {escape_markdown(row.published)}"
    return f"- {escape_markdown(row.value)}: {_quote(row)} ({where})"


def _quote(row: ClaimRow) -> str:
    quote = row.quote
    claim = quote.claim.strip()
    lead = quote.claim[: len(quote.claim) - len(quote.claim.lstrip())]
    trail = quote.claim[len(quote.claim.rstrip()) :]
    marked = f"**{escape_markdown(claim)}**" if claim else ""
    return escape_markdown(quote.before + lead).lstrip() + marked + escape_markdown(trail + quote.after).rstrip()
