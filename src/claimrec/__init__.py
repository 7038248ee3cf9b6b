"""claimrec: reconcile numeric, ranking and time claims across news articles and languages.

>>> import claimrec
>>> report = claimrec.reconcile("articles/")
>>> for finding in report.conflicts:
...     print(finding.summary)
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from claimrec.errors import (
    ClaimrecError,
    InputNotFoundError,
    NoArticlesError,
    UnknownLanguageError,
    UnsupportedOutputError,
)
from claimrec.lang import SUPPORTED_LANGUAGES
from claimrec.models import Claim, Cluster, Document, Finding, Report, Sentence, SkippedFile
from claimrec.pipeline import reconcile
from claimrec.timing import StageTimes

try:
    __version__ = version("claimrec")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = [
    "SUPPORTED_LANGUAGES",
    "Claim",
    "ClaimrecError",
    "Cluster",
    "Document",
    "Finding",
    "InputNotFoundError",
    "NoArticlesError",
    "Report",
    "Sentence",
    "SkippedFile",
    "StageTimes",
    "UnknownLanguageError",
    "UnsupportedOutputError",
    "__version__",
    "reconcile",
]
