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
    "00_summary.ipynb": [
        new_markdown_cell("# News actor report\n\nWho is mentioned with whom in these articles, who said what about "
                          "whom, and whether for or against. The corpus, then the headline findings; the sections "
                          "after them show the evidence behind each."),
        param_cell(),
        new_code_cell(SETUP + "\nfrom analysis.report import summary"),
        new_markdown_cell("## The corpus"),
        new_code_cell("summary.corpus_paragraph(ex, input)"),
        new_markdown_cell("## Headline findings"),
        new_code_cell("summary.findings(ex)"),
    ],
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
        new_code_cell("views.show(views.articles_overview(ex))"),
        new_markdown_cell("## Articles by source and date"),
        new_code_cell("views.figure(views.source_chart(ex), 'articles_by_source', out, image_formats)"),
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
                      "color='actor_type', x_title='mentions'), 'top_actors', out, image_formats)"),
        new_code_cell("views.show(top)"),
        new_markdown_cell("## Co-occurrence\n\nActor pairs in the same window, with counts, PMI, NPMI and Jaccard, "
                          "and the sentence that shows each pair."),
        new_code_cell("views.show(views.edge_table(ex, top_n))"),
        new_markdown_cell("## Actor network\n\nThe `network_nodes` most mentioned actors that appear with "
                          "another, and the backbone of their links (the links that stand out for at least one of "
                          "the two actors). Node size: mentions; colour: community (or actor type / country, "
                          "`color_by`); shape: actor type; edge width: `edge_weight` (windows shared by default). "
                          "The caption says what was left out. Hover a node for its top partners, an edge for an "
                          "example sentence and its article."),
        new_code_cell("views.figure(views.actor_network(ex, network_nodes, min_weight, edge_weight, color_by), "
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
        new_markdown_cell("## Who appears with whom, period by period\n\nThe same actors in the same places, one "
                          "panel per `period` (month, quarter or year; `auto` keeps to six panels at most), so that "
                          "links that appear or fade stand out."),
        new_code_cell("views.figure(views.period_networks(ex, 'actor', period, 20, 6, color_by), 'actor_periods', "
                      "out, image_formats)"),
        new_markdown_cell("## Unresolved mentions\n\nNames no registry entry resolved, most frequent first: add the "
                          "real actors to your registry (a stub to edit is written next to the tables)."),
        new_code_cell("views.show(views.unresolved(ex, top_n))"),
        new_code_cell("views.files_table(views.write_registry_stub(ex, out), out)"),
    ],
    "03_statements_stance.ipynb": [
        new_markdown_cell("# Statements and stance\n\nWho said what about whom, and whether for or against — each "
                          "row with the sentence that proves it."),
        param_cell(),
        new_code_cell(SETUP),
        new_markdown_cell("## Who spoke most\n\nStatements per speaker (direct and indirect quotes, \"according "
                          "to\", \"called on … to\"), with the speaker's affiliation."),
        new_code_cell("views.show(views.top_speakers(ex, top_n))"),
        new_markdown_cell("## Who is for or against whom\n\nThe most active speakers × the targets they address "
                          "most: red against, blue for, white neutral, grey no statement. The number in a cell "
                          "counts the statements that take a side; a cell resting on one or two is paler than one "
                          "resting on many. Rows and columns are ordered so that speakers with similar positions "
                          "sit together. Hover a cell for the counts and evidence sentences."),
        new_code_cell("views.figure(charts.stance_matrix_figure(ex.stance, top_n), 'stance_matrix', out, "
                      "image_formats)"),
        new_code_cell("views.show(views.stance_table(ex, top_n))"),
        new_markdown_cell("## Stance network\n\nSpeakers and the actors they spoke about (the `network_nodes` most "
                          "involved): green edges support, red oppose, grey neutral or mixed; hover an edge for the "
                          "evidence."),
        new_code_cell("views.figure(views.stance_network(ex, network_nodes, color_by), 'stance_network', out, "
                      "image_formats)"),
        new_markdown_cell("## Stances period by period\n\nThe same speakers and targets, one panel per `period`."),
        new_code_cell("views.figure(views.period_networks(ex, 'stance', period, 20, 6, color_by), 'stance_periods', "
                      "out, image_formats)"),
        new_markdown_cell("## From speakers' affiliations to targets\n\nEach flow: the statements of an "
                          "organization's (or a lone speaker's) people about a target, coloured by mean stance."),
        new_code_cell("views.figure(charts.sankey_figure(ex.statements, ex.stance, ex.actors, min(top_n, 12)), "
                      "'sankey', out, image_formats)"),
        new_markdown_cell("## Statements by speaker"),
        new_code_cell("views.show(views.statements_by_actor(ex, 10, top_n))"),
        new_markdown_cell("## Agreement and conflict among speakers\n\nTwo speakers agree when they take the same "
                          "side toward the same target (Discourse Network Analyzer's congruence network). Exported "
                          "as GraphML, and the statements as a CSV that DNA can import."),
        new_code_cell("views.figure(views.congruence(ex, network_nodes), 'congruence', out, image_formats)"),
        new_code_cell("views.files_table(views.export_stance(ex, out), out)"),
        new_markdown_cell("## Concepts\n\nWhat the statements take positions on, grouped: the concept phrases "
                          "(\"the smoking ban\", \"ban on smoking\") that share their content words. Written as "
                          "`concepts_stub.yaml`: rename, merge and extend the entries, then pass the file back as "
                          "the `concepts` parameter (`--concepts`), so that agreement means the same concept."),
        new_code_cell("views.show(views.concept_proposals(ex, top_n))"),
        new_code_cell("views.files_table(views.write_concepts_stub(ex, out), out)"),
        new_markdown_cell("## Terms"),
        new_code_cell("views.glossary()"),
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
