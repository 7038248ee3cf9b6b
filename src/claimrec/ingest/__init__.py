"""Ingest: a folder or file of articles → `Document`s, and a record of everything skipped."""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from claimrec.errors import InputNotFoundError, WarningCode
from claimrec.ingest.readers import Article, read_articles
from claimrec.ingest.walk import FoundFile, WalkResult, find_files
from claimrec.langid import MIN_DOCUMENT_CONFIDENCE, LanguageIdentifier, detect_languages
from claimrec.models import Document, RecordedWarning, SkippedFile

DEFAULT_MAX_FILE_BYTES = 5_000_000

__all__ = ["DEFAULT_MAX_FILE_BYTES", "IngestResult", "assign_reference_dates", "identify_languages", "ingest"]


@dataclass
class IngestResult:
    documents: list[Document] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)


@dataclass
class _Read:
    found: FoundFile
    article: Article


def ingest(
    path: str | os.PathLike[str],
    *,
    languages: tuple[str, ...],
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    follow_links: bool = False,
    detect: LanguageIdentifier = detect_languages,
) -> IngestResult:
    """Read every article below `path` (a folder, read recursively, or a single file).

    Args:
        path: Folder or file.
        languages: Codes of the languages a document may be in.
        max_file_bytes: Larger files are skipped (default 5,000,000).
        follow_links: Read links that point outside the folder (default False).
        detect: Identifies the language of texts (default `claimrec.langid.detect_languages`); the
            pipeline passes one that reuses earlier runs' results.

    Raises:
        InputNotFoundError: `path` does not exist.
    """
    root = Path(path)
    if not root.exists():
        raise InputNotFoundError(f"No such file or folder: {str(root)!r}. Give the folder that holds the articles.")
    if root.is_dir():
        walked = find_files(root, follow_links=follow_links)
    else:
        walked = WalkResult(files=[FoundFile(path=root, relative=root.name)])
    result = IngestResult(skipped=list(walked.skipped))
    reads: list[_Read] = []
    for found in walked.files:
        raw = _read_bytes(found, max_file_bytes, result.skipped)
        if raw is None:
            continue
        contents = read_articles(raw, found.path.suffix.lower(), found.relative)
        result.skipped.extend(contents.skipped)
        reads.extend(_Read(found, article) for article in contents.articles)
    result.documents = assign_reference_dates(_documents(reads, languages, detect))
    result.skipped.sort(key=lambda skipped: skipped.path)
    return result


def _read_bytes(found: FoundFile, limit: int, skipped: list[SkippedFile]) -> bytes | None:
    try:
        with found.path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                skipped.append(WarningCode.TOO_LARGE.skip(found.relative, size=size, limit=limit))
                return None
            raw = handle.read(limit + 1)
    except OSError as error:
        skipped.append(WarningCode.UNREADABLE.skip(found.relative, error=error.strerror or type(error).__name__))
        return None
    if len(raw) > limit:
        skipped.append(WarningCode.TOO_LARGE.skip(found.relative, size=len(raw), limit=limit))
        return None
    if not raw.strip():
        skipped.append(WarningCode.EMPTY.skip(found.relative))
        return None
    return raw


def _documents(reads: list[_Read], languages: tuple[str, ...], detect: LanguageIdentifier) -> list[Document]:
    ids = _document_ids(reads)
    guesses = detect([read.article.text[read.article.metadata.body_start :] for read in reads], languages)
    documents = []
    for read, doc_id, guess in zip(reads, ids, guesses, strict=True):
        article, metadata = read.article, read.article.metadata
        warnings: list[RecordedWarning] = list(article.warnings)
        language, confidence = guess.code, guess.confidence
        declared = _language_code(metadata.language)
        if declared in languages:
            language, confidence = declared, 1.0
        else:
            if metadata.language:
                warnings.append(
                    WarningCode.LANGUAGE_NOT_CONFIGURED.warning(
                        declared=metadata.language, configured=", ".join(languages)
                    )
                )
            if confidence < MIN_DOCUMENT_CONFIDENCE:
                warnings.append(WarningCode.LANGUAGE_UNCERTAIN.warning(language=language, confidence=confidence))
        if metadata.published is None:
            warnings.append(WarningCode.NO_DATE.warning())
        documents.append(
            Document(
                id=doc_id,
                path=read.found.relative,
                format=article.format,  # type: ignore[arg-type]
                encoding=article.encoding,
                text=article.text,
                body_start=metadata.body_start,
                language=language,
                language_confidence=confidence,
                published=metadata.published,
                source=metadata.source,
                title=metadata.title,
                warnings=tuple(warnings),
            )
        )
    return documents


def identify_languages(documents: list[Document], languages: tuple[str, ...]) -> list[Document]:
    """`documents`, with the language of those that have none identified."""
    unknown = [doc for doc in documents if doc.language is None]
    guesses = dict(
        zip((doc.id for doc in unknown), detect_languages([doc.text for doc in unknown], languages), strict=True)
    )
    return [
        doc.model_copy(update={"language": guesses[doc.id].code, "language_confidence": guesses[doc.id].confidence})
        if doc.id in guesses
        else doc
        for doc in documents
    ]


def assign_reference_dates(documents: list[Document]) -> list[Document]:
    """Give every document the date its relative times are resolved against.

    A dated document uses its own publication date. An undated one is taken to be as recent
    as the newest dated document in the input (articles gathered about the same events), and
    a W208 warning says so; with no dated document at all, it has none.
    """
    dates = [doc.published for doc in documents if doc.published]
    newest = max(dates, key=lambda date: (date[:7], len(date), date)) if dates else None
    assigned = []
    for doc in documents:
        if doc.published:
            assigned.append(doc.model_copy(update={"reference_date": doc.published}))
        elif newest:
            warning = WarningCode.REFERENCE_ESTIMATED.warning(reference=newest)
            assigned.append(doc.model_copy(update={"reference_date": newest, "warnings": (*doc.warnings, warning)}))
        else:
            assigned.append(doc)
    return assigned


def _document_ids(reads: list[_Read]) -> list[str]:
    """Paths without suffix ("sub/article"), or with it where two files share a stem; "#N" for records."""
    stems = [str(PurePosixPath(read.found.relative).with_suffix("")) for read in reads]
    files_per_stem: dict[str, set[str]] = defaultdict(set)
    for read, stem in zip(reads, stems, strict=True):
        files_per_stem[stem].add(read.found.relative)
    ids = []
    for read, stem in zip(reads, stems, strict=True):
        base = read.found.relative if len(files_per_stem[stem]) > 1 else stem
        ids.append(base if read.article.record is None else f"{base}#{read.article.record}")
    return ids


def _language_code(declared: str | None) -> str | None:
    """``"nb-NO"``, ``"nb_NO"`` or ``"NB"`` → ``"nb"``; ``"no"`` is taken for Bokmål."""
    if not declared:
        return None
    code = declared.replace("_", "-").split("-")[0].lower()
    return "nb" if code == "no" else code
