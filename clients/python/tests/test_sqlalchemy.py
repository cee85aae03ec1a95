"""SQLAlchemy 1.4 (psycopg2 dialect): reflection and results with costshare.sqlalchemy."""

import datetime
import unittest
import warnings
from decimal import Decimal

import common
import sqlalchemy as sa
from sqlalchemy import exc

import costshare.sqlalchemy as cs
from costshare import Amount, Period


class SQLAlchemyTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.engine = sa.create_engine(common.URL)
        with cls.engine.connect() as conn:
            cls.views = common.views(conn.connection.cursor())

    def test_reflection_maps_every_column_without_warnings(self):
        insp = sa.inspect(self.engine)
        self.assertEqual(set(self.views), set(insp.get_view_names()) & set(self.views))
        with warnings.catch_warnings():
            warnings.simplefilter("error", exc.SAWarning)
            meta = sa.MetaData()
            for view in self.views:
                table = sa.Table(view, meta, autoload_with=self.engine)
                for col in table.columns:
                    self.assertNotIsInstance(col.type, sa.types.NullType, (view, col.name))
                    typ = dict(self.views[view])[col.name]
                    if typ == "currency_amount":
                        self.assertIsInstance(col.type, cs.CurrencyAmountType)
                    elif typ == "agreement_period":
                        self.assertIsInstance(col.type, cs.AgreementPeriodType)
                    elif typ == "fiscal_calendar":
                        self.assertIsInstance(col.type, cs.FiscalCalendarType)
                    elif typ == "currency":
                        self.assertIsInstance(col.type, cs.CurrencyType)

    def test_results_are_objects_and_parameters_bind(self):
        meta = sa.MetaData()
        view = sa.Table("burden_by_period", meta, autoload_with=self.engine)
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(view.c.amount, view.c.period, view.c.amount_value)
                                .where(view.c.amount > Amount("0", "JPY"))
                                .where(view.c.period.op("@>")(datetime.date(2017, 6, 1)))).fetchall()
            self.assertGreater(len(rows), 0)
            for amount, period, value in rows:
                self.assertIsInstance(amount, Amount)
                self.assertIsInstance(amount.amount, Decimal)
                self.assertEqual(amount.amount, value)
                self.assertIsInstance(period, Period)
                self.assertIn(datetime.date(2017, 6, 1), period)
            n = conn.execute(sa.text("SELECT count(*) FROM burden_in_currency(:c)"), {"c": "USD"}).scalar()
            self.assertGreater(n, 0)


if __name__ == "__main__":
    unittest.main()
