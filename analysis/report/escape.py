"""Escaping untrusted article text for chart labels and hovers (plotly renders a subset of HTML in them)."""
from __future__ import annotations

import html
import textwrap


def esc(s: object, width: int = 80) -> str:
    """Escape untrusted text for a plotly hover label and wrap it with <br>."""
    text = "" if s is None or (isinstance(s, float) and s != s) else str(s)
    # quote=False: plotly shows &quot; literally; quotes need no escaping in hover text (<, >, & do)
    return "<br>".join(html.escape(line, quote=False) for line in textwrap.wrap(text, width) or [""])
