-- prorate and prorate_minor_units return their rows one per call and keep
-- the split of the amount in progress between calls: a set given up part
-- way (LIMIT inside a LATERAL subquery, rescanned for every outer row) must
-- not leak into the next amount's rows.
CREATE TEMP TABLE rescan_amounts (k int, amount currency_amount, period agreement_period);
INSERT INTO rescan_amounts VALUES
	(1, '1000 JPY', agreement_period('2020-01-01', '2023-02-01')),
	(2, '2000 JPY', agreement_period('2015-06-01', '2018-06-01')),
	(3, '3000 JPY', agreement_period('2021-05-01', '2021-06-01')),
	(4, '4000 JPY', agreement_period('2010-01-01', '2012-01-01'));

-- the first piece of each amount only
SELECT t.k, f.fiscal_year, f.part, f.share
FROM rescan_amounts t,
	LATERAL (SELECT a.* FROM prorate(t.amount, t.period, 'jp') a LIMIT 1) f
ORDER BY t.k;
SELECT t.k, f.fiscal_year, f.part, f.share
FROM rescan_amounts t,
	LATERAL (SELECT a.* FROM prorate_minor_units(minor_units(t.amount), t.period, 'jp') a LIMIT 1) f
ORDER BY t.k;

-- the whole split of each amount still sums to it, piece by piece in year order
SELECT t.k, count(*) AS pieces, sum(minor_units(a.share)) = minor_units(t.amount) AS exact,
	array_agg(a.fiscal_year ORDER BY a.fiscal_year) AS years
FROM rescan_amounts t, LATERAL prorate(t.amount, t.period, 'jp', 'months') a
GROUP BY t.k, t.amount ORDER BY t.k;

-- only the shares, only the years: the same rows
SELECT t.k, count(*) FROM rescan_amounts t, LATERAL prorate(t.amount, t.period, 'jp') a
GROUP BY t.k ORDER BY t.k;

-- NULL gives no rows; the helpers refuse a year the period does not touch
SELECT count(*) FROM prorate(NULL, agreement_period('2020-01-01', '2021-01-01'), 'jp');
SELECT count(*) FROM prorate('1 JPY', NULL, 'jp');
SELECT costshare_internal.prorate_share('1000 JPY', agreement_period('2020-01-01', '2021-01-01'), 'jp', 'days', 2021);
SELECT costshare_internal.prorate_share('1000 JPY', agreement_period('2020-01-01', '2021-01-01'), 'jp', 'days', 2018);
SELECT costshare_internal.prorate_share('1000 JPY', agreement_period('2020-01-01', '2021-01-01'), 'jp', 'days', 2019);

-- In a target list, as burden_allocation calls them: an amount within one
-- fiscal year (k 3 and 5) is its own only piece, whole, and keeps no state,
-- between amounts split over several years; every row's three values in
-- their places, the composite equal to the one written out, and a NULL
-- argument gives no row (k 6).
INSERT INTO rescan_amounts VALUES
	(5, '-77 JPY', agreement_period('2021-04-01', '2022-04-01')),
	(6, NULL, agreement_period('2021-04-01', '2021-05-01')),
	(7, '5 JPY', agreement_period('2022-03-31', '2022-04-02'));
SELECT s.k, (s.p).fiscal_year, (s.p).part, (s.p).share,
	s.p = ROW((s.p).fiscal_year, (s.p).part, (s.p).share)::fiscal_year_share AS same_row
FROM (SELECT t.k, costshare_internal.prorate_pieces(t.amount, t.period, 'jp', 'days') AS p
	  FROM rescan_amounts t) s
ORDER BY s.k, (s.p).fiscal_year;
SELECT s.k, (s.p).fiscal_year, (s.p).part, (s.p).share
FROM (SELECT t.k, costshare_internal.prorate_minor_units_pieces(minor_units(t.amount), t.period, 'jp', 'equal') AS p
	  FROM rescan_amounts t) s
ORDER BY s.k, (s.p).fiscal_year;
-- the years alone, in a target list and in FROM
SELECT t.k, costshare_internal.prorate_fiscal_years(t.amount, t.period, 'jp', 'days') AS fiscal_year
FROM rescan_amounts t ORDER BY 1, 2;
SELECT t.k, y.fiscal_year
FROM rescan_amounts t,
	LATERAL costshare_internal.prorate_fiscal_years(t.amount, t.period, 'jp', 'days') AS y(fiscal_year)
ORDER BY 1, 2;

-- The rows are made for the row type as the extension made it: altered, it
-- is refused with a clear error, not filled wrongly.
BEGIN;
ALTER TYPE fiscal_year_share ADD ATTRIBUTE note text;
SELECT costshare_internal.prorate_pieces('1000 JPY', agreement_period('2020-01-01', '2021-01-01'), 'jp', 'days');
ROLLBACK;
