"""The JupyterLab explorer: pick an actor, the panel updates in place; the notebook runs on a run folder."""
import json
import subprocess
import sys

import nbformat

from analysis import explore

from .conftest import ROOT


WIDGET_SCRIPT = """
import json, sys
import IPython.display
shown = []
IPython.display.display = lambda obj, **kw: shown.append(obj)
from analysis import explore
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
    # papermill in a child process: kaleido's browser session (test_charts) can stall an in-process kernel client.
    # After the Dask LocalCluster test, nbclient here sometimes waits out the whole cell timeout and then goes on
    # without an error (240 s with a 240 s timeout, 540 s with 540 s; the cause is not found yet). The notebook
    # needs about 6 s, so a 120 s cell timeout bounds that wait
    _, out = seed_run
    target = tmp_path / "x.ipynb"
    r = subprocess.run([sys.executable, "-m", "papermill", str(ROOT / "notebooks" / "10_explore.ipynb"), str(target),
                        "-p", "run", str(out), "-p", "top_n", "8", "--kernel", "python3", "--no-progress-bar",
                        "--execution-timeout", "120",
                        "--cwd", str(ROOT)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    outputs = nbformat.read(str(target), as_version=4).cells[-1].outputs
    assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in outputs)
