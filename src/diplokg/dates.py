"""Dates at the precision the text gives them.

A month is a month (``xsd:gYearMonth``), not the first of it; a year is a
``xsd:gYear``; a day is a ``xsd:date``.

>>> parse_iso_date("2025-08")
PreciseDate(lexical='2025-08', precision='month')
>>> parse_vietnamese_date("tháng 10-2025")
PreciseDate(lexical='2025-10', precision='month')
>>> parse_vietnamese_date("Ngày 11-4", reference_year=2025)
PreciseDate(lexical='2025-04-11', precision='day')
>>> parse_vietnamese_date("năm 1985")
PreciseDate(lexical='1985', precision='year')
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass

XSD = "http://www.w3.org/2001/XMLSchema#"
_DATATYPES = {"year": XSD + "gYear", "month": XSD + "gYearMonth", "day": XSD + "date"}

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class PreciseDate:
    """A calendar date known to a year, a month or a day."""

    lexical: str
    precision: str  # "year" | "month" | "day"

    @property
    def datatype(self) -> str:
        """The XSD datatype IRI that keeps this precision."""
        return _DATATYPES[self.precision]

    @property
    def year(self) -> int:
        return int(self.lexical[:4])


def _checked(year: int, month: int | None, day: int | None) -> PreciseDate:
    if month is None:
        return PreciseDate(f"{year:04d}", "year")
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} is not between 1 and 12")
    if day is None:
        return PreciseDate(f"{year:04d}-{month:02d}", "month")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ValueError(f"day {day} is not between 1 and {last} in {year:04d}-{month:02d}")
    return PreciseDate(f"{year:04d}-{month:02d}-{day:02d}", "day")


def parse_iso_date(text: str) -> PreciseDate:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError otherwise."""
    m = _ISO.match(text.strip())
    if not m:
        raise ValueError(f"{text!r} is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = (int(g) if g else None for g in m.groups())
    return _checked(year, month, day)  # type: ignore[arg-type]


_VI_DAY = re.compile(r"\bng[àa]y\s+(\d{1,2})\s*[-/]\s*(\d{1,2})(?:\s*[-/]\s*(\d{4}))?", re.I)
_VI_MONTH = re.compile(r"\bth[áa]ng\s+(\d{1,2})(?:\s*[-/]\s*(\d{4}))?", re.I)
_VI_YEAR = re.compile(r"\bn[ăa]m\s+(\d{4})\b", re.I)


def parse_vietnamese_date(text: str, reference_year: int | None = None) -> PreciseDate:
    """Parse the date forms of Vietnamese news text, keeping their precision.

    ``Ngày 11-4`` and ``tháng 9`` carry no year: it is taken from
    ``reference_year`` (usually the article's year); without one they are an error.
    """
    for pattern, has_day in ((_VI_DAY, True), (_VI_MONTH, False)):
        m = pattern.search(text)
        if m:
            groups = [int(g) if g else None for g in m.groups()]
            day = groups[0] if has_day else None
            month = groups[1] if has_day else groups[0]
            year = groups[-1] if groups[-1] is not None else reference_year
            if year is None:
                raise ValueError(f"{text!r} has no year and no reference year was given")
            return _checked(year, month, day)
    m = _VI_YEAR.search(text)
    if m:
        return _checked(int(m.group(1)), None, None)
    raise ValueError(f"no date found in {text!r}")


# --------------------------------------------------------------------------- time windows


@functools.lru_cache(maxsize=4096)  # read again at every look at a time-windowed view
def date_bounds(lexical: str) -> tuple[str, str]:
    """First and last day covered by a date of any precision, as ``YYYY-MM-DD`` strings.

    >>> date_bounds("2025")
    ('2025-01-01', '2025-12-31')
    >>> date_bounds("2024-02")
    ('2024-02-01', '2024-02-29')
    >>> date_bounds("2025-04-11")
    ('2025-04-11', '2025-04-11')
    """
    date = parse_iso_date(lexical[:10])
    if date.precision == "day":
        return date.lexical, date.lexical
    if date.precision == "month":
        year, month = int(date.lexical[:4]), int(date.lexical[5:7])
        last = calendar.monthrange(year, month)[1]
        return f"{date.lexical}-01", f"{date.lexical}-{last:02d}"
    return f"{date.lexical}-01-01", f"{date.lexical}-12-31"


@dataclass(frozen=True)
class TimeWindow:
    """An inclusive window of time, open on either side, at the precision it was given.

    ``TimeWindow.parse("2024", "2025")`` covers 1 January 2024 to 31 December 2025. A date
    is inside when the period it denotes overlaps the window: "2025" is inside a window
    from 2025-04 on; an undated thing is never *outside* (callers keep it).

    >>> window = TimeWindow.parse("2024", "2025")
    >>> [window.overlaps(d) for d in ("1985", "2024", "2025-09", "2026-01-01")]
    [False, True, True, False]
    >>> TimeWindow.parse("2025-04", None).overlaps("2025")
    True
    """

    start: str | None = None  # YYYY-MM-DD, first day inside
    end: str | None = None  # YYYY-MM-DD, last day inside

    @classmethod
    def parse(cls, start: str | None, end: str | None) -> TimeWindow:
        """A window from two dates written ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (or None)."""
        first = date_bounds(start)[0] if start else None
        last = date_bounds(end)[1] if end else None
        if first and last and first > last:
            raise ValueError(f"the window ends ({end}) before it starts ({start})")
        return cls(first, last)

    @property
    def is_open(self) -> bool:
        """True when the window does not restrict anything."""
        return self.start is None and self.end is None

    def overlaps(self, date: str, end_date: str | None = None) -> bool:
        """Whether the period from ``date`` (to ``end_date``) overlaps the window."""
        first = date_bounds(date)[0]
        last = date_bounds(end_date or date)[1]
        if self.start is not None and last < self.start:
            return False
        return not (self.end is not None and first > self.end)
