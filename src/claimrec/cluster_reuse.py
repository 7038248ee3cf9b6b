"""Reuse the clusters of an earlier run: the same claims, vectors and names give the same clusters.

The result is kept whole, under a `claimrec.workcache.work_key` of all its inputs: a run over an unchanged
folder (to write the report in another format, say) skips clustering. A run where anything changed
searches neighbours again (they are global: one new claim can be any claim's nearest), and reads back
the clusters of each component of candidate pairs whose inputs are unchanged
(`claimrec.cluster.components`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence

from pydantic import TypeAdapter

from claimrec.cluster import cluster
from claimrec.embed.claims import ClaimVectors
from claimrec.models import Claim, Cluster
from claimrec.workcache import WorkCache, cached_map, claim_digests, work_key

_CLUSTERS = TypeAdapter(list[Cluster])


def reused_clusters(
    cache: WorkCache | None,
    claims: Sequence[Claim],
    vectors: ClaimVectors,
    names: Mapping[str, frozenset[str]],
    digests: Sequence[str] | None = None,
) -> list[Cluster]:
    """`claimrec.cluster.cluster` of the claims, read from `cache` where a run stored it for the same inputs.

    Args:
        cache: Where clusters are kept between runs; None clusters every time.
        claims: The claims, in report order.
        vectors: Their vectors, row i for claims[i].
        names: The names each document mentions (see `claimrec.cluster.cluster`).
        digests: The claims' `claimrec.workcache.claim_digests` where already computed.
    """
    if cache is None:
        return cluster(claims, vectors, names)
    digests = claim_digests(claims) if digests is None else digests
    digest = hashlib.sha256("".join(digests).encode())  # SHA-256 is fastest over many bytes where CPUs have SHA
    digest.update(vectors.fingerprints.tobytes())
    named = json.dumps({document: sorted(names[document]) for document in sorted(names)})
    key = work_key("clusters", digest.hexdigest(), named)
    [found] = cached_map(cache, [key], lambda _: [cluster(claims, vectors, names, cache, digests=digests)], _CLUSTERS)
    return found
