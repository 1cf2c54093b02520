"""A client of the Wikidata API (``wbsearchentities``, ``wbgetentities``).

Polite by construction: a descriptive User-Agent (Wikimedia's policy requires one), at
most one request per ``min_interval`` seconds, a timeout on every request, retries with
exponential backoff on 429, 5xx and network errors (honouring ``Retry-After``), and an
on-disk cache keyed by the request URL, so that a second run asks nothing. The base URL
can point anywhere (tests use a server on 127.0.0.1 that replays recorded responses).
"""

from __future__ import annotations

import hashlib
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from diplokg import __version__
from diplokg.errors import DiplokgError

API_URL = "https://www.wikidata.org/w/api.php"
USER_AGENT = (
    f"diplokg/{__version__} (knowledge graph of Ho Chi Minh City's foreign affairs; "
    "https://w3id.org/diplokg) python-urllib"
)
RETRY_STATUSES = {429, 500, 502, 503, 504}


class WikidataClient:
    """Search and fetch Wikidata items; every answer is a parsed JSON dict."""

    def __init__(
        self,
        api_url: str = API_URL,
        *,
        cache_dir: str | Path | None = None,
        user_agent: str = USER_AGENT,
        min_interval: float = 1.0,
        timeout: float = 10.0,
        retries: int = 3,
        backoff: float = 1.0,
    ) -> None:
        self.api_url = api_url
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.user_agent = user_agent
        self.min_interval = min_interval
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self._last_request = 0.0
        self.requests_made = 0

    # -- transport
    def _cache_file(self, url: str) -> Path | None:
        if self.cache_dir is None:
            return None
        return self.cache_dir / (hashlib.sha256(url.encode("utf-8")).hexdigest() + ".json")

    def _wait_turn(self) -> None:
        delay = self._last_request + self.min_interval - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        self._last_request = time.monotonic()

    def get_json(self, params: dict[str, str]) -> dict:
        """GET the API with ``params`` (format=json added); cached, rate-limited, retried."""
        query = urllib.parse.urlencode(sorted({**params, "format": "json"}.items()))
        url = f"{self.api_url}?{query}"
        cached = self._cache_file(url)
        if cached is not None and cached.is_file():
            return json.loads(cached.read_text(encoding="utf-8"))
        last_error = ""
        for attempt in range(self.retries + 1):
            self._wait_turn()
            request = urllib.request.Request(
                url, headers={"User-Agent": self.user_agent, "Accept": "application/json"}
            )
            retry_after = None
            try:
                self.requests_made += 1
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    data = json.loads(response.read().decode("utf-8"))
                if cached is not None:
                    from diplokg.atomic_files import write_atomically

                    write_atomically(cached, json.dumps(data, ensure_ascii=False).encode("utf-8"))
                return data
            except urllib.error.HTTPError as exc:
                if exc.code not in RETRY_STATUSES:
                    raise DiplokgError(f"Wikidata API answered HTTP {exc.code} for {url}") from None
                last_error = f"HTTP {exc.code}"
                retry_after = exc.headers.get("Retry-After") if exc.headers else None
            except (urllib.error.URLError, TimeoutError, OSError) as exc:
                last_error = str(getattr(exc, "reason", exc))
            except json.JSONDecodeError:
                last_error = "an answer that is not JSON"
            if attempt < self.retries:
                wait = self.backoff * (2**attempt)
                if retry_after and retry_after.isdigit():
                    wait = max(wait, float(retry_after))
                time.sleep(wait)
        raise DiplokgError(
            f"Wikidata API unreachable after {self.retries + 1} tries ({last_error}): {url}"
        )

    # -- the API
    def search(self, text: str, language: str = "en", limit: int = 7) -> list[dict]:
        """``wbsearchentities``: candidate items ``{id, label, description, aliases}``."""
        data = self.get_json(
            {
                "action": "wbsearchentities",
                "search": text,
                "language": language,
                "uselang": language,
                "type": "item",
                "limit": str(limit),
            }
        )
        return [
            {
                "id": hit["id"],
                "label": hit.get("label", ""),
                "description": hit.get("description", ""),
                "aliases": hit.get("aliases", []),
            }
            for hit in data.get("search", [])
        ]

    def get_entities(self, ids: list[str]) -> dict[str, dict]:
        """``wbgetentities``: the items' records in Wikidata's JSON format, by id."""
        out: dict[str, dict] = {}
        for start in range(0, len(ids), 50):
            chunk = ids[start : start + 50]
            data = self.get_json(
                {
                    "action": "wbgetentities",
                    "ids": "|".join(chunk),
                    "props": "labels|aliases|descriptions|claims",
                    "languages": "vi|en",
                }
            )
            out.update(
                {k: v for k, v in data.get("entities", {}).items() if "missing" not in v}
            )
        return out
