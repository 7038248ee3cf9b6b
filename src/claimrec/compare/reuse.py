"""Reuse the findings of earlier runs: a cluster of the same claims gets the same finding again.

A finding depends on its cluster's claims and wordings, on the time claims of the sentences of a cluster
with wordings (the times each wording states) and, for a cluster of one claim, on the claims of its related
clusters, in order; it is stored under a `claimrec.workcache.work_key` of those alone. Cluster
ids are left out of the key and of the stored finding, as they move whenever a cluster before them comes or
goes: they are set again after a finding is read back or computed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from pydantic import TypeAdapter

from claimrec.models import Claim, Cluster, Finding
from claimrec.workcache import WorkCache, cached_map, work_key

_FINDING = TypeAdapter(Finding)


def reused_findings(
    cache: WorkCache | None,
    clusters: Sequence[Cluster],
    related: Mapping[str, tuple[Cluster, ...]],
    by_id: Mapping[str, Claim],
    times: Mapping[str, Sequence[Claim]],
    judge: Callable[[Cluster, tuple[Cluster, ...]], Finding],
    digests: Mapping[str, str],
) -> list[Finding]:
    """`judge`'s finding on each cluster beside its related clusters, in cluster order; with a `cache`,
    those of clusters judged before are read from it and the others stored in it.

    Args:
        cache: Where findings are kept between runs; None judges every cluster.
        clusters: The clusters.
        related: Each cluster's related clusters by its id (none where absent).
        by_id: The claims by id.
        times: The time claims of each sentence that states a time, by sentence id.
        judge: The finding on a cluster beside its related clusters.
        digests: Each claim's `claimrec.workcache.claim_digests`, by claim id.
    """
    if cache is None:
        return [judge(group, related.get(group.id, ())) for group in clusters]
    keys = []
    for group in clusters:
        alone = len(group.claim_ids) == 1
        beside = [i for other in related.get(group.id, ()) for i in other.claim_ids] if alone else []
        sentences = sorted({by_id[i].sentence_id for i in group.claim_ids}) if group.wordings else []
        stated = [claim.id for sentence in sentences for claim in times.get(sentence, ())]
        claims, others, told = ("".join(digests[i] for i in ids) for ids in (group.claim_ids, beside, stated))
        keys.append(work_key("finding", claims, repr(group.wordings), others, told))

    def compute(missing: list[int]) -> list[Finding]:
        judged = (judge(clusters[index], related.get(clusters[index].id, ())) for index in missing)
        return [finding.model_copy(update={"cluster_id": "", "related_cluster_ids": ()}) for finding in judged]

    findings = cached_map(cache, keys, compute, _FINDING)
    return [
        finding.model_copy(
            update={
                "cluster_id": group.id,
                "related_cluster_ids": tuple(other.id for other in related.get(group.id, ())),
            }
        )
        for group, finding in zip(clusters, findings, strict=True)
    ]
