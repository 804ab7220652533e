"""Plotly figures for the notebooks and reports. Every text shown in a hover is HTML-escaped."""
from __future__ import annotations

from dataclasses import replace

import networkx as nx
import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analysis.networks import bounded, communities, layout

from .escape import esc
from .netdraw import GROUP_COLORS, OTHER_COLOR, Style, draw, frame, palette

TYPE_COLORS = {"person": "#1f77b4", "state": "#d62728", "organization": "#2ca02c", "group": "#9467bd",
               "location": "#8c564b"}


def _palette(values: list[str]) -> dict[str, str]:
    import plotly.express as px

    colors = px.colors.qualitative.Dark24
    return {v: colors[i % len(colors)] for i, v in enumerate(sorted(values))}


class Note:
    """What a chart with nothing to show becomes: one sentence saying why (an empty set of axes says nothing)."""

    def __init__(self, text: str):
        self.text = text

    def _repr_html_(self) -> str:
        return f'<p class="empty-chart"><em>{esc(self.text, 10_000)}</em></p>'

    def __repr__(self) -> str:
        return self.text


def _edge_style(d: dict) -> tuple[str, str]:
    pol = d.get("polarity")
    if pol is None or pol == "":
        return "rgba(120,120,120,0.45)", "co-occurrence"
    pol = float(pol)
    return (("rgba(44,160,44,0.75)", "support") if pol > 0.2 else ("rgba(214,39,40,0.75)", "oppose") if pol < -0.2
            else ("rgba(120,120,120,0.6)", "neutral or mixed"))


def _groups(g: nx.Graph, color_by: str, size_attr: str, seed: int, signed: bool) -> tuple[dict, dict]:
    weight = {n: float(g.nodes[n].get(size_attr) or 0) for n in g.nodes}
    names = {n: str(g.nodes[n].get("actor_name") or n) for n in g.nodes}
    if color_by == "community":
        return palette(communities(g, seed=seed, signed=signed), weight, names)
    values = {n: str(g.nodes[n].get(color_by) or "") or "(none)" for n in g.nodes}
    if color_by == "actor_type":
        return values, {**TYPE_COLORS, "(none)": "#7f7f7f"}
    totals: dict[str, float] = {}
    for n, v in values.items():
        totals[v] = totals.get(v, 0.0) + weight[n]
    top = sorted(totals, key=lambda v: (-totals[v], v))[:len(GROUP_COLORS)]
    label = {n: v if v in top else "other" for n, v in values.items()}
    return label, {v: GROUP_COLORS[i] for i, v in enumerate(top)} | {"other": OTHER_COLOR}


def network_figure(g: nx.Graph, *, seed: int = 42, max_nodes: int = 40, title: str = "Actor network",
                   examples: dict[tuple[str, str], str] | None = None, color_by: str = "community",
                   highlight: str | None = None, of: int | None = None, what: str = "actors",
                   label_max: int = 60) -> go.Figure | Note:
    """Actor network, bounded to stay readable (``analysis.networks.backbone``): the ``max_nodes`` most mentioned
    actors, the backbone of their edges, colour = community (or actor type / country), shape = actor type,
    size = mentions within 8–36 px, edge width = weight in four classes.

    ``examples`` maps an (actor_a, actor_b) pair to an evidence sentence shown on the edge hover. Edges that carry
    a ``polarity`` (a stance network) are green (support) or red (oppose) and are chosen by their count ``n``.
    ``of``: how many actors the whole run has, when ``g`` was already cut to its top actors (for the caption).
    """
    if g.number_of_edges() == 0:
        return Note(f"{title}: no two actors are linked in this run, so there is no network to draw.")
    signed = any("polarity" in d for _, _, d in g.edges(data=True))
    sub, info = bounded(g, max_nodes, "n_mentions", alpha=None if highlight else 0.05,
                        weight="n" if signed else "weight", keep_edges_of=highlight)
    if of:
        info = replace(info, nodes_total=max(of, info.nodes_total))
    pos = layout(sub, seed=seed)
    group_of, colors = _groups(sub, color_by, "n_mentions", seed, signed)
    style = _network_style(sub, group_of, colors, examples, color_by, highlight, label_max, signed)
    return draw(sub, pos, style, title, info.caption(what))


def _network_style(sub: nx.Graph, group_of: dict, colors: dict, examples: dict | None, color_by: str,
                   highlight: object, label_max: int, signed: bool) -> Style:
    """Hovers and colours of an actor or stance network (see ``network_figure``)."""

    def node_hover(n, a) -> str:
        partners = sorted(sub[n].items(), key=lambda kv: (-abs(float(kv[1].get("weight", 0) or 0)), str(kv[0])))[:5]
        plist = "<br>".join(f"· {esc(sub.nodes[p].get('actor_name', p))} ({float(d.get('weight', 0) or 0):g})"
                            for p, d in partners)
        return (f"<b>{esc(a.get('actor_name', n))}</b> ({esc(a.get('actor_type', ''))}, {esc(a.get('country') or '')})"
                f"<br>mentions: {a.get('n_mentions', '')}<br>{esc(group_of.get(n, ''))}<br>top partners:<br>{plist}")

    def edge_hover(a, b, d) -> str:
        pol = d.get("polarity")
        stats = (f"polarity {float(pol):+.2f} over {d.get('n', '')} stances" if pol not in (None, "") else
                 f"windows: {d.get('n_windows', '')}, articles: {d.get('n_articles', '')}, "
                 f"NPMI: {float(d.get('npmi', 0) or 0):.2f}")
        ex = (examples or {}).get((min(a, b), max(a, b)), "") or d.get("evidence", "")
        return f"<b>{esc(sub.nodes[a].get('actor_name', a))} – {esc(sub.nodes[b].get('actor_name', b))}</b><br>" \
               f"{stats}<br>{esc(ex)}"

    return Style(group_of=group_of, group_colors=colors, node_hover=node_hover, edge_color=_edge_style,
                 edge_hover=edge_hover, size_attr="n_mentions", edge_weight="n" if signed else "weight",
                 symbols=color_by != "actor_type", highlight=highlight, label_max=label_max)


def period_figure(slices: list[tuple[str, nx.Graph, int]], union: nx.Graph, *, title: str, what: str = "actors",
                  color_by: str = "community", seed: int = 42, of: int | None = None) -> go.Figure | Note:
    """Small multiples: one panel per period over the same actors in the same places (laid out on ``union``, the
    whole run's graph of those actors), so that a link appearing, vanishing or changing colour is visible."""
    from plotly.subplots import make_subplots

    if not slices:
        return Note(f"{title}: no article in this run has a date, so there are no periods to compare.")
    signed = any("polarity" in d for _, _, d in union.edges(data=True))
    weight = "n" if signed else "weight"
    pos = layout(union, seed=seed)
    group_of, colors = _groups(union, color_by, "n_mentions", seed, signed)
    cols = min(3, len(slices))
    rows = -(-len(slices) // cols)
    fig = make_subplots(rows=rows, cols=cols, horizontal_spacing=0.02, vertical_spacing=0.08,
                        subplot_titles=[f"{esc(label)} · {n:,} articles" for label, _, n in slices])
    ranges = frame(pos)
    plot = (1000.0 / cols, 480.0)
    for i, (label, g, _) in enumerate(slices):
        g = g.subgraph([n for n in g.nodes if n in pos]).copy()
        sub, _ = bounded(g, max(1, g.number_of_nodes()), "n_mentions", weight=weight)
        style = _network_style(sub, group_of, colors, None, color_by, None, 12, signed)
        draw(sub, pos, style, title, fig=fig, row=i // cols + 1, col=i % cols + 1, ranges=ranges, plot=plot)
    caption = (f"the {union.number_of_nodes()} {what} most present over the run"
               + (f" (of {of:,})" if of else "") + "; each panel: that period's links among them (backbone); "
               "same place, same colour in every panel")
    fig.update_layout(title={"text": f"{title}<br><sup>{esc(caption, 400)}</sup>"}, template="plotly_white",
                      height=120 + 500 * rows, hovermode="closest", showlegend=True,
                      legend={"itemsizing": "constant", "orientation": "h", "yanchor": "top", "y": -0.01, "x": 0},
                      margin={"l": 10, "r": 10, "t": 90, "b": 10})
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
        prof = m.to_numpy() + np.eye(len(ids)) * (m.to_numpy().max() or 1.0)
        ids = [ids[i] for i in _cluster_order(prof, "cosine")]
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


MEASURE_NAMES = {"n_windows": "windows shared", "npmi": "NPMI", "pmi": "PMI", "jaccard": "Jaccard",
                 "n_articles": "articles shared"}


def heatmap_figure(edges: pd.DataFrame, actors: pd.DataFrame, measure: str = "n_windows", top_n: int = 25,
                   title: str | None = None) -> go.Figure | Note:
    """Co-occurrence heatmap with clustered ordering."""
    m = cooccurrence_matrix(edges, actors, measure, top_n)
    labels = [esc(x, 200) for x in m.index]
    if m.empty:
        return Note("Co-occurrence: no two actors appear together in this run.")
    label = MEASURE_NAMES.get(measure, measure)
    fig = go.Figure(go.Heatmap(z=m.to_numpy(), x=labels, y=labels, colorscale="Blues",
                               colorbar={"title": label},
                               hovertemplate="%{y} – %{x}<br>" + label + ": %{z}<extra></extra>"))
    fig.update_layout(title=title or f"Co-occurrence: {label}", template="plotly_white",
                      height=max(400, 22 * len(labels) + 150), yaxis={"autorange": "reversed", "title": "actor"},
                      xaxis={"title": "actor", "tickangle": -45},
                      margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return fig


def bar_figure(df: pd.DataFrame, x: str, y: str, title: str, color: str | None = None,
               x_title: str | None = None, y_title: str | None = None) -> go.Figure | Note:
    """Horizontal bar chart (largest on top), labels escaped; with ``color``, one legend entry per type."""
    if df.empty:
        return Note(f"{title}: nothing to count in this run.")
    d = df.sort_values(x, ascending=True)
    labels = [esc(v, 200) for v in d[y]]
    fig = go.Figure()
    if color:
        kinds = d[color].fillna("").astype(str)
        for kind in sorted(set(kinds)):
            pick = (kinds == kind).to_numpy()
            fig.add_trace(go.Bar(x=d[x][pick], y=[lab for lab, p in zip(labels, pick) if p], orientation="h",
                                 name=kind or "(none)", marker={"color": TYPE_COLORS.get(kind, "#7f7f7f")}))
    else:
        fig.add_trace(go.Bar(x=d[x], y=labels, orientation="h", showlegend=False))
    fig.update_layout(title=title, template="plotly_white", height=max(300, 22 * len(d) + 140),
                      xaxis={"title": x_title or x.replace("_", " ")},
                      yaxis={"title": y_title or "", "categoryorder": "array", "categoryarray": labels},
                      legend={"title": {"text": color.replace("_", " ")}} if color else {},
                      barmode="overlay", margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return fig


def _cluster_order(m: np.ndarray, metric: str = "euclidean") -> list[int]:
    """Row order that puts similar rows together (average linkage, optimal leaf order); as given under 3 rows."""
    if len(m) < 3 or not np.any(m):
        return list(range(len(m)))
    from scipy.cluster.hierarchy import leaves_list, linkage

    return [int(i) for i in leaves_list(linkage(m, "average", metric=metric, optimal_ordering=True))]


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"


def _side_evidence(s: pd.DataFrame, per_cell: int = 2) -> pd.Series:
    """Per (speaker, target): the evidence a reader needs to check the cell's colour — up to ``per_cell`` sentences
    (cue and sentence, escaped) of the side the cell leans to, neutral ones only for a neutral cell. A red cell's
    hover showing the first, neutral sentence said nothing about why it is red."""
    out = {}
    for key, g in s.groupby(["speaker", "target"], sort=False):
        lean = np.sign(g["polarity"].mean())
        rows = g[np.sign(g["polarity"]) == lean] if lean else g
        lines = [esc(f"[{'for' if p > 0 else 'against' if p < 0 else 'neutral'}] {c}: {_clip(e, 300)}")
                 for p, c, e in zip(rows["polarity"], rows["cue_text"].fillna(""), rows["evidence"].fillna(""))]
        out[key] = "<br>".join(list(dict.fromkeys(lines))[:per_cell])  # distinct sentences, in order
    ev = pd.Series(out, name="evidence", dtype=object)
    ev.index = pd.MultiIndex.from_tuples(list(out), names=["speaker", "target"])
    return ev


def _most_sided(s: pd.DataFrame, col: str, n: int, among: pd.Series | None = None) -> list[str]:
    """The ``n`` values of ``col`` with most support or oppose rows (counted in the rows ``among`` marks first, then
    in all), then most rows: on a corpus most stances are neutral (87% on BBC News), and a matrix of the most active
    would fill with speakers who only report facts ("Yukos", a match commentator) and targets only mentioned
    ("Reuters", "BBC Radio")."""
    sides = s["polarity"] != 0
    near = s.loc[sides & among, col].value_counts() if among is not None else pd.Series(dtype=int)
    sided, count = s.loc[sides, col].value_counts(), s[col].value_counts()
    return sorted(count.index, key=lambda v: (-near.get(v, 0), -sided.get(v, 0), -count[v], str(v)))[:n]


def _sided_block(s: pd.DataFrame, n: int) -> tuple[list[str], list[str]]:
    """Speakers and targets that fill one matrix: the targets the most siding speakers took most sides on, then
    the speakers who took most sides on those targets (a football manager siding only on his players would leave
    a blank row among politicians)."""
    speakers = _most_sided(s, "speaker", n)
    targets = _most_sided(s, "target", n, s["speaker"].isin(speakers))
    return _most_sided(s, "speaker", n, s["target"].isin(targets)), targets


CELL_PRIOR = 1  # a stance cell's colour is net / (sided + CELL_PRIOR): one statement paints it half as dark as many


def stance_matrix_figure(stance: pd.DataFrame, top_n: int = 20, title: str = "Who is for or against whom",
                         max_n: int = 30) -> go.Figure | Note:
    """Speaker × target matrix of polarity (diverging: red oppose, blue support) for the speakers who took most
    sides and the targets most sided on (at most ``max_n`` each; ``_sided_block``), rows and columns ordered by
    clustering so that camps sit together; hover = counts for and against, and an evidence sentence. A cell's
    colour is the net side of the statements that take one, shrunk toward neutral by ``CELL_PRIOR`` ((for −
    against) / (for + against + 1)), and its text their number: on a corpus one statement had painted a cell as
    dark as thirty (PolNeAR: Bernie Sanders "for" Ruth Bader Ginsburg on one sentence), and a reader takes a dark
    cell as a settled relation; statements that only mention the target no longer pale a clear side (Hillary
    Clinton against Donald Trump in 25 of 29 sided statements among 90)."""
    s = stance.dropna(subset=["speaker_actor_id"]).copy()
    if s.empty:
        return Note(f"{title}: no statement in this run has both a known speaker and a target.")
    n = min(top_n, max_n)
    s["target"] = s["target_name"].fillna(s["target_concept"])
    s["speaker"] = s["speaker_name"].fillna(s["speaker_actor_id"])
    s = s.dropna(subset=["target"])
    speakers, targets = _sided_block(s, n)
    total, shown_sp = len(s), s["speaker"].nunique()
    s = s[s["speaker"].isin(speakers) & s["target"].isin(targets)]
    if s.empty:
        return Note(f"{title}: the most active speakers took no position toward the most addressed targets.")
    agg = s.groupby(["speaker", "target"]).agg(polarity=("polarity", "mean"), n=("polarity", "size"),
                                                net=("polarity", "sum"),
                                                support=("polarity", lambda p: int((p > 0).sum())),
                                                oppose=("polarity", lambda p: int((p < 0).sum())))
    agg["shade"] = agg["net"] / (agg["support"] + agg["oppose"] + CELL_PRIOR)
    agg = agg.join(_side_evidence(s))
    z = np.array([[agg["shade"].get((sp, t), np.nan) for t in targets] for sp in speakers], dtype=float)
    filled = np.nan_to_num(z)
    speakers = [speakers[i] for i in _cluster_order(filled)]
    targets = [targets[i] for i in _cluster_order(filled.T)]
    z = np.array([[agg["shade"].get((sp, t), np.nan) for t in targets] for sp in speakers], dtype=float)
    sided = [[str(int(agg["support"][(sp, t)] + agg["oppose"][(sp, t)]) or "") if (sp, t) in agg.index else ""
              for t in targets] for sp in speakers]

    def hover(sp: str, t: str) -> str:
        if (sp, t) not in agg.index:
            return f"{esc(sp)} → {esc(t)}: no statement"
        r = agg.loc[(sp, t)]
        return (f"<b>{esc(sp)} → {esc(t)}</b><br>mean {r['polarity']:+.2f} over {r['n']} statements: "
                f"{r['support']} for, {r['oppose']} against, {r['n'] - r['support'] - r['oppose']} neutral"
                f"<br>{r['evidence']}")

    hovers = [[hover(sp, t) for t in targets] for sp in speakers]
    fig = go.Figure(go.Heatmap(z=[[None if v != v else v for v in row] for row in z.tolist()],
                               x=[esc(t, 200) for t in targets], y=[esc(sp, 200) for sp in speakers],
                               zmin=-1, zmax=1, zmid=0, colorscale="RdBu", hovertext=hovers, hoverinfo="text",
                               text=sided, texttemplate="%{text}", textfont={"size": 9},
                               colorbar={"title": "stance", "tickvals": [-1, 0, 1],
                                         "ticktext": ["against", "neutral", "for"]}))
    caption = (f"the {len(speakers)} of {shown_sp:,} speakers who took most sides × the {len(targets)} targets "
               f"most sided on; {len(s):,} of {total:,} stances")
    key = "number: statements that take a side; colour: their net side, paler on fewer; grey: no statement"
    fig.update_layout(title={"text": f"{title}<br><sup>{esc(caption, 400)}<br>{key}</sup>"}, template="plotly_white",
                      xaxis={"title": "target", "tickangle": -45, "showgrid": False},
                      yaxis={"title": "speaker", "autorange": "reversed", "showgrid": False}, plot_bgcolor="#d9d9d9",
                      height=max(420, 26 * len(speakers) + 280), margin={"l": 10, "r": 10, "t": 100, "b": 10})
    return fig


REPEATED = 2  # net agreements (or clashes) that make a congruence link worth drawing on a large corpus


def congruence_figure(g: nx.Graph, seed: int = 42, max_nodes: int = 40, of: int | None = None,
                      title: str = "Speakers who agree (green) or clash (red)") -> go.Figure | Note:
    """The congruence/conflict network among speakers, bounded like every network: the ``max_nodes`` speakers
    with most stances, the backbone of |agree − clash|, communities of agreement as colour. Where at least
    ``max_nodes`` / 2 pairs agree or clash on ``REPEATED`` targets or more (net), only those pairs are drawn: on a
    corpus one shared side is often chance (a rugby captain and an insurance market "agreeing" on Britain; 869 of
    1,056 BBC links)."""
    if g.number_of_edges() == 0:
        return Note(f"{title}: no two speakers took a side toward the same target, so there is nothing to compare.")
    repeated = [(a, b) for a, b, d in g.edges(data=True) if abs(float(d.get("weight", 0) or 0)) >= REPEATED]
    if len(repeated) >= max_nodes // 2:
        g = g.edge_subgraph(repeated).copy()  # (speakers with no such pair drop out)
    sub, info = bounded(g, max_nodes, "n_statements")
    if of:
        info = replace(info, nodes_total=max(of, info.nodes_total))
    pos = layout(sub, seed=seed)
    group_of, colors = _groups(sub, "community", "n_statements", seed, signed=True)

    def node_hover(n, a) -> str:
        return f"<b>{esc(a['actor_name'])}</b>: {a['n_statements']} stances<br>{esc(group_of.get(n, ''))}"

    def edge_color(d: dict) -> tuple[str, str]:
        return ("rgba(44,160,44,0.7)", "agree") if d["weight"] > 0 else ("rgba(214,39,40,0.7)", "clash")

    def edge_hover(a, b, d) -> str:
        return (f"<b>{esc(sub.nodes[a]['actor_name'])} – {esc(sub.nodes[b]['actor_name'])}</b>: agree "
                f"{d['congruence']}, clash {d['conflict']}<br>{esc(d['targets'], 120)}")

    style = Style(group_of=group_of, group_colors=colors, node_hover=node_hover, edge_color=edge_color,
                  edge_hover=edge_hover, size_attr="n_statements", symbols=False)
    return draw(sub, pos, style, title, info.caption("speakers"))


def timeline_figure(t: pd.DataFrame, title: str = "Mentions over time") -> go.Figure | Note:
    """One line per actor: mentions per period (from ``views.timeline``)."""
    if t.empty:
        return Note(f"{title}: no article in this run has a date, so there is no timeline.")
    fig = go.Figure()
    for aid, g in t.groupby("actor_id", sort=True):
        name = esc(g["actor_name"].iloc[0], 200)
        fig.add_trace(go.Scatter(x=g["period"], y=g["mentions"], mode="lines+markers", name=name,
                                 hovertemplate=name + "<br>%{x}: %{y} mentions<extra></extra>"))
    fig.update_layout(title=title, template="plotly_white", xaxis={"title": "period"},
                      yaxis={"title": "mentions", "rangemode": "tozero"}, height=450,
                      legend={"title": {"text": "actor"}}, margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return fig


def ego_figure(g: nx.Graph, actor_id: str, radius: int = 1, top_n: int = 25, **kw) -> go.Figure | Note:
    """One actor's neighbourhood: the actor (outlined) and its ``top_n`` strongest partners."""
    if actor_id not in g:
        return Note(f"{actor_id} has no co-occurrences in this run.")
    partners = sorted(g[actor_id].items(), key=lambda kv: (-abs(kv[1].get("weight", 0)), kv[0]))[:top_n]
    keep = {actor_id} | {p for p, _ in partners}
    if radius > 1:
        keep |= set(nx.ego_graph(g, actor_id, radius=radius)) & set(
            sorted(nx.ego_graph(g, actor_id, radius=radius), key=lambda n: -(g.nodes[n].get("n_mentions") or 0))[:top_n])
    sub = g.subgraph(sorted(keep)).copy()
    name = g.nodes[actor_id].get("actor_name", actor_id)
    return network_figure(sub, title=kw.pop("title", f"Ego network: {esc(name)}"), highlight=actor_id,
                          max_nodes=len(keep), **kw)


def sankey_figure(statements: pd.DataFrame, stance: pd.DataFrame, actors: pd.DataFrame | None = None,
                  top_n: int = 10, max_links: int = 40,
                  title: str = "Speakers' affiliations → targets") -> go.Figure | Note:
    """Flows from the speaker's affiliation (or the speaker) to the target; colour = mean stance. The ``top_n``
    most active sources and most addressed targets; a source's flows to other targets, and flows past the
    ``max_links`` largest, go into one "other targets" link per source; other sources are left out (the caption
    says how many stances are shown)."""
    s = stance.dropna(subset=["speaker_actor_id"]).merge(
        statements[["statement_id", "speaker_affiliation"]].drop_duplicates("statement_id"), on="statement_id",
        how="left")
    if s.empty:
        return Note(f"{title}: no statement in this run has a known speaker.")
    names = dict(zip(actors["actor_id"], actors["actor_name"])) if actors is not None else {}
    s["source"] = [names.get(a, a) if isinstance(a, str) and a else (n if isinstance(n, str) else sp)
                   for a, n, sp in zip(s["speaker_affiliation"], s["speaker_name"], s["speaker_actor_id"])]
    s["target"] = s["target_name"].fillna(s["target_concept"]).fillna("(none)")
    total = len(s)
    sc = s["source"].value_counts()
    top_src = sorted(sc.index, key=lambda v: (-sc[v], str(v)))[:top_n]
    s = s[s["source"].isin(top_src)].copy()
    tc = s["target"].value_counts()  # the targets these sources address most
    top_tgt = set(sorted(tc.index, key=lambda v: (-tc[v], str(v)))[:top_n])
    other = "other targets"
    s["target"] = s["target"].where(s["target"].isin(top_tgt), other)
    flows = (s.groupby(["source", "target"]).agg(n=("polarity", "size"), polarity=("polarity", "mean"),
                                                 evidence=("evidence", "first")).reset_index())
    named = flows[flows["target"] != other].sort_values(["n", "source", "target"], ascending=[False, True, True])
    kept = named.head(max_links)
    rest = pd.concat([named.iloc[max_links:], flows[flows["target"] == other]])
    if len(rest):
        rest = rest.assign(w=rest["polarity"] * rest["n"]).groupby("source").agg(
            n=("n", "sum"), w=("w", "sum"), evidence=("evidence", "first")).reset_index()
        rest = rest.assign(target=other, polarity=rest["w"] / rest["n"]).drop(columns="w")
        kept = pd.concat([kept, rest[["source", "target", "n", "polarity", "evidence"]]])
    flows = kept.sort_values(["source", "target"]).reset_index(drop=True)
    left = sorted(flows["source"].unique(), key=lambda v: (-sc[v], str(v)))
    right = sorted(flows["target"].unique(), key=lambda v: (v == other, -tc.get(v, 0), str(v)))
    labels = [esc(x, 200) for x in left] + [esc(x, 200) for x in right]
    li = {x: i for i, x in enumerate(left)}
    ri = {x: len(left) + i for i, x in enumerate(right)}

    def color(p: float) -> str:
        return "rgba(214,39,40,0.5)" if p < -0.2 else "rgba(44,160,44,0.5)" if p > 0.2 else "rgba(150,150,150,0.4)"

    fig = go.Figure(go.Sankey(
        arrangement="fixed",
        node={"label": labels, "pad": 12, "thickness": 14, "hovertemplate": "%{label}<extra></extra>"},
        link={"source": [li[x] for x in flows["source"]], "target": [ri[x] for x in flows["target"]],
              "value": flows["n"].tolist(), "color": [color(p) for p in flows["polarity"]],
              "customdata": [f"{esc(a)} → {esc(b)}: {n} stances, mean {p:+.2f}<br>{esc(e)}"
                             for a, b, n, p, e in flows[["source", "target", "n", "polarity", "evidence"]].itertuples(
                                 index=False)],
              "hovertemplate": "%{customdata}<extra></extra>"}))
    caption = (f"{int(flows['n'].sum()):,} of {total:,} stances: the {len(left)} most active of {len(sc):,} "
               f"sources; green for, red against, grey neutral or mixed")
    fig.update_layout(title={"text": f"{title}<br><sup>{esc(caption, 400)}</sup>"},
                      height=max(420, 30 * max(len(left), len(right)) + 160),
                      margin={"l": 10, "r": 10, "t": 80, "b": 10})
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
