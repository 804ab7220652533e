"""Write the report notebooks (without outputs) from the cell lists below: `python scripts/make_notebooks.py`.

Keeping the notebooks' source here makes their diffs readable; the .ipynb files in notebooks/ are what
users open in JupyterLab and what papermill runs.
"""
import textwrap
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from analysis.config import EXTRACT_NAMES, notebook_cell

ROOT = Path(__file__).resolve().parent.parent

PARAMETERS = notebook_cell()  # from analysis.config.PARAMS, like the command line's options

SETUP = '''from IPython.display import display
from analysis.networks import graphs as networks
from analysis.report import charts, views
views.interactive_tables()  # sortable, paginated tables (offline)
ex = views.open_run(input, out, extracted, cache_dir=cache_dir, dask=dask,
                    ''' + textwrap.fill(", ".join(f"{n}={n}" for n in EXTRACT_NAMES) + ")", 100,
                                          subsequent_indent=" " * 20) + "\nout = str(ex.out)  # the run folder (relative paths are read from the project)"


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
        new_code_cell("from analysis.report import explore\nexplore.explorer(run, top_n)"),
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
