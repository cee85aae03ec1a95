--
-- fiscal_years and fiscal_pieces: splitting a period by one or several calendars.
--
SELECT * FROM fiscal_years('JFY2016..JFY2020', 'jp');
SELECT * FROM fiscal_years('JFY2016..JFY2020', 'us_federal');
SELECT * FROM fiscal_years('[2019-04-15,2020-03-01)', 'jp');   -- partial, inside one year
SELECT * FROM fiscal_years('[2020-03-31,2020-04-02)', 'jp');   -- two days, two years
SELECT * FROM fiscal_years('2020-02-29..2020-02-29', 'uk');    -- leap day
SELECT * FROM fiscal_years('[2021-01-01,2023-01-01)', 'uk_tax');
SELECT * FROM fiscal_years('[2021-01-01,)', 'jp');
SELECT * FROM fiscal_years('[,2021-01-01)', 'jp');

-- the parts tile the period, each inside its year; whole exactly when it is the year
SELECT count(*) AS periods,
	count(*) FILTER (WHERE covered <> days(p)) AS bad_days,
	count(*) FILTER (WHERE NOT tiled) AS bad_tiling,
	count(*) FILTER (WHERE NOT inside) AS bad_parts
FROM (
	SELECT p, sum(y.days) AS covered,
		bool_and(y.part <@ p AND y.part <@ fiscal_year_period(y.fiscal_year, c)
			AND y.whole = (y.part = fiscal_year_period(y.fiscal_year, c))
			AND y.days = days(y.part) AND y.label = fiscal_year_label(y.fiscal_year, c)) AS inside,
		min(y.part) = min(y.part) FILTER (WHERE lower(y.part) = lower(p))
			AND max(y.part) = max(y.part) FILTER (WHERE upper(y.part) = upper(p))
			AND count(*) = max(y.fiscal_year) - min(y.fiscal_year) + 1 AS tiled
	FROM generate_series(0, 2999) i,
		LATERAL (SELECT agreement_period('2015-01-01'::date + (i * 7919) % 3000,
			'2015-01-01'::date + (i * 7919) % 3000 + 1 + (i * 104729) % 2000) AS p) x,
		(VALUES ('jp'::fiscal_calendar), ('us_federal'), ('uk_tax')) w(c),
		LATERAL fiscal_years(p, c) y
	GROUP BY p, c
) s;

-- the common refinement of the Japanese and US federal years
SELECT * FROM fiscal_pieces('JFY2016..JFY2017', ARRAY['jp', 'us_federal']::fiscal_calendar[]);
SELECT * FROM fiscal_pieces('[2016-04-05,2016-10-02)', ARRAY['jp', 'us_federal', 'uk_tax', 'calendar']::fiscal_calendar[]);
SELECT * FROM fiscal_pieces('JFY2016', '{}');
SELECT * FROM fiscal_pieces('JFY2016', ARRAY['jp', NULL]::fiscal_calendar[]);
SELECT * FROM fiscal_pieces('[2016-04-01,)', ARRAY['jp']::fiscal_calendar[]);

-- pieces tile the period and each lies inside one fiscal year of every calendar
SELECT count(*) AS periods, count(*) FILTER (WHERE NOT ok) AS bad
FROM (
	SELECT p, sum(f.days) = days(p)
		AND bool_and(f.part <@ fiscal_year_period(f.fiscal_years[1], 'jp')
			AND f.part <@ fiscal_year_period(f.fiscal_years[2], 'us_federal')
			AND f.labels[1] = fiscal_year_label(f.fiscal_years[1], 'jp')
			AND f.labels[2] = fiscal_year_label(f.fiscal_years[2], 'us_federal')) AS ok
	FROM generate_series(0, 999) i,
		LATERAL (SELECT agreement_period('2015-01-01'::date + (i * 7919) % 3000,
			'2015-01-01'::date + (i * 7919) % 3000 + 1 + (i * 104729) % 2000) AS p) x,
		LATERAL fiscal_pieces(p, ARRAY['jp', 'us_federal']::fiscal_calendar[]) f
	GROUP BY p
) s;
