import os
import shutil
import tempfile
from pathlib import Path

import pytest

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


def browse(page, tmp) -> tuple[str, list[str]]:
    """Open ``page`` in headless Chromium: its DOM after scripts ran, and the URLs the page itself requested.

    Chromium's own background calls carry the initiator "not an origin" in the net log; anything the page
    asks for (a CDN script, an image) carries its origin ("null" for file://) and is returned.
    """
    import json
    import subprocess
    from pathlib import Path

    exe = chromium_or_skip()
    netlog = Path(tmp) / "netlog.json"
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={Path(tmp) / 'chr'}",
           f"--log-net-log={netlog}", "--virtual-time-budget=15000", "--dump-dom", Path(page).as_uri()]
    dom = subprocess.run(cmd, capture_output=True, text=True, timeout=180).stdout
    events = json.loads(netlog.read_text() or "{}").get("events", []) if netlog.exists() else []
    requested = sorted({e["params"]["url"] for e in events
                        if "url" in e.get("params", {}) and "initiator" in e["params"]
                        and e["params"]["initiator"] != "not an origin" and not e["params"]["url"].startswith("file:")})
    return dom, requested
