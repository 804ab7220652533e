"""The JupyterLab explorer: pick an actor, the panel updates in place; the notebook runs on a run folder."""
import json
import subprocess
import sys

import nbformat

from analysis.report import explore

from .conftest import ROOT

WIDGET_SCRIPT = """
import json, sys
import IPython.display
shown = []
IPython.display.display = lambda obj, **kw: shown.append(obj)
from analysis.report import explore
panel = explore.explorer(sys.argv[1], top_n=10)
pick = panel.controls["actor"]
res = {"first": pick.value, "options": [v for _, v in pick.options]}
shown.clear()
pick.value = "PRK-kim-jong-un"  # the observer redraws
res["title"] = shown[0].layout.title.text
res["directions"] = sorted(set(shown[2].direction))
shown.clear()
panel.controls["color_by"].value = "country"
res["groups"] = sorted({t.name for t in shown[0].data if t.mode == "markers+text"})
print(json.dumps(res))
"""


def test_explorer_updates_when_the_actor_changes(seed_run):
    # widgets are made in a child process: outside a kernel they leave state that upsets later kernels
    ex, out = seed_run
    r = subprocess.run([sys.executable, "-c", WIDGET_SCRIPT, str(out)], cwd=ROOT, capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    res = json.loads(r.stdout.strip().splitlines()[-1])
    assert res["first"] == explore.actor_options(ex)[0][1] and "PRK-kim-jong-un" in res["options"]
    assert "Kim Jong Un" in res["title"] and "about this actor" in res["directions"]
    assert {"PRK", "RUS"} <= set(res["groups"])


def test_actor_panel_for_a_speaker(seed_run):
    ex, _ = seed_run
    fig, stance, said = explore.actor_panel(ex, "USA-john-kirby")
    assert len(said) >= 2 and (stance.direction == "by this actor").all() and (stance.polarity < 0).any()


def test_explore_notebook_runs_on_a_run_folder(seed_run, tmp_path):
    # run by the report's own runner, in a child process (kaleido's browser session from test_charts can stall
    # an in-process kernel client). Before analysis.kernel_polling, this run sometimes sat idle for its whole cell
    # timeout after the last cell had finished (a missed ZeroMQ wake-up); it needs about 6 s
    _, out = seed_run
    script = ("import sys; from pathlib import Path; from analysis.report import notebooks as report; "
              "report.execute([Path(sys.argv[1])], Path(sys.argv[2]), {'run': sys.argv[3], 'top_n': 8}, "
              "cwd=sys.argv[4])")
    r = subprocess.run([sys.executable, "-c", script, str(ROOT / "notebooks" / "10_explore.ipynb"), str(tmp_path),
                        str(out), str(ROOT)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    outputs = nbformat.read(str(tmp_path / "notebooks" / "10_explore.ipynb"), as_version=4).cells[-1].outputs
    assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in outputs)
