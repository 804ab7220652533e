"""Words a title-case headline glues to a name: a common noun before it ("Rapper Snoop Dogg") or a verb after it
("Dennis Prager Tells"). Cut per article, before resolution, so the name joins the article's other mentions of
the same person (issue 29)."""
from __future__ import annotations

import re
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from analysis.nlp.wordnet import wordnet_senses
from analysis.registry import name_key
from analysis.vocab import given_name_genders

from .spans import NAME_PARTICLES

# first words that make a place's or a body's name, lower case in the text or not ("North Carolina", "New York")
_NAME_LEADS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "new",
               "great", "upper", "lower", "san", "saint", "st", "mount", "lake", "port", "fort", "united", "royal",
               "national", "general", "grand", "old", "little", "big", "red", "white", "black", "green", "blue"}


def common_lead_cut(rows: list[dict[str, Any]], text: str | None, given: frozenset[str] = frozenset()
                     ) -> list[dict[str, Any]]:
    """"Rapper Snoop Dogg", "Saturn's Moon Titan" in a title-case headline: a person's or place's first word that
    the article writes elsewhere in lower case ("the rapper", "the moon"), before a rest the article names on its
    own, is a common noun, not part of the name — else "Moon Titan" becomes an actor and takes every "Titan". A
    given name ("Mark Blair", though "mark" is a word too; "Moon" is one in the census and the registry, for Moon
    Jae-in) goes only when the article writes it in lower case before the rest ("Saturn's moon Titan"); a particle
    ("de", "dal") and words that make place names ("North", "New") stay; organizations keep theirs ("Air India",
    "Law Commission")."""
    if not isinstance(text, str) or not text:
        return rows
    alone = {name_key(r["text"]) for r in rows}
    out = []
    for r in rows:
        words = str(r["text"]).split(" ")
        first = words[0]
        if len(words) >= 2 and not isinstance(r.get("kb_id"), str) and r["label"] in ("PERSON", "LOC", "FAC") \
                and first[:1].isupper() and first[1:].islower() and first.isalpha() and len(first) > 3 \
                and name_key(first) not in STOP_WORDS | _NAME_LEADS \
                and name_key(" ".join(words[1:])) in alone \
                and re.search(rf"\b{re.escape(first.lower())}\b" + (
                    r"\s+" + re.escape(" ".join(words[1:])) if name_key(first) in given else ""), text) is not None:
            cut = len(first) + 1
            r = {**r, "text": r["text"][cut:], "start_char": r["start_char"] + cut}
        out.append(r)
    return office_lead_cut(out, text)


_OFFICE_OF = re.compile(r"\bof\s+the\s+$", re.I)


def office_lead_cut(rows: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """"Chancellor of the Exchequer Nigel Lawson": the recognizer's person "Exchequer Nigel Lawson" starts with the
    end of the office; a person's first word right after "of the" that is no given name, before one that is, goes
    (Reuters-21578: 38 mentions, an actor "Exchequer Nigel Lawson" beside Nigel Lawson; BBC "Exchequer Gordon
    Brown"; PolNeAR "of the Real Donald Trump")."""
    given = given_name_genders()
    out = []
    for r in rows:
        m = re.match(r"(\S+)\s+(\S+)\s+\S", str(r["text"]))
        if r["label"] == "PERSON" and m is not None and name_key(m.group(1)) not in given \
                and name_key(m.group(2)) in given and _OFFICE_OF.search(text[max(0, r["start_char"] - 8):r["start_char"]]):
            cut = m.start(2)
            r = {**r, "text": r["text"][cut:], "start_char": r["start_char"] + cut}
        out.append(r)
    return out


def verb_tail_cut(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"Dennis Prager Tells #NeverTrump …", "Ted Cruz Hints Trump Would …" in a title-case headline: a person's
    word that is a verb ("Tells", "Hints", "Slams": the stem is a WordNet verb) after two words or more that the
    article names on their own ends the name there, else "Dennis Prager Tells" becomes the actor and takes every
    "Dennis Prager" (issue 29). Surnames that are verbs too ("Tom Banks") stay: what comes before them is never
    a full name of its own."""
    alone = {name_key(r["text"]) for r in rows if r["label"] == "PERSON"}
    out = []
    for r in rows:
        words = str(r["text"]).split(" ")
        if r["label"] == "PERSON" and len(words) >= 3 and not isinstance(r.get("kb_id"), str):
            # (a surname alone before the verb when a name the article gives alone follows it: "Fiorina Endorses
            # Ted Cruz")
            # (a participle too, after a full name: "James Van Der Beek Eliminated", "Ted Cruz Pushing …")
            cut = next((k for k in range(1, len(words)) if words[k][:1].isupper() and words[k].isalpha()
                        and name_key(" ".join(words[:k])) in alone
                        and (k >= 2 or name_key(" ".join(words[k + 1:])) in alone)
                        and (words[k].lower().endswith("s") and _verb_form(words[k].lower())
                             or k >= 2 and _participle(words[k].lower()))), None)
            if cut is not None:
                kept = " ".join(words[:cut])
                r = {**r, "text": kept, "end_char": r["start_char"] + len(kept)}
        words = str(r["text"]).split(" ")
        if r["label"] == "PERSON" and len(words) >= 3 and not isinstance(r.get("kb_id"), str) and words[0].isalpha() \
                and words[0][:1].isupper() and words[0].lower().endswith("s") and _verb_form(words[0].lower()) \
                and name_key(" ".join(words[1:])) in alone and name_key(words[0]) not in given_name_genders():
            # (not a given name: "James Van Der Beek", "jam" being a verb)
            cut = len(words[0]) + 1  # "Pence Endorses Paul Ryan": the recognizer's "Endorses Paul Ryan"
            r = {**r, "text": r["text"][cut:], "start_char": r["start_char"] + cut}
        out.append(r)
    return out


def _participle(word: str) -> bool:
    """Whether a word is a verb's -ed or -ing form ("eliminated", "pushing", "making")."""
    if word.endswith("ed"):
        stems = [word[:-2], word[:-1]] + ([word[:-3] + "y"] if word.endswith("ied") else []) + (
            [word[:-3]] if len(word) > 4 and word[-3] == word[-4] else [])  # "slammed"
    elif word.endswith("ing"):
        stems = [word[:-3], word[:-3] + "e"] + ([word[:-4]] if len(word) > 5 and word[-4] == word[-5] else [])
    else:
        return False
    return any((s, "v") in wordnet_senses() for s in stems if len(s) > 2)


def _verb_form(word: str) -> bool:
    """Whether a word ending in -s is a verb's third person ("tells", "slams", "urges", "denies")."""
    stems = [word[:-1], word[:-2]] + ([word[:-3] + "y"] if word.endswith("ies") else [])
    return any((s, "v") in wordnet_senses() for s in stems if s)


def headline_fragment_cut(rows: list[dict[str, Any]], text: str | None) -> list[dict[str, Any]]:
    """A person of three words or more in a title-case headline that the article never writes again, with a common
    word in it (``_common``): "Jeb Bush Super PAC Chief Praises Marco Rubio Donor's …" gave the persons "Jeb Bush
    Super PAC Chief" and "Praises Marco Rubio Donor", and the first took every "Jeb Bush" of the article (47 such
    in PolNeAR's 840 headlines). Cut to the first run of its words (the longest there) that the article names as a
    person on its own ("Jeb Bush", "Marco Rubio"), else no name at all ("Trump May be Aligning", "Clinton
    Acceptance Speech Skewered"). Applied after the cuts above."""
    if not isinstance(text, str) or not text:
        return rows
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    head = re.findall(r"[A-Za-z][\w'’-]*", text[:line_end])
    if not head or sum(w[:1].isupper() for w in head) < 0.6 * len(head):
        return rows  # not a title-case headline
    alone = {name_key(r["text"]) for r in rows if r["start_char"] >= line_end and r["label"] == "PERSON"}
    out = []
    for r in rows:
        words = str(r["text"]).split(" ")
        if r["label"] != "PERSON" or len(words) < 3 or isinstance(r.get("kb_id"), str) or r["start_char"] >= \
                line_end or text.count(str(r["text"])) > 1 or not any(_common(w) for w in words):
            out.append(r)
            continue
        runs = [(b - a, a, b) for a in range(len(words)) for b in range(a + 1, len(words) + 1)
                if name_key(" ".join(words[a:b])) in alone]
        if not runs:
            continue  # a headline's words, no name the article gives
        _, a, b = min(runs, key=lambda x: (x[1], -x[0]))  # the first, as the headline's subject ("Fiorina Endorses …")
        lead = len(" ".join(words[:a])) + (1 if a else 0)
        kept = " ".join(words[a:b])
        out.append({**r, "text": kept, "start_char": r["start_char"] + lead,
                    "end_char": r["start_char"] + lead + len(kept)})
    return out


def _common(word: str) -> bool:
    """A headline word that is no part of a name: a noun or verb WordNet knows ("Super", "Chief", "Praises",
    "Aligning"; a given name only if WordNet has it as a noun), not a particle ("Antonio De Iesu" stays whole)."""
    w = word.lower()
    if not w.isalpha() or w in NAME_PARTICLES:
        return False
    if (w, "n") in wordnet_senses():  # "Star" is a given name too: a noun still ("Star Norbert Leo Butz")
        return True
    return w not in given_name_genders() and ((w, "v") in wordnet_senses() or _verb_form(w) or _participle(w))
