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
    the first evidence sentence. Undirected for drawing; the ``speaker`` attribute keeps the direction.
    """
    s = stance.dropna(subset=["speaker_actor_id", "target_actor_id"])
    s = s[s["speaker_actor_id"] != s["target_actor_id"]]
    g = nx.Graph()
    if s.empty:
        return g
    agg = (s.groupby(["speaker_actor_id", "target_actor_id"], sort=True)
           .agg(polarity=("polarity", "mean"), n=("polarity", "size"), evidence=("evidence", "first")).reset_index())
    counts = pd.concat([s["speaker_actor_id"], s["target_actor_id"]]).value_counts()
    keep = sorted(counts.index, key=lambda a: (-counts[a], a))[: top_n or None]
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
    """Deterministic force-directed layout (seeded; nodes and edges in sorted order)."""
    h = nx.Graph()
    h.add_nodes_from(sorted(g.nodes))
    h.add_edges_from(sorted((min(a, b), max(a, b), {"weight": abs(float(d.get("weight", 1.0) or 0.0))})
                            for a, b, d in g.edges(data=True)))  # signed edges attract by their strength
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
    for (a, b), grp in pairs.groupby(["speaker_actor_id_a", "speaker_actor_id_b"], sort=True):
        same = int((grp["side_a"] == grp["side_b"]).sum())
        opp = int((grp["side_a"] == -grp["side_b"]).sum() - ((grp["side_a"] == 0) & (grp["side_b"] == 0)).sum())
        g.add_edge(a, b, congruence=same, conflict=opp, weight=same - opp,
                   targets="; ".join(sorted(grp["target"].astype(str).unique())))
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
