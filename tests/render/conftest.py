"""Fixtures for the renderers: a folder with a hostile article beside a seed, its report, and chromium."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

import claimrec
from claimrec.models import Report

from ..conftest import SEEDS

PWNED = "PWNED"
RUN = f"document.title='{PWNED}'"  # what hostile code would do; the page's title shows whether it ran
HOSTILE_MD = f"""---
title: "<script>{RUN}</script>"
source: "<img src=x onerror=\\"{RUN}\\">"
date: 2021-08-13
---
Taliban har tatt kontroll over 14 provinshovedsteder <script>{RUN}</script> på bare en uke.

Storbritannia sender 900 soldater <img src=x onerror="{RUN}"> til Kabul, ifølge [Reuters](javascript:{RUN}).

Taliban har 70 prosent av landet ![kart](http://example.invalid/x.png) <a href="javascript:0" onclick="{RUN}">x</a>.

Over 20 000 mennesker har flyktet <iframe src="http://example.invalid/"></iframe> <svg onload="{RUN}"></svg> fra Kunduz.
"""
HOSTILE_HTML = f"""<!DOCTYPE html><html lang="nb"><head><meta name="date" content="2021-08-14">
<title>&lt;script&gt;{RUN}&lt;/script&gt;</title>
<script>{RUN}</script></head><body>
<p>Mer enn 1 000 soldater &lt;img src=x onerror="{RUN}"&gt; er sendt til Kabul.</p>
<p onclick="{RUN}">Rundt 30 000 mennesker &lt;script&gt;{RUN}&lt;/script&gt; har flyktet.</p>
</body></html>
"""
HOSTILE_NAME = "x\"'><svg onload=document.title='PWNED'>.txt"
HOSTILE_TXT = (
    "date 2021-08-12\n\nTaliban har erobret 12 byer | ` * _ # [x](javascript:alert(1)) <b onmouseover=alert(1)>.\n"
)


@pytest.fixture(scope="session")
def hostile_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.md").write_text(HOSTILE_MD, encoding="utf-8")
    (folder / "hostile.html").write_text(HOSTILE_HTML, encoding="utf-8")
    (folder / HOSTILE_NAME).write_text(HOSTILE_TXT, encoding="utf-8")
    seed = sorted(SEEDS.iterdir())[1]
    shutil.copyfile(seed, folder / seed.name)
    return folder


@pytest.fixture(scope="session")
def hostile_report(hostile_folder: Path) -> Report:
    return claimrec.reconcile(hostile_folder)


def chromium() -> str | None:
    """The path of a Chromium binary, or None."""
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def run_chromium(page: Path, profile: Path, *extra: str) -> str:
    """Open `page` in headless chromium with a fresh profile and return stdout (the DOM with --dump-dom)."""
    binary = chromium()
    if binary is None:
        if os.environ.get("CLAIMREC_REQUIRE_BROWSER"):
            pytest.fail("no chromium binary on PATH, and CLAIMREC_REQUIRE_BROWSER is set (as .ci/run does)")
        pytest.skip("no chromium binary on PATH (.ci/run installs Debian's chromium)")
    command = [
        binary,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        f"--user-data-dir={profile}",
        "--no-first-run",
        "--hide-scrollbars",
        *extra,
        page.resolve().as_uri(),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def make_report(first: str, second: str) -> Report:
    """Two one-sentence documents whose counts conflict, built by hand: no pipeline, no model."""
    from claimrec.models import Claim, Cluster, Document, Finding, Sentence

    documents, sentences, claims = [], [], []
    for number, (text, value) in enumerate(((first, 12.0), (second, 14.0))):
        doc_id = f"doc{number}"
        documents.append(
            Document(id=doc_id, path=f"{doc_id}.txt", text=text, language="nb", published=f"2021-08-1{number}")
        )
        sentences.append(
            Sentence(id=f"{doc_id}:s0", doc_id=doc_id, start=0, end=len(text), text=text, language="nb", paragraph=0)
        )
        start = text.index(str(int(value)))
        claims.append(
            Claim(
                id=f"{doc_id}:c0",
                doc_id=doc_id,
                sentence_id=f"{doc_id}:s0",
                start=start,
                end=len(text),
                text=text[start:],
                language="nb",
                kind="count",
                value=value,
                value_start=start,
                value_end=start + len(str(int(value))),
                counted=text[start + 3 :].split(" ")[0],
                as_of=f"2021-08-1{number}",
            )
        )
    ids = tuple(claim.id for claim in claims)
    return Report(
        languages=("nb",),
        documents=tuple(documents),
        sentences=tuple(sentences),
        claims=tuple(claims),
        clusters=(Cluster(id="k0", claim_ids=ids),),
        findings=(
            Finding(
                cluster_id="k0",
                verdict="conflict",
                kind="count",
                summary=f"Sources disagree: {first} / {second}",
                claim_ids=ids,
                difference="contradiction",
                reasons=(f"{first} vs {second}",),
                severity=1.0,
            ),
        ),
    )
