"""Requests and promises as stances: asking for or promising something supports it ("called for a second
inquiry", "promised to end teenage unemployment"), a side toward the concept, written as a coder writes it."""
from __future__ import annotations

import re

# what asks the target to stop: "urged Pyongyang to put an end to …", "called for an end to …"
STOP_PHRASES = re.compile(r"\b(put an end|stop|halt|cease|end|abandon|refrain|withdraw|drop|scrap|renounce|"
                          r"give up|back down|pull out|take back|retract|apologi[sz]e|resign|step down|step aside|"
                          r"stand down)\b", re.I)

# cues that urge someone to act ("called on Pyongyang to stop", "urged Obama not to close the prison")
URGE_CUES = {"urge", "call", "ask", "demand", "press", "appeal", "implore"}
# cues that ask for something: "called for a second inquiry", "pressed for a judge-led review", "demanded an
# apology" support what is asked for (the concept), not the names inside it ("an inquiry into Mr Blunkett's
# affair" is no support for Blunkett); "called for an end to …" is ``STOP_PHRASES``
ASK_FOR_CUES = {"call", "press", "push", "appeal", "campaign", "lobby", "clamour", "clamor", "ask", "argue", "plead",
                "demand"}
# a content in the speaker's own words that asks for something: "There does need to be another inquiry",
# "there is a strong case for a judge-led review", "we need a referendum"
NEED_RE = re.compile(r"\W*(?:there\s+(?:(?:does|do|still|really|now|clearly|surely)\s+)*(?:needs?|has|have)\s+to\s+be|"
                     r"there\s+(?:is|was)\s+[\"“‘']?(?:a|an)\s+(?:\w+\s+){0,2}?case\s+for|"
                     r"(?:we|britain|the country|the government)\s+(?:\w+\s+)?needs?\s+(?:a|an|the|more|to\s+have)\b)",
                     re.I)


# acts on a policy or an issue a request or a promise names ("action to fight world poverty", "to cut taxes", "to
# raise the stamp duty threshold"): a coder writes the concept with its act
POLICY_ACTS = re.compile(
    r"\b(fight(?: against)?|tackle|combat|end|reduce|cut|curb|halt|stop|ban|prevent|eradicate|eliminate|abolish|"
    r"scrap|counter|crack down on|clamp down on|halve|trim|slash|lower|freeze|cap|axe|limit|restrict|close|block|"
    r"raise|increase|introduce|extend|expand|boost|protect|keep|restore|create|build|provide|offer|invest in|"
    r"deliver|maintain|double|improve|strengthen|reform|hold|lift|remove|repeal|replace|privatise|privatize|"
    r"nationalise|nationalize|fund|legalise|legalize|regulate|tighten|relax|speed up|defend|save|continue|sustain|"
    r"secure|safeguard|guarantee|support|back|promote|encourage)\b", re.I)


# cues that commit the speaker to what the content names ("promised to end teenage unemployment": against it)
PROMISE_CUES = {"promise", "pledge", "vow"}


def asked_action(content: str, at: int, concept: str) -> tuple[str, int]:
    """The concept a request or a promise supports, as a coder writes it: with the act the content names just
    before it ("called for action to fight world poverty" supports "fight world poverty", "promised to end
    teenage unemployment" "end teenage unemployment", "promised to increase income tax" "increase income tax");
    no side when the content is an act of another kind, or one further off ("promised to hail Labour's record on
    waiting lists", "promised to pick Cudicini instead of first-choice keeper Petr Cech")."""
    before = content[:max(0, at)]
    found = list(POLICY_ACTS.finditer(before))
    if found:
        last = found[-1]
        gap = before[last.end():]
        if len(gap) <= 25 and not re.search(r"[,;:.]", gap):
            words = [w for w in re.findall(r"[\w'’-]+", gap.lower()) if w not in ("the", "a", "an")]
            # "pledged not to increase income tax": against increasing it
            pol = -1 if re.search(r"\bnot\s+(?:to\s+)?$", before[:last.start()]) else 1
            if not words and concept.startswith(last.group(0).lower()):
                return concept, pol  # the act is already the concept's ("increase tuition fees")
            return " ".join([last.group(0).lower(), *words, concept]), pol
        return concept, 0
    if re.match(r"\W*to\s", content) or re.search(r"\bto\s+(?!be\b)\w+\s", before):
        return concept, 0  # "promised to ensure …": an act we cannot read as for or against the concept
    return concept, 1


def asked_to_act(lemma: str, content: object) -> bool:
    """Whether the statement asks its addressee to do something ("called on the Obama administration to block the
    deal", "urged Obama not to close the prison"): the one asked is no target of the act's tone (a PolNeAR blind
    sample read "block, worried" as Sanders against Obama); not "called him a liar"."""
    return lemma in URGE_CUES and isinstance(content, str) and re.match(r"\W*(?:not\s+)?to\s", content) is not None


def asked_for(lemma: str, content: str) -> tuple[int, str]:
    """+1 when the statement asks for or promises what its content names (``ASK_FOR_CUES`` with "for …" or, for
    "demand", a noun phrase; ``PROMISE_CUES``; a content that says it is needed, ``NEED_RE``): a side toward the
    concept only."""
    if lemma in PROMISE_CUES:  # "promised to continue economic stability", "vowed a referendum" (and "pledged
        # to end X", against X: ``asked_action`` writes the act into the concept)
        return (1, lemma) if re.match(r"\W*(?:to|a|an|more|the)\b", content, re.I) else (0, "")
    head = content[:80]
    if STOP_PHRASES.search(head) or re.search(r"\b(ban|moratorium|resignation|removal|sacking|impeachment|"
                                              r"boycott|suspension)\b", head, re.I):
        return 0, ""  # "called for an end to …", "called for his resignation": against, decided elsewhere
    if lemma in ASK_FOR_CUES and re.match(r"\W*for\b", content, re.I):
        return 1, f"{lemma} for"
    if lemma == "demand" and re.match(r"\W*(?:a|an|the|more|his|her|their|its)\b", content, re.I):
        return 1, "demand"
    if NEED_RE.match(content):
        return 1, "needed"
    return 0, ""
