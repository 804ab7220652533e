"""Actor resolution on a dated corpus: Reuters-21578 (1987) stories against the people, organizations and
places Reuters' staff indexed each story under.

    python benchmarks/actors_reuters.py [../shared/corpora/reuters21578_people_orgs/reuters21578_people_orgs.jsonl]
                                        [--limit N] [--misses N]

The index terms are document-level and incomplete (a story that mentions Baker in passing is not indexed
under him), so the figure is recall: the share of (story, index term) pairs the workbook finds as an actor of
that story. The baseline, timed in the same run, is the bare spaCy model's entity strings with the same
matching. Matching:
- people (`reagan`, `james-baker`, `de-clercq`): a person actor whose name ends with the term's words, or has
  its first and last word ("James A. Baker"; "Baker" alone is not `james-baker`). The
  workbook is also scored on how it names the person it found: a registered actor (with country and role)
  and a full name, not a bare surname;
- organizations (`imf`, `ec`): a non-person actor, or for the baseline an ORG string, named by one of the
  term's names (``ORG_NAMES``; the term itself as an acronym otherwise);
- places (`usa`, `west-germany`): a state actor with the term's ISO 3166 code; for the baseline a GPE string
  that pycountry resolves to that code.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import first_lines  # noqa: E402

from analysis.extract import ExtractParams, run_extract
from analysis.nlp import DEFAULT_MODEL

DEFAULT = Path(__file__).resolve().parent.parent.parent / \
    "shared/corpora/reuters21578_people_orgs/reuters21578_people_orgs.jsonl"

# Reuters organization codes that are not the organization's acronym, and the names a story uses for them
ORG_NAMES = {
    "ec": ["European Community", "European Communities", "European Economic Community", "EC", "EEC",
           "European Commission", "EC Commission", "Common Market"],
    "worldbank": ["World Bank"], "un": ["United Nations", "UN", "U.N."],
    "ico-coffee": ["International Coffee Organization", "International Coffee Organisation", "ICO"],
    "icco": ["International Cocoa Organization", "International Cocoa Organisation", "ICCO"],
    "adb-asia": ["Asian Development Bank", "ADB"], "adb-africa": ["African Development Bank", "ADB", "AfDB"],
    "itc": ["International Tin Council", "ITC"], "inro": ["International Natural Rubber Organization", "INRO"],
    "imf": ["International Monetary Fund", "IMF"], "opec": ["OPEC", "Organization of Petroleum Exporting Countries"],
    "gatt": ["GATT", "General Agreement on Tariffs and Trade"],
    "oecd": ["OECD", "Organisation for Economic Cooperation and Development",
             "Organization for Economic Cooperation and Development"],
    "unctad": ["UNCTAD", "United Nations Conference on Trade and Development"],
    "fao": ["FAO", "Food and Agriculture Organization"], "eib": ["European Investment Bank", "EIB"],
    "iea": ["International Energy Agency", "IEA"], "ida": ["International Development Association", "IDA"],
    "gcc": ["Gulf Cooperation Council", "GCC"], "asean": ["ASEAN", "Association of Southeast Asian Nations"],
}
PLACE_CODES = {"uk": "GBR", "usa": "USA", "ussr": "RUS", "west-germany": "DEU", "south-korea": "KOR",
               "north-korea": "PRK", "taiwan": "TWN", "hong-kong": "HKG", "ivory-coast": "CIV", "iran": "IRN",
               "bolivia": "BOL", "venezuela": "VEN", "tanzania": "TZA", "vietnam": "VNM", "syria": "SYR",
               "south-africa": "ZAF", "czechoslovakia": None, "east-germany": None, "yugoslavia": None}


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower().replace("'s", "")).strip("-")


def person_match(term: str, name: str) -> bool:
    """The name ends with the term's words ("Willy De Clercq" is `de-clercq`, "Paul Volcker" `volcker`), or has
    its first and last word ("James A. Baker" is `james-baker`; "Baker" alone is not)."""
    g, a = term.split("-"), slug(name).split("-")
    return a[-len(g):] == g or (len(g) > 1 and len(a) > 1 and a[0] == g[0] and a[-1] == g[-1])


def org_names(code: str) -> set[str]:
    return {slug(n) for n in ORG_NAMES.get(code, [code])}


def iso3(code: str) -> str | None:
    if code in PLACE_CODES:
        return PLACE_CODES[code]
    try:
        return pycountry.countries.lookup(code.replace("-", " ")).alpha_3
    except LookupError:
        return None


def gpe_iso3(text: str) -> str | None:
    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--misses", type=int, default=0, help="print this many missed terms of each kind")
    ap.add_argument("--examples", type=int, default=0, help="with --misses: the persons found where a term was missed")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = first_lines(Path(args.corpus), args.limit, Path(tmp))
        stories = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
        t0 = time.perf_counter()
        ex = run_extract([str(corpus)], Path(tmp) / "out", ExtractParams(n_process=1), progress=False,
                         cache_dir=False)
        t_work = time.perf_counter() - t0
        mentions, articles = ex.mentions, ex.articles  # read now: the tables live in the temporary folder
        import spacy

        nlp = spacy.load(DEFAULT_MODEL)
        t0 = time.perf_counter()  # the same text the workbook reads (title and body)
        bare = {a: [(e.text, e.label_) for e in doc.ents]
                for a, doc in zip(articles.article_id, nlp.pipe(list(articles.text), batch_size=64))}
        t_bare = time.perf_counter() - t0
    by_article = {a: g for a, g in mentions.groupby("article_id")}
    rows = []
    for s in stories:
        m = by_article.get(s["id"], mentions.iloc[0:0])
        persons = m[m.actor_type == "person"].drop_duplicates("actor_id")
        others = m[m.actor_type != "person"]
        other_names = {slug(n) for n in others.actor_name.dropna()} | {slug(t) for t in others.text}
        states = set(m.loc[m.actor_type == "state", "actor_id"])
        b = bare.get(s["id"], [])
        for term in s["people"]:
            hit = [r for r in persons.itertuples() if person_match(term, r.actor_name)]
            rows.append({"kind": "people", "term": term, "article": s["id"],
                         "bare": any(lab == "PERSON" and person_match(term, t) for t, lab in b),
                         "workbook": bool(hit),
                         "registered": any(":" not in r.actor_id for r in hit),
                         "full_name": any(len(str(r.actor_name).split()) > 1 for r in hit)})
        for code in s["orgs"]:
            names = org_names(code)
            rows.append({"kind": "orgs", "term": code, "article": s["id"],
                         "bare": any(lab == "ORG" and slug(t) in names for t, lab in b),
                         "workbook": bool(names & other_names)})
        for code in s["places"]:
            cc = iso3(code)
            if cc is None:
                continue
            rows.append({"kind": "places", "term": code, "article": s["id"],
                         "bare": any(lab == "GPE" and gpe_iso3(t) == cc for t, lab in b),
                         "workbook": cc in states})
    df = pd.DataFrame(rows)
    print(f"Reuters-21578 (1987): {len(stories)} stories; workbook extract {t_work:.1f} s, bare spaCy NER "
          f"{t_bare:.1f} s")
    out = df.groupby("kind").agg(pairs=("term", "size"), terms=("term", "nunique"), recall_bare=("bare", "mean"),
                                 recall_workbook=("workbook", "mean")).round(3)
    print(out.to_string())
    ppl = df[(df.kind == "people") & df.workbook]
    print(f"people found by the workbook: {len(ppl)}; as a registered actor {ppl.registered.mean():.3f}, "
          f"under a full name {ppl.full_name.mean():.3f}")
    r = out["recall_workbook"]
    print(f"SUMMARY recall people={r.get('people', float('nan')):.3f} orgs={r.get('orgs', float('nan')):.3f} "
          f"places={r.get('places', float('nan')):.3f} (bare spaCy: people={out['recall_bare'].get('people', 0):.3f} "
          f"orgs={out['recall_bare'].get('orgs', 0):.3f} places={out['recall_bare'].get('places', 0):.3f})")
    if args.misses:
        if args.examples:
            for r in df[(df.kind == "people") & ~df.workbook & df.bare].head(args.examples).itertuples():
                names = sorted(set(mentions.loc[(mentions.article_id == r.article) & (mentions.actor_type == "person"),
                                                "actor_name"]))
                print(f"  missed {r.term} in {r.article}: workbook persons {names}")
        miss = df[(df.kind == "people") & ~df.workbook].term.value_counts().head(args.misses)
        print("most missed people terms:", ", ".join(f"{t} {n}" for t, n in miss.items()))
        miss = df[(df.kind == "orgs") & ~df.workbook].term.value_counts().head(args.misses)
        print("most missed organization terms:", ", ".join(f"{t} {n}" for t, n in miss.items()))
        miss = df[(df.kind == "places") & ~df.workbook].term.value_counts().head(args.misses)
        print("most missed place terms:", ", ".join(f"{t} {n}" for t, n in miss.items()))


if __name__ == "__main__":
    main()
