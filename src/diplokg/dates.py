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
