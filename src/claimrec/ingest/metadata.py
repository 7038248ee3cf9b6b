"""Publication date, source, title and language from headers, front matter and record fields."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from claimrec.errors import WarningCode
from claimrec.models import RecordedWarning

DATE_KEYS = ("published", "date", "published_at", "publication_date", "pubdate", "datePublished")
SOURCE_KEYS = ("source", "outlet", "publisher", "site_name", "site", "url")
TITLE_KEYS = ("title", "headline")
LANGUAGE_KEYS = ("language", "lang", "inLanguage")

_ISO_DATE = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
# "date 2021-08 First sentence…": the header shares the line with the article's first words.
_DATE_HEADER = re.compile(r"\A\ufeff?[ \t]*date:?[ \t]+(?P<value>\S+)[ \t]*(?:\r?\n)?", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<yaml>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


@dataclass
class Metadata:
    """What a file says about its article, and where the article text begins."""

    body_start: int = 0
    published: str | None = None
    source: str | None = None
    title: str | None = None
    language: str | None = None
    warnings: list[RecordedWarning] = field(default_factory=list)

    def update(self, fields: Mapping[str, Any]) -> None:
        """Take date, source, title and language from a mapping of record fields."""
        date = _first(fields, DATE_KEYS)
        if date is not None:
            self.published = self._published(date)
        self.source = _text(_first(fields, SOURCE_KEYS)) or self.source
        self.title = _text(_first(fields, TITLE_KEYS)) or self.title
        self.language = _text(_first(fields, LANGUAGE_KEYS)) or self.language

    def _published(self, value: object) -> str | None:
        published = parse_published(value)
        if published is None:
            self.warnings.append(WarningCode.BAD_DATE.warning(value=str(value)))
        return published


def read_text_metadata(text: str) -> Metadata:
    """Metadata from YAML front matter and/or a leading ``date YYYY-MM[-DD]`` header.

    `body_start` is set after whatever was consumed, so that the article body is
    ``text[body_start:]`` and offsets still point into `text`.
    """
    metadata = Metadata()
    front = _FRONT_MATTER.match(text)
    if front:
        try:
            fields = yaml.safe_load(front["yaml"])
        except yaml.YAMLError as error:
            metadata.warnings.append(WarningCode.BAD_FRONT_MATTER.warning(error=str(error).splitlines()[0]))
        else:
            if isinstance(fields, Mapping):
                metadata.update(fields)
                metadata.body_start = front.end()
            else:
                metadata.warnings.append(WarningCode.BAD_FRONT_MATTER.warning(error="not a mapping of fields"))
    header = _DATE_HEADER.match(text, metadata.body_start)
    if header and _ISO_DATE.fullmatch(header["value"]):
        if metadata.published is None:
            metadata.published = metadata._published(header["value"])
        metadata.body_start = header.end()
    return metadata


def parse_published(value: object) -> str | None:
    """An ISO date ``YYYY-MM-DD`` or month ``YYYY-MM`` from a string, date or datetime; None if invalid."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    match = _ISO_DATE.fullmatch(str(value).strip())
    if not match:
        return None
    year, month = int(match["year"]), int(match["month"])
    try:
        if match["day"] is None:
            return dt.date(year, month, 1).isoformat()[:7]
        return dt.date(year, month, int(match["day"])).isoformat()
    except ValueError:
        return None


def _first(fields: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        if fields.get(key) not in (None, ""):
            return fields[key]
    return None


def _text(value: object) -> str | None:
    return " ".join(str(value).split()) or None if value is not None else None
