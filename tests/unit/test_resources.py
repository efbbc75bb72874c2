"""resources/ (the sources) and installer_app/resources/ (what the program reads, built from them).

``make resources`` builds the package's copy; these tests fail when a source changed without it,
when the package data would leave a run-time file out of a wheel, or when the samples stop being
a batch that ``installer-app prepare`` accepts.
"""

from __future__ import annotations

import fnmatch
import importlib.util
import json
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from installer_app import resources
from installer_app.cli import main
from installer_app.storage.plan_files import load_plan

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "resources"
HINT = "run `make resources` and commit the result (see docs/packaging.md)"


def _build_resources() -> ModuleType:
    path = ROOT / "build_spec" / "build_resources.py"
    spec = importlib.util.spec_from_file_location("build_spec_build_resources", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_sources_live_at_the_top_of_the_repository() -> None:
    svg = ET.parse(SOURCES / "icons" / "installer-app.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert (SOURCES / "samples" / "batch.csv").is_file()
    assert (SOURCES / "samples" / "rules.json").is_file()
    # The package holds what is built, not a second source to edit.
    assert not (resources.ICONS / "installer-app.svg").exists()


def test_the_package_copy_is_built_from_the_current_sources() -> None:
    built = resources.SOURCES_MANIFEST.read_text(encoding="utf-8")
    assert built == _build_resources().source_manifest(SOURCES), f"out of date: {HINT}"
    for sample in sorted((SOURCES / "samples").iterdir()):
        copy = resources.SAMPLES / sample.name
        assert copy.read_bytes() == sample.read_bytes(), f"{copy} differs: {HINT}"


def test_every_run_time_file_is_there() -> None:
    assert resources.missing_files() == []
    assert set(resources.runtime_files()) >= {resources.SAMPLE_CSV, resources.SAMPLE_RULES}


def test_package_data_puts_every_run_time_file_in_a_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["installer_app.resources"]
    for path in resources.runtime_files():
        relative = path.relative_to(resources.FOLDER).as_posix()
        assert any(fnmatch.fnmatch(relative, p) for p in patterns), f"{relative} not in a wheel"


def test_the_build_step_copies_samples_and_records_its_sources(tmp_path: Path) -> None:
    build = _build_resources()
    copies = build.copy_samples(SOURCES, tmp_path)
    assert sorted(p.name for p in copies) == ["batch.csv", "rules.json"]
    assert (tmp_path / "samples" / "rules.json").read_bytes() == resources.SAMPLE_RULES.read_bytes()
    changed = tmp_path / "changed"
    (changed / "icons").mkdir(parents=True)
    (changed / "icons" / "installer-app.svg").write_text("<svg/>", encoding="utf-8")
    (changed / "samples").mkdir()
    (changed / "samples" / "batch.csv").write_text("x", encoding="utf-8")
    assert build.source_manifest(changed) != build.source_manifest(SOURCES)


def test_the_samples_prepare_three_installation_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    args = ["prepare", "--csv", str(resources.SAMPLE_CSV), "--rules", str(resources.SAMPLE_RULES)]
    assert main([*args, "--out", str(out)]) == 0, capsys.readouterr().err
    assert "warning" not in capsys.readouterr().err.lower()
    written = sorted(out.iterdir())
    assert [p.name for p in written] == [
        "Dupont_OXO.oxoplan.json",
        "Martin_OXO.oxoplan.json",
        "Mueller_Berlin.oxoplan.json",
    ]
    rules = json.loads(resources.SAMPLE_RULES.read_text(encoding="utf-8"))
    for path in written:
        plan = load_plan(path)
        assert [r.regexp_match for r in plan.numbering_rules] == [r["regexp_match"] for r in rules]
    modes = {load_plan(path).mode.value for path in written}
    assert modes == {"stock", "btco"}  # the samples show both ways of delivering a PBX
