"""pandas-friendly columns for costshare's types.

pandas has no type for money with a currency or for a span of days, so a
column of Amount or Period objects is an object column.  expand_columns()
turns each such column into plain ones, as the views' own plain columns are:

    Amount          -> <col>_value (Decimal, exact: never float) and <col>_currency (category)
    Period          -> <col>_start and <col>_end (datetime64; the end excluded; NaT when infinite)
    FiscalCalendar  -> <col> as its name (str)
    Currency        -> <col> as a category

    df = pandas.read_sql("SELECT * FROM burden_by_period", conn,  # with costshare.psycopg2
                         coerce_float=False)                     # keep numeric as Decimal
    df = expand_columns(df)

A name an expansion writes replaces a column of that name (the views' plain
twins amount_value and currency_code hold the same values; read with
coerce_float=True, pandas would have made amount_value a float).
    df.groupby("amount_currency")["amount_value"].sum()       # never sum across currencies
"""

from __future__ import annotations

import pandas as pd

from . import types as t

__all__ = ["expand_columns"]


def _kind(series):
    for value in series:
        if value is not None and value is not pd.NA and not (isinstance(value, float) and value != value):
            return type(value)
    return None


def expand_columns(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of df with each Amount, Period, FiscalCalendar or Currency column made plain."""
    out = {}
    expanded = {}
    for name in df.columns:
        col = df[name]
        kind = _kind(col)
        if kind is t.Amount:
            expanded[f"{name}_value"] = col.map(lambda a: None if a is None else a.amount).astype(object)
            expanded[f"{name}_currency"] = col.map(
                lambda a: None if a is None else str(a.currency)).astype("category")
            out.update({k: None for k in (f"{name}_value", f"{name}_currency") if k not in out})
        elif kind is t.Period:
            expanded[f"{name}_start"] = pd.to_datetime(col.map(lambda p: None if p is None else p.lower))
            expanded[f"{name}_end"] = pd.to_datetime(col.map(lambda p: None if p is None else p.upper))
            out.update({k: None for k in (f"{name}_start", f"{name}_end") if k not in out})
        elif kind is t.FiscalCalendar:
            out[name] = col.map(lambda c: None if c is None else str(c)).astype(object)
        elif kind is t.Currency:
            out[name] = col.map(lambda c: None if c is None else str(c)).astype("category")
        elif name not in expanded:
            out[name] = col
    out.update(expanded)
    return pd.DataFrame(out, index=df.index)
