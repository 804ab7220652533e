"""Interrupted runs lose nothing: a run killed at any point leaves whole files and never a trusted mix."""
import json
import os
import signal
import subprocess
import sys
import textwrap

import pandas as pd
import pytest

from analysis.extract import run_extract

from .conftest import ROOT

A = "Talks\n\nVladimir Putin met Kim Jong Un in Moscow, officials said."
B = "Trade\n\nJapan and South Korea signed a deal in Tokyo, the ministry said."

KILLER = textwrap.dedent("""
    import os, signal, sys
    import analysis.store.tables as t
    limit, n = int(sys.argv[1]), [0]
    real = os.replace
    out = os.path.realpath(sys.argv[3])
    def replace(a, b):
        if os.path.realpath(b).startswith(out + os.sep):  # the run folder's writes (not the cache's)
            if n[0] == limit:
                os.kill(os.getpid(), signal.SIGKILL)  # no cleanup, no finally: like a power cut
            n[0] += 1
        real(a, b)
    t.os.replace = replace
    from analysis.cli import main
    sys.exit(main(["extract", sys.argv[2], "--out", sys.argv[3], "-q", "--cache-dir", sys.argv[4]]))
""")


def _visible(out):
    return sorted(p.name for p in out.iterdir() if not p.name.startswith("."))


def _consistent(out) -> str | None:
    """Every visible table reads; if a manifest is there, the tables are the ones it describes."""
    for p in out.glob("*.parquet"):
        pd.read_parquet(p)
    m = out / "extract_manifest.json"
    if not m.exists():
        return None
    inputs = json.loads(m.read_text())["inputs"]
    ids = set(pd.read_parquet(out / "articles.parquet").article_id)
    assert ids == set(inputs), (ids, inputs)
    assert set(pd.read_parquet(out / "mentions.parquet").article_id) <= ids
    return sorted(ids)[0]


@pytest.mark.parametrize("kill_at", [0, 6, 7, 14, 22])  # 0-6 staging, 7-22 renames
def test_killed_while_writing_leaves_previous_or_no_trusted_outputs(tmp_path, kill_at):
    a, b, out, cache = tmp_path / "a", tmp_path / "b", tmp_path / "out", tmp_path / "cache"
    for d, text in ((a, A), (b, B)):
        d.mkdir()
        (d / f"{d.name}.txt").write_text(text, encoding="utf-8")
    run_extract([str(a)], out, progress=False, cache_dir=cache)
    before = _visible(out)
    run_extract([str(b)], tmp_path / "warm", progress=False, cache_dir=cache)  # B parsed once, so the kill is quick
    r = subprocess.run([sys.executable, "-c", KILLER, str(kill_at), str(b), str(out), str(cache)], cwd=ROOT,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == -signal.SIGKILL, r.stderr[-2000:]
    assert _visible(out) == before or set(_visible(out)) == set(before) - {"extract_manifest.json"}
    assert _consistent(out) == ("a.txt" if kill_at < 7 else None)  # the old run, or no manifest vouching for a mix
    assert any(p.name.startswith(".staging.") for p in out.iterdir())  # the killed run's leftovers…
    ex = run_extract([str(b)], out, progress=False, cache_dir=cache)  # …are cleaned by the next run
    assert not [p for p in out.iterdir() if p.name.startswith(".")]
    assert _consistent(out) == "b.txt" and list(ex.articles.article_id) == ["b.txt"]


def test_killed_mid_parse_keeps_previous_outputs(tmp_path):
    """A real SIGKILL while the run parses: the previous outputs stay byte for byte."""
    a, b, out = tmp_path / "a", tmp_path / "b", tmp_path / "out"
    a.mkdir()
    b.mkdir()
    (a / "a.txt").write_text(A, encoding="utf-8")
    for i in range(300):
        (b / f"{i:03d}.txt").write_text(B + f" Item {i}.", encoding="utf-8")
    run_extract([str(a)], out, progress=False, cache_dir=False)
    snap = {p.name: p.read_bytes() for p in out.iterdir()}
    p = subprocess.Popen([sys.executable, "-m", "analysis", "extract", str(b), "--out", str(out), "--no-cache"],
                         cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    seen = b""
    while b"parsing" not in seen:  # wait until the progress bar shows parsing has started, then pull the plug
        chunk = os.read(p.stdout.fileno(), 4096)
        assert chunk, seen.decode(errors="replace")[-2000:]
        seen += chunk
    p.kill()
    p.wait(timeout=60)
    assert {q.name: q.read_bytes() for q in out.iterdir() if not q.name.startswith(".")} == snap
