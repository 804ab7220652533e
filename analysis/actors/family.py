"""Surnames: which full name a bare one is, and when two people share it ("President Obama" in an article whose one
full name ending in "Obama" is Michelle Obama is not her, nor "Mrs Howard" Michael Howard). Issue 29: a bare
surname joins the article's one full name that ends in it, unless the words before it say it is someone else."""

from __future__ import annotations

import re
from collections.abc import Mapping

from spacy.lang.en.stop_words import STOP_WORDS

from analysis.nlp.wordnet import wordnet_senses
from analysis.registry import Actor, Registry, name_key
from analysis.vocab import given_name_genders

from .spans import NAME_PARTICLES

_BEFORE = re.compile(r"\b(Mrs|Ms|Miss|First Lady|President|Vice President|Vice-President)\.?\s+$")
_WOMEN = frozenset({"Mrs", "Ms", "Miss", "First Lady"})


def title_conflict(text: str, start: int, full_name: str, actor_id: str, registry: Registry | None) -> str | None:
    """The title right before a bare surname at ``start`` when it rules out the article's person ``full_name``
    (``actor_id``), else None: a woman's honorific before a man's given name ("Mrs Howard" after "Michael Howard"
    is his wife; not the other way: the census gives "Bertie", "Yuri" and "Ossie" as women's names), or an office
    the registry gives one other person of that surname and the article never gives this one ("President Obama"
    beside Michelle Obama is Barack Obama; "President Saakashvili" after "Mikhail Saakashvili" is he)."""
    m = _BEFORE.search(text[max(0, start - 30):start])
    if m is None:
        return None
    title, first = m.group(1), full_name.split()[0].lower()
    if title in _WOMEN:
        return title if given_name_genders().get(first) == "m" else None
    holder = titled_holder(registry, title, full_name.split()[-1]) if registry is not None else None
    if holder is None or holder.id == actor_id or re.search(rf"\b{re.escape(title)}\s+{re.escape(full_name)}\b", text):
        return None
    return title


def titled_holder(registry: Registry, title: str | None, surname: str) -> Actor | None:
    """The one registered person with this surname whom the registry ever describes by the office ``title``
    ("President Obama" → Barack Obama, in an undated article too), else None."""
    if title not in ("President", "Vice President", "Vice-President"):
        return None
    office = re.compile(r"\bvice[ -]president\b" if title != "President" else r"(?<!vice )(?<!vice-)\bpresident\b")
    hits = [aid for aid in registry.surface_ids(surname)
            if any(office.search(str(d.value).lower()) for d in registry.actors[aid].descriptors)]
    return registry.actors[hits[0]] if len(hits) == 1 else None


def surname_keys(name: str) -> set[str]:
    """The name keys a bare surname of this full name has: the second word of a two-word name, hyphens and all
    ("Kilroy-Silk" of "Robert Kilroy-Silk"), or the particles and last word after a given name ("von der Leyen",
    "Leyen"). Longer names give none: they are often a name and a place glued together ("Jonathan Kaplan
    England"), and their last word must not take the article's "England"; so does a span opened by a function
    word ("Across Wales")."""
    words = name.split()
    if len(words) < 2 or name_key(words[0]) in STOP_WORDS or not words[0][:1].isupper():
        return set()
    if len(words) == 2:
        return {name_key(words[1])}
    if all(w.lower() in NAME_PARTICLES for w in words[1:-1]):  # "von der Leyen", "Antonio De Iesu"
        return {name_key(" ".join(words[1:])), name_key(words[-1])}
    return set()


def _is_part(part: list[str], full: list[str]) -> bool:
    """True when `part` is a contiguous run of `full` that includes its first or last token."""
    n = len(part)
    if not part or n >= len(full):
        return False
    return full[-n:] == part or full[:n] == part


_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
_GENDER_OF = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}
_INITIAL = re.compile(r"(?<![\w.])([A-Z])\.?\s+$")  # "A Jones" in a team sheet is not Ryan Jones
_FAMILY = re.compile(r"^(?:['’]s)?\s+(?:family|families|brothers|sisters|siblings|clan|dynasty|household)\b", re.I)
DOMINANT = 3  # a full name that ends in the word takes it when mentioned at least this many times as each other
# (and this many times at all): at 2, "Clinton" in a story about Hillary Clinton that named Bill Clinton 4 times and
# her twice went to him (PolNeAR); a corpus-wide link (``surname_links``) then decides the bare name


def surname_first(part: list[str], cands: list[tuple[list[str], dict]], before: str = "",
                  counts: Mapping[str, int] | None = None, after: str = "") -> list[tuple[list[str], dict]]:
    """Of the article's full names a bare name is part of (one entry per mention), those it ends when they are one
    person: "Trump" is "Donald Trump", not a headline's "Trump Should" (PolNeAR: 132 mentions in 9 of the 62
    articles that kept a separate "Trump"), when that name is mentioned more often than each name the word starts:
    "Hillary" beside "Hillary Clinton" is not the nickname "Crooked Hillary", nor "Ford" beside "Ford Mustang" and
    "Ford Freestyle" the chairman Bill Ford. Several people who share the surname: see ``_dominant``; ``before`` and
    ``after`` are the text around the bare name ("the Ambani family" is nobody's alone), ``counts`` each person's
    mentions in the article (by actor id)."""
    ends = [(t, f) for t, f in cands if t[-len(part):] == part]
    if len({f["actor_id"] for _, f in cands}) < 2 or not ends:
        return cands
    if len({f["actor_id"] for _, f in ends}) > 1:
        ends = [] if _FAMILY.match(after) else _dominant(ends, before, counts or {})  # "the Ambani family"
        if not ends:
            return cands
    starts = [f["actor_id"] for t, f in cands if t[-len(part):] != part]
    return ends if not starts or len(ends) > max(starts.count(a) for a in set(starts)) else cands


def _named(first: str) -> bool:
    """Whether a full name's first word can be a given name: a census given name, a word WordNet has only as a
    person ("Muhammad") or none at all ("Ivanka"); not a headline's "Stop Trump", "Claim Clinton" or "To Kaine"."""
    if first in given_name_genders():
        return True
    wn = wordnet_senses()
    if first in STOP_WORDS or any((first, pos) in wn for pos in "var"):
        return False
    return (first, "n") not in wn or wn[(first, "n")][0][0] == "noun.person"


def _dominant(ends: list[tuple[list[str], dict]], before: str, counts: Mapping[str, int]
              ) -> list[tuple[list[str], dict]]:
    """The mentions of the one person among several with the surname that a bare surname is, else []: an honorific
    or an initial rules some out ("Mr. Clinton" is not Hillary Clinton, "A Jones" not Ryan Jones), and of the rest the one the article is about, mentioned
    ``DOMINANT`` times as often as each other (all their mentions: "Hillary" and "Mrs. Clinton" count), is the bare
    name as a reader takes it ("Clinton" in a campaign story that names Bill Clinton twice and Hillary Clinton
    twenty times; an honorific alone may decide, "Mr. Clinton"). Not an unregistered person beside a registered
    one: "Trump" in a story about Eric Trump is often his father (the registry's people are those the news is
    about); the corpus-wide link (``surname_links``) decides."""
    m = _HONORIFIC.search(before[-12:])
    genders = given_name_genders()
    other = ("f" if _GENDER_OF[m.group(1)] == "m" else "m") if m is not None else None
    ends = [(t, f) for t, f in ends if _named(t[0]) and (other is None or genders.get(t[0]) != other)]
    if (i := _INITIAL.search(before[-4:])) is not None:  # "A Jones": the people whose given name it begins
        ends = [(t, f) for t, f in ends if t[0][:1] == i.group(1).lower()]
    n = {a: max(counts.get(a, 0), 1) for a in {f["actor_id"] for _, f in ends}}
    ranked = sorted(((k, a) for a, k in n.items()), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] < DOMINANT * max(ranked[1][0], 1)) or (
            ":" in ranked[0][1] and any(":" not in a for _, a in ranked[1:])):
        return []
    return [(t, f) for t, f in ends if f["actor_id"] == ranked[0][1]]
