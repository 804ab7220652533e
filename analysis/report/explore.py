"""Interactive exploration for JupyterLab (``notebooks/10_explore.ipynb``): pick an actor, see its world.

The widget reads any run's output folder (the tables ``extract`` or ``report`` wrote) and shows the actor's
ego network, its stances toward others and others' toward it, and its statements, updating in place.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.config import resolve
from analysis.extract import Extracted, read_extracted
from analysis.report import views


def actor_panel(ex: Extracted, actor_id: str, top_n: int = 25, color_by: str = "community"):
    """What the explorer shows for one actor: (ego figure, stance table, statements table)."""
    return (views.ego(ex, actor_id, top_n, color_by), views.actor_stance(ex, actor_id),
            views.actor_statements(ex, actor_id))


def actor_options(ex: Extracted, limit: int = 500) -> list[tuple[str, str]]:
    """Dropdown choices, most mentioned first: (label, actor_id)."""
    a = ex.actors.sort_values(["n_mentions", "actor_id"], ascending=[False, True]).head(limit)
    return [(f"{name} ({n} mentions)", aid) for name, n, aid in zip(a["actor_name"], a["n_mentions"], a["actor_id"])]


def explorer(run: str | Path | Extracted, top_n: int = 25):
    """An ipywidgets panel: actor picker, partner count and colour choice above the actor's views."""
    import ipywidgets as w
    from IPython.display import display

    ex = run if isinstance(run, Extracted) else read_extracted(resolve(str(run)))  # relative: the project's
    options = actor_options(ex)
    if not options:
        return w.HTML("<p>This run has no actors.</p>")
    pick = w.Dropdown(options=options, value=options[0][1], description="Actor", layout=w.Layout(width="420px"))
    partners = w.IntSlider(value=top_n, min=3, max=60, step=1, description="Partners")
    color = w.ToggleButtons(options=[("community", "community"), ("type", "actor_type"), ("country", "country")],
                            value="community", description="Colour by")
    out = w.Output()

    def render(*_):
        fig, stance, said = actor_panel(ex, pick.value, partners.value, color.value)
        with out:
            out.clear_output(wait=True)
            display(fig)
            display(w.HTML("<h3>Stance by and about this actor</h3>"))
            display(stance if len(stance) else pd.DataFrame({"note": ["no stance found"]}))
            display(w.HTML("<h3>Statements by this actor</h3>"))
            display(said if len(said) else pd.DataFrame({"note": ["no statements found"]}))

    for control in (pick, partners, color):
        control.observe(render, names="value")
    render()
    panel = w.VBox([w.HBox([pick, partners]), color, out])
    panel.render = render  # for tests and for re-drawing after the tables change
    panel.controls = {"actor": pick, "partners": partners, "color_by": color}
    return panel
