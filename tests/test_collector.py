"""The extract runs the cyclic garbage collector less often and gives a kernel its own settings back."""
import gc

import pytest

from analysis.extract import collector, run
from analysis.extract.collector import YOUNG_THRESHOLD, fewer_collections


@pytest.fixture
def thresholds():
    old = gc.get_threshold()
    yield
    gc.set_threshold(*old)


def test_raises_the_young_threshold_and_restores_it(thresholds):
    gc.set_threshold(700, 10, 10)
    with fewer_collections():
        assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_restores_after_an_error_and_never_lowers(thresholds):
    gc.set_threshold(200_000, 5, 5)
    with pytest.raises(RuntimeError):
        with fewer_collections():
            assert gc.get_threshold() == (200_000, 5, 5)  # a kernel that collects less already keeps its own
            raise RuntimeError("stop")
    assert gc.get_threshold() == (200_000, 5, 5)


def test_run_extract_collects_less_while_it_works(tmp_path, monkeypatch, thresholds):
    gc.set_threshold(700, 10, 10)
    seen = []

    def fake_extract_to(*args, **kwargs):
        seen.append(gc.get_threshold())
        raise RuntimeError("stop after the check")

    monkeypatch.setattr(run, "extract_to", fake_extract_to)
    (tmp_path / "a.txt").write_text("Title\n\nSome text about Paris.", encoding="utf-8")
    with pytest.raises(RuntimeError, match="stop after the check"):
        run.run_extract([str(tmp_path)], tmp_path / "out", progress=False, cache_dir=False)
    assert seen == [(collector.YOUNG_THRESHOLD, 10, 10)]
    assert gc.get_threshold() == (700, 10, 10)


def test_pool_workers_collect_less(thresholds):
    import gc as _gc

    from analysis.extract import start_pool

    gc.set_threshold(700, 10, 10)
    pool = start_pool(1)
    try:
        assert pool.submit(_gc.get_threshold).result()[0] == YOUNG_THRESHOLD
    finally:
        pool.shutdown()
