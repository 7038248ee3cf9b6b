"""What every renderer shows: findings in order of severity, each claim with its quote in context.

Renderers read a `Report` only through `ReportView`, so the HTML, Markdown and terminal views
agree on the order of findings, on how a value is written and on where a quote sits in its sentence.
Nothing here escapes: each renderer escapes for its own format.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from claimrec.compare.summary import QUALIFIER_WORDS, describe, unit_words
from claimrec.models import Claim, Document, Finding, Report, Sentence, Verdict

VERDICTS: tuple[Verdict, ...] = ("conflict", "differs_by_time", "agree", "single")
"""Verdicts from the most to the least in need of a reviewer."""

VERDICT_LABELS: dict[Verdict, str] = {
    "conflict": "conflict",
    "differs_by_time": "differs by time",
    "agree": "agree",
    "single": "single source",
}

KIND_QUESTIONS = {
    "count": "How many",
    "quantity": "How much",
    "share": "What share",
    "rank": "Which rank",
    "time": "When",
    "duration": "How long",
    "other": "What",
}

ATTRIBUTION_WORDS = {"according_to": "according to", "says": "says", "claims": "claimed by"}


@dataclass(frozen=True)
class Quote:
    """A claim's sentence cut in five: context, the claim before its value, the value, the rest, context.

    ``"".join(quote.parts)`` is the sentence (or the claim alone when its sentence is unknown).
    """

    before: str
    claim_before_value: str
    value: str
    claim_after_value: str
    after: str

    @property
    def parts(self) -> tuple[str, str, str, str, str]:
        """The five pieces in reading order."""
        return (self.before, self.claim_before_value, self.value, self.claim_after_value, self.after)

    @property
    def claim(self) -> str:
        """The claim's own words, the evidence span."""
        return self.claim_before_value + self.value + self.claim_after_value


@dataclass(frozen=True)
class ClaimRow:
    """One claim as a reviewer reads it: the value in words, the quote, and where it comes from."""

    claim: Claim
    document: Document
    document_label: str
    quote: Quote
    value: str
    qualifier: str | None
    attribution: str | None

    @property
    def published(self) -> str:
        """The document's publication date, or ``"undated"``."""
        return self.document.published or "undated"

    @property
    def language(self) -> str:
        """The claim's language code, or ``"?"``."""
        return self.claim.language or self.document.language or "?"


@dataclass(frozen=True)
class MarkedSpan:
    """A claim to mark in its document, with the claims whose spans overlap it (marked with it)."""

    claim: Claim
    overlapping: tuple[Claim, ...] = ()


class ReportView:
    """Read-only views of a `Report` in the order reviewers read it.

    Args:
        report: The report to show.
    """

    def __init__(self, report: Report) -> None:
        self.report = report
        self._claims = {claim.id: claim for claim in report.claims}
        self._documents = {doc.id: doc for doc in report.documents}
        self._sentences: dict[str, Sentence] = {sentence.id: sentence for sentence in report.sentences}
        self._findings = {finding.cluster_id: finding for finding in report.findings}
        self._claims_by_document: dict[str, list[Claim]] = defaultdict(list)
        for claim in report.claims:
            self._claims_by_document[claim.doc_id].append(claim)

    def findings(self, verdicts: tuple[Verdict, ...] = VERDICTS) -> list[Finding]:
        """Findings with one of `verdicts`, most severe first; ties keep the report's order."""
        order = {verdict: rank for rank, verdict in enumerate(VERDICTS)}
        chosen = [(index, f) for index, f in enumerate(self.report.findings) if f.verdict in verdicts]
        chosen.sort(key=lambda item: (-item[1].severity, order[item[1].verdict], item[0]))
        return [finding for _, finding in chosen]

    def finding(self, cluster_id: str) -> Finding | None:
        """The finding on cluster `cluster_id`, or None."""
        return self._findings.get(cluster_id)

    def rows(self, finding: Finding) -> list[ClaimRow]:
        """The finding's claims, one row each, in the finding's order."""
        return [self.row(self._claims[claim_id]) for claim_id in finding.claim_ids if claim_id in self._claims]

    def related_rows(self, finding: Finding) -> list[ClaimRow]:
        """Claims of the clusters about the same quantity at another time."""
        rows: list[ClaimRow] = []
        for cluster_id in finding.related_cluster_ids:
            related = self._findings.get(cluster_id)
            if related is not None:
                rows.extend(self.rows(related))
        return rows

    def row(self, claim: Claim) -> ClaimRow:
        """`claim` as a `ClaimRow`."""
        attribution = None
        if claim.attributed_to:
            attribution = f"{ATTRIBUTION_WORDS.get(claim.attribution or '', 'attributed to')} {claim.attributed_to}"
        return ClaimRow(
            claim=claim,
            document=self._documents[claim.doc_id],
            document_label=self.labels[claim.doc_id],
            quote=self.quote(claim),
            value=describe(claim),
            qualifier=claim.qualifier if claim.qualifier and claim.qualifier != "exact" else None,
            attribution=attribution,
        )

    def quote(self, claim: Claim) -> Quote:
        """`claim`'s sentence around its evidence span, with the value's words set apart."""
        text = self._documents[claim.doc_id].text
        sentence = self._sentences.get(claim.sentence_id)
        start, end = (sentence.start, sentence.end) if sentence is not None else (claim.start, claim.end)
        start, end = min(start, claim.start), max(end, claim.end)
        value_start, value_end = claim.value_start, claim.value_end
        if value_start is None or value_end is None or not claim.start <= value_start <= value_end <= claim.end:
            value_start = value_end = claim.end
        return Quote(
            before=text[start : claim.start],
            claim_before_value=text[claim.start : value_start],
            value=text[value_start:value_end],
            claim_after_value=text[value_end : claim.end],
            after=text[claim.end : end],
        )

    def fact(self, finding: Finding) -> str:
        """The fact a finding is about, in words: "How many: capitals", "Which rank: Bergen, largest city"."""
        claims = [self._claims[claim_id] for claim_id in finding.claim_ids if claim_id in self._claims]
        question = KIND_QUESTIONS[finding.kind]
        for claim in claims:
            subject = _subject(claim)
            if subject:
                return f"{question}: {subject}"
        frame = claims[0].frame.replace("#", "…") if claims else ""
        return f"{question}: {frame}" if frame else question

    def documents_of(self, finding: Finding) -> list[str]:
        """Ids of the documents whose claims the finding cites, sorted."""
        return sorted({self._claims[c].doc_id for c in finding.claim_ids if c in self._claims})

    def languages_of(self, finding: Finding) -> list[str]:
        """Languages of the finding's claims, sorted."""
        return sorted({row.language for row in self.rows(finding)})

    def marked_spans(self, document: Document) -> list[MarkedSpan]:
        """The claims of `document` by position; a claim overlapping an earlier one is marked with it."""
        claims = sorted(self._claims_by_document[document.id], key=lambda c: (c.start, c.end))
        spans: list[MarkedSpan] = []
        for claim in claims:
            if spans and claim.start < spans[-1].claim.end:
                spans[-1] = MarkedSpan(spans[-1].claim, (*spans[-1].overlapping, claim))
            else:
                spans.append(MarkedSpan(claim))
        return spans

    def claim_count(self, document: Document) -> int:
        """How many claims `document` has."""
        return len(self._claims_by_document[document.id])

    @cached_property
    def labels(self) -> dict[str, str]:
        """A reader's name for each document, by id: its title and path, or its path; unique."""
        return document_labels(self.report.documents)

    def label(self, document: Document) -> str:
        """`document`'s label (see `document_labels`)."""
        return self.labels[document.id]

    @cached_property
    def _mentions(self) -> re.Pattern[str] | None:
        ids = sorted(self.labels, key=lambda doc_id: (-len(doc_id), doc_id))
        if not ids:
            return None
        alternatives = "|".join(re.escape(doc_id) for doc_id in ids)
        return re.compile(rf"(?<![^\s(;])(?:{alternatives})(?=\)|\s(?:says|states)\s)")

    def labelled(self, text: str) -> str:
        """A finding's summary or reason with document ids replaced by labels.

        Only ids where `claimrec.compare` writes them are replaced: "(id)", "id says", "id states".
        """
        if self._mentions is None:
            return text
        return self._mentions.sub(lambda match: self.labels[match.group()], text)

    @cached_property
    def verdict_of_claim(self) -> dict[str, Verdict]:
        """The verdict of each claim's cluster, by claim id."""
        return {claim_id: f.verdict for f in self.report.findings for claim_id in f.claim_ids}

    @cached_property
    def cluster_of_claim(self) -> dict[str, str]:
        """The cluster id of each claim, by claim id."""
        return {claim_id: c.id for c in self.report.clusters for claim_id in c.claim_ids}

    def verdict_counts(self) -> dict[Verdict, int]:
        """How many findings have each verdict, in `VERDICTS` order, zeros included."""
        counts = Counter(finding.verdict for finding in self.report.findings)
        return {verdict: counts[verdict] for verdict in VERDICTS}

    def conflicts_by_kind(self) -> dict[str, int]:
        """How many conflicts concern each kind of value, sorted by kind."""
        return dict(sorted(Counter(f.kind for f in self.report.findings if f.verdict == "conflict").items()))

    def language_counts(self) -> dict[str, int]:
        """How many documents are in each language (``"?"`` for none), sorted by code."""
        return dict(sorted(Counter(doc.language or "?" for doc in self.report.documents).items()))


def document_labels(documents: Iterable[Document]) -> dict[str, str]:
    """Each document's label by id: ``"title (path)"``, or the path when there is no title.

    Labels that two documents share get `` [id]`` appended until every label is unique.
    """
    labels = {doc.id: _base_label(doc) for doc in documents}
    while True:
        counts = Counter(labels.values())
        shared = {doc_id for doc_id, label in labels.items() if counts[label] > 1}
        if not shared:
            return labels
        labels = {doc_id: f"{label} [{doc_id}]" if doc_id in shared else label for doc_id, label in labels.items()}


def _base_label(document: Document) -> str:
    title = " ".join((document.title or "").split())
    return f"{title} ({document.path})" if title else document.path


def qualifier_words(qualifier: str | None) -> str:
    """A qualifier in words: ``"at_least"`` → ``"at least"``."""
    return QUALIFIER_WORDS.get(qualifier or "", (qualifier or "").replace("_", " ")).strip()


def _subject(claim: Claim) -> str:
    if claim.kind == "rank":
        return ", ".join(part for part in (claim.entity, claim.category) if part)
    if claim.kind in ("count", "share") and claim.counted:
        return claim.counted
    if claim.kind in ("quantity", "duration") and claim.unit:
        unit = unit_words(claim.unit)
        return f"{claim.counted}, in {unit}" if claim.counted else f"in {unit}"
    return ""
