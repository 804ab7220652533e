"""The commands end to end: extract tables, exit codes, the papermill report, and the report in a browser."""
import json
import re
import subprocess
import sys

import pandas as pd
import pytest

from analysis.cli import main

from .conftest import ROOT, SEEDS, browse


def test_extract_writes_tables(tmp_path):
    assert main(["extract", str(SEEDS), "--out", str(tmp_path), "-q", "--window", "paragraph"]) == 0
    for name in ("articles", "mentions", "edges", "sentences", "actors"):
        assert (tmp_path / f"{name}.parquet").exists(), name
    rep = pd.read_csv(tmp_path / "load_report.csv")
    assert list(rep.status) == ["loaded"]
    e = pd.read_parquet(tmp_path / "edges.parquet")
    assert set(e.window) == {"paragraph"} and (e.actor_a < e.actor_b).all()
    m = pd.read_parquet(tmp_path / "mentions.parquet")
    assert {"article_id", "sent_idx", "para_idx", "start_char", "end_char", "actor_id", "resolution"} <= set(m)


def test_same_input_same_tables(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for d in (a, b):
        assert main(["extract", str(SEEDS), "--out", str(d), "-q"]) == 0
    for name in ("mentions", "edges", "sentences", "actors"):
        assert (a / f"{name}.csv").read_bytes() == (b / f"{name}.csv").read_bytes(), name


def test_two_processes_give_the_same_tables(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "seed.txt").write_bytes((SEEDS / "000_eb9331b580f5a3dd.txt").read_bytes())
    for i, text in enumerate(["Vladimir Putin met Kim Jong Un in Moscow, officials said.", "",
                              "Japan and South Korea signed a deal. The ministry welcomed it.",
                              "The White House urged Pyongyang to stop, John Kirby said."]):
        (src / f"a{i}.txt").write_text(f"Title {i}\n\n{text}", encoding="utf-8")
    a, b = tmp_path / "one", tmp_path / "two"
    assert main(["extract", str(src), "--out", str(a), "-q", "--n-process", "1", "--no-cache"]) == 0
    # batch size 1: four partitions (2, 1, 1, 1 articles) over a pool of two processes
    assert main(["extract", str(src), "--out", str(b), "-q", "--n-process", "2", "--batch-size", "1", "--no-cache"]) == 0
    assert json.loads((b / "extract_manifest.json").read_text())["scheduler"] == "process pool"
    for name in ("mentions", "sentences", "edges", "statements", "stance", "actors"):
        assert (a / f"{name}.csv").read_bytes() == (b / f"{name}.csv").read_bytes(), name


def test_missing_input_and_bad_parameters_exit_2(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    assert "input not found" in capsys.readouterr().err
    assert main(["extract", str(SEEDS), "--out", str(tmp_path / "o"), "--min-count", "0"]) == 2
    assert main(["report", str(SEEDS), "--out", str(tmp_path / "o"), "-p", "no_such_param", "1"]) == 2
    assert "no_such_param" in capsys.readouterr().err
    assert main(["report", str(SEEDS), "--out", str(tmp_path / "o"), "-p", "top_n", "many", "-p", "rollup", "x"]) == 2
    err = capsys.readouterr().err
    assert "top_n must be an integer" in err and "rollup must be one of" in err
    assert not (tmp_path / "o").exists()


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    r = subprocess.run([sys.executable, "-m", "analysis", "report", str(SEEDS), "--out", str(out), "-q",
                        "-p", "top_n", "20"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    assert "running over TCP" not in r.stderr  # kernels on IPC sockets: a quiet run is quiet
    return out


def test_report_has_charts_and_no_code(report):
    html = (report / "report.html").read_text(encoding="utf-8")
    assert html.count("window.PlotlyConfig") == 1  # plotly.js inline, once
    assert len(re.findall(r'class="plotly-graph-div"', html)) >= 4
    assert "views.open_run(" not in html  # code hidden
    assert not re.search(r'<script[^>]*src="https?://', html)
    assert (report / "notebooks" / "02_actors_cooccurrence.ipynb").exists()
    assert "Kim Jong Un" in html and "Co-occurrence heatmap" in html and "Who is for or against whom" in html
    assert "Run manifest" in html and "Actors over time" in html
    # it opens on a title, the corpus and the findings; the contents come after them; a glossary at the end
    first = [html.find(x) for x in ('id="News-actor-report"', 'id="The-corpus"', 'id="Headline-findings"',
                                    'id="Contents"', 'id="Corpus"')]
    assert -1 not in first and first == sorted(first), first
    assert "1 article</b>" in html and "Clearest opposition" in html and "Terms used in this report" in html
    assert (report / "congruence.graphml").exists() and (report / "statements_dna.csv").exists()
    for name in ("statements", "stance"):
        assert (report / f"{name}.parquet").exists()


def test_report_draws_in_headless_chromium(report, tmp_path):
    dom, requested = browse(report / "report.html", tmp_path)
    # plotly draws each chart as an <svg class="main-svg"> inside the div (none before it runs)
    assert dom.count('class="main-svg"') >= 8
    assert len(re.findall(r"<g class=\"(?:trace|heatmaplayer|barlayer)", dom)) >= 3
    assert 'class="sankey"' in dom  # the affiliation → target flows
    assert dom.count('class="dt-container') >= 5  # itables made the tables sortable and paginated
    assert requested == []  # the page fetched nothing from the network


def test_saved_notebooks_keep_their_charts(report, tmp_path):
    """Executed notebooks store charts as plotly's mimetype (JupyterLab draws it without trusting the notebook),
    not 4.6 MB of plotly.js each; one rendered on its own draws its charts offline."""
    import nbformat

    from analysis.report.notebooks import PLOTLY_MIME, notebook_html

    saved = report / "notebooks" / "02_actors_cooccurrence.ipynb"
    nb = nbformat.read(str(saved), as_version=4)
    outputs = [o.get("data", {}) for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert sum(PLOTLY_MIME in d for d in outputs) >= 3
    assert not any("window.PlotlyConfig" in d.get("text/html", "") for d in outputs)
    assert saved.stat().st_size < 2_500_000
    page = notebook_html(saved, tmp_path / "02.html")
    dom, requested = browse(page, tmp_path)
    assert dom.count('class="main-svg"') >= 6 and requested == []


def test_browse_sees_page_requests(tmp_path):
    """The no-network check can fail: a page that loads a remote script is caught."""
    page = tmp_path / "remote.html"
    page.write_text('<html><body><script src="https://cdn.example.invalid/x.js"></script></body></html>')
    assert browse(page, tmp_path)[1] == ["https://cdn.example.invalid/x.js"]


def test_cache_parses_only_changed_articles(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Talks\n\nVladimir Putin met Kim Jong Un in Moscow, officials said.", encoding="utf-8")
    (src / "b.txt").write_text("Trade\n\nJapan and South Korea signed a deal, the ministry said.", encoding="utf-8")
    cache, o1, o2, o3 = tmp_path / "cache", tmp_path / "o1", tmp_path / "o2", tmp_path / "o3"
    from analysis.extract import run_extract

    cold = run_extract([str(src)], o1, progress=False, cache_dir=cache)
    assert cold.manifest["cache"]["parsed"] == 2
    warm = run_extract([str(src)], o2, progress=False, cache_dir=cache)
    assert warm.manifest["cache"] == {**cold.manifest["cache"], "parsed": 0, "from_cache": 2, "chunks_from_cache": 1}
    for name in ("mentions", "edges", "statements", "stance", "sentences"):
        assert (o1 / f"{name}.csv").read_bytes() == (o2 / f"{name}.csv").read_bytes(), name
    (src / "b.txt").write_text("Trade\n\nJapan and China signed a deal, the ministry said.", encoding="utf-8")
    changed = run_extract([str(src)], o3, progress=False, cache_dir=cache)
    assert changed.manifest["cache"]["parsed"] == 1
    assert "CHN" in set(changed.mentions.actor_id) and "KOR" not in set(changed.mentions.actor_id)
    assert main(["cache", "clear", "--cache-dir", str(cache)]) == 0 and not cache.exists()


def test_chunk_cache_rebuilds_only_changed_chunks(tmp_path, monkeypatch):
    """Finished parts are cached per chunk of articles: a re-run joins them, an edited article (or a changed
    date, or a damaged entry) rebuilds its own chunk only, and the tables equal an uncached run's."""
    from analysis.extract import ExtractParams, run_extract
    from analysis.extract import build as extract

    monkeypatch.setattr(extract, "CHUNK_ARTICLES", 2)
    src = tmp_path / "in"
    src.mkdir()
    texts = ["Vladimir Putin met Kim Jong Un in Moscow, officials said.", "Japan and South Korea signed a deal.",
             "The White House urged Pyongyang to stop, John Kirby said.", "Nothing happened today.",
             "Britain welcomed the agreement, the Foreign Office said."]
    for i, t in enumerate(texts):
        (src / f"a{i}.json").write_text(json.dumps({"title": f"T{i}", "text": t, "date": "2023-09-05"}))
    cache = tmp_path / "cache"
    p = ExtractParams(n_process=1)

    def tables(out):
        return {n: (out / f"{n}.csv").read_bytes() for n in ("mentions", "sentences", "statements", "stance",
                                                             "edges", "actors")}

    cold = run_extract([str(src)], tmp_path / "cold", p, progress=False, cache_dir=cache)
    assert cold.manifest["cache"]["chunks_from_cache"] == 0
    warm = run_extract([str(src)], tmp_path / "warm", p, progress=False, cache_dir=cache)
    assert warm.manifest["cache"]["chunks_from_cache"] == 3 and warm.manifest["cache"]["parsed"] == 0
    assert tables(tmp_path / "warm") == tables(tmp_path / "cold")
    (src / "a2.json").write_text(json.dumps({"title": "T2", "text": "China urged Japan to stop.", "date": "2023-09-05"}))
    (src / "a4.json").write_text(json.dumps({"title": "T4", "text": texts[4], "date": "2024-01-01"}))
    edited = run_extract([str(src)], tmp_path / "edited", p, progress=False, cache_dir=cache)
    assert edited.manifest["cache"]["chunks_from_cache"] == 1 and edited.manifest["cache"]["parsed"] == 1
    run_extract([str(src)], tmp_path / "plain", p, progress=False, cache_dir=False)
    assert tables(tmp_path / "edited") == tables(tmp_path / "plain")
    for counts in cache.rglob("counts.json"):
        counts.write_text("{not json")
    damaged = run_extract([str(src)], tmp_path / "damaged", p, progress=False, cache_dir=cache)
    assert damaged.manifest["cache"]["chunks_from_cache"] == 0 and damaged.manifest["cache"]["parsed"] == 0
    assert tables(tmp_path / "damaged") == tables(tmp_path / "plain")
    repaired = run_extract([str(src)], tmp_path / "repaired", p, progress=False, cache_dir=cache)
    assert repaired.manifest["cache"]["chunks_from_cache"] == 3


def test_network_exports_and_sql(seed_run, tmp_path):
    import networkx as nx

    from analysis.report import views

    ex, out = seed_run
    paths = views.export_network(ex, tmp_path)
    for kind, path in paths.items():
        g = nx.read_graphml(path) if kind == "GraphML" else nx.read_gexf(path)
        assert g.has_edge("PRK-kim-jong-un", "RUS-vladimir-putin")
        assert g.nodes["PRK-kim-jong-un"]["actor_name"] == "Kim Jong Un"
        d = g.edges["PRK-kim-jong-un", "RUS-vladimir-putin"]
        assert {"n_windows", "npmi", "example_windows", "weight"} <= set(d)
    top = views.sql(out, "SELECT actor_id, count(*) AS n FROM mentions GROUP BY 1 ORDER BY n DESC, actor_id LIMIT 1")
    assert top.actor_id.iloc[0] == "RUS"
    n = views.sql(out, "SELECT count(*) AS n FROM stance s JOIN statements t USING (statement_id)").n.iloc[0]
    assert n == len(ex.stance)


def test_timeline_and_manifest(tmp_path):
    from analysis.extract import run_extract
    from analysis.report import charts, views

    src = tmp_path / "in.jsonl"
    rows = [{"id": f"a{i}", "date": d, "title": "Talks", "text": "Vladimir Putin met Kim Jong Un in Moscow."}
            for i, d in enumerate(["2023-09-04", "2023-09-05", "2023-10-02", None])]
    src.write_text("\n".join(__import__("json").dumps(r) for r in rows), encoding="utf-8")
    ex = run_extract([str(src)], tmp_path / "out", progress=False, cache_dir=False)
    t = views.timeline(ex, "M", 3)
    putin = t[t.actor_id == "RUS-vladimir-putin"].set_index("period").mentions
    assert putin.to_dict() == {"2023-09-01": 2, "2023-10-01": 1}  # the undated article is left out
    assert len(charts.timeline_figure(t).data) == t.actor_id.nunique()
    m = views.manifest(ex).set_index("item").value
    assert m["parameter: window"] == "sentence" and m["model"].endswith("3.8.0")
    assert m["input: a0"] == __import__("hashlib").sha256(ex.articles.set_index("article_id").text["a0"].encode()).hexdigest()


def test_same_input_same_report_but_timings(report, tmp_path):
    """A second run gives the same page, apart from the manifest's timing rows (plotly ids are stable)."""
    out = tmp_path / "again"
    r = subprocess.run([sys.executable, "-m", "analysis", "report", str(SEEDS), "--out", str(out), "-q",
                        "-p", "top_n", "20"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    timing = re.compile(r'\[\\"timing: [^\\]*\\", \\"[^\\]*\\"\]')  # a manifest row in the table's data
    first = (report / "report.html").read_text(encoding="utf-8")
    second = (out / "report.html").read_text(encoding="utf-8")
    assert len(timing.findall(first)) >= 2
    assert timing.sub("", first) == timing.sub("", second)


def test_one_actor_per_name_across_chunks(tmp_path, monkeypatch):
    """'Cornwall' the recognizer calls a place in two articles and a person in a third, each article in a
    chunk of its own, is one actor (the majority type) in every table; a name once seen after an organization
    noun is an organization."""
    from analysis.extract import ExtractParams, run_extract
    from analysis.extract import build as extract

    monkeypatch.setattr(extract, "CHUNK_ARTICLES", 1)
    src = tmp_path / "in"
    src.mkdir()
    texts = ["Unemployment in Cornwall rose, the report said.", "The factory in Cornwall will close next year.",
             "The Cornish Rugby Union said Cornwall would play.", "The Kremlin wants gas giant Gazprom to buy Yuganskneftegas.",
             "A spokesman for Gazprom in Moscow denied the report.", "The deal makes Gazprom in Russia the biggest producer."]
    for i, t in enumerate(texts):
        (src / f"a{i}.json").write_text(json.dumps({"title": f"T{i}", "text": t, "date": "2005-02-05"}))
    ex = run_extract([str(src)], tmp_path / "out", ExtractParams(n_process=1), progress=False,
                     cache_dir=False)
    cornwall = ex.mentions[ex.mentions.text == "Cornwall"]
    assert sorted(cornwall.label) == ["GPE", "GPE", "PERSON"]
    assert set(cornwall.actor_id) == {"location:cornwall"} and set(cornwall.actor_type) == {"location"}
    assert list(ex.actors.actor_id).count("location:cornwall") == 1
    assert not ex.actors.actor_id.str.contains("organization:cornwall").any()
    assert ("location:cornwall", "organization:cornish-rugby-union") in set(zip(ex.edges.actor_a, ex.edges.actor_b))
    # one of three "Gazprom" after an organization noun, in another chunk: an organization everywhere
    gazprom = ex.mentions[ex.mentions.text == "Gazprom"]
    assert list(gazprom.label) == ["GPE"] * 3 and set(gazprom.actor_id) == {"organization:gazprom"}
    said = ex.stance[ex.stance.speaker_actor_id == "organization:cornish-rugby-union"]
    assert list(zip(said.target_actor_id, said.target_type)) == [("location:cornwall", "location")]


def test_a_bare_surname_joins_the_corpus_one_full_name(tmp_path, monkeypatch):
    """Undated articles get no office-holder lookup: "Mr Halloran", in an article of its own, is the person
    the other articles call "Mark Halloran" (the only full name with that surname), in every table."""
    from analysis.extract import ExtractParams, run_extract
    from analysis.extract import build as extract

    monkeypatch.setattr(extract, "CHUNK_ARTICLES", 1)
    src = tmp_path / "in"
    src.mkdir()
    texts = ["On Monday the finance minister, Mark Halloran, said the budget would fail.",
             "Critics of Mark Halloran met in London on Monday.",
             "In Leeds, Mark Halloran told reporters that taxes would rise.",
             "A spokesman for Mark Halloran denied the claim.",
             "Speaking in Bristol, Mark Halloran warned that the bank was wrong.",
             "Next week Mark Halloran will visit Paris.", "Mr Halloran said the Treasury was right."]
    for i, t in enumerate(texts):
        (src / f"a{i}.json").write_text(json.dumps({"title": f"T{i}", "text": t}))
    ex = run_extract([str(src)], tmp_path / "out", ExtractParams(n_process=1), progress=False, cache_dir=False)
    bare = ex.mentions[ex.mentions.text == "Halloran"]
    assert list(zip(bare.actor_id, bare.actor_name, bare.resolution)) == [
        ("person:mark-halloran", "Mark Halloran", "surname_corpus")]
    assert "person:halloran" not in set(ex.actors.actor_id)
    said = ex.statements[ex.statements.article_id == bare.article_id.iloc[0]]
    assert list(said.speaker_actor_id) == ["person:mark-halloran"]


def test_notebooks_run_from_their_own_folder(tmp_path):
    """As JupyterLab runs them: the kernel's working folder is notebooks/, the parameters cell keeps its relative
    input ("seeds"), which is read from the project folder; every report notebook finds the seed article."""
    import nbformat

    from analysis.report.notebooks import report_notebooks

    out = tmp_path / "run"
    script = ("import sys, json; from pathlib import Path; from analysis.report import notebooks as report; "
              "report.execute(report.report_notebooks(), Path(sys.argv[1]), json.loads(sys.argv[2]), cwd=sys.argv[3])")
    params = {"input": "seeds", "out": str(out), "cache_dir": str(tmp_path / "cache")}
    r = subprocess.run([sys.executable, "-c", script, str(tmp_path / "executed"), json.dumps(params),
                        str(ROOT / "notebooks")], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr[-3000:]
    assert not (ROOT / "notebooks" / "outputs").exists()
    for nb in report_notebooks():
        done = nbformat.read(str(tmp_path / "executed" / "notebooks" / nb.name), as_version=4)
        text = " ".join(str(o.get("data", {}).get("text/html", "")) + str(o.get("data", {}).get("text/plain", ""))
                        for c in done.cells if c.cell_type == "code" for o in c.outputs)
        assert "Error" not in " ".join(o.get("ename", "") for c in done.cells if c.cell_type == "code"
                                       for o in c.outputs), nb.name
        if nb.name.startswith(("00", "01", "02", "03")):
            assert "Kim Jong" in text or "1 article" in text, nb.name


def test_jupyterlab_draws_a_saved_notebook_untrusted(report, tmp_path):
    """A real JupyterLab (headless Chromium) opening an executed notebook it has never trusted: the charts are drawn
    by plotly's mimetype renderer, the console shows no error and the page fetches nothing from the network."""
    import socket
    import time
    import urllib.request

    from .conftest import chromium_or_skip

    exe = chromium_or_skip()
    root = tmp_path / "lab"
    root.mkdir()
    (root / "02.ipynb").write_bytes((report / "notebooks" / "02_actors_cooccurrence.ipynb").read_bytes())
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
                               "--ServerApp.token=", "--ServerApp.password=", f"--ServerApp.root_dir={root}",
                               "--allow-root"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/lab", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        netlog = tmp_path / "net.json"
        r = subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            f"--user-data-dir={tmp_path / 'chr'}", "--enable-logging=stderr", "--v=0",
                            f"--log-net-log={netlog}", "--virtual-time-budget=60000", "--window-size=1400,3000",
                            "--dump-dom", f"http://127.0.0.1:{port}/lab/tree/02.ipynb"],
                           capture_output=True, text=True, timeout=300)
    finally:
        server.terminate()
        server.wait(timeout=30)
    dom = r.stdout
    assert dom.count("jp-RenderedPlotly") >= 3 and dom.count('class="main-svg"') >= 6
    assert dom.count("_fallback") >= 3 and "Kim Jong Un" in dom  # tables as plain HTML until trusted
    console = [line for line in r.stderr.splitlines() if ":CONSOLE" in line]
    assert not [line for line in console if "ERROR" in line or "Uncaught" in line], console
    events = json.loads(netlog.read_text() or "{}").get("events", []) if netlog.exists() else []
    fetched = {e["params"]["url"] for e in events if "url" in e.get("params", {}) and "initiator" in e["params"]
               and e["params"]["initiator"] != "not an origin"}
    assert not [u for u in fetched if not u.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:"))]
