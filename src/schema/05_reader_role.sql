/*
 * costshare_reader: may read the burden views, not the tables.
 *
 * Roles belong to the cluster, not to a database, so the role is created
 * only if no database has created it before, and DROP EXTENSION leaves it
 * (doc/schema.md says how to remove it).  An existing role of that name
 * that can log in is not ours to take over.
 */
DO $$
DECLARE
	existing_can_login boolean;
BEGIN
	SELECT rolcanlogin INTO existing_can_login
	FROM pg_catalog.pg_roles WHERE rolname = 'costshare_reader';
	IF NOT FOUND THEN
		CREATE ROLE costshare_reader NOLOGIN;
		COMMENT ON ROLE costshare_reader IS
			'May read the costshare burden views (not the tables); grant it to report users';
	ELSIF existing_can_login THEN
		RAISE EXCEPTION 'role "costshare_reader" exists and can log in'
			USING ERRCODE = 'duplicate_object',
				DETAIL = 'costshare grants read access to its views to the NOLOGIN role costshare_reader.',
				HINT = 'Rename or alter the existing role (ALTER ROLE costshare_reader NOLOGIN) and create the extension again.';
	END IF;
END
$$;

GRANT USAGE ON SCHEMA @extschema@ TO costshare_reader;
