"""pandas over psycopg2 with costshare's adapters: typed columns made plain."""

import datetime
import unittest
import warnings
from decimal import Decimal

import common
import pandas as pd
import psycopg2

from costshare import Amount
from costshare.pandas import expand_columns
from costshare.psycopg2 import register_types


class PandasTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.conn = psycopg2.connect(common.DSN)
        register_types(cls.conn)

    @classmethod
    def tearDownClass(cls):
        cls.conn.close()

    def read(self, sql):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)   # pandas prefers SQLAlchemy connectables
            return pd.read_sql(sql, self.conn, coerce_float=False)

    def test_expand_columns(self):
        # years with nothing on file have no amount (state missing)
        df = self.read("SELECT * FROM burden_by_period WHERE amount IS NOT NULL")
        self.assertIsInstance(df["amount"].iloc[0], Amount)
        plain = expand_columns(df)
        self.assertNotIn("amount", plain.columns)
        self.assertTrue(all(isinstance(v, Decimal) for v in plain["amount_value"]))
        self.assertEqual(list(plain["amount_value"]), list(df["amount_value"]))
        self.assertEqual(list(plain.columns).count("amount_value"), 1)
        self.assertEqual(str(plain["amount_currency"].dtype), "category")
        self.assertEqual(str(plain["period_start"].dtype), "datetime64[ns]")
        self.assertEqual(list(plain["period_start"].dt.date), list(df["start_date"]))
        self.assertEqual(list(plain["period_end"].dt.date),
                         [d + datetime.timedelta(days=1) for d in df["end_date"]])
        self.assertTrue(all(isinstance(v, str) for v in plain["fiscal_calendar"]))
        # exact totals per currency, never across currencies
        totals = plain.groupby("amount_currency", observed=True)["amount_value"].sum()
        self.assertTrue(all(isinstance(v, Decimal) for v in totals))

    def test_sqlalchemy_engine_maps_columns(self):
        import sqlalchemy as sa

        import costshare.sqlalchemy  # noqa: F401
        engine = sa.create_engine(common.URL)
        df = pd.read_sql_table("burden_by_period", engine, coerce_float=False)
        self.assertIsInstance(df["amount"].dropna().iloc[0], Amount)
        self.assertIsInstance(expand_columns(df)["amount_value"].dropna().iloc[0], Decimal)


if __name__ == "__main__":
    unittest.main()
