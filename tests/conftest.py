"""Shared fixtures: the real project, its built dataset, and a way to run the real CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DIPLOKG = shutil.which("diplokg") or str(Path(sys.executable).with_name("diplokg"))


@pytest.fixture(scope="session")
def project():
    from diplokg.project import Project

    return Project.locate(ROOT)


@pytest.fixture(scope="session")
def dataset(project):
    """The committed built dataset, without the entailments graph."""
    from diplokg.store import load_dataset

    return load_dataset(project.built_dataset)


@pytest.fixture(scope="session")
def reasoned_dataset(project):
    from diplokg.store import load_dataset

    return load_dataset(project.built_dataset, reason=True)


@pytest.fixture
def project_copy(tmp_path):
    """A throw-away copy of the project (ontology/ and graph/) to break and rebuild."""
    copy = tmp_path / "project"
    shutil.copytree(ROOT / "ontology", copy / "ontology")
    shutil.copytree(ROOT / "graph", copy / "graph")
    return copy


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None, stdin: str | None = None):
    """Run the installed ``diplokg`` console script as a user would."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("DIPLOKG_ROOT", None) if env is None or "DIPLOKG_ROOT" not in env else None
    return subprocess.run(
        [DIPLOKG, *args],
        cwd=cwd or ROOT,
        env=full_env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


def rows(dataset, query: str) -> list[dict]:
    """SELECT rows as dicts of variable -> Python value (str for IRIs and literals)."""
    from diplokg.sparql import run_query

    outcome = run_query(dataset, query)
    return [{k: str(v) for k, v in row.items()} for row in outcome.rows()]


def named(dataset, name: str) -> list[dict]:
    from diplokg.query_library import get_query

    return rows(dataset, get_query(name).text)
