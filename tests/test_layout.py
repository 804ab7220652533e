"""The package's shape: one subpackage per stage, imports pointing one way down the flow, small modules."""
import ast
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

PKG = ROOT / "analysis"
# a package imports only from packages before it (vocab, store and ml are the floor every stage may use)
LAYERS = ["vocab", "config", "store", "ml", "corpus", "registry", "nlp", "actors", "statements", "stance", "networks",
          "extract", "report", "cli"]
MAX_LINES = 500


def _unit(path: Path) -> str:
    """The layer a file belongs to: its subpackage, or the top-level module's name."""
    rel = path.relative_to(PKG).with_suffix("").parts
    return rel[0] if len(rel) > 1 else rel[0]


def _imports(path: Path):
    """(imported module dotted name under analysis, names, line) for every import in the file, nested ones too."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    pkg_parts = ["analysis", *path.relative_to(PKG).parent.parts]
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg_parts[: len(pkg_parts) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            if mod == "analysis" or mod.startswith("analysis."):
                yield mod, [a.name for a in node.names], node.lineno
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("analysis."):
                    yield a.name, [], node.lineno


def _target_unit(mod: str, names: list[str]) -> list[str]:
    parts = mod.split(".")
    if len(parts) > 1:
        return [parts[1]]
    return [n for n in names if n in LAYERS]  # from analysis import vocab


def test_imports_point_down_the_flow():
    bad = []
    for path in sorted(PKG.rglob("*.py")):
        if path.name == "__main__.py" or path.parent == PKG and path.name == "__init__.py":
            continue
        unit = _unit(path)
        assert unit in LAYERS, f"{path.relative_to(ROOT)} belongs to no layer of {LAYERS}"
        for mod, names, line in _imports(path):
            for target in _target_unit(mod, names):
                if target != unit and LAYERS.index(target) > LAYERS.index(unit):
                    bad.append(f"{path.relative_to(ROOT)}:{line} ({unit}) imports {mod} ({target})")
    assert not bad, "\n".join(bad)


def test_no_private_name_crosses_a_package():
    bad = []
    for path in sorted(PKG.rglob("*.py")):
        unit = _unit(path)
        for mod, names, line in _imports(path):
            parts = mod.split(".")
            if len(parts) > 1 and parts[1] != unit:
                bad += [f"{path.relative_to(ROOT)}:{line} imports {mod}.{n}" for n in names if n.startswith("_")]
    assert not bad, "\n".join(bad)


def test_vocab_imports_nothing_from_the_package():
    assert list(_imports(PKG / "vocab.py")) == []


def test_modules_stay_small():
    big = {p.relative_to(ROOT).as_posix(): n for p in PKG.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not big, big


def test_the_layer_check_catches_an_upward_import(tmp_path, monkeypatch):
    """The checker itself: a stage module importing the report layer is reported."""
    fake = PKG / "nlp" / "_layer_probe.py"
    fake.write_text("def f():\n    from analysis.report import charts\n")
    try:
        with pytest.raises(AssertionError, match="_layer_probe.py:2 \\(nlp\\) imports analysis.report"):
            test_imports_point_down_the_flow()
    finally:
        fake.unlink()


def test_ruff_passes():
    ruff = Path(sys.executable).parent / "ruff"
    r = subprocess.run([str(ruff), "check", "analysis", "tests", "scripts", "benchmarks"], cwd=ROOT,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout[-3000:]


@pytest.mark.slow
def test_wheel_carries_every_model_and_data_file(tmp_path):
    """A built wheel holds every file of analysis/data (models included) and every subpackage."""
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                        "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for f in sorted((PKG / "data").iterdir()):
        assert f"analysis/data/{f.name}" in names, f"{f.name} missing from the wheel"
    for init in PKG.rglob("__init__.py"):
        assert init.relative_to(ROOT).as_posix() in names


def test_a_missing_model_is_an_error_naming_the_file(tmp_path):
    from analysis.ml import linear, mlp

    for load in (linear.load, mlp.load):
        missing = tmp_path / f"{load.__module__}.model"
        with pytest.raises(FileNotFoundError, match=str(missing).replace(".", r"\.")):
            load(missing)


def test_extract_params_are_the_extract_stage_of_the_run_configuration():
    from dataclasses import fields

    from analysis.config import BY_NAME, EXTRACT_NAMES, ExtractParams

    assert tuple(f.name for f in fields(ExtractParams)) == EXTRACT_NAMES
    d = ExtractParams(n_process=3)
    assert all(getattr(d, n) == BY_NAME[n].default for n in EXTRACT_NAMES if n != "n_process")


def test_public_api_type_checks():
    """mypy over the public API (the files listed under [tool.mypy] in pyproject.toml)."""
    mypy = Path(sys.executable).parent / "mypy"
    r = subprocess.run([str(mypy)], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout[-3000:]


def test_each_stage_package_reexports_its_public_names():
    """`from analysis.<stage> import name` works for every public name its modules define (names two modules share,
    and the report package, whose modules are imported directly, excepted)."""
    import importlib
    from collections import Counter

    missing = []
    for init in sorted(PKG.glob("*/__init__.py")):
        pkg = init.parent
        if pkg.name == "report":
            continue
        module = importlib.import_module(f"analysis.{pkg.name}")
        defined = Counter()
        for f in pkg.glob("*.py"):
            if f.name != "__init__.py":
                defined.update({n for n in _top_level_names(f) if not n.startswith("_") and n != "log"})
        missing += [f"analysis.{pkg.name}.{n}" for n, k in defined.items() if k == 1 and not hasattr(module, n)]
    assert not missing, missing


def _top_level_names(path: Path) -> set[str]:
    names = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {t.id for t in ast.walk(node) if isinstance(t, ast.Name) and isinstance(t.ctx, ast.Store)}
    return names
