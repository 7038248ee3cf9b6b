"""Article text and metadata from an HTML page, with Python's own HTML parser."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

# Text inside these elements is never article text.
_SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe", "svg", "button", "select"}
)
# These elements start a new paragraph.
_BLOCKS = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    }
)
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
_META_FIELDS = {
    "article:published_time": "published",
    "date": "published",
    "pubdate": "published",
    "publishdate": "published",
    "dc.date": "published",
    "og:title": "title",
    "og:site_name": "source",
    "og:locale": "language",
}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._-]+)""", re.IGNORECASE)


def declared_charset(raw: bytes) -> str | None:
    """The encoding an HTML page declares in a ``<meta>`` tag within its first 4 KiB."""
    match = _CHARSET.search(raw[:4096])
    return match.group(1).decode("ascii") if match else None


class _ArticleParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.fields: dict[str, str] = {}
        self._current: list[str] = []
        self._skip_depth = 0
        self._title: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "html" and values.get("lang"):
            self.fields.setdefault("language", values["lang"])
        elif tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key in _META_FIELDS and values.get("content"):
                self.fields.setdefault(_META_FIELDS[key], values["content"])
        elif tag == "time" and values.get("datetime"):
            self.fields.setdefault("published", values["datetime"])
        elif tag == "title":
            self._in_title = True
        if tag in _SKIPPED and tag not in _VOID:
            self._skip_depth += 1
        if tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _SKIPPED and self._skip_depth:
            self._skip_depth -= 1
        if tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
        elif not self._skip_depth:
            self._current.append(data)

    def close(self) -> None:
        super().close()
        self._flush()
        title = " ".join("".join(self._title).split())
        if title:
            self.fields.setdefault("title", title)

    def _flush(self) -> None:
        paragraph = " ".join("".join(self._current).split())
        if paragraph:
            self.paragraphs.append(paragraph)
        self._current = []


@dataclass(frozen=True)
class HtmlArticle:
    """Visible text of a page, paragraphs separated by blank lines, and its metadata fields
    (any of ``published``, ``title``, ``source`` and ``language``)."""

    text: str
    fields: dict[str, str]


def parse_html(markup: str) -> HtmlArticle:
    """The visible text of `markup`, one paragraph per block element, and its metadata."""
    parser = _ArticleParser()
    parser.feed(markup)
    parser.close()
    return HtmlArticle(text="\n\n".join(parser.paragraphs), fields=parser.fields)
