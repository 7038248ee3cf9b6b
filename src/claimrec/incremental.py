"""The per-document stages of a run, each result reused from a `WorkCache` when an earlier run stored it.

Language identification is keyed by the text and the configured languages, segmentation by the whole
`Document` (its text, language, dates and id), a document's names by its segmentation, and its claims by
its segmentation, reference date and names after spelling variants across the corpus are resolved.
So a changed file is read again, and an unchanged one is too when something it depends on changed
(a newer undated article moves the reference dates of undated ones; a new spelling variant renames).
The sentences a changed file kept from its latest version (same document id, same language) keep their
identified languages: only its new sentences are identified again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from pydantic import TypeAdapter

from claimrec.extract import (
    CorpusNames,
    DocumentClaims,
    DocumentNames,
    document_names,
    extract_document,
    with_canonical_names,
)
from claimrec.langid import LanguageGuess, detect_languages
from claimrec.models import Claim, Document, Sentence
from claimrec.parallel import DocumentPool
from claimrec.segment import DocumentSentences, segment_document
from claimrec.workcache import WorkCache, cached_map, work_key

_GUESS = TypeAdapter(LanguageGuess)
_SENTENCES = TypeAdapter(DocumentSentences)
_NAMES = TypeAdapter(DocumentNames)
_CLAIMS = TypeAdapter(DocumentClaims)


class DocumentStages:
    """Run language identification, segmentation and extraction per document, reusing stored results.

    Args:
        cache: Where results are kept between runs; None computes everything.
        languages: The configured language codes.
        pool: Processes that segment and extract documents not found in `cache`.
    """

    def __init__(self, cache: WorkCache | None, languages: tuple[str, ...], pool: DocumentPool) -> None:
        self.cache = cache
        self.languages = languages
        self.pool = pool
        self._segment_keys: dict[str, bytes] = {}

    def detect_languages(self, texts: list[str], languages: tuple[str, ...]) -> list[LanguageGuess]:
        """`claimrec.langid.detect_languages`, reusing stored guesses."""
        keys = [work_key("langid", ",".join(languages), text) for text in texts]
        return cached_map(
            self.cache, keys, lambda missing: detect_languages([texts[index] for index in missing], languages), _GUESS
        )

    def segment(self, documents: Sequence[Document], advance: Callable[[], None]) -> list[DocumentSentences]:
        """Each document's sentences (`claimrec.segment.segment_document`), in the order of `documents`;
        `advance` is called after each document segmented (not for those whose sentences are reused)."""
        keys = [work_key("segment", ",".join(self.languages), document.model_dump_json()) for document in documents]
        self._segment_keys = {document.id: key for document, key in zip(documents, keys, strict=True)}
        # Where each document's latest segmentation in its language is kept: a changed file keeps most of its
        # sentences, whose languages need not be identified again.
        latest = [
            work_key("latest segment", ",".join(self.languages), document.id, document.language or "")
            for document in documents
        ]

        def compute(missing: list[int]) -> list[DocumentSentences]:
            known = self._known_languages([latest[index] for index in missing])
            items = [(documents[index], self.languages, by_text) for index, by_text in zip(missing, known, strict=True)]
            found = self.pool.map(_segment_chunk, items)
            if self.cache is not None:
                self.cache.store([(latest[index], keys[index]) for index in missing], replace=True)
            for _ in found:
                advance()
            return found

        return cached_map(self.cache, keys, compute, _SENTENCES)

    def _known_languages(self, latest: list[bytes]) -> list[dict[str, str | None]]:
        """For each key of a document's latest segmentation, its sentences' languages by text (none where that
        segmentation is not stored, or fell back to paragraphs)."""
        if self.cache is None:
            return [{} for _ in latest]
        pointers = self.cache.lookup(latest)
        stored = self.cache.lookup(pointers.values())
        known: list[dict[str, str | None]] = []
        for key in latest:
            value = stored.get(pointers.get(key, b""))
            found = _SENTENCES.validate_json(value) if value is not None else DocumentSentences([], "not stored")
            spoken = [] if found.error else [sentence for sentence in found.sentences if sentence.role != "boilerplate"]
            known.append({sentence.text: sentence.language for sentence in spoken})
        return known

    def names(self, sentences: Mapping[str, Sequence[Sentence]]) -> dict[str, DocumentNames]:
        """Each document's names (`claimrec.extract.document_names`), by document id; `sentences` are those
        `segment` returned, by document id."""
        ids = list(sentences)
        keys = [work_key("names", self._segment_keys[doc_id].hex()) for doc_id in ids]
        found = cached_map(
            self.cache, keys, lambda missing: self.pool.map(_names_chunk, [sentences[ids[i]] for i in missing]), _NAMES
        )
        return dict(zip(ids, found, strict=True))

    def extract(
        self, sentences: Mapping[str, Sequence[Sentence]], documents: Mapping[str, Document], names: CorpusNames
    ) -> tuple[list[Claim], dict[str, dict[str, str]]]:
        """The claims of all documents, as `claimrec.extract.extract` finds them, and by document id the
        sentences whose claims could not be read (`DocumentClaims.unread`), where there are any."""
        ids = list(sentences)
        keys = [
            work_key(
                "extract",
                self._segment_keys[doc_id].hex(),
                documents[doc_id].reference_date or "",
                "\n".join(sorted(names.by_document[doc_id])),
            )
            for doc_id in ids
        ]
        per_document = cached_map(
            self.cache,
            keys,
            lambda missing: self.pool.map(
                _extract_chunk,
                [
                    (sentences[doc_id], documents[doc_id].reference_date, names.by_document[doc_id])
                    for doc_id in (ids[index] for index in missing)
                ],
            ),
            _CLAIMS,
        )
        claims = with_canonical_names([claim for found in per_document for claim in found.claims], names.variants)
        return claims, {doc_id: found.unread for doc_id, found in zip(ids, per_document, strict=True) if found.unread}


def _segment_chunk(
    items: Sequence[tuple[Document, tuple[str, ...], Mapping[str, str | None]]],
) -> list[DocumentSentences]:
    return [segment_document(document, languages, known) for document, languages, known in items]


def _names_chunk(items: Sequence[Sequence[Sentence]]) -> list[DocumentNames]:
    return [document_names(sentences) for sentences in items]


def _extract_chunk(items: Sequence[tuple[Sequence[Sentence], str | None, frozenset[str]]]) -> list[DocumentClaims]:
    return [extract_document(sentences, as_of, names) for sentences, as_of, names in items]
