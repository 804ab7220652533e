"""Bounded, readable networks at any corpus size: the strongest nodes, a backbone of significant edges, and
communities to colour them by.

A corpus of 2,000 articles gives thousands of actors and tens of thousands of edges; drawn whole, a network is
a solid disc. What a reader can follow is a few dozen nodes and the edges that stand out for them, so every
network chart goes through :func:`bounded`, which keeps

- the ``max_nodes`` nodes of largest weight (mentions, stances, statements), ties by id;
- the edges that are significant for at least one of their ends under the disparity filter (Serrano, Boguñá
  and Vespignani 2009, PNAS 106:6483): an edge's share of a node's strength is compared with what a uniform
  split of that strength over the node's edges would give; ``alpha`` is the significance level. Each node
  keeps its strongest edge, so no node is left floating for want of one significant edge;
- at most ``max_edges`` of them, strongest first.

:func:`communities` finds groups (Louvain, seeded) on the edges' absolute weights, or on the positive edges
only for signed networks (alliances), and numbers them largest first.
"""
from __future__ import annotations

from dataclasses import dataclass

import networkx as nx


@dataclass(frozen=True)
class Bounds:
    """What a drawn network shows of the whole: for the caption."""

    nodes_total: int
    edges_total: int  # links among the top nodes (the links of the rest are not counted)
    nodes: int
    edges: int
    min_weight: float  # the weakest |weight| among the drawn edges (0 when none)
    alpha: float | None

    def caption(self, what: str = "actors") -> str:
        """'top 40 of 3,231 actors; 96 of 310 links between them (backbone, weight ≥ 3)'."""
        head = (f"all {self.nodes} {what}" if self.nodes == self.nodes_total
                else f"top {self.nodes} of {self.nodes_total:,} {what}")
        if self.edges_total == 0:
            return f"{head}; no links"
        how = "backbone, " if self.alpha is not None else "strongest, "
        links = (f"all {self.edges} links between them" if self.edges == self.edges_total
                 else f"{self.edges} of {self.edges_total:,} links between them ({how}weight ≥ {self.min_weight:g})")
        return f"{head}; {links}"


def _abs_weight(d: dict, weight: str = "weight") -> float:
    try:
        return abs(float(d.get(weight, 1.0) or 0.0))
    except (TypeError, ValueError):
        return 0.0


def top_nodes(g: nx.Graph, n: int, weight: str = "n_mentions") -> list:
    """The ``n`` nodes with the largest ``weight`` attribute (their summed |edge weight| when absent), ties by id."""

    def w(node) -> float:
        v = g.nodes[node].get(weight)
        if v in (None, ""):
            return sum(_abs_weight(d) for _, _, d in g.edges(node, data=True))
        return float(v)

    return sorted(g.nodes, key=lambda node: (-w(node), str(node)))[: max(0, int(n))]


def disparity_alpha(g: nx.Graph, weight: str = "weight") -> dict[tuple, float]:
    """Per edge (sorted ends), the smaller of its two disparity-filter p-values: (1 − p)^(k − 1) at each end,
    with p the edge's share of that end's strength and k its degree (an end of degree 1 gives 1: nothing to
    tell apart)."""
    strength = {n: sum(_abs_weight(d, weight) for _, _, d in g.edges(n, data=True)) for n in g.nodes}
    out: dict[tuple, float] = {}
    for a, b, d in g.edges(data=True):
        w = _abs_weight(d, weight)
        best = 1.0
        for x in (a, b):
            k = g.degree(x)
            if k > 1 and strength[x] > 0:
                best = min(best, (1.0 - w / strength[x]) ** (k - 1))
        out[_key(a, b)] = best
    return out


def _key(a, b) -> tuple:
    return (a, b) if str(a) <= str(b) else (b, a)


def bounded(g: nx.Graph, max_nodes: int = 40, node_weight: str = "n_mentions", alpha: float | None = 0.05,
            max_edges: int | None = None, weight: str = "weight", keep_edges_of: object = None
            ) -> tuple[nx.Graph, Bounds]:
    """The readable part of ``g`` (see the module's doc) and what it leaves out. ``weight``: the edge attribute
    whose size decides (a count for signed networks, where the sign is the colour); edges of weight 0 are
    never drawn. ``alpha`` None keeps every edge (up to ``max_edges``); ``keep_edges_of`` names a node whose
    edges are all kept (the centre of an ego network)."""
    max_edges = max_edges if max_edges is not None else 3 * max_nodes
    keep = top_nodes(g, max_nodes, node_weight)
    sub = nx.Graph()  # in sorted order (a subgraph view may iterate a set, in hash-seed order)
    sub.add_nodes_from(sorted(keep, key=str))
    sub.add_edges_from(sorted(((a, b, d) for a, b, d in g.edges(keep, data=True) if a in sub and b in sub),
                              key=lambda e: (str(e[0]), str(e[1]))))
    sub.remove_edges_from([(a, b) for a, b, d in sub.edges(data=True) if _abs_weight(d, weight) == 0])
    p = disparity_alpha(sub, weight)
    chosen = {k for k, v in p.items() if alpha is None or v < alpha}
    for n in sorted(sub.nodes, key=str):  # each node's strongest edge
        edges = sorted(sub.edges(n, data=True), key=lambda e: (-_abs_weight(e[2], weight), str(e[1])))
        if edges:
            chosen.add(_key(n, edges[0][1]))
    ranked = sorted(chosen, key=lambda k: (k[0] != keep_edges_of and k[1] != keep_edges_of,
                                           -_abs_weight(sub.edges[k], weight), str(k[0]), str(k[1])))[:max_edges]
    h = nx.Graph()
    h.graph.update(g.graph)
    for n in sorted(keep, key=str):
        h.add_node(n, **g.nodes[n])
    for a, b in sorted(ranked, key=lambda k: (str(k[0]), str(k[1]))):
        h.add_edge(a, b, **g.edges[a, b])
    weights = [_abs_weight(d, weight) for _, _, d in h.edges(data=True)]
    info = Bounds(nodes_total=g.number_of_nodes(), edges_total=sub.number_of_edges(), nodes=h.number_of_nodes(),
                  edges=h.number_of_edges(), min_weight=round(min(weights), 3) if weights else 0.0, alpha=alpha)
    return h, info


def communities(g: nx.Graph, seed: int = 42, signed: bool = False) -> dict:
    """Node → community number (0 = the largest; ties by the smallest member id). Louvain (networkx, seeded) on
    |weight|, or on the positive edges only when ``signed`` (groups that agree, not groups that fight)."""
    h = nx.Graph()
    h.add_nodes_from(sorted(g.nodes, key=str))
    for a, b, d in sorted(g.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
        w = float(d.get("weight", 1.0) or 0.0)
        if signed and w <= 0:
            continue
        if abs(w) > 0:
            h.add_edge(a, b, weight=abs(w))
    if h.number_of_nodes() == 0:
        return {}
    groups = nx.community.louvain_communities(h, weight="weight", seed=seed) if h.number_of_edges() else \
        [{n} for n in h.nodes]
    groups = sorted((sorted(c, key=str) for c in groups), key=lambda c: (-len(c), str(c[0])))
    return {n: i for i, c in enumerate(groups) for n in c}
