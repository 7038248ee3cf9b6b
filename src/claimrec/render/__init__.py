"""Renderers: a `Report` in, a string out (HTML, Markdown, terminal text, a table of claims).

Every renderer treats article text as untrusted and escapes it for its format.
"""

from __future__ import annotations

from claimrec.render.html import render_html
from claimrec.render.markdown import render_markdown
from claimrec.render.terminal import render_terminal

__all__ = ["render_html", "render_markdown", "render_terminal"]
