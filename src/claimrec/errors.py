"""One catalogue of the errors claimrec raises and the warnings it records in reports.

Errors stop a run: the input as a whole cannot be used. Warnings never stop a run:
they land in the report (`Document.warnings`, `SkippedFile`) so that nothing is lost silently.
"""

from __future__ import annotations

from enum import StrEnum

from claimrec.models import RecordedWarning, SkippedFile


class ClaimrecError(Exception):
    """Base class of every error claimrec raises on purpose."""


class InputNotFoundError(ClaimrecError, FileNotFoundError):
    """The path given to `reconcile` does not exist."""


class NoArticlesError(ClaimrecError, ValueError):
    """The input holds no article that claimrec can read."""


class UnknownLanguageError(ClaimrecError, ValueError):
    """A language code that claimrec has no data for."""


class UnsupportedOutputError(ClaimrecError, ValueError):
    """An output file whose suffix names no report format."""


class WarningCode(StrEnum):
    """Codes and message templates of everything recorded instead of raised.

    W1xx concern whole files (they appear under ``skipped``), W2xx concern a
    document's text (they appear in ``documents[].warnings``).
    """

    HIDDEN = "W101 hidden {what}, not read"
    UNSUPPORTED_TYPE = "W102 unsupported file type '{suffix}' (claimrec reads {supported})"
    TOO_LARGE = (
        "W103 file too large: {size:,} bytes, the limit is {limit:,} (set max_file_bytes / --max-file-bytes to read it)"
    )
    EMPTY = "W104 empty file"
    BINARY = "W105 binary file ({evidence}), not text"
    UNREADABLE = "W106 cannot read: {error}"
    BROKEN_LINK = "W107 broken link to {target}"
    LINK_OUTSIDE = "W108 link to {target}, outside the input folder (follow_links=True / --follow-links reads it)"
    LINK_INSIDE = "W109 link to {target}, which is inside the input folder and read at its own path"
    LINK_LOOP = "W110 link loop: {target} is already being read"
    NOT_REGULAR = "W111 not a regular file (device, socket or pipe)"
    NO_TEXT_FIELD = "W112 JSON record has no text field (looked for {fields})"
    INVALID_JSON = "W113 invalid JSON: {error}"
    NO_TEXT = "W114 no article text in the file"
    ENCODING_FALLBACK = "W201 not valid UTF-8; decoded as {encoding}"
    BYTES_REPLACED = "W202 {count} undecodable byte sequence(s) replaced with U+FFFD"
    NO_DATE = "W203 no publication date"
    BAD_DATE = "W204 unreadable publication date {value!r}; expected YYYY-MM or YYYY-MM-DD"
    LANGUAGE_UNCERTAIN = "W205 language uncertain: best guess {language} with confidence {confidence:.2f}"
    LANGUAGE_NOT_CONFIGURED = (
        "W206 declared language {declared!r} is not among the configured languages ({configured}); detected instead"
    )
    BAD_FRONT_MATTER = "W207 front matter could not be read ({error}); treated as text"
    REFERENCE_ESTIMATED = (
        "W208 relative times resolved against {reference}, the newest publication date of the other documents"
    )
    SENTENCE_UNREAD = (
        "W209 no claims read from sentence {sentence}: {error}. This is a bug in claimrec; please report it with"
        " the sentence"
    )
    SEGMENTATION_FAILED = (
        "W210 sentences not split, each paragraph read as one: segmentation failed ({error}). This is a bug in"
        " claimrec; please report it with the article"
    )

    @property
    def code(self) -> str:
        return self.value.split(" ", 1)[0]

    def warning(self, **fields: object) -> RecordedWarning:
        """A `RecordedWarning` with this code and the template filled in."""
        return RecordedWarning(code=self.code, message=self.value.split(" ", 1)[1].format(**fields))

    def skip(self, path: str, **fields: object) -> SkippedFile:
        """A `SkippedFile` record for `path` with this code and reason."""
        recorded = self.warning(**fields)
        return SkippedFile(path=path, code=recorded.code, reason=recorded.message)
