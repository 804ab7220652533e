"""Bare titles by the article's country: "the prime minister" of a British story is the British prime minister
of its date, taken from the registry's dated office holders (``scripts/registry_offices.yaml``). Without this the
articles that never write "Prime Minister Tony Blair" — most of a British paper's — had neither speaker nor target
for "the prime minister" (issue 27: "titles the article never gives")."""

from __future__ import annotations

from typing import Any

from analysis.registry import Registry, name_key

from .titles import RANKS

_NAMED_BY = ("name", "alias", "surname", "surname_office", "short_name", "descriptor")


def article_country(resolved: list[dict[str, Any]]) -> str | None:
    """The one country an article is about: the state whose name and whose registered people and bodies it
    mentions most, with at least 3 mentions and twice the next country's (a British politics story naming Blair,
    Brown, Labour and the Tories; none for a story between two states)."""
    votes: dict[str, int] = {}
    for x in resolved:
        c = x.get("actor_id") if x.get("actor_type") == "state" else \
            x.get("country") if x.get("resolution") in _NAMED_BY else None
        if isinstance(c, str) and len(c) == 3 and c.isupper():
            votes[c] = votes.get(c, 0) + 1
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def office_words(phrase: str) -> str:
    """A title's words without "the": the key of the office it names ("the Prime Minister" → "prime minister")."""
    return " ".join(w for w in name_key(phrase).split() if w != "the")


def _untitled(words: str, persons: list[tuple[str, int, str | None]], offices: set[str]) -> set[str]:
    """The persons an article names without giving them another of the country's ``offices`` (their head words)
    than ``words``' ("Chancellor Gordon Brown" is not a candidate for "the prime minister"; "Labour leader Tony
    Blair" still is)."""
    head = words.split()[-1:]
    other = {a for a, _, title in persons if title and any(
        w in offices and [w] != head for w in name_key(title).split())}
    return {a for a, _, _ in persons} - other


def office_holders(phrases: list[str], country: str, registry: Registry, date: str | None,
                   persons: list[tuple[str, int, str | None]]) -> dict[str, Any]:
    """Title words → the registry actor holding that office of ``country`` (through its dated descriptors, "the
    British prime minister"). Dated: the holder on the date. Undated (the shared BBC corpus): among the persons
    the article names, the holders on the date when most of them held an office of the country, no person
    holding two titles; dates that tie and disagree name no one. A title with a rank ("the deputy prime minister") or a
    title the registry has no office for names no one."""
    state = registry.actors.get(country)
    if state is None:
        return {}
    forms = tuple(f"the {dem.lower()} " for dem in state.demonyms)
    heads = {k.split()[-1] for k in registry.descriptor_index if k.startswith(tuple(f[4:] for f in forms))}
    cands: dict[str, list[tuple[str, Any]]] = {}
    for words in phrases:
        if not words or set(words.split()) & RANKS:
            continue
        named = _untitled(words, persons, heads)
        for dem in state.demonyms:
            for aid, period in registry.descriptor_index.get(name_key(f"the {dem} {words}"), []):
                if date or aid in named:
                    cands.setdefault(words, []).append((aid, period))
    if date:
        out = {}
        for words, c in cands.items():
            ids = {aid for aid, p in c if p.covers(date)}
            if len(ids) == 1:
                out[words] = registry.actors[ids.pop()]
        return out
    # undated: the date on which most of the persons the article names held an office of the country (Blair,
    # Brown and Robin Cook together: 1997-2001), so that "the prime minister" is Blair there, and nobody in a
    # story naming Blair and Boris Johnson alone (one office holder on either date)
    named = {a for a, _, _ in persons}
    terms = [(a, p) for a in sorted(named) if a in registry.actors
             for p in registry.actors[a].descriptors if p.value.lower().startswith(forms)]
    best: list[dict[str, str]] = []
    best_n = 0
    for when in sorted({p.start for _, p in terms if p.start}):
        n = len({a for a, p in terms if p.covers(when) and p.end != when})  # a handover day is the new term's
        got: dict[str, str] = {}
        for words, c in cands.items():
            ids = {aid for aid, p in c if p.covers(when) and p.end != when}
            if len(ids) == 1:
                got[words] = ids.pop()
        if len(set(got.values())) < len(got) or not got:
            continue  # one person holding two of the titles: not a consistent date
        if n > best_n:
            best, best_n = [got], n
        elif n == best_n:
            best.append(got)
    if not best:
        return {}
    agreed = {w: a for w, a in best[0].items() if all(b.get(w) == a for b in best[1:])}
    return {w: registry.actors[a] for w, a in agreed.items()}
