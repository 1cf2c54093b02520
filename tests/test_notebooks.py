"""The notebooks run, top to bottom, and show the answers they promise."""

from __future__ import annotations

import nbformat
import pytest
from conftest import ROOT
from nbclient import NotebookClient

NOTEBOOKS = ROOT / "notebooks"


def execute(name: str) -> list[str]:
    """Run a notebook as Jupyter would (kernel python3, in notebooks/); its cells' outputs."""
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    NotebookClient(
        notebook, kernel_name="python3", timeout=300, resources={"metadata": {"path": str(NOTEBOOKS)}}
    ).execute()
    outputs = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        text = ""
        for output in cell.get("outputs", []):
            assert output.get("output_type") != "error", output
            text += output.get("text", "")
            text += "".join(output.get("data", {}).get(kind, "") for kind in ("text/plain", "text/html"))
        outputs.append(text)
    return outputs


@pytest.fixture(scope="module")
def explore():
    return execute("02-explore-relationships.ipynb")


def test_explore_relationships_notebook_paths_and_neighbourhoods(explore):
    text = "\n".join(explore)
    assert "Sam Mostyn → Esteban Lazo Hernández: 9 steps" in text
    assert "Tran Luu Quang is Secretary of Ho Chi Minh City Party Committee" in text
    assert "before 2025: Võ Văn Hoan / UBND TP.HCM / Nguyễn Thành Phong" in text
    assert "1 UBND TP.HCM (Organization) — is Vice Chair of" in text
    assert "is acting Director of Ho Chi Minh City Department of Foreign Affairs ['acting']" in text


def test_explore_relationships_notebook_centrality_timeline_and_map(explore):
    text = "\n".join(explore)
    assert "people: ['Trần Thanh Hải'," in text
    order = [
        "Second Friendship Dialogue, 2024",
        "Ho Chi Minh City: 50 years of implementing",
        "Photo exhibition on the diplomatic service",
        "State visit of Governor-General Sam Mostyn",
        "Meeting of HCMC Party Secretary",
    ]
    [timeline] = [out for out in explore if out.startswith("2024 ")]
    positions = [timeline.index(event) for event in order]
    assert positions == sorted(positions)
    assert "13 steps: ['Person', 'Participation', 'Event'" in text
    [map_cell] = [out for out in explore if "<iframe srcdoc=" in out]
    assert "vis.DataSet" in map_cell and "&lt;script&gt;" in map_cell  # the page, escaped in srcdoc
