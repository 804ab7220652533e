"""Actors the registry does not know: names made into actors, merged across spellings and types, and bare
surnames linked to the one full name a corpus uses for them."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Mapping

import pandas as pd

from analysis.registry import name_key

ORG_EVIDENCE_SHARE = 0.05  # of a name's mentions that must follow such a noun to make it an organization


def adhoc_mask(df: pd.DataFrame) -> pd.Series:
    """Rows of actors made up from an unregistered name (ids with a colon), which get one display name."""
    return df["resolution"].isin(["name", "surname"]) & df["actor_id"].astype(str).str.contains(":", regex=False)


def adhoc_name_counts(df: pd.DataFrame) -> Counter:
    """(actor_id, surface form) counts of the full-name mentions of ad-hoc actors (``resolve(..., names=False)``)."""
    sel = df.loc[adhoc_mask(df) & (df["resolution"] == "name"), ["actor_id", "_name"]]
    return Counter(zip(sel["actor_id"], sel["_name"]))


def adhoc_names(counts: Counter) -> dict[str, str]:
    """One display name per ad-hoc actor: its most frequent surface form (ties: longest, then alphabetical)."""
    forms: dict[str, list[tuple[int, str]]] = {}
    for (aid, form), n in counts.items():
        forms.setdefault(aid, []).append((n, form))
    return {aid: sorted(fs, key=lambda t: (-t[0], -len(t[1]), t[1]))[0][1] for aid, fs in forms.items()}


def apply_adhoc_names(df: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    mask = adhoc_mask(df)
    if mask.any():
        df.loc[mask, "actor_name"] = df.loc[mask, "actor_id"].map(names).fillna(df.loc[mask, "actor_name"])
    return df


ID_COLUMNS = ("actor_id", "affiliation", "speaker_actor_id", "speaker_affiliation", "target_actor_id")


TYPE_OF_ID = {"actor_id": "actor_type", "target_actor_id": "target_type"}  # the type column that goes with an id


def adhoc_key(actor_id: str) -> str:
    """An ad-hoc id without its type and its word breaks: 'person:time-warner' → 'timewarner'."""
    return actor_id.split(":", 1)[-1].replace("-", "")


def adhoc_merges(counts: Mapping[str, int], org_evidence: Mapping[str, int] | None = None,
                 surnames: Mapping[str, int] | None = None) -> dict[str, str]:
    """One actor per unregistered name, whatever label the entity recognizer gave each mention.

    An ad-hoc id carries the type of the mention that made it, so "Labour" tagged ORG in one sentence and PERSON
    in the next became two actors, and "Blackwatch" / "Black Watch" two more. ``counts`` holds each ad-hoc id's
    number of mentions in the corpus; the ids whose names are equal but for case, spacing and hyphens map to the
    most mentioned one (ties: the first id in sorted order), whose type thereby wins the majority vote. Evidence
    beats the vote: when at least ``ORG_EVIDENCE_SHARE`` of a name's mentions follow an organization noun
    (``org_evidence``: "oil firm Yukos", which spaCy tags a person in most other sentences), the name is an
    organization. A bare word that articles resolved to their person of that surname (``surnames``: word key →
    mentions) votes for its person id when there are at least as many of them as of the name's own: once "Sanders"
    beside Bernie Sanders joined him, the rest of PolNeAR's bare "Sanders" (45) had turned organization, by the
    sentences spaCy tags ORG.
    """
    evidence, sur = org_evidence or {}, surnames or {}
    groups: dict[str, list[tuple[int, str]]] = {}
    for aid, n in counts.items():
        groups.setdefault(adhoc_key(aid), []).append((-int(n), aid))
    out: dict[str, str] = {}
    for key, members in groups.items():
        if sur.get(key, 0) >= -sum(n for n, _ in members) and not any(evidence.get(a) for _, a in members):
            # (only when the corpus uses the word for its people at least as often as on its own: not "Ford" the
            # carmaker, 20 mentions beside one "Ford" that was James Ford, nor "Madison, Wisconsin"; nor a word an
            # organization noun precedes, "carmaker Ford")
            members = [(n - sur[key] if aid.startswith("person:") else n, aid) for n, aid in members]
        members.sort()
        keep = members[0][1]
        found = sum(evidence.get(aid, 0) for _, aid in members)
        if found and found >= -ORG_EVIDENCE_SHARE * sum(n for n, _ in members) and \
                not keep.startswith("organization:"):
            orgs = [aid for _, aid in members if aid.startswith("organization:")]
            keep = orgs[0] if orgs else "organization:" + keep.split(":", 1)[1]
        out.update({aid: keep for _, aid in members if aid != keep})
    return out


def adhoc_counts(df: pd.DataFrame) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Each ad-hoc id's mentions, its mentions right after an organization noun, and the bare surnames resolved
    to a person of their article (by the surname's key): ``adhoc_merges``' input."""
    sel = df.loc[adhoc_mask(df), ["actor_id", "_org"]]
    sur = df.loc[(df["resolution"] == "surname") & (df["actor_type"] == "person"), "actor_name"].astype(str)
    keys = Counter(re.sub(r"[^a-z0-9]+", "", name_key(n.split()[-1])) for n in sur if n.split())
    return (sel["actor_id"].value_counts().to_dict(),
            sel.loc[sel["_org"].astype(bool), "actor_id"].value_counts().to_dict(), dict(keys))


def apply_adhoc_merges(df: pd.DataFrame, merges: Mapping[str, str]) -> pd.DataFrame:
    """Rewrite the actor ids of a table (``ID_COLUMNS``) by ``adhoc_merges`` (or ``surname_links``), with the
    type of a rewritten id: an ad-hoc id's prefix, "person" for a registered id (only surnames link to one)."""
    if not merges or df.empty:
        return df
    for col in ID_COLUMNS:
        if col not in df:
            continue
        new = df[col].map(merges)
        hit = new.notna()
        if hit.any():
            df.loc[hit, col] = new[hit]
            if col in TYPE_OF_ID and TYPE_OF_ID[col] in df:
                df.loc[hit, TYPE_OF_ID[col]] = [i.split(":", 1)[0] if ":" in i else "person" for i in new[hit]]
    return df


SURNAME_SHARE = 0.9  # the full name must hold this share of the mentions of all full names with that surname


SURNAME_MIN = 5  # ... and at least this many mentions, and as many as the bare surname has


FIRST_SHARE = 0.02  # ... and the word starts full names in less than this share of that name's mentions


def surname_links(df: pd.DataFrame) -> dict[str, str]:
    """Bare surnames that no full name in their own article explains → the corpus's one dominant full name.

    In undated corpora the office-holder lookup cannot run, so "Blair" alone (43 mentions in 2,225 BBC articles
    against 535 of "Tony Blair") stayed an actor of its own. A bare single-word person name (an ad-hoc id) joins
    the person whose full name ends with it when that person has ``SURNAME_SHARE`` of the mentions of all full
    names with that surname, at least ``SURNAME_MIN`` mentions and no fewer than the bare name, and the word is
    not the first name of full names mentioned twice or more and ``FIRST_SHARE`` as often ("Charles", "Howard"; one
    stray span such as "Blair Labour" does not count, nor headlines' "Trump Should" and "Trump Rally" beside 4,254
    mentions of Donald Trump in PolNeAR). ``df``: mentions after the ad-hoc merges and display names (``actor_id,
    actor_name, actor_type``)."""
    p = df.loc[df["actor_type"] == "person", ["actor_id", "actor_name"]]
    if p.empty:
        return {}
    counts = p["actor_id"].value_counts()
    names = p.drop_duplicates("actor_id").set_index("actor_id")["actor_name"].astype(str)
    by_last: dict[str, list[tuple[int, str]]] = {}
    first: Counter = Counter()
    for aid, name in names.items():
        toks = name.split()
        if len(toks) >= 2 and toks[0][:1].isupper() and toks[-1][:1].isupper():
            by_last.setdefault(name_key(toks[-1]), []).append((-int(counts[aid]), aid))
            first[name_key(toks[0])] += int(counts[aid])
    links: dict[str, str] = {}
    for aid, name in sorted(names.items()):
        key = name_key(name)
        if ":" not in aid or " " in name or key not in by_last:
            continue
        cands = sorted(by_last[key])
        n, top = -cands[0][0], cands[0][1]
        if first[key] < max(2, FIRST_SHARE * n) and n >= SURNAME_MIN and n >= counts[aid] and (
                n >= SURNAME_SHARE * -sum(c for c, _ in cands)) and (
                len(cands) == 1 or -cands[1][0] < n):
            links[aid] = top
    return links


def link_fields(df: pd.DataFrame, links: Mapping[str, str]) -> dict[str, dict[str, Any]]:
    """The fields a mention linked to a person takes from that person's own mentions (``most_common``: the value
    of each found in most articles, then mentions: its name, country, role and affiliation; one article's stray
    apposition had made every linked "Sanders" a member of the Islamic State)."""
    rows = df[df["actor_id"].isin(set(links.values()))]
    cols = ("actor_name", "country", "role", "affiliation")
    best = {c: most_common(rows, c) for c in cols}
    return {aid: {c: best[c].get(aid) for c in cols} for aid in sorted(set(rows["actor_id"]))}


def most_common(mentions: pd.DataFrame, col: str) -> pd.Series:
    """Each actor's non-null value of ``col`` found in most articles (then in most mentions; ties: the smallest
    value). A person's country and affiliation are read per mention from its context, so one stray phrase ("Roger
    Federer at the Qatar Open") must not outvote the seven that agree, as taking the first value did; and an
    article passes what it found to all its mentions of the person, so one long article must not outvote the rest
    (PolNeAR: a headline's "Bernie Sanders Pins The Rise Of ISIS" in one article, 86 mentions)."""
    sel = mentions.loc[mentions[col].notna(), ["actor_id", col, "article_id"]]
    counts = sel.groupby(["actor_id", col], sort=False).agg(a=("article_id", "nunique"), n=("article_id", "size"))
    counts = counts.reset_index().sort_values(["actor_id", "a", "n", col], ascending=[True, False, False, True],
                                              kind="stable")
    return counts.drop_duplicates("actor_id").set_index("actor_id")[col]


def apply_surname_links(df: pd.DataFrame, links: Mapping[str, str], fields: Mapping[str, dict[str, Any]]
                        ) -> pd.DataFrame:
    """Mentions rewritten by ``surname_links``: the person's id and fields, resolution ``surname_corpus``."""
    if not links or df.empty:
        return df
    hit = df["actor_id"].isin(set(links))
    if hit.any():
        target = df.loc[hit, "actor_id"].map(links)
        df.loc[hit, "actor_id"] = target
        df.loc[hit, "actor_type"] = "person"
        df.loc[hit, "resolution"] = "surname_corpus"
        for c in ("actor_name", "country", "role", "affiliation"):
            if c in df:
                df.loc[hit, c] = [fields.get(t, {}).get(c) for t in target]
    return df
