"""Quote marks typed as two apostrophes (''…'', the New York Times archive's style; ``…'' from LaTeX and the Penn
Treebank), which a parser and the quote finder read as apostrophes: "Mitt Romney … tweeted in response:
''Important distinction …''" had no quote and no speaker."""

from __future__ import annotations

import re

TWO_MARKS = re.compile(r"(?<!['`])(?:''|``)(?!['`])")


def normalize_quotes(text: str) -> str:
    """The text with each two-mark quote written as one ". Run on a record's text, not on a raw file (a JSON
    string would break). Offsets move by one per mark, so a corpus's own gold spans are for its raw text (the
    PolNeAR benchmark reads raw text). A length-keeping variant (' "' and '" ') was tried: the extra space token
    changed the parse and lost a stance row on the dev set."""
    return TWO_MARKS.sub('"', text)
