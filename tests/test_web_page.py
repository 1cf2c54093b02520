"""The web page in headless Chromium: type a query, run it, see the rows; open an entity page."""

from __future__ import annotations

import shutil

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.skip("CHROMIUM NOT INSTALLED: apt-get install chromium chromium-driver "
                    "(.ci/run does it); the web page tests cannot run")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def test_type_a_query_run_it_and_see_the_rows(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser.get(server.url + "/")
    editor = browser.find_element(By.ID, "query")
    editor.clear()
    editor.send_keys(
        "SELECT ?count ?sourceDate WHERE { ?o dkg:indicator indicator:partner-localities ; "
        "dkg:value ?count ; prov:wasDerivedFrom ?s . ?s a dkg:NewsArticle ; "
        "schema:datePublished ?sourceDate } ORDER BY DESC(?sourceDate)"
    )
    browser.find_element(By.ID, "run").click()
    WebDriverWait(browser, 30).until(ec.presence_of_element_located((By.ID, "result-table")))
    rows = browser.find_elements(By.CSS_SELECTOR, "#result-table tr.row")
    cells = [[td.text for td in row.find_elements(By.TAG_NAME, "td")] for row in rows]
    assert cells == [["86", "2025-10-17"], ["58", "2025-04-11"]]
    assert browser.find_element(By.ID, "status").text == "2 rows"
    assert browser.find_element(By.ID, "map").is_displayed()  # the map of these rows

    # a named query from the examples, then follow an entity link to its page
    Select(browser.find_element(By.ID, "examples")).select_by_value("people-roles")
    assert "dkg:RoleHolding" in browser.find_element(By.ID, "query").get_property("value")
    browser.find_element(By.ID, "run").click()
    WebDriverWait(browser, 30).until(
        lambda b: b.find_element(By.ID, "status").text == "11 rows")
    link = browser.find_element(
        By.CSS_SELECTOR, "a[href='/entity/person/pham-dut-diem']")
    link.click()
    WebDriverWait(browser, 30).until(ec.presence_of_element_located((By.ID, "label")))
    assert browser.find_element(By.ID, "label").text == "Phạm Dứt Điểm"
    facts = browser.find_element(By.ID, "facts").text
    assert "Quyền Giám đốc Sở Ngoại vụ TP.HCM" in facts
    browser.find_element(By.LINK_TEXT, "en").click()
    WebDriverWait(browser, 30).until(
        lambda b: b.find_element(By.ID, "label").text == "Pham Dut Diem")


def test_search_box_finds_a_name_typed_without_diacritics(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server.url + "/")
    browser.find_element(By.ID, "search").send_keys("vo van hoan")
    browser.find_element(By.ID, "go").click()
    WebDriverWait(browser, 30).until(
        lambda b: b.find_elements(By.CSS_SELECTOR, "#found a"))
    first = browser.find_element(By.CSS_SELECTOR, "#found a")
    assert first.text == "Võ Văn Hoan"
    first.click()
    WebDriverWait(browser, 30).until(lambda b: "/entity/person/vo-van-hoan" in b.current_url)
    assert browser.find_element(By.ID, "label").text == "Võ Văn Hoan"


def test_an_entity_page_links_to_its_relationship_map(server, browser):
    import time

    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server.url + "/entity/person/vo-van-hoan?lang=en")
    browser.find_element(By.ID, "map-2").click()
    WebDriverWait(browser, 60).until(lambda b: b.execute_script(
        "return !!(window.diplokgMap && window.diplokgMap.stabilized)"))
    assert "/map/entity/person/vo-van-hoan?depth=2&lang=en" in browser.current_url
    nodes = browser.execute_script(
        "return window.diplokgMap.nodes.get().map(n => [n.id, n.label, n.date || ''])")
    labels = {iri: (label, date) for iri, label, date in nodes}
    base = "https://w3id.org/diplokg/"
    assert labels[base + "person/vo-van-hoan"][0] == "Vo Van Hoan"
    assert labels[base + "organization/ubnd-tphcm"][0] == "Ho Chi Minh City People's Committee"
    assert labels[base + "event/hoi-thao-50-nam-doi-ngoai"][1] == "2025-04-11"
    # the network drew them: vis.js has a position for each node and knows their edges
    positions = browser.execute_script(
        "return window.diplokgMap.network.getPositions()")
    assert set(positions) == set(labels)
    connected = browser.execute_script(
        "return window.diplokgMap.network.getConnectedNodes(arguments[0])",
        base + "person/vo-van-hoan")
    assert base + "organization/ubnd-tphcm" in connected
    # the page's policy let both inline scripts run and nothing was blocked
    time.sleep(0.2)
    log = browser.get_log("browser")
    blocked = [e for e in log if "Content Security Policy" in e["message"]
               or e["source"] == "javascript"]
    assert blocked == [], blocked
