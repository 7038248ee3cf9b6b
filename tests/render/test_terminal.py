from __future__ import annotations

import re

from claimrec.models import Report
from claimrec.render.terminal import render_terminal
from claimrec.render.view import ReportView

from .conftest import make_report


def panels(text: str) -> list[str]:
    """The terminal view cut into finding panels (each starts with a rounded top-left corner)."""
    return re.split(r"(?m)^(?=╭)", text)[1:]


def words(text: str) -> str:
    """The panel's words in order, without box drawing or wrapping."""
    return " ".join(re.sub(r"[│┃╭╮╰╯─━┏┓┗┛┡┩┣┫╇╈┳┻╋├┤┼┬┴└┘┌┐═]", " ", text).split())


def test_seeds_terminal_view_shows_each_conflict_with_values_quotes_and_documents(seeds_report: Report) -> None:
    text = render_terminal(seeds_report, width=160)
    view = ReportView(seeds_report)
    conflicts = view.findings(("conflict",))
    shown = panels(text)
    assert len(shown) == len(view.findings(("conflict", "differs_by_time")))
    for panel, finding in zip(shown, conflicts, strict=False):
        assert panel.startswith("╭─  conflict  ")
        flat = words(panel)
        assert f"cluster {finding.cluster_id}" in flat
        for row in view.rows(finding):
            assert row.document_label in flat.replace(" ", "")
            assert row.quote.value in panel, row.quote.value
            first_words = " ".join(row.quote.claim.split()[:3])
            assert first_words in flat, first_words
        for reason in finding.reasons:
            assert view.labelled(reason).split(":")[0] in flat
    assert "documents" in text.split("╭")[0] and "2 conflict" in text.split("╭")[0]


def test_all_verdicts_on_request_and_lines_fit_the_width(seeds_report: Report) -> None:
    default = render_terminal(seeds_report, width=88)
    everything = render_terminal(seeds_report, width=88, verdicts=("conflict", "differs_by_time", "agree", "single"))
    assert len(panels(everything)) == len(seeds_report.findings) > len(panels(default))
    assert max(len(line) for line in everything.splitlines()) <= 88


def test_escape_sequences_and_rich_markup_in_articles_stay_inert() -> None:
    report = make_report("Her falt 12 [bold red]byer[/] \x1b[2J\x1b]0;title\x07 ja.", "Der falt 14 \u202ebyer.")
    text = render_terminal(report, width=120, color=True)
    assert "\x1b[2J" not in text and "\x1b]0;" not in text and "\u202e" not in text
    assert "[bold red]byer[/]" in text
    assert "\x1b[" in text  # colours are on, so only the article's sequences were removed
