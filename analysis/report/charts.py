"""Plotly figures for the notebooks and reports. Every text shown in a hover is HTML-escaped."""
from __future__ import annotations

import html
import textwrap

import networkx as nx
import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analysis.networks import layout

TYPE_COLORS = {"person": "#1f77b4", "state": "#d62728", "organization": "#2ca02c", "group": "#9467bd",
               "location": "#8c564b"}


def esc(s: object, width: int = 80) -> str:
    """Escape untrusted text for a plotly hover label and wrap it with <br>."""
    text = "" if s is None or (isinstance(s, float) and s != s) else str(s)
    # quote=False: plotly shows &quot; literally; quotes need no escaping in hover text (<, >, & do)
    return "<br>".join(html.escape(line, quote=False) for line in textwrap.wrap(text, width) or [""])


def _palette(values: list[str]) -> dict[str, str]:
    import plotly.express as px

    colors = px.colors.qualitative.Dark24
    return {v: colors[i % len(colors)] for i, v in enumerate(sorted(values))}


def network_figure(g: nx.Graph, *, seed: int = 42, label_top: int = 15, title: str = "Actor network",
                   examples: dict[tuple[str, str], str] | None = None, color_by: str = "actor_type",
                   highlight: str | None = None) -> go.Figure:
    """Actor network: node size = mentions, colour = actor type (or country), edge width = weight.

    ``examples`` maps an (actor_a, actor_b) pair to an evidence sentence shown on the edge hover. Edges
    that carry a ``polarity`` (a stance network) are drawn green (support) or red (oppose). Only the
    ``label_top`` largest nodes get a label, so big graphs stay readable.
    """
    pos = layout(g, seed=seed)
    fig = go.Figure()
    if not pos:
        fig.update_layout(title=f"{title} (no co-occurring actors)")
        return fig
    weights = [abs(d.get("weight", 1.0)) for _, _, d in g.edges(data=True)]
    wmax = max(weights) if weights and max(weights) > 0 else 1.0
    # one trace for the lines, one invisible marker trace at edge midpoints carrying the hover
    mid_x, mid_y, mid_text = [], [], []
    for a, b, d in sorted(g.edges(data=True), key=lambda e: (min(e[0], e[1]), max(e[0], e[1]))):
        (x0, y0), (x1, y1) = pos[a], pos[b]
        w = d.get("weight", 1.0)
        pol = d.get("polarity")
        color = ("rgba(120,120,120,0.45)" if pol is None or pol == "" else "rgba(44,160,44,0.75)" if pol > 0
                 else "rgba(214,39,40,0.75)" if pol < 0 else "rgba(120,120,120,0.6)")
        fig.add_trace(go.Scatter(x=[x0, x1], y=[y0, y1], mode="lines", hoverinfo="skip", showlegend=False,
                                 line={"width": 0.5 + 5.0 * abs(w) / wmax, "color": color}))
        key = (min(a, b), max(a, b))
        ex = (examples or {}).get(key, "")
        mid_x.append((x0 + x1) / 2)
        mid_y.append((y0 + y1) / 2)
        stats = (f"polarity {float(pol):+.2f} over {d.get('n', '')} stances" if pol not in (None, "") else
                 f"windows: {d.get('n_windows', '')}, articles: {d.get('n_articles', '')}, "
                 f"NPMI: {float(d.get('npmi', 0) or 0):.2f}")
        mid_text.append(f"<b>{esc(g.nodes[a].get('actor_name', a))} – {esc(g.nodes[b].get('actor_name', b))}</b>"
                        f"<br>{stats}<br>{esc(ex or d.get('evidence', ''))}")
    fig.add_trace(go.Scatter(x=mid_x, y=mid_y, mode="markers", marker={"size": 8, "opacity": 0},
                             hovertext=mid_text, hoverinfo="text", name="edges", showlegend=False))
    nodes = sorted(g.nodes, key=lambda n: (-(g.nodes[n].get("n_mentions") or 0), n))
    labelled = set(nodes[:label_top])
    sizes = np.array([float(g.nodes[n].get("n_mentions") or 1) for n in nodes])
    scaled = 10 + 30 * np.sqrt(sizes / sizes.max())
    groups = sorted({str(g.nodes[n].get(color_by) or "") for n in nodes})
    colors = TYPE_COLORS if color_by == "actor_type" else _palette(groups)
    for typ in groups:
        idx = [i for i, n in enumerate(nodes) if str(g.nodes[n].get(color_by) or "") == typ]
        hover = []
        for i in idx:
            n = nodes[i]
            partners = sorted(g[n].items(), key=lambda kv: (-kv[1].get("weight", 0), kv[0]))[:5]
            plist = "<br>".join(f"· {esc(g.nodes[p].get('actor_name', p))} ({d.get('weight', 0):g})"
                                for p, d in partners)
            hover.append(f"<b>{esc(g.nodes[n].get('actor_name', n))}</b> ({esc(g.nodes[n].get('actor_type', ''))}, "
                         f"{esc(g.nodes[n].get('country') or '')})<br>"
                         f"mentions: {g.nodes[n].get('n_mentions', '')}<br>top partners:<br>{plist}")
        fig.add_trace(go.Scatter(
            x=[pos[nodes[i]][0] for i in idx], y=[pos[nodes[i]][1] for i in idx], mode="markers+text",
            name=esc(typ, 200) or "(none)", marker={"size": scaled[idx], "color": colors.get(typ, "#7f7f7f"),
                                                   "line": {"width": [4 if nodes[i] == highlight else 1 for i in idx],
                                                            "color": ["black" if nodes[i] == highlight else "white"
                                                                      for i in idx]}},
            text=[esc(g.nodes[nodes[i]].get("actor_name", nodes[i])) if nodes[i] in labelled else "" for i in idx],
            textposition="top center", hovertext=hover, hoverinfo="text"))
    fig.update_layout(title=title, showlegend=True, hovermode="closest", template="plotly_white",
                      xaxis={"visible": False}, yaxis={"visible": False}, height=600,
                      margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return fig


def cooccurrence_matrix(edges: pd.DataFrame, actors: pd.DataFrame, measure: str = "n_windows",
                        top_n: int = 25) -> pd.DataFrame:
    """Square actor × actor matrix of a measure for the top-N actors, in clustered order."""
    linked = set(edges["actor_a"]) | set(edges["actor_b"]) if len(edges) else set()
    top = actors[actors["actor_id"].isin(linked)].sort_values(["n_mentions", "actor_id"],
                                                             ascending=[False, True]).head(top_n)
    ids = list(top["actor_id"])
    names = dict(zip(top["actor_id"], top["actor_name"]))
    m = pd.DataFrame(0.0, index=ids, columns=ids)
    for r in edges[edges["actor_a"].isin(ids) & edges["actor_b"].isin(ids)].itertuples(index=False):
        v = float(getattr(r, measure))
        m.loc[r.actor_a, r.actor_b] = m.loc[r.actor_b, r.actor_a] = v
    if len(ids) > 2:
        from scipy.cluster.hierarchy import leaves_list, linkage
        from scipy.spatial.distance import pdist

        prof = m.to_numpy() + np.eye(len(ids)) * (m.to_numpy().max() or 1.0)
        order = leaves_list(linkage(pdist(prof, "cosine") if prof.any() else pdist(prof), "average",
                                    optimal_ordering=True))
        ids = [ids[i] for i in order]
        m = m.loc[ids, ids]
    # disambiguate equal display names so the axes stay one-to-one
    labels, seen = [], {}
    for i in ids:
        n = str(names.get(i, i))
        labels.append(n if n not in seen else f"{n} ({i})")
        seen[n] = 1
    m.index = labels
    m.columns = labels
    return m


def heatmap_figure(edges: pd.DataFrame, actors: pd.DataFrame, measure: str = "n_windows", top_n: int = 25,
                   title: str | None = None) -> go.Figure:
    """Co-occurrence heatmap with clustered ordering."""
    m = cooccurrence_matrix(edges, actors, measure, top_n)
    labels = [esc(x, 200) for x in m.index]
    fig = go.Figure(go.Heatmap(z=m.to_numpy(), x=labels, y=labels, colorscale="Blues",
                               hovertemplate="%{y} – %{x}<br>" + measure + ": %{z}<extra></extra>"))
    fig.update_layout(title=title or f"Co-occurrence ({measure})", template="plotly_white",
                      height=max(400, 22 * len(labels) + 150), yaxis={"autorange": "reversed"},
                      margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return fig


def bar_figure(df: pd.DataFrame, x: str, y: str, title: str, color: str | None = None) -> go.Figure:
    """Horizontal bar chart (largest on top), labels escaped."""
    d = df.sort_values(x, ascending=True)
    fig = go.Figure(go.Bar(x=d[x], y=[esc(v, 200) for v in d[y]], orientation="h",
                           marker={"color": [TYPE_COLORS.get(t, "#7f7f7f") for t in d[color]] if color else None}))
    fig.update_layout(title=title, template="plotly_white", height=max(300, 22 * len(d) + 120),
                      margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return fig


def stance_matrix_figure(stance: pd.DataFrame, top_n: int = 20, title: str = "Who is for or against whom") -> go.Figure:
    """Speaker × target matrix of mean polarity (diverging: red oppose, blue support); hover = evidence."""
    s = stance.dropna(subset=["speaker_actor_id"]).copy()
    fig = go.Figure()
    if s.empty:
        fig.update_layout(title=f"{title} (no attributed stance)")
        return fig
    s["target"] = s["target_name"].fillna(s["target_concept"])
    speakers = s["speaker_name"].fillna(s["speaker_actor_id"]).value_counts().head(top_n).index.tolist()
    targets = s["target"].value_counts().head(top_n).index.tolist()
    s["speaker"] = s["speaker_name"].fillna(s["speaker_actor_id"])
    s = s[s["speaker"].isin(speakers) & s["target"].isin(targets)]
    agg = s.groupby(["speaker", "target"]).agg(polarity=("polarity", "mean"), n=("polarity", "size"),
                                                evidence=("evidence", "first"), cue=("cue_text", "first"))
    z = [[agg["polarity"].get((sp, t), None) for t in targets] for sp in speakers]
    hover = [[(f"<b>{esc(sp)} → {esc(t)}</b><br>polarity {agg['polarity'][(sp, t)]:+.2f} "
               f"({agg['n'][(sp, t)]} statements, cue: {esc(agg['cue'][(sp, t)])})<br>{esc(agg['evidence'][(sp, t)])}")
              if (sp, t) in agg.index else "" for t in targets] for sp in speakers]
    fig.add_trace(go.Heatmap(z=z, x=[esc(t, 200) for t in targets], y=[esc(sp, 200) for sp in speakers],
                             zmin=-1, zmax=1, zmid=0, colorscale="RdBu", hovertext=hover, hoverinfo="text",
                             colorbar={"title": "stance", "tickvals": [-1, 0, 1],
                                       "ticktext": ["oppose", "neutral", "support"]}))
    fig.update_layout(title=title, template="plotly_white", xaxis={"title": "target"}, yaxis={"title": "speaker",
                      "autorange": "reversed"}, height=max(350, 30 * len(speakers) + 200),
                      margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return fig


def congruence_figure(g: nx.Graph, seed: int = 42, title: str = "Speakers who agree (green) or clash (red)") -> go.Figure:
    """The congruence/conflict network among speakers."""
    pos = layout(g, seed=seed)
    fig = go.Figure()
    if not pos:
        fig.update_layout(title=f"{title} (no shared targets)")
        return fig
    for a, b, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[1])):
        (x0, y0), (x1, y1) = pos[a], pos[b]
        color = "rgba(44,160,44,0.7)" if d["weight"] > 0 else "rgba(214,39,40,0.7)" if d["weight"] < 0 else "gray"
        fig.add_trace(go.Scatter(x=[x0, x1, None], y=[y0, y1, None], mode="lines", showlegend=False,
                                 line={"width": 1 + 2 * abs(d["weight"]), "color": color},
                                 hovertext=f"{esc(g.nodes[a]['actor_name'])} – {esc(g.nodes[b]['actor_name'])}: "
                                           f"agree {d['congruence']}, clash {d['conflict']}<br>{esc(d['targets'])}",
                                 hoverinfo="text"))
    nodes = sorted(g.nodes)
    fig.add_trace(go.Scatter(x=[pos[n][0] for n in nodes], y=[pos[n][1] for n in nodes], mode="markers+text",
                             text=[esc(g.nodes[n]["actor_name"]) for n in nodes], textposition="top center",
                             marker={"size": [10 + 3 * g.nodes[n]["n_statements"] for n in nodes], "color": "#1f77b4"},
                             hovertext=[f"{esc(g.nodes[n]['actor_name'])}: {g.nodes[n]['n_statements']} stances"
                                        for n in nodes], hoverinfo="text", showlegend=False))
    fig.update_layout(title=title, template="plotly_white", xaxis={"visible": False}, yaxis={"visible": False},
                      height=500, margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return fig


def timeline_figure(t: pd.DataFrame, title: str = "Mentions over time") -> go.Figure:
    """One line per actor: mentions per period (from ``views.timeline``)."""
    fig = go.Figure()
    if t.empty:
        fig.update_layout(title=f"{title} (no dated articles)")
        return fig
    for aid, g in t.groupby("actor_id", sort=True):
        name = esc(g["actor_name"].iloc[0], 200)
        fig.add_trace(go.Scatter(x=g["period"], y=g["mentions"], mode="lines+markers", name=name,
                                 hovertemplate=name + "<br>%{x}: %{y} mentions<extra></extra>"))
    fig.update_layout(title=title, template="plotly_white", xaxis={"title": "period"},
                      yaxis={"title": "mentions"}, height=450, margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return fig


def ego_figure(g: nx.Graph, actor_id: str, radius: int = 1, top_n: int = 25, **kw) -> go.Figure:
    """One actor's neighbourhood: the actor (outlined) and its ``top_n`` strongest partners."""
    if actor_id not in g:
        fig = go.Figure()
        fig.update_layout(title=f"{esc(actor_id)} has no co-occurrences in this run")
        return fig
    partners = sorted(g[actor_id].items(), key=lambda kv: (-abs(kv[1].get("weight", 0)), kv[0]))[:top_n]
    keep = {actor_id} | {p for p, _ in partners}
    if radius > 1:
        keep |= set(nx.ego_graph(g, actor_id, radius=radius)) & set(
            sorted(nx.ego_graph(g, actor_id, radius=radius), key=lambda n: -(g.nodes[n].get("n_mentions") or 0))[:top_n])
    sub = g.subgraph(sorted(keep)).copy()
    name = g.nodes[actor_id].get("actor_name", actor_id)
    return network_figure(sub, title=kw.pop("title", f"Ego network: {esc(name)}"), highlight=actor_id, **kw)


def sankey_figure(statements: pd.DataFrame, stance: pd.DataFrame, actors: pd.DataFrame | None = None,
                  top_n: int = 15, title: str = "Speakers' affiliations → targets") -> go.Figure:
    """Flows from the speaker's affiliation (or the speaker) to the target; colour = mean stance."""
    fig = go.Figure()
    s = stance.dropna(subset=["speaker_actor_id"]).merge(
        statements[["statement_id", "speaker_affiliation"]].drop_duplicates("statement_id"), on="statement_id",
        how="left")
    if s.empty:
        fig.update_layout(title=f"{title} (no attributed stance)")
        return fig
    names = dict(zip(actors["actor_id"], actors["actor_name"])) if actors is not None else {}
    s["source"] = [names.get(a, a) if isinstance(a, str) and a else (n if isinstance(n, str) else sp)
                   for a, n, sp in zip(s["speaker_affiliation"], s["speaker_name"], s["speaker_actor_id"])]
    s["target"] = s["target_name"].fillna(s["target_concept"]).fillna("(none)")
    top_src = s["source"].value_counts().sort_index().sort_values(ascending=False, kind="stable").head(top_n).index
    top_tgt = s["target"].value_counts().sort_index().sort_values(ascending=False, kind="stable").head(top_n).index
    s = s[s["source"].isin(top_src) & s["target"].isin(top_tgt)]
    flows = (s.groupby(["source", "target"]).agg(n=("polarity", "size"), polarity=("polarity", "mean"),
                                                 evidence=("evidence", "first")).reset_index())
    left = sorted(flows["source"].unique())
    right = sorted(flows["target"].unique())
    labels = [esc(x, 200) for x in left] + [esc(x, 200) for x in right]
    li = {x: i for i, x in enumerate(left)}
    ri = {x: len(left) + i for i, x in enumerate(right)}

    def color(p: float) -> str:
        return "rgba(214,39,40,0.5)" if p < -0.2 else "rgba(44,160,44,0.5)" if p > 0.2 else "rgba(150,150,150,0.4)"

    fig.add_trace(go.Sankey(
        arrangement="fixed",
        node={"label": labels, "pad": 12, "thickness": 14, "hovertemplate": "%{label}<extra></extra>"},
        link={"source": [li[x] for x in flows["source"]], "target": [ri[x] for x in flows["target"]],
              "value": flows["n"].tolist(), "color": [color(p) for p in flows["polarity"]],
              "customdata": [f"{esc(a)} → {esc(b)}: {n} stances, mean {p:+.2f}<br>{esc(e)}"
                             for a, b, n, p, e in flows[["source", "target", "n", "polarity", "evidence"]].itertuples(
                                 index=False)],
              "hovertemplate": "%{customdata}<extra></extra>"}))
    fig.update_layout(title=title, height=max(400, 28 * max(len(left), len(right)) + 150),
                      margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return fig


def save_figure(fig: go.Figure, path, width: int = 1100, height: int | None = None, scale: float = 2.0):
    """Write a chart as PNG or SVG (by the suffix) for slides and papers, with kaleido and a local Chromium.

    Kaleido needs a Chrome/Chromium: Debian's ``chromium`` package at /usr/bin/chromium is found
    automatically (or set BROWSER_PATH).
    """
    import os
    from pathlib import Path

    from analysis.store import atomic_write_bytes

    path = Path(path)
    fmt = path.suffix.lstrip(".").lower()
    if fmt not in ("png", "svg", "pdf"):
        raise ValueError(f"{path}: choose a .png, .svg or .pdf file name")
    # point kaleido at Debian's chromium for this call only: a BROWSER_PATH left in os.environ is inherited by
    # every later child process (a Jupyter kernel started afterwards hung on it)
    set_here = not os.environ.get("BROWSER_PATH") and Path("/usr/bin/chromium").exists()
    if set_here:
        os.environ["BROWSER_PATH"] = "/usr/bin/chromium"
    try:
        data = fig.to_image(format=fmt, width=width, height=height or fig.layout.height or 600, scale=scale)
    finally:
        if set_here:
            os.environ.pop("BROWSER_PATH", None)
    atomic_write_bytes(path, data)
    return path
