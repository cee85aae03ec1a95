"""psycopg2 adapters for costshare's types (psycopg2 reads text only).

    import psycopg2
    from costshare.psycopg2 import register_types

    conn = psycopg2.connect(...)
    register_types(conn)          # typecasters for this connection
    cur = conn.cursor()
    cur.execute("SELECT amount FROM burden_by_period WHERE amount > %s",
                (Amount("100", "JPY"),))

Parameters of the classes in costshare.types are sent as typed literals
('JPY 100'::currency_amount).
"""

from __future__ import annotations

import psycopg2.extensions as ext

from . import types as t

__all__ = ["register_types"]

_TYPES = {
    "currency": (t.Currency, t.parse_currency),
    "currency_amount": (t.Amount, t.parse_amount),
    "agreement_period": (t.Period, t.parse_period),
    "fiscal_calendar": (t.FiscalCalendar, t.parse_fiscal_calendar),
}


class _Literal:
    def __init__(self, obj, typname):
        self.obj = obj
        self.typname = typname
        self.conn = None

    def prepare(self, conn):
        self.conn = conn

    def getquoted(self):
        quoted = ext.QuotedString(str(self.obj))
        if self.conn is not None:
            quoted.prepare(self.conn)
        return quoted.getquoted() + b"::" + self.typname.encode("ascii")


def _adapter(typname):
    return lambda obj: _Literal(obj, typname)


def register_types(conn_or_cursor, schema: str | None = None, globally: bool = False):
    """Register typecasters for the four types on a connection (or cursor).

    globally=True registers them for every connection of the process.
    Returns the OID of each type by name.
    """
    cur = conn_or_cursor.cursor() if hasattr(conn_or_cursor, "cursor") else conn_or_cursor
    oids = {}
    for name, (cls, parse) in _TYPES.items():
        qualified = f"{schema}.{name}" if schema else name
        cur.execute("SELECT %s::regtype::oid, typarray FROM pg_catalog.pg_type WHERE oid = %s::regtype",
                    (qualified, qualified))
        oid, array_oid = cur.fetchone()

        def cast(value, _cur, parse=parse):
            return None if value is None else parse(value)

        caster = ext.new_type((oid,), name.upper(), cast)
        array_caster = ext.new_array_type((array_oid,), name.upper() + "[]", caster)
        scope = None if globally else conn_or_cursor
        ext.register_type(caster, scope)
        ext.register_type(array_caster, scope)
        ext.register_adapter(cls, _adapter(qualified))
        oids[name] = oid
    return oids
