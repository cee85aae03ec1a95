-- The module's magic block names the module and its version on PostgreSQL
-- 18, where PG_MODULE_MAGIC_EXT and pg_get_loaded_modules() arrived
-- (src/common/compat.h): the version must be the extension's.
-- expected/module_magic.out is 18's output; expected/module_magic_1.out is
-- that of 15 to 17, which have no pg_get_loaded_modules().
SELECT 'EUR 1.00'::currency_amount IS NOT NULL AS loaded;
SELECT module_name,
	   version = (SELECT extversion FROM pg_extension WHERE extname = 'costshare') AS version_is_extversion,
	   file_name
FROM pg_get_loaded_modules()
WHERE file_name LIKE 'costshare%';
