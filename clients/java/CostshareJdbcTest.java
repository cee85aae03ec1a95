// pgjdbc against costshare: the recipe of doc/bi.md, tested.
//
// Run with Debian's libpostgresql-jdbc-java and a JDK 11 or later:
//   java -cp /usr/share/java/postgresql.jar clients/java/CostshareJdbcTest.java
// Connection settings from COSTSHARE_TEST_HOST, _PORT, _DB, _USER, _PASSWORD
// (test/clients.sh sets them).  Prints "ok - ..." or "not ok - ..." per check.

import java.math.BigDecimal;
import java.sql.*;
import java.util.*;
import org.postgresql.util.PGobject;

public class CostshareJdbcTest {
    static int failed = 0;

    static void check(String what, boolean ok, Object detail) {
        System.out.println((ok ? "ok - " : "not ok - ") + what + (ok ? "" : ": " + detail));
        if (!ok) failed++;
    }

    static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null ? dflt : v;
    }

    /** A currency_amount parameter or result: the recipe's PGobject subclass. */
    public static class CurrencyAmount extends PGobject {
        public CurrencyAmount() { setType("currency_amount"); }
        public CurrencyAmount(BigDecimal amount, String currency) throws SQLException {
            this();
            setValue(currency + " " + amount.toPlainString());
        }
        public String currency() { return getValue().substring(0, 3); }
        public BigDecimal amount() { return new BigDecimal(getValue().substring(4)); }
    }

    static final Map<String, String[]> TEXT_PARAM = Map.of(
        "currency_amount", new String[] {"> ?", "JPY -1"},
        "agreement_period", new String[] {"&& ?", "[1900-01-01,infinity)"},
        "currency", new String[] {"<> ?", "XAU"},
        "fiscal_calendar", new String[] {"<> ?", "uk_tax"});
    static final Set<String> CUSTOM = TEXT_PARAM.keySet();

    public static void main(String[] args) throws Exception {
        String url = "jdbc:postgresql://" + env("COSTSHARE_TEST_HOST", "127.0.0.1") + ":"
            + env("COSTSHARE_TEST_PORT", "54339") + "/" + env("COSTSHARE_TEST_DB", "costshare_clients");
        Properties props = new Properties();
        props.setProperty("user", env("COSTSHARE_TEST_USER", "costshare_bi"));
        props.setProperty("password", env("COSTSHARE_TEST_PASSWORD", ""));

        // 1. the driver's defaults: setString binds varchar
        try (Connection c = DriverManager.getConnection(url, props)) {
            Map<String, List<String[]>> views = new TreeMap<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery(
                     "SELECT c.relname, a.attname, t.typname FROM pg_class c "
                     + "JOIN pg_depend d ON d.objid = c.oid AND d.deptype = 'e' "
                     + "JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'costshare' "
                     + "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
                     + "JOIN pg_type t ON t.oid = a.atttypid "
                     + "WHERE c.relkind = 'v' AND has_table_privilege(c.oid, 'SELECT') ORDER BY c.relname, a.attnum")) {
                while (r.next())
                    views.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new String[] {r.getString(2), r.getString(3)});
            }
            check("the reader sees 12 views", views.size() == 12, views.keySet());

            for (Map.Entry<String, List<String[]>> v : views.entrySet()) {
                String view = v.getKey();
                int rows = 0;
                boolean typesOk = true;
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM \"" + view + "\"")) {
                    ResultSetMetaData md = r.getMetaData();
                    while (r.next()) {
                        rows++;
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            String typ = v.getValue().get(i - 1)[1];
                            if (typ.equals("numeric") && r.getObject(i) != null && !(r.getObject(i) instanceof BigDecimal)) typesOk = false;
                            if (CUSTOM.contains(typ) && r.getObject(i) != null && r.getString(i).isEmpty()) typesOk = false;
                        }
                    }
                }
                check("read " + view, rows > 0 && typesOk, rows);

                // metadata: plain columns as their JDBC types; custom ones as OTHER with their type name
                try (ResultSet r = c.getMetaData().getColumns(null, null, view, null)) {
                    boolean ok = true;
                    StringBuilder bad = new StringBuilder();
                    while (r.next()) {
                        String typ = r.getString("TYPE_NAME");
                        int jdbc = r.getInt("DATA_TYPE");
                        boolean plain = jdbc != Types.OTHER && jdbc != Types.STRUCT && jdbc != Types.JAVA_OBJECT;
                        if (CUSTOM.contains(typ) ? jdbc != Types.OTHER : !plain) {
                            ok = false;
                            bad.append(r.getString("COLUMN_NAME")).append(':').append(typ).append('=').append(jdbc).append(' ');
                        }
                        String remarks = r.getString("REMARKS");
                        if (remarks == null || remarks.isEmpty()) {
                            ok = false;
                            bad.append(r.getString("COLUMN_NAME")).append(":no remarks ");
                        }
                    }
                    check("metadata of " + view + ": plain JDBC types, custom types OTHER, remarks", ok, bad);
                }

                // setString against every custom-typed column
                for (String[] col : v.getValue()) {
                    String[] p = TEXT_PARAM.get(col[1]);
                    if (p == null) continue;
                    String sql = "SELECT count(*) FILTER (WHERE \"" + col[0] + "\" " + p[0] + " OR \"" + col[0]
                        + "\" IS NULL), count(*) FROM \"" + view + "\"";
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setString(1, p[1]);
                        try (ResultSet r = ps.executeQuery()) {
                            r.next();
                            check("setString against " + view + "." + col[0], r.getLong(1) == r.getLong(2) && r.getLong(2) > 0,
                                  r.getLong(1) + " of " + r.getLong(2));
                        }
                    } catch (SQLException e) {
                        check("setString against " + view + "." + col[0], false, e.getSQLState() + " " + e.getMessage());
                    }
                }
            }

            long expected;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT count(*) FROM burden_by_period WHERE start_date <= '2017-06-01' AND end_date >= '2017-06-01'")) {
                r.next();
                expected = r.getLong(1);
            }
            String q = "SELECT count(*) FROM burden_by_period WHERE period @> ?";
            Object[][] dates = {
                {"setDate", java.sql.Date.valueOf("2017-06-01")},
                {"setObject(LocalDate)", java.time.LocalDate.of(2017, 6, 1)},
                {"setTimestamp at midnight", Timestamp.valueOf("2017-06-01 00:00:00")},
                {"setString", "2017-06-01"},
            };
            for (Object[] d : dates) {
                try (PreparedStatement ps = c.prepareStatement(q)) {
                    if (d[1] instanceof java.sql.Date) ps.setDate(1, (java.sql.Date) d[1]);
                    else if (d[1] instanceof Timestamp) ps.setTimestamp(1, (Timestamp) d[1]);
                    else if (d[1] instanceof String) ps.setString(1, (String) d[1]);
                    else ps.setObject(1, d[1]);
                    try (ResultSet r = ps.executeQuery()) {
                        r.next();
                        check("period @> ? with " + d[0], expected > 0 && r.getLong(1) == expected, r.getLong(1) + " vs " + expected);
                    }
                } catch (SQLException e) {
                    check("period @> ? with " + d[0], false, e.getSQLState() + " " + e.getMessage());
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM burden_by_period WHERE period @> CAST(? AS timestamptz)")) {
                ps.setTimestamp(1, Timestamp.valueOf("2017-06-01 12:30:00"));
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    check("period @> CAST(? AS timestamptz) with a time of day", r.getLong(1) == expected, r.getLong(1));
                }
            }

            try (PreparedStatement ps = c.prepareStatement("SELECT converted, target_currency_code FROM burden_in_currency(?)")) {
                ps.setString(1, "USD");
                int n = 0;
                boolean ok = true;
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        n++;
                        ok &= "USD".equals(r.getString(2)) && (r.getString(1) == null || r.getString(1).startsWith("USD "));
                    }
                }
                check("burden_in_currency(?) with setString", n > 0 && ok, n);
            }

            // the PGobject recipe: typed parameters and results
            try (PreparedStatement ps = c.prepareStatement("SELECT ?, amount(?) FROM (VALUES (1)) v")) {
                CurrencyAmount a = new CurrencyAmount(new BigDecimal("1910000000.00"), "USD");
                ps.setObject(1, a);
                ps.setObject(2, a);
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    Object o = r.getObject(1);
                    check("PGobject currency_amount round trip", o instanceof PGobject
                          && "currency_amount".equals(((PGobject) o).getType())
                          && "USD 1910000000.00".equals(((PGobject) o).getValue())
                          && r.getBigDecimal(2).equals(new BigDecimal("1910000000.00")), o);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT CAST(amount AS numeric) = amount_value FROM burden_by_period WHERE amount IS NOT NULL LIMIT 1");
                 ResultSet r = ps.executeQuery()) {
                r.next();
                check("CAST(amount AS numeric)", r.getBoolean(1), null);
            }

            // the reader cannot open the tables
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT c.relname FROM pg_class c JOIN pg_depend d ON d.objid = c.oid AND d.deptype = 'e' "
                     + "JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'costshare' WHERE c.relkind = 'r' ORDER BY 1")) {
                List<String> tables = new ArrayList<>();
                while (r.next()) tables.add(r.getString(1));
                int refused = 0;
                for (String t : tables) {
                    try (Statement s2 = c.createStatement()) {
                        s2.executeQuery("SELECT 1 FROM \"" + t + "\" LIMIT 1");
                    } catch (SQLException e) {
                        if ("42501".equals(e.getSQLState())) refused++;
                    }
                }
                check("the reader cannot open any of the " + tables.size() + " tables", tables.size() >= 8 && refused == tables.size(), refused);
            }
        }

        // 2. stringtype=unspecified: strings bound untyped, as BI tools are told to configure
        // (the URL form doc/bi.md gives to Metabase, DBeaver and Tableau)
        try (Connection c = DriverManager.getConnection(url + "?stringtype=unspecified", props);
             PreparedStatement ps = c.prepareStatement(
                 "SELECT count(*) FROM burden_by_period WHERE amount > ? AND period && ? AND fiscal_calendar = ?")) {
            ps.setString(1, "JPY 100000000000");
            ps.setString(2, "JFY2016..JFY2020");
            ps.setString(3, "jp");
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                check("stringtype=unspecified: setString resolves to the types' own operators", r.getLong(1) > 0, r.getLong(1));
            }
        }
        System.out.println("# " + (failed == 0 ? "all passed" : failed + " failed"));
        System.exit(failed == 0 ? 0 : 1);
    }
}
