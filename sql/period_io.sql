--
-- agreement_period: construction, text and binary forms, casts, accessors.
--
CREATE FUNCTION pg_temp.try_period(t text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	RETURN t::agreement_period::text;
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ' ' || SQLERRM;
END $$;

-- the three written forms, whitespace, infinite ends
SELECT t, pg_temp.try_period(t) FROM (VALUES
	('[2016-04-01,2021-04-01)'),
	('2016-04-01..2021-03-31'),
	('  [ 2016-04-01 , 2021-04-01 )  '),
	('2016-04-01 .. 2021-03-31'),
	('[2021-04-01,2021-04-02)'),          -- one day
	('2021-04-01..2021-04-01'),           -- one day, inclusive form
	('[-infinity,2021-04-01)'),
	('[2016-04-01,infinity)'),
	('[2016-04-01,+Infinity)'),
	('[,2021-04-01)'),                    -- empty bound: infinite
	('[2016-04-01,)'),
	('[,)'),
	('-infinity..2021-03-31'),
	('2016-04-01..infinity'),
	('2020-02-29..2020-02-29'),           -- leap day
	('2019-12-31..2020-01-01'),           -- across a year end
	('[0001-01-01,0001-01-02)'),
	('5874897-12-30..5874897-12-30'),     -- last day with a day after it
	('JFY2016..JFY2020'),
	('jfy2019'),
	('JFY2016–JFY2020'),                  -- en dash, as fiscal_label writes it
	('FY2022..FY2026@jp'),
	('FY2021@us_federal'),
	('FY2021@US_FEDERAL'),
	('2021@calendar'),
	('2021-22@uk'),
	('2021-22@uk_tax'),
	('2020-21..2021-22@au'),
	('FY2021@au'),
	('FY2021@07-01/end/fy')
) v(t);

-- what must fail, with its SQLSTATE
SELECT t, pg_temp.try_period(t) FROM (VALUES
	(''),
	('x'),
	('2021-04-01'),                       -- one date is not a period
	('[2021-04-01,2021-05-01]'),          -- only the half-open form
	('[2021-04-01 2021-05-01)'),
	('(2021-04-01,2021-05-01)'),
	('21-04-01..21-05-01'),
	('2021/04/01..2021/05/01'),
	('2021-4-1..2021-5-1x'),
	('2021-02-29..2021-03-01'),           -- no such day
	('2020-02-30..2020-03-01'),
	('2021-13-01..2021-12-31'),
	('2021-00-10..2021-12-31'),
	('2021-04-00..2021-12-31'),
	('[2021-04-01,2021-04-01)'),          -- empty
	('[2021-04-02,2021-04-01)'),          -- inverted
	('2021-04-02..2021-04-01'),
	('[infinity,infinity)'),
	('[-infinity,-infinity)'),
	('infinity..infinity'),
	('[2016-04-01,-infinity)'),
	('5874897-12-31..5874897-12-31'),     -- no day after it
	('[5874898-01-01,5874898-01-02)'),    -- out of range
	('FY2021'),                           -- which calendar?
	('FY2021@nope'),                      -- unknown calendar
	('FY2021@'),
	('JFY2021@us_federal'),               -- JFY is the Japanese calendar
	('JFY2020..JFY2016'),                 -- reverse order
	('2021-23@uk'),                       -- not consecutive years
	('2021-22@calendar'),
	('JFY21'),
	('JFY2016..2017-03-31')
) v(t);

-- constructor and accessors
SELECT agreement_period('2016-04-01', '2021-04-01') AS p,
	lower(agreement_period('2016-04-01', '2021-04-01')),
	upper(agreement_period('2016-04-01', '2021-04-01')),
	last_day(agreement_period('2016-04-01', '2021-04-01')),
	days(agreement_period('2016-04-01', '2021-04-01'));
SELECT agreement_period('2016-04-01', '2016-04-01');
SELECT agreement_period('2016-04-02', '2016-04-01');
SELECT agreement_period('-infinity', 'infinity'), lower('[,)'::agreement_period),
	upper('[,)'::agreement_period), last_day('[2020-01-01,)'::agreement_period);
SELECT agreement_period(NULL, '2016-04-01') IS NULL AS strict;
SELECT days('JFY2019'), days('JFY2018'), days('[2020-02-29,2020-03-01)');
SELECT days('[2020-01-01,)');
SELECT isfinite('[2020-01-01,)'::agreement_period), isfinite('JFY2020'::agreement_period);

-- casts to and from daterange
SELECT p::daterange FROM (VALUES ('JFY2016'::agreement_period), ('[,2020-01-01)'), ('[2020-01-01,)'), ('[,)')) v(p);
SELECT r, r::agreement_period FROM (VALUES
	('[2020-01-01,2020-02-01)'::daterange), ('[2020-01-01,2020-01-31]'), ('(2019-12-31,2020-01-31]'),
	('(,2020-01-01)'), ('[2020-01-01,)'), ('(,)'), ('[-infinity,2020-01-01)'), ('[2020-01-01,infinity)')) v(r);
SELECT 'empty'::daterange::agreement_period;
SELECT '[0001-12-31 BC,0001-01-02)'::daterange::agreement_period;   -- before year 1
SELECT '[0001-01-01,0001-01-02)'::daterange::agreement_period;
SELECT '[infinity,)'::daterange::agreement_period;
-- every finite period survives the round trip
SELECT count(*) AS round_trip_failures
FROM generate_series(0, 999) i,
	LATERAL (SELECT agreement_period('2019-01-01'::date + i, '2019-01-01'::date + i + 1 + i % 400) AS p) x
WHERE p::daterange::agreement_period <> p OR p::text::agreement_period <> p;

-- binary form: the two ends as days from 2000-01-01
SELECT agreement_period_send('[2000-01-01,2000-01-02)'), agreement_period_send('[,)');
-- binary input is validated like text input
CREATE TABLE period_bin (p agreement_period);
SELECT lo_from_bytea(424201, '\x5047434f50590aff0d0a0000000000000000000001000000080000000000000001ffff'::bytea) IS NOT NULL AS good_file,
	lo_from_bytea(424202, '\x5047434f50590aff0d0a0000000000000000000001000000080000000500000005ffff'::bytea) IS NOT NULL AS empty_file,
	lo_from_bytea(424203, '\x5047434f50590aff0d0a000000000000000000000100000008000000007fffffffffff'::bytea) IS NOT NULL AS infinite_end_file;
-- a start of +infinity (never valid)
SELECT lo_from_bytea(424204, '\x5047434f50590aff0d0a0000000000000000000001000000087fffffff7fffffffffff'::bytea) IS NOT NULL AS bad_start_file;
SELECT lo_export(424201, 'costshare_period_good.bin'), lo_export(424202, 'costshare_period_empty.bin'),
	lo_export(424203, 'costshare_period_infinite.bin'),
	lo_export(424204, 'costshare_period_bad_start.bin');
COPY period_bin FROM 'costshare_period_good.bin' WITH (FORMAT binary);
COPY period_bin FROM 'costshare_period_empty.bin' WITH (FORMAT binary);
COPY period_bin FROM 'costshare_period_infinite.bin' WITH (FORMAT binary);
COPY period_bin FROM 'costshare_period_bad_start.bin' WITH (FORMAT binary);
SELECT * FROM period_bin;
SELECT lo_unlink(424201), lo_unlink(424202), lo_unlink(424203), lo_unlink(424204);
DROP TABLE period_bin;

-- the type is what the issue asks: 8 bytes, by value
SELECT typlen, typbyval FROM pg_type WHERE typname = 'agreement_period';
