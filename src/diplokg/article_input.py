"""Reading a new article: plain text or a saved news page, with checks of bad input.

A text file gives the text; the title, publisher and date come from the command
line. An HTML page gives all four: the title from ``og:title`` (else JSON-LD
``headline``, else ``<title>``), the date from ``article:published_time`` (else
JSON-LD ``datePublished``, else the first ``<time datetime>``), the publisher from
``og:site_name`` (else JSON-LD ``publisher.name``), and the text from the
paragraphs (``<p>``, ``<h1>``-``<h3>``, ``<figcaption>``) of ``<article>`` (else of
the whole body). Command-line values override the page's.

Refused, with one line and nothing written: an empty file, a binary file (NUL
bytes, or not UTF-8), a file over the size limit (1 MB by default), and a text
that is not Vietnamese (too few Vietnamese letters and function words).

>>> looks_vietnamese("TP.HCM đã thiết lập quan hệ hữu nghị với 86 địa phương trên thế giới.")
True
>>> looks_vietnamese("The city has friendship relations with 86 localities worldwide.")
False
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from diplokg.errors import DiplokgError
from diplokg.extraction.lexicon import VIETNAMESE_STOPWORDS

DEFAULT_MAX_BYTES = 1_000_000
_VIETNAMESE_LETTERS = set(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
)
# Letters no other language written in Latin script uses: hooks above, dots below, horns,
# breves with tones, đ.
_ONLY_VIETNAMESE_LETTERS = set(
    "ảạằắẳẵặầấẩẫậẻẽẹềếểễệỉịỏọồốổỗộơờớởỡợủụưừứửữựỳỷỹỵđ"
)


@dataclass
class ArticleInput:
    path: Path
    text: str
    title: str | None = None
    publisher: str | None = None
    date: str | None = None  # ISO, as found


def looks_vietnamese(text: str) -> bool:
    """Enough letters with Vietnamese diacritics and enough Vietnamese function words, or
    many letters only Vietnamese writes (a passage dense with names and titles has few
    function words: "Chủ tịch UBND TPHCM Lê Hoàng Quân tiếp đoàn ...").

    >>> looks_vietnamese("Chủ tịch UBND TPHCM Lê Hoàng Quân tiếp đoàn đại biểu tỉnh Tứ Xuyên.")
    True
    >>> looks_vietnamese("São João não é ação; le président a reçu la délégation à Hô Chi Minh.")
    False
    """
    letters = [c for c in text.lower() if c.isalpha()]
    if not letters:
        return False
    marked = sum(c in _VIETNAMESE_LETTERS for c in letters) / len(letters)
    only_vietnamese = sum(c in _ONLY_VIETNAMESE_LETTERS for c in letters) / len(letters)
    words = re.findall(r"\w+", text.lower())
    stop = sum(w in VIETNAMESE_STOPWORDS for w in words) / max(len(words), 1)
    return marked >= 0.08 and stop >= 0.04 or only_vietnamese >= 0.05


def _decode(path: Path, max_bytes: int) -> str:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise DiplokgError("no such file", path=path) from None
    if size > max_bytes:
        raise DiplokgError(
            f"the file is {size} bytes, over the limit of {max_bytes} (see --max-bytes)", path=path
        )
    raw = path.read_bytes()
    if not raw.strip():
        raise DiplokgError("the file is empty", path=path)
    if b"\x00" in raw:
        raise DiplokgError("the file is binary, not a text or HTML article", path=path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DiplokgError(
            f"the file is not UTF-8 text (byte {exc.start}); is it binary?", path=path
        ) from None


class _PageParser(HTMLParser):
    _BLOCKS = {"p", "h1", "h2", "h3", "figcaption", "li"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.jsonld: list[str] = []
        self.title = ""
        self.times: list[str] = []
        self.blocks: list[tuple[bool, str]] = []  # (inside <article>, text)
        self._stack: list[str] = []
        self._article = 0
        self._buffer: list[str] | None = None
        self._script: list[str] | None = None
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = a.get("property") or a.get("name") or a.get("itemprop")
            if key and "content" in a:
                self.meta.setdefault(key.lower(), a["content"].strip())
        elif tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self._script = []
        elif tag == "title":
            self._in_title = True
        elif tag == "time" and a.get("datetime"):
            self.times.append(a["datetime"])
        elif tag == "article":
            self._article += 1
        elif tag in self._BLOCKS:
            self._buffer = []
        elif tag == "br" and self._buffer is not None:
            self._buffer.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.jsonld.append("".join(self._script))
            self._script = None
        elif tag == "title":
            self._in_title = False
        elif tag == "article":
            self._article -= 1
        elif tag in self._BLOCKS and self._buffer is not None:
            text = " ".join("".join(self._buffer).split())
            if text:
                self.blocks.append((self._article > 0, text))
            self._buffer = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)
        elif self._in_title:
            self.title += data
        elif self._buffer is not None:
            self._buffer.append(data)


def _jsonld_article(scripts: list[str]) -> dict:
    for script in scripts:
        try:
            data = json.loads(script)
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data])
        for item in items:
            kind = item.get("@type") if isinstance(item, dict) else None
            kinds = kind if isinstance(kind, list) else [kind]
            if any(k in ("NewsArticle", "Article", "ReportageNewsArticle") for k in kinds):
                return item
    return {}


def parse_html(html: str) -> tuple[str, dict[str, str | None]]:
    """The article text and its metadata (title, publisher, date) from a news page."""
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    ld = _jsonld_article(parser.jsonld)
    publisher = ld.get("publisher")
    publisher_name = publisher.get("name") if isinstance(publisher, dict) else None
    inside = [t for in_article, t in parser.blocks if in_article]
    text = "\n\n".join(inside or [t for _a, t in parser.blocks])
    date = (
        parser.meta.get("article:published_time")
        or ld.get("datePublished")
        or parser.meta.get("pubdate")
        or parser.meta.get("datepublished")
        or (parser.times[0] if parser.times else None)
    )
    meta = {
        "title": parser.meta.get("og:title") or ld.get("headline") or parser.title.strip() or None,
        "publisher": parser.meta.get("og:site_name") or publisher_name,
        "date": date[:10] if date else None,
    }
    return text, meta


def read_article(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> ArticleInput:
    """Read and check an article file (.txt, or .html/.htm)."""
    path = Path(path)
    content = _decode(path, max_bytes)
    if path.suffix.lower() in (".html", ".htm") or content.lstrip()[:15].lower().startswith(
        ("<!doctype html", "<html")
    ):
        text, meta = parse_html(content)
        if not text.strip():
            raise DiplokgError("the page has no article text (no <p> paragraphs)", path=path)
        article = ArticleInput(path, text.strip() + "\n", **meta)
    else:
        article = ArticleInput(path, content)
    if not looks_vietnamese(article.text):
        raise DiplokgError(
            "the text does not look Vietnamese (too few Vietnamese letters and words); "
            "diplokg ingests Vietnamese articles",
            path=path,
        )
    return article
