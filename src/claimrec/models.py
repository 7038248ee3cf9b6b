"""Typed models that pass between the pipeline stages and make up the report.

Field names of `Report` and everything below it are the report contract
(see docs/report.md): add fields freely, never rename or remove one.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

SentenceRole = Literal["body", "heading", "caption", "boilerplate"]
ClaimKind = Literal["count", "quantity", "share", "rank", "time", "duration", "other"]
Qualifier = Literal["exact", "approx", "at_least", "more_than", "at_most", "less_than", "up_to"]
Verdict = Literal["agree", "conflict", "differs_by_time", "single"]

REPORT_FORMAT_VERSION = "0.1"

if TYPE_CHECKING:
    import pandas


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RecordedWarning(_Model):
    """Something that went wrong or looked doubtful, kept in the report instead of being lost.

    Attributes:
        code: Stable code from `claimrec.errors.WarningCode`, e.g. ``"W102"``.
        message: What happened and what the user can do about it.
    """

    code: str
    message: str


class SkippedFile(_Model):
    """An input path that produced no document, and why."""

    path: str
    code: str
    reason: str


class Document(_Model):
    """One article.

    Attributes:
        id: Stable id: the path relative to the input folder, without suffix
            (``"#N"`` appended for the N-th record of a .json list or .jsonl file).
        path: Path relative to the input folder, with forward slashes.
        text: The decoded text. For .txt and .md files this is the whole file, so
            offsets point into the file itself; for .html and .json it is the text
            extracted from the markup or from the record's text field.
        body_start: Offset where the article body starts (after a date header or front matter).
        language: ISO 639-1 code, or None when no configured language fits.
        published: ISO date, ``YYYY-MM-DD`` or month-only ``YYYY-MM``, or None.
        reference_date: The date relative times ("last month", "Thursday") are resolved
            against: `published`, or for an undated document the newest publication date
            among the other documents (with warning W208), or None.
    """

    id: str
    path: str
    format: Literal["txt", "md", "json", "jsonl", "html", "python"] = "python"
    encoding: str = "utf-8"
    text: str
    body_start: int = 0
    language: str | None = None
    language_confidence: float | None = None
    published: str | None = None
    reference_date: str | None = None
    source: str | None = None
    title: str | None = None
    warnings: tuple[RecordedWarning, ...] = ()


class Sentence(_Model):
    """A sentence (or boilerplate line) of a document, located by character offsets.

    Attributes:
        start: Offset of the first character in `Document.text`.
        end: Offset after the last character; ``document.text[start:end] == text``.
        paragraph: Index of the paragraph within the document, from 0.
        role: ``body``, ``heading`` (a short line without final punctuation),
            ``caption`` (text of a photo caption) or ``boilerplate``.
        boilerplate: For role ``boilerplate``: what it is (``ad_marker``,
            ``photo_credit``, ``read_also``, ``video``, ``factbox``, ``source_credit``, ...).
    """

    id: str
    doc_id: str
    start: int
    end: int
    text: str
    language: str | None
    paragraph: int
    role: SentenceRole = "body"
    boilerplate: str | None = None


class TimeSpan(_Model):
    """A resolved time: the interval ``[start, end]`` (ISO dates) that the words allow.

    Attributes:
        start: First possible day, or None when the words cannot be resolved
            (a relative time in an article without a publication date).
        end: Last possible day, or None.
        label: The time in plain English ("Thursday evening", "May 2021").
        weekday: 0 for Monday … 6 for Sunday, when the words name a weekday.
        part_of_day: ``morning``, ``afternoon``, ``evening``, ``night``, ``early``, ``late``.
        open_start: The words set only an end ("by the end of August", "until May").
        open_end: The words set only a start ("since September last year").
        relative: The words name a day or period by the report's own day ("Thursday", "last
            week"), so the date depends on when the report was written.
    """

    start: str | None
    end: str | None
    label: str
    weekday: int | None = None
    part_of_day: str | None = None
    open_start: bool = False
    open_end: bool = False
    relative: bool = False

    def overlaps(self, other: TimeSpan) -> bool:
        """Whether the two intervals share a day; True when either is unresolved."""
        if None in (self.start, self.end, other.start, other.end):
            return True
        return str(self.start) <= str(other.end) and str(other.start) <= str(self.end)


class Claim(_Model):
    """One checkable statement with its normalised value and its evidence span.

    Attributes:
        start: Offset into `Document.text`; ``text`` equals ``document.text[start:end]``.
        kind: ``count``, ``quantity``, ``share``, ``rank``, ``time``, ``duration`` or ``other``.
        value: Normalised value (3.000 in Norwegian gives 3000; "to tredjedele" 0.667).
        low: Lower end of the interval the words allow (bounds, ranges, approximations).
        high: Upper end of that interval.
        qualifier: How the value is stated: ``exact``, ``approx``, ``at_least`` and so on.
        entity: What a rank or value is about ("Herat").
        attributed_to: Who says so ("Reuters", "Taliban"), when the text names a source.
        hedged: True for conditional or forecast statements.
        value_start: Offset of the value's words in `Document.text` (within ``start:end``).
        value_end: Offset after the value's words.
        value_text: The value's words as written ("vel 15 mil", "torsdag aften").
        counted: What a count counts, as written ("amerikanske soldater").
        counted_head: The last word of `counted`, lower-cased ("soldater").
        actor: Country (ISO 3166 code) or organisation the value belongs to.
        actor_from: Where the actor was found: ``clause`` (named before the value),
            ``counted`` (a demonym of the counted thing) or ``context`` (the sentence before).
        places: Countries and organisations named in the claim's clause, in order.
        anchors: Names in the clause that tie it to an event: `places` and other capitalised
            words that do not open the sentence, lower-cased ("kandahar", "borrell").
        category: What a rank ranks by and among ("largest city").
        hedge: ``conditional`` or ``forecast`` when `hedged`.
        attribution: ``according_to``, ``says`` or ``claims`` when `attributed_to` is set.
        enumerated: Number of items listed right after a stated count.
        frame: The words around the value, values and times masked, for embedding.
        sentence_frame: The whole sentence, values and times masked: translations and reused
            wire copy share it.
        paragraph: Index of the paragraph the claim's sentence is in.
        as_of: The document's reference date: when a value without a stated time holds.
        continues: Id of the claim whose clause an elliptical clause continues
            ("Twelve capitals have fallen, thirteen if Kandahar has"): it shares that claim's frame.
        phase: For a time claim, ``start`` when its clause says something began then, ``end`` when
            something ended ("USA begynte tilbaketrekningen i mai").
    """

    id: str
    doc_id: str
    sentence_id: str
    start: int
    end: int
    text: str
    language: str | None
    kind: ClaimKind = "other"
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    qualifier: Qualifier | None = None
    time: TimeSpan | None = None
    entity: str | None = None
    rank: int | None = None
    attributed_to: str | None = None
    hedged: bool = False
    value_start: int | None = None
    value_end: int | None = None
    value_text: str | None = None
    counted: str | None = None
    counted_head: str | None = None
    actor: str | None = None
    actor_from: Literal["clause", "counted", "context"] | None = None
    places: tuple[str, ...] = ()
    anchors: tuple[str, ...] = ()
    category: str | None = None
    hedge: Literal["conditional", "forecast"] | None = None
    attribution: Literal["according_to", "says", "claims"] | None = None
    enumerated: int | None = None
    frame: str = ""
    sentence_frame: str = ""
    paragraph: int = 0
    as_of: str | None = None
    continues: str | None = None
    phase: Literal["start", "end"] | None = None

    def holds_at(self) -> TimeSpan | None:
        """When the value holds: its stated time if resolved, else its document's reference date
        (the whole month for a month-only date), else None."""
        if self.time is not None and self.time.start is not None and self.time.end is not None:
            return self.time
        if self.as_of is None:
            return None
        if len(self.as_of) == len("YYYY-MM-DD"):
            return TimeSpan(start=self.as_of, end=self.as_of, label=self.as_of)
        year, month = (int(part) for part in self.as_of.split("-"))
        last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).isoformat()
        return TimeSpan(start=f"{self.as_of}-01", end=last, label=self.as_of)


class Cluster(_Model):
    """Claims that state the same fact. Every claim is in exactly one cluster.

    Attributes:
        id: ``k`` and a number, in the order of the clusters' first claims.
        claim_ids: The claims, in report order.
        wordings: Claims of the cluster that are one claim of one sentence in several wordings (a
            translation, wire copy reused by another outlet), two or more ids each: a hedge or a
            date that one wording has and the other lacks cannot explain why their values differ.
    """

    id: str
    claim_ids: tuple[str, ...]
    wordings: tuple[tuple[str, ...], ...] = ()


Difference = Literal[
    "same",
    "rounding",
    "bound_satisfied",
    "unit_conversion",
    "contradiction",
    "scale_error",
    "bounds_differ",
    "update",
    "attributed",
    "hedged",
]


class Finding(_Model):
    """The verdict on one cluster, with the reasons a reviewer can check.

    Attributes:
        verdict: ``agree``, ``conflict``, ``differs_by_time`` (values differ but hold at different
            times or are attributed claims) or ``single`` (one claim states the fact).
        summary: One line in plain language: the fact, the values and who states them.
        difference: The most serious difference between two claims of the cluster:
            ``contradiction``, ``scale_error`` (a ratio of a power of ten: a typing error?),
            ``bounds_differ`` (both bounds hold, but the sources state different figures: "more than
            500" and "more than 329"),
            ``update`` (a later report), ``attributed`` (a contested claim), ``hedged``
            (conditional or forecast), ``unit_conversion``, ``bound_satisfied``, ``rounding``, ``same``.
        reasons: Why, one sentence per pair of claims that differ, citing the claims.
        severity: 0 (nothing to check) to 1 (a plain contradiction between sources), for sorting.
        within_document: A document contradicts itself in this cluster.
        related_cluster_ids: Clusters about the same quantity at another time.
    """

    cluster_id: str
    verdict: Verdict
    kind: ClaimKind
    summary: str
    claim_ids: tuple[str, ...]
    difference: Difference | None = None
    reasons: tuple[str, ...] = ()
    severity: float = 0.0
    within_document: bool = False
    related_cluster_ids: tuple[str, ...] = ()


class Report(_Model):
    """Everything claimrec found, with every input file and sentence accounted for."""

    format_version: str = REPORT_FORMAT_VERSION
    languages: tuple[str, ...]
    documents: tuple[Document, ...]
    skipped: tuple[SkippedFile, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    claims: tuple[Claim, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    findings: tuple[Finding, ...] = Field(default=())

    @property
    def conflicts(self) -> list[Finding]:
        """Findings whose verdict is ``conflict``."""
        return [finding for finding in self.findings if finding.verdict == "conflict"]

    def document(self, doc_id: str) -> Document:
        """The document with id `doc_id`; raises KeyError when there is none."""
        for doc in self.documents:
            if doc.id == doc_id:
                return doc
        raise KeyError(doc_id)

    def to_json(self, path: str | Path | None = None) -> str:
        """Serialise the report as indented JSON; also write it to `path` when given."""
        text = self.model_dump_json(indent=2) + "\n"
        if path is not None:
            Path(path).write_text(text, encoding="utf-8")
        return text

    def to_html(self, path: str | Path | None = None) -> str:
        """The report as one self-contained HTML page; also written to `path` when given."""
        from claimrec.render.html import render_html

        return _written(render_html(self), path)

    def to_markdown(self, path: str | Path | None = None) -> str:
        """The report as Markdown for notes and tickets; also written to `path` when given."""
        from claimrec.render.markdown import render_markdown

        return _written(render_markdown(self), path)

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per claim with its cluster, verdict, document and value fields (needs pandas).

        Raises:
            ImportError: pandas is not installed.
        """
        from claimrec.render.table import to_dataframe

        return to_dataframe(self)


def _written(text: str, path: str | Path | None) -> str:
    if path is not None:
        Path(path).write_text(text, encoding="utf-8")
    return text
