"""Positions a statement reports of someone else: "X said Y criticized Z" (issue 27: X reports, Y opposes Z).

The speaker takes no side by a predicate whose subject is a third party: a name or a noun ("Democrats back him",
"the former Florida governor plans to support Cruz"), or, as the one who backs or likes, inside the speaker's own
quoted words, "he", "she" or "they" (a quoted speaker says "I" or "we" of themselves: "He would have loved
Stalin," Biden said). Blind samples of
PolNeAR read these as the speaker's own support ("Aides say the governor plans to actively support Cruz": the aides
for Cruz; "He liked them …," said Rendell: Rendell for the one liked).
"""
from __future__ import annotations

import re
from typing import Any

from analysis.statements.quotes import quote_spans

# verbs of saying and of taking sides: a content whose clause is one of them with a named subject reports someone
# else's position ("Mary Jones had criticized Peter Brown", "Labour claims the Tories …")
# (not verbs that also name deeds: "Russia would attack Ukraine", "troops defended the city", "police questioned")
REPORT_VERBS = {"say", "tell", "claim", "argue", "insist", "believe", "think", "allege", "suggest", "state", "write",
                "accuse", "criticize", "criticise", "condemn", "blame", "praise", "oppose", "welcome", "reject",
                "deny", "warn", "urge", "describe", "denounce", "applaud", "endorse", "hail", "admit", "complain"}
# of those, verbs of saying only: a quoted "he says …" is the speaker's to cite (``_other``); "they still endorse
# him" is theirs
SAYING = frozenset({"say", "tell", "claim", "argue", "insist", "believe", "think", "allege", "suggest", "state",
                    "write", "deny", "warn", "urge", "describe", "admit", "complain"})
# taking sides that a third party does ("half of his union's workers support Sanders"): theirs, unless called for
# ("the party must support Clinton") or a body's own ("the US could not support the IFF"), or no one's ("the
# evidence does not support his claim")
SIDING_VERBS = frozenset({"support", "back", "favor", "favour", "prefer"})
# what a quoted "he" or "she" likes or loathes is their own attitude ("He liked them," said Rendell); "Obama has
# never respected the right to …", "women don't like her" are the speaker's charges. Narrower than
# ``attitudes.LIKING`` (no "welcome", "agree", "fear"): only the plain verbs of liking and loathing were read
LIKING_VERBS = frozenset({"like", "love", "adore", "admire", "respect", "hate", "despise", "loathe", "detest"})
_NO_AGENTS = frozenset({"evidence", "data", "figures", "facts", "record", "research", "poll", "polls", "numbers",
                        "statistics", "results", "study", "report", "law", "rules", "history"})
THIRD_PERSON = frozenset({"he", "she", "they"})
# how a predicate hangs under the content's main clause and still says what the content says
CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "conj", "parataxis", "ROOT", "advcl"})


def quoted(tok: Any) -> bool:
    """Whether the token lies inside quoted words (``statements.quotes.quote_spans`` of its Doc, found once)."""
    spans = tok.doc.user_data.get("_quote_spans")
    if spans is None:
        spans = tok.doc.user_data["_quote_spans"] = quote_spans(tok.doc.text)
    return any(a < tok.idx < b for a, b in spans)


# a quote inside a quote: ‘…’ or '…' opened after a space or a comma inside “…”, closed before a non-letter or at
# the outer quote's end ("…said, 'look you are the next most influential member …," Mr Peston said)
_INNER_OPEN = re.compile(r"(?<=[\s,(:])[‘'](?=[A-Za-z])")
_INNER_CLOSE = re.compile(r"(?<=\S)[’'](?![A-Za-z])")


# the speaker's own words or thoughts quoted: "I thought 'not only has he gone behind my back, he's lying'"
_OWN_WORDS = re.compile(r"\b(?:I|we|We)\s+(?:\w+\s+){0,2}?\w+(?:\s+(?:him|her|them|myself))?[,:]?\s*$")


def nested_quote(tok: Any) -> bool:
    """Whether the token lies in a quote inside the speaker's quote: the words of whom the speaker quotes ("When
    that group said, ‘We think Obama would be a good president,’ …" said Tatum; "The answer you'd like me to give
    is, ‘I'm for the RFS,’" Cruz said): no side of the speaker's, who cites them."""
    if not quoted(tok):
        return False
    a, b = next((a, b) for a, b in tok.doc.user_data["_quote_spans"] if a < tok.idx < b)
    text = tok.doc.text
    for m in _INNER_OPEN.finditer(text, a + 1, tok.idx):
        close = _INNER_CLOSE.search(text, m.end(), b)
        if (close is None or close.start() > tok.idx) and not _OWN_WORDS.search(text, max(a, m.start() - 30),
                                                                                 m.start()):
            return True
    return False


def quoted_other(subj: Any) -> bool:
    """ "he", "she" or "they" inside quoted words: someone other than who is quoted."""
    return subj.lower_ in THIRD_PERSON and quoted(subj)


def _own_subject(verb: Any) -> Any:
    """The verb's own subject: its nsubj, the X of "for X to <verb>" ("For Trump to … praise Putin … raises
    national security issues," Clinton said: Trump praises, not Clinton), or for a verb conjoined to another with
    no auxiliary of its own, that one's ("to encourage that and to praise Putin")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        subj = next((p for c in verb.children if c.dep_ in ("prep", "mark") and c.lower_ == "for" and c.i < verb.i
                     for p in c.children if p.dep_ == "pobj" and p.pos_ in ("PROPN", "NOUN", "PRON")
                     and any(t.lower_ == "to" for t in verb.doc[p.i + 1:verb.i])), None)
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.i < verb.i and not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children):
        subj = _own_subject(verb.head)  # not a clause of its own ("should sack Mr Brown, but did not believe …"
        # is the speaker's disbelief, whatever the parser hung it on)
    return subj


def _subject(verb: Any) -> Any:
    """The verb's subject (``_own_subject``), or for an infinitive the subject of the verb it completes ("the
    governor plans to support Cruz": the governor)."""
    subj = _own_subject(verb)
    if subj is None and verb.dep_ == "xcomp" and not any(c.dep_ in ("dobj", "dative") for c in verb.head.children):
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # not "urged them to back X"
    return subj


def _other(subj: Any, via: str | None = None) -> bool:
    """A third party: a name or a noun (not a pronoun, most often the speaker), "you", or in quoted words "he",
    "she" or "they" — of the predicate itself or of the clause it completes (``via``: the link the predicate
    hangs by), not of one it explains ("He said that because he has failed": the failure is the speaker's
    charge). A quoted "he says" is left to the speaker, who most often cites it to make their own point (BBC and
    PolNeAR rows: "He says the prime minister doesn't like being told the truth," Howard said)."""
    return subj.pos_ in ("PROPN", "NOUN") or subj.lower_ == "you" or via in (None, "ccomp", "xcomp") and quoted_other(
        subj)


# what makes a third party's taking sides a call or a forecast the speaker makes ("the party must support
# Clinton", "they should back him"), not a report; "would", "could" only of a name or a noun ("the US could not
# support the IFF"), a quoted "he would have loved Stalin" being what the speaker says of him
CALLS = frozenset({"should", "must", "ought", "need", "shall"})


def reported(pred: Any, inside: set[int]) -> bool:
    """Whether the predicate is, or hangs under, a verb of saying, of taking sides or of liking whose subject is a
    third party (``_other``): the content then reports that party's position, and the speaker takes no side on
    it or on what it is about."""
    tok, hops, via = pred, 0, None
    while tok.i in inside and hops < 6:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in REPORT_VERBS | SIDING_VERBS | LIKING_VERBS:
            subj = _subject(tok) if lemma not in REPORT_VERBS else _own_subject(tok)
            if lemma in LIKING_VERBS and (subj is None or not quoted_other(subj)):
                subj = None  # "Obama has never respected the right to …": the speaker's charge against Obama
            if subj is not None and lemma in REPORT_VERBS and _other(subj, "say" if lemma in SAYING else via):
                return True
            if subj is not None and lemma not in REPORT_VERBS and (subj.head.i == tok.i or subj.head.i in inside) and (
                    _other(subj, via) and subj.lower_ not in _NO_AGENTS or subj.lower_ == "who") and not any(
                    c.dep_ == "aux" and c.tag_ == "MD" and (subj.pos_ != "PRON" or c.lower_ in CALLS)
                    for c in [*tok.children, *subj.head.children]):
                return True  # (and "I don't know who supports him", "Why are you still endorsing him?")
        if tok.head.i == tok.i or tok.dep_ not in CLAUSE_LINKS | {"aux", "auxpass"}:
            break
        tok, hops, via = tok.head, hops + 1, tok.dep_
    return False
