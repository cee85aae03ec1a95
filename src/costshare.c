/*
 * costshare.c
 *		The module's single magic block (with name and version on
 *		PostgreSQL 18 and later: see common/compat.h).
 *
 * Everything else lives in one folder per type under src/; this file exists
 * so that no type's source has to own the module-wide marker, nor the
 * module's _PG_init, which asks each room to define its settings.
 */
#include "postgres.h"
#include "fmgr.h"
#include "utils/guc.h"

#include "common/compat.h"
#include "currency_amount/currency_amount_canonical.h"

COSTSHARE_MODULE_MAGIC;

void		_PG_init(void);

void
_PG_init(void)
{
	currency_amount_define_settings();
	/* no other costshare.* name is a setting: a misspelt one is an error */
	MarkGUCPrefixReserved("costshare");
}
