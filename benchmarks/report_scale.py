"""Report at corpus scale: notebook time once the tables exist, report size, Chromium load time, and how big
every chart in the report is (traces, labelled nodes, marker sizes, Sankey links).

    python benchmarks/report_scale.py [../shared/corpora/bbc_news/bbc_news.jsonl] [--repeat 9] [--dates]

``--repeat N`` writes the corpus N times (ids suffixed ``-rK``) to measure a larger run (BBC × 9 = 20,025
articles); ``--dates`` gives repetition K the date 2005-(K+1)-15 so that the period charts have periods to draw
(performance only: the dates are made up). The extraction (2 processes, parse cache in the work folder) is not
part of the report time; the report is then run on the same folder, which re-uses the tables.

Chromium load time: headless Chromium opening the report and dumping its DOM after scripts ran, minus the same
for a blank page in the same run (browser start-up). Limits checked (issue 28): at most 60 labelled nodes and
600 traces in every network figure, no marker over 60 px, at most 60 Sankey links, report under 12 MB.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import BBC, ROOT, require_file  # noqa: E402

NEWPLOT = re.compile(r'Plotly\.newPlot\(\s*"([^"]+)",\s*')


def repeated(src: Path, n: int, dates: bool, work: Path) -> Path:
    if n <= 1 and not dates:
        return src
    target = work / "corpus.jsonl"
    with target.open("w", encoding="utf-8") as out:
        for k in range(max(1, n)):
            for line in src.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                rec = json.loads(line)
                if n > 1:
                    rec["id"] = f"{rec.get('id')}-r{k}"
                if dates:
                    rec["date"] = f"2005-{k % 12 + 1:02d}-15"
                out.write(json.dumps(rec) + "\n")
    return target


def figures(page: str) -> list[dict]:
    """Every plotly figure in the page: its data and layout (the JSON arguments of Plotly.newPlot)."""
    dec = json.JSONDecoder()
    out = []
    for m in NEWPLOT.finditer(page):
        data, end = dec.raw_decode(page, m.end())
        rest = page[end:].lstrip()[1:].lstrip()
        layout, _ = dec.raw_decode(rest)
        out.append({"id": m.group(1), "data": data, "layout": layout})
    return out


def figure_stats(fig: dict) -> dict:
    title = fig["layout"].get("title", {})
    title = title.get("text", "") if isinstance(title, dict) else str(title)
    labelled = sum(1 for t in fig["data"] if t.get("type") == "scatter"
                   for x in (t.get("text") or []) if isinstance(t.get("text"), list) and x)
    sizes = [s for t in fig["data"] for s in (t.get("marker", {}).get("size") if isinstance(
        t.get("marker", {}).get("size"), list) else [t.get("marker", {}).get("size") or 0])]
    links = sum(len(t.get("link", {}).get("value", [])) for t in fig["data"] if t.get("type") == "sankey")
    return {"title": re.sub(r"<br>.*", "", title), "traces": len(fig["data"]), "labelled": labelled,
            "max_marker": max([float(s) for s in sizes if isinstance(s, (int, float))] or [0]), "sankey_links": links}


def chromium_seconds(page: Path, work: Path) -> float:
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if exe is None:
        return float("nan")

    def run(p: Path) -> float:
        t = time.perf_counter()
        subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--no-first-run", f"--user-data-dir={work / 'chr'}", "--dump-dom", p.as_uri()],
                       capture_output=True, timeout=600)
        return time.perf_counter() - t

    blank = work / "blank.html"
    blank.write_text("<html><body>blank</body></html>")
    run(blank)  # warm the browser's files
    return run(page) - run(blank)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(BBC))
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--dates", action="store_true")
    ap.add_argument("--n-process", type=int, default=2)
    ap.add_argument("--work", default=None, help="work folder (kept; default: a new temporary folder)")
    args = ap.parse_args()
    work = Path(args.work or tempfile.mkdtemp(prefix="nw-report-"))
    work.mkdir(parents=True, exist_ok=True)
    src = repeated(require_file(args.path), args.repeat, args.dates, work)
    out, cache = work / "run", work / "cache"
    cmd = [sys.executable, "-m", "analysis", "extract", str(src), "--out", str(out), "--cache-dir", str(cache),
           "--n-process", str(args.n_process), "-q"]
    t = time.perf_counter()
    if src != Path(args.path):  # parse each distinct text once: fill the cache from the corpus itself first
        subprocess.run([*cmd[:4], str(args.path), "--out", str(work / "warm"), *cmd[7:]], check=True, cwd=ROOT)
    subprocess.run(cmd, check=True, cwd=ROOT)
    extract_s = time.perf_counter() - t
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "analysis", "report", *cmd[4:]], check=True, cwd=ROOT,
                   stderr=subprocess.DEVNULL)
    report_s = time.perf_counter() - t
    page = out / "report.html"
    html = page.read_text(encoding="utf-8")
    n = sum(1 for line in src.read_text(encoding="utf-8").splitlines() if line.strip())
    load_s = chromium_seconds(page, work)
    stats = [figure_stats(f) for f in figures(html)]
    print(f"{n:,} articles; extract {extract_s:.1f} s (not counted); report with the tables extracted "
          f"{report_s:.1f} s; report.html {len(html.encode()) / 1e6:.1f} MB; Chromium load {load_s:.1f} s")
    print(f"{'figure':60} {'traces':>6} {'labels':>6} {'max px':>6} {'links':>5}")
    for s in stats:
        print(f"{s['title'][:60]:60} {s['traces']:6} {s['labelled']:6} {s['max_marker']:6.0f} {s['sankey_links']:5}")
    nets = [s for s in stats if s["labelled"]]
    ok = (all(s["labelled"] <= 60 and s["traces"] <= 600 and s["max_marker"] <= 60 for s in nets)
          and all(s["sankey_links"] <= 60 for s in stats) and len(html.encode()) < 12e6)
    print(f"SUMMARY {n} articles: report {report_s:.1f} s, {len(html.encode()) / 1e6:.1f} MB, Chromium "
          f"{load_s:.1f} s, {len(stats)} figures, max traces {max((s['traces'] for s in stats), default=0)}, "
          f"max labels {max((s['labelled'] for s in stats), default=0)}, max marker "
          f"{max((s['max_marker'] for s in stats), default=0):.0f} px, max Sankey links "
          f"{max((s['sankey_links'] for s in stats), default=0)}; limits {'met' if ok else 'NOT met'}")


if __name__ == "__main__":
    main()
