"""Every notebook in notebooks/ runs top to bottom; its cells' asserts check the graph's answers.

The notebooks are executed in memory (the files on disk are not rewritten), each in a fresh
``python3`` kernel whose working directory is ``notebooks/``, as a reader would open them.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

NOTEBOOKS_DIR = Path(__file__).resolve().parents[1] / "notebooks"
NOTEBOOKS = sorted(NOTEBOOKS_DIR.glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOKS_DIR)}},
    )
    failure = None
    try:
        client.execute()
    except CellExecutionError as error:  # its message holds the cell's source and traceback
        failure = re.sub(r"\x1b\[[0-9;]*m", "", str(error))  # without the terminal colours
    if failure:
        pytest.fail(f"{path.name}: a cell failed\n{failure}", pytrace=False)
