"""A target's part in a statement: what the speaker takes a position on, or a name the words merely pass.

A coder records "A opposes B" when B is what the statement is about: the cue's addressee ("accused Letwin of
…", "called on Pyongyang to …"), the subject of what is said ("Germany's efforts presented huge risks") or its
object ("we oppose the ban", "must not be allowed to beat the Tories"). A name inside a relative clause, an
adverbial, a place phrase or a list of examples ("sacking every teacher, GP and nurse", "growth in the states
which joined the EU") is mentioned, not judged: the stance toward it is neutral, whatever the sentence's tone.
"""
from __future__ import annotations

from typing import Any

from analysis.nlp import TokenTable
from analysis.nlp.wordnet import noun_sense
from analysis.statements.bodies import SPEAKS_FOR
from analysis.statements.detect import REFUSALS
from analysis.statements.phrases import someone

from .attitudes import ATTITUDE_NOUNS, attitude
from .excess import done_by_thing, owned, seat, too_to
from .judging_words import JUDGMENT, JUDGMENT_AGAINST, JUDGMENT_FOR  # noqa: F401 (re-exported)
from .polarity import filler
from .third_party import CLAUSE_LINKS, LIKING_VERBS, REPORT_VERBS, SIDING_VERBS, nested_quote, quoted_other, reported  # noqa: F401 (re-exported)

ADDRESSEE = "addressee"
SUBJECT = "subject"
OBJECT = "object"
INCIDENTAL = "incidental"
JUDGED = (ADDRESSEE, SUBJECT, OBJECT)

# links inside one noun phrase: "Mr Brown's team", "the US and China", "Putin, Russia's president"
_NP_LINKS = {"conj", "appos", "compound", "poss", "amod", "nmod", "cc", "det", "nummod", "case", "npadvmod"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
_OBJECTS = {"dobj", "attr", "oprd", "dative", "acomp", "agent"}
# prepositions whose object is what a position is about ("against the war", "on sanctions", "with Labour")
_ABOUT_PREPS = {"against", "on", "about", "for", "with", "to", "toward", "towards", "over", "of", "by", "at", "from",
               "behind", "in"}
# prepositions that name the parties of what a noun names ("talks between", "the plans of", "a deal with")
# a content that is one prepositional phrase names its topic with these ("warned against X", "spoke out against X",
# "warned of X", "argued for X")
TOPIC_PREPS = frozenset({"against", "of", "about", "for"})
_PARTY_PREPS = {"of", "between", "by", "with", "among"}
_CO_PARTY = frozenset({"with", "between", "and"})  # a named one's feud or talks with X: X is a party too


def _up_noun_phrase(tok: Any, inside: set[int]) -> Any:
    """The head of the noun phrase ``tok`` is a part or a party of: through the links inside a phrase, at most
    one possessive ("Germany's efforts"), "of"/"between"/"by"/"with" phrases under a noun ("cooperation
    between Russia and North Korea") and a noun's infinitive ("any agreement to increase cooperation")."""
    poss = 0
    for _ in range(8):
        nxt = None
        if tok.dep_ in _NP_LINKS:
            nxt = tok.head
            if tok.dep_ == "poss":
                poss += 1
                if poss > 1:
                    break
        elif tok.dep_ == "pobj" and tok.head.lower_ in _PARTY_PREPS and tok.head.head.pos_ in ("NOUN", "PROPN") \
                and not (owned(tok.head.head) and tok.head.lower_ not in _CO_PARTY) and not seat(tok.head) \
                and not (tok.head.lower_ == "among" and noun_sense(tok.head.head.lemma_)[0] == "noun.person"):
            nxt = tok.head.head  # not "Murphy's support of Clinton's idea" (Murphy's), "Justice Ginsburg of the Court",
            # "the night's big winner among Republicans" (the one among them: criticizing him is not criticizing them)
        elif tok.dep_ == "dobj" and tok.head.dep_ in ("acl", "xcomp") and tok.head.head.pos_ == "NOUN":
            nxt = tok.head.head
        if nxt is None or nxt.i == tok.i or nxt.i not in inside:
            break
        tok = nxt
    return tok


# marks of a conceded clause: what it says is granted on the way to the speaker's point
CONCESSIVE = frozenset({"though", "although", "despite", "notwithstanding"})


def _main_predicate(pred: Any, inside: set[int]) -> bool:
    """Whether ``pred`` is the content's own predicate: a root of the content, or linked to one by a
    complement, a coordination or a modal chain — not a relative clause, an adjunct or a noun's modifier."""
    hops = 0
    while pred.head.i != pred.i and pred.head.i in inside:
        if pred.dep_ not in CLAUSE_LINKS and pred.dep_ not in ("aux", "auxpass"):
            return False
        if pred.dep_ == "advcl" and any(c.dep_ == "mark" and (c.lower_ in CONCESSIVE or c.lower_ in (
                "while", "whilst") and pred.i < pred.head.i) for c in pred.children):
            # "Even though he made a mistake, he should be given a chance": conceded, not the point ("while" only
            # before its main clause: after it, it contrasts — "… while Labour has hidden its plans")
            return False
        pred = pred.head
        hops += 1
        if hops > 4:
            return False
    return True


def _in_noun_content(tok: Any, inside: set[int]) -> bool:
    """Whether the content is a noun phrase ("his concern about …") and the target hangs in it through nouns and
    prepositions only: what the concern or the praise is about. Through a preposition, only under a noun of an
    attitude (``ATTITUDE_NOUNS``)."""
    through_prep = False
    while tok.head.i != tok.i and tok.head.i in inside:
        if tok.dep_ not in _NP_LINKS and tok.dep_ not in ("pobj", "prep"):
            return False
        through_prep = through_prep or tok.dep_ == "prep"
        tok = tok.head
    return tok.pos_ in ("NOUN", "PROPN") and (not through_prep or tok.lower_ in ATTITUDE_NOUNS)


def _title_part(span: Any) -> bool:
    """Whether the name is a word of a person's title or label ("Democrat Hillary Clinton", "GOP candidate Ben
    Carson": the person is the target, not the party), or of a longer name ("his RBS 6 Nations rivals")."""
    tok = span.root
    for _ in range(5):
        if tok.dep_ in ("compound", "amod", "nmod"):
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ in ("compound", "nmod", "amod"):
            tok = tok.head.head
        else:
            return False
        if tok.ent_type_ == "PERSON" and not (span.start <= tok.i < span.end):
            return True
        if tok.pos_ == "PROPN" and span.root.dep_ in ("compound", "nmod") and span.root.head.i == tok.i and tok.i >= span.end \
                and tok.ent_type_ not in ("GPE", "NORP") and span.doc[span.end].text != "-":  # "Turkey-EU talks": parties
            return True
    return False


# verbs of coming to know: what the subject learned or knows is not said of the subject (the speaker grants it:
# "voters would recognise that Labour had brought stability" is for Labour)
KNOWING = frozenset({"learn", "know", "realise", "realize", "understand", "recognise", "recognize", "discover",
                     "notice", "see"})
# verbs by which a speaker cites someone ("as Mervyn King indicated", "as the Bank has pointed out")
CITED = frozenset({"indicate", "note", "point", "predict", "explain", "acknowledge", "observe", "show"})


# heads whose modifier is the actor that acts through them ("the Labour government", "Tory plans", "Russian
# forces"); a name modifying any other noun only says what kind of thing it is ("the EU constitution", "the UK
# version", "the Russian economy") and is not what a position is about
_AGENT_HEADS = SPEAKS_FOR | {"plan", "plans", "policy", "policies", "proposal", "proposals", "record", "bid",
                             "effort", "efforts", "claim", "claims", "accusation", "accusations", "decision",
                             "strategy", "threat", "threats", "aggression", "invasion", "programme", "program",
                             "regime", "camp", "troops", "soldiers", "government", "party", "supporters", "voters",
                             "side", "squad", "players", "chiefs", "bosses", "workers", "union", "unions"}


def _kind_modifier(span: Any) -> bool:
    """Whether the name only modifies a common noun that is not its agent ("the EU constitution"), or owns a noun
    the sentence names in apposition ("criticised Britain's financial watchdog, the FSA": the FSA)."""
    root = span.root
    while root.dep_ == "conj" and root.head.dep_ in ("compound", "nmod") and root.head.i != root.i:
        root = root.head  # "supported Medicare and Social Security cuts": both say what kind of cuts
    head = root.head
    if root.dep_ == "poss" and head.pos_ == "NOUN" and any(c.dep_ == "appos" and c.ent_type_ for c in head.children):
        return True
    if root.dep_ in ("compound", "nmod") and head.pos_ == "NOUN" and not (span.start <= head.i < span.end) and any(
            c.dep_ == "poss" and c.i < root.i for c in head.children):
        return True  # "touting her Senate record": hers, of a kind
    return (root.dep_ in ("compound", "amod", "nmod") and head.i != root.i and head.pos_ == "NOUN"
            and not (span.start <= head.i < span.end) and head.lower_ not in _AGENT_HEADS
            and head.lemma_.lower() not in _AGENT_HEADS)


# what a subject feels or wants is its own attitude, not what the speaker says of it ("Brown feels deeply betrayed",
# "the minister was disappointed", "Putin wants his country to get artillery"): the tone of it is no side toward
# the one who feels or wants
FEEL_VERBS = frozenset({"feel", "want", "wish", "hope", "intend", "prefer", "crave", "desire", "yearn"})
COPULAS = frozenset({"be", "become", "get", "grow", "remain", "seem", "appear", "look", "sound"})
EMOTIONS = frozenset({
    "angry", "furious", "happy", "unhappy", "sad", "upset", "glad", "delighted", "pleased", "proud", "worried",
    "concerned", "frustrated", "disappointed", "anxious", "nervous", "afraid", "scared", "confident", "optimistic",
    "pessimistic", "hopeful", "relieved", "bitter", "hurt", "betrayed", "annoyed", "angered", "irritated",
    "dismayed", "saddened", "shocked", "surprised", "thrilled", "excited", "fearful", "uneasy", "sorry", "sure",
    "determined", "keen", "eager", "reluctant", "satisfied", "dissatisfied", "content", "grateful", "embarrassed"})


def _feels(span: Any, pred: Any) -> bool:
    """Whether the predicate tells what the target (its subject) feels: "feel(s) …", or a copula with an emotion
    ("was deeply disappointed", "is confident")."""
    if pred is None or span.root.dep_ not in ("nsubj", "nsubjpass") and span.root.head.i != pred.i:
        return False
    if span.root.tag_ == "VBG":
        return False  # an act feels nothing: "raising taxes would hurt families" says what it does
    lemma = pred.lemma_.lower()
    if lemma in FEEL_VERBS or lemma in LIKING_VERBS and quoted_other(span.root):
        return True  # a quoted "he liked them": his liking, not a side taken on him
    # ("felt betrayed" is a feeling, "betrayed the voters" a deed)
    if lemma in COPULAS or pred.lower_ in EMOTIONS and not any(c.dep_ == "dobj" for c in pred.children):
        words = [pred] + [c for c in pred.children if c.dep_ in ("acomp", "attr", "xcomp")]
        return any(w.lower_ in EMOTIONS for w in words)
    return False


# a deity named in a formula ("Thank God", "God knows", "for God's sake", "God willing") is no one taken sides on
DEITIES = frozenset({"god", "allah", "heaven", "heavens", "christ", "jesus", "lord"})


def _formula(span: Any) -> bool:
    root = span.root
    if root.lower_ not in DEITIES:
        return False
    before = root.doc[root.i - 1].lower_ if root.i > 0 else ""
    after = root.doc[root.i + 1].lower_ if root.i + 1 < len(root.doc) else ""
    return (root.head.lemma_.lower() == "thank" or before in ("my", "for", "by", "thank", "please")
            or after in ("knows", "willing", "bless", "forbid", "help", "'s"))


def target_role(span: Any, content: tuple[int, int] | None, obj: tuple[int, int] | None) -> tuple[str, Any]:
    """The part (``ADDRESSEE``, ``SUBJECT``, ``OBJECT`` or ``INCIDENTAL``) a target span plays in a statement
    whose content and cue object are the given character spans of the span's Doc (either may be None), and the
    predicate that says something of it (None for an addressee or an incidental name)."""
    doc = span.doc
    root = span.root
    a, b = span.start_char, span.end_char
    if _title_part(span) or _kind_modifier(span) or _formula(span) or nested_quote(root):
        return INCIDENTAL, None
    if obj is not None and obj[0] <= a and b <= obj[1]:
        ospan = doc.char_span(*obj, alignment_mode="expand")
        inside = set(range(ospan.start, ospan.end)) if ospan is not None else set()
        head = _up_noun_phrase(root, inside)
        return (ADDRESSEE if head.head.i not in inside or head.head.i == head.i else INCIDENTAL), None
    if content is None or not (content[0] <= a and b <= content[1]):
        return INCIDENTAL, None
    if attitude(span):  # "I'm proud of X", "I will take X over Y": the speaker's own attitude toward it
        return OBJECT, None
    cspan = doc.char_span(*content, alignment_mode="expand")
    if cspan is None:
        return INCIDENTAL, None
    inside = set(range(cspan.start, cspan.end))
    sent = root.sent  # a quote of several sentences has a root in each
    tt = TokenTable.of(doc)
    n_roots = sum(1 for k in range(max(cspan.start, sent.start), min(cspan.end, sent.end))
                  if (tt.head[k] == k or tt.head[k] not in inside) and not tt.is_punct[k])
    if n_roots == 1 and _in_noun_content(root, inside):
        return OBJECT, None  # "expressed concern about the progress in talks on arms shipments"
    head = _up_noun_phrase(root, inside)
    if head.head.i == head.i or head.head.i not in inside:
        # the content is this noun phrase ("criticised [the plans]"), not one of the pieces of a broken parse
        return (SUBJECT, None) if n_roots == 1 else (INCIDENTAL, None)
    dep, pred = head.dep_, head.head
    if dep == "pobj":
        prep = pred
        if prep.head.i not in inside and prep.i == min(inside) and prep.lower_ in TOPIC_PREPS:
            return SUBJECT, None  # "warned against further sanctions", "argued against a referendum": the topic
        if prep.lower_ not in _ABOUT_PREPS or prep.head.i not in inside:
            return INCIDENTAL, None
        if prep.lower_ == "in" and (prep.head.pos_ in ("VERB", "AUX") or prep.head.pos_ == "NOUN" and (
                prep.head.lemma_.lower() not in ATTITUDE_NOUNS)):  # "confidence in X" is a side
            return INCIDENTAL, None  # "happen in the UK": a place; "a huge figure in Labour": where one stands
        pred, dep = prep.head, OBJECT
        if prep.lower_ == "against" and pred.pos_ == "NOUN" and someone(pred):  # "the best candidate against the
            return INCIDENTAL, None  # Democrats": said of the candidate (not "a friend to Israel", "scapegoats for …")
        if pred.pos_ in ("NOUN", "PROPN"):  # "criticism of X", "support for X": the noun's own object
            if owned(pred) and prep.lower_ not in _CO_PARTY or seat(prep):  # "Murphy's support of Clinton's idea
                return INCIDENTAL, None  # is amorphous": Murphy's act is judged; "Ginsburg of the Court": where she sits
            nhead = _up_noun_phrase(pred, inside)
            if nhead.dep_ in _SUBJECTS | _OBJECTS and _main_predicate(nhead.head, inside):
                return OBJECT, pred
            return (OBJECT, pred) if nhead.head.i == nhead.i or nhead.head.i not in inside else (INCIDENTAL, None)
    if dep in _SUBJECTS:
        role = SUBJECT
    elif dep in _OBJECTS or dep == OBJECT:
        role = OBJECT
    else:
        return INCIDENTAL, None
    if not _main_predicate(pred, inside) or reported(pred, inside):
        return INCIDENTAL, None
    if role == SUBJECT and _feels(span, pred):
        return INCIDENTAL, None  # "Brown feels deeply betrayed": his feeling, not a side taken on him
    if role == SUBJECT and pred.lemma_.lower() in KNOWING:
        return INCIDENTAL, None  # "Mr Bush had learned military force was not the only way": what he knows
    if role == SUBJECT and pred.lemma_.lower() in REPORT_VERBS | CITED and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in pred.children):
        return INCIDENTAL, None  # "as Mervyn King indicated last night, you don't really get …": a source cited
    return role, pred


# acts that side against their object or with it where VADER is silent ("should sack Mr Brown", "voted to back it")
MAKING = frozenset({"create", "produce", "build", "increase", "raise", "introduce"})  # VADER rates them as goods
HOSTILE_ACTS = {"sack", "fire", "oust", "remove", "punish", "arrest", "jail", "imprison", "defeat", "beat", "stop",
                "block", "ban", "impeach", "prosecute", "sanction", "isolate", "scrap", "abolish", "repeal", "veto",
                "halt", "curb", "restrict", "expel", "depose", "topple", "overthrow", "boycott", "sue", "indict",
                "investigate", "replace", "undermine", "betray", "mislead", "deceive", "smear", "bully", "threaten"}
# verbs of belief or saying whose negation denies their clause ("did not believe Mr Blair was strong enough")
DOUBTED = frozenset({"believe", "think", "expect", "accept", "consider", "feel", "say", "agree", "suppose"})
DEMANDED_STOPS = frozenset({"stop", "halt", "cease", "end", "withdraw", "quit", "resign", "leave", "go", "step",
                            "apologise", "apologize", "desist"})  # not "back": "should back the plan"
# leaving office only ("he should go", "should leave the government"; not "should leave their weapons at home")
LEAVING = frozenset({"leave", "go", "quit", "step", "withdraw"})
OFFICES = frozenset({"office", "post", "job", "government", "cabinet", "party", "race", "contest", "power",
                     "presidency", "seat", "role", "position", "country", "territory", "region"})
FRIENDLY_ACTS = {"back", "support", "elect", "help", "protect", "trust", "thank", "reward", "free", "release",
                 "rescue", "save", "endorse", "defend", "praise", "welcome", "respect", "admire", "like", "love"}


# words that rate how things stand ("a great race", "a strong economy", "best actor") judge an actor only through
# a noun of its conduct ("a good job", "an excellent campaign", "his record is very mixed")
APPRECIATION = frozenset({"good", "great", "best", "better", "strong", "excellent", "fantastic", "terrific",
                          "wonderful", "tremendous", "impressive", "remarkable", "outstanding", "superb", "poor",
                          "bad", "worse", "worst", "terrible", "awful", "dreadful", "mixed", "effective",
                          "ineffective", "successful", "unsuccessful", "brilliant", "amazing", "fine"})
CONDUCT_NOUNS = frozenset({"job", "work", "record", "performance", "leadership", "decision", "decisions", "handling",
                           "campaign", "speech", "display", "effort", "efforts", "management", "policy", "policies",
                           "stewardship", "tenure", "response", "judgment", "judgement", "conduct", "behaviour",
                           "behavior", "plan", "plans", "idea", "ideas", "proposal", "proposals", "answer",
                           "government", "administration"})  # "he led a grubby government"


def _right_to(tok: Any) -> bool:
    """ "Labour was right to reject the Tories' idea": "right" judging what someone did (VADER does not rate it)."""
    return tok.lower_ == "right" and tok.pos_ == "ADJ" and any(c.dep_ == "xcomp" for c in tok.children)


def _verdict_reported(tok: Any) -> bool:
    """ "was found guilty", "pleaded guilty": a court's verdict or a plea reported, not the speaker's judgment
    (BBC blind sample: "Jaynes was found guilty …, Jerry Kilgore said" read as Kilgore against Jaynes)."""
    return tok.lower_ == "guilty" and tok.head.lemma_.lower() in ("find", "plead")


def judging_value(tok: Any) -> float:
    """−2 for a word that judges against (``JUDGMENT_AGAINST``), +2 for one that judges for, else 0."""
    w, lemma = tok.lower_, tok.lemma_.lower()
    if _right_to(tok):
        return 2.0
    if _verdict_reported(tok):
        return 0.0
    return -2.0 if w in JUDGMENT_AGAINST or lemma in JUDGMENT_AGAINST else \
        2.0 if w in JUDGMENT_FOR or lemma in JUDGMENT_FOR else 0.0


def path_up(tok: Any, top: Any) -> list[Any]:
    """The tokens from tok up to top, top left out."""
    out = []
    while tok.i != top.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


def sides_with(pred: Any, top: Any) -> bool:
    """ "I'm for Hillary", "we are against the war": the speaker's own "be for / against" the target."""
    return (pred.lemma_.lower() == "be" or pred.lower_ in ("’m", "'m", "’re", "'re")) and top.dep_ == "prep" \
        and top.lower_ in ("for", "against") and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we")
                                                    for c in pred.children)


def demanded_stop(pred: Any) -> bool:
    """ "must stop", "should resign", "should go": a demand that the target stop (``DEMANDED_STOPS``); leaving
    only as leaving office (``LEAVING``, ``OFFICES``)."""
    lemma = pred.lemma_.lower()
    if lemma not in DEMANDED_STOPS or not any(c.dep_ == "aux" and c.lower_ in ("must", "should", "ought")
                                              for c in pred.children):
        return False
    return lemma not in LEAVING or not any(c.dep_ == "dobj" and c.lemma_.lower() not in OFFICES
                                           for c in pred.children)


def denied(pred: Any) -> bool:
    """Whether the predicate is a judgment a clause above denies, which the model reading the sentence misses
    (the predicate's own "not" it reads): a refusal to act for or against ("refused to blame Robin van Persie",
    "refused to support him") or a denied belief of what someone is ("did not believe Mr Blair was strong
    enough": the belief that he is not). Not a failure ("had failed to remove asylum seekers from the UK") nor a
    denied forecast ("I don't believe the SRU will take this lying down"): on BBC rows those read wrong."""
    head = pred.head.lemma_.lower()
    if pred.dep_ == "xcomp" and head in ("refuse", "decline"):
        lemma = pred.lemma_.lower()
        return lemma in HOSTILE_ACTS or lemma in FRIENDLY_ACTS or lemma in DENIED_ACTS
    return pred.dep_ == "ccomp" and head in DOUBTED and pred.lemma_.lower() in COPULAS and any(
        c.dep_ == "neg" for c in pred.head.children)


def left_place(span: Any) -> bool:
    """Whether a speech act's side passes the phrase by: what someone is asked to leave ("urged the men to step
    down from the GLA", "called on Russia to withdraw from Ukraine": the side is on who is asked), or what the
    act's object is aimed at ("will reject any offer for the club", "condemned the attack on Israel": the offer
    and the attack are rejected, not the club nor Israel)."""
    root = span.root
    if root.ent_type_ in ("GPE", "LOC") and _place_of(root):
        return True
    if root.dep_ != "pobj":
        return False
    prep, head = root.head.lower_, root.head.head
    return prep in ("from", "of") and (head.lemma_.lower() in DEMANDED_STOPS or head.lower_ in ("pull", "down", "out")) \
        or prep in AIMED_PREPS and head.pos_ == "NOUN" or prep in ("to", "from") and head.lemma_.lower() in MOVES


AIMED_PREPS = frozenset({"for", "on", "against", "into", "over"})
# nouns whose "in" is what they are placed in the hands of, not a place ("confidence in Britain")
_IN_WHOM = frozenset({"confidence", "faith", "trust", "belief", "interest", "stake", "role", "investment"})


def _place_of(root: Any) -> bool:
    """Whether a country or a place is where the thing judged is, or whose people it is, not the one judged:
    "concern about the ongoing violence in Iraq", "accused Britain's top sprinters of lacking pride" (BBC, a
    blind sample: both read as a side against the country)."""
    head = root.head
    if root.dep_ == "poss":
        return head.pos_ == "NOUN" and head.tag_ == "NNS" and noun_sense(head.lower_)[0] == "noun.person"
    return root.dep_ == "pobj" and head.lower_ in ("in", "across", "throughout") and head.head.pos_ == "NOUN" \
        and head.head.lemma_.lower() not in _IN_WHOM
# where something is moved to or from is a place, not a side ("threatened to take the factory and their jobs to
# Hungary", "plans to move production to China")
MOVES = frozenset({"move", "take", "send", "shift", "relocate", "transfer", "export", "bring", "return", "flee",
                   "deport", "extradite", "outsource", "ship", "switch"})


DENIED_ACTS = frozenset({"blame", "criticise", "criticize", "condemn", "attack", "accuse"})


def by_no_means(tok: Any) -> bool:
    """Whether a negating phrase goes with the word: "is by no means wrong", "is in no way responsible" (Reuters-
    21578: Nakasone's "Our plan to reform the nation's tax system is by no means wrong" read as against his plan)."""
    return any(c.dep_ == "prep" and c.lower_ in ("by", "in") and any(
        g.dep_ == "pobj" and g.lower_ in ("means", "way") and any(d.dep_ == "det" and d.lower_ == "no" for d in g.children)
        for g in c.children) for c in tok.children)


def negated_predicate(pred: Any, negators: set[str]) -> bool:
    """Whether what the predicate says is denied: its own "not" or "by no means", a refusal ("refused to blame
    Dudek") or a denied belief ("did not believe Blair was strong")."""
    return any(c.dep_ == "neg" or c.lower_ in negators for c in pred.children) or by_no_means(pred) or (
        pred.dep_ == "xcomp" and pred.head.lemma_.lower() in REFUSALS) or (
        pred.dep_ == "ccomp" and pred.head.lemma_.lower() in DOUBTED and any(
            c.dep_ == "neg" for c in pred.head.children))


def local_sentiment(span: Any, pred: Any, lex: dict[str, float], negators: set[str],
                    only: frozenset[str] | None = None) -> float:
    """What the predicate says of the target, in VADER's lexicon values: the predicate and the words at most two
    steps under it (its complements and modifiers, not the target's own phrase), each negated by a "not" on
    itself or on the predicate; a verb of hostile or friendly acts counts ±2 for its object."""
    if pred is None:
        return 0.0
    # the target's own phrase is not what is said of it ("any agreement … between Russia and North Korea would
    # be a violation": "agreement" is no praise of Russia)
    top = span.root
    while top.head.i != top.i and top.head.i != pred.i:
        top = top.head
    own = {t.i for t in (top.subtree if top.head.i == pred.i else span.root.subtree)}
    # the act's own object, not a name further inside it ("protect the character of the Scottish Borders")
    direct = top.head.i == pred.i and not any(
        t.dep_ in ("pobj", "prep") for t in path_up(span.root, top))
    neg_pred = negated_predicate(pred, negators)
    total = 0.0
    frontier, depth = [pred], 0
    while frontier and depth <= 2:
        nxt = []
        for t in frontier:
            if t.i in own or t.ent_type_ or filler(t):
                continue
            v = lex.get(t.lower_, lex.get(t.lemma_.lower(), 0.0))
            if only is not None and (t.lower_ not in only and t.lemma_.lower() not in only and not (
                    t.lower_ in APPRECIATION and t.head.lemma_.lower() in CONDUCT_NOUNS) and not _right_to(t)
                                     or _verdict_reported(t)):
                v = 0.0  # a word that rates how things stand, not what the target does or is
            elif only is not None and not v:  # a judging word VADER does not rate ("inappropriate", "unlawful")
                v = judging_value(t)
            if t is pred and span.root.i > t.i and direct:  # the target after its verb: its object
                lemma = t.lemma_.lower()
                v = -2.0 if lemma in HOSTILE_ACTS else 2.0 if lemma in FRIENDLY_ACTS else v
                if (lemma in HOSTILE_ACTS or lemma in FRIENDLY_ACTS) and done_by_thing(t):
                    v = 0.0  # "it would help Alan Grayson …", "the tax would punish families": an effect, no side
            elif t is pred and sides_with(t, top):
                v = 2.0 if top.lower_ == "for" else -2.0  # "I'm for Hillary", "we are against the war"
            elif t is pred and demanded_stop(t):
                v = -2.0  # "Minsk must stop", "he should resign": a demand that the target stop
            elif t is pred and t.lemma_.lower() in MAKING and any(c.dep_ == "dobj" for c in t.children):
                v = 0.0  # "has created a system of massive centralisation": what is made judges, not the making
            if v and t is not pred and any(c.dep_ == "neg" for c in t.children):
                v = -v
            if v > 0 and too_to(t):
                v = -v  # "too friendly with Wall Street … to be trusted": what the excess rules out
            total += v
            nxt.extend(c for c in t.children if c.dep_ not in ("relcl", "advcl", "ccomp", "acl", "parataxis") and not (
                t is pred and c.dep_ == "oprd" and top.dep_ == "nsubj" and pred.lemma_.lower() not in COPULAS)
                and not (c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON"
                                                  for g in c.children)))
            # (a clause with a subject named of its own says nothing of this one's: "Cruz is the real conservative
            # and Donald Trump is a charlatan"; "…, and I'm proud to have their support" does)
            # (an object predicate says what the object is: "X called him a disgrace" judges him, not X)
        frontier, depth = nxt, depth + 1
    return -total if neg_pred else total
