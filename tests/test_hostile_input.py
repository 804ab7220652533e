"""Hostile input and shared state, round two: no quadratic text scans, no formulas in CSVs, one bad record never
stops a run, caches checked before they are trusted, nothing half-written. Each test fails on 546e44c."""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd
import pytest

from .conftest import ROOT

QUOTE_TIMER = """
import sys, time
from analysis.statements import quote_spans
text = open(sys.argv[1], encoding="utf-8").read()
best = min((lambda t0: (quote_spans(text), time.perf_counter() - t0)[1])(time.perf_counter()) for _ in range(3))
print(best)
"""


def _time_quotes(path, timeout=120) -> float:
    r = subprocess.run([sys.executable, "-c", QUOTE_TIMER, str(path)], capture_output=True, text=True,
                       timeout=timeout, cwd=ROOT)
    assert r.returncode == 0, r.stderr[-2000:]
    return float(r.stdout.strip())


def test_quote_scanning_is_linear_on_unclosed_quotes(tmp_path):
    """1 MB of unclosed ‘ (each had scanned to the end of the text: hours) against 1 MB of quoted prose."""
    hostile, plain = tmp_path / "hostile.txt", tmp_path / "plain.txt"
    hostile.write_text((" ‘a" * 340_000)[:1_000_000], encoding="utf-8")
    plain.write_text(("He said “this is fine,” and ‘left the room’ after that. " * 20_000)[:1_000_000],
                     encoding="utf-8")
    t_plain, t_hostile = _time_quotes(plain), _time_quotes(hostile)
    assert t_hostile < 20 * t_plain + 0.5, (t_hostile, t_plain)


def test_csv_cells_never_run_as_formulas(tmp_path):
    from analysis.store import csv_ready, write_table

    df = pd.DataFrame({"article_id": ["=HYPERLINK(\"http://x\",\"y\")", "ok"], "source": ["+SUM(1,1)", "-2+3"],
                       "sentence": ["@SUM(A1:A9)", "\tcmd"], "n": [-1, 2], "lst": [["=1"], []]})
    write_table(df, tmp_path, "t")
    rows = list(csv.DictReader(open(tmp_path / "t.csv", encoding="utf-8")))
    cells = [v for r in rows for k, v in r.items() if k != "n"]
    assert all(not c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells), cells
    assert rows[0]["article_id"] == "'=HYPERLINK(\"http://x\",\"y\")" and rows[0]["n"] == "-1"  # numbers stay
    assert pd.read_parquet(tmp_path / "t.parquet")["source"].tolist() == ["+SUM(1,1)", "-2+3"]  # Parquet exact
    assert csv_ready(df)["sentence"].tolist() == ["'@SUM(A1:A9)", "'\tcmd"]


def test_every_csv_of_a_run_is_neutralized(tmp_path):
    from analysis.extract import ExtractParams, run_extract

    src = tmp_path / "in"
    src.mkdir()
    rec = {"id": "=HYPERLINK(\"http://evil\")", "source": "+SUM(1,1)", "title": "@SUM(A1:A9) Talks",
           "text": "=1+1 Vladimir Putin met Kim Jong Un in Moscow, officials said. \"=2+2\", said John Kirby."}
    (src / "a.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    run_extract([str(src)], out, ExtractParams(n_process=1), progress=False, cache_dir=False)
    seen = 0
    for f in sorted(out.glob("*.csv")):
        for row in csv.reader(open(f, encoding="utf-8")):
            for cell in row:
                seen += 1
                assert not cell.startswith(("=", "+", "@", "\t", "\r")), (f.name, cell)
                assert not (cell.startswith("-") and not cell.lstrip("-").replace(".", "").isdigit()), (f.name, cell)
    assert seen > 50
    assert pd.read_parquet(out / "articles.parquet")["article_id"].tolist() == [rec["id"]]


def test_bad_json_records_are_skipped_and_the_rest_load(tmp_path):
    from analysis.corpus import load

    src = tmp_path / "in"
    src.mkdir()
    good = json.dumps({"id": "good", "title": "T", "text": "Kim Jong Un met Putin."})
    deep = "[" * 100_000 + "]" * 100_000
    (src / "a.jsonl").write_text("\n".join([good, deep, '{"id": "sur", "text": "bad \\udfff text"}',
                                            '{"id": "meta", "text": "fine", "x": "\\ud800"}']) + "\n",
                                 encoding="utf-8")
    (src / "deep.json").write_text(deep, encoding="utf-8")
    res = load([str(src)])
    assert res.articles["article_id"].tolist() == ["good"]
    reasons = dict(zip(res.report["record"].fillna("") + "|" + res.report["path"].str[-10:], res.report["reason"]))
    assert any("nested too deeply" in r for k, r in reasons.items() if k.startswith("line 2|")), reasons
    assert any("nested too deeply" in r for k, r in reasons.items() if k.endswith("deep.json")), reasons
    assert any("lone surrogate U+DFFF" in r for k, r in reasons.items() if k.startswith("line 3|")), reasons
    assert any("lone surrogate U+D800" in r for k, r in reasons.items() if k.startswith("line 4|")), reasons


def test_bad_records_do_not_stop_extract(tmp_path):
    """End to end: the run writes its tables and lists the skipped records."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.jsonl").write_text(json.dumps({"id": "g", "text": "Kim Jong Un met Putin in Moscow."}) + "\n"
                                 + "[" * 100_000 + "\n" + '{"id": "s", "text": "x \\udfff"}\n', encoding="utf-8")
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-m", "analysis", "extract", str(src), "--out", str(out), "-q", "--no-cache",
                        "--n-process", "1"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    report = pd.read_csv(out / "load_report.csv")
    assert report["status"].tolist().count("skipped") == 2 and (out / "mentions.parquet").exists()


ARTICLE = "Talks\n\nVladimir Putin met Kim Jong Un in Moscow, officials said. “We are worried,” said John Kirby."


def _corpus(tmp_path):
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    (src / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return src


def _extract(src, out, cache):
    from analysis.extract import ExtractParams, run_extract

    return run_extract([str(src)], out, ExtractParams(n_process=1), progress=False, reuse=False, cache_dir=cache)


def _rewrite_entry(path, edit, checksum=True):
    import gzip
    import hashlib

    head, _, body = gzip.decompress(path.read_bytes()).partition(b"\n")
    data = edit(json.loads(body))
    body = json.dumps(data).encode()
    head = json.dumps({"sha256": hashlib.sha256(body).hexdigest()}).encode() if checksum else head
    path.write_bytes(gzip.compress(head + b"\n" + body))


def test_edited_or_misshapen_article_cache_entries_are_recomputed(tmp_path):
    import shutil

    src, cache = _corpus(tmp_path), tmp_path / "cache"
    clean = _extract(src, tmp_path / "clean", False).mentions
    _extract(src, tmp_path / "first", cache)
    (entry,) = cache.rglob("*.json.gz")

    def fake(d):
        for r in d["mentions"]:
            if r["text"] == "Vladimir Putin":
                r["text"] = "Fake Actor"
        return d

    for edit, checksum in [(fake, True), (fake, False), (lambda d: {"mentions": 5}, True),
                           (lambda d: {**d, "sentences": [{"start_char": "x", "end_char": 10**9}]}, True)]:
        shutil.copyfile(entry, tmp_path / "saved.gz")
        _rewrite_entry(entry, edit, checksum)
        for chunks in cache.rglob("chunks"):  # the finished chunk would be used as it is: make the run read entries
            shutil.rmtree(chunks)
        ex = _extract(src, tmp_path / "again", cache)
        assert "Fake Actor" not in set(ex.mentions["text"])
        pd.testing.assert_frame_equal(ex.mentions, clean)
        assert ex.manifest["cache"]["parsed"] == 1  # the entry was not trusted: the article was parsed again
        shutil.copyfile(tmp_path / "saved.gz", entry)


def test_edited_chunk_cache_entry_is_rebuilt(tmp_path):
    src, cache = _corpus(tmp_path), tmp_path / "cache"
    clean = _extract(src, tmp_path / "clean", False)
    _extract(src, tmp_path / "first", cache)
    (counts,) = cache.rglob("counts.json")
    c = json.loads(counts.read_text())
    c["docs"] = 7  # wrong shape (had raised in the join)
    counts.write_text(json.dumps(c))
    ex = _extract(src, tmp_path / "again", cache)
    assert ex.manifest["cache"]["chunks_from_cache"] == 0
    pd.testing.assert_frame_equal(ex.mentions, clean.mentions)
    (part,) = [p for p in cache.rglob("mentions.parquet")]
    part.write_bytes(part.read_bytes()[:-10] + b"0123456789")  # a changed part file
    ex = _extract(src, tmp_path / "third", cache)
    assert ex.manifest["cache"]["chunks_from_cache"] == 0
    pd.testing.assert_frame_equal(ex.mentions, clean.mentions)


def test_unwritable_cache_is_a_warning_not_a_failed_run(tmp_path, monkeypatch, caplog):
    import shutil

    import analysis.store.cache as cache_mod

    def full(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache_mod, "atomic_write_bytes", full)
    monkeypatch.setattr(shutil, "copyfile", full)
    src = _corpus(tmp_path)
    ex = _extract(src, tmp_path / "out", tmp_path / "cache")
    assert len(ex.mentions) > 3
    assert any("cannot write the parse cache" in r.message for r in caplog.records)
    assert any("cannot write the chunk cache" in r.message for r in caplog.records)


def test_registry_json_copy_is_checked_and_follows_the_cache_setting(tmp_path, monkeypatch):
    import analysis.registry.model as model
    from analysis.registry import json_cache_root, read_registry, set_json_cache

    monkeypatch.setattr(model, "_json_root", model._json_root)  # restored afterwards

    reg = tmp_path / "reg.yaml"
    reg.write_text("actors:\n  - {id: PRK-kim, name: Kim Jong Un, type: person, country: PRK}\n", encoding="utf-8")
    set_json_cache(tmp_path / "c")
    assert read_registry(reg)[0]["PRK-kim"].country == "PRK"
    (copy,) = (tmp_path / "c" / "registry").glob("*.json")
    head, _, body = copy.read_bytes().partition(b"\n")
    copy.write_bytes(head + b"\n" + body.replace(b'"PRK"', b'"USA"'))  # an edited copy, stale checksum
    assert read_registry(reg)[0]["PRK-kim"].country == "PRK"
    _extract(_corpus(tmp_path), tmp_path / "o1", False)  # --no-cache: no registry copy either
    assert json_cache_root() is None
    _extract(_corpus(tmp_path), tmp_path / "o2", tmp_path / "c2")  # --cache-dir: the copy lives there
    assert json_cache_root() == tmp_path / "c2"


LOCAL_CLUSTER = """
import socket, ssl, urllib.request
from dask.distributed import Client
from analysis.extract.derive import local_cluster
if __name__ == "__main__":
    cluster, security = local_cluster(1)
    try:
        assert cluster.scheduler_address.startswith("tls://127.0.0.1:"), cluster.scheduler_address
        with Client(cluster, security=security) as own:
            assert own.submit(lambda x: x + 1, 1).result() == 2
        host, port = cluster.scheduler_address[len("tls://"):].rsplit(":", 1)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # another local process: TLS, but no certificate of the run
        ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
        for wrap in (ctx.wrap_socket, lambda s: s):  # with TLS and without
            with socket.create_connection((host, int(port)), timeout=10) as raw:
                try:
                    s = wrap(raw)
                    s.sendall(b"\\x00" * 64)
                    got = s.recv(1)
                    if got and got != b"\\x15":  # anything but a TLS alert (0x15) or the connection closing
                        raise SystemExit(f"the scheduler answered a client without the certificate: {got!r}")
                except (ssl.SSLError, ConnectionError, OSError):
                    pass  # refused
        (h, p), = [s.getsockname()[:2] for s in cluster.scheduler.http_server._sockets.values()]
        assert h == "127.0.0.1" and p != 8787
        for path in ("/status", "/json/identity.json", "/health"):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{p}{path}", timeout=3)
                raise SystemExit(f"{path} is served")
            except urllib.error.HTTPError as e:
                assert e.code == 404
    finally:
        cluster.close()
    print("ok")
"""


def test_local_dask_cluster_admits_only_this_process(tmp_path):
    script = tmp_path / "cluster_check.py"
    script.write_text(LOCAL_CLUSTER)
    r = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and r.stdout.strip().endswith("ok"), (r.stdout[-1000:], r.stderr[-3000:])


def _notebook(path, code):
    import nbformat

    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('input = "seeds"\nout = "outputs/x"')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell(code)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, str(path))


def test_a_killed_report_never_leaves_the_old_report_over_new_tables(tmp_path):
    """Run A completes; run B (other input) is killed during its second notebook: the folder then holds B's
    tables and no report.html or report manifest of A's (546e44c kept A's report.html beside B's tables)."""
    ok, killing = tmp_path / "ok", tmp_path / "killing"
    ok.mkdir(), killing.mkdir()
    write = "from pathlib import Path\nPath(out, 'export.txt').write_text(str(input))"
    for d in (ok, killing):
        _notebook(d / "01_a.ipynb", write)
    _notebook(ok / "02_b.ipynb", "print('fine')")
    _notebook(killing / "02_b.ipynb", "import os, signal\nos.kill(os.getppid(), signal.SIGKILL)")
    a, b = tmp_path / "a", tmp_path / "b"
    for folder, text in ((a, ARTICLE), (b, "Other\n\nJapan and South Korea signed a deal in Tokyo.")):
        folder.mkdir()
        (folder / "x.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run = [sys.executable, "-m", "analysis", "report", "--out", str(out), "-q", "--no-cache", "--n-process", "1"]
    r = subprocess.run(run + [str(a), "--notebooks", str(ok)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    manifest = json.loads((out / "report_manifest.json").read_text())
    assert {"report.html", "export.txt", "notebooks/01_a.ipynb"} <= set(manifest["files"])
    # the killed run's kernel cannot remove its socket files: they go to a folder of this test's (a short path:
    # a socket's path has a length limit), not the system's temporary folder
    sockets = Path(tempfile.mkdtemp(prefix="nwk-"))
    try:
        r = subprocess.run(run + [str(b), "--notebooks", str(killing)], cwd=ROOT, capture_output=True, text=True,
                           timeout=600, env={**os.environ, "TMPDIR": str(sockets)})
    finally:
        shutil.rmtree(sockets, ignore_errors=True)
    assert r.returncode == -9
    tables = json.loads((out / "extract_manifest.json").read_text())
    assert list(tables["inputs"]) == ["x.txt"] and "Japan" in pd.read_parquet(out / "articles.parquet").text[0]
    assert not (out / "report.html").exists() and not (out / "report_manifest.json").exists()
    assert not (out / "notebooks" / "02_b.ipynb").exists()


def test_batch_params_may_not_redirect_output_or_input(tmp_path):
    from analysis.report.batch import BatchError, run_batch

    for params in ("{out: /tmp/elsewhere}", "{input: other}"):
        b = tmp_path / "b.yaml"
        b.write_text(f"input: {ROOT / 'seeds'}\nruns: [{{name: a, params: {params}}}]\n", encoding="utf-8")
        with pytest.raises(BatchError, match="unknown parameter"):
            run_batch(b, tmp_path / "runs", progress=False)


def test_cache_clear_deletes_only_a_cache_folder(tmp_path):
    from analysis.cli import main

    thesis = tmp_path / "thesis"
    thesis.mkdir()
    (thesis / "chapter1.tex").write_text("precious")
    assert main(["cache", "clear", "--cache-dir", str(thesis)]) == 2
    assert (thesis / "chapter1.tex").exists()
    cache = tmp_path / "cache"
    _extract(_corpus(tmp_path), tmp_path / "out", cache)
    assert main(["cache", "clear", "--cache-dir", str(cache)]) == 0 and not cache.exists()


BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n" \
       "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"


def test_yaml_aliases_are_refused_everywhere(tmp_path):
    from analysis.cli import main
    from analysis.registry import RegistryError, read_registry
    from analysis.report.batch import BatchError, parse_batch

    reg = tmp_path / "reg.yaml"
    reg.write_text("actors:\n  - &k {id: PRK-kim, name: Kim Jong Un, type: person}\nignore: [*k, *k]\n" + BOMB)
    with pytest.raises(RegistryError, match="aliases"):
        read_registry(reg)
    b = tmp_path / "b.yaml"
    b.write_text(f"input: seeds\nruns: [{{name: a, params: {{top_n: 5}}}}]\n{BOMB}")
    with pytest.raises(BatchError, match="aliases"):
        parse_batch(b)
    assert main(["report", str(ROOT / "seeds"), "--out", str(tmp_path / "o"), "-p", "top_n", "&a [1, *a]"]) == 2
    from analysis.store.yamlsafe import load_yaml

    assert load_yaml("name: AT&T *NYSE* deal\nlist: [a*b, 'x *y']") == {"name": "AT&T *NYSE* deal",
                                                                       "list": ["a*b", "x *y"]}


def test_symlinks_out_of_an_input_folder_are_skipped(tmp_path):
    from analysis.corpus import load

    secret = tmp_path / "secret.txt"
    secret.write_text("Secret\n\nroot:x:0:0:root:/root:/bin/bash", encoding="utf-8")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "o.txt").write_text("Outside\n\nText outside.", encoding="utf-8")
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Inside\n\nKim Jong Un met Putin.", encoding="utf-8")
    (src / "link.txt").symlink_to(secret)
    (src / "dir").symlink_to(tmp_path / "outside")
    (src / "inner.txt").symlink_to(src / "a.txt")  # a link inside the folder is no escape (a duplicate here)
    res = load([str(src)])
    assert sorted(res.articles["article_id"]) == ["a.txt"]
    reasons = " ".join(res.report["reason"])
    assert reasons.count("outside the input folder") == 2 and "duplicate of a file" in reasons
    assert len(load([str(src / "link.txt")]).articles) == 1  # given explicitly, it loads


def test_small_ones(tmp_path):
    from analysis.cli import main
    from analysis.report.batch import BatchError, parse_batch
    from analysis.report.charts import esc

    assert esc('He said "no" & <left>') == 'He said "no" &amp; &lt;left&gt;'  # no &quot; in hovers
    b = tmp_path / "b.yaml"
    b.write_text('input: seeds\nruns: [{name: "ok\\n", params: {}}]\n')
    with pytest.raises(BatchError, match="run name"):
        parse_batch(b)
    nbs = tmp_path / "nbs"
    nbs.mkdir()
    _notebook(nbs / "01_a.ipynb", "print(1)")
    nb = json.loads((nbs / "01_a.ipynb").read_text())
    nb["cells"][0]["source"] = 'input = "seeds"\nout = "x"\nsince = "2023-01-01"'
    (nbs / "01_a.ipynb").write_text(json.dumps(nb))
    out = tmp_path / "o"
    assert main(["report", str(ROOT / "seeds"), "--out", str(out), "--notebooks", str(nbs), "-q",
                 "-p", "since", "2023-01-01"]) == 2
    assert not out.exists()  # refused before any work


def test_reuse_checks_the_tables_and_clears_killed_staging(tmp_path):
    src = _corpus(tmp_path)
    out = tmp_path / "out"
    from analysis.extract import ExtractParams, run_extract

    run = lambda: run_extract([str(src)], out, ExtractParams(n_process=1), progress=False, cache_dir=False)  # noqa
    # a new extraction writes a new manifest (its timings alone may repeat to the millisecond on a small corpus)
    written = lambda: (out / "extract_manifest.json").stat().st_mtime_ns  # noqa
    first = run()
    t1 = written()
    (out / ".staging.pid-999999.abc").mkdir()  # a killed run's staging folder (no such process)
    (out / "mentions.parquet").unlink()
    again = run()  # the deleted table is noticed: extracted again, not trusted
    t2 = written()
    assert t2 != t1  # a new extraction, not the old manifest
    pd.testing.assert_frame_equal(again.mentions, first.mentions)
    assert not any(p.name.startswith(".staging") for p in out.iterdir())
    (out / "stance.parquet").write_bytes(b"PAR1 broken")
    third = run()
    t3 = written()
    assert t3 != t2
    pd.testing.assert_frame_equal(third.stance, first.stance)
    assert run().manifest["timings_s"] == third.manifest["timings_s"] and written() == t3  # intact tables reused
