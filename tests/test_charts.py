"""Each chart on small tables: its figure type, traces and hover content (escaped)."""
import pandas as pd
import plotly.graph_objects as go
import pytest

from analysis.networks import graphs as networks
from analysis.report import charts, views

from .conftest import chromium_or_skip

ACTORS = pd.DataFrame({"actor_id": ["A", "B", "C", "D"], "actor_name": ["Alpha <b>", "Beta", "Gamma", "Delta"],
                       "actor_type": ["person", "state", "state", "organization"],
                       "country": ["USA", "USA", "RUS", "PRK"], "n_mentions": [9, 5, 4, 1]})
EDGES = pd.DataFrame({"actor_a": ["A", "A", "B"], "actor_b": ["B", "C", "C"], "n_windows": [4, 2, 1],
                      "n_articles": [2, 1, 1], "npmi": [0.5, 0.2, -0.1], "pmi": [1.0, 0.4, -0.2],
                      "jaccard": [0.4, 0.2, 0.1], "window": ["sentence"] * 3})
STANCE = pd.DataFrame({
    "statement_id": ["s1", "s2", "s3"], "speaker_actor_id": ["A", "A", "B"], "speaker_name": ["Alpha <b>", "Alpha <b>", "Beta"],
    "target_actor_id": ["C", "B", "C"], "target_name": ["Gamma", "Beta", "Gamma"], "target_concept": [None] * 3,
    "polarity": [-1, 1, -1], "score": [-0.8, 0.6, -0.5], "cue_text": ["warned", "praised", "condemned"],
    "evidence": ["Alpha warned <script>Gamma</script>.", "Alpha praised Beta.", "Beta condemned Gamma."]})
STATEMENTS = pd.DataFrame({"statement_id": ["s1", "s2", "s3"], "speaker_affiliation": ["D", "D", None]})


def _hovers(fig):
    return " ".join(str(h) for t in fig.data for h in (t.hovertext if getattr(t, "hovertext", None) is not None
                                                          and not isinstance(t.hovertext, str) else [t.hovertext]) if h)


def test_network_figure_sizes_colours_and_hovers():
    g = networks.cooccurrence_graph(EDGES, ACTORS)
    fig = charts.network_figure(g, examples={("A", "B"): "Alpha met Beta — Title"}, color_by="actor_type")
    nodes = [t for t in fig.data if t.mode == "markers+text"]
    assert {t.name for t in nodes} == {"person", "state"}  # D has no edge, so it is not drawn
    assert sum(len(t.x) for t in nodes) == 3
    labels = [x for t in nodes for x in t.text if x]
    assert sorted(labels) == ["Alpha &lt;b&gt;", "Beta", "Gamma"]  # room for all three, escaped
    h = _hovers(fig)
    assert "Alpha met Beta — Title" in h and "top partners" in h and "<b>Alpha &lt;b&gt;</b>" in h
    by_country = charts.network_figure(g, color_by="country")
    assert {t.name for t in by_country.data if t.mode == "markers+text"} == {"USA", "RUS"}
    by_group = charts.network_figure(g)  # communities by default, shapes by actor type
    assert all(t.name.startswith(("group 1", "other")) for t in by_group.data if t.mode == "markers+text")
    assert "all 3 actors" in by_group.layout.title.text


def test_layout_is_seeded():
    g = networks.cooccurrence_graph(EDGES, ACTORS)
    assert networks.layout(g, seed=1) == networks.layout(g.copy(), seed=1)


def test_signed_stance_network():
    g = networks.stance_graph(STANCE, ACTORS)
    assert g.edges["A", "C"]["polarity"] == -1 and g.edges["A", "B"]["polarity"] == 1
    fig = charts.network_figure(g, title="Stance")
    colors = {t.line.color for t in fig.data if t.mode == "lines"}
    assert "rgba(214,39,40,0.75)" in colors and "rgba(44,160,44,0.75)" in colors
    assert "&lt;script&gt;Gamma&lt;/script&gt;" in _hovers(fig) and "<script>" not in _hovers(fig)


def test_ego_figure_centres_one_actor():
    g = networks.cooccurrence_graph(EDGES, ACTORS)
    fig = charts.ego_figure(g, "C", top_n=1)
    nodes = [t for t in fig.data if t.mode == "markers+text"]
    assert sum(len(t.x) for t in nodes) == 2  # C and its strongest partner (A: 2 windows)
    widths = [w for t in nodes for w in t.marker.line.width]
    assert sorted(widths) == [1, 3]  # the ego is outlined
    assert "has no co-occurrences" in charts.ego_figure(g, "ZZZ").text


def test_sankey_affiliation_to_target():
    fig = charts.sankey_figure(STATEMENTS, STANCE, ACTORS)
    assert isinstance(fig.data[0], go.Sankey)
    s = fig.data[0]
    assert list(s.node.label) == ["Delta", "Beta", "Gamma", "Beta"]  # Alpha speaks for Delta; Beta for itself
    assert sorted(s.link.value) == [1, 1, 1]
    assert any("&lt;script&gt;" in c for c in s.link.customdata)


def test_heatmap_stance_matrix_timeline():
    h = charts.heatmap_figure(EDGES, ACTORS, "n_windows")
    assert isinstance(h.data[0], go.Heatmap) and len(h.data[0].x) == 3
    m = charts.stance_matrix_figure(STANCE)
    assert m.data[0].zmid == 0 and m.data[0].zmin == -1
    assert "Alpha warned &lt;script&gt;" in str(m.data[0].hovertext)
    t = pd.DataFrame({"actor_id": ["A", "A"], "actor_name": ["Alpha"] * 2, "period": ["2023-01-01", "2023-02-01"],
                      "mentions": [1, 3], "articles": [1, 2]})
    assert len(charts.timeline_figure(t).data) == 1
    assert isinstance(charts.timeline_figure(t.iloc[0:0]), charts.Note)


def test_stance_cell_hover_shows_the_side_it_leans_to():
    """A red cell's hover gives the sentences that make it red, not the first (neutral) one of the pair."""
    rows = pd.DataFrame({
        "statement_id": ["s1", "s2", "s3", "s4"], "speaker_actor_id": ["A"] * 4, "speaker_name": ["Alpha"] * 4,
        "target_actor_id": ["C"] * 4, "target_name": ["Gamma"] * 4, "target_concept": [None] * 4,
        "polarity": [0, -1, -1, -1], "score": [0.0, -1.0, -1.0, -1.0], "cue_text": ["said", "accused", "said", "said"],
        "evidence": ["Alpha met Gamma.", "Alpha accused Gamma of <b>lying</b>.", "Alpha said Gamma was wrong.",
                     "Alpha said Gamma was wrong again."]})
    hover = str(charts.stance_matrix_figure(rows).data[0].hovertext)
    assert "Alpha met Gamma" not in hover and "[against] accused: Alpha accused Gamma of &lt;b&gt;lying" in hover
    assert "Gamma was wrong." in hover and "wrong again" not in hover  # two sentences at most
    assert "1 against" not in hover and "3 against" in hover


def test_congruence_draws_repeated_agreement_when_there_is_enough():
    """On a large run only pairs that agree or clash on two targets or more are drawn; on a small one every pair."""
    import networkx as nx

    def graph(n_strong: int) -> nx.Graph:
        g = nx.Graph()
        for i in range(60):
            g.add_node(f"S{i:02d}", actor_name=f"S{i:02d}", n_statements=100 - i)
        for i in range(0, 58, 2):  # chance pairs of the most active speakers: one shared side
            g.add_edge(f"S{i:02d}", f"S{i + 1:02d}", congruence=1, conflict=0, weight=1, targets="GBR")
        for i in range(n_strong):
            g.add_edge(f"S{i:02d}", f"S{59 - i:02d}", congruence=2, conflict=0, weight=2, targets="T1; T2")
        return g

    big = charts.congruence_figure(graph(25), max_nodes=40)
    hovers = str([t.hovertext for t in big.data])
    assert "agree 2" in hovers and "agree 1," not in hovers
    small = charts.congruence_figure(graph(3), max_nodes=40)
    assert "agree 1," in str([t.hovertext for t in small.data])


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_static_export(tmp_path, fmt):
    chromium_or_skip()
    path = charts.save_figure(charts.heatmap_figure(EDGES, ACTORS), tmp_path / f"heat.{fmt}")
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG") if fmt == "png" else b"<svg" in data[:500]
    with pytest.raises(ValueError, match="choose a .png"):
        charts.save_figure(go.Figure(), tmp_path / "x.gif")


def test_views_on_the_seed_run(seed_run, tmp_path):
    ex, out = seed_run
    assert views.default_actor(ex) == ex.actors.sort_values(["n_mentions", "actor_id"], ascending=[False, True]).actor_id.iloc[0]
    assert views.default_actor(ex, "kim jong un") == "PRK-kim-jong-un"
    with pytest.raises(ValueError, match="not in this run"):
        views.default_actor(ex, "Nobody Atall")
    fig = views.ego(ex, "Kim Jong Un")
    assert "Kim Jong Un" in fig.layout.title.text
    kirby = views.actor_statements(ex, "USA-john-kirby")
    assert len(kirby) >= 2 and {"cue_text", "content_text", "article"} <= set(kirby)
    st = views.actor_stance(ex, "PRK")
    assert set(st.direction) == {"about this actor"} and (st.polarity < 0).any()
    written = views.figure(fig, "ego", tmp_path, [])
    assert written is fig and not (tmp_path / "figures").exists()


def test_readable_tables_show_blank_cells_and_one_line_text():
    """Display tables: no "NaN"/"None" text cells, no line breaks; numbers and non-text columns untouched."""
    df = pd.DataFrame({"name": ["A", None, float("nan")], "evidence": ["one\n\ntwo  three", "x", pd.NA],
                       "score": [0.5, float("nan"), 1.0]})
    r = views.readable(df)
    assert list(r["name"]) == ["A", "", ""] and list(r["evidence"]) == ["one two three", "x", ""]
    assert r["score"].isna().sum() == 1 and df["name"].isna().sum() == 2  # the input is not changed


def test_seed_stance_view_has_no_missing_text(seed_run):
    ex, _ = seed_run
    for table in (views.stance_table(ex), views.top_speakers(ex), views.statements_by_actor(ex)):
        text = [v for c in table if not pd.api.types.is_numeric_dtype(table[c]) for v in table[c]]
        assert text and all(isinstance(v, str) and "\n" not in v for v in text)


def test_every_chart_has_axis_titles_or_a_legend():
    """Bars coloured by type carry a legend; bars, heatmaps, the stance matrix and timelines name their axes."""
    top = ACTORS.sort_values("n_mentions")
    bars = charts.bar_figure(top, "n_mentions", "actor_name", "Most mentioned", color="actor_type", x_title="mentions")
    assert {t.name for t in bars.data} == {"person", "state", "organization"} and bars.layout.xaxis.title.text == "mentions"
    assert bars.layout.legend.title.text == "actor type"
    heat = charts.heatmap_figure(EDGES, ACTORS)
    assert heat.layout.xaxis.title.text == "actor" and heat.data[0].colorbar.title.text == "windows shared"
    m = charts.stance_matrix_figure(STANCE)
    assert m.layout.xaxis.title.text == "target" and m.layout.yaxis.title.text == "speaker"
    t = pd.DataFrame({"actor_id": ["A"], "actor_name": ["Alpha"], "period": ["2023-01-01"], "mentions": [1],
                      "articles": [1]})
    tl = charts.timeline_figure(t)
    assert tl.layout.yaxis.title.text == "mentions" and tl.layout.legend.title.text == "actor"


def test_a_stance_cell_on_one_statement_is_paler_than_one_on_many():
    """PolNeAR: one sentence painted "Bernie Sanders → Ruth Bader Ginsburg" as dark as thirty; the colour is the net
    side of the sided statements shrunk toward neutral ((for − against) / (sided + 1)), statements that only mention
    the target do not pale it, and the cell says how many statements take a side."""
    pol = [-1] + [-1] * 5 + [0] + [-1, 0, 0, 0]
    tgt = ["Beta"] + ["Gamma"] * 5 + ["Delta"] + ["Eps"] * 4
    rows = pd.DataFrame({
        "statement_id": [f"s{i}" for i in range(11)], "speaker_actor_id": ["A"] * 11, "speaker_name": ["Alpha"] * 11,
        "target_actor_id": tgt, "target_name": tgt, "target_concept": [None] * 11, "polarity": pol,
        "score": [float(p) for p in pol], "cue_text": ["said"] * 11, "evidence": [f"Alpha said {i}." for i in range(11)]})
    h = charts.stance_matrix_figure(rows).data[0]
    cells = {t: (z, txt) for t, z, txt in zip(h.x, h.z[0], h.text[0])}
    assert cells["Beta"] == (-0.5, "1") and cells["Gamma"][1] == "5" and abs(cells["Gamma"][0] + 5 / 6) < 1e-9
    assert cells["Delta"] == (0.0, ""), cells  # a neutral statement: no number
    assert cells["Eps"] == (-0.5, "1"), cells  # one side among four statements: as one side alone
    assert "mean -1.00 over 1 statements" in str(h.hovertext)
