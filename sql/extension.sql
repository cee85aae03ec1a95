--
-- The extension installs, drops and installs again cleanly.
--
-- pg_regress has already created it (REGRESS_OPTS --load-extension).
SELECT extname, extversion = default_version AS current_version
FROM pg_extension JOIN pg_available_extensions ON name = extname
WHERE extname = 'costshare';

DROP EXTENSION costshare;
-- nothing of the module's is left behind: no C function, no shell type
SELECT count(*) AS leftover_c_functions FROM pg_proc WHERE probin LIKE '%costshare%';
SELECT count(*) AS leftover_types FROM pg_type
WHERE typname IN ('currency', 'currency_amount', 'agreement_period', 'fiscal_calendar');

CREATE EXTENSION costshare;
SELECT extname, extrelocatable FROM pg_extension WHERE extname = 'costshare';
