"""Mentions: entity spans found by spaCy (and the registry matcher), resolved to actors.

Two steps, so that resolution can change without touching parsing: ``doc_mentions`` turns one parsed piece
into raw mention rows (spans, labels, grammatical hints); ``resolve`` turns the raw mentions of a whole corpus
into the `mentions` table, article by article:

1. a registered name or alias (the registry matcher's match, or a lookup of the span, also without a
   title such as "President" or a country prefix such as "US") → ``alias``;
2. a capital that acts ("Moscow wants…", "Pyongyang's leader", "officials in Pyongyang") → its state,
   ``capital``; a capital that is a place ("talks in Moscow") → a location;
3. a registry descriptor ("the North Korean leader") → the holder on the article's date, ``descriptor``;
4. a person's surname or part of a name ("Kirby", "Mr Kirby", "Kim Jong") → the full name seen in the same article,
   ``surname``, unless its title rules that person out (``family.title_conflict``: "Mrs Howard" beside Michael
   Howard); failing that, the one registered office holder with that surname on the article's date ("Reagan" in
   1987), ``surname_office``; failing both, the corpus's one full name for it (``surname_links``), ``surname_corpus``;
5. an unregistered organization named by the first or last words of one longer organization name in its
   article ("United" after "Manchester United") → that organization, ``short_name``;
6. anything else → an actor made from the normalized name (``name``): counted and charted like the
   others, and listed in the unresolved-mentions review so users can add it to their registry.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pandas as pd
from spacy.lang.en.stop_words import STOP_WORDS

from analysis.nlp.wordnet import singular, wordnet_senses
from analysis.registry import Actor, Registry, name_key
from analysis.vocab import LABEL_TYPE, MENTION_COLUMNS, ORG_FINAL, ORG_WORDS, SEAT_BEFORE, TITLE_RE, given_name_genders

from .adhoc import (
    adhoc_counts,
    adhoc_merges,
    adhoc_name_counts,
    adhoc_names,
    apply_adhoc_merges,
    apply_adhoc_names,
    apply_surname_links,
    link_fields,
    surname_links,
)
from .family import _is_part, surname_first, surname_keys, title_conflict, titled_holder
from .headlines import common_lead_cut, headline_fragment_cut, verb_tail_cut
from .led_bodies import led_bodies
from .offices import article_country, office_holders, office_words
from .titles import title_holder

# the shape of a nationality or regional adjective ("European", "Scottish", "Congolese", "Iraqi", "Arabic"); an
# unregistered NORP of that shape is no actor (plurals, "Muslims", "Democrats", stay: groups that act)
DEMONYM_SHAPE = re.compile(r"^[A-Z][a-z]+(?:an|ish|ese|ic|i)$")


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name_key(s)).strip("-") or "x"


def _strip_title(text: str) -> str:
    return TITLE_RE.sub("", text).strip()


def _actor_fields(a: Actor, date: str | None) -> dict[str, Any]:
    return {"actor_id": a.id, "actor_name": a.name, "actor_type": a.type, "country": a.country,
            "role": a.role_on(date), "affiliation": a.affiliation}


def _lookup(registry: Registry, text: str, label: str) -> Actor | None:
    """Registry lookup of a span: as written, without a title, without a country prefix."""
    for cand in (text, _strip_title(text)):
        a = registry.lookup(cand)
        if a is not None and (label != "PERSON" or a.type == "person"):
            return a
    words = text.split()
    if label == "ORG" and len(words) >= 3:
        prefix = registry.lookup(words[0])
        if prefix is not None and prefix.type == "state":
            return registry.lookup(" ".join(words[1:]))
    return None


def resolve(raw: pd.DataFrame, articles: pd.DataFrame, registry: Registry | None,
            names: bool = True) -> pd.DataFrame:
    """Resolve raw mentions to actors, article by article; returns the `mentions` table.

    ``names=False`` skips the corpus-wide steps for ad-hoc actors (merging the ids of one name, display names)
    and keeps the ``_name`` and ``_org`` columns, for a caller that resolves the corpus in chunks and does them
    at the end.
    """
    extra = [] if names else ["_name", "_org"]
    if raw.empty:
        return pd.DataFrame(columns=MENTION_COLUMNS + extra)
    dates = {aid: (str(d) if isinstance(d, str) and d else None) for aid, d in zip(articles["article_id"], articles["date"])}
    texts = dict(zip(articles["article_id"], articles["text"])) if "text" in articles else {}
    out: list[dict[str, Any]] = []
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in raw.sort_values(["article_id", "start_char"], kind="stable").to_dict("records"):
        groups.setdefault(r["article_id"], []).append(r)
    for aid in sorted(groups):
        out.extend(_resolve_article(groups[aid], dates.get(aid), registry, texts.get(aid)))
    df = pd.DataFrame(out)
    if names:
        df = apply_adhoc_merges(df, adhoc_merges(*adhoc_counts(df)))
        df = apply_adhoc_names(df, adhoc_names(adhoc_name_counts(df)))
        links = surname_links(df)
        df = apply_surname_links(df, links, link_fields(df, links))
    df = df.sort_values(["article_id", "start_char", "end_char"], kind="stable").reset_index(drop=True)
    for c in ("sent_idx", "para_idx", "start_char", "end_char"):
        df[c] = df[c].astype("int64")
    return df[MENTION_COLUMNS + extra]


def _resolve_article(rows: list[dict[str, Any]], date: str | None, registry: Registry | None,
                     text: str | None = None) -> list[dict]:
    if registry is not None and registry.ignored:  # names the registry says are never actors ("Oscar", "Budget")
        rows = [r for r in rows if name_key(_strip_title(r["text"])) not in registry.ignored]
    rows = common_lead_cut(rows, text, registry.given_names if registry is not None else frozenset())
    rows = headline_fragment_cut(verb_tail_cut(rows), text)
    article_text = text  # (``text`` is each mention's below)
    titles = [r for r in rows if r["label"] == "TITLE"]
    rows = [r for r in rows if r["label"] != "TITLE"]
    resolved: list[dict[str, Any]] = []
    persons: list[tuple[list[str], dict[str, Any]]] = []  # (name tokens, resolved fields) of full names
    pending: list[dict[str, Any]] = []
    person_toks = [name_key(_strip_title(r["text"])).split() for r in rows if r["label"] == "PERSON"]
    # "Ukraine Kurt Volker" (from "… Ukraine envoy Kurt Volker" cut short): a state's name before a person's is not
    # part of it
    if registry is not None:
        person_texts = {" ".join(t) for t in person_toks}
        for i, r in enumerate(rows):
            words = str(r["text"]).split(" ")
            if len(words) >= 3 and not isinstance(r.get("kb_id"), str) \
                    and (lead := registry.lookup(words[0])) is not None and lead.type in ("state", "location") \
                    and (r["label"] == "PERSON" or r["label"] == "ORG"
                         and name_key(" ".join(words[1:])) in person_texts):  # ORG "Ukraine Kurt Volker"
                cut = len(words[0]) + 1
                rows[i] = {**r, "text": r["text"][cut:], "start_char": r["start_char"] + cut, "label": "PERSON"}
    # "Mason Rudolph" tagged ORG in a headline and "Rudolph" a person in the text: the two-word name is the person
    # (ORG only: a place such as "New Delhi" keeps its label even where the recognizer called "Delhi" a person)
    bare = {t[0] for t in person_toks if len(t) == 1}
    # … or written after a personal title the recognizer missed ("Vincent Cable" tagged ORG, then "Mr Cable told")
    bare |= {name_key(w) for w in re.findall(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z][a-z]+)\b(?!\s+[A-Z])", text or "")}
    # … or opens with a given name and its last word stands alone in the article ("Marcelo Claure", "Claure said")
    alone, given = {name_key(r["text"]) for r in rows if " " not in str(r["text"])}, given_name_genders()
    bare |= {name_key(w[1]) for r in rows if r["label"] == "ORG" and len(w := str(r["text"]).split()) == 2
             and name_key(w[0]) in given and name_key(w[1]) in alone and w[1].lower() not in ORG_FINAL}
    # registry actors the article names, for a role phrase in an undated text ("the prime minister" → Mr Blair)
    named: set[str] = set()
    if registry is not None:
        for r in rows:
            if isinstance(r.get("kb_id"), str):
                named.add(r["kb_id"])
            elif r["label"] == "PERSON" and (toks := name_key(_strip_title(r["text"])).split()):
                named.update(registry.surface_ids(toks[-1]))
    for i, r in enumerate(rows):
        if r["label"] == "PERSON" and text and not isinstance(r.get("kb_id"), str) \
                and SEAT_BEFORE.search(text, max(0, r["start_char"] - 40), r["start_char"]):
            rows[i] = {**r, "label": "LOC"}  # "Frank Field, MP for Birkenhead": a seat, though tagged a person
            continue
        words = str(r["text"]).split()
        if r["label"] == "ORG" and not isinstance(r.get("kb_id"), str) \
                and len(words) == 2 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words) \
                and name_key(words[1]) in bare and name_key(words[0]) not in STOP_WORDS \
                and (registry is None or registry.lookup(r["text"]) is None):  # not "New Delhi"
            rows[i] = {**r, "label": "PERSON"}
    person_toks = [name_key(_strip_title(r["text"])).split() for r in rows if r["label"] == "PERSON"]
    surnames = {k for r in rows if r["label"] == "PERSON" for k in surname_keys(_strip_title(r["text"]))}
    for r in rows:
        if r["label"] in ("ORG", "GPE", "NORP", "LOC", "FAC") and not isinstance(r.get("kb_id"), str) and (
                name_key(r["text"]) in surnames or r.get("titled") == True):  # noqa: E712
            # (a table of raw rows holds NaN, not None, for a missing kb_id or flag: test the type)
            # "Davies" after "Alun Davies", "President Reagan": the person, whatever the NER said
            r = {**r, "label": "PERSON"}
        label, text = r["label"], r["text"]
        base = {k: r[k] for k in ("article_id", "sent_idx", "para_idx", "start_char", "end_char", "text", "label")}
        base["_org"] = bool(r.get("org_cue", False))
        fields: dict[str, Any] | None = None
        how = "alias"
        if registry is not None:
            actor = registry.actors.get(r["kb_id"]) if r.get("kb_id") else None
            if actor is None and label == "DESC":
                actor = registry.descriptor(text, date, named)
                how = "descriptor"
            if actor is None and label in ("GPE", "LOC", "FAC", "ORG") and registry.capital(text) is not None:
                if r["acting"] or label == "ORG":  # "Kremlin spokesman", "Minsk" tagged ORG: the institution
                    seat = SEATS.get(name_key(text))  # "lectures from Brussels": the EU, not Belgium
                    actor, how = (registry.lookup(seat) if seat else None) or registry.capital(text), "capital"
                else:
                    fields = {"actor_id": f"location:{_slug(text)}", "actor_name": " ".join(text.split()),
                              "actor_type": "location",
                              "country": registry.capital(text).country, "role": None, "affiliation": None}
                    how = "capital_place"
            if actor is None and fields is None and label != "DESC":
                actor = _lookup(registry, text, label)
            if actor is None and fields is None and label == "NORP" and registry.demonym(text) is not None:
                actor, how = registry.demonym(text), "demonym"  # "Russian(s)" counted as Russia
            if actor is not None:
                fields = _actor_fields(actor, date)
        if fields is None and label == "DESC":
            continue  # a descriptor with no holder on that date is not a mention
        if fields is None and label == "NORP" and DEMONYM_SHAPE.search(text.strip()):
            continue  # "European", "Western", "Asian": a demonym gives a country or nothing, never an actor
        name = " ".join((_strip_title(text) if label == "PERSON" else text).split())  # "Howard\nBaker" on the wire
        if label == "PERSON":
            toks = name_key(name).split()
            if fields is not None or (len(toks) >= 2 and not any(_is_part(toks, t) for t in person_toks)):
                if fields is None:
                    fields = {"actor_id": f"person:{_slug(name)}", "actor_name": name, "actor_type": "person",
                              "country": None, "role": None, "affiliation": None}
                    how = "name"
                persons.append((toks, fields))
                resolved.append({**base, **fields, "resolution": how, "_name": name})
            else:
                pending.append({**base, "_toks": toks, "_name": name})
            continue
        if fields is None:
            typ = LABEL_TYPE.get(label, "organization")
            key = name
            if label == "ORG" and registry is not None:
                words = text.split()
                if len(words) >= 3 and (p := registry.lookup(words[0])) is not None and p.type == "state":
                    key = name = " ".join(words[1:])  # "US National Security Council" = "National Security Council"
            fields = {"actor_id": f"{typ}:{_slug(key)}", "actor_name": key, "actor_type": typ, "country": None,
                      "role": None, "affiliation": None}
            how = "name"
        resolved.append({**base, **fields, "resolution": how, "_name": name})
    _affiliations(rows, resolved)
    # surname / partial names: join a full name of the same article (the nearest before, else after)
    for p in pending:
        toks = p.pop("_toks")
        match, conflict = None, None
        cands = [(t, f) for t, f in persons if _is_part(toks, t)]
        before = (article_text or "")[max(0, p["start_char"] - 12):p["start_char"]] + str(p.get("text") or "")[
            :max(0, len(str(p.get("text") or "")) - len(p["_name"]))]  # "Mr. Clinton": the title in the span or before
        cands = surname_first(toks, cands, before, Counter(f["actor_id"] for _, f in persons), (article_text or "")[
            p["end_char"]:p["end_char"] + 14])  # "Trump" is "Donald Trump", not a headline's "Trump Should"
        if cands and len({f["actor_id"] for _, f in cands}) == 1:
            match = cands[0][1]
            if article_text and (conflict := title_conflict(article_text, p["start_char"], match["actor_name"],
                                                             match["actor_id"], registry)):
                match, cands = None, []  # "Mrs Howard" beside Michael Howard: someone else
        if match is not None:
            resolved.append({**p, **match, "resolution": "surname"})
        elif registry is not None and len(toks) == 1 and not cands and (  # not when the article's "Hori Parata" and
                holder := registry.by_surname(toks[0], date)  # his son share it: not minister Hekia
                or titled_holder(registry, conflict, toks[0])) is not None:
            resolved.append({**p, **_actor_fields(holder, date), "resolution": "surname_office"})
        else:
            name = p["_name"]
            resolved.append({**p, "actor_id": f"person:{_slug(name)}", "actor_name": name, "actor_type": "person",
                             "country": None, "role": None, "affiliation": None, "resolution": "name"})
    # "the Reagan administration": a surname the NER tagged ORG/GPE/NORP is the one person of the article whose
    # full name ends with it, also one found by its title ("President Reagan") or the office-holder lookup
    by_last: dict[str, dict[str, dict[str, Any]]] = {}
    for x in resolved:
        for key in surname_keys(str(x.get("actor_name") or "")) if x.get("actor_type") == "person" else ():
            by_last.setdefault(key, {})[x["actor_id"]] = x
    for i, x in enumerate(resolved):
        if x["resolution"] == "name" and x["actor_type"] != "person" and x["label"] in SURNAME_LABELS:
            owners = by_last.get(name_key(x["text"]), {})
            if len(owners) == 1:
                person = next(iter(owners.values()))
                resolved[i] = {**x, **{k: person.get(k) for k in FIELD_KEYS}, "resolution": "surname"}
    _short_names(resolved)
    _acronyms(resolved)
    _generic_bodies(resolved)
    led_bodies(resolved, article_text)
    _foreign_parties(resolved)
    _titles(titles, rows, resolved, article_text, registry, date)
    return resolved


def _titles(titles: list[dict[str, Any]], rows: list[dict[str, Any]], resolved: list[dict[str, Any]],
            text: str | None, registry: Registry | None = None, date: str | None = None) -> None:
    """A title phrase ("the prime minister") is a mention of the one person of the article whose title holds it
    ("Prime Minister Tony Blair"), label DESC, ``title``; else, in an article about one country, of the holder
    of that country's office (``offices.office_holders``: on the article's date, or undated among the persons it
    names — "the prime minister" of a British story of 2005 is Tony Blair; resolution ``office``); else no
    mention."""
    if not titles:
        return
    title_of = {(r["start_char"], r["end_char"]): r.get("title") for r in rows if r["label"] == "PERSON"}
    persons = [(x["actor_id"], int(x["start_char"]), w if isinstance(w := title_of.get((x["start_char"],
               x["end_char"])), str) else None) for x in resolved if x.get("actor_type") == "person"]
    by_id = {x["actor_id"]: x for x in resolved if x.get("actor_type") == "person"}
    country = article_country(resolved) if registry is not None else None
    offices = office_holders(sorted({office_words(str(t["text"])) for t in titles}), country, registry, date,
                             persons) if country is not None and registry is not None else {}
    for t in titles:
        base = {k: t[k] for k in ("article_id", "sent_idx", "para_idx", "start_char", "end_char", "text")}
        who = title_holder(str(t["text"]), persons, text or "", int(t["start_char"]))
        holder = offices.get(office_words(str(t["text"])))
        if who is not None:
            resolved.append({**base, "label": "DESC", "_org": False, **{k: by_id[who].get(k) for k in FIELD_KEYS},
                             "_name": by_id[who].get("_name"), "resolution": "title"})
        elif holder is not None:
            resolved.append({**base, "label": "DESC", "_org": False, **_actor_fields(holder, date),
                             "_name": holder.name, "resolution": "office"})


# capitals that news uses for an institution seated there rather than for their state
SEATS = {"brussels": "European Union"}

GENERIC_BODIES = frozenset({  # bodies every state has, a different actor in each country (name_key: no "the")
    "government", "ministry", "police", "parliament", "army", "military", "cabinet", "president", "authorities", "navy",
    "air force", "foreign ministry", "interior ministry", "defence ministry", "defense ministry", "health ministry",
    "finance ministry", "central bank", "coast guard", "national police", "supreme court", "constitutional court",
    "opposition", "treasury"})


def _generic_bodies(resolved: list[dict[str, Any]]) -> None:
    """An unregistered "Government", "Foreign Ministry" or "police" is that body of a country: of the state named
    nearest before it in its paragraph, else of the state the article names most (first named on a tie; a body
    written in lower case, a speaker with no name, is the story's state first: named 3 times and twice the next), e.g.
    "Government (Ireland)", id ``IRL-government``. With no state in the article it stays apart from every other
    article's ("organization:government@<article>") rather than merging the Irish, Trinidadian and UK
    governments into one actor (issue 29). A body the article registers ("US Supreme Court") is that body, of any
    state when only the text around gave one."""
    states = [x for x in resolved if x.get("actor_type") == "state"]
    if not any(x.get("resolution") == "name" and name_key(str(x.get("text"))) in GENERIC_BODIES for x in resolved):
        return
    count = {a: sum(x["actor_id"] == a for x in states) for a in dict.fromkeys(x["actor_id"] for x in states)}
    first = {x["actor_id"]: x["start_char"] for x in reversed(states)}  # where each is first named
    main = min(count, key=lambda a: (-count[a], first[a])) if count else None
    runner_up = sorted(count.values(), reverse=True)[1] if len(count) > 1 else 0
    story = main if main is not None and count[main] >= 3 and count[main] >= 2 * runner_up else None  # as offices
    names = {x["actor_id"]: x["actor_name"] for x in states}
    # the state or place named right before it: "the Jordanian government", "US military", "Los Angeles police"
    places = [x for x in resolved if x.get("actor_type") in ("state", "location") and isinstance(x.get("actor_id"), str)]
    own = {s["end_char"] + 1: s["actor_id"] for s in places}
    names.update({x["actor_id"]: x["actor_name"] for x in places})
    country = {x["actor_id"]: x["actor_id"] if x.get("actor_type") == "state" else x.get("country") for x in places}
    named: dict[str, str] = {}  # body → the state an earlier mention gave it in its own words
    for i in sorted(range(len(resolved)), key=lambda k: resolved[k]["start_char"]):
        x = resolved[i]
        key = name_key(str(x.get("text")))
        if x.get("resolution") != "name" or x.get("actor_type") == "person" or key not in GENERIC_BODIES:
            continue
        # the state before it in its paragraph, other than a people's plural ("1.3 million Syrians" is no state's
        # government)
        near = [s for s in states if s["para_idx"] == x["para_idx"] and s["start_char"] < x["start_char"]
                and not (s.get("resolution") == "demonym" and str(s.get("text")).endswith("s"))]
        # a body in lower case ("authorities said", "the military said": a speaker with no name) is the story's,
        # not that of a state named in passing before it ("the US taxi-booking app" in a story about Paris); one
        # the article gave its state before ("the Jordanian government … the government said") is that state's
        state = own.get(x["start_char"]) or named.get(key) or (
            story if story is not None and str(x.get("text"))[:1].islower() else near[-1]["actor_id"] if near else main)
        named.update({key: state} if x["start_char"] in own else {})
        body = " ".join(w.capitalize() if w not in ("of", "the") else w for w in key.split() if w != "the")
        guessed = x["start_char"] not in own and key not in named  # "U.S. Treasury … Japanese …, a Treasury spokesman"
        same = {y["actor_id"]: y for y in resolved if y.get("resolution") == "alias" and (guessed or state in (
            None, y.get("country"))) and name_key(str(y.get("actor_name"))).endswith(" " + key)}  # "Supreme Court"
        reg = next(iter(same.values())) if len(same) == 1 else {}
        if reg.get("actor_type") == "organization":
            resolved[i] = {**x, **{k: reg.get(k) for k in FIELD_KEYS}, "resolution": "generic_body"}
        elif state is None:
            resolved[i] = {**x, "actor_id": f"organization:{_slug(body)}@{x['article_id']}", "actor_name": body,
                           "resolution": "generic_body"}
        else:
            resolved[i] = {**x, "actor_id": f"{state}-{_slug(body)}", "actor_name": f"{body} ({names[state]})",
                           "actor_type": "organization", "country": country.get(state, state),
                           "resolution": "generic_body"}


def _foreign_parties(resolved: list[dict[str, Any]]) -> None:
    """A party named by a plain word of its registry aliases ("Conservatives", "Labour", "Democrats") in a story
    about another country that never names the party's own is no such party: "#NeverTrump Conservatives" in an
    American story are conservatives, not the British Conservative Party (issue 29: a name with two senses kept
    apart by context). The mention stays, as the group the word names."""
    story = article_country(resolved)
    if story is None:
        return
    for i, x in enumerate(resolved):
        text = str(x.get("text") or "")
        country = x.get("country")
        if x.get("role") != "PTY" or x.get("resolution") != "alias" or country in (None, story) \
                or not text.isalpha() or (text.lower(), "n") not in wordnet_senses() and (
                    singular(text), "n") not in wordnet_senses():
            continue
        if any(y is not x and (y.get("actor_id") == country or y.get("country") == country
                               and y.get("actor_id") != x.get("actor_id")) for y in resolved):
            continue  # the party's country is in the story ("Labour" in a story naming Britain or Blair)
        resolved[i] = {**x, "actor_id": f"group:{_slug(text)}", "actor_name": text, "actor_type": "group",
                       "country": None, "role": None, "affiliation": None, "resolution": "name"}


def _short_names(resolved: list[dict[str, Any]]) -> None:
    """An unregistered organization named by the first or last words of one longer organization name that an
    earlier mention of the same article gives in full is that organization, ``short_name``, when the full name
    ends in an organization word: "United" after "Manchester United", "Commission" after "European
    Commission", "Baikal" after "Baikal Finance Group". Without that word the longer span is too often a
    product or a misread person ("Apple Mac", "Sky Plus", "Phillips Idowu" typed ORG on BBC). When two names
    fit ("Labour Party", "Conservative Party" for "Party") it stays itself, and so it does when the longer span
    does not read as a name (a word in lower case or a digit: a headline fragment)."""
    first: dict[tuple[str, ...], tuple[int, dict[str, Any]]] = {}
    for x in resolved:
        words = str(x.get("text") or "").split()
        if x.get("actor_type") != "organization" or len(words) < 2 or any(
                not (w[:1].isupper() or w in NAME_JOINERS) or any(c.isdigit() for c in w) for w in words):
            continue
        toks = tuple(name_key(" ".join(words)).split())
        if len(toks) >= 2 and (toks not in first or x["start_char"] < first[toks][0]):
            first[toks] = (x["start_char"], x)
    if not first:
        return
    for i, x in enumerate(resolved):
        if x["resolution"] != "name" or x.get("actor_type") != "organization" or x.get("label") != "ORG":
            continue
        toks = tuple(name_key(str(x["text"])).split())
        if not toks or all(t in STOP_WORDS for t in toks):
            continue
        k = len(toks)
        owners = {y["actor_id"]: y for t, (at, y) in first.items() if len(t) > k and t[-1] in ORG_WORDS
                  and (t[-k:] == toks or t[:k] == toks) and at < x["start_char"] and y["actor_id"] != x["actor_id"]}
        if len(owners) == 1:
            y = next(iter(owners.values()))
            resolved[i] = {**x, **{f: y.get(f) for f in FIELD_KEYS}, "resolution": "short_name"}


NAME_JOINERS = frozenset({"of", "and", "&", "de", "du", "der", "the", "for", "-"})


def _initials(name: str) -> tuple[list[str], list[str]]:
    """The initials of a name's capitalized words, connectors left out ("Center for Disease Control" → C D C), and
    with "of" in ("Department of Transportation" → D O T, as "DOT", "DOJ" spell it)."""
    words = str(name).split()
    return ([w[0] for w in words if w[:1].isupper() and w.lower() not in NAME_JOINERS],
            [w[0].upper() for w in words if w[:1].isupper() and w.lower() not in NAME_JOINERS or w.lower() == "of"])


def _acronyms(resolved: list[dict[str, Any]]) -> None:
    """An unregistered all-capitals organization ("CDC") that spells the initials of consecutive words of one
    organization name the article gives ("Chinese Center for Disease Control and Prevention") is that
    organization (``acronym``): the article's own short form, which otherwise stays an actor of its own apart from
    its full name. Two letters must spell the whole name ("EC" is no "European Conference of Postal and
    Telecommunications Administrations"); a registered acronym keeps its entry (the registry's "IMF", "WHO"); two
    names that fit leave it as it is."""
    longs = {x["actor_id"]: _initials(x["actor_name"]) for x in resolved
             if x.get("actor_type") == "organization" and len(str(x.get("actor_name") or "").split()) >= 2}
    if not longs:
        return
    for i, x in enumerate(resolved):
        text = str(x.get("text") or "").removesuffix("'s").removesuffix("’s")
        if x["resolution"] != "name" or x.get("actor_type") != "organization" or not (
                2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
            continue
        letters, k = list(text), len(text)

        def spells(both: tuple[list[str], list[str]]) -> bool:  # consecutive initials; two letters the whole name
            for ini in both:
                starts = range(len(ini) - k + 1) if k >= 3 else [0] if len(ini) == k else []
                if any(ini[j:j + k] == letters for j in starts):
                    return True
            return False

        owners = [a for a, ini in longs.items() if a != x["actor_id"] and spells(ini)]
        if len(owners) == 1:
            y = next(r for r in resolved if r["actor_id"] == owners[0])
            resolved[i] = {**x, **{f: y.get(f) for f in FIELD_KEYS}, "resolution": "acronym"}


SURNAME_LABELS = ("ORG", "GPE", "NORP", "LOC", "FAC")
FIELD_KEYS = ("actor_id", "actor_name", "actor_type", "country", "role", "affiliation")


def _affiliations(rows: list[dict[str, Any]], resolved: list[dict[str, Any]]) -> None:
    """Fill a person's affiliation, country and role from its title or apposition (when the registry has none)."""
    by_start = {r["start_char"]: r for r in resolved}  # mentions never overlap, so a start is unique
    raw_by_span = {(r["start_char"], r["end_char"]): r for r in rows}
    for r in resolved:
        raw = raw_by_span.get((r["start_char"], r["end_char"]), {})
        if r.get("actor_type") != "person":
            continue
        target = by_start.get(raw.get("affil_char")) if raw.get("affil_char") is not None else None
        if target is None:
            # the affiliated entity may start with a determiner we stripped ("the US National Security Council")
            a = raw.get("affil_char")
            target = next((t for s, t in by_start.items() if a is not None and a <= s <= a + 4), None)
        if target is not None and target["actor_type"] in ("state", "organization"):
            if not r.get("affiliation"):
                r["affiliation"] = target["actor_id"]
            if not r.get("country"):
                r["country"] = target.get("country")
        if not r.get("role"):
            r["role"] = (target.get("role") if target is not None and target["actor_type"] == "organization"
                         and target.get("role") else None) or raw.get("title_role")
    # the same person keeps what was found anywhere in the article
    found: dict[str, dict[str, Any]] = {}
    for r in resolved:
        if r.get("actor_type") == "person":
            f = found.setdefault(r["actor_id"], {})
            for k in ("affiliation", "country", "role"):
                if r.get(k) and not f.get(k):
                    f[k] = r[k]
    for r in resolved:
        for k, v in found.get(r["actor_id"], {}).items():
            if not r.get(k):
                r[k] = v
