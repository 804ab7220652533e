"""Pronoun targets: "accused him of lying", a quote's "he" or "she", resolved to the person they name."""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pandas as pd

from analysis.statements.genders import PRONOUN_GENDER

# pronouns that may name a statement's target ("accused him of lying", "she is a liar", "praised his record"); the
# plural ones are left out (a group or a party: too often unsure)
TARGET_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
# a body named again by its kind ("criticized the organization for promoting links", "accused the club of"): the
# organization of the sentences just before that the article has named most (``antecedent``)
ORG_DESCRIPTIONS = frozenset({"organization", "organisation", "company", "firm", "group", "agency", "union", "club",
                              "bank"})


def described_org(tok: Any) -> bool:
    """Whether the token heads a bare "the company" (no other modifier: "the parent company" may be another)."""
    return tok.lower_ in ORG_DESCRIPTIONS and tok.pos_ == "NOUN" and not tok.ent_type_ and [
        c.lower_ for c in tok.children if c.dep_ not in ("prep", "acl", "relcl", "punct")] == ["the"]


def same_name(a: object, b: object) -> bool:
    """Whether two actor names are one name, one in the other word for word at its start or end ("Merrill" /
    "Merrill Lynch", "Smith" / "Patricia Smith"): the same actor under two ids."""
    if not isinstance(a, str) or not isinstance(b, str):
        return False
    wa, wb = a.lower().split(), b.lower().split()
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return long_[:len(short)] == short or long_[-len(short):] == short


def antecedent(m: list[Any], at: int, word: str, sent_idx: int, genders: dict[str, str], speaker: object = None,
               speaker_span: tuple[int, int] | None = None, spoke: Any = (), speaker_name: object = None,
               governor: int = -1, content_start: int | None = None) -> Any | None:
    """The person a target pronoun names, of its gender where the article shows theirs (``genders``, from
    ``statements.person_genders``), never the speaker (who says "I"; a speaker's "him" is someone else), the
    speaker under another id ("Smith" said, after "Patricia Smith … rejected Clinton's claim") nor a name in the
    speaker's phrase ("Both Jowell and Prescott welcomed his return"): the subject of the clause that governs its
    own (``governor``, its start), else (a pronoun no other clause governs) the nearest person the statement's own
    content names before it (from ``content_start``: "If Donald remains Donald, I will not vote for him"), else the last person who spoke in this
    or the two sentences before (an answer names whom it answers), else the nearest person mentioned there. None when there is no such person. A body's
    kind ("the organization", ``ORG_DESCRIPTIONS``) names the organization mentioned in this or the two sentences
    before that the article has named most so far, other than the speaker."""
    if word not in PRONOUN_GENDER:
        orgs = [x for x in m if x.actor_type == "organization" and x.end_char <= at and x.actor_id != speaker
                and 0 <= sent_idx - x.sent_idx <= 2 and not same_name(speaker_name, x.actor_name)
                and not (speaker_span and speaker_span[0] <= x.start_char < speaker_span[1])]
        # the one the article is about so far (most named before), not merely the last ("… Social Security
        # numbers. Tufekci criticized the organization": WikiLeaks)
        named = Counter(x.actor_id for x in m if x.end_char <= at)
        return max(orgs, key=lambda x: (named[x.actor_id], x.start_char)) if orgs else None
    want = PRONOUN_GENDER[word]
    fits = [x for x in m if x.actor_type == "person" and x.end_char <= at and x.actor_id != speaker
            and not (speaker_span and speaker_span[0] <= x.start_char < speaker_span[1])
            and 0 <= sent_idx - x.sent_idx <= 2 and genders.get(x.actor_id, want) == want
            and not same_name(speaker_name, x.actor_name)]
    governed = [x for x in fits if x.start_char <= governor < x.end_char]
    if governed:  # "Gareth is a massive loss because he is a brilliant player" (``governing_subject``)
        return governed[0]
    said = [x for x in fits if content_start is not None and content_start <= x.start_char and governor < 0]
    if said:
        return max(said, key=lambda x: x.start_char)
    before = [t for t in spoke if t[0] < at and 0 <= sent_idx - t[1] <= 2
              and not (speaker_span and t[0] == speaker_span[0])]
    if before and (opened := [x for x in fits if x.actor_id == max(before, key=lambda t: t[0])[3]]):
        # the last statement before opened with them: what it was about ("Clinton has a strong ground game, said
        # Mindy Romero. On Tuesday, Gov. Jerry Brown endorsed her": Clinton, not Romero; PolNeAR blind sample)
        return max(opened, key=lambda x: x.start_char)
    speakers = {who: start for start, si, who, _ in spoke if start < at and 0 <= sent_idx - si <= 2}
    answered = [x for x in fits if x.actor_id in speakers]
    if answered:
        return max(answered, key=lambda x: (speakers[x.actor_id], x.start_char))
    return max(fits, key=lambda x: x.start_char) if fits else None


def pronoun_targets(doc: Any, off: int, spans: list[tuple[Any, Any]], direct: bool, mentions: list[dict[str, Any]]
                    ) -> list[dict[str, Any]]:
    """The pronouns and described bodies in a statement's content and object (``spans``, article offsets) that may
    be its targets, as target rows resolved in build_stance ("accused him of lying", "she is a liar": a person named
    before): "him"/"her" as an object anywhere; "he", "she", "his" only in a quote or in a claim another speaker
    reports (``direct``: "shrugged off claims from Michael Howard that he led a grubby government", where "he" is
    the one who shrugs them off), not in plain indirect speech (in "Howard said he would not back the plans" "he"
    is most often the speaker); "the organization" resolved like a pronoun, to the body before. None inside a
    mention."""
    out: list[dict[str, Any]] = []
    for a, b in spans:
        if a is None:
            continue
        piece = doc.char_span(a - off, b - off, alignment_mode="expand")
        for tok in piece if piece is not None else ():
            if tok.lower_ in TARGET_PRONOUNS and (direct or tok.lower_ in ("him", "her") and tok.dep_ != "poss"):
                start = tok.idx + off
            elif described_org(tok):
                start = next(c for c in tok.children if c.dep_ == "det").idx + off
            else:
                continue
            if any(mt["start_char"] <= tok.idx + off < mt["end_char"] for mt in mentions):
                continue  # tested last: a pronoun or a body's kind is rare, the article's mentions are many
            out.append({"start_char": start, "end_char": tok.idx + off + len(tok), "pronoun": tok.lower_,
                        "subject": clause_subject(tok, off), "governor": governing_subject(tok, off)})
    return out


def governing_subject(tok: Any, off: int) -> int:
    """Where the subject of the clause that governs a subject pronoun's clause starts, −1 without one: in "Gareth is
    a massive loss because he is a brilliant player", "Blair said he would go", "he" is that subject ("I think Cueto
    scored and I think he should have gone" governs "he" by "I": no one named)."""
    if tok.dep_ != "nsubj":
        return -1
    clause = tok.head
    for _ in range(4):  # up through coordinated clauses and governing "he"s ("and he has done a fantastic job
        while clause.dep_ == "conj" and clause.head is not clause:  # since he has been captain")
            clause = clause.head
        if clause.dep_ not in ("advcl", "ccomp"):
            return -1
        subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in ("he", "she"):
            return subj.idx + off if subj is not None else -1
        clause = clause.head
    return -1


def clause_subject(tok: Any, off: int) -> int:
    """Where the subject of an object pronoun's own clause starts ("Ferguson called him …"), −1 without one: the
    pronoun names someone else."""
    if tok.dep_ not in ("dobj", "dative", "pobj"):
        return -1
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # "the co-chairman of the party, Liam Fox, called him …": Fox (the parser may split "co-chairman" in three)
    named = next((a for c in subjects if c.pos_ == "NOUN" for a in c.children if a.dep_ == "appos" and a.pos_ ==
                  "PROPN"), None)
    return (named or subjects[0]).idx + off if subjects else -1


def turns(statements: pd.DataFrame, by_article: dict[str, list[Any]]) -> dict[str, list[tuple[int, int, str, Any]]]:
    """Per article, each statement with a speaker as (speaker start, sentence, speaker, the person its content opens
    with or None): a pronoun target answering a speaker names that speaker ("Liam Fox said the comments were at
    odds with Tony Blair's prediction. But Mr Clarke accused him of …": Fox, not Blair), unless that statement was
    about a person it opened with (``antecedent``)."""
    out: dict[str, list[tuple[int, int, str, Any]]] = {}
    for aid, sp, si, who, cs, text in zip(statements["article_id"], statements["speaker_start"],
                                          statements["sent_idx"], statements["speaker_actor_id"],
                                          statements["content_start"], statements["content_text"]):
        if not isinstance(who, str) or pd.isna(sp):
            continue
        opener = None
        if not pd.isna(cs) and isinstance(text, str) and (lead := _OPENING.match(text)):
            at = int(cs) + lead.end()
            opener = next((x.actor_id for x in by_article.get(aid, ()) if x.start_char == at
                           and x.actor_type == "person" and x.actor_id != who), None)
        out.setdefault(aid, []).append((int(sp), int(si), who, opener))
    return out


_OPENING = re.compile(r"[\W]*(?:that\s+)?")
