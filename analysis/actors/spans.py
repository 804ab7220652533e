"""Entity spans cleaned before resolution: labels fixed by name shape, organization and honorific names,
labels made consistent within a document, spans trimmed of titles and junk."""

from __future__ import annotations

import re
from typing import Iterable

from spacy.tokens import Doc, Span

from analysis.nlp import PARA_RE, TokenTable, doc_text
from analysis.nlp.wordnet import noun_sense
from analysis.vocab import HONORIFICS, ORG_FINAL, ORG_SUFFIX, TITLE_RE, given_name_genders

from .titles import TITLE_HEADS
from .trim import NAME_PARTICLES

MEMBER_TITLES = frozenset({"mp", "mep", "msp", "mla"})  # spaCy tags "MPs" and "the MEP" organizations


TIME_ZONES = frozenset({"GMT", "BST", "UTC", "CET", "CEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
                        "ET", "PT", "JST", "IST", "AEST", "AEDT", "MSK"})  # "at 1200 GMT": tagged ORG, nobody


# a minister's portfolio, which spaCy tags ORG before the title ("Home Secretary", "Interior Minister"): part of the
# title, not an organization ("Treasury" and "Labor" are left out: both also name organizations)
PORTFOLIOS = frozenset({"home", "foreign", "interior", "defence", "defense", "education", "health", "trade",
                        "industry", "culture", "transport", "environment", "energy", "finance", "justice", "work",
                        "works", "pensions", "agriculture", "employment", "commerce", "housing", "economy",
                        "shadow", "junior", "deputy", "and"})


PORTFOLIO_TITLES = frozenset({"secretary", "minister", "ministers", "spokesman", "spokeswoman", "spokesperson",
                              "chief", "official", "officials", "adviser", "advisor", "czar", "tsar", "committee"})


def _portfolio(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens start..end are a portfolio right before a title ("Defence" in "Defence Secretary")."""
    return end < len(doc) and doc[end].lower_ in PORTFOLIO_TITLES and all(
        doc[i].lower_ in PORTFOLIOS for i in range(start, end))


ACRONYM_DEF = re.compile(r"\(\s*([A-Z][A-Za-z&]{1,7})\s*\)")


def org_names(doc: Doc, taken: set[int], nationals: frozenset[int] = frozenset()) -> list[Span]:
    """Capitalized token runs that end in an organization word ("KinderCare Learning Centers Inc"), over one
    "and" ("British Beer and Pub Association") and into a nationality that opens them (``nationals``: tokens of
    one-word NORP entities, "British")."""
    out = []
    tt = TokenTable.of(doc)
    for i, low in enumerate(tt.lower):
        if low not in ORG_SUFFIX or not tt.text[i][:1].isupper() or i in taken:
            continue
        t = doc[i]
        start = t.i

        def extends(k: int) -> bool:
            return k >= 0 and (k not in taken or k in nationals) and tt.text[k][:1].isupper() \
                and tt.pos[k] in ("PROPN", "NOUN", "ADJ")

        joined = False
        while start > 0 and start not in nationals and (extends(start - 1) and not doc[start - 1].is_sent_start or (
                not joined and start > 1 and start < t.i and tt.lower[start - 1] == "and" and extends(start - 2)
                and low in _AND_BODIES and tt.lower[start - 2] not in ORG_SUFFIX | ORG_FINAL
                and not doc[start - 1].is_sent_start)):
            joined |= tt.lower[start - 1] == "and"  # "British Beer and Pub Association": one "and" at most
            start -= 1
        if start == t.i - 0 and t.lower_ not in ("inc", "inc.", "corp", "corp.", "plc", "ltd", "ltd.", "ag", "gmbh"):
            continue  # a lone "Council" is not a name
        if start < t.i or t.lower_ in ("inc", "corp", "plc"):
            out.append(Span(doc, start, t.i + 1, label="ORG"))
            taken.update(range(start, t.i + 1))
    return out


# nouns that say the name right after them is an organization ("oil firm Yukos", "gas giant Gazprom", "budget
# airline Ryanair"); words that as often precede a person ("producer", "owner", "partner", "rival", "maker" as in
# "film maker", "broadcaster", "lender" as in "money lender Shylock") are left out
ORG_DESCRIPTORS = frozenset({
    "firm", "company", "giant", "group", "conglomerate", "carmaker", "automaker", "chipmaker", "airline", "carrier",
    "bank", "insurer", "retailer", "supermarket", "brewer", "operator", "club", "chain",
    "subsidiary", "supplier", "provider", "distributor", "magazine", "newspaper", "exchange", "regulator",
    "watchdog", "consortium", "manufacturer", "utility"})


# institutions named after a person ("the Muhammad Ali Center": a PERSON to the NER, whose "Muhammad Ali" then
# counted as part of a longer name, and every "Ali" of the article went to his brother Rahaman Ali)
INSTITUTION_FINAL = frozenset({"center", "centre", "museum", "library", "college", "academy", "hospital"})


def fix_labels(doc: Doc, ents: list[Span]) -> list[Span]:
    """A name ending in an organization word is an organization, whatever the NER said ("Manchester United's"
    too: the NER's span often keeps the possessive)."""
    out = []
    for e in ents:
        last = doc[e.end - 2] if len(e) > 1 and doc[e.end - 1].tag_ == "POS" else doc[e.end - 1]
        if e.label_ in ("PERSON", "GPE", "LOC", "FAC", "NORP") and last.lower_ in ORG_FINAL | INSTITUTION_FINAL \
                and last.text[:1].isupper() and not e.kb_id_:
            e = Span(doc, e.start, e.end, label="ORG")
        out.append(e)
    return out




def honorific_persons(spans: list[Span]) -> list[Span]:
    """"Mr Ebbers", "Ms Lomax", "Dr Nielsen": an honorific and one or two capitalized words name a person,
    whatever the NER or the classifier said (on 2,225 BBC articles this made 109 mentions that were
    organizations or places persons, "Mr Ebbers" 37 times), also at the end of a longer span ("to the Foreign
    Policy Centre Mr Straw said"). So does a given name the NER left out before one capitalized word. Registry
    matches are left alone."""
    out = []
    covered = {i for e in spans for i in range(e.start, e.end)}
    given = given_name_genders()
    for e in spans:
        first = e.doc[e.start - 1] if e.start > 0 else None
        if len(e) == 1 and not e.kb_id_ and first is not None and first.i not in covered and first.pos_ == "PROPN" \
                and first.is_alpha and first.text.istitle() and first.lower_ in given and e[0].text.istitle() \
                and not e[0].is_sent_start and noun_sense(first.lower_)[0] != "noun.time":  # not "Sunday Telegraph"
            # "Jeff Sanborn, president of Chapter & Verse" with only "Sanborn" tagged (ORG): a given name before
            # one capitalized word makes the whole a person
            e = Span(e.doc, e.start - 1, e.end, label="PERSON")
        # "the Foreign Policy Centre Mr Straw" (ORG): the name before the honorific, and the person from it
        cut = next((t.i for t in e[1:] if t.text in HONORIFICS and 1 <= e.end - t.i - 1 <= 2), None) \
            if not e.kb_id_ else None
        if cut is not None and all(t.text[:1].isupper() and t.is_alpha for t in e.doc[cut + 1:e.end]):
            if any(t.text[:1].isupper() for t in e.doc[e.start:cut]):
                out.append(Span(e.doc, e.start, cut, label=e.label_))
            e = Span(e.doc, cut, e.end, label=e.label_)
        if e.label_ != "PERSON" and not e.kb_id_ and 2 <= len(e) <= 3 and e[0].text in HONORIFICS \
                and all(t.text[:1].isupper() and t.is_alpha for t in e[1:]):
            e = Span(e.doc, e.start, e.end, label="PERSON")
        elif e.label_ == "ORG" and not e.kb_id_ and _after_role(e):
            e = Span(e.doc, e.start, e.end, label="PERSON")
        out.append(e)
    return out


# person titles that come right before a person's name and never an organization's ("coach Sven-Goran Eriksson";
# not "executive", "chief", "host", "star", "speaker": "chief Rolls-Royce …", "host NBC")
_ROLE_BEFORE = TITLE_HEADS - {"executive", "chief", "host", "star", "speaker", "leader", "director"}


def _after_role(e: Span) -> bool:
    """A two- or three-word name right after a lowercase person title ("England coach Sven-Goran Eriksson",
    "striker Thierry Henry"), each word capitalized, the first no English noun ("general Production Diary",
    "fund manager Matrix Asset Advisors") and no organization word: the NER's organization is a person
    (BBC: "Sven-Goran Eriksson" was an organization in 7 of 8 articles, and the speaker of "The England coach said"
    England)."""
    doc = e.doc
    prev = doc[e.start - 1] if e.start > 0 else None
    words = [t for t in e if t.text != "-"]
    return prev is not None and prev.text.islower() and prev.lower_ in _ROLE_BEFORE and 2 <= len(words) <= 3 \
        and all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in words) \
        and e[-1].lower_ not in ORG_FINAL and noun_sense(words[0].lower_)[0] is None  # not "fund manager Matrix …"


def _titled(doc: Doc, start: int) -> bool:
    """Whether a capitalized title ("President", "Mr") stands right before token ``start`` (line breaks skipped:
    wire copy breaks "President\nReagan")."""
    i = start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i >= 0 and doc[i].text[:1].isupper() and bool(TITLE_RE.match(doc[i].text + " "))


def _shouted(text: str) -> bool:
    """A name of two or more words in capitals as written: a wire headline ("REAGAN DENOUNCES REPORTS", which
    spaCy tags a person even after the title is recased for parsing, and whose "Reagan" then took every later
    "Reagan" for its surname). Only registered names are taken from such text; one capitalized word ("IBM",
    "REAGAN") stays, and so do names of short capitalized words ("ABN AMRO", "CBS TV")."""
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 and text.isupper() and any(len(w) >= 5 for w in words)


def initial_names(doc: Doc, taken: set[int]) -> list[Span]:
    """"J. Crawley", "M. Walker": an initial and a capitalized proper noun the NER left out is a person."""
    out = []
    text = doc_text(doc)
    starts = [m.start() for m in re.finditer(r"[A-Z]\.", text)]  # only these can be initials
    for t in (doc.char_span(a, a + 2) for a in starts):
        if t is None or len(t) != 1 or t.end >= len(doc):
            continue
        t = t[0]
        if t.i in taken or t.is_sent_end:
            continue
        n = doc[t.i + 1]
        if n.i not in taken and n.text[:1].isupper() and n.pos_ == "PROPN" and n.text.isalpha() and len(n.text) > 2:
            out.append(Span(doc, t.i, t.i + 2, label="PERSON"))
            taken.update((t.i, t.i + 1))
    return out


def consistent_labels(spans: list[Span]) -> list[Span]:
    """One label per name in a document: the majority label of its spellings (ties: the first seen)."""
    from collections import Counter as _Counter

    votes: dict[str, _Counter] = {}
    for e in spans:
        if e.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP") and not e.kb_id_:
            votes.setdefault(e.text, _Counter())[e.label_] += 1
    out = []
    for e in spans:
        c = votes.get(e.text)
        if c and len(c) > 1 and not e.kb_id_:
            label = max(c, key=lambda k: (c[k], -list(c).index(k)))
            if label != e.label_:
                e = Span(e.doc, e.start, e.end, label=label)
        out.append(e)
    return out


POSSESSIVE = re.compile(r"['’]s?$")


def propagate(doc: Doc, types: Iterable[str], ents: list[Span] | None = None) -> list[Span]:
    """Names the NER found once, found again where it missed them (same document, same spelling).

    Also acronyms defined in parentheses after a name: "Kurdistan Democratic Party (KDP)" makes every
    later "KDP" an entity with the name's label, and a person's surname after their full name: "Trump on Fox
    News Sunday says", where the tagger read "Trump" as a noun (issue 29, Postlight pages). Only capitalized,
    token-aligned, non-overlapping matches.
    """
    types = set(types)
    ents = list(doc.ents) if ents is None else ents
    known: dict[str, str] = {}
    text = doc_text(doc)
    surnames: dict[str, str] = {}  # of full names that open with a given name ("Drury Lane - Best" is none)
    given = given_name_genders()
    for e in ents:
        if e.label_ in types and len(e.text) >= 3 and e.text[:1].isupper():
            known.setdefault(e.text, e.label_)
            last = e[-1].text
            if e.label_ == "PERSON" and len(e) >= 2 and len(last) >= 3 and last.isalpha() and last[:1].isupper() \
                    and not last.isupper() and last not in HONORIFICS and e[0].text.lower() in given:
                surnames.setdefault(last, "PERSON")
            bare = POSSESSIVE.sub("", e.text)  # "Uber’s" (one token after a curly mark) also names every "Uber"
            if bare != e.text and len(bare) >= 3:
                known.setdefault(bare, e.label_)
            m = ACRONYM_DEF.match(text, e.end_char + (1 if text[e.end_char:e.end_char + 1] == " " else 0))
            if m and m.group(1).isupper():
                known.setdefault(m.group(1), e.label_)
    for name, label in surnames.items():
        known.setdefault(name, label)
    if not known:
        return []
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for a, b, name in _occurrences(text, known):
        span = doc.char_span(a, b, label=known[name])
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        out.append(span)
    return out


def _word_char(c: str) -> bool:
    return c.isalnum() or c in "_-"


def _occurrences(text: str, names: Iterable[str]) -> list[tuple[int, int, str]]:
    """Where the names occur in the text as whole words (no word character or hyphen either side), left to right,
    the longest at a place, none overlapping: what one regular expression of the names, longest first, finds, without
    compiling one per document (a tenth of the mention stage's time)."""
    found = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not _word_char(text[at - 1])) and (end == len(text) or not _word_char(text[end])):
                found.append((at, -len(name), name))
            at = text.find(name, at + 1)
    out: list[tuple[int, int, str]] = []
    last = 0
    for at, neg, name in sorted(found):
        if at >= last:
            out.append((at, at - neg, name))
            last = at - neg
    return out


def _cased(doc: Doc, text: str) -> bool:
    """Whether the text after its first paragraph (a headline) capitalizes at least three words inside sentences:
    a story typed all in lower case (a few in Reuters-21578: "mexican central bank head miguel mancera aguayo",
    signed "Reuter") does not."""
    m = PARA_RE.search(text)  # the doc's own text (Doc.text would rebuild it)
    body = doc.char_span(m.end(), len(text), alignment_mode="expand") if m else None
    tokens = body if body is not None else doc
    return sum(1 for t in tokens if t.text[:1].isupper() and not t.is_sent_start) >= 3


def _lowercase_lead(doc: Doc, start: int, end: int, strip: bool = True) -> tuple[int, int]:
    """An organization or place name does not open with a lower-case word ("new European Commission", "west
    London", "of Ireland"; with ``strip``); no name lacks a capital ("fed", "unions", "plasma screens" tagged as
    names), unless it is a web address ("amazon.co.uk"). For cased text only (``_cased``)."""
    while strip and end - start > 1 and doc[start].is_alpha and doc[start].is_lower \
            and doc[start].lower_ not in NAME_PARTICLES and doc[start + 1].text != "-":  # "anti-Tory": not the Tories
        start += 1
    if not any(c.isupper() for t in doc[start:end] for c in t.text) and not any(t.like_url for t in doc[start:end]):
        return start, start
    return start, end


# words that join the parts of a title-case name ("Doctors Without Borders", "Friends of the Earth")
CONNECTORS = frozenset({"for", "of", "without", "against", "and", "the"})
_JOINS = frozenset({"for", "of", "without", "against"})  # "and" and "the" only after one of these
# entity labels a joined name may absorb at its end ("Borders" of "Doctors Without Borders"); a work, an event
# or a law ("The Lord of the Rings", "State of the Union") is no organization
_ABSORBED = frozenset({"ORG", "GPE", "LOC", "NORP"})
# heads of a body named after two trades or fields ("Food and Drug Administration", "Standards and Privileges
# Committee"); not of firms, clubs or parties, which "and" lists ("Celtic and Rangers", "Continental and American
# Airlines", "Black Rebel Motorcycle Club and Bloc Party")
_AND_BODIES = frozenset({"administration", "authority", "society", "board", "association", "ministry", "commission",
                         "committee", "institute", "federation", "council", "bureau", "agency", "foundation",
                         "organisation", "organization"})
_TITLE_CASE_LINE = 0.6  # share of capitalized words from which a sentence is a headline or a tag line


def _capital(text: str) -> bool:
    return text.isalpha() and text[:1].isupper()


NOBILITY = frozenset({"lord", "lady", "duke", "duchess", "earl", "baron", "baroness", "count", "countess", "bishop",
                      "archbishop", "cardinal", "pope", "marquess", "viscount"})


def _body_word(lower: str) -> bool:
    """Whether the word before a name's first connector names people or a body, as an organization's head does
    ("Doctors", "Alliance", "Commission", "Department": WordNet's first sense noun.group, or noun.person in the
    plural), not a work's ("Passion", "Return", "Edge"), a person's ("Sultan of Brunei") or a sentence's opening
    ("Shares in", "Come for")."""
    sense, plural = noun_sense(lower)
    if sense is None:
        return lower in ORG_SUFFIX
    # people only in the plural: "Sultan of Brunei", "MP for Richmond" are persons
    return sense == "noun.group" or (sense == "noun.person" and plural)


def _title_word(text: str) -> bool:
    """A title opening a name of an office or a rank ("Secretary of State", "Duke of Edinburgh", "Lord of …")."""
    low = text.lower()
    return low in NOBILITY or low in TITLE_HEADS or bool(TITLE_RE.match(text + " "))


def connector_names(doc: Doc, ents: list[Span], taken: set[int]) -> list[Span]:
    """Title-case names the NER cuts or misses, joined by a connector: "Doctors Without Borders" (tagged
    "Borders"), "Doctors for Camp Closure" opening a sentence (nothing tagged), "Friends of the Earth" ("Earth", a
    place). A run of capitalized words and connectors from a capitalized word to a capitalized word, holding a
    connector and two capitalized words besides the sentence's first, is an organization when it overlaps at most
    one entity, only at its end and of a name's kind, and does not open with a title ("Secretary of State",
    "Chancellor of the Exchequer"); a title-case sentence (a headline, a tag line) is left to the NER (issue 29:
    the speaker "the doctors" had no "Doctors for Camp Closure" to point to)."""
    ent_at = {i: e for e in ents for i in range(e.start, e.end)}
    tt = TokenTable.of(doc)  # plain strings: a Token per word per sentence cost more than the rule
    text, lower = tt.text, tt.lower
    out = []
    for sent in doc.sents:
        words = [w for w in text[sent.start:sent.end] if w.isalpha()]
        if not words or sum(w[:1].isupper() for w in words) >= _TITLE_CASE_LINE * len(words):
            continue
        i = sent.start
        while i < sent.end:
            if not _capital(text[i]) or lower[i] in CONNECTORS or i in taken:
                i += 1
                continue
            j, last = i, i
            while j + 1 < sent.end and (_capital(text[j + 1]) or lower[j + 1] in CONNECTORS) and j + 1 not in taken:
                j += 1
                if _capital(text[j]) and lower[j] not in CONNECTORS:
                    last = j
            start, end = i, last + 1
            i = j + 1
            inner = [k for k in range(start, end) if lower[k] in CONNECTORS]
            evidence = [k for k in range(start, end) if text[k][:1].isupper() and k != sent.start]
            hit = list({id(e): e for k in range(start, end) if (e := ent_at.get(k)) is not None}.values())
            # "British Beer and Pub Association", "Food and Drug Administration": two names of one body's trade
            paired = [lower[k] for k in inner] == ["and"] and lower[end - 1] in _AND_BODIES and inner[0] > start \
                and lower[inner[0] - 1] not in ORG_SUFFIX | ORG_FINAL \
                and all(e.label_ in _ABSORBED and start <= e.start and e.end <= end for e in hit)
            if not inner or (lower[inner[0]] not in _JOINS and not paired) or len(evidence) < 2 \
                    or _title_word(text[start]) or not (paired or _body_word(lower[inner[0] - 1])) or any(
                    lower[k] == "the" and lower[k - 1] not in _JOINS for k in inner):
                continue  # "Opel and Saab", "PSP in the UK", "Return of the King", "Passion of the Christ"
            if any(text[k].isupper() and len(text[k]) >= 4 for k in range(start, end)):
                continue  # shouted, as in a wire headline: left to the NER and the registry (``_shouted``)
            if not paired and (len(hit) > 1 or (hit and (hit[0].end != end or hit[0].label_ not in _ABSORBED
                                                         or hit[0].start <= start))):
                continue
            run = doc[start:end]
            out.append(Span(doc, run.start, run.end, label="ORG"))
            taken.update(range(run.start, run.end))
    return out


def name_spans(doc: Doc, ents: list[Span], types: Iterable[str]) -> list[Span]:
    """The name spans the rules find: the NER's, propagated names, initials, organization-word runs."""
    types = set(types)
    ent_tokens = {i for e in ents for i in range(e.start, e.end)}
    spans = fix_labels(doc, [e for e in ents if e.label_ in types]) + propagate(doc, types, ents)
    if "PERSON" in types:
        spans += initial_names(doc, {i for e in spans for i in range(e.start, e.end)} | ent_tokens)
    spans = consistent_labels(spans)
    if "ORG" in types:
        spans += org_names(doc, {i for e in spans for i in range(e.start, e.end)} | ent_tokens,
                           frozenset(e.start for e in ents if e.label_ == "NORP" and len(e) == 1))
        ner = {(x.start, x.end) for x in ents}  # the NER's own spans a joined name may extend ("Borders")
        spans += connector_names(doc, list(doc.ents), {i for e in spans if (e.start, e.end) not in ner
                                                       for i in range(e.start, e.end)})
    return spans
