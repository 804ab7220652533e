"""The side a speech act takes by its cue alone: "accused", "condemned", "urged … to stop" oppose; "praised",
"welcomed", "backed" support; "posted", "was named" are no speech act at all (issue 27)."""
from __future__ import annotations

import re
from typing import Any

from analysis.actors.party_states import STATE_WORDS
from analysis.statements import EVALUATIVE_ADJECTIVES

from .requests import STOP_PHRASES, URGE_CUES  # noqa: F401 (re-exported)


def _judging(sign: int) -> set[str]:
    """The judging adjectives of one side ("critical of", "supportive of"), kept in one list by statements."""
    return {word for word, side in EVALUATIVE_ADJECTIVES.items() if side == sign}


OPPOSE_CUES = {"warn", "condemn", "accuse", "criticize", "criticise", "denounce", "reject", "blame", "attack",
               "slam", "blast", "decry", "deplore", "oppose", "dismiss", "threaten", "protest", "mock", "assail",
               "chide", "rebuke", "lambast", "castigate", "question", "challenge", "deny", "veto", "sanction",
               "caution", "complain", "accusation", "criticism", "condemnation", "warning", "hammer", "disagree",
               "shrug", "ridicule", "rubbish", "savage", "deride", "fault", "berate", "scold",
               "disparage", "belittle", "chastise", "repudiate", "rebuff", "snub", "vilify", "denigrate",
               # aimed at someone (statements.contents.aimed_at): "lashed out at", "hit out at", "was critical of"
               "lash", "lash out", "hit out", "hit back", "push back", "speak out", "rail", "inveigh",
               # campaign reporting's verbs of attack ("ripped FBI Director James Comey", "bashed Sanders", "fired
               # back at Trump", "is panning Obama's set of measures")
               "rip", "bash", "pan", "excoriate", "eviscerate", "taunt", "needle", "trash", "skewer", "lampoon",
               "swipe", "fire back"} | _judging(-1)  # "was critical / scathing of"


SUPPORT_CUES = {"welcome", "praise", "support", "agree", "endorse", "back", "applaud", "hail", "commend",
                "congratulate", "thank", "approve", "defend", "embrace", "laud", "celebrate", "salute", "champion",
                "tout", "praise", "pledge", "vouch", "extol", "favor", "favour", "endorsement"} | _judging(1)


TOPIC_CUES = {"warn", "caution", "express", "voice", "raise", "complain", "welcome", "condemn", "denounce", "decry",
              "deplore", "oppose", "support", "endorse", "applaud", "hail", "reject", "refuse", "decline", "refusal"}


# a refusal to back takes the other side, on everything in it ("refused to back"), a refusal to blame defends ("refused
# to point the finger of blame at Dudek": the cue's side, not the tone of "blame"); a refusal to attack is neither
REFUSAL_CUES = {"refuse", "decline", "refusal"}  # "Trump's refusal to endorse Ryan"
_REFUSED = re.compile(r"\W*to\s+(\w+)(\s+the\s+finger\b)?")
_UNBLAMED = frozenset({"blame", "fault", "scapegoat"})


WARNING_CUES = {"warn", "caution"}
DENIAL_CUES = {"deny"}


# cues whose object is who hears the statement ("Carson tells Breitbart News", "told reporters"): a listener,
# not a side, unless the cue itself takes a position ("warned Pyongyang")
LISTENER_CUES = {"tell", "ask", "inform", "assure", "reassure", "remind", "brief", "promise", "advise", "notify",
                 "write", "answer", "reply", "explain", "say", "testify", "confide", "email", "text"}


# cues that are no speech or thought act: a firm "posted" results, a man "was named", figures "showed", a plan
# "aims": the statement stays in the statements table, but nobody takes a position in it (issue 27)
NON_SPEECH_CUES = {"be", "show", "see", "know", "name", "seem", "appear", "look", "make", "go", "take", "post",
                   "nominate", "release", "unveil", "sign", "introduce", "plan", "aim", "seek", "decide", "become",
                   "remain", "get", "give", "put", "come", "leave", "keep", "hold", "set", "win", "lose", "record",
                   "decision", "hit"}  # a blow ("hit some powerful forehands"); "hit out at" / "hit back at" are cues of their own


# "dismissed Didier Drogba" (a referee), "dismissed him" (an employer): a sending-off or a sacking, no speech act;
# one dismisses claims, fears, a bid, or someone "as" something
_DISMISSED = re.compile(r"\W*(?:him|her|them|(?:[A-Z](?:[\w.-]|['’][A-Z])*\s*){1,4})\W*")  # not "Brown's Budget"


def dismissal(lemma: str, content: Any) -> bool:
    """Whether the cue is a deed, not a position (no stance row): "dismissed" with a person (a name or a pronoun,
    nothing after it) for its whole content; "defend her title" (a sport's title or seat: BBC blind sample 5, "may
    defend her indoor AAA 800m title" was support for the AAA); a stroke in a game ("blasts a forehand")."""
    if not isinstance(content, str):
        return False
    if lemma == "dismiss":
        return _DISMISSED.fullmatch(content) is not None
    if stroke(lemma, content):
        return True
    return lemma == "defend" and _TITLE_HELD.match(content) is not None


def stroke(lemma: str, words: Any) -> bool:
    """Whether a verb of attack strikes a ball, not a target ("Nadal blasts a forehand …", "lashed home a 25-yard
    shot"): ``words`` are what follows the cue."""
    return lemma in _STRIKES and isinstance(words, str) and _SHOT.match(words) is not None


# "challenged Trump to a one-on-one debate", "challenged Hillary Clinton to debate him in Brooklyn": a contest
# proposed, no attack (PolNeAR blind sample); not "challenged the claims", "challenged him to explain"
_DEBATE = re.compile(r"\W*(?:[\w'’.-]+\s+){0,4}?to\s+(?:(?:a|an|another|more)\s+)?(?:[\w-]+\s+){0,2}?debates?\b",
                     re.I)


def debate_challenge(lemma: str, words: Any) -> bool:
    """Whether a challenge is to a debate (``words``: what follows the cue), or an offer of a debate is taken up or
    turned down ("rejected a Fox News proposal for one final debate with rival Sen. Bernie Sanders": a PolNeAR
    blind sample read it as against Sanders)."""
    if not isinstance(words, str):
        return False
    return lemma == "challenge" and _DEBATE.match(words) is not None or lemma in _DEBATE_OFFERS and re.match(
        r"\W*(?:[\w'’.-]+\s+){0,7}?debates?\s+(?:with|against)\b", words) is not None


_DEBATE_OFFERS = frozenset({"reject", "accept", "decline", "refuse", "turn", "propose", "offer", "agree", "welcome"})


def credited_with(lemma: str, words: str | None) -> bool:
    """ "credited Merkel with holding the continent together": praise (a PolNeAR blind sample read the crises it
    names as an attack); "credited Clinton's victory to a closed primary" names a cause."""
    return lemma == "credit" and re.match(r"[^.;]{0,80}?\bwith\b", words or "") is not None


def after_cue(sentence: Any, cue: Any) -> str | None:
    """The words of the sentence after its cue ("Nadal blasts a forehand … and even the American
    is forced to applaud": the parser may hang another clause on the cue as its content)."""
    if not isinstance(sentence, str) or not isinstance(cue, str) or not cue:
        return None
    found = re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", sentence)  # the word, not "hit" in "White"
    return sentence[found.end():] if found else None


def bid_for(lemma: str, content: Any) -> bool:
    """Whether the cue rejects or accepts a bid or an offer: the persons named in it are who is bid for, no side
    ("Rovers reject third Ferguson bid"); the bidder, a firm or a party, is opposed ("rejected a Conservative
    compromise offer")."""
    return lemma in _DEALS and isinstance(content, str) and _BID.match(content) is not None


_TITLE_HELD = re.compile(r"(?i)\W*(?:his|her|their|its|the)\b[^.;:'’]{0,60}?\b(?:title|crown|championship|belt|"
                         r"seat|trophy|medal|honours|honors)s?\b")  # (not "the government's record": a position)
# verbs of attack that are also strokes in a game, and what is struck ("blasts a forehand", "lashed home a shot")
_STRIKES = frozenset({"blast", "lash", "hit", "smash", "slam", "strike", "fire", "hammer", "rip", "crack", "drill",
                      "thump", "curl", "bury", "drive", "whip"})
# what is struck: a stroke or kick of a game ("a forehand", "a free-kick"), or a shot driven home or from a distance
# ("lashed home a 25-yard shot"); not "a warning shot at the government", "the cross-party deal", "the four-year plan"
_SHOT = re.compile(r"(?i)\W*(?:(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w’'.]+\s+){0,2}(?:forehand|backhand|"
                   r"volley|half-volley|header|penalty|spot-kick|free-kick|putt|ace|lob|drop-goal)s?(?![-\w])|home\s+"
                   r"|(?:a|an|the|his|her)\s+(?:\d+|long-range)-?(?:yard|metre|meter)?\s+(?:shot|strike|effort|drive))")
_DEALS = frozenset({"reject", "accept", "rebuff", "turn down", "refuse", "decline"})
_BID = re.compile(r"(?i)\W*(?:(?:a|an|the|their|its|his|her|this|that|[\w’'.-]+['’]s?|[\w£$€.,-]+)\s+){0,5}"
                  r"(?:bids?|offers?|approach|takeover|proposal from)\b")


_TIPPED = re.compile(r"(?i)\W*to\s+(?:win|beat|reach|retain|lift|claim|finish|qualify|top|triumph|succeed|prevail)\b")


# an attack in a phrase of a verb that is no speech act by itself: "took a shot at Hillary Clinton", "took multiple
# swipes at Jeb Bush", "took aim at", "went after Bush"
_TAKEN_AIM = re.compile(r"(?i)\W*(?:(?:a|an|another|several|multiple|repeated|two|three|more|some|his|her|their|"
                        r"parting|thinly[- ]veiled|veiled|fresh|new|direct|sharp|not-so-subtle)\s+){0,2}"
                        r"(?:shots?|swipes?|aim|jabs?|potshots?|digs?)\s+at\b")
_GONE_AFTER = re.compile(r"(?i)\W*after\s+(?:[A-Z]|him\b|her\b|them\b)")
# a blow at a named one for something ("hit Mrs. Clinton over her husband's trade policies", "knocked Cruz for not
# reporting loans", "she hit him on guns"), not a time ("hit Florida on Tuesday") nor a thing ("hit the headlines")
BLOWS = frozenset({"hit", "knock", "ding", "jab", "slap", "pound", "pummel", "whack"})
_HIT_FOR = re.compile(r"\W*(?:(?:him|her|them)\s+|(?:(?:Mr|Mrs|Ms|Sen|Gov|Rep)\.?\s+)?(?:[A-Z][\w'’-]*\s+){1,3})"
                      r"(?:over|for|on|about)\s+(?!(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                      r"the\s+weekend|\d)\b)")


def taken_aim(lemma: str, words: Any) -> bool:
    """Whether "take", "go" or a blow is an attack by the words after it (``words``: "a shot at X", "after X",
    "Clinton over her husband's trade policies")."""
    if not isinstance(words, str):
        return False
    if lemma == "take":
        return _TAKEN_AIM.match(words) is not None
    if lemma in BLOWS:
        return _HIT_FOR.match(words) is not None
    return lemma == "go" and _GONE_AFTER.match(words) is not None


# taking a side in a phrase of a verb that is no speech act by itself: "sided with Republicans", "stood by his
# comments", "threw her support behind Ted Cruz", "came out against Trump"
_SIDINGS = {"side": (re.compile(r"(?i)\W*(?:\w+ly\s+)?with\b"), 1),
            "stand": (re.compile(r"(?i)\W*(?:firmly\s+)?by\b"), 1),
            "throw": (re.compile(r"(?i)\W*(?:his|her|their|its)\s+(?:full\s+)?(?:support|weight)\s+behind\b"), 1),
            "come": (re.compile(r"(?i)\W*out\s+(?:strongly\s+)?against\b"), -1),
            "come out": (re.compile(r"(?i)\W*(?:strongly\s+)?against\b"), -1)}


def siding(lemma: str, words: Any) -> int:
    """The side a phrase takes by the words after its verb (``words``), or 0: +1 for "sided with", "stood by",
    "threw her support behind", −1 for "came out against"."""
    got = _SIDINGS.get(lemma)
    if got is None or not isinstance(words, str) or got[0].match(words) is None:
        return 0
    return got[1]


# what a pledge gives someone: support, aid, loyalty ("pledged support for X", "pledged to stand by X", "pledged a
# sizable aid contribution to Unicef"), or what it takes on ("pledged to confront murders at the hands of
# "knife-wielding Palestinians""; "pledged to keep Steven Gerrard"); any other pledged act is no side on the names in it ("pledged to relocate the
# U.S. Embassy in Israel", "pledged to remove all troops from Afghanistan": PolNeAR, read as support of both)
_PLEDGED_FOR = re.compile(r"(?i)\W*(?:[\w$£€\"“”'’-]+\s+){0,3}?(?:support|backing|aid|help|solidarity|loyalty|allegiance|"
                          r"contribution|donation|friend|ally)\b|\W*(?:to\s+)?(?:\w+\s+)?(?:back|support|defend|protect|"
                          r"help|champion|keep|retain|stand\s+(?:up\s+)?(?:by|with|behind|for)|keep\s+faith|work\s+with)\b|"
                          r"[^.;:]{0,60}\b(?:stand\s+up\s+for|be\s+[\"“]?(?:a|an)\s+(?:\w+\s+)?(?:friend|ally)\s+(?:not\s+only\s+)?(?:to|of))\b")
_PLEDGED_AGAINST = re.compile(r"(?i)\W*to\s+(?:\w+\s+)?(?:confront|fight|defeat|destroy|oppose|crush|punish|"
                              r"take\s+on|go\s+after|stop|counter|prosecute|jail|sue)\b")


def pledged(content: Any) -> tuple[int, str]:
    """The side of a pledge on the names in its content (``_PLEDGED_FOR``, ``_PLEDGED_AGAINST``): +1, −1 or 0."""
    text = content if isinstance(content, str) else ""
    if _PLEDGED_AGAINST.match(text):
        return -1, "pledge against"
    return (1, "pledge") if _PLEDGED_FOR.match(text) else (0, "")


# cues that take up someone's call ("repeated calls for the mayor to apologise", "backed calls for him to resign"):
# the call's side is the speaker's (BBC: Blair "for" Ken Livingstone, from the model's tone, once the registry's
# party made the mayor a political actor)
_JOINING_CUES = frozenset({"repeat", "renew", "reiterate", "echo", "join", "back", "support", "endorse", "lead"})
_JOINED_CALL = re.compile(r"\W*(?:(?:the|his|her|their|its|growing|renewed|fresh|earlier)\s+)*(?:calls?|demands?|"
                          r"appeals?)\s+(?:for|on)\s+[^.;:!?]{1,60}?\s+to\s+(?:not\s+)?", re.I)


def cue_polarity(lemma: str, content: str, negated: bool = False) -> tuple[int, str]:
    """The polarity a reporting cue carries by itself ("condemn" −1, "praise" +1, "urge … to stop" −1)."""
    pol, why = 0, ""
    if lemma in OPPOSE_CUES:
        pol, why = -1, lemma
    elif lemma in _JOINING_CUES and content and (m := _JOINED_CALL.match(content)) and (
            stop := STOP_PHRASES.match(content, m.end())):
        pol, why = -1, f"{lemma} calls … {stop.group(0).lower()}"  # "repeated calls for the mayor to apologise"
    elif lemma == "pledge":
        pol, why = pledged(content)
    elif lemma == "back" and _TIPPED.match(content or ""):
        pass  # "backed New Zealand to win the series": a forecast (BBC blind sample), no side
    elif lemma in SUPPORT_CUES:
        pol, why = 1, lemma
    elif lemma in ("express", "voice", "raise") and content:
        head = content.lower()[:60]
        if re.search(r"\b(concern|alarm|regret|outrage|dismay|disappointment|anger|opposition|doubt|worr)", head):
            rest = head[head.find(" ") + 1:] if head.startswith(("his ", "her ", "their ", "its ")) else head
            word = re.search(r"[a-z]+", rest)
            pol, why = -1, f"{lemma} {word.group(0)}" if word else lemma
        elif re.search(r"\b(support|hope|satisfaction|gratitude|appreciation|solidarity|welcome)", head):
            pol, why = 1, f"{lemma} support"
    elif lemma in URGE_CUES and content and (stop := STOP_PHRASES.search(content[:80])):
        pol, why = -1, f"{lemma} … {stop.group(0)}"
    elif lemma == "withhold" and re.match(r"\W*(?:(?:his|her|their|its)\s+)?(?:support|endorsement|backing)\b",
                                          content or "", re.I):
        pol, why = -1, "withhold support"  # "withheld support from McCain and Ayotte" (read as support)
    elif lemma in REFUSAL_CUES and (act := _REFUSED.match(content or "")):
        # "refused to back Mr Blair" opposes him; "refused to point the finger of blame at Dudek" defends him
        verb = act.group(1).lower()
        # (refusing to attack, criticize or assail someone is restraint, no praise: "refuses to attack Clinton on her
        # character", "declined to assail him aggressively", PolNeAR; refusing to blame someone defends them)
        side = -1 if verb in SUPPORT_CUES else 1 if verb in _UNBLAMED or verb == "point" and act.group(2) else 0
        pol, why = side, (f"{lemma} to {verb}" if side else "")
    if negated and pol:
        # "has not endorsed Trump" withholds support; "has not publicly accused Russia", "did not attack Mrs.
        # Clinton directly" take no side at all (PolNeAR: all three such rows read as support were wrong)
        pol, why = (-pol, f"not {why}") if pol > 0 else (0, "")
    return pol, why


def content_cue(content: str) -> tuple[int, str]:
    """An opposing or supporting reporting verb that opens the content ("As we have previously warned, …")."""
    # the speaker's own verb only ("we condemn", "as I have warned"), not another subject's ("Mary Jones had
    # criticized …": a nested report, see roles._reported)
    m = re.match(r"\W*(?:as\s+)?(?:(?:we|i)\s+(?:\w+\s+){0,3}?)?(warn|condemn|oppos|criticiz|denounc|reject|welcom|"
                 r"prais|support|endors)\w*(?!\w|\s+by\b)", content, re.I)
    if not m:  # (not a passive: "Supported by strong balance sheets, the recovery should continue")
        return 0, ""
    stem = m.group(1).lower()
    return (1 if stem in ("welcom", "prais", "support", "endors") else -1), m.group(0).strip(" “\"").lower()


# who stand against something: taking a side against them is taking its side ("hit out at critics of the Gambling
# Bill" supports the bill)
CRITICS = re.compile(r"\b(?:critics|opponents|detractors|enemies)\s+of\s+(?:the\s+|this\s+|his\s+|her\s+)?$", re.I)


def critics_of(content: str, at: int) -> bool:
    """Whether the words just before offset ``at`` of the content are "critics of" (or "opponents of")."""
    return 0 < at <= len(content) and CRITICS.search(content[max(0, at - 40):at]) is not None


# a measurement as the source ("a survey has found", "A poll for the News of the World suggests the Conservatives
# are on course for their worst defeat", "official figures show"): a finding, not a position anyone takes (a
# study or a report may argue one)
# (the noun in lower case, or opening the phrase: "referee Graham Poll" is a man)
_MEASURES = re.compile(r"(?:(?:[\w'’&.-]+\s+){0,5}?(?:poll|polls|survey|surveys|figures|statistics|data|census)|"
                       r"(?:Poll|Polls|Survey|Surveys|Figures|Statistics|Data))(?:\s+(?:for|by|of|from|on|in)\b.*)?",
                       re.S)


def measured(speaker_text: Any) -> bool:
    """Whether a statement's source phrase is a poll, a survey or figures rather than someone speaking."""
    return isinstance(speaker_text, str) and _MEASURES.fullmatch(speaker_text.strip()) is not None


# a share of a group that a poll counts: "73 percent of Democrats who said they had supported Sen. Bernie Sanders
# now support Clinton" had been the Democratic Party for Sanders (PolNeAR, the forty-ninth session's blind cells)
_SHARE_OF = re.compile(r"(?:\d+(?:\.\d+)?\s*(?:percent|per cent|%)|majority|minority|half|third|quarter|"
                       r"plurality|most)\s+of\s+(?:the\s+|all\s+)?$", re.I)


def poll_share(sentence: Any, speaker_text: Any) -> bool:
    """Whether the sentence names the speaker as a share that a poll counts ("73 percent of Democrats who said …",
    "a majority of Republicans"): respondents, not the group's voice."""
    if not isinstance(sentence, str) or not isinstance(speaker_text, str) or not speaker_text.strip():
        return False
    # what comes before each place the speaker is named (one compiled pattern: a pattern per speaker had cost
    # 0.7 s per 100 articles in compiling alone)
    low, who = sentence.lower(), speaker_text.strip().lower()
    if len(low) != len(sentence):  # (lower case changed the length: find the places case-blind by the pattern)
        return any(_SHARE_OF.search(sentence, 0, m.start())
                   for m in re.finditer(re.escape(speaker_text.strip()), sentence, re.I))
    at = low.find(who)
    while at >= 0:
        if _SHARE_OF.search(sentence, 0, at):
            return True
        at = low.find(who, at + 1)
    return False


# a journalist's analysis, not a party to the story ("BBC political editor Andrew Marr said Mr Brown's article was
# a warning shot to Mr Blair": a helper reading BBC judged such rows no stance); "journalist" and "columnist" are
# left out: an author's book or column takes positions a coder records
_REPORTER = re.compile(r"\b(?:correspondent|reporter|(?:political|economics|business|diplomatic|home affairs|"
                       r"world affairs|security|technology|arts|sports?) editor)\b(?!s)", re.I)  # one, not "the reporters"


# scholars who explain a race ("Michele Swers, a professor of government at Georgetown University", "Debbie Walsh,
# director of the Center for American Women and Politics at the Eagleton Institute", "Larry Sabato, director of
# the University of Virginia's Center for Politics"): of 23 such PolNeAR rows read one by one, about 15 of the sides
# their tone gave were readings of the race, not positions, against 6 criticisms (kept when a cue says so)
_ACADEMIC = (r"\b(?:professor|lecturer|statistician|forecaster|political (?:observer|commentator)|(?:director|fellow|"
             r"scholar|researcher) (?:of|at) (?:the )?(?:[A-Z][\w&.'’-]*\s+){0,6}(?:Center|Centre|Institute|University|"
             r"College|School)|(?:Center|Centre|Institute) (?:for|of) (?:[A-Z]\w+\s+){0,3}Politics)\b(?!s)")
# those who size up a race or a market for a living ("UNH pollster Andy Smith said Trump … is perhaps better
# positioned", "Geoff Garin, a Democratic pollster": PolNeAR blind samples judged their readings no side); what they
# say by a cue of taking sides ("expressed doubts about …") still is one
_ANALYST = re.compile(r"\b(?:pollster|analyst|political scientist|psephologist|polling expert|elections? expert)\b(?!s)"
                      r"|" + _ACADEMIC, re.I)


def reporters(statements: Any, pattern: re.Pattern[str] = _REPORTER) -> set[tuple[str, str]]:
    """(article, speaker) pairs whose source phrase somewhere in the article calls the speaker a correspondent, a
    reporter or a section's editor (``pattern``): every statement of theirs there is analysis, with no side taken."""
    return {(a, who) for a, who, text in zip(statements["article_id"], statements["speaker_actor_id"],
                                             statements["speaker_text"])
            if isinstance(who, str) and isinstance(text, str) and pattern.search(text)}


FINDING_CUES = frozenset({"find", "show", "suggest", "indicate", "according to"})
_POLL = re.compile(r"\b(?:polls?|polling|surveys?|surveyed)\b", re.I)


def poll_finding(lemma: str, sentence: Any) -> bool:
    """Whether a statement is what a poll or survey found ("In an online poll …, Democracy Corp found that
    anti-Democrat attitudes are …", "The survey also found that support for Trump rose"): a reading of voters,
    no side of the one who ran it (four PolNeAR rows, all read as sides against or for the candidates polled); nor
    is a poll's tally, whoever it counts ("while Republicans favored Trump, 82 percent to 6 percent": no side of
    the Republican Party's)."""
    if isinstance(sentence, str) and _TALLY.search(sentence) is not None:
        return True
    return lemma in FINDING_CUES and isinstance(sentence, str) and _POLL.search(sentence) is not None


_TALLY = re.compile(r"\b\d+(?:\.\d+)?\s*(?:percent|per cent|%)\s+to\s+\d+(?:\.\d+)?\s*(?:percent|per cent|%)?", re.I)


# an election's outcome in a place ("Rust Belt states Indiana, Michigan, Ohio and Pennsylvania all supported Bush"):
# how its voters voted, no position of the place's (a PolNeAR blind sample); a state's government backing a
# resolution is a side, and a country is a state, not a place
ELECTORAL = frozenset({"support", "back", "favor", "favour", "vote", "elect", "choose", "pick", "prefer", "go"})


def place_vote(lemma: str, speaker_type: Any, speaker_name: Any) -> bool:
    """Whether a US state "supported" a candidate (a place the article names as a state: ``party_states.STATE_WORDS``,
    not a person the recognizer took for a place, "Tama Umaga backed New Zealand"): a vote, not a statement of the
    state's."""
    return lemma in ELECTORAL and speaker_type == "location" and isinstance(speaker_name, str) and \
        STATE_WORDS.fullmatch(speaker_name) is not None


def analysts(statements: Any) -> set[tuple[str, str]]:
    """(article, speaker) pairs of pollsters and analysts (``_ANALYST``): their tone is no side, only their cues."""
    return reporters(statements, _ANALYST)


# a news outlet that reports, finds or counts relays news: "CNN reported that … was al Qaeda-linked terrorism",
# "Military Times found Democrats favored Clinton", "according to the Associated Press" (a PolNeAR blind sample
# read each as the outlet's side); its editorials and its lawyers' arguments ("The Wall Street Journal called on
# Trump to …") are its own
RELAYING_CUES = frozenset({"report", "find", "according to", "reveal", "declare", "project", "confirm", "obtain",
                           "learn", "show", "disclose", "count", "tally", "estimate", "calculate", "poll", "survey"})
_OUTLET = re.compile(r"\b(?:Times|Post|News|Journal|Herald|Tribune|Telegraph|Guardian|Gazette|Chronicle|Register|"
                     r"Press|Daily|Magazine|Wire|Reuters|Bloomberg|CNN|NBC|CBS|ABC|BBC|MSNBC|NPR|PBS|Politico|"
                     r"The Hill|Axios|Newsweek|Breitbart|HuffPost|Huffington Post|Sky News|ITV|Al Jazeera)\b")


def relayed(lemma: str, name: Any, actor_type: Any) -> bool:
    """Whether a statement is a news outlet (an organization named like one; not the registry's media role, which
    also covers regulators and telecoms firms and passes to a person by affiliation) relaying news with a cue of
    ``RELAYING_CUES``: no side taken."""
    return lemma in RELAYING_CUES and actor_type == "organization" and isinstance(name, str) and \
        _OUTLET.search(name) is not None
