"""Python values for costshare's four types, and their text and binary forms.

The forms are those of the extension's input, output, send and receive
functions (doc/currency_amount.md, doc/agreement_period.md,
doc/fiscal_calendar.md):

- currency: the ISO 4217 code; binary, its three ASCII letters;
- currency_amount: "USD 1910000000.00"; binary, a version byte (1), the
  three letters of the code, a scale byte and a big-endian int64 count of
  minor units;
- agreement_period: "[2016-04-01,2021-04-01)" (end excluded, "infinity" and
  "-infinity" for open ends); binary, two big-endian int32 days since
  2000-01-01 with -2**31 and 2**31-1 for the infinite ends;
- fiscal_calendar: a built-in name ("jp") or "MM-DD/start|end/style";
  binary, one big-endian int32 packing the four fields.

Amounts are Decimal, never float: money never passes through floating point.
"""

from __future__ import annotations

import datetime
import struct
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

__all__ = [
    "Currency", "Amount", "Period", "FiscalCalendar",
    "parse_currency", "parse_amount", "parse_period", "parse_fiscal_calendar",
    "currency_to_binary", "currency_from_binary",
    "amount_to_binary", "amount_from_binary",
    "period_to_binary", "period_from_binary",
    "fiscal_calendar_to_binary", "fiscal_calendar_from_binary",
]


class Currency(str):
    """An ISO 4217 code; a str, so it compares equal to "USD"."""

    __slots__ = ()

    def __new__(cls, code: str):
        code = str(code).strip().upper()
        if len(code) != 3 or not code.isascii() or not code.isalpha():
            raise ValueError(f"not a three-letter currency code: {code!r}")
        return super().__new__(cls, code)


@dataclass(frozen=True)
class Amount:
    """An exact amount of money: a Decimal in major units and a currency.

    Amount(Decimal("1.00"), "USD") is written "USD 1.00".  Equality is that
    of PostgreSQL: same currency and same value (USD 1.0 == USD 1.00).
    """

    amount: Decimal
    currency: Currency

    def __init__(self, amount, currency):
        if isinstance(amount, float):
            raise TypeError("an Amount is made from a Decimal, int or str, never a float")
        object.__setattr__(self, "amount", Decimal(amount))
        object.__setattr__(self, "currency", Currency(currency))
        if not self.amount.is_finite():
            raise ValueError("an amount must be finite")

    def __str__(self) -> str:
        return f"{self.currency} {self.amount:f}"

    def __repr__(self) -> str:
        return f"Amount({str(self.amount)!r}, {str(self.currency)!r})"


INFINITY = "infinity"


@dataclass(frozen=True)
class Period:
    """A half-open span of days [lower, upper); None is an infinite end."""

    lower: Optional[datetime.date]
    upper: Optional[datetime.date]

    def __post_init__(self):
        for d in (self.lower, self.upper):
            if d is not None and (not isinstance(d, datetime.date) or isinstance(d, datetime.datetime)):
                raise TypeError("period ends are datetime.date or None")
        if self.lower is not None and self.upper is not None and not self.lower < self.upper:
            raise ValueError("a period is never empty: lower must precede upper")

    @property
    def last_day(self) -> Optional[datetime.date]:
        """The last day included (upper - 1 day), None if open-ended."""
        return None if self.upper is None else self.upper - datetime.timedelta(days=1)

    def __contains__(self, day: datetime.date) -> bool:
        return (self.lower is None or self.lower <= day) and (self.upper is None or day < self.upper)

    def __str__(self) -> str:
        lo = "-infinity" if self.lower is None else self.lower.isoformat()
        hi = INFINITY if self.upper is None else self.upper.isoformat()
        return f"[{lo},{hi})"


_STYLES = ("plain", "fy", "jfy", "split")
# the built-in names, as src/fiscal_calendar/fiscal_calendar.c spells them
_BUILTIN = {
    "calendar": (1, 1, False, "plain"),
    "jp": (4, 1, False, "jfy"),
    "us_federal": (10, 1, True, "fy"),
    "uk": (4, 1, False, "split"),
    "uk_tax": (4, 6, False, "split"),
    "au": (7, 1, True, "split"),
}


@dataclass(frozen=True)
class FiscalCalendar:
    """When a fiscal year starts, how it is numbered and labelled."""

    month: int
    day: int
    end_naming: bool
    style: str

    def __post_init__(self):
        if not 1 <= self.month <= 12 or not 1 <= self.day <= 31:
            raise ValueError("fiscal year start out of range")
        if self.style not in _STYLES:
            raise ValueError(f"label style is one of {', '.join(_STYLES)}")
        if self.month == 1 and self.day == 1 and self.end_naming:
            # the server stores a January 1 start with start naming
            object.__setattr__(self, "end_naming", False)

    @property
    def name(self) -> Optional[str]:
        for name, fields in _BUILTIN.items():
            if fields == (self.month, self.day, self.end_naming, self.style):
                return name
        return None

    def __str__(self) -> str:
        return self.name or (f"{self.month:02d}-{self.day:02d}/"
                             f"{'end' if self.end_naming else 'start'}/{self.style}")


# ---------------------------------------------------------------- text

def parse_currency(s: str) -> Currency:
    return Currency(s)


def parse_amount(s: str) -> Amount:
    """Parse currency_amount output ("USD -1234.00")."""
    code, _, number = s.strip().partition(" ")
    return Amount(Decimal(number), code)


def _parse_end(s: str) -> Optional[datetime.date]:
    s = s.strip()
    if s in ("infinity", "-infinity", "+infinity", ""):
        return None
    return datetime.date.fromisoformat(s)


def parse_period(s: str) -> Period:
    """Parse agreement_period output ("[2016-04-01,2021-04-01)")."""
    s = s.strip()
    if not (s.startswith("[") and s.endswith(")") and "," in s):
        raise ValueError(f"not an agreement_period in canonical form: {s!r}")
    lo, hi = s[1:-1].split(",", 1)
    return Period(_parse_end(lo), _parse_end(hi))


def parse_fiscal_calendar(s: str) -> FiscalCalendar:
    s = s.strip()
    if s.lower() in _BUILTIN:
        return FiscalCalendar(*_BUILTIN[s.lower()])
    start, naming, style = s.split("/")
    month, day = start.split("-")
    return FiscalCalendar(int(month), int(day), naming == "end", style)


# ---------------------------------------------------------------- binary

_EPOCH = datetime.date(2000, 1, 1).toordinal()
_NOBEGIN = -(2 ** 31)
_NOEND = 2 ** 31 - 1
_AMOUNT_LAYOUT_VERSION = 1


def currency_to_binary(c: str) -> bytes:
    return Currency(c).encode("ascii")


def currency_from_binary(data) -> Currency:
    return Currency(bytes(data).decode("ascii"))


def amount_to_binary(a: Amount) -> bytes:
    sign, digits, exponent = a.amount.as_tuple()
    units = int("".join(map(str, digits)) or "0")
    if exponent > 0:
        units *= 10 ** exponent
        exponent = 0
    if sign:
        units = -units
    scale = -exponent
    if scale > 127 or not -(2 ** 63) < units < 2 ** 63:
        raise ValueError(f"amount out of range for currency_amount: {a}")
    return struct.pack("!B3sbq", _AMOUNT_LAYOUT_VERSION, currency_to_binary(a.currency), scale, units)


def amount_from_binary(data) -> Amount:
    version, code, scale, units = struct.unpack("!B3sbq", bytes(data))
    if version != _AMOUNT_LAYOUT_VERSION:
        raise ValueError(f"unsupported binary currency_amount version {version}")
    return Amount(Decimal(units).scaleb(-scale), code.decode("ascii"))


def _day_to_int(d: Optional[datetime.date], infinite: int) -> int:
    return infinite if d is None else d.toordinal() - _EPOCH


def _int_to_day(n: int) -> Optional[datetime.date]:
    if n in (_NOBEGIN, _NOEND):
        return None
    return datetime.date.fromordinal(n + _EPOCH)


def period_to_binary(p: Period) -> bytes:
    return struct.pack("!ii", _day_to_int(p.lower, _NOBEGIN), _day_to_int(p.upper, _NOEND))


def period_from_binary(data) -> Period:
    lo, hi = struct.unpack("!ii", bytes(data))
    return Period(_int_to_day(lo), _int_to_day(hi))


def fiscal_calendar_to_binary(c: FiscalCalendar) -> bytes:
    packed = (c.month << 8) | (c.day << 3) | (int(c.end_naming) << 2) | _STYLES.index(c.style)
    return struct.pack("!i", packed)


def fiscal_calendar_from_binary(data) -> FiscalCalendar:
    (packed,) = struct.unpack("!i", bytes(data))
    return FiscalCalendar((packed >> 8) & 0xF, (packed >> 3) & 0x1F, bool((packed >> 2) & 1),
                          _STYLES[packed & 3])
