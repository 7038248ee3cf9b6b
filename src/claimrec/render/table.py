"""The report's claims as a table: one row per claim, for pandas and spreadsheets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claimrec.models import Report

if TYPE_CHECKING:
    import pandas

COLUMNS = (
    "claim_id",
    "cluster_id",
    "verdict",
    "difference",
    "severity",
    "doc_id",
    "path",
    "language",
    "published",
    "kind",
    "value",
    "low",
    "high",
    "unit",
    "qualifier",
    "time_start",
    "time_end",
    "time_label",
    "entity",
    "rank",
    "counted",
    "attributed_to",
    "hedged",
    "start",
    "end",
    "text",
)


def claim_rows(report: Report) -> list[dict[str, Any]]:
    """One dict per claim, keys as in `COLUMNS`, in the report's claim order."""
    documents = {doc.id: doc for doc in report.documents}
    cluster_of = {claim_id: cluster.id for cluster in report.clusters for claim_id in cluster.claim_ids}
    findings = {finding.cluster_id: finding for finding in report.findings}
    rows = []
    for claim in report.claims:
        cluster_id = cluster_of.get(claim.id)
        finding = findings.get(cluster_id or "")
        document = documents[claim.doc_id]
        rows.append(
            {
                "claim_id": claim.id,
                "cluster_id": cluster_id,
                "verdict": finding.verdict if finding else None,
                "difference": finding.difference if finding else None,
                "severity": finding.severity if finding else None,
                "doc_id": claim.doc_id,
                "path": document.path,
                "language": claim.language,
                "published": document.published,
                "kind": claim.kind,
                "value": claim.value,
                "low": claim.low,
                "high": claim.high,
                "unit": claim.unit,
                "qualifier": claim.qualifier,
                "time_start": claim.time.start if claim.time else None,
                "time_end": claim.time.end if claim.time else None,
                "time_label": claim.time.label if claim.time else None,
                "entity": claim.entity,
                "rank": claim.rank,
                "counted": claim.counted,
                "attributed_to": claim.attributed_to,
                "hedged": claim.hedged,
                "start": claim.start,
                "end": claim.end,
                "text": claim.text,
            }
        )
    return rows


def to_dataframe(report: Report) -> pandas.DataFrame:
    """`claim_rows` as a pandas DataFrame with the columns of `COLUMNS`.

    Raises:
        ImportError: pandas is not installed; the message says how to install it.
    """
    try:
        import pandas
    except ImportError as error:
        raise ImportError(
            "Report.to_dataframe() needs pandas, which claimrec does not install. Install it with: pip install pandas"
        ) from error
    return pandas.DataFrame(claim_rows(report), columns=list(COLUMNS))
