"""psycopg 3, text and binary, with costshare.psycopg registered."""

import datetime
import unittest
from decimal import Decimal

import common  # noqa: F401  (sets sys.path)
import psycopg
from psycopg import errors

from costshare import Amount, Currency, FiscalCalendar, Period
from costshare.psycopg import register_types

SAMPLES = [
    Amount("1910000000.00", "USD"), Amount("-1234.5", "USD"), Amount("946500000000", "JPY"),
    Amount("1.234", "KWD"), Amount("0", "EUR"),
    Period(datetime.date(2016, 4, 1), datetime.date(2021, 4, 1)),
    Period(None, datetime.date(2021, 4, 1)), Period(datetime.date(2016, 4, 1), None),
    FiscalCalendar(4, 1, False, "jfy"), FiscalCalendar(10, 1, True, "fy"), FiscalCalendar(2, 15, True, "plain"),
    Currency("JPY"), Currency("usd"),
]


class PsycopgTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.conn = psycopg.connect(common.DSN, autocommit=True)
        cls.oids = {name: info.oid for name, info in register_types(cls.conn).items()}
        with cls.conn.cursor() as cur:
            cls.views = common.views(cur)
            cls.tables = common.tables(cur)

    @classmethod
    def tearDownClass(cls):
        cls.conn.close()

    def test_login_is_scram_reader(self):
        row = self.conn.execute(
            "SELECT rolsuper, pg_has_role(current_user, 'costshare_reader', 'member') "
            "FROM pg_roles WHERE rolname = current_user").fetchone()
        self.assertEqual(row, (False, True))
        enc = self.conn.execute("SELECT inet_client_addr()::text").fetchone()[0]
        self.assertEqual(enc, "127.0.0.1/32")

    def test_read_every_view_text_and_binary(self):
        self.assertGreaterEqual(len(self.views), 8)
        for binary in (False, True):
            with self.conn.cursor(binary=binary) as cur:
                for view, cols in self.views.items():
                    cur.execute(f'SELECT * FROM "{view}"')
                    rows = cur.fetchall()
                    self.assertGreater(len(rows), 0, view)
                    for (col, typ), desc in zip(cols, cur.description):
                        self.assertEqual(col, desc.name)
                        values = [r[[d.name for d in cur.description].index(col)] for r in rows]
                        if typ in common.CUSTOM_TYPES:
                            expected = {"currency": Currency, "currency_amount": Amount,
                                        "agreement_period": Period, "fiscal_calendar": FiscalCalendar}[typ]
                            for v in values:
                                self.assertTrue(v is None or isinstance(v, expected), (view, col, binary, v))
                        else:
                            for v in values:
                                self.assertFalse(isinstance(v, (bytes, memoryview)) and typ != "bytea",
                                                 (view, col, binary, v))

    def test_text_and_binary_give_equal_values(self):
        for view in self.views:
            q = f'SELECT * FROM "{view}" ORDER BY 1, 2, 3, 4, 5'
            text_rows = self.conn.cursor().execute(q).fetchall()
            binary_rows = self.conn.cursor(binary=True).execute(q).fetchall()
            self.assertEqual(text_rows, binary_rows, view)

    def test_round_trip_text_and_binary(self):
        for binary in (False, True):
            with self.conn.cursor(binary=binary) as cur:
                for value in SAMPLES:
                    placeholder = "%b" if binary else "%t"
                    cur.execute(f"SELECT {placeholder}, pg_typeof({placeholder})::text", (value, value))
                    got, typ = cur.fetchone()
                    self.assertEqual(got, value, (binary, value))
                    self.assertEqual(type(got), type(value))
                    self.assertIn(typ, common.CUSTOM_TYPES)
        # the exact amount survives, trailing zeros and all
        got = self.conn.execute("SELECT %b::currency_amount", (Amount("1.5", "USD"),)).fetchone()[0]
        self.assertEqual(str(got), "USD 1.50")
        self.assertEqual(got.amount, Decimal("1.50"))

    def test_text_parameters_against_every_custom_column(self):
        checked = 0
        for binary in (False, True):   # binary cursors bind str as text, text cursors as unknown
            with self.conn.cursor(binary=binary) as cur:
                for view, cols in self.views.items():
                    for col, typ in cols:
                        if typ not in common.TEXT_PARAM:
                            continue
                        cond, param = common.TEXT_PARAM[typ]
                        cur.execute(f'SELECT count(*) FROM "{view}" WHERE ' + cond.format(col=f'"{col}"')
                                    + f' OR "{col}" IS NULL', (param,))
                        total = self.conn.execute(f'SELECT count(*) FROM "{view}"').fetchone()[0]
                        self.assertEqual(cur.fetchone()[0], total, (view, col, binary))
                        checked += 1
        self.assertGreater(checked, 40)

    def test_date_and_timestamp_parameters(self):
        day = datetime.date(2017, 6, 1)
        q = "SELECT count(*) FROM burden_by_period WHERE period @> %s"
        expected = self.conn.execute(
            "SELECT count(*) FROM burden_by_period WHERE start_date <= '2017-06-01' AND end_date > '2017-06-01'"
        ).fetchone()[0]
        self.assertGreater(expected, 0)
        for binary in (False, True):
            cur = self.conn.cursor(binary=binary)
            self.assertEqual(cur.execute(q, (day,)).fetchone()[0], expected)
            self.assertEqual(cur.execute(q, ("2017-06-01",)).fetchone()[0], expected)
            ts = datetime.datetime(2017, 6, 1, 12, 0, tzinfo=datetime.timezone.utc)
            self.assertEqual(cur.execute(q, (ts,)).fetchone()[0], expected)

    def test_burden_in_currency_text_parameter(self):
        for binary in (False, True):
            cur = self.conn.cursor(binary=binary)
            rows = cur.execute("SELECT converted, target_currency_code FROM burden_in_currency(%s)",
                               ("USD",)).fetchall()
            self.assertGreater(len(rows), 0)
            self.assertTrue(all(code == "USD" for _, code in rows))
            self.assertTrue(all(c is None or c.currency == "USD" for c, _ in rows))

    def test_amount_parameter_compares_as_amount(self):
        n = self.conn.execute("SELECT count(*) FROM burden_by_period WHERE host_party = 'JP' AND amount > %s",
                              (Amount("100000000000", "JPY"),)).fetchone()[0]
        m = self.conn.execute("SELECT count(*) FROM burden_by_period "
                              "WHERE host_party = 'JP' AND currency_code = 'JPY' AND amount_value > 100000000000").fetchone()[0]
        self.assertEqual(n, m)

    def test_reader_cannot_open_tables(self):
        self.assertGreaterEqual(len(self.tables), 8)
        for table in self.tables:
            with self.assertRaises(errors.InsufficientPrivilege, msg=table):
                with self.conn.transaction():
                    self.conn.execute(f'SELECT 1 FROM "{table}" LIMIT 1')

    def test_metadata_types(self):
        # every view column: a plain type psycopg knows, or one of the four now loaded as objects
        plain = {"text", "numeric", "date", "int4", "int8", "bool", "float8", "timestamptz", "jsonb",
                 "_text", "_int4"}
        with self.conn.cursor() as cur:
            for view, cols in self.views.items():
                cur.execute(f'SELECT * FROM "{view}" LIMIT 0')
                for (col, typ), desc in zip(cols, cur.description):
                    if typ in common.CUSTOM_TYPES:
                        self.assertEqual(desc.type_code, self.oids[typ], (view, col))
                    else:
                        self.assertIn(typ, plain, (view, col))
                        self.assertIsNotNone(self.conn.adapters.types.get(desc.type_code), (view, col))


if __name__ == "__main__":
    unittest.main()
