"""Cluster: claims → groups of claims that state the same fact.

Until claims carry frames and embeddings, every claim is a cluster of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimrec.models import Claim, Cluster


def cluster(claims: Sequence[Claim]) -> list[Cluster]:
    """Put every claim in exactly one cluster, numbered in claim order."""
    return [Cluster(id=f"k{number}", claim_ids=(claim.id,)) for number, claim in enumerate(claims)]
