"""An opinion piece's own voice: the sentences its author writes unattributed are the author's statements.

A coder of an op-ed records the author's positions ("The IRS, complicit in targeting Tea Party groups …, is one",
"Last week proved that the Second Amendment works"), though no verb of saying introduces them (stance dev: the
two USA Today op-eds held 10 coded rows, none of them found). A piece counts as an op-ed only when its closing
paragraph names the author in a tagline ("Glenn Harlan Reynolds, a University of Tennessee law professor, is a
member of USA TODAY's Board of Contributors": ``descriptions.closing_author``); a news story has none. Sentences
that quote anyone, or that hold someone else's statement, stay the quoted or reported speaker's.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Span

from .contents import _NO_TOPIC as _UNSIDED  # dates, numbers, amounts: no one to be for or against
from .descriptions import closing_author

_ROLES = ("PERSON", "ORG")
OP_ED = "op-ed"  # the cue lemma of an author's own statement (there is no cue word)


def byline(doc: Any, text: str) -> tuple[int, int] | None:
    """The author's name in the closing tagline (character offsets into ``text``), or None."""
    names = [(e.start_char, e.end_char, e.text, e.label_ == "PERSON") for e in doc.ents if e.label_ in _ROLES]
    k = closing_author(text, names)
    return names[k][:2] if k is not None else None


def author_sentences(doc: Any, text: str, author: tuple[int, int], quotes: Iterable[tuple[int, int]],
                     taken: Iterable[tuple[int, int]]) -> list[Span]:
    """The sentences the author says in their own voice: after the headline paragraph, before the tagline, with
    no quotation marks in them, no other statement in them, and a name in them to take a side on."""
    quotes, taken = list(quotes), list(taken)
    first = text.find("\n\n")
    out = []
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        if first < 0 or s < first or e > author[0] - 1:
            continue
        if any(a < e and s < b for a, b in quotes) or any(a < e and s < b for a, b in taken):
            continue
        if any(s <= x.start_char and x.end_char <= e for x in doc.ents if x.label_ not in _UNSIDED):
            out.append(sent)
    return out


def author_rows(doc: Any, text: str, quotes: list[tuple[int, int]], rows: list[dict[str, Any]]
                ) -> list[tuple[Span, tuple[int, int]]]:
    """(sentence, author's name span) for every sentence of the author's own voice in an op-ed; [] elsewhere."""
    author = byline(doc, text)
    if author is None:
        return []
    taken = [r["sentence"] for r in rows]
    return [(sent, author) for sent in author_sentences(doc, text, author, quotes, taken)]
