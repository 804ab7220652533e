"""A battery of messy inputs: each is loaded or reported with a reason, and none stops the run."""
import json
import os

import pytest

from analysis.cli import main
from analysis.corpus import load

BODY = "Vladimir Putin met Kim Jong Un in Vladivostok on Wednesday, officials said."


@pytest.fixture(scope="module")
def battery(tmp_path_factory):
    d = tmp_path_factory.mktemp("battery")
    w = lambda name, data: (d / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))  # noqa: E731
    w("utf8.txt", "Café talks\n\n" + BODY + " “Déjà vu,” he said.")
    w("utf8_bom.txt", b"\xef\xbb\xbf" + ("BOM title\n\n" + BODY).encode("utf-8"))
    w("utf16.txt", ("UTF-16 title\n\n" + BODY + " Ünïcödé").encode("utf-16"))
    w("cp1252.txt", ("Smart “quotes” – dash\n\n" + BODY + " Café").encode("cp1252"))
    w("latin1.txt", ("Latin title\n\n" + BODY + " Ökonomie").encode("latin-1"))
    w("invalid_utf8.txt", b"Broken \xff\xfe\xfd bytes title\n\n" + BODY.encode())
    w("empty.txt", b"")
    w("blank.md", "   \n\n\t  \n")
    w("binary.txt", bytes(range(256)) * 4)
    w("big.txt", "Big article\n\n" + (BODY + "\n\n") * 270_000)  # about 20 MB
    lines = [json.dumps({"id": "j1", "title": "Good one", "text": BODY}), "{not json",
             json.dumps({"id": "j2", "title": "Good two", "text": BODY}),
             json.dumps({"id": "j3", "title": "No text"}),
             json.dumps({"id": "j4", "title": ["not", "a", "string"], "text": BODY}),
             json.dumps({"id": "j1", "title": "Duplicate id", "text": BODY + " Again."})]
    w("records.jsonl", "\n".join(lines))
    w("quoted.csv", 'id,title,text,date\nc1,"Title, with comma","First para, with comma\n\nSecond ""quoted"" para",2023-09-05\n')
    w("page.html", "<html><head><title>Summit</title><script>var x=1;</script><style>p{}</style></head><body>"
                   "<nav><a href='/'>Home</a></nav><article><h1>Summit</h1>" + ("<p>" + BODY + "</p>") * 5 +
                   "</article><div class='comments'><form>Leave a comment</form></div></body></html>")
    w("name with spaces é.txt", "Spaces title\n\n" + BODY)
    w("-leading-dash.txt", "Dash title\n\n" + BODY)
    (d / "loop").mkdir()
    os.symlink(d / "loop", d / "loop" / "again")
    return d


def test_every_input_accounted_for(battery):
    r = load([str(battery)])
    rep = r.report
    by_path = {os.path.basename(p): (s, why) for p, s, why in zip(rep.path, rep.status, rep.reason)}
    loaded = set(r.articles.article_id)
    for name in ("utf8.txt", "utf8_bom.txt", "utf16.txt", "cp1252.txt", "latin1.txt", "invalid_utf8.txt", "big.txt",
                 "page.html", "name with spaces é.txt", "-leading-dash.txt"):
        assert name in loaded, name
    assert by_path["empty.txt"] == ("skipped", "empty file")
    assert by_path["blank.md"][0] == "skipped"
    assert "binary" in by_path["binary.txt"][1]
    a = r.articles.set_index("article_id")
    assert a.loc["cp1252.txt", "title"] == "Smart “quotes” – dash"  # decoded, not mangled
    assert "Ökonomie" in a.loc["latin1.txt", "text"] and "Ünïcödé" in a.loc["utf16.txt", "text"]
    assert a.loc["utf8_bom.txt", "title"] == "BOM title"
    assert a.loc["c1", "text"] == 'Title, with comma\n\nFirst para, with comma\n\nSecond "quoted" para'
    assert "var x" not in a.loc["page.html", "text"] and "Leave a comment" not in a.loc["page.html", "text"]
    assert len(a.loc["big.txt", "text"]) > 20_000_000
    # JSONL: good lines load, the broken line is reported with its number, duplicates are kept apart
    assert {"j1", "j2", "j1~2"} <= loaded
    jl = rep[rep.path.str.endswith("records.jsonl")].set_index("record")
    assert jl.loc["line 2", "status"] == "skipped" and "line 2" in jl.loc["line 2", "reason"]
    assert jl.loc["line 4", "reason"] == "record has no text"
    assert "field 'title' is a list" in jl.loc["line 5", "reason"]
    assert "duplicate id 'j1'" in jl.loc["line 6", "reason"]
    assert rep.reason.str.contains("symbolic link loop").any()
    s = r.summary()
    assert s["articles_loaded"] == len(r.articles) and s["skipped"] == int((rep.status == "skipped").sum())


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files without read permission")
def test_unreadable_file_is_reported(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text("Title\n\nBody")
    p.chmod(0)
    r = load([str(tmp_path)])
    assert "cannot read" in r.report.reason.iloc[0]


def test_ten_thousand_small_files_with_progress(tmp_path, capfd):
    for i in range(10_000):
        (tmp_path / f"{i:05d}.txt").write_text(f"Title {i}\n\nText number {i}.")
    r = load([str(tmp_path)], progress=True)
    assert len(r.articles) == 10_000 and list(r.articles.article_id[:2]) == ["00000.txt", "00001.txt"]
    assert r.summary()["files_seen"] == 10_000
    err = capfd.readouterr().err
    assert "loading" in err and "10000/10000" in err  # the progress bar ran to the end


def test_failing_notebook_exits_1_and_names_it(tmp_path, capsys):
    import nbformat

    nb = nbformat.v4.new_notebook()
    p = nbformat.v4.new_code_cell("input = 'seeds'\nout = 'x'")
    p.metadata["tags"] = ["parameters"]
    nb.cells = [p, nbformat.v4.new_code_cell("raise RuntimeError('boom in cell')")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbdir = tmp_path / "nbs"
    nbdir.mkdir()
    nbformat.write(nb, str(nbdir / "01_fail.ipynb"))
    from .conftest import SEEDS

    code = main(["report", str(SEEDS), "--out", str(tmp_path / "out"), "-q", "--notebooks", str(nbdir)])
    err = capsys.readouterr().err
    assert code == 1 and "01_fail.ipynb" in err and "boom in cell" in err
    assert (tmp_path / "out" / "notebooks" / "01_fail.ipynb").exists()  # kept for debugging
    assert not (tmp_path / "out" / "report.html").exists()
