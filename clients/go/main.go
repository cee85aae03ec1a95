// Command costshare-grafana-test reads costshare's views the way Grafana's
// PostgreSQL data source does: through Go's database/sql with the lib/pq
// driver, from the settings a Grafana user types into the data source page
// (host:port, database, user, password, TLS/SSL mode disable), with the SQL
// of a time series panel and of a table panel after Grafana has expanded
// its macros ($__time, $__timeFilter, $__timeFrom, $__timeTo) and a
// template variable.  It checks that the columns a panel uses are types
// lib/pq names (Grafana picks each column's converter by that name), and
// that every custom-typed column of every view has a plain twin it names.
//
// test/clients.sh builds it offline against Debian's golang-go and
// golang-github-lib-pq-dev and runs it against its throwaway cluster; it
// prints "ok - ..." or "not ok - ..." per check and exits non-zero on a
// failure.  Settings: COSTSHARE_TEST_HOST, COSTSHARE_TEST_PORT,
// COSTSHARE_TEST_DB, COSTSHARE_TEST_USER, COSTSHARE_TEST_PASSWORD.
package main

import (
	"database/sql"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"

	_ "github.com/lib/pq"
)

var failed int

func check(name string, ok bool, detail ...interface{}) {
	if ok {
		fmt.Printf("ok - %s\n", name)
		return
	}
	failed++
	fmt.Printf("not ok - %s: %s\n", name, fmt.Sprint(detail...))
}

func env(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

// quote writes a value of a key='value' connection string, as Grafana's
// data source does: backslashes and single quotes escaped.
func quote(s string) string {
	return "'" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), `'`, `\'`) + "'"
}

// connString builds the connection string from the data source page's
// fields the way Grafana's PostgreSQL data source does: the Host URL field
// "host:port" split at its colon, then user, password, host, dbname, port
// and sslmode.
func connString(hostURL, database, user, password, sslmode string) (string, error) {
	host, portText, hasPort := strings.Cut(hostURL, ":")
	s := fmt.Sprintf("user=%s password=%s host=%s dbname=%s", quote(user), quote(password), quote(host), quote(database))
	if hasPort {
		port, err := strconv.Atoi(portText)
		if err != nil {
			return "", fmt.Errorf("invalid port in host %q", hostURL)
		}
		s += fmt.Sprintf(" port=%d", port)
	}
	return s + " sslmode=" + quote(sslmode), nil
}

// Grafana's expansions of its macros for PostgreSQL, over a dashboard's
// time range (UTC, RFC 3339).
func timeFilter(column string, from, to time.Time) string {
	return fmt.Sprintf("%s BETWEEN '%s' AND '%s'", column, from.UTC().Format(time.RFC3339Nano), to.UTC().Format(time.RFC3339Nano))
}

func timeColumn(column string) string { return column + ` AS "time"` }

func rfc3339(t time.Time) string { return "'" + t.UTC().Format(time.RFC3339Nano) + "'" }

// plain: the type names lib/pq knows; a custom type's name is "" (its OID
// is in no table of lib/pq), which Grafana reads as a string at best.
func columnTypes(rows *sql.Rows) (map[string]string, []string, error) {
	cts, err := rows.ColumnTypes()
	if err != nil {
		return nil, nil, err
	}
	types := map[string]string{}
	var names []string
	for _, ct := range cts {
		types[ct.Name()] = ct.DatabaseTypeName()
		names = append(names, ct.Name())
	}
	return types, names, nil
}

// query runs a panel's SQL and returns the driver's type names and the
// rows as strings (as lib/pq scans them: DATE as time.Time, NUMERIC as
// its text, exactly).
func query(db *sql.DB, q string) (map[string]string, []string, [][]interface{}, error) {
	rows, err := db.Query(q)
	if err != nil {
		return nil, nil, nil, err
	}
	defer rows.Close()
	types, names, err := columnTypes(rows)
	if err != nil {
		return nil, nil, nil, err
	}
	var out [][]interface{}
	for rows.Next() {
		vals := make([]interface{}, len(names))
		ptrs := make([]interface{}, len(names))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, nil, nil, err
		}
		out = append(out, vals)
	}
	return types, names, out, rows.Err()
}

// text: a value as lib/pq scans it into an interface{}: TEXT as a string,
// NUMERIC as its digits in a []byte.
func text(v interface{}) string {
	switch x := v.(type) {
	case []byte:
		return string(x)
	case string:
		return x
	}
	return fmt.Sprint(v)
}

func expectTypes(name string, got map[string]string, want map[string]string) {
	var bad []string
	for col, t := range want {
		if got[col] != t {
			bad = append(bad, fmt.Sprintf("%s is %q, not %s", col, got[col], t))
		}
	}
	check(name, len(bad) == 0, strings.Join(bad, "; "))
}

// twins: the plain twins a custom-typed column must have (the rule of
// doc/schema.md, "Views"), any one set of which must be there.
func twins(col, typ string, cols map[string]string) [][]string {
	switch typ {
	case "currency":
		return [][]string{{col + "_code"}}
	case "fiscal_calendar":
		return [][]string{{col + "_name"}}
	case "agreement_period":
		if col == "period" {
			return [][]string{{"start_date", "end_date"}}
		}
		p := strings.TrimSuffix(col, "period")
		return [][]string{{p + "start_date", p + "end_date"}}
	case "currency_amount":
		stem := strings.TrimSuffix(strings.TrimSuffix(col, "_total"), "_amount")
		var sets [][]string
		for _, v := range []string{col + "_value", stem + "_value"} {
			for _, c := range []string{col + "_currency_code", stem + "_currency_code", "target_currency_code",
				"demand_currency_code", "currency_code"} {
				sets = append(sets, []string{v, c})
			}
		}
		return sets
	}
	return nil
}

const customTypes = "('currency', 'currency_amount', 'agreement_period', 'fiscal_calendar')"

func main() {
	host := env("COSTSHARE_TEST_HOST", "127.0.0.1")
	port := env("COSTSHARE_TEST_PORT", "54339")
	database := env("COSTSHARE_TEST_DB", "costshare_clients")
	user := env("COSTSHARE_TEST_USER", "costshare_bi")
	password := env("COSTSHARE_TEST_PASSWORD", "")

	// the data source page of doc/bi.md: Host URL, Database name,
	// Username, Password, TLS/SSL Mode disable
	dsn, err := connString(host+":"+port, database, user, password, "disable")
	check("Grafana's connection string from the data source page", err == nil, err)
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		check("lib/pq opens the connection string", false, err)
		os.Exit(1)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)

	// "Save & test" runs a trivial query
	var one int
	err = db.QueryRow("SELECT 1").Scan(&one)
	check("Save & test: SELECT 1 over TCP with the password (scram-sha-256)", err == nil && one == 1, err)
	if err != nil {
		os.Exit(1)
	}
	var who, addr string
	var sslUsed bool
	err = db.QueryRow(`SELECT current_user, inet_client_addr()::text, COALESCE((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)`).Scan(&who, &addr, &sslUsed)
	check("logged in as the reader over 127.0.0.1, sslmode disable", err == nil && who == user && addr == host+"/32" && !sslUsed,
		err, who, addr, sslUsed)

	bad, _ := connString(host+":"+port, database, user, password+"-wrong", "disable")
	badDB, _ := sql.Open("postgres", bad)
	err = badDB.QueryRow("SELECT 1").Scan(&one)
	badDB.Close()
	check("a wrong password is refused (28P01)", err != nil && strings.Contains(err.Error(), "28P01") ||
		err != nil && strings.Contains(err.Error(), "password authentication failed"), err)

	// a dashboard's time range: the fiscal years 2016 to 2025
	from := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(2025, 12, 31, 23, 59, 59, 999000000, time.UTC)

	// a template variable: $host, "Multi-value", from a query
	types, _, rows, err := query(db, "SELECT DISTINCT host_party FROM burden_by_period ORDER BY 1")
	check("template variable query: host_party is TEXT", err == nil && types["host_party"] == "TEXT" && len(rows) >= 2, err, types)
	var hosts []string
	for _, r := range rows {
		hosts = append(hosts, "'"+text(r[0])+"'")
	}
	hostVar := strings.Join(hosts, ",")

	// time series panel, "Format as: Time series": time, metric, value,
	// as doc/bi.md gives it
	ts := fmt.Sprintf(`SELECT
  %s,
  host_party || ' ' || basis || ' (' || currency_code || ')' AS metric,
  amount_value AS value
FROM burden_by_period
WHERE %s AND host_party IN (%s) AND amount_value IS NOT NULL
ORDER BY 1`, timeColumn("start_date"), timeFilter("start_date", from, to), hostVar)
	types, _, rows, err = query(db, ts)
	check("time series panel (burden_by_period) runs", err == nil && len(rows) > 0, err, len(rows))
	expectTypes("time series panel: time DATE, metric TEXT, value NUMERIC", types,
		map[string]string{"time": "DATE", "metric": "TEXT", "value": "NUMERIC"})
	okRows := len(rows) > 0
	for _, r := range rows {
		t, isTime := r[0].(time.Time)
		_, exact := new(big.Rat).SetString(text(r[2]))
		if !isTime || t.Before(from) || t.After(to) || !exact {
			okRows = false
			check("time series values", false, r)
			break
		}
	}
	check("time series: each time a date within the range, each value an exact decimal", okRows)

	// the same in one currency, summed only where complete
	tsUSD := fmt.Sprintf(`SELECT
  %s,
  agreement_code AS metric,
  converted_value AS value
FROM burden_in_currency('USD')
WHERE %s AND complete
ORDER BY 1`, timeColumn("start_date"), timeFilter("start_date", from, to))
	types, _, rows, err = query(db, tsUSD)
	check("time series panel (burden_in_currency('USD'), complete rows) runs", err == nil && len(rows) > 0, err)
	expectTypes("burden_in_currency time series: time DATE, value NUMERIC", types,
		map[string]string{"time": "DATE", "metric": "TEXT", "value": "NUMERIC"})

	// table panel, "Format as: Table", with $__timeFrom() and $__timeTo()
	tbl := fmt.Sprintf(`SELECT agreement_code, basis, fiscal_year_label, start_date, end_date, state,
       days_covered, agreement_days, reported_items, unknown_items, currency_code
FROM burden_coverage
WHERE end_date >= %s AND start_date <= %s AND host_party IN (%s)
ORDER BY agreement_code, basis, start_date`, rfc3339(from), rfc3339(to), hostVar)
	types, _, rows, err = query(db, tbl)
	check("table panel (burden_coverage) runs", err == nil && len(rows) > 0, err)
	expectTypes("table panel: DATE, TEXT, INT4 and INT8 columns", types, map[string]string{
		"agreement_code": "TEXT", "basis": "TEXT", "fiscal_year_label": "TEXT", "start_date": "DATE",
		"end_date": "DATE", "state": "TEXT", "days_covered": "INT4",
		"agreement_days": "INT4", "reported_items": "INT8", "unknown_items": "INT8", "currency_code": "TEXT"})
	types, _, rows, err = query(db, fmt.Sprintf(`SELECT agreement_code, basis, complete, fiscal_years_summed,
       fiscal_years_expected, fiscal_years_summed_label
FROM burden_coverage_by_agreement WHERE host_party IN (%s) ORDER BY 1, 2`, hostVar))
	check("table panel (burden_coverage_by_agreement) runs", err == nil && len(rows) > 0, err)
	expectTypes("burden_coverage_by_agreement: complete BOOL, the counts INT8", types, map[string]string{
		"complete": "BOOL", "fiscal_years_summed": "INT8", "fiscal_years_expected": "INT8",
		"fiscal_years_summed_label": "TEXT"})

	tbl2 := fmt.Sprintf(`SELECT agreement_code, start_date, end_date, previous_agreement_code,
       previous_start_date, previous_end_date, gap_start_date, gap_end_date, gap_days, overlap_days, continuous
FROM agreement_coverage
WHERE %s
ORDER BY host_party, start_date`, timeFilter("start_date", time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), to))
	types, _, rows, err = query(db, tbl2)
	check("table panel (agreement_coverage, the agreements' timeline) runs", err == nil && len(rows) > 0, err)
	expectTypes("agreement_coverage: the previous and gap periods as DATE", types, map[string]string{
		"previous_start_date": "DATE", "previous_end_date": "DATE", "gap_start_date": "DATE", "gap_end_date": "DATE",
		"gap_days": "INT4", "continuous": "BOOL"})

	tbl3 := `SELECT fiscal_year_label, category_level_1_name, amount_value, currency_code, complete,
       fiscal_years_summed, fiscal_years_expected
FROM burden_by_period_category WHERE host_party = 'JP' AND basis = 'budget' ORDER BY fiscal_year, 2`
	types, _, rows, err = query(db, tbl3)
	check("table panel (burden_by_period_category) runs", err == nil && len(rows) > 0, err)
	expectTypes("burden_by_period_category: NUMERIC measure, INT8 counts", types, map[string]string{
		"amount_value": "NUMERIC", "complete": "BOOL", "fiscal_years_summed": "INT8", "fiscal_years_expected": "INT8"})

	// every view the reader may read, and burden_in_currency: lib/pq names
	// every column but the custom-typed ones, and each of those has a plain
	// twin that it names
	var relations []string
	r, err := db.Query(`SELECT c.relname FROM pg_class c
	JOIN pg_depend d ON d.objid = c.oid AND d.deptype = 'e'
	JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'costshare'
	WHERE c.relkind = 'v' AND has_table_privilege(c.oid, 'SELECT') ORDER BY 1`)
	if err == nil {
		for r.Next() {
			var n string
			r.Scan(&n)
			relations = append(relations, fmt.Sprintf("%q", n))
		}
		r.Close()
	}
	check("the reader's views listed", err == nil && len(relations) > 0, err)
	relations = append(relations, "burden_in_currency('USD')")
	for _, rel := range relations {
		// the custom types of the relation's columns (or the function's
		// result columns), from the catalog
		catalog := map[string]string{}
		catalogSQL := `SELECT a.attname::text, t.typname::text FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
			WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND t.typname IN ` + customTypes
		name := strings.Trim(rel, `"`)
		if strings.HasPrefix(rel, "burden_in_currency") {
			catalogSQL = `SELECT u.n, t.typname::text
			FROM pg_proc p, unnest(p.proargnames, p.proallargtypes, p.proargmodes) AS u (n, ty, m)
				JOIN pg_type t ON t.oid = u.ty
			WHERE p.oid = $1::regprocedure AND u.m = 't' AND t.typname IN ` + customTypes
			name = "burden_in_currency(text, text)"
		}
		cr, err := db.Query(catalogSQL, name)
		if err == nil {
			for cr.Next() {
				var a, t string
				cr.Scan(&a, &t)
				catalog[a] = t
			}
			cr.Close()
		}
		types, names, _, err := query(db, "SELECT * FROM "+rel+" LIMIT 0")
		if err != nil {
			check("lib/pq reads "+rel, false, err)
			continue
		}
		var problems []string
		for _, col := range names {
			if types[col] != "" {
				continue
			}
			typ, custom := catalog[col]
			if !custom {
				problems = append(problems, col+": lib/pq has no name for its type")
				continue
			}
			found := false
			for _, set := range twins(col, typ, types) {
				all := true
				for _, t := range set {
					if types[t] == "" {
						all = false
					}
				}
				if all {
					found = true
					break
				}
			}
			if !found {
				problems = append(problems, col+" ("+typ+"): no plain twin")
			}
		}
		for col := range catalog {
			if types[col] != "" {
				problems = append(problems, col+": lib/pq names a custom type "+types[col])
			}
		}
		check(fmt.Sprintf("%s: %d columns, %d custom-typed, each with a plain twin lib/pq names", strings.Trim(rel, `"`),
			len(names), len(catalog)), len(problems) == 0, strings.Join(problems, "; "))
	}

	if failed > 0 {
		os.Exit(1)
	}
}
