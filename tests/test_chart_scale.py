"""Charts stay legible at any corpus size: bounded nodes, a backbone of edges, few traces, capped markers, and a
sentence instead of an empty chart (issue 28)."""
import random

import networkx as nx
import pandas as pd
import pytest

from analysis.networks import (
    article_periods,
    bounded,
    communities,
    cooccurrence_graph,
    disparity_alpha,
    layout,
    stance_graph,
)
from analysis.report import charts, views
from analysis.report.netdraw import MAX_PX, place_labels


def big_tables(n_actors: int = 600, n_edges: int = 6000, seed: int = 1):
    rng = random.Random(seed)
    ids = [f"A{i:04d}" for i in range(n_actors)]
    actors = pd.DataFrame({"actor_id": ids, "actor_name": [f"Actor number {i}" for i in range(n_actors)],
                           "actor_type": [rng.choice(["person", "state", "organization"]) for _ in ids],
                           "country": [rng.choice(["USA", "GBR", "FRA", "RUS"]) for _ in ids],
                           "n_mentions": [int(10_000 / (i + 1)) + 1 for i in range(n_actors)]})
    pairs = set()
    while len(pairs) < n_edges:
        a, b = sorted(rng.sample(ids[: n_actors // 2] if rng.random() < 0.7 else ids, 2))
        pairs.add((a, b))
    pairs = sorted(pairs)
    edges = pd.DataFrame({"actor_a": [a for a, _ in pairs], "actor_b": [b for _, b in pairs],
                          "n_windows": [rng.randint(1, 200) for _ in pairs], "n_articles": 1, "npmi": 0.1, "pmi": 0.1,
                          "jaccard": 0.1, "window": "sentence"})
    return actors, edges


def network_stats(fig):
    nodes = [t for t in fig.data if t.mode == "markers+text"]
    labels = [x for t in nodes for x in t.text if x]
    sizes = [s for t in nodes for s in t.marker.size]
    return len(fig.data), len(labels), max(sizes), sum(len(t.x) for t in nodes)


def test_network_bounded_at_any_size():
    actors, edges = big_tables()
    g = cooccurrence_graph(edges, actors, top_n=None)  # every actor and edge: the worst a caller can pass
    fig = charts.network_figure(g, max_nodes=40)
    traces, labels, biggest, drawn = network_stats(fig)
    assert drawn == 40 and labels <= 40 and traces <= 40 and biggest <= MAX_PX
    lines = [t for t in fig.data if t.mode == "lines"]
    n_edges = sum(len(t.x) // 3 for t in lines)
    assert 0 < n_edges <= 120  # the backbone, not the 6,000 edges
    assert f"top 40 of {g.number_of_nodes()} actors" in fig.layout.title.text and "backbone" in fig.layout.title.text


def test_backbone_keeps_what_stands_out_and_every_node():
    g = nx.Graph()
    for i in range(10):  # hub H with ten equal spokes, and one spoke that carries most of S's weight
        g.add_edge("H", f"L{i}", weight=1.0)
    g.add_edge("H", "S", weight=50.0)
    g.add_edge("S", "T", weight=1.0)
    for n in g:
        g.nodes[n]["n_mentions"] = g.degree(n, weight="weight")
    p = disparity_alpha(g)
    assert p[("H", "S")] < 0.05 and p[("H", "L0")] > 0.05
    sub, info = bounded(g, max_nodes=13)
    assert sub.has_edge("H", "S") and all(sub.degree(n) > 0 for n in sub)  # every node keeps its strongest edge
    assert info.nodes == info.nodes_total == 13 and info.edges == info.edges_total == 12
    assert bounded(g, max_nodes=12)[1].caption().startswith("top 12 of 13 actors")


def test_communities_are_seeded_and_split_cliques():
    g = nx.Graph()
    g.add_edges_from([(a, b, {"weight": 5}) for a in "abcd" for b in "abcd" if a < b])
    g.add_edges_from([(a, b, {"weight": 5}) for a in "wxyz" for b in "wxyz" if a < b])
    g.add_edge("d", "w", weight=1)
    c = communities(g, seed=3)
    assert c == communities(g.copy(), seed=3)
    assert len({c[n] for n in "abcd"}) == 1 and c["a"] != c["w"]
    signed = nx.Graph([("a", "b", {"weight": -3}), ("b", "c", {"weight": 2})])
    assert communities(signed, signed=True)["a"] != communities(signed, signed=True)["b"]  # a fight is no alliance


def test_layout_places_components_apart_and_is_deterministic():
    g = nx.Graph([("a", "b", {"weight": 1}), ("b", "c", {"weight": 9}), ("x", "y", {"weight": 2})])
    g.add_node("lone")
    pos = layout(g, seed=7)
    assert pos == layout(g.copy(), seed=7) and set(pos) == {"a", "b", "c", "x", "y", "lone"}
    assert len({p for p in pos.values()}) == 6


def test_labels_never_overlap():
    px = {i: (100.0 + i * 3, 100.0) for i in range(20)}  # twenty nodes almost on top of each other
    sizes = dict.fromkeys(px, 10.0)
    placed = place_labels(list(px), px, sizes, {i: "A long actor name" for i in px})
    assert 1 <= len(placed) <= 4  # above, below, and at most one on each side


def test_congruence_and_stance_networks_bounded():
    rng = random.Random(2)
    speakers = [f"S{i:03d}" for i in range(300)]
    rows = [{"statement_id": f"st{k}", "article_id": f"a{k % 50}", "speaker_actor_id": rng.choice(speakers),
             "speaker_name": "x", "target_actor_id": rng.choice(speakers[:60]), "target_name": "t",
             "target_concept": None, "polarity": rng.choice([-1, 0, 1]), "score": 0.5, "cue_text": "said",
             "evidence": "e"} for k in range(5000)]
    stance = pd.DataFrame(rows)
    stance["speaker_name"] = stance["speaker_actor_id"]
    stance["target_name"] = stance["target_actor_id"]
    ex = _Ex(stance)
    fig = views.congruence(ex, 40)
    traces, labels, biggest, drawn = network_stats(fig)
    assert drawn <= 40 and traces <= 40 and biggest <= MAX_PX and "of 300 speakers" in fig.layout.title.text
    g = stance_graph(stance, None, top_n=None)
    fig = charts.network_figure(g, max_nodes=30, title="Stance network")
    assert network_stats(fig)[3] == 30
    assert {t.name for t in fig.data if t.mode == "lines"} <= {"support", "oppose", "neutral or mixed"}


class _Ex:
    def __init__(self, stance):
        self.stance = stance


def test_sankey_and_matrix_bounded():
    rng = random.Random(3)
    n = 4000
    stance = pd.DataFrame({"statement_id": [f"s{i}" for i in range(n)],
                           "speaker_actor_id": [f"P{rng.randint(0, 200)}" for _ in range(n)],
                           "speaker_name": None, "target_actor_id": None, "target_name": None,
                           "target_concept": [f"concept {rng.randint(0, 300)}" for _ in range(n)],
                           "polarity": [rng.choice([-1, 0, 1]) for _ in range(n)], "score": 0.1,
                           "cue_text": "said", "evidence": "<i>e</i>"})
    statements = pd.DataFrame({"statement_id": stance["statement_id"],
                               "speaker_affiliation": [f"ORG{rng.randint(0, 80)}" for _ in range(n)]})
    fig = charts.sankey_figure(statements, stance, None, top_n=12, max_links=40)
    link = fig.data[0].link
    assert len(link.value) <= 60 and "other targets" in fig.data[0].node.label
    assert sum(link.value) <= n and f"of {n:,} stances" in fig.layout.title.text
    m = charts.stance_matrix_figure(stance, top_n=50, max_n=25)
    assert len(m.data[0].x) == 25 and len(m.data[0].y) == 25
    hovers = [h for row in m.data[0].hovertext for h in row]
    assert any(" for, " in h and " against, " in h for h in hovers) and "<i>" not in " ".join(hovers)


def test_empty_data_is_a_sentence_not_an_empty_chart(tmp_path):
    empty_edges = pd.DataFrame(columns=["actor_a", "actor_b", "n_windows"])
    g = cooccurrence_graph(empty_edges, pd.DataFrame(columns=["actor_id", "actor_name", "n_mentions"]))
    note = charts.network_figure(g)
    assert isinstance(note, charts.Note) and "no two actors" in note.text
    assert views.figure(note, "x", tmp_path, ["png"]) is note and not (tmp_path / "figures").exists()
    assert "&lt;b&gt;" in charts.Note("<b>")._repr_html_() and "<b>" not in charts.Note("<b>")._repr_html_()
    arts = pd.DataFrame({"article_id": ["a", "b"], "date": [None, None]})
    labels, used = article_periods(arts)
    assert labels.empty
    empty = pd.DataFrame(columns=["statement_id", "speaker_actor_id", "speaker_name", "target_name",
                                  "target_concept", "target_actor_id", "polarity", "evidence", "cue_text"])
    assert isinstance(charts.stance_matrix_figure(empty), charts.Note)
    assert isinstance(charts.sankey_figure(pd.DataFrame(columns=["statement_id", "speaker_affiliation"]), empty),
                      charts.Note)


@pytest.mark.parametrize("dates,expected", [
    (["2024-01-03", "2024-02-10", "2024-02-11", "2024-05-01"], "month"),
    ([f"2024-{m:02d}-01" for m in range(1, 13)], "quarter"),
    ([f"{y}-06-01" for y in range(2010, 2024)], "year"),
])
def test_auto_period_keeps_to_six_slices(dates, expected):
    arts = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(dates))], "date": dates})
    labels, used = article_periods(arts, "auto", 6)
    assert used == expected and labels.notna().all()
    assert article_periods(arts, "year")[0].iloc[0] == dates[0][:4]


def test_table_captions_say_what_of_what(seed_run):
    ex, _ = seed_run
    top = views.top_actors(ex, 3)
    assert top.attrs["caption"] == f"The 3 most mentioned of {len(ex.actors)} actors"
    t = views.show(top)
    page = t._repr_html_()
    assert page.startswith('<p class="table-caption"><em>The 3 most mentioned') and "mentions" in page
    assert "n_mentions" not in t.display_frame().columns
    assert "<script>" not in views.show(top, "<script>x</script>")._repr_html_().split("</p>")[0]


def test_stance_matrix_shows_who_takes_sides_not_who_reports():
    """On a corpus most stances are neutral: the matrix shows the speakers who took most sides and the targets most
    sided on, not a commentator with many neutral rows nor a name only mentioned."""
    rows = [("Reporter", "Reuters", 0)] * 30 + [("Critic", "Minister", -1)] * 3 + [("Fan", "Minister", 1)] * 2
    stance = pd.DataFrame({"statement_id": [f"s{i}" for i in range(len(rows))],
                           "speaker_actor_id": [r[0] for r in rows], "speaker_name": [r[0] for r in rows],
                           "target_actor_id": [r[1] for r in rows], "target_name": [r[1] for r in rows],
                           "target_concept": None, "polarity": [r[2] for r in rows], "score": 0.0,
                           "cue_text": "said", "evidence": "e"})
    m = charts.stance_matrix_figure(stance, top_n=2)
    assert set(m.data[0].y) == {"Critic", "Fan"} and list(m.data[0].x)[0] == "Minister", (m.data[0].y, m.data[0].x)
