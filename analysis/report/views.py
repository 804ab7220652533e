"""Display-ready tables for the notebooks: small, sorted, with evidence text next to numbers."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from analysis.extract import Extracted
from analysis.networks import example_text

from .netviews import (  # noqa: F401  (the notebooks call every view through this module)
    actor_network,
    congruence,
    default_actor,
    edge_examples,
    ego,
    period_networks,
    stance_network,
)


def readable(df: pd.DataFrame) -> pd.DataFrame:
    """A display copy: text columns with missing values as empty cells and whitespace runs as one space.

    Tables show object columns through pandas' formatter, which prints a missing value as "NaN"/"None" and a
    sentence's line breaks as a literal "\\n"; the Parquet/CSV tables keep the exact text and offsets."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or isinstance(out[col].dtype, pd.StringDtype):
            out[col] = [" ".join(v.split()) if isinstance(v, str) else "" if pd.api.types.is_scalar(v) and pd.isna(v)
                        else v for v in out[col].astype(object)]
    return out


COLUMN_NAMES = {
    "n_mentions": "mentions", "n_articles": "articles", "n_windows": "windows shared", "n_statements": "statements",
    "n_paragraphs": "paragraphs", "n_sentences": "sentences", "n_chars": "characters", "npmi": "NPMI",
    "pmi": "PMI", "jaccard": "Jaccard", "name_a": "actor A", "name_b": "actor B", "example_article": "example article",
    "actor_name": "actor", "actor_type": "type", "actor_id": "actor id", "speaker_name": "speaker",
    "speaker_affiliation": "speaker's affiliation", "target_name": "target actor", "target_concept": "target concept",
    "cue_text": "cue", "content_text": "what was said", "decided_by": "decided by", "article_id": "article",
    "resolutions": "resolved by", "score": "score", "polarity": "stance (−1 against, +1 for)",
}
GLOSSARY = {
    "mentions": "times an actor is named (name, alias, surname or descriptor such as \"the North Korean leader\")",
    "windows shared": "sentences (or paragraphs, articles: the run's window) in which both actors are named",
    "PMI / NPMI": "how much more often two actors appear together than chance would give (NPMI: scaled to −1…1)",
    "Jaccard": "windows with both actors ÷ windows with either",
    "stance": "the speaker's position toward the target: −1 against, 0 neutral, +1 for",
    "cue": "the word that marks a statement (said, warned, according to, called on)",
    "decided by": "the words the stance was read from",
    "community": "actors more linked with each other than with the rest (Louvain), one colour each",
    "backbone": "the links that stand out for at least one of their actors (disparity filter, α = 0.05)",
}


class Table:
    """A table for a report: a sentence saying what it shows of what, then the rows with readers' column names.

    Shown through the DataFrame's own HTML (sortable and paginated once ``interactive_tables`` ran)."""

    def __init__(self, df: pd.DataFrame, caption: str = ""):
        self.df = df
        self.caption = caption or str(df.attrs.get("caption", ""))

    def display_frame(self) -> pd.DataFrame:
        return self.df.rename(columns={c: COLUMN_NAMES.get(c, c.replace("_", " ")) for c in self.df.columns})

    def _repr_html_(self) -> str:
        import html

        head = f'<p class="table-caption"><em>{html.escape(self.caption)}</em></p>' if self.caption else ""
        return head + self.display_frame()._repr_html_()

    def __repr__(self) -> str:
        return (self.caption + "\n" if self.caption else "") + repr(self.display_frame())

    def __len__(self) -> int:
        return len(self.df)


def show(df: pd.DataFrame, caption: str = "") -> Table:
    """``df`` as a report table (caption from ``df.attrs["caption"]`` unless given)."""
    return Table(df, caption)


def glossary() -> Table:
    """What the report's measures mean."""
    return Table(pd.DataFrame(sorted(GLOSSARY.items()), columns=["term", "meaning"]), "Terms used in this report")


def _of(df: pd.DataFrame, caption: str) -> pd.DataFrame:
    df.attrs["caption"] = caption
    return df


def load_summary(ex: Extracted) -> pd.DataFrame:
    """Files seen, records loaded and skipped (with reasons) as a two-column table."""
    s = ex.manifest.get("load", {})
    rows = [("files seen", s.get("files_seen", 0)), ("articles loaded", s.get("articles_loaded", len(ex.articles))),
            ("records skipped", s.get("skipped", 0))]
    rows += [(f"skipped: {reason}", n) for reason, n in sorted(s.get("skip_reasons", {}).items())]
    return pd.DataFrame(rows, columns=["what", "count"])


def skipped(ex: Extracted) -> pd.DataFrame:
    """The skipped files and records with their reasons; absolute paths shown relative to the folder the inputs
    share (a report handed on should not show the layout of the machine it was made on)."""
    import os

    r = ex.load_report
    out = r[r["status"] == "skipped"][["path", "record", "reason"]].reset_index(drop=True)
    paths = [p for p in r["path"] if isinstance(p, str) and p]
    if paths and all(os.path.isabs(p) for p in paths):
        base = os.path.commonpath(paths)
        base = os.path.dirname(base) if base in paths else base
        out["path"] = [os.path.relpath(p, base) if isinstance(p, str) and p else p for p in out["path"]]
    return out


def articles_overview(ex: Extracted, limit: int = 200) -> pd.DataFrame:
    """The articles in input order (the first ``limit``), with their size."""
    a = ex.articles
    cols = ["article_id", "title", "date", "source", "n_paragraphs", "n_sentences"]
    out = a[[c for c in cols if c in a]].copy()
    out["n_chars"] = a["text"].str.len()
    what = (f"All {len(a):,} articles" if len(a) <= limit else
            f"The first {limit:,} of {len(a):,} articles, in input order (all of them are in articles.parquet)")
    return _of(readable(out.head(limit)), what)


def articles_by(ex: Extracted, column: str = "source") -> pd.DataFrame:
    a = ex.articles
    return (a[column].fillna("(none)").value_counts().rename_axis(column).reset_index(name="articles")
            .sort_values(["articles", column], ascending=[False, True]).reset_index(drop=True))


def source_chart(ex: Extracted, top: int = 30):
    """Articles per source (the ``top`` largest), or a sentence when the articles name no source."""
    from .charts import Note, bar_figure

    counts = articles_by(ex, "source")
    named = counts[counts["source"] != "(none)"]
    if named.empty:
        return Note("Articles by source: no article in this run names its source (plain text files carry none; "
                    "JSON, CSV and HTML inputs can).")
    title = "Articles by source" + (f" (the {top} largest of {len(named):,})" if len(named) > top else "")
    return bar_figure(counts.head(top), "articles", "source", title, x_title="articles")


def articles_by_date(ex: Extracted, freq: str = "D") -> pd.DataFrame:
    d = pd.to_datetime(ex.articles["date"], errors="coerce").dropna()
    if d.empty:
        return pd.DataFrame(columns=["period", "articles"])
    s = d.dt.to_period(freq).value_counts().sort_index()
    return pd.DataFrame({"period": s.index.astype(str), "articles": s.to_numpy()})


def top_actors(ex: Extracted, n: int = 25, by: str = "actor") -> pd.DataFrame:
    """The most mentioned actors; ``by`` = actor, country or affiliation rolls them up."""
    a = ex.actors
    if by == "actor":
        return _of(readable(a.head(n).reset_index(drop=True)),
                   f"The {min(n, len(a)):,} most mentioned of {len(a):,} actors")
    col = {"country": "country", "affiliation": "affiliation"}[by]
    g = a.fillna({col: "(none)"}).groupby(col).agg(n_mentions=("n_mentions", "sum"), actors=("actor_id", "size"))
    return _of(g.sort_values(["n_mentions"], ascending=False).head(n).reset_index(),
               f"The {min(n, len(g)):,} most mentioned of {len(g):,} {'countries' if by == 'country' else by + 's'}")


def edge_table(ex: Extracted, n: int = 30) -> pd.DataFrame:
    """The strongest co-occurrences with the sentence that shows each one."""
    e = ex.edges.head(n).copy()
    if e.empty:
        return _of(e, "No two actors appear in the same window in this run")
    e["example"] = example_text(e, ex.articles, ex.sentences)
    cols = ["name_a", "name_b", "window", "n_windows", "n_articles", "pmi", "npmi", "jaccard", "example_article",
            "example"]
    return _of(readable(e[cols].round({"pmi": 3, "npmi": 3, "jaccard": 3})),
               f"The {len(e):,} strongest of {len(ex.edges):,} actor pairs, by windows shared")


def open_run(input: str | list[str], out: str, extracted: bool = False, *, progress: bool = False,
             cache_dir: str | None = None, dask: str | None = None, **extract_values: Any) -> Extracted:
    """The notebooks' first call: set plotly's offline renderer, then read the tables the command line has just
    written (``extracted``), or extract them (a notebook opened on raw input in JupyterLab).

    Relative ``input``, ``out``, ``registry`` and ``concepts`` are read from the project folder
    (analysis.config.project_root), so a notebook
    run in JupyterLab (whose kernel starts in notebooks/) and ``make report`` use the same paths. No input
    article is an error, as on the command line.
    """
    import glob

    import plotly.io as pio

    from analysis.config import extract_params, resolve
    from analysis.extract import read_extracted, run_extract

    # charts as plotly's own mimetype: JupyterLab draws them from the saved notebook without trusting it or
    # holding plotly.js in every notebook; the report turns them into HTML with one plotly.js (report.notebooks)
    pio.renderers.default = "plotly_mimetype"
    out_dir = resolve(out)
    if extracted:
        return read_extracted(out_dir)
    inputs = [resolve(i) for i in ([input] if isinstance(input, str) else list(input))]
    missing = [i for i in inputs if not (glob.glob(i) if glob.has_magic(i) else Path(i).exists())]
    if missing:
        raise FileNotFoundError(f"input not found: {', '.join(missing)} (relative paths are read from "
                                f"{resolve('.')})")
    for key in ("registry", "concepts"):  # your files, read from the project folder as the inputs are
        if isinstance(extract_values.get(key), str) and extract_values[key]:
            extract_values[key] = resolve(extract_values[key])
    params = extract_params(extract_values)
    params.validate()
    return run_extract(inputs, out_dir, params, progress=progress, cache_dir=resolve(cache_dir) if cache_dir else True,
                       scheduler=dask)


def interactive_tables(page_length: int = 10, max_rows: int = 2000) -> None:
    """Show DataFrames as sortable, searchable, paginated tables (itables, offline, HTML escaped).

    itables embeds its JavaScript in the notebook (no CDN) and escapes cell text by default; tables longer
    than ``max_rows`` rows are cut (the full table is in the run folder's Parquet/CSV), so a report never
    carries a 10,000-row dump.
    """
    import itables

    itables.init_notebook_mode(all_interactive=True, connected=False)
    itables.options.pageLength = page_length
    itables.options.maxRows = max_rows
    itables.options.maxBytes = "2MB"
    itables.options.allow_html = False
    itables.options.classes = "display compact"


def figure(fig, name: str, out, image_formats=()):
    """Return ``fig`` for display and, when asked, also write it as DIR/figures/<name>.<png|svg> (a ``Note``, a
    chart with nothing to show, is displayed as its sentence and writes nothing)."""
    from .charts import Note, save_figure

    if isinstance(fig, Note):
        return fig
    for fmt in image_formats or ():
        save_figure(fig, Path(out) / "figures" / f"{name}.{fmt}")
    return fig


def actor_statements(ex: Extracted, actor_id: str) -> pd.DataFrame:
    """What one actor said (as speaker), with cue, content and article title."""
    st = ex.statements[ex.statements["speaker_actor_id"] == actor_id]
    titles = dict(zip(ex.articles["article_id"], ex.articles["title"]))
    out = st.assign(article=st["article_id"].map(titles))[["article", "kind", "cue_text", "content_text", "sentence"]]
    return readable(out.reset_index(drop=True))


def actor_stance(ex: Extracted, actor_id: str) -> pd.DataFrame:
    """One actor's stances toward others (as speaker) and others' toward it (as target)."""
    s = ex.stance
    cols = ["speaker_name", "target_name", "target_concept", "polarity", "score", "cue_text", "evidence"]
    said = s[s["speaker_actor_id"] == actor_id].assign(direction="by this actor")
    about = s[s["target_actor_id"] == actor_id].assign(direction="about this actor")
    return readable(pd.concat([said, about])[["direction"] + cols].reset_index(drop=True))


def top_speakers(ex: Extracted, n: int = 20) -> pd.DataFrame:
    """Who spoke most: statements per speaker, with affiliation and the share of opposing stances."""
    st = ex.statements.dropna(subset=["speaker_actor_id"])
    if st.empty:
        return pd.DataFrame(columns=["speaker", "affiliation", "statements", "oppose", "support"])
    g = st.groupby("speaker_actor_id").agg(speaker=("speaker_name", "first"), affiliation=("speaker_affiliation", "first"),
                                           statements=("statement_id", "nunique"))
    pol = ex.stance.dropna(subset=["speaker_actor_id"]).groupby("speaker_actor_id")["polarity"]
    g["oppose"] = pol.apply(lambda s: int((s < 0).sum())).reindex(g.index).fillna(0).astype(int)
    g["support"] = pol.apply(lambda s: int((s > 0).sum())).reindex(g.index).fillna(0).astype(int)
    return _of(readable(g.sort_values(["statements", "speaker"], ascending=[False, True]).head(n).reset_index(drop=True)),
               f"The {min(n, len(g)):,} most active of {len(g):,} speakers; oppose and support count their stances")


def statements_by_actor(ex: Extracted, limit: int = 10, speakers: int = 30) -> pd.DataFrame:
    """Per speaker, their statements (cue and content) with the article they come from, most active first: the
    ``speakers`` most active, ``limit`` statements each."""
    st = ex.statements.dropna(subset=["speaker_actor_id"]).drop_duplicates(["speaker_actor_id", "content_start",
                                                                            "article_id"])
    order = st["speaker_actor_id"].value_counts()
    st = st.assign(_n=st["speaker_actor_id"].map(order)).sort_values(["_n", "speaker_actor_id", "article_id",
                                                                       "content_start"], ascending=[False, True, True, True])
    n_all, top = len(order), set(sorted(order.index, key=lambda a: (-order[a], a))[:speakers])
    st = st[st["speaker_actor_id"].isin(top)].groupby("speaker_actor_id", sort=False).head(limit)
    return _of(readable(st[["speaker_name", "speaker_affiliation", "kind", "cue_text", "content_text", "article_id"]]
                        .reset_index(drop=True)),
               f"Up to {limit} statements each of the {min(speakers, n_all):,} most active of {n_all:,} speakers")


def stance_table(ex: Extracted, n: int = 50) -> pd.DataFrame:
    s = ex.stance
    cols = ["speaker_name", "target_name", "target_concept", "polarity", "score", "decided_by", "cue_text", "evidence"]
    s = s[s["speaker_actor_id"].notna()]
    if "article_id" in s and "statement_id" in s:
        s = s.assign(_strong=-s["score"].abs()).sort_values(["_strong", "article_id", "statement_id"], kind="stable")
    return _of(readable(s[cols].head(n).reset_index(drop=True)),
               f"The {min(n, len(s)):,} strongest of {len(s):,} stances with a known speaker (by |score|)")


def export_stance(ex: Extracted, out) -> dict[str, str]:
    """Write the congruence network (GraphML) and the DNA-importable CSV next to the tables."""
    from analysis.networks import congruence_graph, dna_csv, export_graph
    from analysis.store import atomic_write_text, csv_ready

    out = Path(out)
    g = congruence_graph(ex.stance)
    p1 = export_graph(g, out / "congruence.graphml")
    p2 = out / "statements_dna.csv"
    atomic_write_text(p2, csv_ready(dna_csv(ex.statements, ex.stance, ex.articles)).to_csv(index=False))
    return {"congruence network (GraphML)": str(p1), "DNA statements (CSV)": str(p2)}


def unresolved(ex: Extracted, n: int = 30) -> pd.DataFrame:
    """Names the registry did not resolve, most frequent first, each with an example sentence."""
    from analysis.actors import unresolved_table

    u = unresolved_table(ex.mentions, ex.articles, ex.sentences)
    return _of(readable(u.head(n)), f"The {min(n, len(u)):,} most frequent of {len(u):,} unresolved names")


def files_table(paths: dict[str, str] | str, out) -> pd.DataFrame:
    """The files a cell wrote, named relative to the run folder (a report travels; absolute paths do not)."""
    items = paths.items() if isinstance(paths, dict) else [("file", paths)]
    rows = [(what, str(Path(p).resolve().relative_to(Path(out).resolve())), Path(p).stat().st_size)
            for what, p in items]
    return pd.DataFrame(rows, columns=["what", "file", "bytes"])


def write_registry_stub(ex: Extracted, out) -> str:
    """Write DIR/registry_stub.yaml (the unresolved names as registry entries to complete)."""
    from analysis.actors import registry_stub, unresolved_table
    from analysis.store import atomic_write_text

    path = Path(out) / "registry_stub.yaml"
    atomic_write_text(path, registry_stub(unresolved_table(ex.mentions)))
    return str(path)


def _run_concepts(ex: Extracted):
    """The concept dictionary the run was extracted with (None: none), as its manifest names it."""
    from analysis.config import resolve
    from analysis.stance import load_concepts

    path = (ex.manifest.get("concepts") or {}).get("path")
    if not path:
        return None
    path = path if Path(path).is_file() else resolve(path)  # relative to where the run started, or the project
    return load_concepts(path) if Path(path).is_file() else None


def concept_proposals(ex: Extracted, n: int = 30) -> pd.DataFrame:
    """The concept phrases of this run's statements (those the run's dictionary does not label) grouped into
    concepts to name — the start of a concept dictionary."""
    from analysis.stance import propose_concepts

    p = propose_concepts(ex.stance, _run_concepts(ex), limit=n)
    p = p.assign(phrases=p["phrases"].map(lambda xs: "; ".join(xs[:6]) + (" …" if len(xs) > 6 else "")))
    return _of(p, f"{len(p):,} proposed concepts (concept phrases of at least two statements, grouped)")


def write_concepts_stub(ex: Extracted, out, limit: int = 100) -> str:
    """Write DIR/concepts_stub.yaml: proposed concepts as a dictionary to edit and pass back (``--concepts``)."""
    from analysis.stance import concepts_stub, propose_concepts
    from analysis.store import atomic_write_text

    path = Path(out) / "concepts_stub.yaml"
    atomic_write_text(path, concepts_stub(propose_concepts(ex.stance, _run_concepts(ex), limit=limit)))
    return str(path)


def rolled_up(ex: Extracted, by: str = "actor", window: str | None = None, min_count: int = 1) -> Extracted:
    """The run seen at another level (``organization`` or ``country``): mentions, actors and edges rebuilt."""
    from analysis.actors import actors_table, rollup
    from analysis.networks import cooccurrence

    if by == "actor":
        return ex
    names = dict(zip(ex.actors["actor_id"], ex.actors["actor_name"]))
    m = rollup(ex.mentions, by, names)
    w = window or (ex.edges["window"].iloc[0] if len(ex.edges) else "sentence")
    return ex.with_tables(mentions=m, actors=actors_table(m, ex.articles),
                          edges=cooccurrence(m, ex.sentences, w, min_count))


def export_network(ex: Extracted, out, top_n: int | None = None) -> dict[str, str]:
    """Write the co-occurrence network as GraphML and GEXF (Gephi), with every node and edge attribute."""
    from analysis.networks import cooccurrence_graph, export_graph

    g = cooccurrence_graph(ex.edges, ex.actors, top_n=top_n)
    out = Path(out)
    return {"GraphML": str(export_graph(g, out / "cooccurrence.graphml")),
            "GEXF": str(export_graph(g, out / "cooccurrence.gexf"))}


def sql(out, query: str) -> pd.DataFrame:
    """Run SQL over the run's Parquet tables (each table is a view of the same name), with DuckDB."""
    from analysis.store import duckdb_connection

    with duckdb_connection(out) as con:
        return con.execute(query).df()


def timeline(ex: Extracted, freq: str = "M", top_n: int = 8) -> pd.DataFrame:
    """Mentions per period (D / W / M) of the most mentioned actors; undated articles are left out."""
    m = ex.mentions.merge(ex.articles[["article_id", "date"]], on="article_id")
    m = m[m["date"].notna()]
    cols = ["period", "actor_id", "actor_name", "mentions", "articles"]
    if m.empty:
        return pd.DataFrame(columns=cols)
    top = m["actor_id"].value_counts().sort_index().sort_values(ascending=False, kind="stable").head(top_n).index
    m = m[m["actor_id"].isin(top)]
    m = m.assign(period=pd.to_datetime(m["date"]).dt.to_period(freq).dt.start_time.dt.strftime("%Y-%m-%d"))
    t = m.groupby(["period", "actor_id"]).agg(actor_name=("actor_name", "first"), mentions=("text", "size"),
                                              articles=("article_id", "nunique")).reset_index()
    return t.sort_values(["period", "actor_id"]).reset_index(drop=True)[cols]


def manifest(ex: Extracted) -> pd.DataFrame:
    """The run manifest as a table: parameters, inputs, package and model versions, registry, timings."""
    import importlib.metadata as md

    m = ex.manifest
    rows = [("parameter: " + k, str(v)) for k, v in sorted(m.get("params", {}).items())]
    rows += [("model", f"{m.get('model', {}).get('name')} {m.get('model', {}).get('version')}"),
             ("registry fingerprint", str(m.get("registry", {}).get("fingerprint"))),
             ("registry files", ", ".join(m.get("registry", {}).get("sources", []))),
             ("code fingerprint", str(m.get("code"))), ("workbook version", str(m.get("package_version")))]
    for pkg in ("spacy", "pandas", "plotly", "papermill", "networkx", "scipy"):
        try:
            rows.append((f"package: {pkg}", md.version(pkg)))
        except md.PackageNotFoundError:
            pass
    rows.append(("timing: created (UTC)", str(m.get("created_utc"))))
    rows += [(f"timing: {k} (s)", str(v)) for k, v in sorted(m.get("timings_s", {}).items())]
    rows += [(f"count: {k}", str(v)) for k, v in sorted(m.get("n", {}).items())]
    inputs = m.get("inputs", {})
    rows.append(("inputs (article: sha256)", f"{len(inputs)} articles"))
    rows += [(f"input: {aid}", h) for aid, h in list(sorted(inputs.items()))[:50]]
    if len(inputs) > 50:
        rows.append(("input: …", f"{len(inputs) - 50} more in extract_manifest.json"))
    return pd.DataFrame(rows, columns=["item", "value"])
