"""Taking a PNG screenshot of a relationship map with headless Chromium, network off.

Chromium is run from its command line (``--headless --screenshot``), so nothing but the
browser itself is needed; ``--virtual-time-budget`` lets the layout settle before the
picture is taken. The network is cut (a proxy that does not exist, every host name
unresolvable), which also proves the map needs none. The same flags serve the browser
tests (:func:`offline_browser_flags`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from diplokg.errors import DiplokgError

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    """The Chromium executable: ``$DIPLOKG_CHROMIUM``, else the first of BROWSERS on PATH."""
    configured = os.environ.get("DIPLOKG_CHROMIUM")
    if configured:
        return configured if Path(configured).is_file() else shutil.which(configured)
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def offline_browser_flags(user_data_dir: str | Path) -> list[str]:
    """Flags for a headless Chromium with no network and a fresh profile.

    >>> flags = offline_browser_flags("/tmp/profile")
    >>> "--proxy-server=127.0.0.1:9" in flags and "--host-resolver-rules=MAP * ~NOTFOUND" in flags
    True
    """
    return [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--proxy-server=127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--user-data-dir={user_data_dir}",
    ]


def screenshot(
    html_file: str | Path,
    png_file: str | Path,
    *,
    width: int = 1400,
    height: int = 900,
    settle_ms: int = 10000,
    timeout: float = 120.0,
) -> Path:
    """Open ``html_file`` in headless Chromium (offline) and write a PNG of it to ``png_file``."""
    from diplokg.atomic_files import write_atomically

    html_path = Path(html_file).resolve()
    if not html_path.is_file():
        raise DiplokgError("no such file", path=html_file)
    browser = find_chromium()
    if browser is None:
        raise DiplokgError(
            "no Chromium found: install it (Debian: apt-get install chromium) or set "
            "DIPLOKG_CHROMIUM to its path"
        )
    with tempfile.TemporaryDirectory(prefix="diplokg-chromium-") as profile:
        shot = Path(profile) / "shot.png"
        command = [
            browser,
            *offline_browser_flags(Path(profile) / "profile"),
            f"--window-size={width},{height}",
            f"--virtual-time-budget={settle_ms}",
            f"--screenshot={shot}",
            html_path.as_uri(),
        ]
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise DiplokgError(f"Chromium took more than {timeout:.0f} s", path=html_file) from None
        if result.returncode != 0 or not shot.is_file():
            last = (result.stderr.strip().splitlines() or ["no output"])[-1]
            raise DiplokgError(f"Chromium could not take the screenshot: {last}", path=html_file)
        write_atomically(png_file, shot.read_bytes())
    return Path(png_file)
