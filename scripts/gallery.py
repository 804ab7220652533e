"""Write the README's chart gallery (docs/gallery/*.png) from run folders, with the report's own chart calls.

    python scripts/gallery.py RUN_DIR [--dated DATED_RUN_DIR] [--out docs/gallery]

RUN_DIR: a run on a large corpus (the gallery uses BBC News, 2,225 articles); DATED_RUN_DIR: a run on a dated
corpus for the period charts (Reuters-21578, 1,716 articles). Needs Chromium for kaleido (Debian's chromium).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.extract import read_extracted  # noqa: E402
from analysis.report import charts, views  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("run")
    ap.add_argument("--dated", default=None)
    ap.add_argument("--out", default=str(ROOT / "docs" / "gallery"))
    args = ap.parse_args()
    out = Path(args.out)
    ex = read_extracted(args.run)
    figs = {
        "actor_network": views.actor_network(ex, 40),
        "stance_matrix": charts.stance_matrix_figure(ex.stance, 25),
        "stance_network": views.stance_network(ex, 40),
        "sankey": charts.sankey_figure(ex.statements, ex.stance, ex.actors, 12),
        "congruence": views.congruence(ex, 40),
        "heatmap": charts.heatmap_figure(ex.edges, ex.actors, "n_windows", 25),
    }
    if args.dated:
        dated = read_extracted(args.dated)
        figs["actor_periods"] = views.period_networks(dated, "actor", "auto", 20, 6)
        figs["stance_periods"] = views.period_networks(dated, "stance", "auto", 20, 6)
    for name, fig in figs.items():
        if isinstance(fig, charts.Note):
            print(f"{name}: {fig.text}")
            continue
        path = charts.save_figure(fig, out / f"{name}.png", width=1100, scale=1.0)
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
