"""psqlODBC (Debian's odbc-postgresql, "PostgreSQL Unicode") through pyodbc,
with the connection string doc/bi.md gives for Excel, Power BI and Tableau."""

import datetime
import unittest

import common
import pyodbc

CONN_STR = ("Driver={{PostgreSQL Unicode}};Server={host};Port={port};Database={db};"
            "Uid={user};Pwd={password};TextAsLongVarchar=0;UseServerSidePrepare=1")

PLAIN_ODBC = {pyodbc.SQL_WVARCHAR, pyodbc.SQL_VARCHAR, pyodbc.SQL_NUMERIC, pyodbc.SQL_DECIMAL,
              pyodbc.SQL_INTEGER, pyodbc.SQL_BIGINT, pyodbc.SQL_TYPE_DATE,
              pyodbc.SQL_BIT, pyodbc.SQL_DOUBLE, pyodbc.SQL_TYPE_TIMESTAMP}


class OdbcTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.conn = pyodbc.connect(CONN_STR.format(host=common.HOST, port=common.PORT, db=common.DB,
                                                  user=common.USER, password=common.PASSWORD),
                                  autocommit=True)
        cur = cls.conn.cursor()
        cls.views = common.views(cur)
        cls.tables = common.tables(cur)

    @classmethod
    def tearDownClass(cls):
        cls.conn.close()

    def test_read_every_view(self):
        cur = self.conn.cursor()
        for view in self.views:
            rows = cur.execute(f'SELECT * FROM "{view}"').fetchall()
            self.assertGreater(len(rows), 0, view)

    def test_metadata_is_plain_sql_types(self):
        # custom types come through as varchar (text), with no long-varchar surprises
        cur = self.conn.cursor()
        for view, cols in self.views.items():
            meta = {r.column_name: r for r in cur.columns(table=view)}
            self.assertEqual(set(meta), {c for c, _ in cols}, view)
            for col, typ in cols:
                self.assertIn(meta[col].data_type, PLAIN_ODBC, (view, col, meta[col].type_name))
                if typ in common.CUSTOM_TYPES or typ == "text":
                    self.assertEqual(meta[col].data_type, pyodbc.SQL_WVARCHAR, (view, col))
            rows = cur.execute(f'SELECT * FROM "{view}" LIMIT 1').fetchall()
            for (col, typ), desc in zip(cols, cur.description):
                if typ in common.CUSTOM_TYPES:
                    self.assertIs(desc[1], str, (view, col))
                    self.assertTrue(rows[0][[d[0] for d in cur.description].index(col)] is None
                                    or isinstance(rows[0][[d[0] for d in cur.description].index(col)], str))

    def test_text_and_date_parameters(self):
        cur = self.conn.cursor()
        checked = 0
        for view, cols in self.views.items():
            total = cur.execute(f'SELECT count(*) FROM "{view}"').fetchone()[0]
            for col, typ in cols:
                if typ in common.TEXT_PARAM:
                    cond, param = common.TEXT_PARAM[typ]
                    sql = f'SELECT count(*) FROM "{view}" WHERE ' + cond.format(col=f'"{col}"').replace("%s", "?") \
                        + f' OR "{col}" IS NULL'
                    self.assertEqual(cur.execute(sql, param).fetchone()[0], total, (view, col))
                    checked += 1
        self.assertGreater(checked, 20)
        day = datetime.date(2017, 6, 1)
        n = cur.execute("SELECT count(*) FROM burden_by_period WHERE period @> ?", day).fetchone()[0]
        m = cur.execute("SELECT count(*) FROM burden_by_period WHERE start_date <= ? AND end_date >= ?",
                        day, day).fetchone()[0]
        self.assertEqual(n, m)
        self.assertGreater(n, 0)
        n = cur.execute("SELECT count(*) FROM burden_by_period WHERE host_party = 'JP' AND amount > ?", "JPY 100000000000").fetchone()[0]
        m = cur.execute("SELECT count(*) FROM burden_by_period WHERE host_party = 'JP' AND currency_code = 'JPY' "
                        "AND amount_value > 100000000000").fetchone()[0]
        self.assertEqual(n, m)
        rows = cur.execute("SELECT target_currency_code FROM burden_in_currency(?)", "USD").fetchall()
        self.assertTrue(rows and all(r[0] == "USD" for r in rows))

    def test_round_trip_text(self):
        cur = self.conn.cursor()
        for value, typ in [("USD 1910000000.00", "currency_amount"), ("[2016-04-01,infinity)", "agreement_period"),
                           ("us_federal", "fiscal_calendar"), ("JPY", "currency")]:
            self.assertEqual(cur.execute(f"SELECT CAST(? AS {typ})", value).fetchone()[0], value)

    def test_navigator_lists_tables_it_cannot_open(self):
        # SQLTables reads the catalog, which every role may read: the names show, the rows do not
        listed = {t.table_name for t in self.conn.cursor().tables(tableType="TABLE")}
        self.assertTrue(set(self.tables) <= listed, listed)

    def test_accessible_only_lists_the_views_alone(self):
        # psqlODBC's extra option AB=0x10 (accessible tables only) adds
        # has_table_privilege(..., 'select') to SQLTables: the navigator of
        # Excel, Power BI or Tableau then lists the views the reader may read
        # and no table
        conn = pyodbc.connect(CONN_STR.format(host=common.HOST, port=common.PORT, db=common.DB,
                                              user=common.USER, password=common.PASSWORD) + ";AB=0x10",
                              autocommit=True)
        try:
            self.assertTrue(conn.getinfo(pyodbc.SQL_ACCESSIBLE_TABLES))
            listed = {(t.table_name, t.table_type) for t in conn.cursor().tables(schema="public")}
            self.assertEqual(listed, {(v, "VIEW") for v in self.views})
        finally:
            conn.close()

    def test_no_column_remarks(self):
        # psqlODBC 13's SQLColumns reads no pg_description: REMARKS is empty
        # for every column, whatever the options (doc/bi.md says where the
        # comments are); this fails, and the doc must change, the day it does
        remarks = {r.remarks for r in self.conn.cursor().columns(table="burden_by_period")}
        self.assertEqual(remarks - {None}, {""})
        cur = self.conn.cursor()
        self.assertEqual(cur.execute("SELECT col_description('burden_by_period'::regclass, 12)").fetchone()[0],
                         "Total in major units of currency_code")

    def test_reader_cannot_open_tables(self):
        cur = self.conn.cursor()
        for table in self.tables:
            with self.assertRaises(pyodbc.Error, msg=table) as ctx:
                cur.execute(f'SELECT 1 FROM "{table}" LIMIT 1')
            self.assertIn("42501", str(ctx.exception))


if __name__ == "__main__":
    unittest.main()
