"""Connection settings and the catalog facts the client tests share.

The tests connect over TCP with a password (scram-sha-256) as a login that
holds only costshare_reader, as a BI tool would.  test/clients.sh sets:
COSTSHARE_TEST_HOST, COSTSHARE_TEST_PORT, COSTSHARE_TEST_DB,
COSTSHARE_TEST_USER, COSTSHARE_TEST_PASSWORD.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

HOST = os.environ.get("COSTSHARE_TEST_HOST", "127.0.0.1")
PORT = int(os.environ.get("COSTSHARE_TEST_PORT", "54339"))
DB = os.environ.get("COSTSHARE_TEST_DB", "costshare_clients")
USER = os.environ.get("COSTSHARE_TEST_USER", "costshare_bi")
PASSWORD = os.environ.get("COSTSHARE_TEST_PASSWORD", "")

DSN = f"host={HOST} port={PORT} dbname={DB} user={USER} password={PASSWORD}"
URL = f"postgresql+psycopg2://{USER}:{PASSWORD}@{HOST}:{PORT}/{DB}"

CUSTOM_TYPES = ("currency", "currency_amount", "agreement_period", "fiscal_calendar")

# views: name -> [(column, type name)], from the catalog
VIEWS_SQL = """
SELECT c.relname, a.attname, t.typname
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_depend d ON d.objid = c.oid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'costshare'
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
WHERE c.relkind = 'v' AND pg_catalog.has_table_privilege(c.oid, 'SELECT')
ORDER BY c.relname, a.attnum
"""

TABLES_SQL = """
SELECT c.relname
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_depend d ON d.objid = c.oid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'costshare'
WHERE c.relkind IN ('r', 'p')
ORDER BY 1
"""


def views(cur):
    cur.execute(VIEWS_SQL)
    out = {}
    for view, col, typ in cur.fetchall():
        out.setdefault(view, []).append((col, typ))
    return out


def tables(cur):
    cur.execute(TABLES_SQL)
    return [r[0] for r in cur.fetchall()]


# a text parameter for each custom type, and the condition that binds it
TEXT_PARAM = {
    "currency_amount": ("{col} > %s", "JPY -1"),
    "agreement_period": ("{col} && %s", "[1900-01-01,infinity)"),
    "currency": ("{col} <> %s", "XAU"),
    "fiscal_calendar": ("{col} <> %s", "uk_tax"),
}
