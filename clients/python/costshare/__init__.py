"""Client adapters for the costshare PostgreSQL extension.

costshare.types      Amount, Period, FiscalCalendar, Currency and their wire forms
costshare.psycopg    psycopg 3 loaders and dumpers, text and binary: register_types(conn)
costshare.psycopg2   psycopg2 adapters: register_types(conn)
costshare.sqlalchemy SQLAlchemy column types, registered for reflection on import
costshare.pandas     expand_columns(df): typed columns to plain Decimal/str/date columns
"""

from .types import Amount, Currency, FiscalCalendar, Period

__version__ = "0.2.0"
__all__ = ["Amount", "Currency", "FiscalCalendar", "Period"]
