"""The person a role phrase names: "the Wikileaks founder" after "Julian Assange, the Wikileaks founder", "the
Indiana governor" after "Indiana Gov. Mike Pence", and a state's office in a headline ("Indiana governor endorses
Cruz") after "the endorsement of Gov. Mike Pence" (issue 29: the state of Indiana had endorsed Cruz)."""
from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from analysis.vocab import TITLE_ABBREVIATIONS

# offices one person holds in a state, which the article may give by the head alone ("Gov. Mike Pence (R)")
STATE_OFFICES = frozenset({"governor", "senator", "mayor", "president", "premier", "representative", "attorney"})


def role_holder(phrase: str, head_at: int, text: str, people: list[Any], nouns: Collection[str],
                at: int = -1) -> str | None:
    """The one person whom the article gives the phrase's role (its head one of ``nouns``) in apposition, right
    before the name ("Wikileaks founder Julian Assange", "Indiana Gov. Mike Pence") or after it ("Julian Assange,
    the Wikileaks founder"); for a capitalized place's office ("Indiana governor"), failing that, the one person
    the article titles by the office alone ("Gov. Mike Pence"). None when no one or several are. ``at``, the
    phrase's own place in the text, is no apposition: in "… the visit by Prime Minister Yasuhiro Nakasone, a
    Treasury spokesman said" the spokesman is the verb's subject, not Nakasone (Reuters-21578: Nakasone against
    James Baker in the stance matrix)."""
    word = re.match(r"[\w’'-]+", phrase[max(0, head_at):])
    if word is None or word.group(0).lower() not in nouns:
        return None
    key = re.sub(r"^(the|a|an)\s+", "", " ".join(phrase.split()), flags=re.I).split()
    if len(key) < 2:
        return None
    found = _apposed(key, text, people, at)
    if not found and len(key) == 2 and key[0][:1].isupper() and key[1].lower() in STATE_OFFICES:
        found = _apposed(key[1:], text, people, at)
    return next(iter(found)) if len(found) == 1 else None


def _apposed(words: list[str], text: str, people: list[Any], at: int = -1) -> set[str]:
    """The persons the article gives these words (or a title's abbreviation of one: "Gov.") right before or after
    a name, elsewhere than at ``at``."""
    pattern = re.compile(r"\s+".join("(?:" + "|".join([re.escape(w), *(rf"{a}\.?" for a, full in TITLE_ABBREVIATIONS.items(
        ) if full == w.lower())]) + r")" for w in words), re.I)
    found: set[str] = set()
    for m in pattern.finditer(text):
        if at <= m.start() <= at + 5 and not re.match(r"\s*[,)–—]", text[m.end():]):
            continue  # the phrase itself, a verb's subject ("a Treasury spokesman said"), not "Norman Robertson,
            # Mellon Bank chief economist, called"
        for p in people:
            if m.end() <= p.start_char <= m.end() + 2 and text[m.end():p.start_char].strip() == "":
                found.add(p.actor_id)
            elif m.start() - 8 <= p.end_char <= m.start() \
                    and re.fullmatch(r",\s*(the\s+|a\s+)?", text[p.end_char:m.start()], re.I):
                found.add(p.actor_id)
    return found
