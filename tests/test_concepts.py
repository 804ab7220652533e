"""The concept dictionary (issue 27): labels for statement concepts, proposals from a corpus, a stub to edit."""
from __future__ import annotations

import json

import pandas as pd
import pytest
import yaml

from analysis.stance import ConceptError, concepts_stub, label_concepts, load_concepts, propose_concepts


def _stance(rows):
    cols = ["article_id", "statement_id", "speaker_actor_id", "target_actor_id", "target_concept", "polarity"]
    return pd.DataFrame(rows, columns=cols)


def test_dictionary_labels_phrases_and_patterns(tmp_path):
    p = tmp_path / "concepts.yaml"
    p.write_text("concepts:\n  - label: smoking ban\n    phrases: [tobacco ban, ban on smoking]\n"
                 "    patterns: ['\\bsmok\\w* in pubs']\n  - label: tax cuts\n")
    d = load_concepts(str(p))
    assert d.label("the proposed tobacco ban") == "smoking ban" and d.label("a ban on smoking") == "smoking ban"
    assert d.label("smoking in pubs") == "smoking ban" and d.label("Tax Cuts") == "tax cuts"
    assert d.label("tobacco banners") is None and d.label("cuts") is None and d.label(None) is None
    st = _stance([("a1", "a1#st0", "x", None, "the tobacco ban", -1), ("a1", "a1#st0", "x", None, "ban on smoking", -1),
                  ("a1", "a1#st1", "y", None, "house prices", 0), ("a1", "a1#st1", "y", "GBR", None, 0)])
    out = label_concepts(st, d)
    assert list(out.target_concept.fillna("-")) == ["smoking ban", "house prices", "-"]  # one row per label
    assert label_concepts(st, None) is st


@pytest.mark.parametrize("text, msg", [
    ("concepts: [{phrases: [a]}]\n", "entry 1: needs a 'label'"),
    ("concepts:\n  - label: x\n    patterns: ['(unclosed']\n", r"entry 1 \(x\): pattern '\(unclosed' is no valid"),
    ("concepts:\n  - label: x\n    phrase: [a]\n", r"unknown key\(s\) phrase"),
    ("topics: []\n", "one key, 'concepts'"),
    ("concepts: [\n", "not valid YAML"),
])
def test_a_bad_dictionary_names_the_file_and_the_problem(tmp_path, text, msg):
    p = tmp_path / "bad.yaml"
    p.write_text(text)
    with pytest.raises(ConceptError, match=msg) as e:
        load_concepts(str(p))
    assert str(p) in str(e.value)


def test_proposals_group_phrases_by_content_words_and_make_a_stub(tmp_path):
    rows = [("a1", "a1#st0", "x", None, "the general election", 0), ("a2", "a2#st0", "y", None, "general elections", -1),
            ("a3", "a3#st0", "z", None, "next general election campaign", 0), ("a4", "a4#st0", "x", None, "new law", 0),
            ("a5", "a5#st0", "y", None, "the new law", 0), ("a6", "a6#st0", "x", None, "tax cuts", 1),
            ("a7", "a7#st0", "y", None, "tax cuts", 1), ("a8", "a8#st0", "y", None, "Russia 's plans", 0)]
    p = propose_concepts(_stance(rows))
    got = {r.label: (r.n_statements, r.n_speakers, r.support, r.oppose) for r in p.itertuples()}
    assert got == {"general election": (3, 3, 0, 1), "tax cuts": (2, 2, 2, 0)}  # "new law": no issue in it
    stub = tmp_path / "concepts_stub.yaml"
    stub.write_text(concepts_stub(p))
    d = load_concepts(str(stub))  # the stub loads back as a dictionary, and its labels cover its phrases
    assert d.label("next general election campaign") == "general election" and d.label("tax cuts") == "tax cuts"
    assert propose_concepts(_stance(rows), d).empty
    assert json.dumps(yaml.safe_load(stub.read_text()))  # plain YAML


def test_extract_labels_concepts_and_an_edited_dictionary_extracts_again(tmp_path):
    from analysis.config import ExtractParams
    from analysis.extract import run_extract

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Smoking\n\nThe health minister Jane Quix said the smoking ban was "
                                           "welcome news for workers in bars.\n")
    d = tmp_path / "c.yaml"
    d.write_text("concepts:\n  - label: Tobacco control\n    phrases: [smoking ban]\n")
    params = ExtractParams(n_process=1, concepts=str(d))
    ex = run_extract([str(tmp_path / "in")], tmp_path / "out", params, progress=False, cache_dir=False)
    assert "Tobacco control" in set(ex.stance.target_concept.dropna())
    assert ex.manifest["concepts"]["path"] == str(d)
    d.write_text("concepts:\n  - label: Smoking policy\n    phrases: [smoking ban]\n")
    ex2 = run_extract([str(tmp_path / "in")], tmp_path / "out", params, progress=False, cache_dir=False)
    assert "Smoking policy" in set(ex2.stance.target_concept.dropna())
    d.write_text("concepts:\n  - phrases: [x]\n")
    with pytest.raises(ConceptError, match="needs a 'label'"):
        run_extract([str(tmp_path / "in")], tmp_path / "out2", params, progress=False, cache_dir=False)
    assert not (tmp_path / "out2").exists()


def test_a_notebook_reads_the_dictionary_from_the_project_folder(tmp_path, monkeypatch):
    """A notebook's kernel starts in notebooks/: relative ``concepts`` (like ``input``) is read from the project
    folder, and the run's dictionary is found again for its proposals."""
    from analysis.report import views

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Smoking\n\nThe health minister Jane Quix said the smoking ban was "
                                           "welcome news for workers in bars.\n")
    (tmp_path / "c.yaml").write_text("concepts:\n  - label: Tobacco control\n    phrases: [smoking ban]\n")
    (tmp_path / "notebooks").mkdir()
    monkeypatch.setenv("NEWS_WORKBOOK_ROOT", str(tmp_path))
    monkeypatch.chdir(tmp_path / "notebooks")
    ex = views.open_run("in", "out", concepts="c.yaml", n_process=1, cache_dir=str(tmp_path / "cache"))
    assert "Tobacco control" in set(ex.stance.target_concept.dropna())
    assert views._run_concepts(ex).label("the smoking ban") == "Tobacco control"  # as the run's manifest names it



def test_a_concept_label_spans_a_wires_line_break_with_one_space(nlp):
    """Reuters-21578 wraps its lines: "the EC Commission's proposals to overhaul the farm\\nsector" had the concept
    "overhaul the farm \\n sector" (90 statements), a label no dictionary phrase or chart axis matched."""
    from tests.test_statements import run

    st, _ = run(nlp, "Farm protests\n\nFarm leader Raymond Lacombe said the union planned to go\nahead with a series "
                     "of major protests against the EC Commission's proposals to overhaul the farm\nsector.\n")
    concepts = set(st.concept.dropna())
    assert concepts and all(c == " ".join(c.split()) for c in concepts), concepts
