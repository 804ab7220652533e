"""The SOURCE of a cue: its subject, a passive agent, the owner of a nominal cue, an inherited subject, and the
words around a speaker phrase that are not the speaker."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from analysis.vocab import HONORIFICS

from .cues import cue_lexicon, wordnet_senses
from .naming import named_object
from .phrases import _np

RAISING = frozenset({"seem", "appear"})


ADDRESSEE_VERBS = frozenset({"tell", "send", "give", "show", "inform", "assure", "remind", "urge"})  # "told Fox News"


def _subject(verb: Token, quotes: list[tuple[int, int]] = ()) -> tuple[list[Token] | None, str]:
    """The source of a cue verb: subject, passive agent, inherited subject, relative-clause head, or the object
    of a psych verb that holds the attitude ("the deal angered FBI officials").

    A subject inside a quote that does not hold the verb is quoted speech the parser attached to the cue
    ("“… they [award] only 4 percent,” Robby Mook said" with both "they" and "Mook" as subjects): another
    subject outside the quote is the speaker.
    """
    if _object_feels(verb):  # "FBI officials were angered by the deal", "the attacks alarmed her supporters"
        dep = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "dobj"
        felt = next((c for c in verb.children if c.dep_ == dep), None)
        if felt is not None:
            return _np(felt), "experiencer"
    for c in verb.children:
        if c.dep_ == "agent":
            pobj = [g for g in c.children if g.dep_ == "pobj"]
            if pobj:
                return _np(pobj[0]), "agent"
    if verb.lemma_ in RAISING:
        return None, ""  # "Trump seemed to …", "it appears that …": the writer's inference, no speaker
    def quoted(t: Token) -> bool:
        return any(a < t.idx < b and not a < verb.idx < b for a, b in quotes)

    # (not a stray mark: "J. David Cox Sr., who …, warned" parses "Sr" and "." as two subjects)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj") and not c.is_punct]
    if len(subjects) > 1 and any(not quoted(c) for c in subjects):
        subjects = [c for c in subjects if not quoted(c)]
    if len(subjects) > 1 and all(c.i < verb.i for c in subjects) and subjects[-1].pos_ == "PROPN":
        # "Whole Foods co-founder and CEO John Mackey said": the parser split one phrase into several subjects;
        # its head, as in any English noun phrase, is the last
        subjects = subjects[-1:]
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            if verb.tag_ in ("VBD", "VBN") and any(a.dep_ == "auxpass" and a.lower_ in ("'s", "’s") for a in
                                                   verb.children) and any(a.dep_ == "ccomp" for a in verb.children):
                return _np(c), "subject"  # "He's said he …": the "'s" is "has", the parser read "is"
            return None, ""  # "it was said", "X was asked", "X is expected to": the subject does not speak
        if c in subjects:
            if c.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                # "Mitt Romney, the 2012 nominee, who said": the antecedent through the pronoun, so the span
                # names the speaker (its actor resolves) and holds the pronoun PolNeAR marks as the source;
                # "Senator James Lankford, an Oklahoma Republican who warned": the name the antecedent describes
                ante = verb.head
                if c.lower_ == "who" and ante.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC"):
                    k = ante  # "Matt Duss, the president of the Foundation for Middle East Peace, who criticizes":
                    while k.dep_ in ("pobj", "prep", "compound") and k.head is not k:  # Duss, not the foundation
                        k = k.head
                    if k is not ante and k.pos_ == "NOUN" and k.dep_ == "appos" and k.head.ent_type_ == "PERSON":
                        ante = k
                while ante.dep_ == "appos" and ante.head.pos_ == "PROPN" and ante.head.i < ante.i and (
                        ante.tag_ != "NNS" or any(a.dep_ == "conj" for a in ante.head.children)) and (
                        c.lower_ == "who" or ante.head.ent_type_ == "ORG"):  # not "Athens, an achievement which",
                    # nor "more votes than Sanders, superdelegates who back him" (a plural describes no one name;
                    # "Eva Miller and Gloria Major, African American women who" describes both)
                    ante = ante.head
                return _np(ante) + [c], "relcl"
            return _np(c), "subject"
    doc = verb.doc
    # the 8 characters before the verb, from the 8 tokens before it (Doc.text would build every token's text)
    before = "".join(t.text_with_ws for t in doc[max(0, verb.i - 8):verb.i])[-8:].rstrip(" ,")
    if verb.lemma_ not in ADDRESSEE_VERBS and (any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) and (
            verb.i > 0 and (doc[verb.i - 1].is_punct or doc[verb.i - 1].is_quote)) or (
            before.endswith(tuple("”\"’'")) and verb.dep_ in ("ROOT", "ccomp", "parataxis")
            and verb.tag_ in ("VBD", "VBZ", "VBP"))):
        # "“…,” said Jim Bopp": the parser often takes the name for an object or a clause (right after a comma or
        # a quote: in "… - Egypt and Jordan - also sharply criticised the US policy shift" the shift is no speaker)
        post = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "npadvmod", "attr", "oprd")
                and c.pos_ in ("PROPN", "NOUN", "PRON")]
        if post:
            return _np(post[0]), "inverted"
        nxt = verb.i + 1
        if nxt < verb.sent.end and doc[nxt].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "NUM") and not any(
                c.dep_ in ("dobj", "prep") and c.i == nxt for c in verb.children):
            rest = list(doc[nxt:verb.sent.end])
            end = next((k for k, t in enumerate(rest) if t.is_quote or t.text in ("''", "``")), len(rest))
            return rest[:end], "inverted"  # "…,'' said Robert Reich, who served as labor secretary"
    if verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl", "amod") and not (
            verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i
            and (any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children) or (
                verb.head.dep_ == "ROOT" or quoted(verb.head.head)) and verb.head.ent_type_ == "PERSON"
                or verb.head.pos_ == "PROPN" and named_object(verb) is not None)):
        # "Asked about X, she …", "known as": the participle's subject is not its speaker. Unless it takes a
        # reported clause, which a participle modifier does not: "A Quinnipiac poll found last week that …" is
        # a finite verb the parser took for a participle of its subject (the acl rule below); so is a participle
        # of a person the parser left as the sentence's root, with no other verb, or hung on the quoted words
        # ("Mitt Romney, the 2012 nominee, tweeted in response: …"; a headline's "Labour accused of …" is passive),
        # or names someone ("De Blasio, speaking on WOR710, called Trump a “blowhard”": ``naming``)
        return None, ""
    if verb.dep_ in ("advcl", "pcomp") and verb.tag_ == "VBG":
        gov = verb.head.head if verb.dep_ == "pcomp" else verb.head  # "quoted X as saying"
        objs = [c for c in gov.children if c.dep_ == "dobj"]
        if objs and gov.lemma_ in ("quote", "cite"):
            return _np(objs[0]), "quoted"
    h = verb
    while h.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep") and h.head is not h:  # "… by denouncing X"
        came_by = h.dep_
        h = h.head
        if came_by == "conj" and h.pos_ not in ("VERB", "AUX"):
            # "He called it “shameful” and called on leaders …": the parser hung the second verb on the first
            # one's complement; climb to the verb that holds it
            for _ in range(2):
                if h.pos_ in ("VERB", "AUX") or h.head is h or h.dep_ not in ("oprd", "acomp", "dobj", "attr"):
                    break
                h = h.head
        if h.dep_ == "ccomp" and h.head.pos_ in ("VERB", "AUX") and (
                cue_lexicon().get(h.lemma_, 0.0) < 0.2 or (came_by == "advcl" and verb.tag_ == "VBG" and not any(
                    c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in h.children))):
            # "Suu Kyi said it was too early but added …", "she said she was thinking, …, adding …": the parser
            # hangs the second cue in the reported clause, whose subject is not its speaker; the speaker is
            # the reporting verb's. Not when that clause's cue has a subject named of its own: in "Her liberal
            # friends have mocked Trump's campaign, calling Trump “an orange buffoon,” Susan said" the friends call
            h = h.head
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return _np(c), "inherited"
    if verb.dep_ == "relcl":
        return _np(verb.head), "relcl"
    if verb.dep_ in ("acl",) and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return [x for x in _np(verb.head) if x.i < verb.i] or _np(verb.head), "acl"
    if verb.tag_ in ("VBD", "VBZ", "VBP") and verb.dep_ in ("ROOT", "ccomp", "conj", "parataxis"):
        left = _left_subject(verb, quoted)
        if left:
            return left, "left"
        named = set_off_name(verb)
        if named:
            return named, "left"
    return None, ""


def set_off_name(verb: Token) -> list[Token] | None:
    """A person named between commas right before a cue that has no subject, with what describes them ("… on
    their way to Orlando, Jake Frith, special agent for the attorney general's office, said."): the parser joined the
    name to the reported clause's last noun. Only the last person named before the verb, and only words that are
    no clause between the name and the verb."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or not any(c.dep_ == "ccomp" and c.i < verb.i
                                                              for c in verb.children):
        return None
    people = [e for e in doc.ents if e.label_ == "PERSON" and verb.sent.start < e.start and e.end < verb.i]
    if not people:
        return None
    e = people[-1]
    between = doc[e.end:verb.i - 1]
    if doc[e.start - 1].text != "," or len(between) and (between[0].text != "," or len(between) > 12 or any(
            t.pos_ in ("VERB", "AUX") for t in between)):
        return None
    return list(doc[e.start:verb.i - 1])


TAIL_CUES = frozenset({"say", "report", "add", "write", "note", "explain", "conclude", "continue", "recall",
                       "observe", "insist", "argue", "remark", "recount", "state", "quip", "joke", "reply", "tweet",
                       "comment", "confirm", "acknowledge", "admit", "claim", "allege", "contend", "counter"})


def tail_cue(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """Source and content of a reporting verb put after its clause with the speaker behind it, when the parser
    hung the verb on that clause ("Roof stood emotionless, reported Alexandra Olgin of South Carolina Public
    Radio"; "The claims reflected reality, reported MSNBC"): the name after the verb speaks and the clause before
    the comma is what was said. Only verbs whose object is what is said, never an addressee ("…, told Obama"),
    and only a name right after the verb: "praised Obama" after a comma is a second deed, not this."""
    doc = verb.doc
    if verb.lemma_ not in TAIL_CUES or verb.dep_ not in ("conj", "advcl") or verb.head.i > verb.i or (
            verb.i == 0 or doc[verb.i - 1].text != "," or verb.tag_ not in ("VBD", "VBZ", "VBP")):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "ccomp", "xcomp", "aux") for c in verb.children) or any(
            doc[k].dep_ == "cc" for k in range(verb.head.i + 1, verb.i)):
        return None
    name = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "npadvmod", "attr")), None)
    if name is None or name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
        return None
    phrase = _np(name)
    if phrase[0].i != verb.i + 1:
        return None
    head = verb.head
    content = [t for t in head.subtree if t.i < verb.i - 1 and t.i >= head.sent.start]
    return (phrase, content) if content else None


def _object_feels(verb: Token) -> bool:
    """A psych verb whose object, not its subject, holds the attitude ("the deal angered FBI officials"):
    WordNet files its first sense under verb.emotion and gives it the frame "Something ----s somebody"."""
    entry = wordnet_senses().get((verb.lemma_.lower(), "v"))
    # not with an infinitive for the object: "invited Russia to dig up the emails" asks Russia (PolNeAR blind sample:
    # Russia had spoken against Clinton)
    return entry is not None and entry[0][0] == "verb.emotion" and 10 in entry[2] and not any(
        c.dep_ == "xcomp" for c in verb.children)


def _left_subject(verb: Token, quoted: Any) -> list[Token] | None:
    """The noun phrase just before a finite cue verb that the parser left without a subject ("Trump predicts
    that …" with "Trump" as a compound; "her adviser, Jake Sullivan, said:" with the name hung elsewhere):
    skipping commas, adverbs and a parenthesis, the nearest noun with its phrase, through coordination and an
    apposition to a name (not to a common noun: "her adviser, Jake Sullivan" gives "Jake Sullivan")."""
    k = verb.i - 1
    sent_start = verb.sent.start
    while k >= sent_start:
        t = verb.doc[k]
        if t.text == ")":
            while k >= sent_start and verb.doc[k].text != "(":
                k -= 1
        elif not (t.text in (",", "—", "–") or t.pos_ in ("ADV", "AUX", "PART") or t.is_space):
            break
        k -= 1
    if k < sent_start:
        return None
    t = verb.doc[k]
    lead = next((j for j in range(k - 1, max(sent_start, k - 3) - 1, -1) if verb.doc[j].text in HONORIFICS), None)
    if t.pos_ == "PROPN" and lead is not None and not quoted(t) and all(
            x.text[:1].isupper() for x in verb.doc[lead + 1:k + 1]):
        return list(verb.doc[lead:k + 1])  # "In a speech to the Foreign Policy Centre Mr Straw said": no comma
    if t.pos_ not in ("PROPN", "NOUN") or t.dep_ in ("pobj", "dobj", "poss") or quoted(t):
        return None
    said = t
    while t.head.i < verb.i and t.head.dep_ not in ("pobj", "dobj", "poss") and (
            t.dep_ in ("compound", "conj") or (t.dep_ == "appos" and t.head.pos_ == "PROPN")):
        t = t.head  # "Cruz and Rubio", "Harry Reid, the minority leader"
    if t is not said and said.pos_ == "NOUN" and said.tag_ == "NN" and said.dep_ == "appos" and said.head.dep_ == \
            "conj" and said.head.head.ent_type_ == "PERSON" and t.dep_ in ("appos", "pobj", "dobj"):
        # names listed on a preposition's object, then one described: "In an interview with Morning Joe hosts Joe
        # Scarborough and Mika Brzezinski, the Democratic presidential candidate stated": the description speaks,
        # not the hosts (not a name after a title: "In his book, Lawless World, Philippe Sands, a QC, suggests")
        return [x for x in said.subtree if x.i < verb.i]
    return [x for x in _np(t) if x.i < verb.i]


NOUN_SOURCE_PREPS = ("by", "from", "among")


NOUN_CONTENT_PREPS = ("for", "of", "on", "against", "about", "over", "to", "with", "toward", "towards")


def _owner(poss: Token) -> list[Token]:
    """A possessor as a speaker: its noun phrase without the possessive "'s"."""
    return [t for t in _np(poss) if not (t.dep_ == "case" and t.head == poss)]


def _noun_cue_args(noun: Token, owner: list[Token]) -> tuple[list[Token] | None, list[Token] | None]:
    """Source and content of a nominal cue: the object of "by"/"from"/"among" ("criticism from Democrats"), else
    its possessor ("his support"; in "Clinton's support among black voters" the possessor is what the voters
    support); its clause, or a prepositional phrase ("support for the deal")."""
    src = _owner(owner[0]) if owner else None
    con = None
    by = None
    for c in noun.children:
        pobj = [g for g in c.children if g.dep_ == "pobj"]
        if c.dep_ == "prep" and pobj:
            if c.lower_ in NOUN_SOURCE_PREPS and by is None and pobj[0].pos_ in ("PROPN", "PRON", "NOUN"):
                src = by = _np(pobj[0])
            elif c.lower_ in NOUN_CONTENT_PREPS and con is None:
                con = list(c.subtree)
        elif c.dep_ in ("acl", "ccomp") and con is None and c.i > noun.i:
            con = list(c.subtree)
    return src, con


CLAUSE_MODIFIERS = ("acl", "relcl")


PLACE_PREPS = frozenset({"in", "on", "near", "across", "around", "outside", "inside", "throughout", "within"})


def _speaker_modifiers(doc: Doc, speaker: tuple[int, int], off: int) -> list[list[Any]]:
    """Character ranges of the speaker phrase that only modify its head, as [start, end, kind]: a clause
    ("the lawsuit, filed in Los Angeles"; kind "clause") or a place ("policy makers in Europe"; kind "place").
    An actor named there is not who speaks (``attach_speakers``); a place in a "for"/"of"/"at" phrase is
    ("a spokesman for the Kremlin")."""
    span = doc.char_span(speaker[0], speaker[1], alignment_mode="expand")
    if span is None:
        return []
    out = []
    for c in span.root.children:
        kind = "clause" if c.dep_ in CLAUSE_MODIFIERS else "place" if (
            c.dep_ == "prep" and c.lower_ in PLACE_PREPS) else None
        if kind and span.start <= c.i < span.end:
            sub = [t for t in c.subtree if span.start <= t.i < span.end]
            out.append([sub[0].idx + off, sub[-1].idx + len(sub[-1]) + off, kind])
    return out


def _speaker_heads(doc: Doc, speaker: tuple[int, int], off: int) -> list[int]:
    """Character offsets of the speaker phrase's syntactic head, then of the heads in apposition or coordination
    with it ("the Archbishop of Cardiff, the Most Reverend Peter Smith"): the name that speaks in "Ryanair deputy
    chief executive Michael Cawley" is at the head, not in its modifiers (``_head_actor``)."""
    span = doc.char_span(speaker[0], speaker[1], alignment_mode="expand")
    if span is None:
        return []
    root = span.root
    if root.pos_ == "VERB" and root.tag_ == "VBN":
        # a participle the parser made the head: "The We Company's recently named executive chair Marcelo Claure"
        # speaks as the one named
        root = next((c for c in root.children if c.dep_ in ("dobj", "oprd") and span.start <= c.i < span.end), root)
    heads, todo = [], [root]
    while todo:
        t = todo.pop(0)
        heads.append(t.idx + off)
        todo += [c for c in t.children if c.dep_ in ("appos", "conj") and span.start <= c.i < span.end]
    return heads


NOT_SPEAKERS = {"note", "update", "updated", "related", "photo", "photos", "video", "watch", "read", "source",
                "sources", "editor", "correction", "advertisement", "see", "more", "listen", "click", "warning",
                "breaking", "exclusive", "opinion", "analysis", "live", "poll", "map", "chart", "graphic", "transcript"}


def _speaker_label(label: list[Token], headline: bool, learned: bool = False) -> bool:
    """Whether the words before a paragraph-opening colon name who speaks: a name the NER tagged, a short
    all-caps name (a transcript's "FALLIN:") or an interview's "Q"/"A"; never a section label ("UPDATE:").
    ``learned``: the cue detector took the colon for a cue, so any short verbless label speaks ("Poll:")."""
    if not label or len(label) > 5 or any(t.pos_ in ("VERB", "AUX") for t in label):
        return False
    if learned:
        return True
    if any(t.lower_ in NOT_SPEAKERS for t in label):
        return False
    if any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in label):
        return True
    if headline:  # a title-case headline often defeats the tagger: "Lewandowski: FBI director acted as …"
        names = {w for e in label[0].doc.ents if e.label_ in ("PERSON", "ORG", "GPE", "NORP")
                 for w in e.text.split()}
        words = [t for t in label if not t.is_punct]
        return 0 < len(words) <= 3 and all(t.text[:1].isupper() and t.text in names for t in words)
    if len(label) == 1 and label[0].text in ("Q", "A"):
        return True
    return all(t.is_upper and len(t.text) >= 2 or t.is_punct for t in label) and any(t.is_alpha for t in label)
