-- title: COPY FROM of canonical currency_amount text against a (bigint, char(3)) load
-- sizes: 1000000 3000000 10000000
-- baseline: two_columns
-- goal: canonical <= 1.2 COPY FROM canonical text at most 1.2x the two-column load
-- flat: canonical 15
--
-- The same yen amounts loaded from a text file in the data directory: as
-- one currency_amount column in the canonical form (JPY 1055100000000),
-- as the usual two-column design (minor units as bigint, the code as
-- char(3)), and as a bare bigint column, the floor of any load.  The table
-- is emptied before each run (untimed); every load writes WAL, as a real
-- one does.
-- @setup
DROP TABLE IF EXISTS bench_copy_source, bench_copy_amount, bench_copy_plain, bench_copy_int8;
CREATE TABLE bench_copy_source AS
SELECT (i::int8 * 2654435761 % 1000000007) * 1000 + i % 1000 AS units
FROM generate_series(1, :rows) AS i;
CREATE TABLE bench_copy_amount (v currency_amount);
CREATE TABLE bench_copy_plain (units bigint, currency char(3));
CREATE TABLE bench_copy_int8 (units bigint);
DO $$
BEGIN
	EXECUTE format('COPY (SELECT %L || units FROM bench_copy_source) TO %L',
	               'JPY ', current_setting('data_directory') || '/bench_copy_canonical.txt');
	EXECUTE format('COPY (SELECT units, %L FROM bench_copy_source) TO %L',
	               'JPY', current_setting('data_directory') || '/bench_copy_plain.txt');
	EXECUTE format('COPY (SELECT units FROM bench_copy_source) TO %L',
	               current_setting('data_directory') || '/bench_copy_int8.txt');
END $$;
-- @variant two_columns
-- @prepare
TRUNCATE bench_copy_plain;
-- @query
COPY bench_copy_plain FROM 'bench_copy_plain.txt';
-- @variant canonical
-- @prepare
TRUNCATE bench_copy_amount;
-- @query
COPY bench_copy_amount FROM 'bench_copy_canonical.txt';
-- @variant int8_only
-- @prepare
TRUNCATE bench_copy_int8;
-- @query
COPY bench_copy_int8 FROM 'bench_copy_int8.txt';
-- @report
SELECT (SELECT count(*) FROM bench_copy_amount) AS canonical_rows,
       (SELECT count(*) FROM bench_copy_plain) AS two_column_rows,
       (SELECT sum(minor_units(v)) FROM bench_copy_amount) = (SELECT sum(units) FROM bench_copy_plain) AS same_total;
