"""Names the entity recognizer missed where a statement's speaker stands ("Teresa Nielsen Hayden explained",
"Eswar Prasad, a trade professor at Cornell, said").

A speaker's place is one signal that a capitalized run is a name; issue 29 asks for more than one, so the run
becomes a mention only with a second: an apposition whose head names a person ("a trade professor") or a body
("the makers of Manhunt": an organization), a given name the census gives one gender (``given_name_genders``;
not before a plural common noun: "Crystal Cruises"), or the same name as a person the piece names elsewhere.
Without one ("Lakers said", "Wall Street expects", "Schiff asked" in an article that never gives his full
name) the speaker stays as the phrase. A bare body ("police said", "the government said") is a mention too, which
resolution gives its state (``BODY_SPEAKERS``). So is a body's name before a speech cue whose form says it is no
person (``_body_name``): after "the" ("The Wrap reports"), before a body noun ("the Standing Rock Sioux tribe says")
or an acronym ("When TMZ asked").
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span

from analysis.nlp import Parsed
from analysis.nlp.wordnet import noun_sense
from analysis.vocab import HONORIFICS, TITLE_RE, given_name_genders

from .led_bodies import LED_BODIES
from .mentions import mention_row

_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)*|[A-Z]\.")
_BODIES = frozenset({"group", "company", "firm", "maker", "body", "organisation", "organization", "agency"})
_NOT_NAMES = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September",
                        "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                        "Saturday", "Sunday", "God"})


def _name_run(span: Span) -> int:
    """How many tokens from the span's start form a capitalized name (proper nouns, 1-4 words), 0 if none, or
    if the span goes on with anything but an apposition or an affiliation after it."""
    n = 0
    for tok in span:
        if n < 4 and tok.pos_ == "PROPN" and _NAME_WORD.fullmatch(tok.text) and tok.text not in _NOT_NAMES:
            n += 1
        else:
            break
    if n == 0 or (n < len(span) and span[n].text not in (",", "of", "from", "at")):
        return 0
    return n


def _head_name(span: Span, given: dict[str, Any]) -> Span | None:
    """A person's name at the head of a speaker phrase, after its role ("BP chief executive Lord Browne", "All
    Black Aaron Mauger", "Lt Col Eric Schnaible of the PCO"): the proper nouns that end at the phrase's head,
    from an honorific or a given name on (the second signal), or None. A name that opens the phrase is
    ``_name_run``'s."""
    root = span.root
    if root.pos_ != "PROPN" or not _NAME_WORD.fullmatch(root.text) or root.text in _NOT_NAMES:
        return None
    start = root.i
    while start - 1 >= span.start and root.i - start < 3 and span.doc[start - 1].pos_ == "PROPN" \
            and _NAME_WORD.fullmatch(span.doc[start - 1].text) and span.doc[start - 1].text not in _NOT_NAMES:
        start -= 1
    if start == span.start:
        return None
    for tok in span.doc[start:root.i]:
        if tok.text in HONORIFICS or tok.lower_ in given:
            name = span.doc[tok.i:root.i + 1]
            # "The Lord Chancellor", "the Lord Chief Justice" are offices
            return None if any(TITLE_RE.match(t.text + " ") for t in name[1:]) else name
    return None


def _apposition(span: Span, n: int) -> str | None:
    """What the apposition after the name says it is ("Eswar Prasad, a trade professor at Cornell" → "PERSON";
    "Rockstar Games, the makers of Manhunt", "Menatep, Yukos' main shareholders' group" → "ORG"): its head noun
    (the last noun before a preposition, a possessive or the end) as WordNet has it: a body, or people in the
    plural, make an organization; one person a person."""
    if n >= len(span) or span[n].text != ",":
        return None
    for tok in span[n + 1:]:
        if tok.pos_ == "NOUN":
            nxt = tok.nbor(1) if tok.i + 1 < span.end else None
            if nxt is None or nxt.pos_ != "NOUN" and nxt.tag_ != "POS":
                sense, plural = noun_sense(tok.lower_)
                if sense == "noun.group" or tok.lemma_.lower() in _BODIES or sense == "noun.person" and plural:
                    return "ORG"
                return "PERSON" if sense == "noun.person" else None
        elif tok.pos_ in ("ADP", "VERB") or tok.pos_ == "PUNCT" and tok.tag_ != "POS":
            return None
    return None


def _plural_noun(word: str) -> bool:
    """"Cruises", "Games": a common noun in the plural ends the name, as in a firm's, not a person's."""
    sense, plural = noun_sense(word.lower())
    return plural and sense is not None and sense != "noun.person"


# bodies a speaker names with no name ("police said", "the government said"): a mention, which resolution makes
# that body of the article's state ("Police (Hong Kong)", ``resolve._generic_bodies``)
BODY_SPEAKERS = frozenset({"police", "government", "authorities", "army", "military", "cabinet"})


def _body(span: Span, states: frozenset[tuple[int, int]] = frozenset(), off: int = 0,
          leaders: frozenset[int] = frozenset()) -> Span | None:
    """The head of a speaker phrase that is a body noun, bare ("police", "the government") or after one place's
    name or adjective (``states``: article character ranges of the piece's GPE and NORP mentions; ``off``: the
    piece's offset): "the Jordanian government", "Chinese authorities", "the US military" are that state's body,
    which resolution names "Government (Jordan)" as it names a later bare "the government", not the state
    itself; after a person's name (``leaders``: where the piece's PERSON mentions end), a body the person leads.
    None otherwise."""
    toks = [t for t in span if not t.is_punct]
    if toks and toks[0].lower_ == "the":
        toks = toks[1:]
    if toks and toks[-1].lower_ in BODY_SPEAKERS and (len(toks) == 1 or (
            toks[0].idx + off, toks[-2].idx + len(toks[-2]) + off) in states):
        return span.doc[toks[-1].i:toks[-1].i + 1]
    # "The Trump administration", "the incoming Trump administration": a led body (``led_bodies``)
    if len(toks) >= 2 and toks[-1].lower_ in LED_BODIES and toks[-1].pos_ == "NOUN" and \
            toks[-2].idx + len(toks[-2]) + off in leaders:
        return span.doc[toks[-1].i:toks[-1].i + 1]
    return None


_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
# acronyms that are states or no body at all
_NOT_BODIES = frozenset({"US", "UK", "USA", "UAE", "OK", "TV", "AM", "PM", "CEO", "MP", "MPS", "GOP", "PR", "IT"})
# head nouns that make a capitalized name before them a body ("the Standing Rock Sioux tribe")
_ORG_HEADS = frozenset({"tribe", "council", "union", "group", "committee", "commission", "association",
                        "foundation", "institute", "board", "network", "newspaper", "magazine", "website", "agency",
                        "company", "coalition", "alliance", "campaign", "federation", "society", "club"})
# capitalized words that are an office or a common body, never a name of their own ("The President", "The Council")
_GENERIC_WORDS = frozenset({"president", "prime", "minister", "government", "department", "ministry", "council",
                            "committee", "court", "police", "party", "company", "agency", "commission", "office",
                            "board", "senate", "house", "army", "church", "state", "city", "county", "administration",
                            "pope", "queen", "king", "prince", "princess", "duke", "duchess", "family", "palace",
                            "kremlin", "pentagon", "treasury", "parliament", "congress", "judge", "mayor", "governor",
                            "mep", "msp", "am", "mla"})
# the speech acts after which a body's name is taken ("The Wrap reports", "TMZ asked"); "HD offers", "The PSP
# supports" are products
_SPEECH_CUES = frozenset({"say", "tell", "report", "ask", "claim", "add", "announce", "state", "warn", "confirm",
                          "deny", "insist", "argue", "accuse", "call", "urge", "write", "reveal", "explain", "note",
                          "accord", "according to", "describe", "criticise", "criticize", "reject", "believe",
                          "suggest", "predict", "estimate", "find", "conclude", "allege", "acknowledge", "admit",
                          "condemn", "demand", "respond", "reply", "tweet", "comment", "complain", "question"})


def _body_name(span: Span) -> tuple[int, int] | None:
    """A body's name the recognizer missed at the start of a speaker phrase, as (start, end) tokens: capitalized
    proper nouns after "the" ("The Wrap reports": people take no article), before a body noun ("the Standing Rock
    Sioux tribe says": the noun is part of the name) or one acronym ("When TMZ asked"); nothing else may follow.
    None for an office or a common body ("The President", "the Council"), a family ("the Clintons") or a state."""
    toks = [t for t in span if not (t.is_punct and t.i == span.end - 1)]
    the = bool(toks) and toks[0].lower_ == "the"
    toks = toks[1:] if the else toks
    run = 0
    while run < min(5, len(toks)) and toks[run].pos_ == "PROPN" and toks[run].text not in _NOT_NAMES and (
            _NAME_WORD.fullmatch(toks[run].text) or _ACRONYM.fullmatch(toks[run].text)):
        run += 1
    if not run or any(t.lower_ in _GENERIC_WORDS or t.text in HONORIFICS for t in toks[:run]):
        return None
    head = run < len(toks) and toks[run].lower_ in _ORG_HEADS and toks[run].pos_ == "NOUN"
    if len(toks) > run + head or not head and noun_sense(toks[run - 1].lower_)[0] == "noun.person":
        return None  # "The Speaker", "The Scot", "the Salford MP", "The DJ": a person described
    acronym = run == 1 and _ACRONYM.fullmatch(toks[0].text) is not None
    if acronym and toks[0].text.upper() in _NOT_BODIES or run == 1 and not head and toks[0].text.endswith("s") \
            and not acronym:
        return None  # "US officials" is a state's; "the Clintons" a family, "the Lakers" a team the NER would know
    if not (the or head or acronym):
        return None
    return toks[0].i, toks[run - 1 + head].i + 1


def speaker_mentions(parsed: Parsed, statements: list[dict[str, Any]], mentions: list[dict[str, Any]],
                     sentences: list[dict[str, Any]], para_starts: list[int]) -> list[dict[str, Any]]:
    """Mention rows for speaker phrases of this piece that open with a name no mention covers, when a second
    signal says it is a person or an organization (module docstring). ``sentences``: the piece's sentence rows."""
    doc, off = parsed.doc, parsed.offset
    persons = {m["text"] for m in mentions if m["label"] == "PERSON"}
    given = given_name_genders()
    out: list[dict[str, Any]] = []
    taken = [(m["start_char"], m["end_char"]) for m in mentions]
    states = frozenset((m["start_char"], m["end_char"]) for m in mentions if m["label"] in ("GPE", "NORP"))
    # where a person's name ends: a PERSON mention, or the surname of one tagged otherwise ("the Trump administration")
    surnames = {m["text"].split()[-1] for m in mentions if m["label"] == "PERSON" and " " in m["text"]}
    leaders = frozenset(m["end_char"] for m in mentions if m["label"] == "PERSON" or m["text"] in surnames)
    for st in statements:
        a, b = st.get("speaker_start"), st.get("speaker_end")
        if a is None or b is None:
            continue
        span = doc.char_span(a - off, b - off, alignment_mode="expand")
        if span is None or not len(span):
            continue
        body = _body(span, states, off, leaders)
        n = _name_run(span) if body is None else 0
        head = _head_name(span, given) if not n and body is None else None
        org = _body_name(span) if not n and body is None and head is None and st.get(
            "cue_lemma") in _SPEECH_CUES else None
        if org is not None:
            body = span.doc[org[0]:org[1]]
        if not n and body is None and head is None:
            continue
        name = body if body is not None else head if head is not None else span[:n]
        start_char, end_char = name[0].idx + off, name[-1].idx + len(name[-1]) + off
        if any(s < end_char and start_char < e for s, e in taken):
            continue  # a mention has it (the speaker's own, or another statement's run just added)
        words = [t.text for t in name]
        label = "ORG" if body is not None else "PERSON" if head is not None else _apposition(span, n)
        if label is None and not _plural_noun(words[-1]) and (
                len(words) >= 2 and words[0].lower() in given or any(
                    p == name.text or p.endswith(" " + name.text) or p.startswith(name.text + " ") and len(words) >= 2
                    for p in persons)):
            label = "PERSON"
        if label is None:
            continue
        sent = next((s["sent_idx"] for s in sentences if s["start_char"] <= start_char < s["end_char"]),
                    st.get("sent_idx"))
        out.append(mention_row(parsed, name.start, name.end, Span(doc, name.start, name.end, label=label),
                               list(doc.ents), sent, para_starts))
        taken.append((start_char, end_char))
    return out
