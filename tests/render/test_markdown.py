from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from claimrec.models import Report
from claimrec.render.markdown import escape_markdown, render_markdown
from claimrec.render.view import ReportView

from .conftest import make_report
from .dom import parse


def to_html(markdown: str) -> str:
    """Markdown as CommonMark with tables renders it (raw HTML allowed, as in most viewers)."""
    return MarkdownIt("commonmark").enable("table").render(markdown)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("![img](http://example.invalid/x.png)", "![img](http://example.invalid/x.png)"),
        ("[link](javascript:alert(1))", "[link](javascript:alert(1))"),
        ("<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"),
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),
        ("*bold* _it_ `code` ~~del~~", "*bold* _it_ `code` ~~del~~"),
        ("a | b\nc", "a | b c"),
        ("&lt;b&gt; &amp;", "&lt;b&gt; &amp;"),
        ("see www.example.invalid or http://example.invalid", "see www.example.invalid or http://example.invalid"),
        ("mail a@example.invalid", "mail a@example.invalid"),
        ("# heading", "# heading"),
    ],
)
def test_escaped_text_renders_as_the_same_characters_and_nothing_else(text: str, shown: str) -> None:
    html = to_html(f"| cell |\n|---|\n| {escape_markdown(text)} |\n\n> {escape_markdown(text)}\n")
    root = parse(html)
    assert {e.tag for e in root.iter()} == {"#document", "table", "thead", "tr", "th", "tbody", "td", "blockquote", "p"}
    [cell] = root.find_all("td")
    assert cell.text == shown
    assert root.find_all("p")[0].text == shown


def test_seeds_markdown_lists_the_conflicts_with_their_quotes(seeds_report: Report) -> None:
    markdown = render_markdown(seeds_report)
    view = ReportView(seeds_report)
    conflicts = view.findings(("conflict",))
    assert f"## Conflicts ({len(conflicts)})" in markdown
    root = parse(to_html(markdown))
    headings = [h.text for h in root.find_all("h3")]
    assert headings[: len(conflicts)] == [f"{n}. {view.fact(f)}" for n, f in enumerate(conflicts, start=1)]
    tables = root.find_all("table")
    for table, finding in zip(tables, conflicts, strict=False):
        rows = view.rows(finding)
        cells = [[td for td in tr.find_all("td")] for tr in table.find_all("tr")[1:]]
        assert [row[1].find_all("strong")[0].text for row in cells] == [" ".join(r.quote.claim.split()) for r in rows]
        assert [row[2].text for row in cells] == [r.document.path for r in rows]
        assert [row[0].text for row in cells] == [r.value for r in rows]
    for finding in conflicts:
        for reason in finding.reasons:
            assert view.labelled(reason) in root.text


def test_markdown_is_deterministic_and_hides_single_source_facts_unless_asked(seeds_report: Report) -> None:
    markdown = render_markdown(seeds_report)
    assert markdown == render_markdown(Report.model_validate_json(seeds_report.to_json()))
    assert "## Stated by one source" not in markdown
    assert "## Stated by one source" in render_markdown(seeds_report, include_single=True)


def test_hostile_markdown_has_no_link_image_or_html(hostile_report: Report) -> None:
    markdown = render_markdown(hostile_report, include_single=True)
    root = parse(to_html(markdown))
    tags = {e.tag for e in root.iter()}
    assert not tags & {"a", "img", "script", "iframe", "svg", "b"}, tags
    assert "<script>document.title='PWNED'</script>" in root.text
    assert "kart](http://example.invalid/x.png)" in root.text  # segmentation cuts the sentence after "!["
    assert "[Reuters](javascript:document.title='PWNED')" in root.text


def test_pipes_and_newlines_do_not_break_a_table_row() -> None:
    report = make_report("Her | falt\n12 byer | ja.", "Der falt 14 byer.")
    root = parse(to_html(render_markdown(report)))
    [table, *_] = root.find_all("table")
    assert all(len(tr.find_all("td")) == 6 for tr in table.find_all("tr")[1:])
    assert "Her | falt 12 byer | ja." in table.text
