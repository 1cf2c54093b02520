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


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_http(url: str, seconds: float, alive=lambda: True) -> None:
    """Return once ``url`` answers; raise if ``seconds`` pass or ``alive()`` turns false."""
    import time
    import urllib.request

    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=5).read()
            return
        except OSError:
            if not alive() or time.monotonic() > deadline:
                raise
            time.sleep(0.3)


VIRTUOSO_INI = Path("/usr/share/virtuoso-opensource-7/virtuoso.ini")


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """A Virtuoso open-source server on loopback (Debian's virtuoso-opensource), stopped after.

    Yields a dict: query URL, graph-store URL (digest auth, dba:dba), update URL.
    """
    import re
    import time

    server = shutil.which("virtuoso-t")
    isql = shutil.which("isql-vt") or shutil.which("isql")
    if server is None or isql is None or not VIRTUOSO_INI.is_file():
        pytest.skip(
            "VIRTUOSO NOT INSTALLED: apt-get install virtuoso-opensource (.ci/run does it); "
            "the remote-store tests cannot run"
        )
    directory = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = free_port(), free_port()
    text = VIRTUOSO_INI.read_text()
    text = text.replace("/var/lib/virtuoso-opensource-7/db", str(directory))
    text = re.sub(r"(?m)^ServerPort(\s*)=\s*1111\b", rf"ServerPort\g<1>= 127.0.0.1:{sql_port}", text)
    text = re.sub(r"(?m)^ServerPort(\s*)=\s*8890\b", rf"ServerPort\g<1>= 127.0.0.1:{http_port}", text)
    ini = directory / "virtuoso.ini"
    ini.write_text(text)
    started = subprocess.run([server, "+configfile", str(ini), "+wait"], cwd=directory,
                             capture_output=True, text=True, timeout=120)
    base = f"http://127.0.0.1:{http_port}"
    if started.returncode != 0:
        raise RuntimeError(f"virtuoso did not start: {started.stdout}{started.stderr}")
    wait_for_http(f"{base}/sparql?query=ASK%7B%7D", 60)
    yield {
        "query": f"{base}/sparql",
        "graph_store": f"{base}/sparql-graph-crud-auth",
        "update": f"{base}/sparql-auth",
        "user": "dba",
        "password": "dba",
        "auth": "digest",
    }
    subprocess.run([isql, str(sql_port), "dba", "dba", "-K"], capture_output=True, timeout=60)
    for _ in range(60):
        if not (directory / "virtuoso.lck").exists():
            break
        time.sleep(0.5)


@pytest.fixture(scope="session")
def oxigraph_store(project, tmp_path_factory):
    """The built dataset pushed into an on-disk Oxigraph store; yields its spec."""
    path = tmp_path_factory.mktemp("oxigraph") / "kg"
    result = run_cli("push", "--store", f"oxigraph:{path}")
    assert result.returncode == 0, result.stderr
    return f"oxigraph:{path}"


@pytest.fixture(scope="session")
def virtuoso_store(virtuoso):
    """The built dataset pushed into Virtuoso with `diplokg push`; yields its spec."""
    result = run_cli(
        "push", "--store", f"sparql:{virtuoso['query']}", "--graph-store", virtuoso["graph_store"],
        "--user", virtuoso["user"], "--auth", virtuoso["auth"],
        env={"DIPLOKG_SPARQL_PASSWORD": virtuoso["password"]},
    )
    assert result.returncode == 0, result.stderr
    return f"sparql:{virtuoso['query']}"


class RunningServer:
    """A `diplokg serve` process on a free loopback port."""

    def __init__(self, *args: str) -> None:

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [DIPLOKG, "serve", "--port", str(self.port), *args],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        try:
            wait_for_http(f"{self.url}/sparql", 120, lambda: self.process.poll() is None)
        except OSError:
            self.stop()
            raise RuntimeError(f"the server did not start: {self.process.stderr.read()}") from None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


@pytest.fixture(scope="session")
def server(oxigraph_store):
    """The endpoint on the Oxigraph store, with small limits that tests can reach."""
    running = RunningServer("--store", oxigraph_store, "--timeout", "3", "--max-rows", "2000",
                            "--max-query-bytes", "20000", "--workers", "2")
    yield running
    running.stop()
