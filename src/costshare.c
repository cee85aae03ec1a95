/*
 * costshare.c
 *		The module's single magic block (with name and version on
 *		PostgreSQL 18 and later: see common/compat.h).
 *
 * Everything else lives in one folder per type under src/; this file exists
 * so that no type's source has to own the module-wide marker.
 */
#include "postgres.h"
#include "fmgr.h"

#include "common/compat.h"

COSTSHARE_MODULE_MAGIC;
