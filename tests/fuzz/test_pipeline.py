"""Arbitrary bytes and text through reading, segmentation and the whole pipeline: no exception, and a
report whose every span points at its evidence."""

from __future__ import annotations

import json
import math
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import claimrec
from claimrec.ingest.readers import read_articles
from claimrec.ingest.walk import SUPPORTED_SUFFIXES
from claimrec.lang import SUPPORTED_LANGUAGES
from claimrec.models import Document, Report
from claimrec.segment import segment

from ..fakes import HashEmbedder
from .strategies import fuzz_settings, languages, published, texts

HEADERS = st.sampled_from(("", "date 2021-08\n", "date 2021-08-13\n\n", "---\ndate: 1999-12-31\nlanguage: de\n---\n"))
files = st.lists(st.tuples(HEADERS, texts), min_size=1, max_size=3)
raw_files = st.one_of(st.binary(max_size=300), texts.map(lambda text: text.encode()))


@fuzz_settings(100)
@given(
    raw=st.one_of(st.binary(max_size=300), texts.map(lambda text: text.encode())),
    suffix=st.sampled_from(SUPPORTED_SUFFIXES),
)
def test_any_bytes_are_read_or_skipped(raw: bytes, suffix: str) -> None:
    contents = read_articles(raw, suffix, f"file{suffix}")
    for article in contents.articles:
        assert 0 <= article.metadata.body_start <= len(article.text)


@fuzz_settings(80)
@given(text=texts, language=languages, published=published)
def test_sentences_point_into_the_text(text: str, language: str, published: str | None) -> None:
    document = Document(id="d", path="d.txt", text=text, language=language, published=published)
    for sentence in segment(document, SUPPORTED_LANGUAGES):
        assert document.text[sentence.start : sentence.end] == sentence.text


@fuzz_settings(25)
@given(articles=files)
def test_the_pipeline_reports_on_any_folder(articles: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for number, (header, text) in enumerate(articles):
            (Path(folder) / f"a{number}.txt").write_text(header + text, encoding="utf-8")
        try:
            report = claimrec.reconcile(folder, embedder=HashEmbedder(), incremental=False)
        except claimrec.NoArticlesError:
            return
    _check(report)


def _check(report: Report) -> None:
    documents = {document.id: document for document in report.documents}
    warnings = [warning for document in report.documents for warning in document.warnings]
    assert not [warning.message for warning in warnings if warning.code == "W209"], "an extractor raised"
    assert not [warning.message for warning in warnings if warning.code == "W210"], "segmentation raised"
    for claim in report.claims:
        assert documents[claim.doc_id].text[claim.start : claim.end] == claim.text
        assert all(value is None or math.isfinite(value) for value in (claim.value, claim.low, claim.high))
    assert sorted(claim_id for cluster in report.clusters for claim_id in cluster.claim_ids) == sorted(
        claim.id for claim in report.claims
    )
    text = report.to_json()
    assert Report.model_validate(json.loads(text)).to_json() == text
