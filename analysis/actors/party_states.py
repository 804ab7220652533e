"""A US politician's party and state, as news writes them after the name: "Sen. Bernie Sanders (I-Vt.)", "Rep.
Nancy Pelosi (D-Calif.)", "Sen. Ted Cruz (R-TX)". They make the title that "the Vermont senator", "the Democratic
leader" or "the Texas senator" later stand for (``titles.title_holder``); in 840 PolNeAR articles such
descriptions come 292 times ("the Vermont senator" 49)."""
from __future__ import annotations

import re

PARTY_LETTERS = {"d": "democrat", "r": "republican", "i": "independent"}

# AP-style abbreviations and postal codes (lower case, no dots) → the state's name
US_STATES = {
    "ala": "alabama", "al": "alabama", "alaska": "alaska", "ak": "alaska", "ariz": "arizona", "az": "arizona",
    "ark": "arkansas", "ar": "arkansas", "calif": "california", "ca": "california", "colo": "colorado",
    "co": "colorado", "conn": "connecticut", "ct": "connecticut", "del": "delaware", "de": "delaware",
    "fla": "florida", "fl": "florida", "ga": "georgia", "hawaii": "hawaii", "hi": "hawaii", "idaho": "idaho",
    "id": "idaho", "ill": "illinois", "il": "illinois", "ind": "indiana", "in": "indiana", "iowa": "iowa",
    "ia": "iowa", "kan": "kansas", "kans": "kansas", "ks": "kansas", "ky": "kentucky", "la": "louisiana",
    "maine": "maine", "me": "maine", "md": "maryland", "mass": "massachusetts", "ma": "massachusetts",
    "mich": "michigan", "mi": "michigan", "minn": "minnesota", "mn": "minnesota", "miss": "mississippi",
    "ms": "mississippi", "mo": "missouri", "mont": "montana", "mt": "montana", "neb": "nebraska", "nebr": "nebraska",
    "ne": "nebraska", "nev": "nevada", "nv": "nevada", "nh": "new hampshire", "nj": "new jersey",
    "nm": "new mexico", "ny": "new york", "nc": "north carolina", "nd": "north dakota", "ohio": "ohio",
    "oh": "ohio", "okla": "oklahoma", "ok": "oklahoma", "ore": "oregon", "or": "oregon", "pa": "pennsylvania",
    "ri": "rhode island", "sc": "south carolina", "sd": "south dakota", "tenn": "tennessee", "tn": "tennessee",
    "tex": "texas", "texas": "texas", "tx": "texas", "utah": "utah", "ut": "utah", "vt": "vermont",
    "va": "virginia", "wash": "washington", "wa": "washington", "wva": "west virginia", "wv": "west virginia",
    "wis": "wisconsin", "wisc": "wisconsin", "wi": "wisconsin", "wyo": "wyoming", "wy": "wyoming",
}
_PAREN = re.compile(r"\s*\(\s*([DRI])\s*[-–]\s*([A-Za-z. ]{2,16}?)\s*\)")
_STATE_NAMES = sorted(set(US_STATES.values()), key=len, reverse=True)
_OF_STATE = re.compile(r",?\s+(?:of|from)\s+(" + "|".join(map(str.title, _STATE_NAMES)) + r")\b(?![ -][A-Z])")


def party_state(text: str, at: int) -> str | None:
    """The party and state written at ``at`` (right after a name), as title words: "(I-Vt.)" → "independent
    vermont", "(D-Calif.)" → "democrat california", "of Vermont" → "vermont"; None when there is none."""
    m = _PAREN.match(text, at)
    if m is None:
        of = _OF_STATE.match(text, at)  # "Senator Bernie Sanders of Vermont" (not "of New York City")
        return of.group(1).lower() if of else None
    name = m.group(2).strip().lower()  # "(R-Texas)", "(D-N.Y.)", "(R-New York)"
    state = US_STATES.get(re.sub(r"[. ]", "", name)) or (name if name in _STATE_NAMES else None)
    return f"{PARTY_LETTERS[m.group(1).lower()]} {state}" if state else None


STATE_WORDS = re.compile(r"\b(" + "|".join(map(str.title, _STATE_NAMES)) + r")\b")
_CLAUSE_BREAK = re.compile(r"[.!?;,:\"“”()—–]|\s-\s")
_ABBREVIATED = re.compile(r"\b(Sen|Sens|Rep|Reps|Gov|Govs|Lt|Gen|Atty|Del|Dr|Mr|Mrs|Ms)\.")


def title_before(text: str, start: int, reach: int = 40) -> str:
    """The words of a name's title before it: its four words before ``start``, within the clause ("Vermont Sen." is
    one clause; "… predicted that Democrat Hillary Clinton" is not the name before "that")."""
    window = _ABBREVIATED.sub(r"\1", text[max(0, start - reach):start])
    return " ".join(_CLAUSE_BREAK.split(window)[-1].split()[-4:])


def states_written(text: str, start: int, end: int) -> set[str]:
    """The US states an article writes with a name at text[start:end]: in its title ("Vermont Sen. Bernie
    Sanders": ``title_before``), after it ("(I-Vt.)", "of Vermont") or in an apposition ("Marco Rubio, the Florida
    senator"); lower case."""
    found = {w.lower() for w in STATE_WORDS.findall(title_before(text, start))}
    after = re.match(r"\s*(?:\([^)]{0,20}\)|,\s*(?:the|a|an)\s+[^,.;:()]{0,40}|\s+(?:of|from)\s+[A-Z][\w ]{0,20})",
                     text[end:end + 60])
    if after:
        found |= {w.lower() for w in STATE_WORDS.findall(after.group(0))}
        written = party_state(text, end)
        if written:
            found.add(written.split(" ", 1)[1] if written.split(" ", 1)[0] in PARTY_LETTERS.values() else written)
    return found


def state_conflict(phrase: str, states: set[str]) -> bool:
    """Whether a description names a US state ("the Florida senator") and the person it would name is written with
    other states only (``states_written``)."""
    own = {w.lower() for w in STATE_WORDS.findall(phrase)}
    return bool(own) and bool(states) and not own & states
