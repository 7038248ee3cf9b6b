"""Documents shown by a label (title and path, or path) with their ids at hand, and the chart's y axis."""

from __future__ import annotations

import re

from claimrec.models import Document, Report
from claimrec.render import chart
from claimrec.render.html import render_html
from claimrec.render.markdown import render_markdown
from claimrec.render.terminal import render_terminal
from claimrec.render.view import ReportView, document_labels

from .conftest import make_report
from .dom import parse


def doc(doc_id: str, path: str, title: str | None = None) -> Document:
    return Document(id=doc_id, path=path, text="", title=title)


def labelled_report() -> Report:
    """The hand-made conflict, its documents given a nested path and a title."""
    report = make_report("Her falt 12 byer.", "Der falt 14 byer.")
    first, second = report.documents
    documents = (
        first.model_copy(update={"path": "nested/foo.md"}),
        second.model_copy(update={"path": "bar.txt", "title": "  Byene\n faller "}),
    )
    reasons = ("doc0 says 12 byer; doc1 says 14 byer: these cannot both be true.",)
    findings = (report.findings[0].model_copy(update={"summary": "Sources disagree: 12 (doc0); 14 (doc1).",
                                                      "reasons": reasons}),)  # fmt: skip
    return report.model_copy(update={"documents": documents, "findings": findings})


def test_a_label_is_the_path_or_the_title_then_the_path() -> None:
    labels = document_labels([doc("a", "a.txt"), doc("b", "sub/b.md", "A title"), doc("c", "c.md", " \n ")])
    assert labels == {"a": "a.txt", "b": "A title (sub/b.md)", "c": "c.md"}


def test_shared_labels_get_their_ids_until_every_label_is_unique() -> None:
    records = [doc("feed#1", "feed.jsonl"), doc("feed#2", "feed.jsonl"), doc("x", "x.md", "T"), doc("y", "x.md", "T")]
    assert document_labels(records) == {
        "feed#1": "feed.jsonl [feed#1]",
        "feed#2": "feed.jsonl [feed#2]",
        "x": "T (x.md) [x]",
        "y": "T (x.md) [y]",
    }
    tricky = [doc("p", "p.md"), doc("q", "p.md"), doc("r", "p.md [p]")]  # the first label, made, is the third's path
    labels = document_labels(tricky)
    assert len(set(labels.values())) == 3
    assert labels == document_labels(tricky)


def test_ids_are_replaced_by_labels_only_where_findings_name_documents() -> None:
    view = ReportView(Report(languages=("en",), documents=(doc("a", "a.txt"), doc("doc1", "one.md"))))
    assert view.labelled("a says 3; doc1 says 4: one is a contested claim") == (
        "a.txt says 3; one.md says 4: one is a contested claim"
    )
    assert view.labelled("Only a states this: 3 (a); 4 (doc1); doc10 says 5 (a b)") == (
        "Only a.txt states this: 3 (a.txt); 4 (one.md); doc10 says 5 (a b)"
    )


def test_html_shows_labels_and_keeps_ids_in_titles_filters_and_the_document_view() -> None:
    root = parse(render_html(labelled_report()))
    links = {a.text: a.attrs["title"] for a in root.find_all("a") if a.attrs["href"].startswith("#doc-")}
    assert links == {"nested/foo.md": "doc0", "Byene faller (bar.txt)": "doc1"}
    options = {o.text: o.attrs["value"] for o in root.find_all("select", name="document")[0].find_all("option")}
    assert options == {"all": "", "nested/foo.md": "doc0", "Byene faller (bar.txt)": "doc1"}
    summaries = {s.attrs["title"]: s for s in root.find_all("summary") if "title" in s.attrs}
    assert summaries["doc1"].find_all("b")[0].text == "Byene faller (bar.txt)"
    assert summaries["doc1"].find_all("code")[0].text == "doc1"
    [card] = root.find_all("article")
    assert "12 (nested/foo.md); 14 (Byene faller (bar.txt))" in card.text
    assert "nested/foo.md says 12 byer; Byene faller (bar.txt) says 14 byer" in card.text


def test_markdown_shows_labels_and_a_legend_of_ids() -> None:
    markdown = render_markdown(labelled_report())
    assert "| Her falt **12 byer.** | nested/foo.md | nb |" in markdown
    assert "| nested/foo.md | doc0 | nb | 2021-08-10 | 1 | — |" in markdown
    assert "| Byene faller \\(bar.txt\\) | doc1 | nb | 2021-08-11 | 1 | — |" in markdown
    assert "- nested/foo.md says 12 byer; Byene faller \\(bar.txt\\) says 14 byer" in markdown


def test_terminal_shows_labels_and_a_legend_of_ids() -> None:
    text = render_terminal(labelled_report(), width=120)
    panel, legend = re.split(r"(?m)^Documents *$", text)
    assert "nested/foo.md" in panel and "doc0" not in panel
    rows = [" ".join(re.sub(r"[│┃]", " ", line).split()) for line in legend.splitlines()]
    assert "nested/foo.md doc0 nb 2021-08-10 1" in rows
    assert "Byene faller (bar.txt) doc1 nb 2021-08-11 1" in rows


def test_chart_axis_spans_the_values_with_padding_not_from_zero() -> None:
    assert chart.value_range([600.0, 700.0]) == (590.0, 710.0)
    assert chart.value_range([5.0, 5.0]) == (4.5, 5.5)
    assert chart.value_range([0.0, 0.0]) == (-1.0, 1.0)
    assert chart.value_range([10.0, 1000.0])[0] == 0.0  # padding stops at 0 when no value is negative
    assert chart.ticks(64.87, 86.83) == [65, 70, 75, 80, 85]
    assert chart.ticks(11.8, 14.2, whole=True) == [12, 13, 14]
    root = parse(render_html(make_report("Her falt 12 byer.", "Der falt 14 byer.")))
    [svg] = root.find_all("svg")
    ticks = [t.text for t in svg.find_all("text") if "tick" in t.classes() and "-" not in t.text]
    assert ticks == ["12", "13", "14"]
    heights = [float(c.attrs["cy"]) for c in svg.find_all("circle")]
    assert max(heights) - min(heights) > 0.6 * (chart.HEIGHT - chart.TOP - chart.BOTTOM)


def test_share_ticks_and_labels_are_in_percent() -> None:
    report = make_report("Her falt 12 byer.", "Der falt 14 byer.")
    shares = tuple(c.model_copy(update={"kind": "share", "value": c.value / 100}) for c in report.claims)  # type: ignore[operator]
    finding = report.findings[0].model_copy(update={"kind": "share"})
    root = parse(render_html(report.model_copy(update={"claims": shares, "findings": (finding,)})))
    [svg] = root.find_all("svg")
    values = [t.text for t in svg.find_all("text") if "-" not in t.text]
    assert values and all(value.endswith(" %") for value in values)
    assert {"12 %", "14 %"} <= set(values)
