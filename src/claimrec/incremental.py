"""The per-document stages of a run, each result reused from a `WorkCache` when an earlier run stored it.

Language identification is keyed by the text and the configured languages, segmentation by the whole
`Document` (its text, language, dates and id), a document's names by its segmentation, and its claims by
its segmentation, reference date and names after spelling variants across the corpus are resolved.
So a changed file is read again, and an unchanged one is too when something it depends on changed
(a newer undated article moves the reference dates of undated ones; a new spelling variant renames).
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

        def compute(missing: list[int]) -> list[DocumentSentences]:
            found = self.pool.map(_segment_chunk, [(documents[index], self.languages) for index in missing])
            for _ in found:
                advance()
            return found

        return cached_map(self.cache, keys, compute, _SENTENCES)

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


def _segment_chunk(items: Sequence[tuple[Document, tuple[str, ...]]]) -> list[DocumentSentences]:
    return [segment_document(document, languages) for document, languages in items]


def _names_chunk(items: Sequence[Sequence[Sentence]]) -> list[DocumentNames]:
    return [document_names(sentences) for sentences in items]


def _extract_chunk(items: Sequence[tuple[Sequence[Sentence], str | None, frozenset[str]]]) -> list[DocumentClaims]:
    return [extract_document(sentences, as_of, names) for sentences, as_of, names in items]
