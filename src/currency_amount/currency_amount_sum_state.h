/*
 * currency_amount_sum_state.h
 *		The transition state of sum(currency_amount) and avg(currency_amount).
 *
 * A fixed-length SQL type rather than internal, so that partial aggregates
 * can be shipped between servers (parallel workers need nothing more; a
 * sharding layer such as Citus can send it through its text or binary form)
 * and combined with currency_amount_sum_combine.  The int128 accumulator
 * cannot overflow for any number of rows a table can hold; only the final
 * result is range-checked.
 */
#ifndef COSTSHARE_CURRENCY_AMOUNT_SUM_STATE_H
#define COSTSHARE_CURRENCY_AMOUNT_SUM_STATE_H

#include "postgres.h"
#include "fmgr.h"

#include "../currency/currency.h"

#define CURRENCY_AMOUNT_SUM_STATE_VERSION 1

typedef struct CurrencyAmountSumState
{
	int128		sum;			/* in units of 10^-scale */
	int64		count;			/* rows summed; 0 = no row yet */
	Currency	currency;		/* meaningful once count > 0 */
	int8		scale;
	uint8		version;		/* CURRENCY_AMOUNT_SUM_STATE_VERSION */
	uint32		padding;		/* always zero */
} CurrencyAmountSumState;

StaticAssertDecl(sizeof(CurrencyAmountSumState) == 32, "sum state must be 32 bytes");

#define DatumGetCurrencyAmountSumStateP(X)	((CurrencyAmountSumState *) DatumGetPointer(X))
#define CurrencyAmountSumStatePGetDatum(X)	PointerGetDatum(X)
#define PG_GETARG_CURRENCY_AMOUNT_SUM_STATE_P(n) DatumGetCurrencyAmountSumStateP(PG_GETARG_DATUM(n))
#define PG_RETURN_CURRENCY_AMOUNT_SUM_STATE_P(x) return CurrencyAmountSumStatePGetDatum(x)

#endif							/* COSTSHARE_CURRENCY_AMOUNT_SUM_STATE_H */
