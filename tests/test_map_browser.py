"""The maps in a real browser: headless Chromium (Debian's) with the network off, via selenium.

Each page is opened from disk (file://) in a fresh profile with no network (a proxy that
does not exist, every host name unresolvable); the assertions read the page itself: the
vis.js network object, the DOM of the legend, the tooltip, and the browser's own log of
requests. .ci/run installs chromium and chromium-driver, so in CI these tests always run.
"""

from __future__ import annotations

import json
import shutil
import struct
import time
import zlib
from pathlib import Path

import pytest
from conftest import INJECTED_LABEL, INJECTED_LABEL_EN, INJECTED_QUOTE, SAM_TO_LAZO_EN, run_cli

BASE = "https://w3id.org/diplokg/"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from diplokg.map_screenshot import find_chromium, offline_browser_flags

    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:  # pragma: no cover
        pytest.skip("BROWSER TESTS SKIPPED: selenium is not installed (pip install -e '.[test]')")
    chromium = find_chromium()
    if chromium is None or not Path(CHROMEDRIVER).is_file():  # pragma: no cover
        pytest.skip(
            "BROWSER TESTS SKIPPED: Chromium or chromedriver is missing "
            "(apt-get install chromium chromium-driver; .ci/run does)"
        )
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in offline_browser_flags(tmp_path_factory.mktemp("profile")):
        options.add_argument(flag)
    options.add_argument("--window-size=1400,900")
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def open_map(browser, path: Path) -> None:
    browser.get_log("performance")  # forget earlier pages' requests
    browser.get(path.resolve().as_uri())
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if browser.execute_script("return !!(window.diplokgMap && window.diplokgMap.stabilized)"):
            return
        time.sleep(0.1)
    raise AssertionError("the map did not finish its layout")


def make_map(tmp_path: Path, *args: str) -> Path:
    out = tmp_path / "map.html"
    result = run_cli("map", *args, "-o", str(out))
    assert result.returncode == 0, result.stderr
    return out


def requested_urls(browser) -> list[str]:
    urls = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def test_whole_map_draws_every_entity_and_the_legend_offline(browser, tmp_path, dataset):
    from diplokg.projection import ALL_NODE_KINDS, project
    from diplokg.traversal import restrict

    H = restrict(project(dataset))
    open_map(browser, make_map(tmp_path))
    # the page loaded nothing but itself (chrome:// and data: are the browser's own)
    foreign = [u for u in requested_urls(browser) if not u.startswith(("file:", "data:", "chrome:", "about:"))]
    assert foreign == []
    assert browser.execute_script("return typeof vis") == "object"
    ids = browser.execute_script("return window.diplokgMap.nodes.getIds()")
    assert sorted(ids) == sorted(H.nodes)
    # drawn: the network object has a body and a position for each of them
    positions = browser.execute_script("return network.getPositions()")
    assert set(positions) == set(ids)
    for iri in ("person/sam-mostyn", "person/esteban-lazo-hernandez", "locality/tphcm", "event/hoi-thao-50-nam-doi-ngoai"):
        assert browser.execute_script("return !!network.body.nodes[arguments[0]]", BASE + iri), iri
    edge = browser.execute_script(
        "return window.diplokgMap.edges.get({filter: e => e.from === arguments[0] && e.to === arguments[1]})",
        BASE + "person/vo-van-hoan",
        BASE + "organization/ubnd-tphcm",
    )
    assert [(e["label"], e["kind"]) for e in edge] == [("là Phó Chủ tịch", "role")]
    assert browser.execute_script("return network.body.data.edges.length") == H.number_of_edges()
    # the legend renders: one visible entry per kind of entity on the map, with its shape
    legend = browser.execute_script(
        """return Array.from(document.querySelectorAll('#legend-nodes li')).map(li => {
             const box = li.querySelector('svg').getBoundingClientRect();
             return [li.dataset.kind, li.querySelector('.name').textContent,
                     li.querySelector('.count').textContent, box.width, box.height,
                     li.offsetParent !== null];
           })"""
    )
    kinds_on_map = [k for k in ALL_NODE_KINDS if any(d["kind"] == k for _, d in H.nodes(data=True))]
    assert [row[0] for row in legend] == kinds_on_map
    assert [row[1] for row in legend][:4] == ["Cá nhân", "Tổ chức", "Nhóm người", "Địa danh"]
    for kind, _name, count, width, height, visible in legend:
        assert visible and width > 10 and height > 10, kind
        assert int(count) == sum(1 for _, d in H.nodes(data=True) if d["kind"] == kind)


def test_path_map_in_browser(browser, tmp_path):
    open_map(browser, make_map(tmp_path, "--path", "Sam Mostyn", "Esteban Lazo Hernandez", "--lang", "en"))
    highlighted = browser.execute_script(
        "return window.diplokgMap.nodes.get({filter: n => n.highlighted}).map(n => n.label_en)"
    )
    assert sorted(highlighted) == sorted(SAM_TO_LAZO_EN)
    widths = browser.execute_script(
        "return window.diplokgMap.edges.get({filter: e => e.highlighted}).map(e => e.width)"
    )
    assert widths == [5] * 9


def test_an_injected_label_stays_text(browser, tmp_path, injected_dataset):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    page = make_map(tmp_path, "--data", str(injected_dataset), "--focus", "person:injected", "--depth", "1")
    open_map(browser, page)
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - an alert(1) would be open here
    assert browser.execute_script("return window.__pwned === undefined")
    assert browser.execute_script("return document.querySelectorAll('img, b, [onerror], [onload], [onmouseover]').length") == 0
    node = browser.execute_script("return window.diplokgMap.nodes.get(arguments[0])", BASE + "person/injected")
    assert (node["label"], node["label_en"]) == (INJECTED_LABEL, INJECTED_LABEL_EN)
    assert INJECTED_LABEL in browser.find_element(By.ID, "map-subtitle").text
    # hover on the node: vis-network's tooltip shows the texts as text
    x, y = browser.execute_script(
        "const p = network.canvasToDOM(network.getPositions([arguments[0]])[arguments[0]]); return [p.x, p.y]",
        BASE + "person/injected",
    )
    canvas = browser.find_element(By.CSS_SELECTOR, "#mynetwork canvas")
    size = canvas.size
    ActionChains(browser).move_to_element_with_offset(canvas, int(x - size["width"] / 2), int(y - size["height"] / 2)).perform()
    deadline = time.monotonic() + 5
    tooltip = ""
    while time.monotonic() < deadline and INJECTED_LABEL not in tooltip:
        time.sleep(0.1)
        tooltip = browser.execute_script(
            "const t = document.querySelector('.vis-tooltip'); return t ? t.innerText : ''"
        )
    assert INJECTED_LABEL in tooltip and INJECTED_LABEL_EN in tooltip
    # innerText turns line breaks into <br>; nothing else is an element
    tags = browser.execute_script(
        "return Array.from(document.querySelectorAll('.vis-tooltip *')).map(e => e.tagName)"
    )
    assert tags and set(tags) == {"BR"}
    edge = browser.execute_script(
        "return window.diplokgMap.edges.get({filter: e => e.from === arguments[0]})[0]", BASE + "person/injected"
    )
    assert INJECTED_QUOTE in edge["title"]
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018
    assert browser.execute_script("return document.querySelectorAll('img, b').length") == 0


def _png_pixels(data: bytes) -> tuple[int, int, list[tuple[int, int, int]]]:
    """Width, height and the RGB pixels of an 8-bit RGB or RGBA PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks = 8, {}
    idat = b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IDAT":
            idat += body
        else:
            chunks[kind] = body
        pos += 12 + length
    width, height, depth, color = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert depth == 8 and color in (2, 6)
    channels = 3 if color == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for r in range(height):
        kind = raw[r * (stride + 1)]
        line = bytearray(raw[r * (stride + 1) + 1 : (r + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            upper_left = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - upper_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upper_left)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else upper_left)
                line[i] = (line[i] + predictor) & 0xFF
        rows.append(bytes(line))
        previous = line
    pixels = [tuple(row[i : i + 3]) for row in rows for i in range(0, stride, channels)]
    return width, height, pixels


def test_screenshot_command_shows_the_map(tmp_path):
    from diplokg.map_screenshot import find_chromium

    if find_chromium() is None:  # pragma: no cover
        pytest.skip("SCREENSHOT TEST SKIPPED: Chromium is missing (apt-get install chromium; .ci/run does)")
    page = make_map(tmp_path, "--focus", "Võ Văn Hoan", "--depth", "2")
    png = tmp_path / "hoan.png"
    result = run_cli("screenshot", str(page), "-o", str(png), "--size", "640x420")
    assert result.returncode == 0, result.stderr
    width, height, pixels = _png_pixels(png.read_bytes())
    assert (width, height) == (640, 420)
    assert len(set(pixels)) > 50  # not a blank page
    person = sum(1 for r, g, b in pixels if abs(r - 0xE1) < 12 and abs(g - 0x57) < 12 and abs(b - 0x59) < 12)
    assert person > 100  # the people's red (legend swatch and the nodes) is drawn
    missing = run_cli("screenshot", str(tmp_path / "nope.html"))
    assert missing.returncode == 2 and "nope.html: no such file" in missing.stderr
