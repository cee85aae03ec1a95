"""psycopg2 (text only), with costshare.psycopg2 registered."""

import datetime
import unittest

import common
import psycopg2
import psycopg2.errors

from costshare import Amount, Currency, FiscalCalendar, Period
from costshare.psycopg2 import register_types

TYPES = {"currency": Currency, "currency_amount": Amount,
         "agreement_period": Period, "fiscal_calendar": FiscalCalendar}


class Psycopg2Test(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.conn = psycopg2.connect(common.DSN)
        cls.conn.autocommit = True
        cls.oids = register_types(cls.conn)
        with cls.conn.cursor() as cur:
            cls.views = common.views(cur)
            cls.tables = common.tables(cur)

    @classmethod
    def tearDownClass(cls):
        cls.conn.close()

    def test_read_every_view(self):
        with self.conn.cursor() as cur:
            for view, cols in self.views.items():
                cur.execute(f'SELECT * FROM "{view}"')
                rows = cur.fetchall()
                self.assertGreater(len(rows), 0, view)
                for i, (col, typ) in enumerate(cols):
                    if typ in TYPES:
                        self.assertEqual(cur.description[i].type_code, self.oids[typ])
                        for r in rows:
                            self.assertTrue(r[i] is None or isinstance(r[i], TYPES[typ]), (view, col, r[i]))

    def test_round_trip(self):
        samples = [Amount("1910000000.00", "USD"), Amount("-0.5", "EUR"), Amount("946500000000", "JPY"),
                   Period(datetime.date(2016, 4, 1), None), Period(None, datetime.date(2000, 1, 1)),
                   FiscalCalendar(7, 1, True, "split"), FiscalCalendar(3, 31, False, "fy"), Currency("krw")]
        with self.conn.cursor() as cur:
            for value in samples:
                cur.execute("SELECT %s", (value,))
                got = cur.fetchone()[0]
                self.assertEqual(got, value)
                self.assertEqual(type(got), type(value))
            cur.execute("SELECT ARRAY['USD 1.00', 'JPY 5']::currency_amount[]")
            self.assertEqual(cur.fetchone()[0], [Amount("1.00", "USD"), Amount("5", "JPY")])

    def test_text_parameters_against_every_custom_column(self):
        checked = 0
        with self.conn.cursor() as cur:
            for view, cols in self.views.items():
                cur.execute(f'SELECT count(*) FROM "{view}"')
                total = cur.fetchone()[0]
                for col, typ in cols:
                    if typ in common.TEXT_PARAM:
                        cond, param = common.TEXT_PARAM[typ]
                        cur.execute(f'SELECT count(*) FROM "{view}" WHERE ' + cond.format(col=f'"{col}"')
                                    + f' OR "{col}" IS NULL', (param,))
                        self.assertEqual(cur.fetchone()[0], total, (view, col))
                        checked += 1
            self.assertGreater(checked, 20)
            cur.execute("SELECT count(*) FROM burden_by_period WHERE period @> %s", (datetime.date(2017, 6, 1),))
            self.assertGreater(cur.fetchone()[0], 0)
            cur.execute("SELECT count(*) FROM burden_in_currency(%s)", ("USD",))
            self.assertGreater(cur.fetchone()[0], 0)

    def test_reader_cannot_open_tables(self):
        with self.conn.cursor() as cur:
            for table in self.tables:
                with self.assertRaises(psycopg2.errors.InsufficientPrivilege, msg=table):
                    cur.execute(f'SELECT 1 FROM "{table}" LIMIT 1')


if __name__ == "__main__":
    unittest.main()
