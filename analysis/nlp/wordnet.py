"""The WordNet supersense table, read once: the cue detector's sense features, and the checks elsewhere of what a
noun names (a person, a body) or what a verb's frames are. Built by ``scripts/build_wordnet_senses.py``."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache

from analysis.vocab import DATA_DIR, require

WORDNET_PATH = DATA_DIR / "wordnet_senses.tsv.gz"  # scripts/build_wordnet_senses.py


WordNetEntry = tuple[tuple[str, ...], tuple[str, ...], frozenset[int]]


class WordNetTable(Mapping):
    """(lemma, WordNet pos n/v/a/r) → (supersenses of its first senses, related noun/verb supersenses, verb
    frame numbers). Rows are kept as read and parsed on first lookup: a run looks up a few thousand of the
    91k lemmas, and parsing them all took half a second in every process."""

    def __init__(self, raw: dict[tuple[str, str], str]):
        self._raw = raw
        self._parsed: dict[tuple[str, str], WordNetEntry] = {}

    def __getitem__(self, key: tuple[str, str]) -> WordNetEntry:
        entry = self._parsed.get(key)
        if entry is None:
            senses, related, frames = self._raw[key].split("\t")
            entry = (tuple(senses.split(",")), tuple(related.split(",")) if related else (),
                     frozenset(int(n) for n in frames.split(",")) if frames else frozenset())
            self._parsed[key] = entry
        return entry

    def __len__(self) -> int:
        return len(self._raw)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._raw)


@lru_cache(maxsize=1)
def wordnet_senses() -> WordNetTable:
    """The WordNet table (``analysis/data/wordnet_senses.tsv.gz``); empty without the file."""
    import gzip

    raw: dict[tuple[str, str], str] = {}
    with gzip.open(require(WORDNET_PATH), "rt", encoding="utf-8") as fh:
        for line in fh.read().splitlines():
            lemma, pos, rest = line.split("\t", 2)
            raw[(lemma, pos)] = rest
    return WordNetTable(raw)


def singular(word: str) -> str:
    """A plural noun's singular by its spelling ("agencies" → "agency", "doctors" → "doctor"); others as given."""
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def noun_sense(word: str) -> tuple[str | None, bool]:
    """The class of a noun's first WordNet sense ("noun.person", "noun.group", …; None when WordNet has no such
    noun) and whether ``word`` is that noun's plural ("doctors" → ("noun.person", True)). What a description's
    head or a name's head says it names: a person, a body, or a thing."""
    low = word.lower()
    for w in dict.fromkeys((low, singular(low))):
        entry = wordnet_senses().get((w, "n"))
        if entry is not None:
            return entry[0][0], w != low
    return None, False
