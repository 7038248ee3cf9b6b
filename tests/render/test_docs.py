from __future__ import annotations

import re

import pytest

import claimrec

from ..conftest import REPO

DOCS = REPO / "docs"


def test_api_page_names_everything_claimrec_exports() -> None:
    text = (DOCS / "api.md").read_text(encoding="utf-8")
    assert [name for name in claimrec.__all__ if f"`{name}`" not in text] == []


@pytest.mark.parametrize("page", sorted(path.name for path in DOCS.glob("*.md")))
def test_links_between_docs_pages_resolve(page: str) -> None:
    text = (DOCS / page).read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", text):
        assert (DOCS / target).exists(), f"{page} links to missing {target}"
