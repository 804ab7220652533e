"""Which organization or state an "it", "the company" or "a spokesman" takes up: the body the sentence is about.

"It said" after "Monsanto admitted …" is Monsanto; a body in a modifier ("The UK's biggest mortgage lender",
"Netherlands-based group LNM") or after a preposition ("At the Court of Appeal, the Countryside Alliance …") is not
what the sentence is about.
"""
from __future__ import annotations

import re
from typing import Any

import pandas as pd

from analysis.nlp.wordnet import noun_sense

PREPOSITIONS = frozenset({"at", "in", "on", "by", "for", "with", "from", "to", "of", "after", "before", "during",
                           "since", "under", "over", "about", "against", "between", "into", "through", "like", "as"})
# "it" that stands for no one: "after it became clear that", "it is likely", "it's revealed in … review that"
_DUMMY_IT = re.compile(r"it\s+(?:\w+\s+)?(?:is|was|became|becomes|seems|seemed|appears|appeared|remains|remained)\s+"
                       r"(?:\w+\s+)?(?:clear|unclear|likely|unlikely|evident|apparent|possible|impossible|"
                       r"probable|certain|uncertain|thought|believed|understood|expected|feared)\b|it['’]s\s+(?:been\s+)?"
                       r"(?:revealed|said|reported|understood|thought|believed|expected|known|claimed|alleged|"
                       r"rumou?red|feared|suggested|estimated)\b", re.I)
# nouns after a body's possessive that make the phrase another speaker ("Athletics' ruling body", "BP's chief")
_AGENTS = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:body|chief|boss|head|spokes\w+|officials?|executives?|"
                     r"director|chairman|president|lawyers?|staff|board|unit|subsidiary|arm|division|owner|founder|"
                     r"shareholders?|investors?|lender|bank|firm|company|rivals?|parent|union|leader|minister)\b", re.I)


# an adverbial set off by a comma before the subject ("In addition to the penalty, Monsanto also agreed …",
# "Although the flaw was fixed, Microsoft has come under …"), not a noun phrase ("And new technology, including …")
_ADVERBIAL = re.compile(r"^(?:(?:and|but|so|yet)\s+)?(?:in|on|at|by|after|before|during|since|with|under|following|"
                        r"despite|last|this|earlier|later|meanwhile|however|although|though|while|when|because|once)"
                        r"\b[^,\n]{0,60},\s*(?:(?:however|meanwhile|though),\s*)?", re.I)


def body_opener(m: list[Any], text: str, sentences: list[tuple[int | None, int]], before: int,
                 quotes: list[tuple[int, int]]) -> str | None:
    """The organization or state that opens the first of ``sentences`` (start, index) that has one before
    ``before``: its first mention within three words of the start (after an adverbial), outside quotes, not a
    state's possessive ("The UK's biggest mortgage lender said …" opens with no body), as "it" takes up the subject before it ("Deutsche Bank is
    involved because it is being sued by Yukos. It had agreed …": Deutsche Bank, not Yukos)."""
    for start, idx in sentences:
        if start is None:
            continue
        first = next((x for x in m if x.sent_idx == idx and x.start_char >= start), None)
        if first is None or first.start_char >= before or first.actor_type not in ("organization", "state") or any(
                a <= first.start_char < b for a, b in quotes):
            continue
        lead = _ADVERBIAL.sub("", text[start:first.start_char]).lower().split()
        if len(lead) > 3 or set(lead) & PREPOSITIONS or re.match(r"['’](?:s\b|\s)", text[
                first.end_char:first.end_char + 2]) and (first.actor_type == "state" or _AGENTS.match(
                    text, first.end_char)):
            continue  # "At the Court of Appeal, the Countryside Alliance …", "Athletics' ruling body" (but
            # "Heineken's net income fell. It blamed …" is Heineken's)
        if first.actor_type == "state" and (first.label == "NORP" or lead[-1:] == ["the"]):
            continue  # "French nationals", "The US firm": a modifier, not the subject
        return first.actor_id
    return None


def subject_body(m: list[Any], text: str, sent_idx: int, start: int, before: int,
                 quotes: list[tuple[int, int]]) -> str | None:
    """The one organization of the sentence before ``before`` that can be its subject, when its "it" speaks later
    in it ("Qantas shares fell almost 3%, however, after it warned", "Shares in Australian budget airline Virgin
    Blue plunged 20% after it warned", "Porsche may join the race, although it insists"): outside quotes; not a
    modifier ("Netherlands-based", "Microsoft's WMA format", "holds its AGM") nor after a preposition ("its stake
    in Changyu", "a complaint against Deutsche Bank"), except shares in a firm; None when two could be, or when
    "it" is a dummy subject ("after it became clear that")."""
    if _DUMMY_IT.match(text, before):
        return None
    found: list[str] = []
    for x in m:
        if x.sent_idx != sent_idx or x.start_char < start or any(a <= x.start_char < b for a, b in quotes):
            continue
        if x.start_char >= before:
            break
        if x.actor_type != "organization" or re.match(r"-|['’]", text[x.end_char:x.end_char + 1]):
            continue
        lead = re.split(r"[,;:(—–-]|[.!?]\s", text[start:x.start_char])[-1].lower().split()[-6:]
        if lead[-1:] and lead[-1] in ("its", "his", "her", "their", "our", "my"):
            continue
        at = next((j for j in range(len(lead) - 1, -1, -1) if lead[j] in PREPOSITIONS | {"without"}), None)
        if at is not None and not (lead[at] == "in" and at > 0 and lead[at - 1] in ("shares", "stock")):
            continue
        if x.actor_id not in found:
            found.append(x.actor_id)
    return found[0] if len(found) == 1 else None


ROLE_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "minister", "president",
              "leader", "ambassador", "diplomat", "envoy", "senator", "lawmaker", "aide", "adviser", "advisor",
              "secretary", "chairman", "chief", "director", "general", "governor", "mayor", "premier", "statement",
              "ministry", "government", "agency", "newspaper", "paper", "daily", "report"}


# heads of a speaker phrase that speak for the actor named in their modifier ("Indian officials", "a Kremlin
# spokesman", "GE's chief executive"); any other head ("some Indiana protesters", "Education advocacy groups",
# "the U.S. Attorney's Office …") is not the actor of its modifier, and the speaker stays unresolved
SPEAKS_FOR = ROLE_NOUNS | {"officials", "spokesmen", "spokespeople", "spokeswoman", "ministers", "authorities",
                           "authority", "embassy", "diplomats", "envoys", "police", "military", "army", "forces",
                           "media", "prosecutor", "prosecutors", "leaders", "leadership", "executive", "executives",
                           "officer", "officers", "source", "sources", "lawmakers", "senators", "regulator",
                           "regulators", "secretary", "negotiator", "negotiators", "administration", "cabinet",
                           "parliament", "court", "commission", "board", "management", "owner", "owners", "founder",
                           "ceo", "chairwoman", "head", "boss", "manager", "coach", "captain", "representative",
                           "representatives", "delegation", "team", "campaign", "club", "firm", "company",
                           "department", "state", "office", "analyst", "economist", "economists", "analysts",
                           "ministries", "departments", "agencies", "offices", "governments", "scientists",
                           "researchers", "staff", "policymakers", "policy-makers",
                           # what an actor publishes speaks for it ("data from MarketAxess", "a survey by …")
                           "data", "report", "reports", "survey", "surveys", "study", "studies", "poll", "polls",
                           "figures", "statement", "statements", "guidance", "research", "analysis", "letter",
                           "filing", "documents", "records", "release", "website", "account", "spokespersons",
                           "rep", "reps", "publicist", "publicists"}  # "Swift's rep said": for Taylor Swift
# body nouns after a body's own name, which is the speaker ("the Standing Rock Sioux tribe says", "the NBC network",
# "Variety trade magazine"); not a state's or a person's ("A TV station in the US", "Howard Flight's local
# Conservative association")
BODY_HEADS = frozenset({"tribe", "union", "coalition", "alliance", "group", "council", "committee", "foundation",
                        "institute", "association", "federation", "society", "magazine", "network", "station",
                        "broadcaster", "outlet"})


# letters after a name that the parser may take for the phrase's head ("Frank Field MP", "John Smith QC")
POST_NOMINALS = frozenset({"mp", "mep", "msp", "mla", "qc", "kc", "jr", "sr", "obe", "mbe", "cbe", "phd"})


# days and months: the head the parser gives a speaker phrase that ends in a show's name ("Trump on Fox News Sunday")
TIME_HEADS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                        "february", "march", "april", "june", "july", "august", "september", "october", "november",
                        "december", "today", "yesterday", "tonight"})


def head_word(text: str, at: int) -> str:
    """The lower-case word of the text at a speaker phrase's head."""
    word = re.match(r"[\w’'-]+", text[at:at + 40])
    return word.group(0).lower() if word else ""


def dummy_it(text: str, end: int, cue_start: Any, cue_end: Any) -> bool:
    """Whether "it" is the dummy subject of a passive cue ("it is expected that", "it was said") or of "emerged",
    "appears" ("It has also emerged Mr Howard has suspended …"), no body."""
    if cue_start is None or pd.isna(cue_start):
        return False
    between, cue = text[end:int(cue_start)], text[int(cue_start):int(cue_end)].lower()
    if re.match(r"(?:emerg|appear|seem|transpir)", cue) and re.fullmatch(r"\s+(?:\w+\s+){0,2}", between):
        return True
    return re.fullmatch(r"\s+(?:\w+\s+)?(?:is|was|has been|had been|have been|will be|would be|be|been)\s+", between) \
        is not None and (cue.endswith("ed") or cue in ("said", "known", "thought", "understood", "seen", "shown"))


def placed_person(head: str) -> bool:
    """A person noun a place only locates ("Indiana governor endorses Cruz", "The senator from Vermont said",
    "Benghazi mom speechwriter reveals": PolNeAR blind samples, the place had taken sides; in US campaign news
    "the New Jersey governor" is a candidate); not a body's voice ("Moscow officials have dismissed", "the mayor of
    London", "Scotland's justice minister")."""
    return head not in VOICES and noun_sense(head)[0] == "noun.person"


VOICES = frozenset({"official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople",
                    "authorities", "source", "sources", "mayor", "minister", "ministers", "premier"})


# "SIOUX FALLS, S.D.", "PHILADELPHIA, July 29 (UPI)": where a story was filed, no one speaking
DATELINE = re.compile(r"[A-Z][A-Z .'’-]+,(?:[A-Z .,'’-]+|\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?(?:\s*\([\w .-]+\))?)")
