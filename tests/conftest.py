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


# The shortest path from Sam Mostyn to Esteban Lazo Hernandez (English labels), as
# `diplokg path` finds it on the built graph (photo credits left out).
SAM_TO_LAZO_EN = [
    "Sam Mostyn",
    "State visit of Governor-General Sam Mostyn to Vietnam",
    "Ho Chi Minh City",
    "Resolution 59",
    "First Congress of the Ho Chi Minh City Party Organisation, 2025-2030 term",
    "Ho Chi Minh City Party Organisation",
    "Ho Chi Minh City Party Committee",
    "Tran Luu Quang",
    "Meeting of HCMC Party Secretary Tran Luu Quang with Cuban National Assembly President Esteban Lazo Hernandez",
    "Esteban Lazo Hernández",
]


# Labels and quotes that would run script if a page used them as HTML.
INJECTED_LABEL = "<img src=x onerror=alert(1)>"
INJECTED_LABEL_EN = "</script><script>window.__pwned = 1</script>"
INJECTED_QUOTE = '"><b onmouseover=alert(3)>quoted</b>'


@pytest.fixture(scope="session")
def injected_dataset(tmp_path_factory):
    """The built dataset plus a person whose labels and evidence are HTML/script injections.

    The person (person:injected) spoke at the conference of 11 April 2025, so that maps
    of the conference or focused on the person draw the hostile texts.
    """
    text = (ROOT / "graph/build/diplokg.trig").read_text(encoding="utf-8")

    def lit(value: str, lang: str) -> str:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + f'"@{lang}'

    block = f"""
<https://w3id.org/diplokg/graph/injected> {{
    person:injected a dkg:Person ;
        skos:prefLabel {lit(INJECTED_LABEL, "vi")}, {lit(INJECTED_LABEL_EN, "en")} ;
        skos:altLabel {lit('"><svg onload=alert(2)>', "vi")} ;
        prov:wasDerivedFrom source:plo-2025-04-11-canh-chim-dau-dan .
    <https://w3id.org/diplokg/participation/injected> a dkg:Participation ;
        dkg:participant person:injected ;
        dkg:event event:hoi-thao-50-nam-doi-ngoai ;
        dkg:mode dkg:spoke ;
        prov:wasDerivedFrom source:plo-2025-04-11-canh-chim-dau-dan ;
        dkg:evidence <https://w3id.org/diplokg/participation/injected/evidence> .
    <https://w3id.org/diplokg/participation/injected/evidence> a dkg:Evidence ;
        oa:exact {lit(INJECTED_QUOTE, "vi")} ;
        prov:wasQuotedFrom source:plo-2025-04-11-canh-chim-dau-dan .
}}
"""
    path = tmp_path_factory.mktemp("injected") / "injected.trig"
    path.write_text(text + block, encoding="utf-8")
    return path
