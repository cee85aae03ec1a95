"""SQLAlchemy column types for costshare's types.

Importing this module registers the four type names with the PostgreSQL
dialect, so reflection (Table(..., autoload_with=engine), inspect()) maps
the columns of costshare's views to these types instead of NullType with a
warning per column:

    import costshare.sqlalchemy
    from sqlalchemy import MetaData, Table, create_engine, select

    engine = create_engine("postgresql+psycopg2://reporter:...@host/db")
    view = Table("burden_by_period", MetaData(), autoload_with=engine)
    for row in engine.connect().execute(select(view.c.amount, view.c.period)):
        row.amount   # Amount(Decimal, currency code); row.period: Period of dates

Values come back as the classes of costshare.types whether or not the
driver's own adapters (costshare.psycopg2) are registered; parameters are
sent as their canonical text.
"""

from __future__ import annotations

from sqlalchemy.dialects.postgresql.base import ischema_names
from sqlalchemy.types import UserDefinedType

from . import types as t

__all__ = ["CurrencyType", "CurrencyAmountType", "AgreementPeriodType", "FiscalCalendarType"]


class _CostshareType(UserDefinedType):
    cache_ok = True
    type_name = ""
    python_class = object
    parse = staticmethod(str)

    def get_col_spec(self, **kw):
        return self.type_name

    def bind_processor(self, dialect):
        def process(value):
            return None if value is None else str(value)
        return process

    def result_processor(self, dialect, coltype):
        cls, parse = self.python_class, self.parse

        def process(value):
            if value is None or isinstance(value, cls):
                return value
            return parse(value)
        return process

    @property
    def python_type(self):
        return self.python_class


class CurrencyType(_CostshareType):
    cache_ok = True
    type_name = "currency"
    python_class = t.Currency
    parse = staticmethod(t.parse_currency)


class CurrencyAmountType(_CostshareType):
    cache_ok = True
    type_name = "currency_amount"
    python_class = t.Amount
    parse = staticmethod(t.parse_amount)


class AgreementPeriodType(_CostshareType):
    cache_ok = True
    type_name = "agreement_period"
    python_class = t.Period
    parse = staticmethod(t.parse_period)


class FiscalCalendarType(_CostshareType):
    cache_ok = True
    type_name = "fiscal_calendar"
    python_class = t.FiscalCalendar
    parse = staticmethod(t.parse_fiscal_calendar)


for _cls in (CurrencyType, CurrencyAmountType, AgreementPeriodType, FiscalCalendarType):
    ischema_names[_cls.type_name] = _cls
