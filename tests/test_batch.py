"""Batch runs: a list or grid of parameter sets → one report each and an index; failures are reported."""
import json

import nbformat
import pytest

from analysis.cli import main
from analysis.report.batch import BatchError, parse_batch, run_batch

from .conftest import SEEDS


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_parse_runs_and_grid(tmp_path):
    b = _write(tmp_path / "b.yaml", f"input: {SEEDS}\nparams: {{top_n: 5}}\n"
                                    "runs:\n  - {name: one, params: {window: article}}\n"
                                    "grid:\n  window: [sentence, paragraph]\n  min_count: [1, 2]\n")
    runs, _ = parse_batch(b)
    assert [r.name for r in runs] == ["one", "window=sentence,min_count=1", "window=sentence,min_count=2",
                                      "window=paragraph,min_count=1", "window=paragraph,min_count=2"]
    assert runs[0].params == {"top_n": 5, "window": "article"} and runs[4].params["min_count"] == 2


@pytest.mark.parametrize("text,msg", [
    ("runs: [{name: a, params: {window: sentence}}]", "no input"),
    ("input: x\nruns: [{name: a}, {name: a}]", "used twice"),
    ("input: x\ngrid: {window: sentence}", "non-empty lists"),
    ("input: x\nrunz: []", "unknown key"),
    ("input: x\nruns: [\n  {name: a", "line"),
    ("input: x", "no runs"),
])
def test_malformed_batch_names_the_problem(tmp_path, text, msg):
    with pytest.raises(BatchError, match=msg):
        parse_batch(_write(tmp_path / "b.yaml", text))


def test_bad_parameters_fail_before_any_run(tmp_path, capsys):
    b = _write(tmp_path / "b.yaml", f"input: {SEEDS}\nruns:\n  - {{name: ok, params: {{window: article}}}}\n"
                                    "  - {name: bad, params: {window: weekly, top_n: many}}\n")
    assert main(["batch", str(b), "--out", str(tmp_path / "out"), "-q"]) == 2
    err = capsys.readouterr().err
    assert "run bad" in err and "window must be one of" in err and "top_n must be an integer" in err
    assert not (tmp_path / "out").exists()
    b2 = _write(tmp_path / "b2.yaml", "input: /no/such/folder\nruns: [{name: a}]\n")
    assert main(["batch", str(b2), "--out", str(tmp_path / "out"), "-q"]) == 2
    assert "input not found: /no/such/folder" in capsys.readouterr().err


def test_batch_of_two_reports_an_index_and_skips_unchanged(tmp_path):
    b = _write(tmp_path / "batch.yaml", f"input: {SEEDS}\nparams: {{top_n: 10}}\nruns:\n"
                                        "  - {name: by-sentence, params: {window: sentence}}\n"
                                        "  - {name: by-article, params: {window: article}}\n")
    out = tmp_path / "out"
    runs = run_batch(b, out, jobs=2, progress=False)
    assert [r.status for r in runs] == ["ok", "ok"], [r.error for r in runs]
    for name, window in (("by-sentence", "sentence"), ("by-article", "article")):
        assert (out / name / "report.html").stat().st_size > 100_000
        m = json.loads((out / name / "extract_manifest.json").read_text())
        assert m["params"]["window"] == window
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="by-sentence/report.html"' in index and 'href="by-article/report.html"' in index
    assert "&quot;article&quot;" in index and "2 runs: 2 with a report, 0 failed" in index
    again = run_batch(b, out, jobs=2, progress=False)
    assert [r.status for r in again] == ["skipped", "skipped"]
    forced = run_batch(b, out, jobs=1, force=True, progress=False)
    assert [r.status for r in forced] == ["ok", "ok"]


def test_failing_run_is_reported_not_fatal(tmp_path, capsys):
    nbs = tmp_path / "nbs"
    nbs.mkdir()
    nb = nbformat.v4.new_notebook()
    p = nbformat.v4.new_code_cell("input = 'seeds'\nout = 'x'\nwindow = 'sentence'")
    p.metadata["tags"] = ["parameters"]
    nb.cells = [p, nbformat.v4.new_markdown_cell("# Tiny"),
                nbformat.v4.new_code_cell("if window == 'article':\n    raise RuntimeError('no articles today')\n"
                                          "print('window', window)")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, str(nbs / "01_tiny.ipynb"))
    b = _write(tmp_path / "b.yaml", f"input: {SEEDS}\nnotebooks: nbs\ngrid:\n  window: [sentence, article]\n")
    out = tmp_path / "out"
    assert main(["batch", str(b), "--out", str(out), "--jobs", "2", "-q"]) == 1
    text = capsys.readouterr().out
    assert "ok       window=sentence" in text and "failed   window=article" in text
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="window=sentence/report.html"' in index
    assert "no articles today" in index and 'href="window=article/notebooks/01_tiny.ipynb"' in index
    assert (out / "window=article" / "notebooks" / "01_tiny.ipynb").exists()
    state = json.loads((out / "window=article" / "batch_run.json").read_text())
    assert state["status"] == "failed" and "01_tiny.ipynb" in state["error"]
