"""The HTML report in a real browser (headless chromium): the DOM after the page's script ran."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from claimrec.models import Report
from claimrec.render.html import render_html
from claimrec.render.markdown import render_markdown
from claimrec.render.view import ReportView

from ..conftest import REPO
from .conftest import PWNED, run_chromium
from .dom import Element, parse
from .test_html import assert_inert

SCREENSHOTS = REPO / "build" / "screenshots"


def cards_shown(root: Element) -> list[Element]:
    body = root.find_all("body")[0]
    shown: list[Element] = []

    def walk(element: Element, hidden: bool) -> None:
        hidden = hidden or "hidden" in element.attrs
        if element.tag == "article" and not hidden:
            shown.append(element)
        for child in element.children:
            if isinstance(child, Element):
                walk(child, hidden)

    walk(body, False)
    return shown


@pytest.fixture(scope="module")
def seeds_dom(seeds_report: Report, tmp_path_factory: pytest.TempPathFactory) -> Element:
    folder = tmp_path_factory.mktemp("browser")
    page = folder / "report.html"
    page.write_text(render_html(seeds_report), encoding="utf-8")
    return parse(run_chromium(page, folder / "profile", "--dump-dom"))


def test_seeds_report_in_the_browser_shows_the_conflict_cards_with_their_quotes(
    seeds_dom: Element, seeds_report: Report
) -> None:
    [body] = seeds_dom.find_all("body")
    assert body.attrs.get("data-ready") == "true", "the page's script did not run"
    view = ReportView(seeds_report)
    shown = cards_shown(seeds_dom)
    unhidden = [f for f in view.findings() if f.verdict != "single"]
    assert [card.attrs["id"] for card in shown] == [f"finding-{f.cluster_id}" for f in unhidden]
    claims = {claim.id: claim for claim in seeds_report.claims}
    conflicts = [card for card in shown if card.attrs["data-verdict"] == "conflict"]
    assert len(conflicts) == len(seeds_report.conflicts) >= 2
    for card in conflicts:
        finding = view.finding(card.attrs["id"].removeprefix("finding-"))
        assert finding is not None and finding.verdict == "conflict"
        assert [m.text for m in card.find_all("mark")] == [claims[c].text for c in finding.claim_ids]
    [counter] = [p for p in seeds_dom.find_all("p") if p.attrs.get("id") == "shown"]
    assert counter.text == f"Showing {len(unhidden)} of {len(seeds_report.findings)} findings"


def test_seeds_report_screenshot(seeds_report: Report, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_html(seeds_report), encoding="utf-8")
    shot = tmp_path / "report.png"
    run_chromium(page, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,2000")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 50_000, "the screenshot looks blank"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, SCREENSHOTS / "seeds-report.png")


def test_hostile_article_runs_and_loads_nothing_in_the_browser(hostile_report: Report, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_html(hostile_report), encoding="utf-8")
    root = parse(run_chromium(page, tmp_path / "profile", "--dump-dom"))
    assert_inert(root)  # also: the title is still ours
    assert root.find_all("body")[0].attrs.get("data-ready") == "true"
    assert PWNED in root.text  # the hostile words are there, as text
    assert not [e for e in root.iter() if e.tag in ("img", "iframe", "object", "embed")]


def test_hostile_markdown_rendered_to_html_runs_nothing_in_the_browser(hostile_report: Report, tmp_path: Path) -> None:
    body = MarkdownIt("commonmark").enable("table").render(render_markdown(hostile_report, include_single=True))
    page = tmp_path / "report.md.html"
    page.write_text(f"<!DOCTYPE html><html><head><title>markdown</title></head><body>{body}</body></html>")
    root = parse(run_chromium(page, tmp_path / "profile", "--dump-dom"))
    assert root.find_all("title")[0].text == "markdown"
    assert not [e for e in root.iter() if e.tag in ("img", "iframe", "script", "a", "svg")]
    assert not [e for e in root.iter() if any(name.startswith("on") for name in e.attrs)]
    assert PWNED in root.text
