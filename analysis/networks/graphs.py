"""Actor networks (networkx) from the edges and actors tables, and their exports."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pandas as pd

from analysis.store import atomic_write_bytes


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


def stance_graph(stance: pd.DataFrame, actors: pd.DataFrame | None = None, top_n: int | None = 40) -> nx.Graph:
    """Signed speaker–target network: one edge per (speaker, target actor) with mean polarity and count.

    Edge ``weight`` = mean polarity × count (sign = support or oppose), ``polarity`` = mean, ``evidence`` =
    the first evidence sentence. Undirected for drawing; the ``speaker`` attribute keeps the direction. With
    ``top_n``, the actors in most support or oppose rows, then in most rows.
    """
    s = stance.dropna(subset=["speaker_actor_id", "target_actor_id"])
    s = s[s["speaker_actor_id"] != s["target_actor_id"]]
    g = nx.Graph()
    if s.empty:
        return g
    agg = (s.groupby(["speaker_actor_id", "target_actor_id"], sort=True)
           .agg(polarity=("polarity", "mean"), n=("polarity", "size"), evidence=("evidence", "first")).reset_index())
    counts = pd.concat([s["speaker_actor_id"], s["target_actor_id"]]).value_counts()
    sided = s[s["polarity"] != 0]
    sides = pd.concat([sided["speaker_actor_id"], sided["target_actor_id"]]).value_counts()
    # the actors in most support or oppose rows first: most rows of a corpus are neutral, and the most present
    # would be names only mentioned ("Reuters", "BBC Radio") with grey links
    keep = sorted(counts.index, key=lambda a: (-sides.get(a, 0), -counts[a], a))[: top_n or None]
    info = actors.set_index("actor_id") if actors is not None else pd.DataFrame()
    for a in sorted(keep):
        row = info.loc[a] if a in info.index else {}
        g.add_node(a, actor_name=_plain(row.get("actor_name", a)) or a, actor_type=_plain(row.get("actor_type", "")),
                   country=_plain(row.get("country", "")), n_mentions=int(counts[a]))
    for r in agg.itertuples(index=False):
        if r.speaker_actor_id in g and r.target_actor_id in g:
            key = (r.speaker_actor_id, r.target_actor_id)
            if g.has_edge(*key):  # both directions: keep the larger flow's sign, add counts
                d = g.edges[key]
                d["n"] += int(r.n)
                d["polarity"] = round((d["polarity"] * (d["n"] - r.n) + r.polarity * r.n) / d["n"], 4)
                d["weight"] = d["polarity"] * d["n"]
                continue
            g.add_edge(*key, speaker=r.speaker_actor_id, polarity=round(float(r.polarity), 4), n=int(r.n),
                       weight=float(r.polarity) * int(r.n), evidence=str(r.evidence))
    return g


def layout(g: nx.Graph, seed: int = 42) -> dict[str, tuple[float, float]]:
    """Deterministic force-directed layout (seeded; nodes and edges in sorted order).

    Each connected component is laid out on its own and the components are packed in rows, largest first: one
    spring layout of a disconnected graph pushes small components to the edges and squeezes the main one into
    a knot. Edge weights are compressed (log) to 0.2–1 so that one heavy pair does not pull everything in, and
    components of up to 150 nodes are then spaced evenly by graph distance (Kamada–Kawai from the seeded
    spring layout)."""
    import math

    h = nx.Graph()
    h.add_nodes_from(sorted(g.nodes, key=str))
    ws = {(min(a, b), max(a, b)): abs(float(d.get("weight", 1.0) or 0.0)) for a, b, d in g.edges(data=True)}
    top = max(ws.values(), default=0.0) or 1.0
    h.add_edges_from(sorted((a, b, {"weight": 0.2 + 0.8 * math.log1p(w) / math.log1p(top)}) for (a, b), w in ws.items()))
    if h.number_of_nodes() == 0:
        return {}
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(h)), key=lambda c: (-len(c), str(c[0])))
    placed: list[tuple[list, dict]] = []
    for comp in comps:
        # a fresh graph in sorted order: a subgraph view of fewer than half the nodes iterates its node set, whose
        # order changes with the interpreter's string hash seed (the same run drew differently)
        sub = nx.Graph()
        sub.add_nodes_from(comp)
        sub.add_edges_from(sorted((a, b, d) for a, b, d in h.edges(comp, data=True) if a in sub and b in sub))
        if len(comp) == 1:
            pos = {comp[0]: (0.0, 0.0)}
        else:
            raw = nx.spring_layout(sub, seed=seed, weight="weight", k=1.0 / len(comp) ** 0.5, iterations=100)
            if 2 < len(comp) <= 150:  # even spacing by graph distance, from the seeded start
                raw = nx.kamada_kawai_layout(sub, pos=raw, weight=None)
            pos = {n: (float(x), float(y)) for n, (x, y) in raw.items()}
        placed.append((comp, pos))
    # shelf packing: a component of n nodes gets a square cell of side ~ sqrt(n); rows as wide as the largest
    # component's cell times 1.6 (a landscape chart)
    sides = [max(1.0, len(c) ** 0.5) for c, _ in placed]
    row_width = max(sides[0] * 1.6, sum(sides) ** 0.5 * 1.2)
    out: dict = {}
    x0 = y0 = row_h = 0.0
    for (comp, pos), side in zip(placed, sides):
        if x0 > 0 and x0 + side > row_width:
            x0, y0, row_h = 0.0, y0 - row_h * 1.1, 0.0
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        for n, (x, y) in pos.items():
            out[n] = (x0 + side / 2 + (x - cx) / span * side * 0.9, y0 - side / 2 + (y - cy) / span * side * 0.9)
        x0 += side * 1.1
        row_h = max(row_h, side)
    return {n: (round(x, 6), round(y, 6)) for n, (x, y) in sorted(out.items(), key=lambda kv: str(kv[0]))}


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


def stance_targets(stance: pd.DataFrame) -> pd.Series:
    """A target key per stance row: the actor id, else ``concept:<phrase>``."""
    return stance["target_actor_id"].fillna("concept:" + stance["target_concept"].fillna(""))


def congruence_graph(stance: pd.DataFrame, include_neutral: bool = False) -> nx.Graph:
    """DNA-style speaker network: two speakers are congruent when they take the same polarity toward the same
    target and in conflict when they take opposite ones. Edge attributes: congruence, conflict,
    weight (= congruence − conflict), targets (the shared targets)."""
    s = stance.dropna(subset=["speaker_actor_id"]).copy()
    if not include_neutral:
        s = s[s["polarity"] != 0]
    g = nx.Graph()
    if s.empty:
        return g
    s["target"] = stance_targets(s)
    pos = s.groupby(["speaker_actor_id", "target"])["polarity"].mean().reset_index()
    pos["side"] = pos["polarity"].apply(lambda v: 1 if v > 0 else -1 if v < 0 else 0)
    names = s.groupby("speaker_actor_id")["speaker_name"].first()
    for sp in sorted(pos["speaker_actor_id"].unique()):
        g.add_node(sp, actor_name=str(names.get(sp) or sp), n_statements=int((s["speaker_actor_id"] == sp).sum()))
    pairs = pos.merge(pos, on="target", suffixes=("_a", "_b"))
    pairs = pairs[pairs["speaker_actor_id_a"] < pairs["speaker_actor_id_b"]]
    if pairs.empty:
        return g
    both_zero = (pairs["side_a"] == 0) & (pairs["side_b"] == 0)
    pairs = pairs.assign(same=(pairs["side_a"] == pairs["side_b"]).astype(int),
                         opp=((pairs["side_a"] == -pairs["side_b"]) & ~both_zero).astype(int),
                         target=pairs["target"].astype(str)).sort_values(
        ["speaker_actor_id_a", "speaker_actor_id_b", "target"])
    agg = pairs.groupby(["speaker_actor_id_a", "speaker_actor_id_b"], sort=True).agg(
        congruence=("same", "sum"), conflict=("opp", "sum"), targets=("target", lambda t: "; ".join(t.unique())))
    for (a, b), same, opp, targets in zip(agg.index, agg["congruence"].tolist(), agg["conflict"].tolist(),
                                          agg["targets"].tolist()):
        g.add_edge(a, b, congruence=int(same), conflict=int(opp), weight=int(same) - int(opp), targets=targets)
    return g


def dna_csv(statements: pd.DataFrame, stance: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Statements in Discourse Network Analyzer's shape: one row per (speaker, concept/target, agreement).

    Columns: statement_id, date, person, organization, concept, agreement ("yes" support / "no" oppose; neutral
    rows are left out, DNA's agreement is binary), text (the evidence), article_id, source.
    """
    s = stance.dropna(subset=["speaker_actor_id"])
    s = s[s["polarity"] != 0]
    st = statements.drop_duplicates("statement_id").set_index("statement_id")
    a = articles.set_index("article_id")
    rows = []
    for r in s.itertuples(index=False):
        info = st.loc[r.statement_id] if r.statement_id in st.index else None
        aff = info["speaker_affiliation"] if info is not None else None
        rows.append({"statement_id": r.statement_id, "date": a["date"].get(r.article_id),
                     "person": r.speaker_name or r.speaker_actor_id,
                     "organization": aff if isinstance(aff, str) else (info["speaker_country"] if info is not None else None),
                     "concept": r.target_name if isinstance(r.target_name, str) else r.target_concept,
                     "agreement": "yes" if r.polarity > 0 else "no", "text": r.evidence, "article_id": r.article_id,
                     "source": a["source"].get(r.article_id)})
    cols = ["statement_id", "date", "person", "organization", "concept", "agreement", "text", "article_id", "source"]
    return pd.DataFrame(rows, columns=cols)
