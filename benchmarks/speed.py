"""Extract throughput against spaCy's own nlp.pipe, and a warm (cached) re-run against a cold one.

    python benchmarks/speed.py [../shared/corpora/bbc_news/bbc_news.jsonl] [--limit N] [--n-process 1]
    python benchmarks/speed.py --in-process               # the older measurement: run_extract in this process
    python benchmarks/speed.py --limit 300 --profile      # where a cold extract spends its time

Measured in one run, same model, batch size and process count, each as a whole process from its start to its
exit, as a user runs it (interpreter start, imports, model and registry loading, table writing included):
- bare: a script that reads the JSONL corpus and runs ``spacy.load(model).pipe(texts)`` (the physical limit);
- cold: ``python -m analysis extract CORPUS --out DIR --cache-dir EMPTY`` (parse + mentions + statements +
  stance + co-occurrence + every Parquet/CSV table);
- warm: the same command again into a fresh output folder with the cache filled (nothing parsed).
With ``--in-process`` the three are timed inside this process instead (model loading in bare only).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.corpus import load
from analysis.extract import ExtractParams, run_extract
from analysis.nlp import DEFAULT_MODEL

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, first_lines  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared/corpora/bbc_news/bbc_news.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=50)
    ap.add_argument("--profile", action="store_true", help="profile a cold extract (pyinstrument) and stop")
    ap.add_argument("--in-process", action="store_true", help="time run_extract in this process (older figures)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="nw-speed-"))
    src = first_lines(Path(args.path), args.limit, work)
    texts = list(load([str(src)]).articles["text"])
    if args.profile:
        from pyinstrument import Profiler

        params = ExtractParams(n_process=1, batch_size=args.batch_size)
        with Profiler() as prof:
            run_extract([str(src)], work / "profiled", params, progress=False, cache_dir=False)
        print(prof.output_text(unicode=True, color=False, show_all=False))
        return
    if args.in_process:
        bare, cold, warm = in_process(texts, src, work, args)
    else:
        bare, cold, warm = whole_processes(src, work, args)
    n = len(texts)
    print(f"{n} articles, {sum(map(len, texts)):,} characters; batch {args.batch_size}, {args.n_process} process(es)")
    how = "in this process" if args.in_process else "whole processes"
    print(f"  timed as {how}")
    print(f"  bare nlp.pipe (incl. model load) {bare:8.1f}s  {n / bare:7.1f} articles/s")
    print(f"  extract, cold cache              {cold:8.1f}s  {n / cold:7.1f} articles/s")
    print(f"  extract, warm cache              {warm:8.1f}s  {n / warm:7.1f} articles/s")
    print(f"SUMMARY cold/bare throughput {bare / cold:.3f} (target >= 0.85), warm speed-up {cold / warm:.1f}x "
          f"(target >= 20x)")


BARE = """
import json, sys, spacy
records = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
texts = [f"{r['title']}\\n\\n{r['text']}" if r.get("title") else r["text"] for r in records]  # as the loader does
nlp = spacy.load(sys.argv[2])
if len(sys.argv) > 5:  # the workbook's speed-ups of spaCy's own components (same annotations, tested)
    from analysis.nlp.attribute_rules import speed_up as fast_ruler
    from analysis.nlp.lemmas import speed_up as fast_lemmas
    fast_ruler(nlp), fast_lemmas(nlp)
for _ in nlp.pipe(texts, batch_size=int(sys.argv[3]), n_process=int(sys.argv[4])):
    pass
"""


def _timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def whole_processes(src: Path, work: Path, args: argparse.Namespace) -> tuple[float, float, float]:
    """bare, cold and warm, each a fresh Python process timed from start to exit (and, printed here, bare with
    the workbook's faster attribute ruler and lemmatizer: what the workbook's own stages cost on top)."""
    py = sys.executable
    bare_cmd = [py, "-c", BARE, str(src), DEFAULT_MODEL, str(args.batch_size), str(args.n_process)]
    bare = _timed(bare_cmd)
    fast = _timed(bare_cmd + ["sped-up"])
    cmd = [py, "-m", "analysis", "extract", str(src), "-q", "--n-process", str(args.n_process),
           "--batch-size", str(args.batch_size), "--cache-dir", str(work / "cache")]
    cold = _timed(cmd + ["--out", str(work / "cold")])
    warm = _timed(cmd + ["--out", str(work / "warm")])
    print(f"  bare nlp.pipe, spaCy's attribute ruler and lemmatizer sped up as the workbook does: {fast:.1f}s; "
          f"cold/that {fast / cold:.3f} (the workbook's own stages)")
    return bare, cold, warm


def in_process(texts: list[str], src: Path, work: Path, args: argparse.Namespace) -> tuple[float, float, float]:
    import spacy

    t0 = time.perf_counter()
    nlp = spacy.load(DEFAULT_MODEL)
    t_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=args.batch_size, n_process=args.n_process):
        pass
    bare = time.perf_counter() - t0 + t_load
    params = ExtractParams(n_process=args.n_process, batch_size=args.batch_size)
    t0 = time.perf_counter()
    run_extract([str(src)], work / "cold", params, progress=False, cache_dir=work / "cache")
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    run_extract([str(src)], work / "warm", params, progress=False, cache_dir=work / "cache")
    warm = time.perf_counter() - t0
    return bare, cold, warm


if __name__ == "__main__":
    main()
