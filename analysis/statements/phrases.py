"""Character spans of tokens and noun phrases, shared by the source and content rules."""

from __future__ import annotations

from spacy.tokens import Token

from analysis.nlp.wordnet import noun_sense


def _span_chars(tokens: list[Token]) -> tuple[int, int]:
    toks = [t for t in tokens if not t.is_space]
    if not toks:
        return -1, -1
    while toks and toks[-1].is_punct and toks[-1].text not in ("”", "\"", "’", ")"):
        toks.pop()
    while toks and toks[0].is_punct and toks[0].text not in ("“", "\"", "‘", "("):
        toks.pop(0)
    if not toks:
        return -1, -1
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _np(tok: Token) -> list[Token]:
    """The noun phrase of a subject: its subtree without relative clauses, but with appositions."""
    out = []
    for t in tok.subtree:
        if any(a.dep_ in ("relcl", "acl") and a.head.i >= tok.i and a != tok and t in a.subtree for a in tok.subtree
               if a.dep_ in ("relcl",)):
            continue
        out.append(t)
    return out


# nouns of people (who is questioned is asked, not doubted ("questioned 1,000 voters", "he was questioned by police")
PEOPLE_NOUNS = frozenset({"people", "person", "persons", "respondent", "respondents", "voter", "voters", "consumer",
                          "consumers", "witness", "witnesses", "suspect", "suspects", "user", "users", "customer",
                          "customers", "resident", "residents", "adult", "adults", "student", "students", "worker",
                          "workers", "man", "men", "woman", "women", "child", "children", "official", "officials",
                          "executive", "executives", "manager", "managers", "parent", "parents", "patient",
                          "patients", "member", "members", "fan", "fans", "player", "players", "staff", "employee",
                          "employees", "doctor", "doctors", "teacher", "teachers", "minister", "ministers"})


def someone(tok: Token) -> bool:
    """Whether a word names someone, not a thing: a name, a noun of people (``PEOPLE_NOUNS``: "fans", whose first
    sense is a device) or a noun whose first sense is a person or a group ("critics", "the union")."""
    return tok.pos_ == "PROPN" or bool(tok.ent_type_) or tok.lower_ in PEOPLE_NOUNS or \
        tok.lemma_.lower() in PEOPLE_NOUNS or noun_sense(tok.lemma_.lower())[0] in ("noun.person", "noun.group")
