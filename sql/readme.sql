--
-- The examples of README.md's "A quick look", so the README cannot drift from
-- what the extension does.
--
SELECT '1兆551億円'::currency_amount;
SELECT '$1.91 billion'::currency_amount;
SELECT '946.5 billion yen'::currency_amount / 5;
SELECT format_amount('JPY 1055100000000', 'kanji');
SELECT allocate('USD 100.00', ARRAY[1, 1, 1]);
SELECT 'JFY2016..JFY2020'::agreement_period;
SELECT fiscal_year(DATE '2021-10-01', 'us_federal');
SELECT * FROM prorate('946500000000 JPY', 'JFY2016..JFY2020', 'jp', 'equal');
-- the worked example of "Proration, in short"
SELECT fiscal_year, share FROM prorate('946500000000 JPY', 'JFY2016..JFY2020', 'jp', 'days');
SELECT fiscal_year, share FROM prorate('946500000000 JPY', 'JFY2016..JFY2020', 'us_federal', 'equal')
WHERE fiscal_year = 2016;
