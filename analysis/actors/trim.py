"""Where a name the recognizer found starts and ends: what it glued to the name is cut ("President Vladimir Putin",
"Treasurer Paul Keating", "Obama White House"), and what it cut short is taken back ("Ursula von" + "der Leyen")."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from analysis.nlp.wordnet import noun_sense
from analysis.vocab import TITLE_RE, given_name_genders, role_words


def _junk(tok: Any) -> bool:
    """Tokens that never end or start a name: numbers, scores, dates, punctuation, whitespace."""
    return (tok.is_space or tok.is_punct and tok.text not in (".",) or tok.like_num or tok.tag_ == "POS"
            or any(c.isdigit() for c in tok.text) or tok.lower_ in ("v", "vs", "vs.", "-", "/", "+"))


# titles the role list lacks that wire copy writes before a name ("Treasurer Paul Keating", "EC Commissioner Frans
# Andriessen", "National Security Adviser Robert McFarlane")
_MORE_TITLES = frozenset({"treasurer", "commissioner", "adviser", "advisor", "chair"})
# what a capitalized noun before a given name may be to go as an office's word: a person ("Rapper Jay-Z", "Kenyan
# Susan Chepkemei"), a staff, a portfolio ("Budget", "Affairs", "Negotiations"); not a thing, a place or an animal,
# which name people too ("Jean Pierre Meersseman", "Park Chan-ho", "Robin"), nor a person noun that is a given name
_OFFICE_SENSES = frozenset({"noun.person", "noun.group", "noun.act", "noun.possession", "noun.cognition",
                            "noun.communication"})
_NAME_NOUNS = frozenset({"angel", "taylor", "lee", "ritz", "saint"})


def _leading_title(tok: Any, roles: dict[str, str]) -> bool:
    return tok.lower_ in roles or tok.lower_ in _MORE_TITLES or bool(TITLE_RE.match(tok.text + " "))


def _portfolio_word(tok: Any, nxt: Any, roles: dict[str, str]) -> bool:
    """A capitalized common noun of an office's name before the title or the given name of a person's name ("Budget
    Director James Miller", "Chief of Staff Howard Baker", "Agriculture Commissioner Frans Andriessen", "Belgian Paul
    de Keersmaeker"): Reuters had "Staff Howard Baker" and "Budget James Miller" as persons apart from the men. The
    word is no given name ("Will Smith", "Hope Hicks") and the caller keeps two words ("Rand Paul")."""
    given = given_name_genders()
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper and tok.lower_ not in given \
        and tok.lower_ not in _NAME_NOUNS and noun_sense(tok.lower_)[0] in _OFFICE_SENSES \
        and (nxt.lower_ in given or _leading_title(nxt, roles))


def trim_span(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """Cut what the NER glued to a name ("G. Archer 143", "Argentina 1996-08-27", "Frenchman Cedric Pioline",
    "President Vladimir Putin", "ex-Yukos", "Transport and General Workers Union (TGWU"), and complete a person's name it cut short ("Mikael" + "Tillstrom")."""
    while end > start and (_junk(doc[end - 1]) or doc[end - 1].text == "."
                           and (end - 1 == start or len(doc[end - 2].text) > 1)):
        end -= 1
    while start < end and (_junk(doc[start]) and doc[start].text != "."):
        start += 1
    opened = next((i for i in range(start + 1, end) if doc[i].text == "("), None)
    if opened is not None and not any(doc[i].text == ")" for i in range(opened, end)):
        end = opened  # "International Labour Organisation (ILO", "B Cohen (England": a bracket left open
        while end > start and _junk(doc[end - 1]):
            end -= 1
    colon = next((i for i in range(start + 1, end - 1) if doc[i].text == ":"), None)
    if colon is not None:
        end = colon  # "De Blasio: Trust Bratton": a headline's speaker and the first of their words
    if end - start > 2 and doc[start].lower_ == "ex" and doc[start + 1].text == "-":
        start += 2  # "ex-Yukos boss": Yukos (as a person "ex-Yukos" took every later "Yukos" for its surname)
    if label in ("PERSON", "ORG") and end - start >= 3 and any(
            doc[i].tag_ in ("VBZ", "VBD", "VBP") for i in range(start + 1, end - 1)):
        return start, start  # a headline in title case ("Meta Outage Hits Facebook And Instagram"), no name
    if label == "PERSON" and end - start >= 3:
        # "Browns DL Sheldon Richardson": a team and a position abbreviation before the name
        k = max((i for i in range(start, end - 2) if doc[i].is_upper and doc[i].is_alpha and 2 <= len(doc[i]) <= 3
                 and doc[i + 1].is_title), default=None)  # (not in text in capitals: "KIM JONG UN")
        if k is not None:
            start = k + 1
    if label == "PERSON":
        roles = role_words()
        while end - start > 1 and (_leading_title(doc[start], roles) or doc[start].ent_type_ == "NORP"
                                   or doc[start].lower_.endswith(("man", "woman"))
                                   and doc[start].lower_ not in ("herman", "norman")
                                   or end - start > 2 and _portfolio_word(doc[start], doc[start + 1], roles)):
            start += 1
        # a name ends in a name, not in a word the sentence goes on with ("Kate made Meghan cry" gave the person
        # "Meghan cry"), nor in an organization after it ("Obama White House"); headline words ("Meta Outage Hits
        # Facebook") are no name at all (issue 29)
        pair = next((i for i in range(start + 2, end - 2) if doc[i].text == "-"), None)
        if pair is not None:
            end = pair  # "the Muhammad Ali-Joe Frazier fight": two names, the first kept ("Montoya-Lewis" is one)
        if end - start >= 3 and doc[end - 2].text == "-" and doc[end - 1].lower_ in HYPHEN_MODIFIERS:
            end -= 2  # "Obama-era rules", a tweet's "laughing at Jeb Bush-spent $100 million": the name
        while end - start > 1 and doc[end - 1].is_alpha and doc[end - 1].is_lower \
                and doc[end - 1].text not in NAME_PARTICLES and doc[end - 2].text != "-":  # "Kim Jong-un" stays
            end -= 1
        if end - start >= 3 and doc[end - 1].lower_ in PERSON_ORG_ENDS:
            end -= 2
        # "Ursula von der Leyen", "Mohammed bin Salman": the NER stops at a lower-case particle and tags the rest
        # apart ("Ursula von" PERSON, "Leyen" GPE); take the particles and the capitalized word after them
        k = end
        while k < len(doc) and k - end < 2 and doc[k].text in NAME_PARTICLES:
            k += 1
        if (k > end or end - start > 1 and doc[end - 1].text in NAME_PARTICLES) and k < len(doc) \
                and doc[k].is_alpha and doc[k].text[:1].isupper() and doc[k].sent.start == doc[start].sent.start:
            end = k + 1
        # extend over adjacent capitalized proper nouns the NER left out (at most two)
        for _ in range(2):
            if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and not doc[end].ent_type_ \
                    and doc[end].sent.start == doc[start].sent.start and doc[end].lower_ not in roles:
                end += 1
        for _ in range(2):
            t = doc[start - 1] if start > 0 else None
            if t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_type_ and not t.is_sent_start \
                    and not _leading_title(t, roles) and not (end - start > 1 and _portfolio_word(t, doc[start], roles)) \
                    and t.sent.start == doc[start].sent.start:
                start -= 1
    return start, end


# words after a name and a hyphen that are no part of it: a modifier made of the name ("Trump-backed", "Obama-era")
# or a tweet's dash before its verb ("Jeb Bush-spent $100 million"); not "Kim Jong-un", "Moon Jae-in", "Kim Il-sung"
HYPHEN_MODIFIERS = frozenset({"backed", "led", "funded", "spent", "era", "style", "linked", "allied", "owned", "based",
                              "born", "appointed", "inspired", "related", "leaning", "like", "type", "controlled",
                              "run", "friendly", "aligned", "supporting", "endorsed", "sponsored", "affiliated"})
# the last word of an organization glued to a person's name by the NER ("Obama White House", "Trump Organization")
PERSON_ORG_ENDS = frozenset({"house", "administration", "campaign", "organization", "organisation", "foundation",
                             "party", "department", "ministry", "office", "government", "group", "inc", "corp"})


NAME_PARTICLES = frozenset({"al", "el", "de", "du", "da", "di", "dos", "das", "van", "von", "der", "den", "la", "le",
                            "bin", "ibn", "abu"})  # "al Qaeda", "de Beers"
