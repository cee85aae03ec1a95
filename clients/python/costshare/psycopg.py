"""psycopg 3 loaders and dumpers for costshare's types, in text and binary.

    import psycopg
    from costshare.psycopg import register_types

    conn = psycopg.connect(...)
    register_types(conn)          # or a cursor; once per connection
    conn.execute("SELECT amount FROM burden_by_period").fetchone()[0]
    # Amount('189196330778', 'JPY'), also with cursor(binary=True)

The types' OIDs differ from database to database, so they are looked up
(psycopg.types.TypeInfo) when registering.  Values passed as parameters
(Amount, Period, FiscalCalendar, Currency) are sent with their type's OID, in
text or, for binary parameters (%b), in the type's binary form.
"""

from __future__ import annotations

from psycopg.adapt import Dumper, Loader
from psycopg.pq import Format
from psycopg.types import TypeInfo

from . import types as t

__all__ = ["register_types"]

# type name -> (python class, text parser, binary reader, binary writer)
_TYPES = {
    "currency": (t.Currency, t.parse_currency, t.currency_from_binary, t.currency_to_binary),
    "currency_amount": (t.Amount, t.parse_amount, t.amount_from_binary, t.amount_to_binary),
    "agreement_period": (t.Period, t.parse_period, t.period_from_binary, t.period_to_binary),
    "fiscal_calendar": (t.FiscalCalendar, t.parse_fiscal_calendar,
                        t.fiscal_calendar_from_binary, t.fiscal_calendar_to_binary),
}


def _make_adapters(oid, parse, from_binary, to_binary):
    class TextLoader(Loader):
        def load(self, data):
            return parse(bytes(data).decode("utf-8"))

    class BinaryLoader(Loader):
        format = Format.BINARY

        def load(self, data):
            return from_binary(data)

    class TextDumper(Dumper):
        def dump(self, obj):
            return str(obj).encode("utf-8")

    class BinaryDumper(Dumper):
        format = Format.BINARY

        def dump(self, obj):
            return to_binary(obj)

    TextDumper.oid = oid
    BinaryDumper.oid = oid
    return TextLoader, BinaryLoader, TextDumper, BinaryDumper


def register_types(context, schema: str | None = None):
    """Register loaders and dumpers of the four types on a connection or cursor.

    schema: where costshare is installed, if not on the search_path.
    Returns the TypeInfo of each type by name.
    """
    infos = {}
    for name, (cls, parse, from_binary, to_binary) in _TYPES.items():
        qualified = f"{schema}.{name}" if schema else name
        conn = getattr(context, "connection", context)
        info = TypeInfo.fetch(conn, qualified)
        if info is None:
            raise LookupError(f"type {qualified} not found: is the costshare extension installed?")
        info.register(context)
        text_loader, binary_loader, text_dumper, binary_dumper = _make_adapters(
            info.oid, parse, from_binary, to_binary)
        adapters = context.adapters
        adapters.register_loader(info.oid, text_loader)
        adapters.register_loader(info.oid, binary_loader)
        adapters.register_dumper(cls, text_dumper)
        adapters.register_dumper(cls, binary_dumper)
        infos[name] = info
    return infos
