"""Whether a coloured cell of "who is for or against whom" means what a reader takes it to mean (issue 27).

    python benchmarks/stance_cells.py CORPUS [--run DIR] [--top 25] [--judged FILE] [--blind OUT]

A reader of the report's stance matrix takes a red cell as "A attacks B" and a blue one as "A backs B". This
script takes the cells the report colours visibly (|colour| ≥ 0.3 on the −1…1 scale: the net side of the sided
statements, shrunk by one; ``charts.stance_matrix_figure``) among the ``--top`` speakers × targets, and scores
each cell's side against a coder's judgment of the same (speaker, target) pair:

- ``--blind OUT`` writes ``OUT_cells.jsonl`` for a coder — each cell's speaker, target and up to ten of the
  pair's evidence sentences (sided and neutral rows alike, shuffled), nothing of either system's side — and
  ``OUT_key.json`` with both systems' sides;
- ``--judged FILE`` (JSONL: speaker, target, stance = for / against / mixed / none) scores the cells the coder
  judged: a cell is right when the coder's stance is its side ("mixed" and "none" count against it); with
  ``--blind`` too, only the cells not judged yet are written (a larger ``--top``, or a later run, adds cells).

The baseline, in the same run, colours the same cells by sentence sentiment: the sign of the sum of VADER signs
(|compound| ≥ 0.05) of the pair's evidence sentences. CORPUS is extracted into a temporary folder unless
``--run`` gives a run folder of it. The judged files in ``benchmarks/devsets/stance/`` hold a coder's judgments
(a helper agent reading each cell's sentences blind) of the PolNeAR and BBC matrices at the commit they name.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VISIBLE = 0.3  # a cell whose colour is at least this far from white reads as a side


def cells(stance: pd.DataFrame, top: int) -> pd.DataFrame:
    """The matrix's visibly coloured cells: speaker, target, the workbook's side, VADER's side, sided and all rows,
    and the pair's distinct evidence sentences."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from analysis.report import charts

    fig = charts.stance_matrix_figure(stance, top)
    if isinstance(fig, charts.Note):
        return pd.DataFrame(columns=["speaker", "target", "workbook", "vader", "n_rows", "n_sided", "sentences"])
    h = fig.data[0]
    s = stance.dropna(subset=["speaker_actor_id"]).copy()
    s["target"] = s["target_name"].fillna(s["target_concept"])
    s["speaker"] = s["speaker_name"].fillna(s["speaker_actor_id"])
    va = SentimentIntensityAnalyzer()
    out = []
    for i, sp in enumerate(h.y):
        for j, t in enumerate(h.x):
            z = h.z[i][j]
            if z is None or abs(z) < VISIBLE:
                continue
            rows = s[(s["speaker"] == sp) & (s["target"] == t)]
            scores = [va.polarity_scores(str(e))["compound"] for e in rows["evidence"]]
            v = sum(np.sign(c) for c in scores if abs(c) >= 0.05)
            out.append({"speaker": sp, "target": t, "workbook": "for" if z > 0 else "against",
                        "vader": "for" if v > 0 else "against" if v < 0 else "none", "n_rows": len(rows),
                        "n_sided": int((rows["polarity"] != 0).sum()),
                        "sentences": list(dict.fromkeys(" ".join(str(e).split()) for e in rows["evidence"]))})
    return pd.DataFrame(out)


def write_blind(c: pd.DataFrame, out: str, seed: int = 0) -> None:
    rng = random.Random(seed)
    items, key = [], {}
    for k, r in enumerate(c.itertuples()):
        sents = list(r.sentences)
        rng.shuffle(sents)
        cid = f"c{k:03d}"
        items.append({"id": cid, "speaker": r.speaker, "target": r.target, "sentences": sents[:10]})
        key[cid] = {"speaker": r.speaker, "target": r.target, "workbook": r.workbook, "vader": r.vader,
                    "n_rows": r.n_rows, "n_sided": r.n_sided}
    rng.shuffle(items)
    Path(out + "_cells.jsonl").write_text("".join(json.dumps(x) + "\n" for x in items), encoding="utf-8")
    Path(out + "_key.json").write_text(json.dumps(key, indent=1), encoding="utf-8")
    print(f"{len(items)} cells for a coder: {out}_cells.jsonl (key: {out}_key.json)")


def score(c: pd.DataFrame, judged: Path) -> None:
    j = pd.DataFrame([json.loads(x) for x in judged.read_text(encoding="utf-8").splitlines() if x.strip()])
    m = c.merge(j[["speaker", "target", "stance"]], on=["speaker", "target"], how="inner")
    print(f"{len(c)} coloured cells; {len(m)} judged ({len(c) - len(m)} not in {judged.name})")
    if m.empty:
        return
    print(f"{'cells':<34}{'n':>5}{'workbook':>10}{'VADER':>8}")
    for label, sel in (("all judged", m), ("resting on 1 sided statement", m[m.n_sided == 1]),
                       ("on 2", m[m.n_sided == 2]), ("on 3 or more", m[m.n_sided >= 3])):
        if len(sel):
            print(f"{label:<34}{len(sel):>5}{(sel.stance == sel.workbook).mean():>10.3f}"
                  f"{(sel.stance == sel.vader).mean():>8.3f}")
    print("coder's stances:", {k: int(v) for k, v in m.stance.value_counts().items()})
    print(f"SUMMARY stance cells ({judged.name}): workbook right {(m.stance == m.workbook).mean():.3f} of {len(m)} "
          f"judged coloured cells; VADER on the same cells {(m.stance == m.vader).mean():.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", help="the corpus the run is of (extracted unless --run)")
    ap.add_argument("--run", default=None, help="a run folder of CORPUS")
    ap.add_argument("--top", type=int, default=25, help="speakers and targets of the matrix (the report's 25)")
    ap.add_argument("--judged", default=None, help="a coder's judgments (JSONL: speaker, target, stance)")
    ap.add_argument("--blind", default=None, help="write the cells for a coder to OUT_cells.jsonl")
    args = ap.parse_args()
    from analysis.extract import ExtractParams, read_extracted, run_extract

    if args.run:
        ex = read_extracted(args.run)
    else:
        work = Path(tempfile.mkdtemp(prefix="nw-stance-cells-"))
        ex = run_extract([args.corpus], work / "run", ExtractParams(), progress=False, cache_dir=False)
    c = cells(ex.stance, args.top)
    if args.judged:
        score(c, Path(args.judged))
    if args.blind:  # with --judged, only the cells the coder has not judged yet
        done = set()
        if args.judged:
            done = {(j["speaker"], j["target"]) for j in map(json.loads, Path(args.judged).read_text(
                encoding="utf-8").splitlines()) if j}
        write_blind(c[[(a, b) not in done for a, b in zip(c["speaker"], c["target"])]], args.blind)
    if not args.blind and not args.judged:
        print(f"{len(c)} coloured cells; give --judged FILE to score them or --blind OUT to write them for a coder")


if __name__ == "__main__":
    main()
