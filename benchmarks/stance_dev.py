"""Who is for or against whom, end to end: the stance table against a coder's annotations (issue 27).

    python benchmarks/stance_dev.py [--shared ../shared/corpora] [--run DIR] [--show N]

The dev set (``benchmarks/devsets/stance/``: 30 articles of BBC News and PolNeAR, annotated by the guide there)
lists every (speaker, target, polarity, evidence) a careful coder records. The workbook extracts the same
articles (read from the shared corpora; or ``--run DIR``, a run folder of those articles) and its stance rows
with a known speaker become (article, speaker, target, polarity) triples, one per distinct triple.

Scores, over the non-neutral (support / oppose) triples:
- precision: system triples that match a coder's triple of the same article (speaker and target match, same
  polarity); recall: coder's triples matched by a system triple; F1;
- the same for actor targets only (the cells of the actor × actor matrix);
- baseline, in the same run: the same (speaker, target) pairs of the system with the polarity given by the sign
  of VADER's compound score of the evidence sentence (|compound| < 0.05: neutral, left out), i.e. what sentence
  sentiment would draw.

With ``annotations_b.jsonl`` (a second coder's rows for some of the articles, made without seeing the first's), the
same scores of the second coder against the first: how far two careful coders agree, the ceiling a tool can be
held to.

Names match when their normalized forms are equal, when one is the other's last word (a surname), or when all
the words of the shorter are in the longer ("Blair" / "Tony Blair", "Labour" / "the Labour Party"); concepts
match when half the content words of the shorter are in the longer.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEV = ROOT / "benchmarks" / "devsets" / "stance"
SHARED = ROOT.parent / "shared" / "corpora"
STOP = {"the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "its", "his", "her", "their", "that", "with",
        "by", "from", "at", "as", "is", "be", "this", "these", "those", "mr", "mrs", "ms", "dr", "sir", "party"}


def words(s: object) -> list[str]:
    text = str(s or "").lower().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    return [w.rstrip("s") if len(w) > 3 else w for w in re.findall(r"[a-z0-9]+", text) if w not in STOP]


SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def name_match(a: object, b: object) -> bool:
    """Equal, one word and the same last word, or a subset of the other's words; middle initials and generational
    suffixes aside ("Patrick W. Carlineo" is "Patrick Carlineo Jr.")."""
    wa, wb = words(a), words(b)
    if len(wa) > 1 and len(wb) > 1:
        wa = [w for w in wa if len(w) > 1 and w not in SUFFIXES] or wa
        wb = [w for w in wb if len(w) > 1 and w not in SUFFIXES] or wb
    if not wa or not wb:
        return False
    if wa == wb or wa[-1:] == wb[-1:] and min(len(wa), len(wb)) == 1:
        return True
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return set(short) <= set(long_)


def concept_match(a: object, b: object) -> bool:
    wa, wb = set(words(a)), set(words(b))
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.5


def target_match(gold: dict, target: object, kind: str) -> bool:
    if gold["target_kind"] == "actor" and kind == "actor":
        return name_match(gold["target"], target)
    return concept_match(gold["target"], target) or name_match(gold["target"], target)


def load_gold() -> pd.DataFrame:
    rows = [json.loads(x) for x in (DEV / "annotations.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    return pd.DataFrame(rows)


def extract(ids: list[str], shared: Path, work: Path):
    from analysis.extract import ExtractParams, run_extract

    want = set(ids)
    src = work / "dev.jsonl"
    with src.open("w", encoding="utf-8") as out:
        for path in (shared / "bbc_news/bbc_news.jsonl", shared / "polnear_train/articles.jsonl"):
            for line in path.read_text(encoding="utf-8").splitlines():
                r = json.loads(line)
                if r["id"] in want:
                    out.write(json.dumps({k: r.get(k) for k in ("id", "title", "date", "source", "text")}) + "\n")
    return run_extract([str(src)], work / "run", ExtractParams(n_process=1), progress=False, cache_dir=False)


def system_triples(stance: pd.DataFrame) -> pd.DataFrame:
    s = stance.dropna(subset=["speaker_actor_id"]).copy()
    s["target"] = s["target_name"].fillna(s["target_concept"])
    s["kind"] = s["target_actor_id"].notna().map({True: "actor", False: "concept"})
    s["speaker"] = s["speaker_name"].fillna(s["speaker_actor_id"])
    s = s.dropna(subset=["target"])
    return s[["article_id", "speaker", "target", "kind", "polarity", "evidence"]].reset_index(drop=True)


def vader_sign(texts: pd.Series) -> pd.Series:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    v = SentimentIntensityAnalyzer()
    c = texts.fillna("").map(lambda t: v.polarity_scores(" ".join(str(t).split()))["compound"])
    return c.map(lambda x: 1 if x >= 0.05 else -1 if x <= -0.05 else 0)


def score(system: pd.DataFrame, gold: pd.DataFrame, actors_only: bool = False) -> dict:
    """Precision, recall and F1 over non-neutral triples (see the module's doc)."""
    sys_nn = system[system["polarity"] != 0].drop_duplicates(["article_id", "speaker", "target", "polarity"])
    gold_nn = gold[gold["polarity"] != 0]
    if actors_only:
        sys_nn = sys_nn[sys_nn["kind"] == "actor"]
        gold_nn = gold_nn[gold_nn["target_kind"] == "actor"]
    by_article = {aid: g.to_dict("records") for aid, g in gold_nn.groupby("article_id")}
    hit_gold: set[int] = set()
    correct = 0
    matched_rows = []
    for r in sys_nn.itertuples(index=False):
        hits = [g for g in by_article.get(r.article_id, []) if g["polarity"] == r.polarity
                and name_match(g["speaker"], r.speaker) and target_match(g, r.target, r.kind)]
        if hits:
            correct += 1
            hit_gold.update((r.article_id, g["speaker"], g["target"], g["polarity"]) for g in hits)
        matched_rows.append(bool(hits))
    n_gold = len(gold_nn)
    recall_hits = sum((g["article_id"], g["speaker"], g["target"], g["polarity"]) in hit_gold
                      for g in gold_nn.to_dict("records"))
    p = correct / len(sys_nn) if len(sys_nn) else 0.0
    r_ = recall_hits / n_gold if n_gold else 0.0
    f = 2 * p * r_ / (p + r_) if p + r_ else 0.0
    return {"system": len(sys_nn), "correct": correct, "gold": n_gold, "found": recall_hits, "precision": p,
            "recall": r_, "f1": f, "matched": matched_rows}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(SHARED))
    ap.add_argument("--run", default=None, help="a run folder of the dev articles (default: extract them now)")
    ap.add_argument("--show", type=int, default=0, help="print N wrong system rows, to read")
    args = ap.parse_args()
    gold = load_gold()
    ids = [x.strip() for x in (DEV / "articles.txt").read_text().splitlines() if x.strip()]
    if args.run:
        from analysis.extract import read_extracted

        ex = read_extracted(args.run)
    else:
        ex = extract(ids, Path(args.shared), Path(tempfile.mkdtemp(prefix="nw-stance-dev-")))
    system = system_triples(ex.stance)
    baseline = system.assign(polarity=vader_sign(system["evidence"]))
    print(f"{len(ids)} articles; coder: {len(gold)} rows ({int((gold.polarity != 0).sum())} for/against); "
          f"workbook: {len(system)} stance rows with a speaker and a target")
    print(f"{'':34} {'rows':>5} {'right':>6} {'prec':>6} {'recall':>6} {'F1':>6}")
    results = {}
    for label, rows, actors_only in (("workbook, all targets", system, False), ("VADER sign, all targets", baseline, False),
                                     ("workbook, actor targets", system, True), ("VADER sign, actor targets", baseline, True)):
        s = score(rows, gold, actors_only)
        results[label] = s
        print(f"{label:34} {s['system']:5} {s['correct']:6} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}")
    if args.show:
        nn = system[system["polarity"] != 0].drop_duplicates(["article_id", "speaker", "target", "polarity"])
        wrong = nn[[not m for m in results["workbook, all targets"]["matched"]]]
        for r in wrong.head(args.show).itertuples(index=False):
            print(f"- {r.article_id}: {r.speaker} → {r.target} ({r.polarity:+d}): {' '.join(str(r.evidence).split())[:200]}")
    second = DEV / "annotations_b.jsonl"
    if second.exists():  # a second coder's rows for some articles: how far two careful coders agree
        b_rows = pd.DataFrame([json.loads(x) for x in second.read_text(encoding="utf-8").splitlines() if x.strip()])
        arts = set(b_rows["article_id"])
        as_sys = b_rows.rename(columns={"target_kind": "kind"})[["article_id", "speaker", "target", "kind",
                                                                  "polarity"]]
        g_a = gold[gold["article_id"].isin(arts)]
        agree = score(as_sys, g_a)
        mine = score(system[system["article_id"].isin(arts)], g_a)
        def exact(df: pd.DataFrame) -> set:  # the same words for speaker and target, no partial match
            return {(r.article_id, tuple(words(r.speaker)), tuple(sorted(set(words(r.target)))), r.polarity)
                    for r in df.itertuples() if r.polarity != 0}
        ea, eb = exact(g_a), exact(b_rows)
        strict = 2 * len(ea & eb) / max(1, len(ea) + len(eb))
        print(f"second coder on {len(arts)} articles ({len(b_rows)} rows) against the first (exact words: F1 "
              f"{strict:.3f}; as the workbook is scored): "
              f"P {agree['precision']:.3f} R {agree['recall']:.3f} F1 {agree['f1']:.3f}; "
              f"the workbook on the same articles: P {mine['precision']:.3f} R {mine['recall']:.3f} "
              f"F1 {mine['f1']:.3f}")
    w, b = results["workbook, all targets"], results["VADER sign, all targets"]
    print(f"SUMMARY stance dev set: workbook P {w['precision']:.3f} R {w['recall']:.3f} F1 {w['f1']:.3f}; "
          f"VADER baseline F1 {b['f1']:.3f}; F1 gain {w['f1'] - b['f1']:+.3f} (targets: P >= 0.80, R >= 0.50, "
          f"gain >= 0.15)")


if __name__ == "__main__":
    main()
