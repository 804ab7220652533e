"""Network views for the notebooks: each call picks the actors to show from the tables (bounded, whatever the
corpus size) and returns a chart (``charts``) or, when there is nothing to draw, a one-sentence ``Note``."""
from __future__ import annotations

from analysis.extract import Extracted
from analysis.networks import example_text


def edge_examples(ex: Extracted, actors: set | None = None) -> dict[tuple[str, str], str]:
    """(actor_a, actor_b) → evidence text with its article title, for network hovers (only the pairs among
    ``actors`` when given: a large run has hundreds of thousands of edges)."""
    e = ex.edges
    if actors is not None and len(e):
        e = e[e["actor_a"].isin(actors) & e["actor_b"].isin(actors)]
    if e.empty:
        return {}
    texts = example_text(e, ex.articles, ex.sentences)
    titles = dict(zip(ex.articles["article_id"], ex.articles["title"].fillna("")))
    return {(a, b): f"“{t}” — {titles.get(aid) or aid}"
            for a, b, t, aid in zip(e["actor_a"], e["actor_b"], texts, e["example_article"])}


def default_actor(ex: Extracted, actor: str | None = None) -> str | None:
    """The actor to centre an ego view on: the one asked for (id or name), else the most mentioned."""
    a = ex.actors
    if a.empty:
        return None
    if actor:
        hit = a[(a["actor_id"] == actor) | (a["actor_name"].str.lower() == str(actor).lower())]
        if hit.empty:
            from rapidfuzz import fuzz, process

            names = sorted(set(a["actor_name"].dropna().astype(str)))
            close = [n for n, _, _ in process.extract(str(actor), names, scorer=fuzz.WRatio, limit=5)]
            raise ValueError(f"actor {actor!r} is not in this run (closest: {', '.join(close)})")
        return str(hit["actor_id"].iloc[0])
    return str(a.sort_values(["n_mentions", "actor_id"], ascending=[False, True])["actor_id"].iloc[0])


def ego(ex: Extracted, actor: str | None = None, top_n: int = 25, color_by: str = "community"):
    """The ego network of one actor (default: the most mentioned) from the co-occurrence edges: the actor, its
    ``top_n`` strongest partners and the links among them."""
    from analysis.networks import cooccurrence_graph

    from .charts import ego_figure

    aid = default_actor(ex, actor) or ""
    e = ex.edges
    mine = e[(e["actor_a"] == aid) | (e["actor_b"] == aid)] if len(e) else e
    near = set(mine["actor_a"]) | set(mine["actor_b"]) if len(mine) else {aid}
    sub = e[e["actor_a"].isin(near) & e["actor_b"].isin(near)] if len(e) else e
    g = cooccurrence_graph(sub, ex.actors, top_n=None)
    return ego_figure(g, aid, top_n=top_n, examples=edge_examples(ex, near), color_by=color_by)


def actor_network(ex: Extracted, max_nodes: int = 40, min_weight: float = 0, weight: str = "n_windows",
                  color_by: str = "community"):
    """The co-occurrence network of the ``max_nodes`` most mentioned linked actors (bounded and captioned by
    ``charts.network_figure``)."""
    from analysis.networks import cooccurrence_graph

    from .charts import network_figure

    e = ex.edges[ex.edges[weight] >= min_weight] if len(ex.edges) else ex.edges
    linked = len(set(e["actor_a"]) | set(e["actor_b"])) if len(e) else 0
    g = cooccurrence_graph(ex.edges, ex.actors, top_n=max_nodes, min_weight=min_weight, weight=weight)
    return network_figure(g, examples=edge_examples(ex, set(g.nodes)), color_by=color_by, max_nodes=max_nodes,
                          of=linked)


def stance_network(ex: Extracted, max_nodes: int = 40, color_by: str = "community"):
    """Speakers and the actors they took a side on, the ``max_nodes`` most involved (green support, red oppose)."""
    from analysis.networks import stance_graph

    from .charts import network_figure

    s = ex.stance.dropna(subset=["speaker_actor_id", "target_actor_id"])
    s = s[s["speaker_actor_id"] != s["target_actor_id"]]
    involved = len(set(s["speaker_actor_id"]) | set(s["target_actor_id"]))
    g = stance_graph(ex.stance, ex.actors, max_nodes)
    return network_figure(g, title="Stance network", color_by=color_by, max_nodes=max_nodes, of=involved,
                          what="actors in stances")


def congruence(ex: Extracted, max_nodes: int = 40):
    """Agreement and conflict among the ``max_nodes`` speakers with most non-neutral stances."""
    from analysis.networks import congruence_graph

    from .charts import congruence_figure

    s = ex.stance.dropna(subset=["speaker_actor_id"])
    s = s[s["polarity"] != 0]
    counts = s["speaker_actor_id"].value_counts()
    top = sorted(counts.index, key=lambda a: (-counts[a], a))[:max_nodes]
    g = congruence_graph(s[s["speaker_actor_id"].isin(top)])
    return congruence_figure(g, max_nodes=max_nodes, of=len(counts))


def period_networks(ex: Extracted, kind: str = "actor", period: str = "auto", max_nodes: int = 20,
                    max_slices: int = 6, color_by: str = "community"):
    """The actor (``kind="actor"``) or stance (``"stance"``) network per period, as small multiples over the same
    ``max_nodes`` actors (the most present in the dated articles)."""
    from analysis.networks import (
        actor_slices,
        article_periods,
        cooccurrence,
        cooccurrence_graph,
        period_slices,
        stance_graph,
        stance_slices,
    )

    from .charts import Note, period_figure

    labels, used = article_periods(ex.articles, period, max_slices)
    title = f"{'Actor' if kind == 'actor' else 'Stance'} network by {used}"
    if labels.empty:
        return Note(f"{title}: no article in this run has a date, so there are no periods to compare.")
    slices = period_slices(labels, max_slices)
    dated = labels[labels.isin(slices)].index
    if kind == "actor":
        m = ex.mentions.dropna(subset=["actor_id"])
        m = m[m["article_id"].isin(dated)]
        window = ex.edges["window"].iloc[0] if len(ex.edges) else "sentence"
        counts = m["actor_id"].value_counts()
        top = sorted(counts.index, key=lambda a: (-counts[a], a))[: max_nodes * 2]
        mt = m[m["actor_id"].isin(top)]
        edges = cooccurrence(mt, None, window, 1, n_examples=1, n_windows=max(1, len(mt))) if len(mt) else ex.edges.iloc[0:0]
        actors = ex.actors.drop(columns=["n_mentions"]).merge(counts.rename("n_mentions"), left_on="actor_id",
                                                               right_index=True)
        union = cooccurrence_graph(edges, actors, top_n=max_nodes)
        parts = actor_slices(m, ex.actors, labels, slices, list(union.nodes), window)
        of = len(counts)
    else:
        s = ex.stance[ex.stance["article_id"].isin(dated)]
        union = stance_graph(s, ex.actors, max_nodes)
        parts = stance_slices(s, ex.actors, labels, slices, list(union.nodes))
        of = None
    if union.number_of_edges() == 0:
        return Note(f"{title}: no two actors are linked in the dated articles.")
    return period_figure(parts, union, title=title, what="actors", color_by=color_by, of=of)
