"""Quote spans in article text: curly and straight marks (straight ones paired by their shape), quotes running
over paragraphs."""

from __future__ import annotations

import bisect
import re

QUOTE_OPEN_RE = re.compile(r"[“\"‘]")  # where a quote may open; a ‘ opens one only as _single_quote says
SINGLE_MIN = 8  # characters inside a ‘…’ passage, so that ‘n’ or a ‘ of a contraction is no quote


STRAIGHT_NEXT_RE = re.compile(r"[\"”\n]")


SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[A-Z])")


NEXT_STRAIGHT_RE, NEXT_CURLY_RE = re.compile(r"\s*\""), re.compile(r"\s*“")


# inside a “…” quote: its closing mark (”, a straight " or a “ typed the wrong way round) or a paragraph break
QUOTE_END_RE = re.compile(r"”|\"|(?<=\S)“(?=[\s,.;:!?)]|$)|\n[^\S\n]*\n\s*")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Quoted passages (with their marks), curly or straight, across sentences and paragraphs.

    A “…” quote ends at its closing mark, which writers and converters sometimes type as a straight " or a
    reversed “. It runs on across a paragraph break only when the next paragraph opens with a quote mark (the
    newswire convention for a quote of several paragraphs); otherwise it ends with its paragraph, so that one
    missing mark does not swallow the statements that follow it. Straight quotes: see ``_straight_quote``.
    """
    out: list[tuple[int, int]] = []
    closers = [i for i, c in enumerate(text) if c == "’"] if "‘" in text else []
    pos = 0
    while True:
        m = QUOTE_OPEN_RE.search(text, pos)
        if m is None:
            return out
        if m.group() == "\"":
            span, pos = _straight_quote(text, m.start())
            if span is not None:
                out.append(span)
            continue
        if m.group() == "‘":  # a single-quoted passage, or no quote at all
            end = _single_quote(text, m.start(), closers)
            if end is not None:
                out.append((m.start(), end))
            pos = end if end is not None else m.start() + 1
            continue
        start, j = m.start(), m.end()
        while True:
            e = QUOTE_END_RE.search(text, j)
            if e is None:  # never closed: the quote runs to the end of its text
                end = len(text.rstrip())
                break
            if e.group()[0] != "\n":
                end = e.end()
                break
            if text[e.end():e.end() + 1] in ("“", "\""):  # the quote goes on in the next paragraph
                j = e.end() + 1
                continue
            end = e.start()  # an unclosed quote ends with its paragraph
            break
        if end - start > 3:
            out.append((start, end))
        pos = max(end, start + 1)


def _single_quote(text: str, start: int, closers: list[int]) -> int | None:
    """The end of the ‘…’ passage opening at ``start``, or None: the ‘ follows no letter, the first ’ after it
    is at least SINGLE_MIN characters on and followed by no letter. The ’ positions are found once per text and
    looked up by bisection (a pattern scanning ahead from every ‘ to the next ’ took quadratic time on a line of
    unclosed ‘)."""
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        return None
    k = bisect.bisect_right(closers, start)
    if k == len(closers):
        return None
    close = closers[k]
    after = text[close + 1:close + 2]
    if close - start - 1 < SINGLE_MIN or (after and (after.isalnum() or after == "_")):
        return None
    return close + 1


def _mark_shape(text: str, i: int) -> str:
    """A straight quote mark's shape: "open" after a space or a bracket and before a word, "close" after a word
    and before a space or punctuation, else "either"."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = (before.isspace() or before in "([{—–") and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–")
    return "open" if opens and not closes else "close" if closes and not opens else "either"


def _rstrip_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over whitespace, not before ``start`` (``len(text[:end].rstrip())`` without the copy)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


MAX_QUOTE_PARAGRAPHS = 100  # a straight quote runs on over at most this many paragraphs (and recursion levels)


def _straight_quote(text: str, start: int, depth: int = 0) -> tuple[tuple[int, int] | None, int]:
    """The straight-quoted passage that may open at ``start`` and where to search next. The marks do not say
    which end they are, so their shape decides: a closing-shaped mark with no quote open is skipped (an inch
    mark, a stray); a quote ends at the next mark (” too), unless that mark is opening-shaped, when the quote
    was left open, as in a quote of several paragraphs whose paragraph breaks were lost ('… decades. "This …'):
    it ends before that mark, which opens the next (before the sentence that leads into it, when one ends with
    a colon or a comma: 'said: "'). An unclosed quote runs on into the next line when that
    opens with a mark, ends with its line when it opens with “, else ends with its first sentence (a mark is
    missing: the narration after it is not swallowed). Pairing the marks in turn instead inverted a fifth of
    the quotes in the BBC corpus, narration becoming quotes and quotes narration."""
    if _mark_shape(text, start) == "close":
        return None, start + 1
    m = STRAIGHT_NEXT_RE.search(text, start + 1)
    if m is None or m.group() == "\n":  # never closed on its line
        nxt = m.start() if m else len(text)
        follow = NEXT_STRAIGHT_RE.match(text, nxt) if m and depth < MAX_QUOTE_PARAGRAPHS else None
        if follow:  # the next paragraph opens with a mark: the quote goes on there (as “ quotes do)
            more, after = _straight_quote(text, follow.end() - 1, depth + 1)
            if more is not None:
                return (start, more[1]), after
        elif not NEXT_CURLY_RE.match(text, nxt):  # no paragraph in quotes follows: a mark is missing
            stop = SENTENCE_END_RE.search(text, start, nxt)
            nxt = stop.start() + 1 if stop else nxt
        end = _rstrip_end(text, start, nxt)
    elif m.group() == "\"" and _mark_shape(text, m.start()) == "open":
        end = _rstrip_end(text, start, m.start())
        nxt = m.start()
        if text[end - 1:end] in (":", ","):  # '… country. In reply, Mr Milburn said: "…': narration leads in
            stops = [x.start() + 1 for x in SENTENCE_END_RE.finditer(text, start, end)]
            end = stops[-1] if stops else start
    else:
        end = nxt = m.end()
    return ((start, end) if end - start > 3 else None), nxt


CLOSE_MARKS, OPEN_MARKS = "”\"’", "“\"‘"
