"""A body named after the person who leads it: "The Trump administration said", "the Clinton campaign", "the Trump
team" speak as that body, not as the person (on web news the administration's statements were Donald Trump's,
and the campaign's Hillary Clinton's). The body is its own actor, "Administration (Donald Trump)", with the
person's country, so the Obama and Trump administrations stay two actors. So is a candidate's super PAC ("the Bush
super PAC", "a pro-Rubio super PAC", "a super PAC supporting Scott Walker"): PolNeAR's 86 bare "PAC" mentions
in 41 articles had made one actor of every PAC, a top-25 speaker "for" Jeb Bush, Ben Carson and Marco Rubio."""
from __future__ import annotations

import re
from typing import Any

# body nouns a person's name before them makes that person's body
LED_BODIES = frozenset({"administration", "campaign", "team", "camp"})

PACS = frozenset({"pac", "super pac"})
# what lies between a candidate and the PAC: "Bush's super PAC", "the Bush super PAC", "a pro-Rubio super PAC"
_PAC_AFTER_NAME = re.compile(r"^(?:['’]s)?\s+(?:super\s+)?$", re.I)
# ... and after it: "a super PAC supporting Wisconsin Gov. Scott Walker"
_PAC_BEFORE_NAME = re.compile(r"^\s+(?:supporting|backing|allied with|aligned with)\s+(?:\S+\s+){0,3}$", re.I)
_PRO = re.compile(r"\bpro-([A-Z][\w'’-]+)\s+(?:super\s+)?$")


def led_bodies(resolved: list[dict[str, Any]], text: str | None = None) -> None:
    """Give each mention of a led body (a speaker's body noun right after a person's name: ``LED_BODIES``) the
    actor "<Body> (<person>)", id "<person id>-<body>", type organization, the person's country; in place. With
    the article's ``text``, the same for a super PAC and the candidate it is for (``pac_candidate``); a PAC with
    no candidate stays apart from other articles' ("organization:super-pac@<article>")."""
    persons = {x["end_char"]: x for x in resolved if x.get("actor_type") == "person" and isinstance(x.get("actor_id"), str)}
    for i, x in enumerate(resolved):
        word = str(x.get("text")).lower()
        if word not in LED_BODIES or x.get("label") != "ORG":
            continue
        leader = persons.get(x["start_char"] - 1)
        if leader is None:
            continue
        resolved[i] = {**x, "actor_id": f"{leader['actor_id']}-{re.sub(r'[^a-z]+', '-', word)}",
                       "actor_name": f"{word.capitalize()} ({leader['actor_name']})", "actor_type": "organization",
                       "country": leader.get("country"), "role": None, "affiliation": leader["actor_id"],
                       "resolution": "led_body"}
    for i, x in enumerate(resolved):
        if text is None or str(x.get("text")).lower() not in PACS or x.get("resolution") != "name":
            continue
        leader = pac_candidate(resolved, x, text)
        if leader is None:
            resolved[i] = {**x, "actor_id": f"organization:super-pac@{x['article_id']}", "actor_name": "Super PAC",
                           "actor_type": "organization", "role": None, "affiliation": None,
                           "resolution": "led_body"}
            continue
        name = leader["actor_name"]
        resolved[i] = {**x, "actor_id": f"{leader['actor_id']}-super-pac", "actor_name": f"Super PAC ({name})",
                       "actor_type": "organization", "country": leader.get("country"), "role": None,
                       "affiliation": leader["actor_id"], "resolution": "led_body"}


def pac_candidate(resolved: list[dict[str, Any]], pac: dict[str, Any], text: str) -> dict[str, Any] | None:
    """The person a PAC mention is for, as its words say: a name right before it ("Bush's super PAC"), "pro-<name>"
    (the article's one person of that surname), or "supporting <name>" right after it; else None."""
    persons = [x for x in resolved if x.get("actor_type") == "person" and isinstance(x.get("actor_id"), str)
               and not str(x.get("text")).lower().startswith(("pro-", "anti-"))]
    start, end = pac["start_char"], pac["end_char"]
    m = _PRO.search(text[max(0, start - 40):start])
    if m is not None:
        owners = {x["actor_id"]: x for x in persons if str(x.get("actor_name")).split()[-1:] == [m.group(1)]}
        return next(iter(owners.values())) if len(owners) == 1 else None
    for x in persons:
        if x["end_char"] <= start and _PAC_AFTER_NAME.match(text[x["end_char"]:start]):
            return x
        if x["start_char"] >= end and _PAC_BEFORE_NAME.match(text[end:x["start_char"]]):
            return x
    return None
