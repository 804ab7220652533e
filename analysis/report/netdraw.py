"""Drawing a bounded network with plotly: few traces, capped marker sizes, labels that do not collide.

Edges are grouped into one trace per (colour, width class) and nodes into one trace per colour group, so a
network of 40 nodes and 120 edges is about 20 traces, not one per edge (48,922 traces stalled a browser).
Labels are placed greedily, largest node first, where their estimated box overlaps no label or marker already
placed; the rest are on hover.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable

import networkx as nx
import plotly.graph_objects as go

from .escape import esc

GROUP_COLORS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
                "#bcbd22"]
OTHER_COLOR = "#9e9e9e"
TYPE_SYMBOLS = {"person": "circle", "state": "square", "organization": "diamond", "group": "triangle-up",
                "location": "star"}
MIN_PX, MAX_PX = 8.0, 36.0
WIDTHS = (0.8, 1.8, 3.0, 4.5)
PLOT_W, PLOT_H = 1000.0, 520.0  # the plot area labels are fitted to (a report's chart is about this size)
CHAR_PX, LINE_PX = 6.4, 14.0  # 11 px labels


@dataclass
class Style:
    """How nodes and edges look and what their hovers say (callables get the node/edge and its attributes)."""

    group_of: dict  # node → legend group label
    group_colors: dict  # group label → colour
    node_hover: Callable[[object, dict], str]
    edge_color: Callable[[dict], tuple[str, str]]  # attributes → (rgba colour, legend name)
    edge_hover: Callable[[object, object, dict], str]
    size_attr: str = "n_mentions"
    edge_weight: str = "weight"
    symbols: bool = True  # marker shape by actor type
    highlight: object = None
    label_max: int = 60
    extra_legend: list = field(default_factory=list)


def marker_sizes(values: list[float]) -> list[float]:
    """Square-root scaled into MIN_PX–MAX_PX (area follows the value), whatever the range of values."""
    if not values:
        return []
    top = max(values) or 1.0
    return [round(MIN_PX + (MAX_PX - MIN_PX) * math.sqrt(max(v, 0.0) / top), 2) for v in values]


def frame(pos: dict) -> tuple[list[float], list[float]]:
    """Axis ranges around the positions, with a margin for markers and labels."""
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    xpad = (max(xs) - min(xs)) * 0.08 or 1.0
    ypad = (max(ys) - min(ys)) * 0.1 or 1.0
    return [min(xs) - xpad, max(xs) + xpad], [min(ys) - ypad, max(ys) + ypad]


def _pixels(pos: dict, xr: list[float], yr: list[float], w: float, h: float) -> dict:
    return {n: ((x - xr[0]) / (xr[1] - xr[0]) * w, (yr[1] - y) / (yr[1] - yr[0]) * h) for n, (x, y) in pos.items()}


POSITIONS = ("top center", "bottom center", "middle right", "middle left")


def _box(where: str, x: float, y: float, r: float, w: float) -> tuple[float, float, float, float]:
    if where == "top center":
        return (x - w / 2, y - r - LINE_PX - 2, x + w / 2, y - r - 2)
    if where == "bottom center":
        return (x - w / 2, y + r + 2, x + w / 2, y + r + LINE_PX + 2)
    if where == "middle right":
        return (x + r + 2, y - LINE_PX / 2, x + r + 2 + w, y + LINE_PX / 2)
    return (x - r - 2 - w, y - LINE_PX / 2, x - r - 2, y + LINE_PX / 2)


def place_labels(order: list, px: dict, sizes: dict, labels: dict, limit: int = 60,
                 always: int = 5, plot: tuple[float, float] = (PLOT_W, PLOT_H)) -> dict:
    """Node → label position for the labels that go on the chart. Greedy in ``order``: the first position
    (above, below, right, left of the marker) whose box overlaps no placed label and no other node's marker;
    the first ``always`` nodes (the largest) may overlap markers, never labels."""
    boxes: list[tuple[float, float, float, float]] = []
    markers = {n: (px[n][0] - sizes[n] / 2, px[n][1] - sizes[n] / 2, px[n][0] + sizes[n] / 2, px[n][1] + sizes[n] / 2)
               for n in px}

    def hit(b, c) -> bool:
        return b[0] < c[2] and c[0] < b[2] and b[1] < c[3] and c[1] < b[3]

    out: dict = {}
    for k, n in enumerate(order):
        if len(out) >= limit:
            break
        w = len(labels[n]) * CHAR_PX + 4
        x, y = px[n]
        for where in POSITIONS:
            box = _box(where, x, y, sizes[n] / 2, w)
            if box[0] < 0 or box[2] > plot[0] or box[1] < 0 or box[3] > plot[1]:
                continue
            if any(hit(box, b) for b in boxes):
                continue
            if k >= always and any(hit(box, markers[m]) for m in markers if m != n):
                continue
            boxes.append(box)
            out[n] = where
            break
    return out


def draw(g: nx.Graph, pos: dict, style: Style, title: str, caption: str = "", height: int = 720,
         fig: go.Figure | None = None, row: int | None = None, col: int | None = None,
         showlegend: bool = True, ranges: tuple[list[float], list[float]] | None = None,
         plot: tuple[float, float] = (PLOT_W, PLOT_H)) -> go.Figure:
    """The network as a plotly figure (or added to subplot ``row``/``col`` of ``fig``, drawn in ``ranges`` on a
    plot area of ``plot`` pixels)."""
    fig = fig if fig is not None else go.Figure()
    where = {"row": row, "col": col} if row is not None else {}
    nodes = sorted(g.nodes, key=lambda n: (-float(g.nodes[n].get(style.size_attr) or 0), str(n)))
    if not nodes:
        return fig
    size_list = marker_sizes([float(g.nodes[n].get(style.size_attr) or 0) for n in nodes])
    sizes = dict(zip(nodes, size_list))
    # edges: one trace per (colour, width class)
    weights = [abs(float(d.get(style.edge_weight, 1.0) or 0.0)) for _, _, d in g.edges(data=True)]
    wmax = max(weights, default=0.0) or 1.0
    classes: dict[tuple[str, str, int], tuple[list, list]] = {}
    mid_x, mid_y, mid_text = [], [], []
    for a, b, d in sorted(g.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
        color, name = style.edge_color(d)
        w = abs(float(d.get(style.edge_weight, 1.0) or 0.0))
        level = min(len(WIDTHS) - 1, int(math.sqrt(w / wmax) * len(WIDTHS)))
        xs, ys = classes.setdefault((name, color, level), ([], []))
        (x0, y0), (x1, y1) = pos[a], pos[b]
        xs += [x0, x1, None]
        ys += [y0, y1, None]
        mid_x.append((x0 + x1) / 2)
        mid_y.append((y0 + y1) / 2)
        mid_text.append(style.edge_hover(a, b, d))
    # a legend entry once per name, also over several panels
    shown = {t.name for t in fig.data if t.showlegend is not False}

    def legend(name: str) -> bool:
        ok = showlegend and name not in shown
        shown.add(name)
        return ok

    for (name, color, level), (xs, ys) in sorted(classes.items()):
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", hoverinfo="skip", name=name, legendgroup=name,
                                 showlegend=legend(name),
                                 line={"width": WIDTHS[level], "color": color}), **where)
    if mid_x:
        fig.add_trace(go.Scatter(x=mid_x, y=mid_y, mode="markers", marker={"size": 10, "opacity": 0},
                                 hovertext=mid_text, hoverinfo="text", name="links", showlegend=False), **where)
    # nodes: one trace per colour group, labels where they fit
    xr, yr = ranges or frame(pos)
    px = _pixels({n: pos[n] for n in nodes}, xr, yr, *plot)
    names = {n: str(g.nodes[n].get("actor_name") or n) for n in nodes}
    labelled = place_labels(nodes, px, sizes, names, style.label_max, plot=plot)
    groups = sorted({style.group_of.get(n, "") for n in nodes}, key=lambda k: (k == "other", k))
    for grp in groups:
        members = [n for n in nodes if style.group_of.get(n, "") == grp]
        fig.add_trace(go.Scatter(
            x=[pos[n][0] for n in members], y=[pos[n][1] for n in members], mode="markers+text",
            name=esc(grp, 200) or "(none)", legendgroup=f"g:{grp}", showlegend=legend(esc(grp, 200) or "(none)"),
            marker={"size": [sizes[n] for n in members], "color": style.group_colors.get(grp, OTHER_COLOR),
                    "symbol": [TYPE_SYMBOLS.get(str(g.nodes[n].get("actor_type") or ""), "circle")
                               if style.symbols else "circle" for n in members],
                    "line": {"width": [3 if n == style.highlight else 1 for n in members],
                             "color": ["black" if n == style.highlight else "white" for n in members]}},
            text=[esc(names[n], 200) if n in labelled else "" for n in members],
            textposition=[labelled.get(n, "top center") for n in members],
            textfont={"size": 11}, hovertext=[style.node_hover(n, g.nodes[n]) for n in members], hoverinfo="text"),
            **where)
    if style.symbols and showlegend:
        for typ in sorted({str(g.nodes[n].get("actor_type") or "") for n in nodes} & set(TYPE_SYMBOLS)):
            if legend(f"shape: {typ}"):
                fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=f"shape: {typ}",
                                         marker={"symbol": TYPE_SYMBOLS[typ], "color": "#555", "size": 10},
                                         legendgroup="shapes", showlegend=True), **where)
    axis = {"visible": False, "fixedrange": False}
    if row is None:
        fig.update_layout(
            title={"text": f"{title}<br><sup>{esc(caption, 400)}</sup>" if caption else title},
            showlegend=showlegend, hovermode="closest", template="plotly_white", height=height,
            xaxis={**axis, "range": xr}, yaxis={**axis, "range": yr},
            legend={"itemsizing": "constant", "orientation": "h", "yanchor": "top", "y": -0.01, "x": 0},
            margin={"l": 10, "r": 10, "t": 80, "b": 10})
    else:
        fig.update_xaxes(axis | {"range": xr}, row=row, col=col)
        fig.update_yaxes(axis | {"range": yr}, row=row, col=col)
    return fig


def palette(group_of: dict, weight: dict, name: dict, max_groups: int = len(GROUP_COLORS),
            prefix: str = "group") -> tuple[dict, dict]:
    """Community numbers → legend labels ("group 1: Blair, Brown") and colours; groups past ``max_groups`` (or
    of one node) share "other"."""
    members: dict[int, list] = {}
    for n, c in group_of.items():
        members.setdefault(c, []).append(n)
    order = sorted(members, key=lambda c: (-len(members[c]), c))
    label_of: dict = {}
    colors: dict = {}
    k = 0
    for c in order:
        ms = sorted(members[c], key=lambda n: (-weight.get(n, 0), str(n)))
        if k < max_groups and len(ms) > 1:
            label = f"{prefix} {k + 1}: " + ", ".join(name.get(n, str(n)) for n in ms[:2]) + ("…" if len(ms) > 2 else "")
            colors[label] = GROUP_COLORS[k]
            k += 1
        else:
            label = "other"
        for n in ms:
            label_of[n] = label
    colors["other"] = OTHER_COLOR
    return label_of, colors
