/*
 * costshare.c
 *		The module's single PG_MODULE_MAGIC.
 *
 * Everything else lives in one folder per type under src/; this file exists
 * so that no type's source has to own the module-wide marker.
 */
#include "postgres.h"
#include "fmgr.h"

PG_MODULE_MAGIC;
