"""The command line refuses, with exit 2 and a reason, runs that would only give an empty or broken report."""
from analysis.cli import main

from .conftest import SEEDS


def test_an_empty_corpus_exits_non_zero(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "empty.txt").write_text("", encoding="utf-8")
    assert main(["report", str(src), "--out", str(tmp_path / "out"), "-q", "--no-cache", "--n-process", "1"]) == 2
    assert "no articles loaded" in capsys.readouterr().err
    assert (tmp_path / "out" / "load_report.csv").exists() and not (tmp_path / "out" / "report.html").exists()


def test_an_unknown_ego_actor_is_refused_with_the_closest_names(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["report", str(SEEDS), "--out", str(out), "-q", "--n-process", "1", "-p", "ego_actor", "Kim Jong"]) == 2
    err = capsys.readouterr().err
    assert "ego_actor" in err and "Kim Jong Un" in err and not (out / "report.html").exists()


def test_a_malformed_registry_or_concept_dictionary_is_one_line_naming_the_file(tmp_path, capsys):
    reg, con = tmp_path / "reg.yaml", tmp_path / "concepts.yaml"
    reg.write_text("actors:\n  - name: 5\n")
    con.write_text("concepts:\n  - label: x\n    patterns: ['(bad']\n")
    out = tmp_path / "out"
    assert main(["extract", str(SEEDS), "--out", str(out), "-q", "--registry", str(reg)]) == 2
    assert f"{reg}, line 2" in capsys.readouterr().err
    assert main(["report", str(SEEDS), "--out", str(out), "-q", "--concepts", str(con)]) == 2
    err = capsys.readouterr().err
    assert str(con) in err and "no valid regular expression" in err and "Traceback" not in err
    assert not out.exists()
