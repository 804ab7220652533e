"""Parse-and-extract on a real Dask cluster gives the same tables as one process."""
import json

import pytest

from analysis.cli import main
from analysis.extract import ExtractParams, run_extract

from .conftest import SEEDS

ARTICLES = [
    ("a1", "Talks in Moscow", "Vladimir Putin met Kim Jong Un in Moscow on Tuesday, officials said. "
     "“We oppose these talks,” said John Kirby, a spokesman for the National Security Council."),
    ("a2", "Trade deal", "Japan and South Korea signed a trade deal in Tokyo. The ministry welcomed the agreement."),
    ("a3", "", ""),
    ("a4", "Summit", "The White House urged Pyongyang to stop its arms negotiations with Moscow."),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("dask_in")
    (d / "more.jsonl").write_text("\n".join(json.dumps({"id": i, "title": t, "text": x}) for i, t, x in ARTICLES),
                                  encoding="utf-8")
    (d / "seed.txt").write_text((SEEDS / "000_eb9331b580f5a3dd.txt").read_text(encoding="utf-8"), encoding="utf-8")
    return d


CLUSTER_SCRIPT = """
import sys
from dask.distributed import LocalCluster
from analysis.extract import ExtractParams, run_extract
with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
    ex = run_extract([sys.argv[1]], sys.argv[2], ExtractParams(n_process=2, batch_size=2), progress=False,
                     cache_dir=False, scheduler=cluster.scheduler_address)
    print("workers", len(cluster.scheduler_info["workers"]), ex.manifest["scheduler"])
"""


def test_local_dask_cluster_gives_the_single_process_tables(corpus, tmp_path):
    # the cluster lives in a child process, so that it leaves nothing behind in the test process
    import subprocess
    import sys

    from .conftest import ROOT

    one = run_extract([str(corpus)], tmp_path / "one", ExtractParams(n_process=1, batch_size=2), progress=False,
                      cache_dir=False)
    r = subprocess.run([sys.executable, "-c", CLUSTER_SCRIPT, str(corpus), str(tmp_path / "dask")], cwd=ROOT,
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "workers 2 tcp://" in r.stdout
    for name in ("mentions", "sentences", "edges", "statements", "stance", "actors"):
        assert (tmp_path / "one" / f"{name}.csv").read_bytes() == (tmp_path / "dask" / f"{name}.csv").read_bytes(), name
    assert len(one.mentions) > 10


def test_bad_scheduler_exits_2(tmp_path, capsys):
    assert main(["extract", str(SEEDS), "--out", str(tmp_path / "o"), "--scheduler", "http://nope"]) == 2
    assert "tcp://HOST:PORT" in capsys.readouterr().err


KERNEL_SCRIPT = """
import sys, types
sys.modules.setdefault("ipykernel", types.ModuleType("ipykernel"))  # as inside a Jupyter kernel
from analysis.extract import ExtractParams, run_extract
run_extract([sys.argv[1]], sys.argv[2], ExtractParams(n_process=2, batch_size=1), progress=False, cache_dir=False)
import analysis.nlp as nlp
print("parent loaded model:", nlp.pipeline._load_pipeline.cache_info().currsize)  # (memoized per registry state)
"""


def test_process_pool_inside_a_kernel_gives_the_same_tables(corpus, tmp_path):
    """In a kernel the pool uses forkserver (forking a threaded kernel is unsafe); the tables do not change."""
    import subprocess
    import sys

    from .conftest import ROOT

    run_extract([str(corpus)], tmp_path / "one", ExtractParams(n_process=1), progress=False, cache_dir=False)
    r = subprocess.run([sys.executable, "-c", KERNEL_SCRIPT, str(corpus), str(tmp_path / "pool")], cwd=ROOT,
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "parent loaded model: 0" in r.stdout  # the workers parsed; the kernel never loaded the model
    for name in ("mentions", "sentences", "edges", "statements", "stance", "actors"):
        assert (tmp_path / "one" / f"{name}.csv").read_bytes() == (tmp_path / "pool" / f"{name}.csv").read_bytes(), name
