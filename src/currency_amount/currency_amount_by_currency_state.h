/*
 * currency_amount_by_currency_state.h
 *		The transition state of sum_by_currency(currency_amount).
 *
 * A varlena SQL type rather than internal, for the reason sum's state is a
 * SQL type (currency_amount_sum_state.h): partial states travel between
 * servers through the type's text or binary form, so a sharding layer such
 * as Citus can compute them on its workers and combine them on its
 * coordinator, and parallel workers need no serialize/deserialize step.
 *
 * The value is a version byte and one entry per currency seen, sorted by
 * currency (that is, by code), each currency once.  A column rarely holds
 * more than a handful of currencies, so a sorted array with a remembered
 * last position beats a hash table, and a row of a currency already seen
 * updates its entry in place.
 */
#ifndef COSTSHARE_CURRENCY_AMOUNT_BY_CURRENCY_STATE_H
#define COSTSHARE_CURRENCY_AMOUNT_BY_CURRENCY_STATE_H

#include "postgres.h"
#include "fmgr.h"

#include "../common/compat.h"
#include "../currency/currency.h"

#define BY_CURRENCY_STATE_VERSION 1

typedef struct ByCurrencyEntry
{
	int128		sum;			/* in units of 10^-scale */
	int64		count;			/* rows summed, at least 1 */
	Currency	currency;
	int8		scale;			/* the finest scale of the rows summed */
	uint8		padding[5];		/* always zero */
} ByCurrencyEntry;

StaticAssertDecl(sizeof(ByCurrencyEntry) == 32, "a sum_by_currency entry must be 32 bytes");

typedef struct ByCurrencyState
{
	int32		vl_len_;		/* varlena header (do not touch directly!) */
	uint8		version;		/* BY_CURRENCY_STATE_VERSION */
	uint8		padding;		/* always zero */
	uint16		last;			/* entry touched last: a search hint, never sent */
	ByCurrencyEntry entries[FLEXIBLE_ARRAY_MEMBER];
} ByCurrencyState;

StaticAssertDecl(offsetof(ByCurrencyState, entries) == 8,
				 "sum_by_currency entries start at a multiple of 8 bytes");

#define BY_CURRENCY_STATE_SIZE(n)	(offsetof(ByCurrencyState, entries) + (Size) (n) * sizeof(ByCurrencyEntry))
#define BY_CURRENCY_STATE_N(st)		((int) ((VARSIZE(st) - offsetof(ByCurrencyState, entries)) / sizeof(ByCurrencyEntry)))

pg_noreturn extern void currency_amount_by_currency_error_range(Currency c);

#endif							/* COSTSHARE_CURRENCY_AMOUNT_BY_CURRENCY_STATE_H */
