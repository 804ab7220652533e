"""Title phrases: "the prime minister said", "the home secretary", "the actor". A definite role phrase names the
one person of its article the article gives that title next to a name ("Prime Minister Tony Blair", "Charles
Clarke, the home secretary"), and nobody when the article gives it to no one or to several. Without this, "The
prime minister shrugged off claims …" had no speaker and "… said the prime minister should sack Mr Brown" no
target (issues 27 and 29)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from analysis.vocab import TITLE_ABBREVIATIONS, US_PARTIES

from .party_states import PARTY_LETTERS, STATE_WORDS, US_STATES, state_conflict, states_written

# heads of a person's title ("the prime minister", "the foreign secretary", "the actress")
TITLE_HEADS = frozenset({
    "minister", "secretary", "president", "chancellor", "premier", "senator", "congressman", "congresswoman",
    "governor", "mayor", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chairman",
    "chairwoman", "commissioner", "director", "leader", "chief", "executive", "ceo", "founder", "actor", "actress",
    "singer", "rapper", "star", "coach", "manager", "captain", "striker", "player", "judge", "prosecutor",
    "attorney", "lawyer", "economist", "analyst", "professor", "author", "king", "queen", "prince", "princess",
    "pope", "general", "commander", "candidate", "nominee", "speaker", "archbishop", "bishop", "chairperson",
    "treasurer", "representative", "lawmaker", "councillor", "councilman", "councilwoman", "sheriff", "frontrunner",
    "front-runner", "comedian", "host", "presenter", "director-general"})

# abbreviations of titles written before a name ("Sen. Bernie Sanders", "Gov. John Kasich")
ABBREVIATIONS = {**TITLE_ABBREVIATIONS,
                 # a party's other names, so "the Tory leader" is "Conservative leader Michael Howard" and "the GOP
                 # nominee" "Republican presidential nominee Donald Trump"
                 "tory": "conservative", "tories": "conservative", "lib": "liberal", "dem": "democrat",
                 "dems": "democrat", **US_PARTIES, "frontrunner": "front-runner"}
# (no campaign word stands for another: "the candidate" after "Carson's adviser" is Carson, not the article's one
# titled "Republican presidential candidate"; "the GOP front-runner" is not any Republican candidate — PolNeAR)

# words that make another office of a title: "the prime minister" is not the deputy prime minister
RANKS = frozenset({"deputy", "vice", "assistant", "shadow", "former", "ex", "junior", "acting", "under", "associate",
                   "co", "late", "interim", "outgoing", "incoming", "elect", "designate", "sub", "then"})
_WORD = re.compile(r"[a-z][a-z-]*")


def title_spans(doc: Doc, taken: set[int], bodies: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Token spans of definite title phrases: "the" (or a state's possessive: "Austria's interior minister")
    + modifiers + a title head, clear of names (``taken``: the
    tokens of name and descriptor mentions), not followed by what makes it another holder or an apposition
    ("the president of …", "the spokesman for …", "the actor Tom Hanks", "the minister, John Reid,"). A party's,
    state's or team's one-word name (``bodies``) may modify the title: "the Tory leader" (BBC: 26 times, no
    mention before), "the England captain"; that name stays a mention of its own."""
    out = []
    for t in doc:
        if (t.lower_ not in TITLE_HEADS and not _front_runner(t)) or t.pos_ != "NOUN" or t.i in taken:
            continue
        det = [c for c in t.children if c.dep_ == "det" and c.lower_ == "the"]
        # "Austria's interior minister said": a state's possessive stands for "the" (the phrase starts after it)
        owner = [c for c in t.children if c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP") and c.i + 1 < t.i
                 and doc[c.i + 1].tag_ == "POS" and c.i < t.i - 2] if not det else []
        if not det and not owner:
            continue
        start = det[0].i if det else owner[0].i + 1  # the "'s" (left out of the span below)
        inner = doc[start + 1:t.i - 2 if _front_runner(t) else t.i]  # ("front", "-" of "front-runner")
        if any(i in taken and i not in bodies for i in range(start, t.i)) or any(
                x.tag_ == "POS" or x.dep_ == "poss" or x.pos_ in ("NUM", "PUNCT") or x.pos_ == "PROPN"
                and x.i not in bodies for x in inner):
            continue  # "the company's chief executive", "the Vermont senator": left to names and descriptors
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and (nxt.lower_ in ("of", "for", "at", "from", "to", "in") and nxt.pos_ != "PART"
                                and not _reason(nxt)
                                or nxt.tag_ == "POS"
                                or nxt.pos_ == "PROPN" or nxt.i in taken
                                or (nxt.text == "," and nxt.i + 1 in taken)):
            continue
        if start >= 2 and doc[start - 1].text == "," and start - 2 in taken:
            continue  # "Charles Clarke, the home secretary": the name is the mention, the phrase its title
        out.append((start if det else start + 1, t.i + 1))
    return out


def _front_runner(t: Token) -> bool:
    """Whether the token is the "runner" of "front-runner" (three tokens to the tokenizer)."""
    return t.lower_ == "runner" and t.i >= 2 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].lower_ == "front"


def _reason(prep: Token) -> bool:
    """Whether a "for" after a title gives a reason ("criticized the senator for his record"), not the body or
    place of another holder ("the spokesman for the Home Office", "the minister for Europe")."""
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if prep.lower_ != "for" or obj is None or obj.ent_type_:
        return False
    return obj.tag_ == "VBG" or obj.pos_ == "NOUN" and any(c.dep_ == "poss" for c in obj.children)


def _words(s: str) -> list[str]:
    return [x for w in _WORD.findall(s.lower().replace("’", "'")) for x in ABBREVIATIONS.get(w, w).split()]


def title_words(span: Span) -> str | None:
    """The words of a person's title, read off the parse: the modifiers before the name in its sentence ("Home
    Secretary Charles Clarke", "Former welfare minister Frank Field") and an apposition after it ("Charles Clarke,
    the home secretary,"); None without one."""
    doc = span.doc
    left: list[str] = []
    i = span.start - 1
    while i >= max(0, span.start - 8) and doc[i].sent.start == span.sent.start and (
            span.start <= doc[i].head.i < span.end or i < doc[i].head.i < span.start) and (
            not doc[i].is_punct or doc[i].text == "-" and not doc[i - 1].whitespace_):  # ("front-runner")
        left.insert(0, doc[i].lower_)
        i -= 1
    for t in span.root.children:
        if t.dep_ == "appos" and t.i >= span.end:
            left += [x.lower_ for x in t.subtree if not x.is_punct][:8]
    head = span.root.head
    if span.root.dep_ == "appos" and head.i < span.start and head.pos_ in ("NOUN", "PROPN") and not head.ent_type_:
        # "The Secretary of State for Culture, Media and Sport, Tessa Jowell": the title the name stands beside
        left += [x.lower_ for x in head.subtree if x.i < span.start and not x.is_punct][:12]
    return " ".join(left).replace(" - ", "-") or None


def title_holder(phrase: str, persons: list[tuple[str, int, str | None]], text: str, at: int) -> str | None:
    """The one person (actor id) whose title, in one of its mentions before the phrase ``(actor_id, start,
    title_words)``, holds the phrase's head and all its modifiers ("the former prime minister" needs "former"),
    and no more than they say ("Deputy Prime Minister John Prescott" is not "the prime minister"); None when no
    person or more than one has it, or when a new holder is brought in after it ("A spokesman for the Home
    Office said … said the spokesman")."""
    words = _words(phrase)
    if words[:1] == ["the"]:
        words = words[1:]
    if not words:
        return None
    holders: dict[str, int] = {}
    for actor, start, title in persons:
        if start >= at or not title:
            continue
        ctx = set(_words(title))
        parts = {p for w in ctx for p in w.split("-")}
        if all(w in ctx for w in words) and not (parts - set(words)) & RANKS:
            holders[actor] = max(start, holders.get(actor, -1))
    if not holders and len(words) >= 2 and set(words[:-1]) <= PLACE_PARTY:
        holders = _left_out(words, persons, at)
    if STATE_WORDS.search(phrase):  # "the Florida senator" is no one written "Vermont Sen." or "(I-Vt.)"
        holders = {a: k for a, k in holders.items() if not state_conflict(phrase, _states_of(a, persons, text, at))}
    if len(holders) != 1:
        return None
    actor, last = next(iter(holders.items()))
    head = re.escape(words[-1])
    new = [m.start() for m in re.finditer(  # a new holder who speaks or is placed ("they have a mayor who …": none)
        rf"\b(?:a|an|another|one)\s+(?:[\w’'-]+\s+){{0,3}}{head}\b(?=\s*(?:,|for\b|from\b|at\b|of\b|said\b|says\b|told\b))",
        text[:at], re.I)]
    return None if new and new[-1] > last else actor


# the words of a US state's or party's name: what a title may leave out ("Senator Bernie Sanders" is "the Vermont
# senator" when the article names no other senator)
# (third parties too, so "Gary Johnson, the Libertarian nominee" is not "the Republican nominee")
PLACE_PARTY = frozenset(" ".join(US_STATES.values()).split()) | frozenset(PARTY_LETTERS.values()) | frozenset(
    US_PARTIES.values())


def _left_out(words: list[str], persons: list[tuple[str, int, str | None]], at: int) -> dict[str, int]:
    """The holder of "the Vermont senator" whose title has the head but not the state or party (the article took
    it as known): the one person named before with that head, none of whose title words is another state or
    party, when no other person named before has the head at all."""
    holders: dict[str, int] = {}
    titled: set[str] = set()
    for actor, start, title in persons:
        if start >= at or not title:
            continue
        ctx = set(_words(title))
        if words[-1] not in ctx:
            continue
        titled.add(actor)
        if not (ctx & PLACE_PARTY) - set(words) and not {p for w in ctx for p in w.split("-")} & RANKS:
            holders[actor] = max(start, holders.get(actor, -1))
    return holders if len(titled) == 1 else {}


def _states_of(actor: str, persons: list[tuple[str, int, str | None]], text: str, at: int) -> set[str]:
    """The US states the article writes with the person's mentions before ``at`` (``states_written``)."""
    out: set[str] = set()
    for a, start, _ in persons:
        if a == actor and start < at and (name := _NAME.match(text, start)):
            out |= states_written(text, start, name.end())
    return out


_NAME = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")
