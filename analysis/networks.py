"""Actor networks (networkx) from the edges and actors tables, and their exports."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pandas as pd

from .tables import atomic_write_bytes


def cooccurrence_graph(edges: pd.DataFrame, actors: pd.DataFrame, top_n: int | None = 50,
                       min_weight: float = 0.0, weight: str = "n_windows") -> nx.Graph:
    """Undirected weighted graph of the top-N most mentioned actors that have an edge.

    Node attributes come from the actors table; edge attributes from the edges table (lists as text).
    """
    e = edges[edges[weight] >= min_weight] if len(edges) else edges
    g = nx.Graph()
    if e.empty:
        return g
    linked = set(e["actor_a"]) | set(e["actor_b"])
    a = actors[actors["actor_id"].isin(linked)].sort_values(["n_mentions", "actor_id"], ascending=[False, True])
    if top_n:
        a = a.head(int(top_n))
    keep = set(a["actor_id"])
    for row in a.itertuples(index=False):
        g.add_node(row.actor_id, **{k: _plain(v) for k, v in row._asdict().items() if k != "actor_id"})
    e = e[e["actor_a"].isin(keep) & e["actor_b"].isin(keep)]
    for row in e.itertuples(index=False):
        attrs = {k: _plain(v) for k, v in row._asdict().items() if k not in ("actor_a", "actor_b")}
        attrs["weight"] = float(getattr(row, weight))
        g.add_edge(row.actor_a, row.actor_b, **attrs)
    return g


def _plain(v):
    """GraphML/GEXF accept scalars only: lists become '; '-joined text, nulls become ''."""
    if isinstance(v, (list, tuple)) or hasattr(v, "tolist") and not isinstance(v, (int, float, str)):
        return "; ".join(map(str, list(v)))
    if v is None or (isinstance(v, float) and v != v):
        return ""
    if hasattr(v, "item"):
        return v.item()
    return v


def layout(g: nx.Graph, seed: int = 42) -> dict[str, tuple[float, float]]:
    """Deterministic force-directed layout (seeded; nodes and edges in sorted order)."""
    h = nx.Graph()
    h.add_nodes_from(sorted(g.nodes))
    h.add_edges_from(sorted((min(a, b), max(a, b), d) for a, b, d in g.edges(data=True)))
    if h.number_of_nodes() == 0:
        return {}
    pos = nx.spring_layout(h, seed=seed, weight="weight", k=1.5 / max(1, h.number_of_nodes()) ** 0.5)
    return {n: (round(float(x), 6), round(float(y), 6)) for n, (x, y) in pos.items()}


def export_graph(g: nx.Graph, path: str | Path) -> Path:
    """Write GraphML or GEXF (by the file's suffix) atomically."""
    import io

    path = Path(path)
    buf = io.BytesIO()
    if path.suffix == ".gexf":
        nx.write_gexf(g, buf)
    else:
        nx.write_graphml(g, buf)
    atomic_write_bytes(path, buf.getvalue())
    return path
