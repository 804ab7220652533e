"""A body named after the person who leads it: "The Trump administration said", "the Clinton campaign", "the Trump
team" speak as that body, not as the person (on web news the administration's statements were Donald Trump's,
and the campaign's Hillary Clinton's). The body is its own actor, "Administration (Donald Trump)", with the
person's country, so the Obama and Trump administrations stay two actors."""
from __future__ import annotations

import re
from typing import Any

# body nouns a person's name before them makes that person's body
LED_BODIES = frozenset({"administration", "campaign", "team", "camp"})


def led_bodies(resolved: list[dict[str, Any]]) -> None:
    """Give each mention of a led body (a speaker's body noun right after a person's name: ``LED_BODIES``) the
    actor "<Body> (<person>)", id "<person id>-<body>", type organization, the person's country; in place."""
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
