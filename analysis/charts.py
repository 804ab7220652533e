"""Plotly figures for the notebooks and reports. Every text shown in a hover is HTML-escaped."""
from __future__ import annotations

import html
import textwrap

import networkx as nx
import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .networks import layout

TYPE_COLORS = {"person": "#1f77b4", "state": "#d62728", "organization": "#2ca02c", "group": "#9467bd",
               "location": "#8c564b"}


def esc(s: object, width: int = 80) -> str:
    """Escape untrusted text for a plotly hover label and wrap it with <br>."""
    text = "" if s is None or (isinstance(s, float) and s != s) else str(s)
    return "<br>".join(html.escape(line, quote=True) for line in textwrap.wrap(text, width) or [""])


def network_figure(g: nx.Graph, *, seed: int = 42, label_top: int = 15, title: str = "Actor network",
                   examples: dict[tuple[str, str], str] | None = None) -> go.Figure:
    """Actor network: node size = mentions, colour = actor type, edge width = weight.

    ``examples`` maps an (actor_a, actor_b) pair to an evidence sentence shown on the edge hover.
    """
    pos = layout(g, seed=seed)
    fig = go.Figure()
    if not pos:
        fig.update_layout(title=f"{title} (no co-occurring actors)")
        return fig
    weights = [d.get("weight", 1.0) for _, _, d in g.edges(data=True)]
    wmax = max(weights) if weights else 1.0
    # one trace for the lines, one invisible marker trace at edge midpoints carrying the hover
    mid_x, mid_y, mid_text = [], [], []
    for a, b, d in sorted(g.edges(data=True), key=lambda e: (min(e[0], e[1]), max(e[0], e[1]))):
        (x0, y0), (x1, y1) = pos[a], pos[b]
        w = d.get("weight", 1.0)
        fig.add_trace(go.Scatter(x=[x0, x1], y=[y0, y1], mode="lines", hoverinfo="skip", showlegend=False,
                                 line={"width": 0.5 + 5.0 * w / wmax, "color": "rgba(120,120,120,0.45)"}))
        key = (min(a, b), max(a, b))
        ex = (examples or {}).get(key, "")
        mid_x.append((x0 + x1) / 2)
        mid_y.append((y0 + y1) / 2)
        mid_text.append(f"<b>{esc(g.nodes[a].get('actor_name', a))} – {esc(g.nodes[b].get('actor_name', b))}</b>"
                        f"<br>windows: {d.get('n_windows', '')}, articles: {d.get('n_articles', '')}, "
                        f"NPMI: {float(d.get('npmi', 0) or 0):.2f}<br>{esc(ex)}")
    fig.add_trace(go.Scatter(x=mid_x, y=mid_y, mode="markers", marker={"size": 8, "opacity": 0},
                             hovertext=mid_text, hoverinfo="text", name="edges", showlegend=False))
    nodes = sorted(g.nodes, key=lambda n: (-(g.nodes[n].get("n_mentions") or 0), n))
    labelled = set(nodes[:label_top])
    sizes = np.array([float(g.nodes[n].get("n_mentions") or 1) for n in nodes])
    scaled = 10 + 30 * np.sqrt(sizes / sizes.max())
    for typ in sorted({g.nodes[n].get("actor_type", "") for n in nodes}):
        idx = [i for i, n in enumerate(nodes) if g.nodes[n].get("actor_type", "") == typ]
        hover = []
        for i in idx:
            n = nodes[i]
            partners = sorted(g[n].items(), key=lambda kv: (-kv[1].get("weight", 0), kv[0]))[:5]
            plist = "<br>".join(f"· {esc(g.nodes[p].get('actor_name', p))} ({d.get('weight', 0):g})"
                                for p, d in partners)
            hover.append(f"<b>{esc(g.nodes[n].get('actor_name', n))}</b> ({esc(typ)})<br>"
                         f"mentions: {g.nodes[n].get('n_mentions', '')}<br>top partners:<br>{plist}")
        fig.add_trace(go.Scatter(
            x=[pos[nodes[i]][0] for i in idx], y=[pos[nodes[i]][1] for i in idx], mode="markers+text",
            name=typ or "actor", marker={"size": scaled[idx], "color": TYPE_COLORS.get(typ, "#7f7f7f"),
                                         "line": {"width": 1, "color": "white"}},
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
