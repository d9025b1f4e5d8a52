"""Resolve a date expression of a news sentence against the article's publication date.

Rules (``docs/events.md``), tried in order, each giving a date and a precision:

* a weekday ("on Tuesday", "Tuesday's meeting") is the most recent such day on or before the
  publication date — day;
* "today", "yesterday", "tomorrow" — day;
* "this week", "earlier this week" — the Monday of the publication week; "last week" / "next week" —
  the Monday before / after — week;
* "this month", "earlier this month", "last month", "next month" — month;
* "(early|mid|late) <Month> [year]", "in <Month> [year]" — month; "<Month> <day>[, year]",
  "<day> <Month> [year]" — day; a month without a year is the latest one not after publication;
* for an event still to come (``ahead``), a weekday or a month without a year is the next one on or
  after the publication date instead;
* "<year>", "(early|mid|late) <year>", "last year", "this year", "next year" — year;
* "Easter" — Easter Sunday of the publication year (the year before if Easter is still to come) —
  day;
* anything else goes to dateparser with the publication date as its base.

Without a publication date only absolute expressions (with a year) resolve; the rest return None.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

Precision = Literal["day", "week", "month", "year"]

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                         "sunday"])}
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr" \
         r"|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_PART = r"(?:(early|mid|late|the end of|the beginning of|the start of)[\s-]+)?"


def _month_year(month: int, year: int | None, published: date | None, ahead: bool = False) -> int | None:
    if year is not None:
        return year
    if published is None:
        return None
    if ahead:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def _easter(year: int) -> date:
    from dateutil.easter import easter

    day: date = easter(year)
    return day


def resolve(text: str, published: date | None, ahead: bool = False) -> tuple[date, Precision] | None:
    """Resolve ``text`` (a date expression) against ``published``; ``ahead`` for an event told as still to
    come ("will meet on Tuesday", "drills in September"), whose weekday or month without a year is the next
    one on or after publication.

    >>> resolve("on Tuesday", date(2018, 7, 12))
    (datetime.date(2018, 7, 10), 'day')
    >>> resolve("in early June", date(2018, 7, 12))
    (datetime.date(2018, 6, 1), 'month')
    >>> resolve("earlier this week", date(2018, 7, 12))
    (datetime.date(2018, 7, 9), 'week')
    """
    t = " ".join(text.lower().replace("’", "'").split())
    t = re.sub(r"^(on|in|at|during|over|since|by|from|until|of|the)\s+", "", t)
    t = re.sub(r"'s$", "", t)
    pub = published
    if re.fullmatch(r"(?:\d+|[a-z]+)-(?:year|month|week|day|hour)s?(?:-old|-long)?", t):
        return None  # "its 29-year ceasefire", "the four-day siege": a length of time, no date
    if re.fullmatch(r"(?:the\s+)?(?:past\s+|last\s+|next\s+|first\s+)?(?:\d+|a few|several|many|two|three|four|five|"
                    r"six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+"
                    r"(?:years|months|weeks|days|decades)", t):
        return None  # "the first visit … in five years", "for the past two weeks": a length of time

    m = re.search(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", t)
    if m and not re.search(r"\d{4}|" + _MONTH, t) and pub is not None:
        back = (pub.weekday() - WEEKDAYS[m.group(1)]) % 7
        if t.startswith("last ") and back == 0:
            back = 7
        if t.startswith("next "):
            return pub + timedelta(days=(WEEKDAYS[m.group(1)] - pub.weekday()) % 7 or 7), "day"
        if ahead:
            return pub + timedelta(days=(WEEKDAYS[m.group(1)] - pub.weekday()) % 7), "day"
        return pub - timedelta(days=back), "day"
    if t in ("today", "tonight", "this morning", "this afternoon", "this evening") and pub:
        return pub, "day"
    if t in ("yesterday", "last night") and pub:
        return pub - timedelta(days=1), "day"
    if t == "tomorrow" and pub:
        return pub + timedelta(days=1), "day"
    if re.fullmatch(r"(earlier |later )?this week", t) and pub:
        return pub - timedelta(days=pub.weekday()), "week"
    if re.fullmatch(r"last week|the previous week|the past week", t) and pub:
        return pub - timedelta(days=pub.weekday() + 7), "week"
    if re.fullmatch(r"next week|the coming week", t) and pub:
        return pub - timedelta(days=pub.weekday() - 7), "week"
    if re.fullmatch(r"(earlier |later )?this month", t) and pub:
        return pub.replace(day=1), "month"
    if re.fullmatch(r"last month|the previous month|the past month", t) and pub:
        first = pub.replace(day=1) - timedelta(days=1)
        return first.replace(day=1), "month"
    if re.fullmatch(r"next month|the coming month", t) and pub:
        return (pub.replace(day=28) + timedelta(days=4)).replace(day=1), "month"
    if re.fullmatch(r"(earlier |later )?this year", t) and pub:
        return date(pub.year, 1, 1), "year"
    if re.fullmatch(r"last year|the previous year|the past year", t) and pub:
        return date(pub.year - 1, 1, 1), "year"
    if re.fullmatch(r"next year|the coming year", t) and pub:
        return date(pub.year + 1, 1, 1), "year"
    if "easter" in t and pub:
        easter_year = pub.year if _easter(pub.year) <= pub else pub.year - 1
        return _easter(easter_year), "day"

    m = re.fullmatch(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?", t)
    if m:
        month, day = MONTHS[m.group(1)], int(m.group(2))
        y = _month_year(month, int(m.group(3)) if m.group(3) else None, pub, ahead)
        return (_safe(y, month, day), "day") if y else None
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(\d{4}))?", t)
    if m:
        day, month = int(m.group(1)), MONTHS[m.group(2)]
        y_day = _month_year(month, int(m.group(3)) if m.group(3) else None, pub, ahead)
        return (_safe(y_day, month, day), "day") if y_day else None
    m = re.fullmatch(_PART + _MONTH + r"(?:,?\s+(\d{4}))?", t)
    if m:
        month = MONTHS[m.group(2)]
        y_month = _month_year(month, int(m.group(3)) if m.group(3) else None, pub, ahead)
        return (date(y_month, month, 1), "month") if y_month else None
    m = re.fullmatch(_PART + r"(\d{4})", t)
    if m and 1900 <= int(m.group(2)) <= 2100:
        return date(int(m.group(2)), 1, 1), "year"
    if pub is None:
        return None
    if re.search(r"\b(?:later|earlier|after|before|afterwards|beforehand)$", t):
        return None  # "two days later", "a week earlier": counted from another event, not from publication
    try:
        import dateparser

        parsed = dateparser.parse(text, languages=["en"], settings={
            "RELATIVE_BASE": _as_datetime(pub), "PREFER_DATES_FROM": "future" if ahead else "past",
            "REQUIRE_PARTS": []})
    except (ValueError, OverflowError):
        return None
    return (parsed.date(), "day") if parsed else None


def _safe(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, 1)


def _as_datetime(d: date) -> object:
    from datetime import datetime

    return datetime(d.year, d.month, d.day)
