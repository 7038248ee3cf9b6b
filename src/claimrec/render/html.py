"""The report as one self-contained HTML page: summary, filterable finding cards, documents.

Everything that comes from an article (text, quotes, ids, paths, titles, values in words) goes
through `html.escape`, attributes included; the page's script reads nothing but the page's own
`data-` attributes. A Content-Security-Policy that allows only this page's own style and script
(by hash) and no network at all is a second line of defence.
"""

from __future__ import annotations

import base64
import hashlib
import json
from html import escape
from importlib.resources import files
from string import Template

from claimrec.models import Document, Finding, Report
from claimrec.render import chart
from claimrec.render.view import VERDICT_LABELS, VERDICTS, ClaimRow, ReportView, qualifier_words

TEMPLATES = files("claimrec.render") / "templates"


def render_html(report: Report) -> str:
    """The report as a self-contained HTML page (no external resources); deterministic."""
    view = ReportView(report)
    style = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    script = (TEMPLATES / "report.js").read_text(encoding="utf-8")
    page = Template((TEMPLATES / "report.html").read_text(encoding="utf-8"))
    return page.substitute(
        csp=escape(_content_security_policy(style, script)),
        style=style,
        script=script,
        summary=_summary(view),
        filters=_filters(view),
        findings="\n".join(_card(view, finding) for finding in view.findings()),
        documents="\n".join(_document(view, doc) for doc in report.documents),
        skipped=_skipped(report),
    )


def _content_security_policy(style: str, script: str) -> str:
    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"

    return (
        f"default-src 'none'; style-src {digest(style)}; script-src {digest(script)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def _summary(view: ReportView) -> str:
    report = view.report
    languages = ", ".join(f"{escape(code)} {count}" for code, count in view.language_counts().items())
    stats = [
        ("documents", f"{len(report.documents)}", languages),
        ("claims", f"{len(report.claims)}", f"{len(report.sentences)} sentences"),
        ("clusters", f"{len(report.clusters)}", "facts stated"),
    ]
    cells = "".join(
        f'<div class="stat"><span class="num">{num}</span><span class="what">{what}</span>'
        f'<span class="detail">{detail}</span></div>'
        for what, num, detail in stats
    )
    verdicts = "".join(
        f'<div class="stat verdict-{verdict}"><span class="num">{count}</span>'
        f'<span class="what">{VERDICT_LABELS[verdict]}</span></div>'
        for verdict, count in view.verdict_counts().items()
    )
    by_kind = ", ".join(f"{kind} {count}" for kind, count in view.conflicts_by_kind().items()) or "none"
    skipped = f", {len(report.skipped)} skipped files" if report.skipped else ""
    return (
        f'<div class="stats">{cells}{verdicts}</div>'
        f'<p class="by-kind">Conflicts by kind: <b>{escape(by_kind)}</b>{skipped}. '
        f"Languages configured: {escape(', '.join(report.languages))}.</p>"
    )


def _filters(view: ReportView) -> str:
    counts = view.verdict_counts()
    verdicts = "".join(
        f'<label class="chip verdict-{v}"><input type="checkbox" name="verdict" value="{v}"'
        f'{"" if v == "single" else " checked"}> {VERDICT_LABELS[v]} <span class="count">{counts[v]}</span></label>'
        for v in VERDICTS
    )
    kinds: list[str] = sorted({f.kind for f in view.report.findings})
    languages = sorted({row.language for f in view.report.findings for row in view.rows(f)})
    documents = [(doc.id, view.label(doc)) for doc in view.report.documents]
    return (
        f'<div class="verdicts" role="group" aria-label="Verdict"><span class="legend">Verdict</span>{verdicts}</div>'
        + _select("kind", "Kind", [(kind, kind) for kind in kinds])
        + _select("language", "Language", [(code, code) for code in languages])
        + _select("document", "Document", documents)
        + '<p class="shown" id="shown" aria-live="polite"></p>'
    )


def _select(name: str, label: str, options: list[tuple[str, str]]) -> str:
    """A filter; each option is (value, text)."""
    items = "".join(f'<option value="{escape(value)}">{escape(text)}</option>' for value, text in options)
    return (
        f'<label class="select">{label} <select name="{name}" data-filter="{name}">'
        f'<option value="">all</option>{items}</select></label>'
    )


def _card(view: ReportView, finding: Finding) -> str:
    rows = view.rows(finding)
    related = view.related_rows(finding)
    unit = " %" if finding.kind == "share" else ""
    figure = chart.svg(rows + related, unit=unit)
    difference = finding.difference.replace("_", " ") if finding.difference else ""
    tags = [f'<span class="badge verdict-{finding.verdict}">{VERDICT_LABELS[finding.verdict]}</span>']
    tags.append(f'<span class="tag">{finding.kind}</span>')
    if difference and difference != "same":
        tags.append(f'<span class="tag">{escape(difference)}</span>')
    if finding.within_document:
        tags.append('<span class="tag warn">contradicts itself</span>')
    tags.append(f'<span class="severity" title="severity">{finding.severity:.2f}</span>')
    reasons = "".join(f"<li>{escape(view.labelled(reason))}</li>" for reason in finding.reasons)
    beside = ""
    if related:
        links = ", ".join(
            f'<a href="#finding-{escape(cluster_id)}">{escape(cluster_id)}</a>'
            for cluster_id in finding.related_cluster_ids
        )
        is_open = " open" if finding.verdict == "differs_by_time" else ""
        beside = (
            f'<details class="related"{is_open}><summary>The same quantity at another time ({links})</summary>'
            f'<div class="claims">{"".join(_claim(row) for row in related)}</div></details>'
        )
    attributes = {
        "data-verdict": finding.verdict,
        "data-kind": finding.kind,
        "data-languages": json.dumps(view.languages_of(finding)),
        "data-documents": json.dumps(view.documents_of(finding)),
    }
    data = " ".join(f'{name}="{escape(value)}"' for name, value in attributes.items())
    return (
        f'<article class="card verdict-{finding.verdict}" id="finding-{escape(finding.cluster_id)}" {data}>'
        f'<header><div class="tags">{"".join(tags)}</div>'
        f'<h3 class="fact">{escape(view.fact(finding))}</h3>'
        f'<p class="summary">{escape(view.labelled(finding.summary))}</p></header>'
        f'<div class="claims">{"".join(_claim(row) for row in rows)}</div>'
        + (f'<ul class="reasons">{reasons}</ul>' if reasons else "")
        + (
            f'<figure class="trend">{figure}<figcaption>Value against the time it holds at '
            "(its stated time, else the publication date)</figcaption></figure>"
            if figure
            else ""
        )
        + beside
        + f'<p class="cluster-id">cluster {escape(finding.cluster_id)}</p></article>'
    )


def _claim(row: ClaimRow) -> str:
    quote = row.quote
    meta = [
        (
            "document",
            f'<a href="#doc-{escape(row.document.id)}" title="{escape(row.document.id)}">'
            f"{escape(row.document_label)}</a>",
        ),
        ("language", escape(row.language)),
        ("published", escape(row.published)),
    ]
    if row.qualifier:
        meta.append(("qualifier", escape(qualifier_words(row.qualifier))))
    if row.attribution:
        meta.append(("attribution", escape(row.attribution)))
    if row.claim.hedge:
        meta.append(("hedge", escape(row.claim.hedge)))
    if row.claim.time is not None:
        meta.append(("time", escape(_time(row))))
    items = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in meta)
    return (
        f'<div class="claim" data-claim="{escape(row.claim.id)}" lang="{escape(row.language)}">'
        f'<div class="value">{escape(row.value)}</div>'
        f'<blockquote class="quote">{escape(quote.before)}<mark><a href="#span-{escape(row.claim.id)}">'
        f"{escape(quote.claim_before_value)}<strong>{escape(quote.value)}</strong>"
        f"{escape(quote.claim_after_value)}</a></mark>{escape(quote.after)}</blockquote>"
        f'<dl class="meta">{items}</dl></div>'
    )


def _time(row: ClaimRow) -> str:
    time = row.claim.time
    if time is None:
        return ""
    if time.start is None or time.end is None:
        return f"{time.label} (unresolved)"
    interval = time.start if time.start == time.end else f"{time.start} – {time.end}"
    return f"{time.label} ({interval})"


def _document(view: ReportView, document: Document) -> str:
    verdicts = view.verdict_of_claim
    clusters = view.cluster_of_claim
    text, pieces, position = document.text, [], document.body_start
    for span in view.marked_spans(document):
        claim = span.claim
        if claim.start < position:
            continue
        verdict = verdicts.get(claim.id, "single")
        pieces.append(escape(text[position : claim.start]))
        pieces.extend(f'<span class="anchor" id="span-{escape(other.id)}"></span>' for other in span.overlapping)
        title = f"{claim.kind} · {VERDICT_LABELS[verdict]} · cluster {clusters.get(claim.id, '?')}"
        pieces.append(
            f'<a class="span verdict-{verdict}" id="span-{escape(claim.id)}" '
            f'href="#finding-{escape(clusters.get(claim.id, ""))}" title="{escape(title)}">'
            f"{escape(text[claim.start : claim.end])}</a>"
        )
        position = claim.end
    pieces.append(escape(text[position:]))
    warnings = "".join(
        f"<li><code>{escape(warning.code)}</code> {escape(warning.message)}</li>" for warning in document.warnings
    )
    source = f" · {escape(document.source)}" if document.source else ""
    return (
        f'<details class="document" id="doc-{escape(document.id)}" data-document="{escape(document.id)}">'
        f'<summary title="{escape(document.id)}"><b>{escape(view.label(document))}</b>'
        f' <span class="meta-line">{escape(document.language or "?")}'
        f" · {escape(document.published or 'undated')}{source} · {view.claim_count(document)} claims"
        f" · id <code>{escape(document.id)}</code></span></summary>"
        + (f'<ul class="warnings">{warnings}</ul>' if warnings else "")
        + f'<div class="text" lang="{escape(document.language or "")}">{"".join(pieces)}</div></details>'
    )


def _skipped(report: Report) -> str:
    if not report.skipped:
        return ""
    items = "".join(
        f"<li><code>{escape(item.code)}</code> {escape(item.path)}: {escape(item.reason)}</li>"
        for item in report.skipped
    )
    return f'<section id="skipped"><h2>Skipped files</h2><ul>{items}</ul></section>'
