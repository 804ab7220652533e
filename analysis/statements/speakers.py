"""Speakers' actors: each statement's source span resolved to an actor from the mentions table (pronouns and
role nouns to the nearest fitting speaker or person before them), or left null, never guessed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import pandas as pd

from analysis.nlp.wordnet import noun_sense
from analysis.vocab import HONORIFICS, STATEMENT_COLUMNS

from . import bodies as _b
from . import descriptions as _d
from .antecedents import last_said, next_voice, paragraph_person, settled
from .bodies import BODY_HEADS, POST_NOMINALS, PREPOSITIONS, ROLE_NOUNS, SPEAKS_FOR, body_opener, subject_body
from .genders import PRONOUN_GENDER, person_genders, phrase_gender
from .parties import party_conflict
from .quotes import CLOSE_MARKS, OPEN_MARKS, quote_spans
from .role_holders import role_holder

# pronouns we resolve: he/she to a person, "it" to the organization or state that spoke just before, "they" to
# the organization or the several coordinated speakers of this or the last sentence (unless a person spoke since);
# "we", "I", "you" and any other "they" stay unresolved (null speaker) rather than guessed
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "it": "org"}
PRONOUN_CASE = ("he", "she")  # a subject: whose voice goes on ("…," he said), not "her claim that she …"
INDEFINITE = {"a", "an", "another", "one", "some", "several", "many", "other", "two", "three"}

DEFINITE = {"the", "this", "that"}
# role nouns that take up a person or an organization named just before ("the actor said", "the agency said")
PERSON_NOUNS = {"actor", "actress", "singer", "player", "coach", "doctor", "lawyer", "attorney", "author", "writer",
                "scientist", "researcher", "professor", "teacher", "witness", "judge", "congressman",
                "congresswoman", "candidate", "star", "ceo", "executive", "founder", "economist", "analyst",
                "senator", "lawmaker", "governor", "mayor", "president", "spokesman", "spokeswoman", "spokesperson",
                "chairman", "chairwoman", "director", "minister", "secretary", "ambassador", "envoy", "officer",
                "prosecutor", "detective", "commander", "general", "billionaire", "entrepreneur", "rapper",
                "musician", "comedian", "host", "journalist", "reporter", "activist", "official", "leader",
                "manager", "pilot", "driver", "owner", "victim", "suspect", "defendant", "mother", "father", "wife",
                "husband", "daughter", "son", "nominee", "front-runner", "frontrunner", "hopeful", "contender"}
_ROLE_HEADS = frozenset(PERSON_NOUNS | ROLE_NOUNS)  # the heads of a role phrase ``role_holder`` reads
ORG_NOUNS = {"company", "firm", "agency", "organization", "organisation", "department", "ministry", "office",
             "bank", "administration", "campaign", "union", "party", "council", "board", "commission", "court",
             "committee", "club", "network", "newspaper", "station", "website", "platform", "service", "airline",
             "carrier", "retailer", "maker", "manufacturer", "giant", "startup", "watchdog", "regulator",
             "government", "group", "team", "league", "university", "school", "hospital", "charity", "studio",
             "broadcaster", "outlet", "publisher", "paper", "insurer", "lender", "automaker", "chain"}
# bodies that are never a state: "the company said" after "US officials said" is no United States
COMPANY_NOUNS = frozenset({"company", "firm", "bank", "club", "network", "newspaper", "station", "website", "platform",
                           "airline", "carrier", "retailer", "maker", "manufacturer", "giant", "startup", "team",
                           "league", "university", "school", "hospital", "charity", "studio", "broadcaster", "outlet",
                           "publisher", "paper", "insurer", "lender", "automaker", "chain", "group"})


_CLAUSE_LEADS = re.compile(r"(?:(?:and|but|now|so|yet|however|also|still|instead|meanwhile)\W*\s*)*", re.I)


def _company(phrase: str) -> bool:
    """Whether a speaker phrase names a body that is never a state ("the company", "the car giant"; not "the
    central bank")."""
    words = phrase.lower().split()
    return bool(words) and words[-1] in COMPANY_NOUNS and "central" not in words


def _opens_clause(text: str, sentence_start: int, at: int) -> bool:
    """Whether a pronoun at ``at`` opens its sentence (after "And", "But", "Now" …) or follows a comma or a quote
    ('"…," they said'), not a noun it is in a relative clause of ("the rates they charge", "after they were")."""
    before = text[sentence_start:at]
    return _CLAUSE_LEADS.fullmatch(before.strip(" \n\t\"“”‘’'")) is not None or before.rstrip()[-1:] in (",", "”", '"', "’")


def _topics(m: list[Any], text: str, starts: dict, aid: str, r: dict, quotes: list[tuple[int, int]],
            last_person: str | None) -> list[str | None]:
    """Whom a description may take up: who opens the sentence before, or the one before it; who spoke last."""
    i = int(r["sent_idx"])
    return [_opener(m, text, starts.get((aid, i - k)), i - k, quotes) for k in (1, 2)] + [last_person]


def _named_here(people: list[Any], r: dict, ss: int, se: int) -> tuple[set[str], set[str]]:
    """The persons a statement's sentence names outside its speaker phrase and content, and those its content
    names."""
    a, b, ca, cb = (r.get(k) for k in ("sentence_start", "sentence_end", "content_start", "content_end"))
    ca, cb = (int(ca), int(cb)) if ca is not None and not pd.isna(ca) else (-1, -1)
    inside = {p.actor_id for p in people if ca <= p.start_char < cb}
    if a is None or pd.isna(a):
        return set(), inside
    return {p.actor_id for p in people if int(a) <= p.start_char < int(b) and not ss <= p.start_char < se
            and not ca <= p.start_char < cb}, inside


def _opener(m: list[Any], text: str, start: int | None, sent_idx: int, quotes: list[tuple[int, int]]) -> str | None:
    """The person a sentence opens with (its first mention, after three words at most: "Mr. Trump's theatrical
    embrace …", "Former envoy Kurt Volker …"), outside quotes; None when the sentence opens otherwise."""
    if start is None:
        return None
    first = next((x for x in m if x.sent_idx == sent_idx and x.start_char >= start), None)
    if first is None or first.actor_type != "person" or any(a <= first.start_char < b for a, b in quotes):
        return None
    return first.actor_id if len(text[start:first.start_char].split()) <= 3 else None


def _leads(m: list[Any], text: str, start: int | None, person: Any, quotes: list[tuple[int, int]]) -> bool:
    """Whether a sentence opens with the person, two words at most before the name ("Barack Obama departs …",
    "But Obama …"; not "The 22-year-old pipped Maurice Greene", "Deputy Prime Minister John Prescott held …")."""
    return _opener(m, text, start, person.sent_idx, quotes) == person.actor_id and len(
        text[start:person.start_char].split()) <= 2


# what may come before an "it" that is a sentence's subject: "In August it warned", "Last year, it introduced"
_IT_LEAD = re.compile(r"(?:(?:and|but|so|yet|however|also|meanwhile)\W*\s*)*(?:in|on|at|by|since|after|before|"
                      r"during|last|this|earlier|later|recently|more recently|previously)\b[\w -]{0,25}?,?", re.I)


# "His office said", "her campaign said": the person the pronoun stands for speaks through them
_POSSESSED = re.compile(r"^(his|her) (?:\w+ )?(?:office|campaign|aides?|lawyers?|attorneys?|representatives?|team|"
                        r"staff|camp|publicist|agent|spokes(?:man|woman|person))$")
_SPOKESMAN = re.compile(r"(?:a|the|an official) spokes(?:man|woman|person)")

# a name with its prepositions ("Lord of the Rings", "War on Want's", "Guide to British Quangos") before a lower-case
# word: the speaker phrase goes on to the role of the name at its end ("… director Peter Jackson")
_TITLED = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s+(?:of|on|to|for|in|and|&)\s+(?:the\s+)?"
                     r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)+(?=['’]s\b|\s+[a-z0-9])")


def _ends_phrase(text: str, head: int, at: int) -> bool:
    """Whether a name that ends a speaker phrase at ``at`` is its head though the parser chose a word before it,
    at ``head`` ("Tory shadow local government secretary Caroline Spelman", "War on Want's John Hilary"): no
    preposition, conjunction or comma stands between them outside a name ("a spokesman for Tony Blair", "the
    parents of 14-year-old Stefan", "personal trainer Greg Anderson and athletics coach Remy" are not the name)."""
    if head > at:
        return False
    last = re.search(r"(\S+)\s*$", text[head:at])
    if last is not None and last.group(1)[0].isupper() and last.group(1) not in HONORIFICS \
            and not re.search(r"['’]s?$", last.group(1)):
        return False  # the name runs on before the mention ("watchdog Reporters Without Borders")
    between = _TITLED.sub(" ", text[head:at])
    return "," not in between and not any(
        w.lower() in PREPOSITIONS | {"and", "or", "&", "along", "plus"} for w in re.findall(r"[\w&]+", between))


def records_by_article(df: pd.DataFrame) -> dict[str, list[Any]]:
    """Rows as namedtuples grouped by article, each list in start_char order (one pass; no per-group pandas)."""
    out: dict[str, list[Any]] = {}
    if df.empty:
        return out
    df = df.sort_values(["article_id", "start_char"], kind="stable")
    arrow = {c: object for c, t in df.dtypes.items() if isinstance(t, pd.StringDtype) or "pyarrow" in str(t)}
    if arrow:
        df = df.astype(arrow)  # iterating Arrow-backed strings one by one is slow; object arrays are not
    for r in df.itertuples(index=False):
        out.setdefault(r.article_id, []).append(r)
    return out


_INCLUDING = re.compile(r",?\s+(?:including|such as|among them)\s+")


def _overlapping(m: list[Any], s: int, e: int) -> list[Any]:
    return [r for r in m if r.start_char < e and r.end_char > s]


def _head_actor(over: list[Any], heads: Sequence[int] = ()) -> str:
    """The actor a speaker phrase names: a person at its head or at a head in apposition or coordination with
    it ("Ryanair deputy chief executive Michael Cawley", "the spokesman for the NSC, John Kirby"), else the
    mention at its head ("Australia's BHP Billiton"), else a person in it, else an organization in it ("a
    spokesman for US-based hedge fund Atticus Capital": the fund, not the United States), else its first mention."""
    for h in heads:
        people = [r for r in _overlapping(over, h, h + 1) if r.actor_type == "person"]
        if people:
            return people[0].actor_id
    people = [r for r in over if r.actor_type == "person"]
    orgs = [r for r in over if r.actor_type == "organization"]
    at_heads = [r for h in heads for r in _overlapping(over, h, h + 1)]  # "executive chair Marcelo Claure" (a "firm")
    return (at_heads or people or orgs or over)[0].actor_id


def coordinated_actors(over: list[Any], text: str, start: int, end: int, heads: Sequence[int] = ()
                       ) -> list[str]:
    """All actors of a coordinated speaker ("the United States, Britain, South Korea and Japan"): names joined by
    commas and "and"/"or", either of one type or each at a head of the phrase's coordination (``heads``), so
    that "Toshiba and Blu-ray" are both speakers when NER typed one a person, but the "Wales" of "the
    Police Federation of England and Wales" is not."""
    if len(over) < 2:
        return [r.actor_id for r in over]
    gaps = [text[a.end_char:b.start_char] for a, b in zip(over[:-1], over[1:])]
    joined = re.search(r"\b(and|or)\b|&", gaps[-1]) and all(
        re.fullmatch(r"\s*(,|and|,\s*and|or|&)\s*(the\s+)?", g) for g in gaps)
    if joined and (len({r.actor_type for r in over}) == 1
                   or all(any(r.start_char <= h < r.end_char for h in heads) for r in over)):
        return list(dict.fromkeys(r.actor_id for r in over))
    return [_head_actor(over, heads)]


def _title_key(low: str) -> str | None:
    """A definite description of two words or more that ends in an office or a person noun ("the first lady", "the
    home secretary"), as a key that names the same holder the next time in the article, however it is capitalized."""
    words = low.split()
    if len(words) < 3 or words[0] != "the" or not words[-1].isalpha():
        return None
    return " ".join(words[1:]) if words[-1] in _d.OFFICES or noun_sense(words[-1])[0] == "noun.person" else None


def _content_text(text: str, r: Any) -> str | None:
    """The content's words. A quote split by its cue ('"…," she said, "…"') spans both parts, so its outer
    bounds hold the speaker and the cue too: the text shows the two parts joined by " … " instead (the spans
    stay the outer bounds, as PolNeAR annotates a discontinuous content)."""
    cs, ce = r["content_start"], r["content_end"]
    if cs is None or pd.isna(cs):
        return None
    cs, ce = int(cs), int(ce)
    inner = [(int(a), int(b)) for a, b in ((r["cue_start"], r["cue_end"]), (r["speaker_start"], r["speaker_end"]))
             if a is not None and not pd.isna(a) and cs < int(a) and int(b) < ce]
    if not inner or text[cs] not in OPEN_MARKS or text[ce - 1] not in CLOSE_MARKS:
        return text[cs:ce]
    lo, hi = min(a for a, _ in inner), max(b for _, b in inner)
    close = max((text.rfind(m, cs + 1, lo) for m in CLOSE_MARKS), default=-1)
    opening = [i for i in (text.find(m, hi, ce - 1) for m in OPEN_MARKS) if i >= 0]
    if close < 0 or not opening:
        return text[cs:ce]
    return text[cs:close + 1] + " … " + text[min(opening):ce]


def _nested(r: dict[str, Any], contents: list[tuple[int, int]]) -> bool:
    """Whether a statement's speaker is named inside another statement's content ("Vince Cable warned the picture
    was not as rosy as Mr Brown would like to portray it"): a reported speaker, not the one a following "he said"
    goes back to. (A content may hold its own speaker: "The woman waited …, her lawyer, Perry Wander, said.")"""
    ss = r["speaker_start"]
    if ss is None or pd.isna(ss):
        return False
    return any(a <= int(ss) < b for a, b in contents)


def attach_speakers(raw: pd.DataFrame, mentions: pd.DataFrame, articles: pd.DataFrame,
                    sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """The statements table: texts from the articles, speakers resolved to actors where the evidence allows.
    ``sentences`` (the sentences table's rows for these articles) lets "he"/"she" take the person who opens the
    sentence before."""
    if raw.empty:
        return pd.DataFrame(columns=STATEMENT_COLUMNS)
    texts = dict(zip(articles["article_id"], articles["text"]))
    by_article = records_by_article(mentions)
    starts: dict[tuple[str, int], int] = {}
    if sentences is not None and len(sentences):
        starts = {(a, int(i)): int(c) for a, i, c in zip(sentences["article_id"], sentences["sent_idx"],
                                                          sentences["start_char"])}
    out = []
    raw = raw.sort_values(["article_id", "content_start", "cue_start"], na_position="last", kind="stable")
    raw = raw.drop_duplicates(["article_id", "speaker_start", "cue_start", "content_start", "content_end"])
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in raw.to_dict("records"):
        groups.setdefault(r["article_id"], []).append(r)
    for aid in sorted(groups):
        text = texts[aid]
        m = by_article.get(aid, [])
        people = [r for r in m if r.actor_type == "person"]
        types = {r.actor_id: r.actor_type for r in m}
        parties = {r.actor_id for r in m if r.role == "PTY"}
        actor_info = {}
        for r in m:
            info = actor_info.setdefault(r.actor_id, {"name": r.actor_name, "affiliation": None, "country": None})
            if not info["affiliation"] and isinstance(r.affiliation, str):
                info["affiliation"] = r.affiliation
            if not info["country"] and isinstance(r.country, str):
                info["country"] = r.country
        quotes = quote_spans(text)
        genders, author = person_genders(text, people), _d.op_ed_author(text, m)
        person_speakers: list[str] = []  # the persons who spoke, in order
        spoken_at: dict[str, int] = {}  # where each last spoke
        last_speaker: dict[str, str | None] = {"person": None, "any": None, "thing": None}
        spoke: dict[str, int | None] = {"person": None, "any": None, "thing": None}  # in which sentence
        issued: dict[str, str] = {}  # document kind → who last issued one ("the group sent a letter")
        described: dict[str, str] = {}  # a title of two words or more → whom it last named ("the first lady")
        voice: tuple[str | None, int, str | None, int, str] | None = None  # an unnamed spokesperson who spoke last
        resolved_span: dict[tuple[int, int], tuple[Any, list[str], Any, bool]] = {}  # speaker span → its reading
        group: tuple[tuple[str, ...], int | None] = ((), None)  # the last organization or several who spoke, where
        contents = [(j, int(x["content_start"]), int(x["content_end"])) for j, x in enumerate(groups[aid])
                    if x["content_start"] is not None and not pd.isna(x["content_start"])]
        for k, r in enumerate(groups[aid]):
            actor, how, voiced = None, None, False
            actors: list[str] = []
            ss, se = r["speaker_start"], r["speaker_end"]
            if ss is not None and not pd.isna(ss):
                ss, se = int(ss), int(se)
                stext = text[ss:se]
                over = [x for x in _overlapping(m, ss, se) if not any(  # not one in a modifier of the head
                    a <= x.start_char < b and (kind == "clause" or x.actor_type == "location")
                    for a, b, kind in r.get("speaker_skip") or ())]
                low = stext.lower().strip()
                sent_start = int(r["sentence_start"]) if r.get("sentence_start") is not None \
                    and not pd.isna(r["sentence_start"]) else ss
                heads = list(r.get("speaker_heads") or ())
                if over and heads and not any(x.start_char <= h < x.end_char for x in over for h in heads):
                    if (inc := _INCLUDING.search(stext)) is not None:
                        # "Some observers, including professor Zeynep Tufekci, criticized": the one named
                        named = [x for x in over if x.start_char >= ss + inc.end() and x.actor_type != "location"]
                        over = ([x for x in named if x.actor_type == "person"] or named)[:1]
                    elif _b.head_word(text, heads[0]) in BODY_HEADS:  # the body named before its noun
                        over = [x for x in over if x.actor_type == "organization"][-1:]
                    elif _b.head_word(text, heads[0]) in _b.TIME_HEADS:  # "Trump on Fox News Sunday says": a misparse
                        over = [x for x in over if x.actor_type == "person"][:1]
                    elif _b.head_word(text, heads[0]) not in SPEAKS_FOR | POST_NOMINALS:
                        # the head is no name and does not speak for the name in its modifier; a person in
                        # apposition to a person noun is the speaker ("ITV's controller of entertainment, Claudia …")
                        over = [x for x in over if x.actor_type == "person" and x.end_char >= se - 1 and (text[
                            :x.start_char].rstrip().endswith(",") and noun_sense(_b.head_word(text, heads[0]))[0]
                                == "noun.person" or _ends_phrase(text, heads[0], x.start_char))][-1:]
                if _b.DATELINE.fullmatch(stext.strip()) or _d.one_member(stext, heads, over):
                    over = []  # a dateline ("SIOUX FALLS, S.D. – People … are talking"), "a Colorado Democrat": none
                seat = heads and _d.for_seat(text, heads[0], over)
                if seat:  # "The MP for Bolton said": whom the article gives that seat, or the one it is about
                    over, seat = [], role_holder(stext, heads[0] - ss, text, people, _ROLE_HEADS, ss) or _d.topic_person(
                        _topics(m, text, starts, aid, r, quotes, None), *_named_here(people, r, ss, se))
                if seat:
                    actor, how = seat, "description"
                elif not over and (who := described.get(_title_key(low))) is not None:
                    actor, how = who, "description"  # "the First Lady" after "The first lady suggested"
                elif not over and (who := _d.surname_speaker(stext, people, m)) is not None:
                    actor, how = who, "surname"  # '"…," concluded Chaves' when the article names Ana Chaves
                elif not over and heads and (who := _d.described_actor(stext, heads[0] - ss, text, m, ss)) is not None \
                        and not (_company(low) and types.get(who) == "state"):
                    actor, how = who, "description"  # "the late neurologist" after "neurologist Oliver Sacks"
                elif not over and (who := _d.role_body(stext, text, m, ss, int(r["sent_idx"]))) is not None:
                    actor, how = who, "description"  # "an agency spokesman", "city officials": the body
                elif not over and (who := _d.report_author(stext, text, m, ss)) is not None:
                    actor, how = who, "description"  # "the report said" after "a report by think-tank Demos"
                elif not over and (kind := _d.document_kind(stext)) in issued:
                    actor, how = issued[kind], "description"  # "The letter said" after "the group sent a letter"
                elif over and not any(x.actor_type == "person" for x in over) and heads and (
                        who := role_holder(stext, heads[0] - ss, text, people, _ROLE_HEADS, ss) or role_holder(
                            stext, len(stext.rstrip()) - len(stext.split()[-1]), text, people, _ROLE_HEADS, ss)) is not None:
                    # "the Wikileaks founder" after "Julian Assange, the …"; "The England coach said" after "England
                    # coach Sven-Goran Eriksson" (the parser had "England" for the head: England spoke)
                    actor, how = who, "role_holder"
                elif over and not (heads and all(x.actor_type == "location" and not x.start_char <= heads[0] < x.end_char
                                                 for x in over) and _b.placed_person(_b.head_word(text, heads[0]))):
                    # "Indiana governor", "the senator from Vermont": not the place ("Rio Ferdinand" is no place)
                    actors = coordinated_actors(over, text, ss, se, heads)
                    actor, how = actors[0], "mention"
                elif _SPOKESMAN.fullmatch(low) and (who := body_opener(m, text, [(starts.get((aid, i)), i) for i in (
                        int(r["sent_idx"]), int(r["sent_idx"]) - 1)], ss, quotes) or (last_speaker["thing"] if spoke[
                        "thing"] is not None and r["sent_idx"] - spoke["thing"] <= 2 else None)) is not None:
                    actor, how = who, "role_noun"  # "But the Home Office defended the measures. A spokesman said"
                elif low == "they" and group[1] is not None and r["sent_idx"] - group[1] <= 1 and _opens_clause(
                        text, sent_start, ss):
                    actors, how = list(group[0]), "pronoun"  # "Warren and Ocasio-Cortez …. They criticised": both
                    actor = actors[0]  # "Big Machine said …. They added": the organization that spoke just before
                elif (low := _POSSESSED.sub(lambda x: "he" if x.group(1) == "his" else "she", re.sub(
                        r"(?<=\w)-(?:elect|designate)\b", "", low))) in PRONOUNS or (  # "the president-elect"
                        low.split()[-1:] and (low.split()[-1] in ROLE_NOUNS or (
                        low.split()[0] in DEFINITE and low.split()[-1] in PERSON_NOUNS | ORG_NOUNS))
                                         and low.split()[0] not in INDEFINITE):  # "a report" is a new one
                    want = PRONOUNS.get(low, "any")
                    if want == "person":
                        # the last person who spoke, else the nearest person named before (outside quotes), of the
                        # pronoun's gender, not one its content names ("he threatened to kill Ilhan Omar"; "His …" may)
                        g = PRONOUN_GENDER.get(low)
                        ca, cb = r.get("content_start"), r.get("content_end")
                        after = {p.actor_id for p in people if ca is not None and not pd.isna(ca) and se <= int(ca)
                                 <= p.start_char < int(cb)} if stext.split()[0].lower() not in ("his", "her") else set()
                        fits = lambda a: (g is None or genders.get(a, g) == g) and a not in after  # noqa: E731
                        before = [p for p in people if p.end_char <= ss and fits(p.actor_id)
                                  and not any(a <= p.start_char < b for a, b in quotes)]
                        prev = [x for x in person_speakers if fits(x)]
                        # (not one after the same pronoun: "While saying he admired Mr Blair's leadership, he …")
                        in_sentence = [p for p in before if p.start_char >= sent_start and not re.search(
                            rf"\b{low}\b", text[sent_start:p.start_char], re.I)]
                        opener = _opener(m, text, starts.get((aid, int(r["sent_idx"]) - 1)), int(r["sent_idx"]) - 1,
                                         quotes)
                        if voice is not None and 0 <= r["sent_idx"] - voice[1] <= 2 and voice[2] in (None, g) and voice[
                                3] < ss and not any(voice[3] < p.start_char < ss for p in people) and low in PRONOUN_CASE:
                            actor, voiced = voice[0], True  # "a spokeswoman for the SEIU said …. "…," she said": the union
                        elif in_sentence:  # "Julie Graham, an officer, … she said": the first such person of
                            actor = in_sentence[0].actor_id  # the sentence, before the last speaker
                        elif opener is not None and fits(opener) and spoke["person"] != int(r["sent_idx"]) - 1:
                            # "Morrison was the third witness … . He said": whom the sentence before is about,
                            # not the last speaker (Volker) nor the last name ("Braun has worked with … Kim
                            # Kardashian. He has denied …": Braun)
                            actor = opener
                        elif _opens_clause(text, sent_start, ss) and (here := paragraph_person(
                                before, text, ss, int(r["sent_idx"]), g, max(spoken_at.get(
                                    last_speaker["person"], -1), last_said(groups[aid][:k], text, ss)))):
                            actor = here  # the one man the paragraph names, not who spoke in it or one before
                        elif last_speaker["person"] in after:  # named in what is said: whoever this or the
                            near = [p for p in before if int(r["sent_idx"]) - p.sent_idx <= 1]  # last sentence names
                            actor = near[-1].actor_id if near else None
                        elif last_speaker["person"] is not None and fits(last_speaker["person"]) and not (
                                r["sent_idx"] - spoke["person"] > 2 and before and before[-1].actor_id != last_speaker[
                                    "person"] and before[-1].sent_idx > spoke["person"] and _leads(
                                    m, text, starts.get((aid, before[-1].sent_idx)), before[-1], quotes)):
                            # (not one who spoke long ago when a sentence since opens with someone else: "Jake
                            # Sullivan said …. Obama departs the UK …. But he leaves behind …. he warned": Obama)
                            actor = last_speaker["person"]
                        elif before and (not prev or before[-1].start_char > spoken_at.get(prev[-1], -1)):
                            actor = before[-1].actor_id
                        else:
                            actor = prev[-1] if prev else None
                    else:  # "it": only the speaker of this or the last sentence, and never a person
                        noun = low.split()[-1]
                        plural = noun.endswith("s") and noun[:-1] in PERSON_NOUNS | ROLE_NOUNS  # "the officials"
                        kind = "thing" if want == "org" or noun in ORG_NOUNS or plural else \
                            "person" if noun in PERSON_NOUNS else "any"
                        opens = _opens_clause(text, sent_start, ss) or _IT_LEAD.fullmatch(
                            text[sent_start:ss].strip(" \n\t\"“”‘’'")) is not None
                        dummy = _b.dummy_it(text, se, r.get("cue_start"), r.get("cue_end"))
                        if low == "it" and not opens and not dummy:
                            # "Porsche may join the race, although it insists": the body of its own sentence
                            # before whoever spoke last
                            actor = subject_body(m, text, int(r["sent_idx"]), sent_start, ss, quotes)
                        if actor is None and spoke[kind] is not None and r["sent_idx"] - spoke[kind] <= 1 and (
                                not _company(low) or types.get(last_speaker[kind]) != "state"):
                            actor = last_speaker[kind]
                        if actor is None and low == "it" and opens and not dummy:
                            # "Argonaut needed a constant flow of deals. In August it warned …": the body the
                            # sentence before (or this one, before "it") opens with
                            actor = body_opener(m, text, [(starts.get((aid, i)), i) for i in (
                                int(r["sent_idx"]), int(r["sent_idx"]) - 1)], ss, quotes)
                        if actor is None and low not in PRONOUNS and low.split()[0] in DEFINITE:
                            # "the actor said", "the agency said": the nearest person or organization named in
                            # this or the two sentences before (outside quotes)
                            fit = ("person",) if noun in PERSON_NOUNS else ("organization",) \
                                if _company(low) else ("organization", "state") if noun in ORG_NOUNS else ()
                            near = [x for x in m if x.end_char <= ss and x.actor_type in fit
                                    and 0 <= r["sent_idx"] - x.sent_idx <= 2
                                    and not any(a <= x.start_char < b for a, b in quotes)]
                            actor = near[-1].actor_id if near else None
                            last = last_speaker["person"]
                            if actor is None and fit == ("person",) and last is not None and not any(
                                    spoken_at.get(last, ss) < x.start_char < ss and x.actor_id != last
                                    and x.actor_type == "person" and not any(a <= x.start_char < b for a, b in quotes)
                                    for x in m) and r["sent_idx"] - spoke["person"] <= 4:
                                actor = last  # "…," said the actor: after a long quote, whoever spoke it
                        if actor is not None:  # "the home secretary said": whom the article calls so
                            actor = _d.description_holder(low, stext, noun in PERSON_NOUNS, actor, _topics(
                                m, text, starts, aid, r, quotes, last_speaker["person"] if spoke["person"] is not None
                                and r["sent_idx"] - spoke["person"] <= 2 else None), _named_here(people, r, ss, se), m, text)
                    how = "spokesperson" if voiced else "pronoun" if low in PRONOUNS else "role_noun"
                    if actor is not None and low in PRONOUN_GENDER and actor not in genders:
                        genders[actor] = PRONOUN_GENDER[low]  # "…," she said: a gender for the next pronoun
                elif heads and (who := _d.described_person(stext.strip(), _topics(m, text, starts, aid, r, quotes, (
                        last_speaker["person"] if spoke["person"] is not None and r["sent_idx"] - spoke["person"] <= 2
                        else None)), *_named_here(people, r, ss, se))) is not None:
                    actor, how = who, "description"  # "…," said the Newport-based athlete
                elif low == "i" and author is not None and not any(a <= ss < b for a, b in quotes):
                    actor, how = author, "author"  # an op-ed's "I predict", by its closing line's author
                actor, actors, how, voiced = resolved_span[(ss, se)] = settled(resolved_span.get((ss, se)), (
                    actor, actors, how, voiced), low, voice)  # one subject of two cues; "The diplomat" again
            if actor is not None and how in ("description", "role_noun") and heads and (g := phrase_gender(
                    _b.head_word(text, heads[0]))) and genders.get(actor, g) != g:
                actor = None  # "The First Lady said" is no man the article is about ("the actor's mother": its head)
            if actor is not None and how in ("description", "role_noun", "role_holder") and party_conflict(
                    text[ss:se], actor, m, text):
                actor = None  # "The Republican nominee said" after "Gary Johnson, the Libertarian nominee"
            if actor is not None and how in ("description", "role_noun") and (
                    key := _title_key(text[ss:se].lower().strip())) is not None:
                described[key] = actor  # (as written: "the president-elect" is not "the president")
            if actor is not None and _d.hearsay(text, r["speaker_end"], r["cue_start"], r["cue_lemma"]):
                actor, actors, how = None, [], None  # "Gannett reportedly laid off …": said of Gannett, by someone
            if actor is not None and (kind := _d.issued_kind(r["cue_lemma"], _content_text(text, r))) is not None:
                issued[kind] = actor
            if actor is not None and not _nested(r, [(a, b) for j, a, b in contents if j != k]):
                if len(actors) > 1 or types.get(actor) == "organization":
                    group = (tuple(actors) if len(actors) > 1 else (actor,), r["sent_idx"])
                elif types.get(actor) == "person":
                    group = ((), None)  # a person spoke since: "they" is no longer the group
                typ = types.get(actor, "any")
                kinds = ("any", "person") if typ == "person" else ("any", "thing")
                for kind in kinds:
                    last_speaker[kind], spoke[kind] = actor, r["sent_idx"]
                if typ == "person" and isinstance(ss, int):
                    person_speakers.append(actor)
                    spoken_at[actor] = ss
            if isinstance(ss, int) and not _nested(r, [(a, b) for j, a, b in contents if j != k]):
                voice = next_voice(voice, actor, types.get(actor, "any"), text[ss:se], r, parties, voiced)
            st = lambda a, b: text[int(a):int(b)] if a is not None and not pd.isna(a) else None  # noqa: E731
            for j, who in enumerate(actors or [actor]):
                info = actor_info.get(who, {}) if who else {}
                out.append({
                    "article_id": aid, "statement_id": f"{aid}#st{k}" + (f".{j}" if len(actors) > 1 else ""),
                    "kind": r["kind"], "sent_idx": r["sent_idx"],
                    "speaker_start": r["speaker_start"], "speaker_end": r["speaker_end"],
                    "speaker_text": st(r["speaker_start"], r["speaker_end"]), "speaker_actor_id": who,
                    "speaker_name": info.get("name"), "speaker_affiliation": info.get("affiliation"),
                    "speaker_country": info.get("country"),
                    "speaker_resolution": ("inherited" if r.get("inherited_speaker") else how) if who else None,
                    "cue_start": r["cue_start"], "cue_end": r["cue_end"], "cue_text": st(r["cue_start"], r["cue_end"]),
                    "cue_lemma": r["cue_lemma"], "cue_negated": bool(r.get("cue_negated")),
                    "content_start": r["content_start"], "content_end": r["content_end"],
                    "content_text": _content_text(text, r), "concept": r.get("concept"),
                    "concept_start": r.get("concept_start"), "concept_end": r.get("concept_end"),
                    "object_start": r["object_start"],
                    "object_end": r["object_end"], "sentence": st(r["sentence_start"], r["sentence_end"]),
                })
    df = pd.DataFrame(out, columns=STATEMENT_COLUMNS)
    for c in ("speaker_start", "speaker_end", "cue_start", "cue_end", "content_start", "content_end", "object_start",
              "object_end", "concept_start", "concept_end"):
        df[c] = df[c].astype("Int64")
    return df.sort_values(["article_id", "content_start", "cue_start"], kind="stable").reset_index(drop=True)

