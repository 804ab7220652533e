"""Who speaks for whom in an article: a campaign's chairman, a spokesman, an aide (issue 27).

A campaign chairman who "attempted to distance Mr. Trump from his plan for banning Muslims" defends his candidate,
and a spokesman who says a report "cherry-picked a limited subset of Secretary Clinton's schedule to give a
distorted portrayal" defends his: a PolNeAR blind sample read both as attacks on the one they work for, from the
sentence's tone. Of 18 tone-decided rows against the one a speaker works for in PolNeAR, read one by one, 16 were
wrong. Such a speaker's tone is no side against their principal; a cue ("accused") or their own judging words
still are.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Mapping

# the jobs of those who speak for someone ("campaign chairman", "press secretary", "senior adviser")
_ROLE = (r"(?:(?:top|senior|chief|longtime|deputy|national|presidential|re-?election|campaign|press|communications|"
         r"political|policy|personal)\s+){0,3}(?:chair(?:man|woman)?|manager|spokes(?:man|woman|person)|aide|"
         r"advis[eo]r|secretary|chief of staff|strategist|director|lawyer|attorney|surrogate)")
# "Trump's campaign chairman, Paul Manafort", "Clinton campaign spokesman Brian Fallon"
_BEFORE = re.compile(r"(?:'s|’s)?\s+" + _ROLE + r",?\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?", re.I)
# "Jason Miller, a senior adviser to Cruz", "Kellyanne Conway, the campaign manager for Mr. Trump"
_AFTER = re.compile(r",\s+(?:a|an|the)\s+" + _ROLE + r"\s+(?:to|for)\s+(?:(?:Mr|Mrs|Ms|Sen|Gov|Dr)\.?\s+)?", re.I)
# "Brian Fallon, Clinton's spokesman" (the text after the principal's name)
_OWNED = re.compile(r"(?:'s|’s)\s+" + _ROLE + r"\b", re.I)
# "chairman of Donald Trump's campaign, Paul Manafort": the job before the principal's name, the staffer's after
_JOB_OF = re.compile(_ROLE + r"\s+(?:of|for|to)\s+(?:the\s+)?$", re.I)
_CAMPAIGN_OF = re.compile(r"(?:'s|’s)?\s+(?:campaign|team|administration|office),?\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?", re.I)
_FORMER = re.compile(r"\b(?:former|ex-|onetime|one-time)", re.I)
_SPAN = 80  # characters between the two names at most


def principals(text: str, mentions: Iterable[Any]) -> dict[str, set[str]]:
    """Speaker actor id → the persons the article says they work for (``_BEFORE``, ``_JOB_OF``, ``_AFTER``,
    ``_OWNED``); a former aide works for no one any more."""
    people = sorted((x for x in mentions if getattr(x, "actor_type", None) == "person"
                     and isinstance(getattr(x, "actor_id", None), str)), key=lambda x: x.start_char)
    out: dict[str, set[str]] = {}
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            if b.start_char - a.end_char > _SPAN:
                break
            if a.actor_id == b.actor_id:
                continue
            between = text[a.end_char:b.start_char]
            if _FORMER.search(between):
                continue
            if _BEFORE.fullmatch(between) or _CAMPAIGN_OF.fullmatch(between) and _JOB_OF.search(
                    text, max(0, a.start_char - 60), a.start_char) and not _FORMER.search(
                    text, max(0, a.start_char - 60), a.start_char):  # a's staff b
                out.setdefault(b.actor_id, set()).add(a.actor_id)
            elif _AFTER.fullmatch(between) or re.fullmatch(r",\s+", between) and _OWNED.match(
                    text, b.end_char) and not _FORMER.search(text, b.end_char, b.end_char + 30):
                out.setdefault(a.actor_id, set()).add(b.actor_id)  # a works for b
    return out


def heads(mentions: Iterable[Any]) -> dict[str, str]:
    """Each state's leader as the article shows it: its most mentioned person in office (registry role GOV; ties:
    the first named)."""
    count: dict[str, dict[str, int]] = {}
    for x in mentions:
        if getattr(x, "actor_type", None) == "person" and getattr(x, "role", None) == "GOV" and isinstance(
                getattr(x, "country", None), str) and not str(x.actor_id).startswith("person:"):  # (a registry role:
            # a minister by title, "U.S. Agriculture Secretary Richard Lyng", named first, is no head of state)
            per = count.setdefault(x.country, {})
            per[x.actor_id] = per.get(x.actor_id, 0) + 1
    return {c: max(per, key=lambda a: (per[a], -list(per).index(a))) for c, per in count.items()}


def offices(mentions: Any) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Each actor's registry roles over the whole corpus, and the affiliation most of its articles give (as the
    actors table has it, ``actors.most_common``): what ``governs`` falls back on when an article names an official
    by a title the registry does not read ("Budget director James Miller said President Reagan will not compromise
    on his vow": Reuters-21578, cells judged blind, Miller against Reagan)."""
    from analysis.actors import most_common

    roles: dict[str, set[str]] = {}
    if mentions is None or not len(mentions):
        return roles, {}
    named = mentions[mentions["actor_id"].map(lambda a: isinstance(a, str))]
    for actor, role in named.dropna(subset=["role"])[["actor_id", "role"]].drop_duplicates().itertuples(index=False):
        roles.setdefault(actor, set()).add(role)
    return roles, (most_common(named, "affiliation").to_dict() if "affiliation" in named.columns else {})


def governs(target: Any, lead: Mapping[str, str], roles_of: Mapping[str, set[str]], speaker: Any,
            affiliation: Any, kind: Any = None) -> bool:
    """Whether the target leads the government the speaker speaks for: the article's leader of a state (``heads``),
    the speaker being that state, a body of its government (``kind`` organization, registry role GOV) or an
    official of such a body (role GOV), not a party's politician nor one the registry gives an office and the state
    for affiliation (PolNeAR: Marco Rubio and Donald Trump on Obama; undated BBC: Liam Fox, in office from 2010, in
    opposition in 2005). Such a speaker reports the leader's position; the tone of the
    report is no side (Reuters 1987, cells judged blind: "White House spokesman Marlin Fitzwater said the president
    was forced to act … because Tokyo had failed to fulfill 'an agreement'" had been Fitzwater against Reagan, as
    were 10 more cells of the President's officials)."""
    country = getattr(target, "country", None)
    if not isinstance(country, str) or lead.get(country) != getattr(target, "actor_id", None) \
            or not isinstance(speaker, str) or speaker == target.actor_id:
        return False
    if speaker == country:
        return True
    if "GOV" not in roles_of.get(speaker, set()):
        return False
    if kind == "organization" and speaker.startswith(country + "-"):
        return True  # "The White House said President Reagan had made no decision …"
    if affiliation == country and speaker.startswith("person:"):
        return True  # an official the registry lacks, of the state itself by title ("U.S. Agriculture Secretary
        # Richard Lyng", role GOV by ``actors.ministerial``)
    return isinstance(affiliation, str) and affiliation.startswith(country + "-") and "GOV" in roles_of.get(
        affiliation, set())  # (not the state itself: the registry gives every US politician the United States)
