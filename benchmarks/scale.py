"""Scaling: processes, corpus-wide aggregation and peak memory, measured side by side in one run.

    python benchmarks/scale.py [../shared/corpora/bbc_news/bbc_news.jsonl] [--big 20000] [--limit N] [--cold-memory]

1. ``extract`` cold (empty cache) with ``--n-process 1`` and ``2``: the speed-up (target >= 1.7x on 2 cores);
2. the corpus-wide steps (co-occurrence, actors table, ad-hoc names) against the parse time, from the
   manifest's timings of the 1-process run (target < 5%);
3. peak memory (max RSS of the extract process and of its largest child) on the corpus and on the corpus
   repeated with distinct ids up to ``--big`` articles. Each run is its own process. By default both memory
   runs read parse results from a shared cache (the repeated texts are cache hits), which isolates the table
   building; ``--cold-memory`` parses both from scratch (slow: ~15 minutes for 20,000 articles on 2 cores).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BBC as DEFAULT  # noqa: E402
from common import ROOT, first_lines

CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[5])
from analysis.extract import ExtractParams, run_extract
t0 = time.perf_counter()
ex = run_extract([sys.argv[1]], sys.argv[2], ExtractParams(n_process=int(sys.argv[3])), progress=False,
                 cache_dir=(sys.argv[4] if sys.argv[4] != "-" else False))
print(json.dumps({"seconds": time.perf_counter() - t0, "timings": ex.manifest["timings_s"], "n": ex.manifest["n"],
                  "rss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "rss_child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def run(corpus: Path, out: Path, n_process: int, cache: Path | None) -> dict:
    r = subprocess.run([sys.executable, "-c", CHILD, str(corpus), str(out), str(n_process), str(cache or "-"),
                        str(ROOT)], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(r.stderr[-3000:])
    return json.loads(r.stdout.strip().splitlines()[-1])


def repeat(src: Path, target: Path, n: int) -> Path:
    """The corpus repeated with distinct ids (``id~repK``) up to n records."""
    recs = [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines() if line.strip()]
    with open(target, "w", encoding="utf-8") as f:
        for i in range(n):
            r = dict(recs[i % len(recs)])
            r["id"] = f"{r.get('id', i % len(recs))}~rep{i // len(recs)}"
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return target


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    ap.add_argument("--big", type=int, default=20_000, help="articles in the repeated corpus (0: skip)")
    ap.add_argument("--cold-memory", action="store_true")
    ap.add_argument("--memory-processes", type=int, default=1, help="--n-process of the memory runs")
    ap.add_argument("--skip-speed", action="store_true", help="only the memory runs")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="nw-scale-"))
    src = first_lines(Path(args.path), args.limit, work)
    summary = "SUMMARY"
    if not args.skip_speed:
        one = run(src, work / "p1", 1, None)
        two = run(src, work / "p2", 2, None)
        n = one["n"]["articles"]
        speedup = one["seconds"] / two["seconds"]
        t = one["timings"]
        share = t["aggregate"] / t["parse_and_mentions"]
        print(f"{n} articles ({src})")
        print("| run | seconds | articles/s | peak RSS MB (main / largest child) |")
        print("|---|---:|---:|---:|")
        for name, r in (("extract cold, 1 process", one), ("extract cold, 2 processes", two)):
            print(f"| {name} | {r['seconds']:.1f} | {n / r['seconds']:.1f} | {r['rss_self_mb']:.0f} / "
                  f"{r['rss_child_mb']:.0f} |")
        print(f"corpus-wide aggregation {t['aggregate']:.2f}s vs parse-and-derive {t['parse_and_mentions']:.2f}s "
              f"(1 process): {100 * share:.1f}%")
        summary += (f" 2 vs 1 process {speedup:.2f}x (target >= 1.7x); aggregation {100 * share:.1f}% of parse "
                    f"(< 5%);")
    if args.big:
        big = repeat(src, work / "big.jsonl", args.big)
        cache = None if args.cold_memory else work / "cache"
        k = args.memory_processes
        if cache:
            run(src, work / "warmup", 2, cache)  # fill the cache: both memory runs then parse nothing
        small = run(src, work / "m_small", k, cache)
        large = run(big, work / "m_big", k, cache)
        mode = "cold (parsed)" if args.cold_memory else "parse results from the cache"
        print(f"\npeak memory, {k} process(es), {mode}:")
        print("| articles | mentions | seconds | peak RSS MB: main | largest child |")
        print("|---:|---:|---:|---:|---:|")
        for r in (small, large):
            print(f"| {r['n']['articles']} | {r['n']['mentions']} | {r['seconds']:.1f} | {r['rss_self_mb']:.0f} | "
                  f"{r['rss_child_mb']:.0f} |")
        peak = [max(r["rss_self_mb"], r["rss_child_mb"]) for r in (small, large)]
        ratio = peak[1] / peak[0]
        summary += (f" peak memory ({mode}) {large['n']['articles']} vs {small['n']['articles']} articles "
                    f"{ratio:.2f}x (< 1.5x)")
    print(summary)


if __name__ == "__main__":
    main()
