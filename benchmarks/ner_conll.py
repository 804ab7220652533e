"""Entity extraction quality on CoNLL-2003 gold: the bare spaCy model versus the workbook's pipeline.

Exact-span precision / recall / F1 for PER, ORG, LOC (spaCy PERSON→PER, GPE/LOC/FAC→LOC, ORG→ORG; MISC and
NORP are not scored). Documents are parsed whole (sentences joined by newlines) so both pipelines see context.

    python benchmarks/ner_conll.py [../shared/corpora/conll2003_train/train.jsonl] [--limit N] [--cv]
                                   [--mentions OUT.parquet]

The workbook's entity classifier (``analysis.entity_classifier``) is trained on this split, so the honest
figure is ``--cv``: each document is scored with a classifier trained on the other four folds. Without
``--cv`` the shipped classifier scores its own training data (in-sample, optimistic).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.actors import doc_mentions, resolve
from analysis.nlp import DEFAULT_MODEL, load_pipeline, paragraph_starts, parse
from analysis.registry import load_registry

MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
SEP = "\n\n"  # CoNLL separates sentences by a blank line; so do we
DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared/corpora/conll2003_train/train.jsonl"


def load_docs(path: Path, limit: int | None):
    docs: dict[int, list[dict]] = defaultdict(list)
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        if r["tokens"] and r["tokens"][0] == "-DOCSTART-":
            continue
        docs[r["doc_index"]].append(r)
    out = []
    for di in sorted(docs)[: limit or None]:
        text, gold, off = [], set(), 0
        for r in docs[di]:
            for e in r["entities"]:
                if e["label"] in ("PER", "ORG", "LOC"):
                    gold.add((e["start_char"] + off, e["end_char"] + off, e["label"]))
            text.append(r["text"])
            off += len(r["text"]) + len(SEP)
        out.append((f"conll-{di}", SEP.join(text), gold))
    return out


def score(pred: dict[str, set], gold: dict[str, set]) -> pd.DataFrame:
    rows = []
    for lab in ("PER", "ORG", "LOC", "micro"):
        tp = fp = fn = 0
        for k in gold:
            g = {x for x in gold[k] if lab == "micro" or x[2] == lab}
            p = {x for x in pred.get(k, set()) if lab == "micro" or x[2] == lab}
            tp += len(g & p)
            fp += len(p - g)
            fn += len(g - p)
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        rows.append({"label": lab, "precision": pr, "recall": rc, "f1": 2 * pr * rc / (pr + rc) if pr + rc else 0.0,
                     "tp": tp, "fp": fp, "fn": fn})
    return pd.DataFrame(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=None, help="first N documents only")
    ap.add_argument("--cv", action="store_true", help="score with 5-fold held-out entity classifiers")
    ap.add_argument("--mentions", default=None, help="write the pipeline's mentions table here (Parquet)")
    args = ap.parse_args()
    docs = load_docs(Path(args.path), args.limit)
    gold = {k: g for k, _, g in docs}
    texts = [(t, k) for k, t, _ in docs]
    import spacy

    bare = spacy.load(DEFAULT_MODEL)
    t0 = time.perf_counter()
    pred_bare = {k: {(e.start_char, e.end_char, MAP[e.label_]) for e in d.ents if e.label_ in MAP}
                 for d, k in bare.pipe(texts, as_tuples=True, batch_size=50)}
    t_bare = time.perf_counter() - t0
    nlp = load_pipeline(DEFAULT_MODEL, None)
    registry = load_registry()
    t0 = time.perf_counter()
    raw = []
    arts = pd.DataFrame({"article_id": [k for k, _, _ in docs], "text": [t for _, t, _ in docs], "date": None})
    if args.cv:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
        from train_entities import featurize, fit, fold_of

        data = featurize(Path(args.path), args.limit)
        models = {f: fit(data, [i for i in sorted(data) if fold_of(i) != f]) for f in range(5)}
        pieces = [(data[k][0], models[fold_of(k)]) for k, _, _ in docs]
    else:
        pieces = [(piece, None) for piece in parse(arts, nlp, batch_size=50)]
    for piece, model in pieces:
        rows, _ = doc_mentions(piece, 0, paragraph_starts(piece.source), ("PERSON", "ORG", "GPE", "LOC", "FAC"),
                               entity_model=model)
        raw.extend(rows)
    mentions = resolve(pd.DataFrame(raw), arts, registry)
    t_pipe = time.perf_counter() - t0
    m = mentions[mentions.label.isin(MAP)]
    pred_pipe: dict[str, set] = defaultdict(set)
    for k, s, e, lab in zip(m.article_id, m.start_char, m.end_char, m.label):
        pred_pipe[k].add((s, e, MAP[lab]))
    if args.mentions:
        mentions.to_parquet(args.mentions, index=False)
    sb, sp = score(pred_bare, gold), score(pred_pipe, gold)
    table = sb.merge(sp, on="label", suffixes=("_bare", "_workbook"))
    pd.set_option("display.width", 200)
    print(f"CoNLL-2003 train ({'5-fold held-out entity classifier' if args.cv else 'shipped entity classifier: in-sample'}): {len(docs)} documents, {sum(len(g) for g in gold.values())} gold PER/ORG/LOC spans")
    print(table[["label", "precision_bare", "recall_bare", "f1_bare", "precision_workbook", "recall_workbook",
                 "f1_workbook"]].round(3).to_string(index=False))
    print(f"time: bare {t_bare:.1f}s, workbook {t_pipe:.1f}s")
    fb, fw = sb.set_index("label").f1["micro"], sp.set_index("label").f1["micro"]
    print(f"SUMMARY micro F1 bare={fb:.3f} workbook={fw:.3f} target>=0.70 {'PASS' if fw >= 0.70 else 'FAIL'}")


if __name__ == "__main__":
    main()
