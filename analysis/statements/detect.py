"""Attributed statements: who (SOURCE) said (CUE) what (CONTENT), after the PolNeAR attribution model.

``doc_statements`` finds statements in one parsed piece, with character spans:
- a reporting verb or noun from the cue lexicon (``data/cues.yaml``, built from PolNeAR train by
  ``scripts/build_cues.py``) with its subject as source and its clausal complement, object or adjacent quote
  as content ("Kirby revealed that …", "“…,” said Adrienne Watson", "called on the regime to …");
  passive agents ("was quoted by X"), subjects inherited across coordinated verbs ("expressed … and called
  on …"), relative clauses ("X, who said …");
- "according to X";
- colon and dash forms: "X said: “…”", headline "X: …", "“…” — Name";
- quotes with no cue in their sentence take the speaker of the statement just before them in the paragraph.
``attach_speakers`` then resolves each source span to an actor from the mentions table (pronouns and
role nouns to the nearest fitting speaker or person before them) — or leaves it null, never guessed.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from analysis.nlp import Parsed, TokenTable, noun_chunk_spans, sentence_numbers

from .aiming import aimed_at, evaluative_adjective, particle
from .contents import (
    LEAD_MARKS,
    _concept,
    _content,
    _kind,
    _paragraph_end,
    _sentences_inside,
)
from .cues import CUE_THRESHOLD, cue_lexicon, cue_probabilities
from .nested_acts import nested_acts
from .op_eds import OP_ED, author_rows
from .phrases import PEOPLE_NOUNS, _np, _span_chars
from .quotes import quote_spans
from .sources import _noun_cue_args, _owner, _speaker_heads, _speaker_label, _speaker_modifiers, _subject, tail_cue

CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "attr", "oprd")


NOUN_CUES = {"statement", "remark", "comment", "claim", "allegation", "criticism", "warning", "assertion",
             "announcement", "accusation", "call", "appeal", "pledge", "promise", "vow", "admission", "denial",
             "interview", "speech", "tweet", "letter", "report", "complaint", "praise", "condemnation"}



# verbs that say the act of their complement was not done ("refused to blame", "denied accusing"): what that act
# says of a target is no side (``stance.roles.local_sentiment``)
REFUSALS = frozenset({"refuse", "decline", "deny", "reject", "resist", "avoid", "fail"})



def _people(tok: Any) -> bool:
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in PEOPLE_NOUNS or tok.lower_ in PEOPLE_NOUNS or (
        tok.pos_ == "PRON" and tok.lower_ in ("him", "her", "them", "me", "us", "he", "she", "they", "i", "we"))


def _asks_people(verb: Any) -> bool:
    """Whether "question" asks people rather than doubts a claim: its object or passive subject is a person, or it
    sits in a reduced relative clause after a noun for people ("the Japanese people Ericsson questioned", which the
    parser takes for a main clause)."""
    if any(c.dep_ in ("dobj", "nsubjpass") and _people(c) for c in verb.children):
        return True
    if verb.dep_ == "relcl" and _people(verb.head):
        return True
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        first = min(t.i for t in subj.subtree)
        if first > 0 and _people(verb.doc[first - 1]) and verb.doc[first - 1].pos_ == "NOUN":
            return True
    return False


# verbs that ask someone (their object) to do what their infinitive says ("challenged Mr Brown to deny …")
REQUESTS = frozenset({"challenge", "urge", "ask", "call", "press", "invite", "dare", "encourage", "tell", "want",
                      "expect", "implore", "beg", "order", "force", "persuade"})


def _claim_from(noun: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Speaker and content spans of "claims / criticism / accusations from or by X that …", or None."""
    if noun.pos_ != "NOUN":
        return None
    src = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                for g in c.children if g.dep_ == "pobj"), None)
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp")
                   and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
    if src is None or clause is None or clause.i < src.i:
        return None
    return _span_chars(_np(src)), _span_chars(list(clause.subtree))


# modals of a clause that says what something is for ("so the Audit Office can report")
_ENABLED = frozenset({"can", "could", "may", "might"})


def _reach(r: dict[str, Any], text: str, qs: int) -> int:
    """Where a statement's words end, as the quote at ``qs`` looks back for its speaker: its content's end; for a
    verb of saying with no content that leads straight into the quote ("Trump said the following.", "he told
    reporters:"), its cue's end."""
    if r["content"][0] < 0 and r["cue_lemma"] in _INTRO_CUES and 0 <= r["cue"][1] <= qs \
            and _INTRO_GAP.fullmatch(text, r["cue"][1], qs):
        return r["cue"][1]
    return r["content"][1]


_INTRO_CUES = frozenset({"say", "tell", "add", "write", "explain", "reply", "respond", "answer", "continue",
                         "state", "declare", "insist", "comment", "remark"})
# what may stand between such a cue and the quote it introduces: an addressee of a few words, "the following"
_INTRO_GAP = re.compile(r"(?:\s+(?:the\s+following|this|as\s+follows|(?:\w+\s+){0,2}\w+))?\s*[:.]?\s*")


def _purpose(verb: Token) -> bool:
    """Whether a cue verb says what an act is meant to allow ("open up its books so the National Audit Office can
    report on the government's performance"), not what anyone said (BBC, judged blind: the Audit Office "opposed"
    Gordon Brown in Charles Kennedy's words)."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("so", "that") for c in verb.children) \
        and any(c.dep_ == "aux" and c.lower_ in _ENABLED for c in verb.children)


def doc_statements(parsed: Parsed, sent_base: int = 0, probs: dict[int, float] | None = None,
                   threshold: float = CUE_THRESHOLD) -> list[dict[str, Any]]:
    """Raw statements of one parsed piece: character spans into the article text, no actors yet.

    ``probs`` (token index → P(cue)) overrides the shipped cue detector (the benchmark passes held-out
    fold models); with no detector, the cue lexicon decides.
    """
    doc: Doc = parsed.doc
    off = parsed.offset
    text = parsed.source
    quotes = quote_spans(text)
    cues = cue_lexicon()
    if probs is None:
        probs = cue_probabilities(doc, quotes)
    rows: list[dict[str, Any]] = []
    sents = [s for s in doc.sents if text[s.start_char:s.end_char].strip()]  # not Span.text: token by token
    tt = TokenTable.of(doc)
    sent_index = sentence_numbers(doc, text)
    used_quotes: set[tuple[int, int]] = set()

    def add(kind: str, sent: Span, cue: tuple[int, int], speaker: tuple[int, int], content: tuple[int, int],
            obj: tuple[int, int] = (-1, -1), lemma: str = "", negated: bool = False) -> None:
        rows.append({"kind": kind, "sent_idx": sent_base + sent_index.get(sent.start, 0), "cue": cue,
                     "speaker": speaker, "content": content, "object": obj, "cue_lemma": lemma,
                     "sentence": (sent.start_char, sent.end_char), "negated": negated})
        for q in quotes:
            if content[0] >= 0 and q[0] < content[1] and content[0] < q[1]:
                used_quotes.add(q)

    for sent in sents:
        for i in range(sent.start, sent.end):  # Token objects only for the few tokens that may be cues
            if probs and probs.get(i, 0.0) < threshold and tt.lower[i] != "according":
                if tt.lemma[i] in NOUN_CUES and (got := _claim_from(doc[i])) is not None:
                    # "claims from Conservative leader Michael Howard that he led a grubby government": a source
                    # and a that-clause make a statement whatever the detector says of the noun
                    add("indirect", sent, (doc[i].idx, doc[i].idx + len(doc[i])), *got, lemma=tt.lemma[i])
                continue
            t = doc[i]
            lemma = tt.lemma[i]
            # "according to X"
            if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
                pobj = [g for g in doc[t.i + 1].children if g.dep_ == "pobj"]
                if pobj:
                    speaker = _span_chars(_np(pobj[0]))
                    last = max(y.i for y in pobj[0].subtree)
                    rest = [x for x in _bracketed(sent, t.i, last) if x.i < t.i or x.i > last]
                    add("according_to", sent, (t.idx, doc[t.i + 1].idx + 2), speaker, _span_chars(rest),
                        lemma="according to")
                continue
            if probs:
                if probs.get(t.i, 0.0) < threshold:
                    continue
                is_verb_cue, is_noun_cue = t.pos_ in ("VERB", "AUX"), t.pos_ == "NOUN"
            else:
                if any(a < t.idx < b - 1 for a, b in quotes):
                    continue  # attributions nested in a quote belong to the quoted speaker's own words
                is_verb_cue = t.pos_ in ("VERB", "AUX") and lemma in cues and t.dep_ not in ("amod", "compound")
                is_noun_cue = t.pos_ == "NOUN" and lemma in NOUN_CUES
            if not (is_verb_cue or is_noun_cue):
                continue
            if is_noun_cue:
                owner = [c for c in t.children if c.dep_ == "poss"]
                clause = [c for c in t.children if c.dep_ in ("acl", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("that",))]
                if owner and clause:
                    add("indirect", sent, (t.idx, t.idx + len(t)), _span_chars(_owner(owner[0])),
                        _span_chars(list(clause[0].subtree)), lemma=lemma)
                elif probs:  # the detector found a nominal cue: "his support for X", "criticism from Y of Z"
                    src, con = _noun_cue_args(t, owner)
                    if src or con:
                        add(_kind(_span_chars(con), quotes) if con else "other", sent, (t.idx, t.idx + len(t)),
                            _span_chars(src) if src else (-1, -1), _span_chars(con) if con else (-1, -1),
                            lemma=lemma)
                continue
            if lemma in ("be", "have", "do") and not probs:
                continue
            if t.dep_ == "xcomp" and t.head.lemma_ in REQUESTS and any(c.dep_ == "dobj" for c in t.head.children):
                continue  # "challenged Mr Brown to deny reports": what he was asked to say, not a statement
            if _purpose(t):
                continue  # "… so the National Audit Office can report on it": what is to be made possible
            if (tail := tail_cue(t)) is not None:  # "Roof stood emotionless, reported Alexandra Olgin"
                content = _span_chars(tail[1])
                add(_kind(content, quotes), sent, (t.idx, t.idx + len(t)), _span_chars(tail[0]), content,
                    lemma=lemma)
                continue
            src, how = _subject(t, quotes)
            cs, ce, os_, oe = _content(t, quotes, sent)
            if how == "left" and src and cs < src[0].idx < ce <= t.idx and src[0].i > 1 and doc[src[0].i - 1].text == ",":
                ce = doc[src[0].i - 2].idx + len(doc[src[0].i - 2])  # "…, Jake Frith, special agent, said": not his
            if src is None and cs < 0 and not probs:
                continue
            if cs < 0 and not probs and cues.get(lemma, 0) < 0.4:
                continue  # a weak cue ("see", "call") with no content is not an attribution
            if src is None and cs < 0 and probs:
                # a detected cue with neither: "X is widely seen as Y", "a plan announced Monday" (PolNeAR's
                # attributions without a source); its own phrase, less the cue words, is the content
                cs, ce = _span_chars([x for x in t.subtree if x.i != t.i and x.dep_ not in ("aux", "auxpass", "neg")])
                if cs < 0:
                    continue
            speaker = _span_chars(src) if src else (-1, -1)
            if speaker[0] >= 0 and any(a < speaker[0] and speaker[1] < b and not a < t.idx < b for a, b in quotes):
                continue  # the subject sits inside a quote the cue is not in: quoted words misparsed
            if (adj := evaluative_adjective(t)) is not None:
                lemma = adj.lower_  # "was critical of": the judgment is the cue, not "be"
            elif (prt := particle(t)) is not None and aimed_at(t) is not None:
                lemma = f"{lemma} {prt.lower_}"  # "hit out at", "pushed back against": an attack, not a blow
            cue_toks = [t] + [c for c in t.children if c.dep_ == "prt"]
            cue = (min(x.idx for x in cue_toks), max(x.idx + len(x) for x in cue_toks))
            negated = any(c.dep_ == "neg" for c in t.children)
            if lemma == "question" and _asks_people(t):
                lemma = "ask"  # "the people Ericsson questioned", "was questioned by police": asked, not doubted
            elif lemma == "deny" and any(c.dep_ in ("dobj", "dative") and _people(c) for c in t.children) and not any(
                    c.dep_ in ("ccomp", "xcomp") for c in t.children):
                continue  # "James denied Damien Duff and Mateja Kezman", "denied him a visa": a deed, nothing said
            add(_kind((cs, ce), quotes), sent, cue, speaker, (cs, ce), (os_, oe), lemma, negated)
    # "X said Y criticised Z": Y's act of taking sides, a statement of Y's (``nested_acts``)
    cued = {r["cue"][0] for r in rows}
    for t in nested_acts(doc, [r["content"] for r in rows if r["kind"] != "direct"], quotes, cued):
        src, _ = _subject(t, quotes)
        cs, ce, os_, oe = _content(t, quotes, t.sent)
        if src and cs >= 0:
            add(_kind((cs, ce), quotes), t.sent, (t.idx, t.idx + len(t)), _span_chars(src), (cs, ce), (os_, oe),
                t.lemma_.lower())
    # headline "X: …", transcript lines ("Q: …", "FALLIN: …", "Luciana Lopez: …"), dash-attributed "“…” — Name"
    for k, sent in enumerate(sents):
        j = sent.start_char
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if k > 0 and j > 0 and text[j - 1] != "\n":
            continue  # only the headline and sentences that open a paragraph
        toks = [t for t in sent if not t.is_space]
        colon = next((t for t in toks[:8] if t.text == ":"), None)
        if colon is None or colon.i == toks[0].i:
            continue
        label = [t for t in toks if t.i < colon.i]
        learned = bool(probs) and probs.get(colon.i, 0.0) >= threshold  # "Poll: …", "Lynch: No outside …"
        if not _speaker_label(label, headline=k == 0, learned=learned):
            continue
        end = sent.end_char if k == 0 else _paragraph_end(text, colon.idx)
        body = [t for t in doc[colon.i + 1:] if t.idx < end]
        if not body or not learned and not any(t.pos_ in ("VERB", "AUX") for t in body) and not any(
                colon.idx < q[0] < end for q in quotes):
            continue  # "Clinton: 1,769." or "Iowa: Andrew Collins, …": a tally or a list, not words spoken
        add("direct" if any(colon.idx < q[0] < end for q in quotes) else "other", sent,
            (colon.idx, colon.idx + 1), _span_chars(label), _span_chars(body), lemma=":")
    ents = list(doc.ents)
    for qs, qe in quotes:
        m = re.match(r"\s*[—–-]{1,2}\s*", text[qe:qe + 4])
        if m and (qs, qe) not in used_quotes:
            span = doc.char_span(qe + m.end(), min(len(text), qe + m.end() + 60), alignment_mode="contract")
            if span is not None:
                name = next((e for e in ents if e.start_char == span.start_char and e.label_ == "PERSON"), None)
                if name is not None:
                    sent = name.sent
                    add("direct", sent, (qe + m.start(), qe + m.end()), (name.start_char, name.end_char), (qs, qe),
                        lemma="—")
    # quotes left without a cue: the previous statement's speaker in the same paragraph continues
    para_breaks = [m.start() for m in re.finditer(r"\n\s*\n", text)]
    for qs, qe in quotes:
        if (qs, qe) in used_quotes or qe - qs < 12:
            continue
        # (a statement with no content of its own introduces what follows: "When Chris Wallace asked the
        # Republican about it, Trump said the following." — the quotes after it are Trump's, not Wallace's)
        prev = [r for r in rows if _reach(r, text, qs) <= qs and r["speaker"][0] >= 0]
        if not prev:
            continue
        p = max(prev, key=lambda r: _reach(r, text, qs))
        if sum(1 for b in para_breaks if _reach(p, text, qs) <= b < qs) > 1:
            continue  # a quote two paragraphs later may be anyone's
        span = doc.char_span(qs, qe, alignment_mode="expand")
        if span is None:
            continue
        if text[span.sent.start_char:qs].strip(LEAD_MARKS) and not _sentences_inside(text, qs, qe):
            continue  # a phrase quoted inside the narration ('accuse him of a "touchy-feely" speech') is no one's
        rows.append({"kind": "direct", "sent_idx": sent_base + sent_index.get(span.sent.start, 0), "cue": (-1, -1),
                     "speaker": p["speaker"], "content": (qs, qe), "object": (-1, -1), "cue_lemma": "",
                     "sentence": (span.sent.start_char, span.sent.end_char), "inherited": True})
    # an op-ed's own voice: its author's statements, though no verb of saying introduces them
    for sent, author in author_rows(doc, text, quotes, rows):
        add("other", sent, (-1, -1), author, (sent.start_char, sent.end_char), lemma=OP_ED)
    out = []
    chunks = noun_chunk_spans(doc) if rows else []
    for r in rows:
        def sh(x: tuple[int, int]) -> tuple[int | None, int | None]:
            return (x[0] + off, x[1] + off) if x[0] >= 0 else (None, None)
        # (an op-ed sentence is no one policy: its names are its targets, not its first noun phrase)
        concept, c_s, c_e = _concept(chunks, r["content"], doc) if r["cue_lemma"] != OP_ED else (None, None, None)
        concept = " ".join(concept.split()) if isinstance(concept, str) else concept  # a wire's line breaks: one space
        (ss, se), (cs, ce), (ns, ne), (os_, oe), (ts, te) = (sh(r["speaker"]), sh(r["cue"]), sh(r["content"]),
                                                             sh(r["object"]), sh(r["sentence"]))
        out.append({"article_id": parsed.article_id, "kind": r["kind"], "sent_idx": r["sent_idx"],
                    "speaker_start": ss, "speaker_end": se,
                    "speaker_skip": _speaker_modifiers(doc, r["speaker"], off) if ss is not None else [],
                    "speaker_heads": _speaker_heads(doc, r["speaker"], off) if ss is not None else [],
                    "cue_start": cs, "cue_end": ce, "cue_lemma": r["cue_lemma"],
                    "content_start": ns, "content_end": ne, "object_start": os_, "object_end": oe,
                    "sentence_start": ts, "sentence_end": te, "inherited_speaker": bool(r.get("inherited")),
                    "cue_negated": bool(r.get("negated")), "concept": concept,
                    "concept_start": c_s + off if c_s is not None else None,
                    "concept_end": c_e + off if c_e is not None else None})
    return out


def _bracketed(sent: Span, first: int, last: int) -> Span:
    """The parenthesis the tokens ``first`` … ``last`` stand in, else the sentence: "(the actual number is closer to
    15 percent, according to Factcheck.org)" attributes the parenthesis, not the claim around it (a PolNeAR blind
    sample: Factcheck.org had opposed Trump)."""
    doc = sent.doc
    opened = next((k for k in range(first - 1, sent.start - 1, -1) if doc[k].text in "()"), None)
    closed = next((k for k in range(last + 1, sent.end) if doc[k].text in "()"), None)
    if opened is None or closed is None or doc[opened].text != "(" or doc[closed].text != ")":
        return sent
    return doc[opened + 1:closed]
