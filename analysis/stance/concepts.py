"""A concept dictionary: the issues a coder tracks, each a label and the phrases or patterns that express it.

Discourse Network Analyzer's agreement network means something only when two speakers' statements are about the
same concept. The stance stage finds each statement's concept phrase ("the tobacco ban", "a ban on smoking in
pubs"); a dictionary (YAML, like the actor registry) maps such phrases to one label ("smoking ban"), and
without one, ``propose_concepts`` groups the corpus's concept phrases into a stub the user edits:

    concepts:
      - label: smoking ban
        phrases: [smoking ban, ban on smoking, tobacco ban]
        patterns: ['\\bsmok\\w* in (pubs|public places)\\b']   # regular expressions, case-insensitive

A phrase matches a concept phrase that holds it as whole words ("smoking ban" in "the proposed smoking ban");
patterns are searched in it. The first entry that matches gives the label; an unmatched concept keeps its phrase.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from analysis.statements.contents import GENERIC_HEADS, POLICY_HEADS

_LEAD = re.compile(r"^(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|any|some|such|'s|and)\s+",
                   re.I)
# words a grouping key leaves out: articles, possessive pronouns and light modifiers
_STOP = {"the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "its", "his", "her", "their", "our", "this",
         "that", "these", "those", "with", "by", "from", "at", "new", "next", "current", "recent", "proposed",
         "planned", "latest", "last", "future", "any", "some", "more", "such", "'s", "’s"}


class ConceptError(ValueError):
    """A malformed concept dictionary: the message names the file and the problem."""


@dataclass
class Concept:
    label: str
    phrases: list[str] = field(default_factory=list)
    patterns: list[re.Pattern[str]] = field(default_factory=list)


@dataclass
class ConceptDictionary:
    concepts: list[Concept]
    path: str = ""
    fingerprint: str = ""

    def label(self, phrase: object) -> str | None:
        """The label of the first concept that matches ``phrase`` (a stance row's concept), else None."""
        if not isinstance(phrase, str) or not phrase.strip():
            return None
        text = f" {normalize(phrase)} "
        for c in self.concepts:
            if any(f" {p} " in text for p in c.phrases) or any(p.search(phrase) for p in c.patterns):
                return c.label
        return None


def normalize(phrase: str) -> str:
    """Lower case, one space between words, no leading article or possessive pronoun, "’s" joined to its word
    (the stance table's concepts are spaCy tokens joined by spaces: "russia 's plans")."""
    text = " ".join(str(phrase).lower().replace("’", "'").split()).replace(" 's ", "'s ")
    while (m := _LEAD.match(text)) is not None:
        text = text[m.end():]
    return text


def concepts_fingerprint(path: str | None) -> str | None:
    """The file's content hash (a re-run compares it: an edited dictionary means labelling again)."""
    if not path:
        return None
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16] if Path(path).exists() else None


def load_concepts(path: str | None) -> ConceptDictionary | None:
    """The dictionary at ``path`` (None: no dictionary); raises ConceptError naming the file and the problem."""
    if not path:
        return None
    p = Path(path)
    try:
        stat = p.stat()
    except OSError as e:
        raise ConceptError(f"{path}: cannot read the concept dictionary ({e.strerror or e})") from None
    return _load(str(p), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _load(path: str, _mtime: int, _size: int) -> ConceptDictionary:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise ConceptError(f"{path}: cannot read the concept dictionary ({e})") from None
    except yaml.YAMLError as e:
        raise ConceptError(f"{path}: not valid YAML ({' '.join(str(e).split())})") from None
    if data is None:
        data = {"concepts": []}
    if not isinstance(data, dict) or set(data) - {"concepts"}:
        extra = sorted(set(data) - {"concepts"}) if isinstance(data, dict) else None
        raise ConceptError(f"{path}: the file must be a mapping with one key, 'concepts'"
                           + (f" (unknown key(s): {', '.join(map(str, extra))})" if extra else ""))
    items = data.get("concepts") or []
    if not isinstance(items, list):
        raise ConceptError(f"{path}: 'concepts' must be a list of entries with a label")
    out: list[Concept] = []
    for i, item in enumerate(items, 1):
        where = f"{path}: entry {i}"
        if not isinstance(item, dict) or not isinstance(item.get("label"), str) or not item["label"].strip():
            raise ConceptError(f"{where}: needs a 'label' (a non-empty string)")
        unknown = sorted(set(item) - {"label", "phrases", "patterns", "note"})
        if unknown:
            raise ConceptError(f"{where} ({item['label']}): unknown key(s) {', '.join(map(str, unknown))} "
                               f"(known: label, phrases, patterns, note)")
        phrases, patterns = item.get("phrases") or [], item.get("patterns") or []
        for key, vals in (("phrases", phrases), ("patterns", patterns)):
            if not isinstance(vals, list) or not all(isinstance(v, str) and v.strip() for v in vals):
                raise ConceptError(f"{where} ({item['label']}): '{key}' must be a list of non-empty strings")
        compiled = []
        for pat in patterns:
            try:
                compiled.append(re.compile(pat, re.I))
            except re.error as e:
                raise ConceptError(f"{where} ({item['label']}): pattern {pat!r} is no valid regular expression "
                                   f"({e})") from None
        label = " ".join(item["label"].split())
        out.append(Concept(label, sorted({normalize(x) for x in [label, *phrases]}, key=lambda s: (-len(s), s)),
                           compiled))
    return ConceptDictionary(out, path, concepts_fingerprint(path) or "")


def label_concepts(stance: pd.DataFrame, dictionary: ConceptDictionary | None) -> pd.DataFrame:
    """The stance rows with each concept target replaced by its dictionary label (unmatched ones unchanged); a
    statement whose several concept phrases share a label keeps one row of it (the first, as sorted)."""
    if dictionary is None or stance.empty or "target_concept" not in stance:
        return stance
    uniq = stance["target_concept"].dropna().unique()
    labels = {c: dictionary.label(c) for c in uniq}
    labels = {c: lab for c, lab in labels.items() if lab is not None}
    if not labels:
        return stance
    df = stance.copy()
    new = df["target_concept"].map(labels)
    hit = new.notna()
    df["target_concept"] = df["target_concept"].astype(object)
    df.loc[hit, "target_concept"] = new[hit]
    concept = df["target_concept"].notna() & df["target_actor_id"].isna()
    dup = concept & df.duplicated(["article_id", "statement_id", "target_concept"])
    return df[~dup].reset_index(drop=True)


def group_key(phrase: str) -> tuple[str, ...]:
    """The content words of a concept phrase, plural "s" cut, sorted: "interest rates" and "the interest rate"
    share one key."""
    words = re.findall(r"[a-z0-9][a-z0-9-]*", re.sub(r"'s\b", "", normalize(phrase)))
    out = {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words
           if w not in _STOP}
    if len(out) == 1 and next(iter(out)) in POLICY_HEADS | GENERIC_HEADS:
        return ()  # "the new law", "current systems": a head with no issue in it
    return tuple(sorted(out))


def propose_concepts(stance: pd.DataFrame, dictionary: ConceptDictionary | None = None, min_statements: int = 2,
                     limit: int = 100) -> pd.DataFrame:
    """Concepts to put in a dictionary: the corpus's concept phrases (those no entry of ``dictionary`` matches)
    grouped by their content words, a phrase that holds all the words of a more frequent group of two or more
    words joining it ("next general election campaign" → "general election"); a lone policy or generic head
    ("the new law") is no concept. Columns: label (the group's commonest phrase), phrases,
    n_statements, n_speakers, support, oppose; the ``limit`` groups of at least ``min_statements`` statements,
    most statements first."""
    cols = ["label", "phrases", "n_statements", "n_speakers", "support", "oppose"]
    if stance.empty or "target_concept" not in stance:
        return pd.DataFrame(columns=cols)
    s = stance[stance["target_concept"].notna() & stance["target_actor_id"].isna()]
    if dictionary is not None:
        s = s[[dictionary.label(c) is None for c in s["target_concept"]]]
    if s.empty:
        return pd.DataFrame(columns=cols)
    s = s.assign(_key=[group_key(c) for c in s["target_concept"]], _phrase=[normalize(c) for c in s["target_concept"]])
    s = s[s["_key"].map(len) > 0]
    by_key = s.groupby("_key", sort=True)["statement_id"].nunique().sort_values(ascending=False, kind="stable")
    parent: dict[tuple[str, ...], tuple[str, ...]] = {}
    kept: list[tuple[str, ...]] = []
    for key in by_key.index:  # most frequent first: a longer phrase joins the commonest group it contains
        home = next((k for k in kept if 2 <= len(k) < len(key) and set(k) <= set(key)), None)
        parent[key] = home if home is not None else key
        if home is None:
            kept.append(key)
    s = s.assign(_group=s["_key"].map(parent))
    rows: list[dict[str, Any]] = []
    for key, g in s.groupby("_group", sort=False):
        phrases = Counter(g["_phrase"])
        rows.append({"label": sorted(phrases.items(), key=lambda kv: (-kv[1], kv[0]))[0][0],
                     "phrases": sorted(phrases, key=lambda p: (-phrases[p], p)),
                     "n_statements": int(g["statement_id"].nunique()),
                     "n_speakers": int(g["speaker_actor_id"].dropna().nunique()),
                     "support": int((g["polarity"] > 0).sum()), "oppose": int((g["polarity"] < 0).sum())})
    out = pd.DataFrame(rows, columns=cols)
    out = out[out["n_statements"] >= min_statements]
    return out.sort_values(["n_statements", "label"], ascending=[False, True], kind="stable").head(limit) \
        .reset_index(drop=True)


def concepts_stub(proposals: pd.DataFrame) -> str:
    """A concept dictionary to edit (YAML): one entry per proposed group, with its (at most 12 commonest)
    phrases and its counts as a note."""
    head = ("# Concepts proposed from this corpus's statements (analysis.stance.propose_concepts). Edit: rename\n"
            "# labels, merge entries, delete what is no issue, add phrases or regular expressions (patterns);\n"
            "# then run again with  --concepts THIS_FILE  (or the notebooks' `concepts` parameter).\n")
    entries = [{"label": r.label, "phrases": list(r.phrases)[:12],
                "note": f"{r.n_statements} statements, {r.n_speakers} speakers, {r.support} for, {r.oppose} against"}
               for r in proposals.itertuples(index=False)]
    return head + yaml.safe_dump({"concepts": entries}, sort_keys=False, allow_unicode=True, width=110)
