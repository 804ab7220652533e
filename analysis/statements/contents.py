"""The CONTENT of a cue: the clause, object or adjacent quote it attributes, the statement's kind, and the
concept a content is about."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from analysis.nlp import PARA_RE, doc_text, wordnet_senses
from analysis.vocab import law_name, role_words

from .aiming import aimed_at
from .labels import CLAIM_HEADS, claim_named, earlier_claim, possessive_label
from .naming import named_object
from .phrases import _span_chars
from .policy_refs import VAGUE_MODIFIERS, bare_policy, law_of_plan, named_policy
from .quotes import SENTENCE_END_RE

SPLIT_GAP = 40  # characters between the parts of a quote split by its cue and the cue: ' Mr Makower said, '


SPLIT_RE = re.compile(r",\s*$")  # '…," said Mr Makower, "…': the cue's clause ends with a comma


def _split_first(text: str, end: int, cue: int) -> bool:
    """Whether a quote ending at ``end`` reads as the first part of a quote split by the cue at ``cue``: it ends
    with a comma ('"…," she said, "…"' or '"…", she said') at most ``SPLIT_GAP`` characters before the cue. A
    phrase quoted in the narration ('"Blair Babes" elected in 1997, told researchers: "…"') does not."""
    return cue - SPLIT_GAP <= end <= cue and "," in text[max(0, end - 2):end + 1]


def _content(verb: Token, quotes: list[tuple[int, int]], sent: Span) -> tuple[int, int, int, int]:
    """Content span of a cue (and, for "called on X to …" / "accused X", the object span)."""
    obj = (-1, -1)
    dobj_seen = False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") and verb.lemma_ in ("call", "appeal", "press") \
                and all(t.pos_ == "ADV" for t in verb.doc[verb.i + 1:c.i]):
            # "called (again) on X", not "called Trump a “blowhard” on Monday"
            pobj = [g for g in c.children if g.dep_ == "pobj"]
            if pobj:
                obj = _span_chars(list(pobj[0].subtree))
        if c.dep_ in ("dobj",) and verb.lemma_ in ("urge", "accuse", "praise", "condemn", "criticize", "criticise",
                                                   "welcome", "blame", "warn", "tell", "ask", "thank", "congratulate",
                                                   "support", "back", "endorse", "attack", "slam", "denounce", "call",
                                                   "challenge"):
            if dobj_seen:
                continue  # a second "object" is a misparse of words further on ("accused Letwin of plotting
                # cuts … equivalent of sacking every teacher, GP and nurse": GP is no one accused)
            dobj_seen = True
            obj = _span_chars(list(c.subtree))
    if obj[0] < 0 and (named := named_object(verb)) is not None:
        # "called Trump a “blowhard”": whom the label is given (the parser may make the name an object predicate)
        obj = _span_chars(list(verb.doc[named[0][0]:named[0][1]]))
    # "lashed out at X", "hit out at X", "pushed back against X", "railed against X", "was critical of X": whom the
    # act of taking sides is aimed at, as the object of "criticized X" is
    aimed = aimed_at(verb)
    if aimed is not None and obj[0] < 0:
        obj = _span_chars(list(aimed.subtree))
        if not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            return obj[0], obj[1], obj[0], obj[1]
    # a clause before an object: in "told reporters that …" and "urged Pyongyang to halt …" the object is the
    # addressee and the clause is what was said
    for c in sorted(verb.children, key=lambda c: c.dep_ not in ("ccomp", "xcomp")):
        if c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and verb.pos_ == "VERB"):
            # the complement's side of the cue only: in "which critics said was unfair" the parser puts
            # "which" under "was", and the span would run over the speaker and the cue
            s, e = _span_chars([x for x in c.subtree if (x.i > verb.i) == (c.i > verb.i)])
            as_ = _as_saying(verb) if c.dep_ == "dobj" and c.i > verb.i else None
            if as_ is not None and s >= 0:  # "quoted US officials as saying that …": the officials and their words
                e = max(e, _span_chars(list(as_.subtree))[1])
            if s >= 0:
                q = [(a, b) for a, b in quotes if a <= s and e <= b]
                if q:  # the complement is a quotation: the content is the whole quote, marks included, and
                    # the other part of a quote split by its cue ('"…," she said, "…"'), which the parser
                    # leaves off: the quote that ends just before the cue's clause or opens just after it
                    s, e = q[0]
                    for a, b in quotes:
                        if s > verb.idx and sent.start_char <= a and _split_first(doc_text(sent.doc), b, verb.idx):
                            s = a
                        elif e <= verb.idx and b <= sent.end_char and verb.idx < a <= verb.idx + SPLIT_GAP \
                                and SPLIT_RE.search(doc_text(sent.doc)[verb.idx:a]):
                            e = b
                return s, e, obj[0], obj[1]
    # the quote nearest to the cue in its sentence (a quote split by its cue: take both parts)
    in_sent = [(s, e) for s, e in quotes if s < sent.end_char and e > sent.start_char and not (s <= verb.idx < e)]
    if any(s > verb.idx for s, _ in in_sent):  # a quote before the cue is content only as a split quote's first part
        in_sent = [(s, e) for s, e in in_sent if s > verb.idx or _split_first(doc_text(sent.doc), e, verb.idx)]
    if in_sent:
        return min(s for s, _ in in_sent), max(e for _, e in in_sent), obj[0], obj[1]
    # "“…” Smith said last week.": the splitter cut the quote from its cue; take the quote just before
    doc = sent.doc
    if sent.start > 0 and doc[sent.start - 1].is_quote:
        end = doc[sent.start - 1].idx + len(doc[sent.start - 1])
        q = [(a, b) for a, b in quotes if b == end]
        if q:
            return q[0][0], q[0][1], obj[0], obj[1]
    # "No name change, he said, hides what it is" / "as Smith reported, …": the clause around the cue
    head = verb.head
    if head is not verb and head.pos_ in ("VERB", "AUX") and (verb.dep_ == "parataxis" or (
            verb.dep_ == "advcl" and all(c.lower_ == "as" for c in verb.children if c.dep_ == "mark")
            and not any(c.dep_ == "nsubjpass" for c in verb.children))):  # "As the sentence was read, …": a time
        own = {t.i for t in verb.subtree}
        s, e = _span_chars([t for t in head.subtree if t.i not in own and not t.is_punct and not t.is_space])
        if s >= 0:
            return s, e, obj[0], obj[1]
    # "X said: …" / "X added that …"
    after = [t for t in sent if t.i > verb.i]
    if after and after[0].text == ":":
        s, e = _span_chars(after[1:])
        return s, e, obj[0], obj[1]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("about", "of", "on", "against", "over", "for"):
            s, e = _span_chars(list(c.subtree))
            if s >= 0:
                return s, e, obj[0], obj[1]
    # "advisers were optimistic that …", "was upfront about her distaste": the adjective's complement
    for c in verb.children:
        if c.dep_ == "acomp":
            arg = next((g for g in c.children if g.dep_ in ("ccomp", "xcomp", "prep")), None)
            if arg is not None:
                return *_span_chars(list(arg.subtree)), obj[0], obj[1]
    # "The move was criticized by economists": what a passive cue with an agent is about is its subject
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is not None and obj[0] < 0 and any(c.dep_ == "agent" for c in verb.children):
        return *_span_chars(list(subj.subtree)), obj[0], obj[1]
    if obj[0] >= 0:
        return obj[0], obj[1], obj[0], obj[1]
    return -1, -1, obj[0], obj[1]


def _as_saying(verb: Token) -> Token | None:
    """The "as saying …" phrase of "quoted / cited X as saying …" (the parser hangs "as" on the verb, its
    gerund as pcomp), or None. PolNeAR's content spans X and the phrase."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i:
            if any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children):
                return c
    return None


def _kind(content: tuple[int, int], quotes: list[tuple[int, int]]) -> str:
    s, e = content
    if s < 0:
        return "other"
    inside = [(a, b) for a, b in quotes if a < e and s < b]
    if not inside:
        return "indirect"
    if any(a <= s + 1 and e - 1 <= b for a, b in inside):
        return "direct"
    return "mixed"


LEAD_MARKS = " \t\n\"“‘'(—–-"


def _sentences_inside(text: str, qs: int, qe: int) -> bool:
    """Whether a quoted passage holds a sentence end before its last words: a quote of its own that the
    sentence splitter joined to the narration before it, not a phrase quoted inside a sentence."""
    return SENTENCE_END_RE.search(text, qs, max(qs, qe - 2)) is not None


def _paragraph_end(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` ends (before its blank line, or the text's end)."""
    m = PARA_RE.search(text, pos)
    return m.start() if m else len(text)


# nouns that frame a statement rather than name its topic ("concern about X", "put an end to X"); a side's own
# "position" or "stance" is whose, not what ("Baker said the U.S. position was 'unqualified and unconditional'":
# a Reuters-21578 cell of Baker against "u.s. position")
FRAME_NOUNS = {"concern", "hope", "support", "regret", "alarm", "satisfaction", "opposition", "information", "end",
               "view", "opinion", "belief", "fact", "way", "thing", "part", "lot", "time", "level", "statement",
               "position", "stance"}


# what a coder codes as a concept is an issue or a policy, not whatever noun the content starts with (on BBC the
# commonest concepts were "people", "government", "plans", "decision", "number"): a chunk qualifies when its head
# names an issue on its own, or a policy word or a compound ("interest rates", "the Iraq war") is modified
ISSUE_NOUNS = {
    "abortion", "asylum", "austerity", "censorship", "conscription", "corruption", "deficit", "deregulation",
    "devolution", "disarmament", "encryption", "enlargement", "euthanasia", "gambling", "globalisation",
    "globalization", "healthcare", "immigration", "independence", "inflation", "isolationism", "privatisation",
    "privatization", "protectionism", "recession", "sanctions", "surveillance", "tariffs", "taxation", "terrorism",
    "unemployment", "welfare", "poverty", "climate", "pensions", "nationalisation", "nationalization", "outsourcing",
    "subsidies", "smoking", "hunting", "impeachment", "annexation", "occupation", "ceasefire", "truce", "blockade",
}
POLICY_HEADS = {
    "act", "agreement", "amendment", "ban", "bid", "bill", "review", "probe", "inquest", "overhaul", "revamp",
    "shake-up", "budget", "campaign", "card",
    "ceasefire", "charge",
    "constitution", "crackdown", "cut", "deal", "election", "fee", "increase", "inquiry", "investigation", "law",
    "legislation", "measure", "merger", "plan", "policy", "pact", "process", "programme", "program", "proposal",
    "rate", "referendum", "reform", "regime", "rise", "rule", "sanction", "scheme", "spending", "strategy", "strike",
    "takeover", "target", "tax", "treaty", "war", "wage", "visa", "deportation", "detention", "withdrawal",
    "invasion", "intervention", "tariff", "subsidy", "privatisation", "regulation", "system", "service", "crisis",
}
GENERIC_HEADS = {"people", "thing", "way", "lot", "number", "time", "year", "day", "week", "month", "case", "sign",
                 "kind", "sort", "part", "fact", "point", "place", "man", "woman", "world", "word", "question",
                 "answer", "issue", "problem", "matter", "situation", "moment", "bit", "area", "side", "group",
                 "run", "lead", "build", "up"}  # "the run-up to the election", "the lead-up", "the build-up"


ROLE_HEADS = {"secretary", "minister", "executive", "president", "chairman", "spokesman", "spokeswoman", "commissioner",
              "spokesperson", "leader", "director", "officer", "official", "chief", "governor", "analyst", "economist",
              "ally", "supporter", "aide", "adviser", "advisor", "colleague", "rival", "critic", "nominee", "candidate",
              "challenger", "contender", "incumbent", "frontrunner", "front-runner"}


def issue_phrase(chunk: Span) -> bool:
    """Whether a noun chunk names an issue or a policy a coder would reuse across articles (see ISSUE_NOUNS)."""
    root = chunk.root
    lemma = root.lemma_.lower()
    roles = role_words()
    text = " ".join(t.lower_ for t in chunk if t.pos_ != "DET")
    if lemma in GENERIC_HEADS or lemma in FRAME_NOUNS or lemma in roles or text in roles or lemma in ROLE_HEADS:
        return False
    if lemma in ("deal", "lot") and any(c.lower_ in ("great", "good") for c in root.children):
        return False  # "a great deal of preparatory work": a quantity, not an agreement  # ... and "home secretary", "chief executive": a person's role, not an issue
    if root.lower_ in ISSUE_NOUNS or lemma in ISSUE_NOUNS:
        return True
    # "Bernie Sanders's attack": whose, not what; but "Ms Villalba's claims" are what a denial rejects
    owner = {x.i for c in root.children if c.dep_ == "poss" for x in c.subtree} if lemma not in CLAIM_HEADS else set()
    mods = [t for t in chunk if t.i < root.i and t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") and not t.is_stop
            and t.i not in owner and not _vague(t)]  # "new rules" is as bare as "rules"
    if not mods:
        return False
    if lemma in POLICY_HEADS:
        return True
    return any(t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN") for t in mods) or any(
        t.pos_ == "ADJ" and t.text.islower() and _relational(t.lower_) for t in mods)  # not "European title"


def _vague(t: Token) -> bool:
    """A modifier of the phrase's head that tells no policy apart ("the new rules", "such phone calls":
    ``VAGUE_MODIFIERS``), not one inside a term ("current account deficit", "new-look")."""
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    glued = nxt is not None and not t.whitespace_ and nxt.text in ("-", "‐")
    term = nxt is not None and (t.lower_, nxt.lower_) in _VAGUE_TERMS
    return t.text in VAGUE_MODIFIERS and t.dep_ in ("amod", "predet", "advmod") and t.head.dep_ != "compound" \
        and not glued and not term


_VAGUE_TERMS = frozenset({("current", "account"), ("new", "year"), ("new", "town"), ("new", "towns")})


def _relational(adjective: str) -> bool:
    """An adjective of a domain ("economic stability", "military action", "environmental damage": WordNet's
    first sense adj.pert, pertaining to a noun), which makes an issue of its noun; not one of degree or quality
    ("strong performance", "big problem")."""
    entry = wordnet_senses().get((adjective, "a"))
    return entry is not None and entry[0][0] == "adj.pert"


def _telling(t: Token) -> bool:
    """A modifier that says what a plan is about: a noun, a name, a relational adjective ("economic") or a part of
    a hyphened word ("anti-terror"), not a judging or vague one ("controversial", "new")."""
    glued = t.i > 0 and t.nbor(-1).text in ("-", "‐") and not t.nbor(-1).whitespace_
    return t.pos_ in ("NOUN", "PROPN") or glued or t.pos_ == "ADJ" and t.text.islower() and _relational(t.lower_)


def _law_whole(chunk: Span, begin: int) -> tuple[str, int, int] | None:
    """A law's whole name where the noun chunk holds only its end ("Terrorism Bill" of "the Prevention of
    Terrorism Bill"): the entity the chunk's head closes, as the concept's label and span."""
    ent = next((e for e in chunk.doc.ents if e.start <= chunk.root.i < e.end and e.end == chunk.root.i + 1), None)
    if ent is None or ent.start >= chunk.start or ent.start_char < begin:
        return None
    words = hyphened([t for t in ent if t.pos_ != "DET"])
    return " ".join(words), ent.start_char, chunk.end_char


def _in_modifier_clause(chunk: Span, content: tuple[int, int]) -> bool:
    """Whether the chunk sits in a clause that describes a noun of the content ("all the candidates seeking the
    GOP nomination": the nomination is not what the speaker judges)."""
    tok = chunk.root
    while tok.head.i != tok.i and content[0] <= tok.head.idx < content[1]:
        if tok.dep_ == "relcl" or tok.dep_ == "acl" and tok.tag_ in ("VBG", "VBN"):
            return True  # not "efforts to reduce its budget deficit": what the efforts are is the content
        tok = tok.head
    return False


def _concept(chunks: list[Span], content: tuple[int, int], doc: Doc | None = None
             ) -> tuple[str | None, int | None, int | None]:
    """A short noun phrase naming what the content is about (DNA's concept): an act the content's clause is about
    (``act_subject``), else its first chunk that names an issue or a policy (``issue_phrase``), with its
    character span in the piece; none when the content names none."""
    if content[0] < 0:
        return None, None, None
    if doc is not None and (act := act_subject(doc, content)) is not None:
        return act
    if (said := claim_named(chunks, content)) is not None:
        return said
    for chunk in chunks:  # (in text order: none after the content's end can be in it)
        if chunk.start_char < content[0]:
            continue
        if chunk.start_char >= content[1]:
            break
        if (got := _policy_on(chunk, content)) is not None:
            return got
        # a law the recognizer tagged ("the Gambling Bill") is a policy a coder records, like "the tobacco ban"
        law = chunk.root.pos_ in ("NOUN", "PROPN") and (chunk.root.ent_type_ == "LAW" or law_name(
            [t.text for t in chunk if not t.is_punct])) or (  # a law tagged ORG: "the Prevention of Terrorism Bill"
            chunk.root.ent_type_ == "EVENT" and chunk.root.pos_ == "NOUN" and chunk.root.lemma_.lower() in POLICY_HEADS)
        # (an event named by a policy noun is an issue: "the Iraq war" tagged EVENT)
        if chunk.start_char >= content[0] and chunk.end_char <= content[1] and (
                chunk.root.pos_ == "NOUN" and not chunk.root.ent_type_ or law) and issue_phrase(chunk) \
                and not _in_modifier_clause(chunk, content):
            words = hyphened([t for t in chunk if (t.pos_ not in ("DET", "PRON") or t.lower_ == "no")
                              and not t.is_space and not _vague(t)])  # "the no change decision"
            # keeps its "no"; "such phone calls" are phone calls
            words = words[-4:]
            while words and words[0] in ("'s", "’s"):  # "the US's massive budget deficit" less the name
                words = words[1:]
            words = _aimed_act(chunk.root) or words
            if law and (whole := _law_whole(chunk, content[0])) is not None:
                return whole
            if doc is not None and (named := law_of_plan(doc, chunk, _telling)) is not None:
                return " ".join(hyphened([t for t in named if t.pos_ != "DET"])), chunk.start_char, chunk.end_char
            if words:
                return possessive_label(words), chunk.start_char, chunk.end_char
        elif doc is not None and chunk.end_char <= content[1] and (said := earlier_claim(doc, chunks, chunk)):
            return said  # "dismissed these claims": the claim the article named before
        elif doc is not None and chunk.end_char <= content[1] and (kind := bare_policy(chunk)) is not None:
            # "the legislation would encourage a mafia-like culture": the law the article named before
            named = named_policy(doc, chunks, kind, content[0], issue_phrase)
            words = [t.lower_ for t in named or () if t.pos_ not in ("DET", "PRON", "CCONJ") and not t.is_punct
                     and t.tag_ != "POS"]
            if len(words) >= 2:  # a name, not a bare "the Bill"
                return " ".join(words[-4:]), chunk.start_char, chunk.end_char
    return None, None, None


# prepositions that say what a bare policy word is a policy on: "a ban on smoking", "a referendum on the EU
# constitution", "a tax on fuel", "a cut in interest rates", "the war in Iraq"
# ("cuts on poor share returns" is "blamed the cuts on …", "bills for pensioners" are not laws: "in" only for
# changes and wars, "on" not for changes, no "for")
_POLICY_PREPS = frozenset({"on", "of", "against", "in"})
_CHANGES = frozenset({"cut", "rise", "increase"})
_AMOUNTS = _CHANGES | {"war", "intervention", "invasion"}
_IDIOMS = frozenset({"thumb", "words", "game", "games"})  # "rule of thumb", "war of words", "laws of the game"
# "of" says what is acted on only after acts ("reform of the UN", "the detention of UK citizens", "the rule of
# law"), not after "measure", "rate", "target", "process" ("a measure of the number", "the rate of increase")
# acts named by a noun whose "of" is what they are done to ("the purchase of Yukos' key production unit"): the
# concept is the act, and what it is done to is not what a position on it is about (``stance.targets``)
DONE_TO = frozenset({"purchase", "sale", "takeover", "acquisition", "sacking", "dismissal", "arrest", "detention",
                     "removal", "closure", "break-up", "privatisation", "privatization", "nationalisation",
                     "nationalization", "expulsion", "invasion", "occupation", "bombing", "buyout", "sell-off",
                     "execution", "killing", "jailing", "imprisonment", "prosecution", "deportation", "extradition",
                     "suspension", "ouster", "overthrow"})
_OF_HEADS = DONE_TO | {"reform", "review", "regulation", "withdrawal", "merger", "election", "inquiry",
                       "investigation", "probe", "overhaul", "revamp", "rule", "law", "charges"}
_NO_TOPIC = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _policy_on(chunk: Span, content: tuple[int, int]) -> tuple[str, int, int] | None:
    """A bare policy word with what it is on, as a coder names the concept ("backed a ban on smoking in pubs":
    "ban on smoking", not "smoking", which the ban is against): the chunk's head in ``POLICY_HEADS`` with no
    modifier of its own, a preposition of ``_POLICY_PREPS`` and its noun object (at most three of its words, no
    date or figure), all inside the content. Frame nouns ("plans for debt relief") are not policies on their
    object: the concept is what they are for (``stance.claims.framing``)."""
    root = chunk.root
    if root.pos_ != "NOUN" or root.lemma_.lower() not in POLICY_HEADS | DONE_TO or root.lower_ in ATTEMPT_NOUNS \
            or any(t.i < root.i and t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") for t in chunk):
        return None
    lemma = root.lemma_.lower()
    prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in _POLICY_PREPS
                 and (c.lower_ != "in" or lemma in _AMOUNTS) and (c.lower_ != "on" or lemma not in _CHANGES)
                 and (c.lower_ != "of" or lemma in _OF_HEADS or root.lower_ in _OF_HEADS)), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in _NO_TOPIC or obj.lower_ in _IDIOMS:
        return None
    toks = [t for t in obj.subtree if t.i <= obj.i and t.pos_ not in ("DET", "PRON", "PUNCT")]
    cut = max((k + 1 for k, t in enumerate(toks) if t.dep_ == "cc"), default=0)
    words = [t.lower_ for t in toks[cut:]]  # "tariffs on fixed and mobile phones": "tariffs on mobile phones"
    end = obj.idx + len(obj)
    if not words or end > content[1]:
        return None
    return " ".join([root.lower_, prep.lower_, *words[-3:]]), chunk.start_char, end


# nouns of an attempt whose infinitive is what it is about: "a Tory attempt to change the law", "plans to scrap
# the tax", "a bid to cut immigration"
ATTEMPT_NOUNS = frozenset({"attempt", "attempts", "bid", "bids", "move", "moves", "plan", "plans", "proposal",
                           "proposals", "effort", "efforts", "push", "decision", "call", "calls"})


def _aimed_act(root: Token) -> list[str] | None:
    """The act an attempt noun is about, as a coder writes the concept ("backed a Tory attempt to change the law":
    "change the law"; "plans to scrap the tax": "scrap the tax"): the infinitive and its object's words (no
    determiners, at most four), or None."""
    if root.dep_ == "dobj" and root.head.dep_ in ("acl", "relcl") and root.head.head.lower_ in ATTEMPT_NOUNS:
        root = root.head.head  # "plans to scrap the council tax": the chunk is the act's object
    if root.lower_ not in ATTEMPT_NOUNS:
        return None
    verb = next((c for c in root.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb is not None else None
    if obj is None:
        return None
    words = _object_words(obj)
    # "his decision not to release foreign terror suspects": what is defended is not releasing them
    act = ["not", verb.lower_] if any(c.dep_ == "neg" for c in verb.children) else [verb.lower_]
    return [*act, *words[-4:]] if words else None


def hyphened(tokens: list[Token]) -> list[str]:
    """Lowercase words of a phrase's tokens with hyphenated compounds kept whole ("a Madrid-style pre-election
    bombing": "madrid-style pre-election bombing", not "style pre election bombing" after its last four words);
    other punctuation dropped."""
    words: list[str] = []
    glue = False
    for t in tokens:
        if t.text in ("-", "‐") and not t.whitespace_ and words and t.i > 0 and not t.nbor(-1).whitespace_:
            glue = True
        elif not t.is_punct:
            if glue and words:
                words[-1] += "-" + t.lower_
            else:
                words.append(t.lower_)
            glue = False
    return words


def _object_words(obj: Token) -> list[str]:
    """An act's object as a coder writes it: its words up to its head, no "a"/"an", a possessive's "'s" on its
    word ("the European Union's arms embargo")."""
    words: list[str] = []
    for t in obj.subtree:
        if t.i <= obj.i and not t.is_punct and t.lower_ not in ("a", "an"):
            if t.lower_ in ("'s", "’s") and words:
                words[-1] += "'s"
            else:
                words.append(t.lower_)
    return words


def act_subject(doc: Doc, content: tuple[int, int]) -> tuple[str, int, int] | None:
    """An act that is the subject of the content's clause, as a coder names the concept: "said reopening the
    Waverley Line would restore the area's prosperity" is about "reopening the waverley line" (what the clause
    says of the act is the speaker's verdict on it, ``verdicts.act_effect``). A gerund subject with an object;
    its words (the gerund, its particle, the object's words up to its head, no "a"/"an", at most four), and the
    span from the gerund to the object's head."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        if tok.tag_ != "VBG" or tok.dep_ not in ("csubj", "nsubj") or tok.head.pos_ not in ("VERB", "AUX") \
                or not span.start <= tok.head.i < span.end or any(c.dep_ == "aux" for c in tok.children):
            continue  # (a verb in a tense is no act named: "This government is dragging Australia
            # through a trading holocaust the kind of which …", parsed as a subject, was the concept "dragging
            # australia" in Reuters-21578)
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ == "PRON":
            continue
        words = _object_words(obj)
        act = [tok.lower_] + [c.lower_ for c in tok.children if c.dep_ == "prt"]
        if any(c.dep_ == "neg" for c in tok.children):
            act = ["not", *act]
        return " ".join([*act, *words[-4:]]), tok.idx, obj.idx + len(obj)
    return None
