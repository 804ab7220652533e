import os
import shutil
from pathlib import Path

import pytest

import tempfile

ROOT = Path(__file__).resolve().parent.parent
# the tests never read or write the user's cache (subprocesses inherit this too)
os.environ["NEWS_WORKBOOK_CACHE"] = tempfile.mkdtemp(prefix="nw-cache-")
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from analysis.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory):
    """The extract stage on seeds/ (once per session)."""
    from analysis.extract import run_extract

    out = tmp_path_factory.mktemp("seed_run")
    return run_extract([str(SEEDS)], out, progress=False), out


def chromium_or_skip() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if exe is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is required under CI (apt-get install chromium)")
        pytest.skip("Chromium not installed")
    return exe
