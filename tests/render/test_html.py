from __future__ import annotations

import base64
import hashlib
import re

from claimrec.models import Report
from claimrec.render import chart
from claimrec.render.html import render_html
from claimrec.render.view import ReportView

from .conftest import HOSTILE_NAME, PWNED, RUN, make_report
from .dom import Element, parse

OUR_TAGS = {
    "#document", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "div", "span", "p", "b",
    "nav", "label", "input", "select", "option", "main", "section", "article", "blockquote",
    "mark", "a", "strong", "dl", "dt", "dd", "ul", "li", "details", "summary", "code", "figure", "figcaption", "svg",
    "line", "text", "path", "circle", "footer", "script",
}  # fmt: skip


def assert_inert(root: Element) -> None:
    """Nothing in the page can run or load: the only script is ours, no handler, no remote reference."""
    elements = root.iter()
    assert {e.tag for e in elements} <= OUR_TAGS, {e.tag for e in elements} - OUR_TAGS
    assert len(root.find_all("script")) == 1
    for element in elements:
        assert not [name for name in element.attrs if name.startswith("on")], element
        assert "src" not in element.attrs and "srcdoc" not in element.attrs, element
        if "href" in element.attrs:
            assert element.attrs["href"].startswith("#"), element.attrs["href"]
    assert not [e for e in elements if e.tag == "b" and e.attrs], "an article's <b> became an element"
    assert root.find_all("title")[0].text == "claimrec conflict report"


def test_seeds_page_is_self_contained_with_a_csp_that_pins_its_own_style_and_script(seeds_report: Report) -> None:
    page = render_html(seeds_report)
    root = parse(page)
    assert not re.search(r"(?i)(https?:|//[a-z]|<link|@import|url\()", page)
    [style] = root.find_all("style")
    [script] = root.find_all("script")
    [csp] = root.find_all("meta", http_equiv="Content-Security-Policy")
    policy = csp.attrs["content"]
    for source in (style.text, script.text):
        digest = base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    assert policy.startswith("default-src 'none';")
    assert "unsafe" not in policy


def test_seeds_page_is_deterministic_and_the_same_from_json(seeds_report: Report) -> None:
    page = render_html(seeds_report)
    assert render_html(seeds_report) == page
    assert render_html(Report.model_validate_json(seeds_report.to_json())) == page


def test_cards_come_most_severe_first_and_conflict_cards_quote_their_claims(seeds_report: Report) -> None:
    root = parse(render_html(seeds_report))
    cards = root.find_all("article")
    assert len(cards) == len(seeds_report.findings)
    severities = [float(next(e for e in card.iter() if "severity" in e.classes()).text) for card in cards]
    assert severities == sorted(severities, reverse=True)
    conflicts = [card for card in cards if card.attrs["data-verdict"] == "conflict"]
    expected = ReportView(seeds_report).findings(("conflict",))
    assert len(expected) == len(seeds_report.conflicts) >= 2
    assert [card.attrs["id"] for card in conflicts] == [f"finding-{f.cluster_id}" for f in expected]
    claims = {claim.id: claim for claim in seeds_report.claims}
    for card, finding in zip(conflicts, expected, strict=True):
        marks = [mark.text for mark in card.find_all("mark")]
        assert marks == [claims[claim_id].text for claim_id in finding.claim_ids]
        assert card.find_all("ul", **{"class": "reasons"}), "a conflict card gives its reasons"
        links = [a for a in card.find_all("a") if a.attrs["href"].startswith("#doc-")]
        doc_ids = {claims[claim_id].doc_id for claim_id in finding.claim_ids}
        assert {a.attrs["title"] for a in links} == {a.attrs["href"].removeprefix("#doc-") for a in links} == doc_ids
        assert {a.text for a in links} == {seeds_report.document(doc_id).path for doc_id in doc_ids}


def test_every_claim_is_marked_in_its_document_view(seeds_report: Report) -> None:
    root = parse(render_html(seeds_report))
    marked = {a.attrs["id"].removeprefix("span-"): a.text for a in root.find_all("a") if "span" in a.classes()}
    claims = {claim.id: claim for claim in seeds_report.claims}
    assert all(claims[claim_id].text == text for claim_id, text in marked.items())
    anchors = {e.attrs["id"] for e in root.iter() if e.attrs.get("id", "").startswith("span-")}
    assert anchors == {f"span-{claim_id}" for claim_id in claims}, "a claim cannot be found in its document"
    assert len(marked) >= 0.8 * len(claims)


def test_a_value_that_changes_over_time_gets_a_chart(seeds_report: Report) -> None:
    root = parse(render_html(seeds_report))
    charted = [card for card in root.find_all("article") if card.find_all("svg")]
    assert charted, "no finding of the seeds has a chart"
    view = ReportView(seeds_report)
    for card in charted:
        finding = view.finding(card.attrs["id"].removeprefix("finding-"))
        assert finding is not None
        assert chart.changes_over_time(view.rows(finding) + view.related_rows(finding))
        assert len(card.find_all("circle")) == len(chart.points(view.rows(finding) + view.related_rows(finding)))


def test_no_chart_when_values_agree_or_hold_at_one_time() -> None:
    report = make_report("Her falt 12 byer.", "Der falt 14 byer.")
    view = ReportView(report)
    [finding] = report.findings
    rows = view.rows(finding)
    assert chart.changes_over_time(rows)  # 12 on 2021-08-10, 14 on 2021-08-11
    same_day = [row.document.model_copy(update={"published": "2021-08-10"}) for row in rows]
    claims = [row.claim.model_copy(update={"as_of": "2021-08-10"}) for row in rows]
    flat = report.model_copy(update={"documents": tuple(same_day), "claims": tuple(claims)})
    assert chart.svg(ReportView(flat).rows(finding)) == ""


def test_hostile_article_text_is_text_in_the_page(hostile_report: Report) -> None:
    page = render_html(hostile_report)
    root = parse(page)
    assert_inert(root)
    text = root.text
    assert "<script>document.title='PWNED'</script>" in text
    assert "onerror=\"document.title='PWNED'\"" in text
    assert "[Reuters](javascript:document.title='PWNED')" in text
    assert PWNED in "".join(mark.text for mark in root.find_all("mark"))
    labels = [b.text for summary in root.find_all("summary") for b in summary.find_all("b")]
    assert HOSTILE_NAME in labels and f"<script>{RUN}</script> (hostile.md)" in labels
    assert HOSTILE_NAME in [option.text for option in root.find_all("option")]


def test_hand_made_hostile_quotes_and_ids_are_escaped_in_attributes_too() -> None:
    report = make_report('Her falt 12 "byer" <img src=x onerror=alert(1)>.', "Der falt 14 byer' onmouseover='x.")
    hostile = {"id": '"><script>alert(1)</script>', "path": "<img src=x onerror=alert(1)>.md", "title": "'><b x=1>"}
    hostile_id = report.documents[0].model_copy(update=hostile)
    claim = report.claims[0].model_copy(update={"doc_id": hostile_id.id})
    report = report.model_copy(update={"documents": (hostile_id, *report.documents[1:]),
                                       "claims": (claim, *report.claims[1:])})  # fmt: skip
    root = parse(render_html(report))
    assert_inert(root)
    assert root.find_all("details", data_document='"><script>alert(1)</script>')
    [link] = [a for a in root.find_all("a") if a.attrs["href"] == '#doc-"><script>alert(1)</script>']
    assert link.attrs["title"] == hostile["id"]
    assert link.text == "'><b x=1> (<img src=x onerror=alert(1)>.md)"
