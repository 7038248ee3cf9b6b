"""Read one file's bytes into articles: text plus metadata, one reader per format."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from claimrec.errors import WarningCode
from claimrec.ingest.decode import Decoded, decode
from claimrec.ingest.html import declared_charset, parse_html
from claimrec.ingest.metadata import Metadata, read_text_metadata
from claimrec.models import RecordedWarning, SkippedFile

TEXT_KEYS = ("text", "body", "content", "article", "articleBody")


@dataclass
class Article:
    """An article read from a file, before language identification.

    Attributes:
        record: 1-based number of the record in a .json list or .jsonl file, else None.
    """

    text: str
    format: str
    encoding: str
    metadata: Metadata
    record: int | None = None
    warnings: list[RecordedWarning] = field(default_factory=list)


@dataclass
class FileContents:
    """What one file yielded: articles, and records or whole files that were skipped."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)


def read_articles(raw: bytes, suffix: str, relative: str) -> FileContents:
    """Decode `raw` and parse it by its suffix (.txt, .md, .json, .jsonl, .html).

    Args:
        raw: The file's bytes.
        suffix: The file's lower-case suffix, with the dot.
        relative: The file's path relative to the input folder, used in skip records.
    """
    contents = FileContents()
    if not raw.strip():
        contents.skipped.append(WarningCode.EMPTY.skip(relative))
        return contents
    kind = _FORMATS[suffix]
    decoded = decode(raw, declared_charset(raw) if kind == "html" else None)
    if decoded.binary:
        contents.skipped.append(WarningCode.BINARY.skip(relative, evidence=decoded.binary))
        return contents
    _READERS[kind](decoded, relative, contents)
    for article in contents.articles:
        article.warnings[:0] = decoded.warnings
    return contents


def _read_text(decoded: Decoded, relative: str, contents: FileContents) -> None:
    kind = "md" if relative.lower().endswith((".md", ".markdown")) else "txt"
    _add(contents, decoded, kind, decoded.text, read_text_metadata(decoded.text), relative)


def _read_html(decoded: Decoded, relative: str, contents: FileContents) -> None:
    page = parse_html(decoded.text)
    metadata = read_text_metadata(page.text)
    metadata.update(page.fields)
    _add(contents, decoded, "html", page.text, metadata, relative)


def _read_json(decoded: Decoded, relative: str, contents: FileContents) -> None:
    try:
        data = json.loads(decoded.text)
    except json.JSONDecodeError as error:
        contents.skipped.append(WarningCode.INVALID_JSON.skip(relative, error=str(error)))
        return
    if isinstance(data, list):
        for number, record in enumerate(data, start=1):
            _add_record(decoded, record, "json", f"{relative}#{number}", number, contents)
    else:
        _add_record(decoded, data, "json", relative, None, contents)


def _read_jsonl(decoded: Decoded, relative: str, contents: FileContents) -> None:
    for number, line in enumerate(decoded.text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{relative}#{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            contents.skipped.append(WarningCode.INVALID_JSON.skip(where, error=str(error)))
            continue
        _add_record(decoded, record, "jsonl", where, number, contents)


def _add_record(
    decoded: Decoded, record: Any, kind: str, where: str, number: int | None, contents: FileContents
) -> None:
    text = _record_text(record)
    if text is None:
        fields = ", ".join(TEXT_KEYS)
        contents.skipped.append(WarningCode.NO_TEXT_FIELD.skip(where, fields=fields))
        return
    metadata = read_text_metadata(text)
    metadata.update(record)
    _add(contents, decoded, kind, text, metadata, where, number)


def _record_text(record: Any) -> str | None:
    if not isinstance(record, Mapping):
        return None
    for key in TEXT_KEYS:
        if isinstance(record.get(key), str) and record[key].strip():
            return str(record[key])
    return None


def _add(
    contents: FileContents,
    decoded: Decoded,
    kind: str,
    text: str,
    metadata: Metadata,
    where: str,
    number: int | None = None,
) -> None:
    if not text[metadata.body_start :].strip():
        contents.skipped.append(WarningCode.NO_TEXT.skip(where))
        return
    article = Article(text, kind, decoded.encoding, metadata, number, list(metadata.warnings))
    contents.articles.append(article)


_FORMATS = {
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
    ".htm": "html",
    ".html": "html",
    ".json": "json",
    ".jsonl": "jsonl",
}
_READERS: dict[str, Callable[[Decoded, str, FileContents], None]] = {
    "text": _read_text,
    "html": _read_html,
    "json": _read_json,
    "jsonl": _read_jsonl,
}
