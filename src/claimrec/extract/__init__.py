"""Extract: sentences → atomic claims.

For now each article sentence (body, heading or caption) is one claim of kind
``other`` spanning the whole sentence; boilerplate states no claim.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimrec.models import Claim, Sentence

CLAIM_ROLES = frozenset({"body", "heading", "caption"})


def extract(sentences: Iterable[Sentence]) -> list[Claim]:
    """The claims stated by `sentences`, numbered per document in text order."""
    claims: list[Claim] = []
    numbers: dict[str, int] = {}
    for sentence in sentences:
        if sentence.role not in CLAIM_ROLES:
            continue
        number = numbers.get(sentence.doc_id, 0)
        numbers[sentence.doc_id] = number + 1
        claims.append(
            Claim(
                id=f"{sentence.doc_id}:c{number}",
                doc_id=sentence.doc_id,
                sentence_id=sentence.id,
                start=sentence.start,
                end=sentence.end,
                text=sentence.text,
                language=sentence.language,
            )
        )
    return claims
