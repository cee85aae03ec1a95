/*
 * currency_amount.h
 *		The currency_amount type: an exact amount of money with its currency.
 *
 * Fixed length, 16 bytes, passed by reference.  The value is
 * units * 10^-scale of the currency; scale is stored in the value (it is the
 * currency's minor units when the value was made) so that a stored amount's
 * meaning never depends on the catalog compiled into the server.
 */
#ifndef COSTSHARE_CURRENCY_AMOUNT_H
#define COSTSHARE_CURRENCY_AMOUNT_H

#include "postgres.h"
#include "fmgr.h"

#include "../currency/currency.h"

/* version of the on-disk and binary layout below */
#define CURRENCY_AMOUNT_LAYOUT_VERSION 1

typedef struct CurrencyAmount
{
	int64		units;			/* count of minor units */
	Currency	currency;		/* packed ISO 4217 alphabetic code */
	int8		scale;			/* number of minor digits: value = units / 10^scale */
	uint8		version;		/* CURRENCY_AMOUNT_LAYOUT_VERSION */
	uint32		padding;		/* always zero, so equal values are byte-equal */
} CurrencyAmount;

StaticAssertDecl(sizeof(CurrencyAmount) == 16, "currency_amount must be 16 bytes");

#define DatumGetCurrencyAmountP(X)		((CurrencyAmount *) DatumGetPointer(X))
#define CurrencyAmountPGetDatum(X)		PointerGetDatum(X)
#define PG_GETARG_CURRENCY_AMOUNT_P(n)	DatumGetCurrencyAmountP(PG_GETARG_DATUM(n))
#define PG_RETURN_CURRENCY_AMOUNT_P(x)	return CurrencyAmountPGetDatum(x)

/*
 * Make a value: the constructors every room uses (the allocations of
 * proration/ build their shares with them), so that version and padding are
 * always set as the layout requires.
 */
static inline CurrencyAmount *
currency_amount_make(CurrencyAmount *result, int64 units, Currency currency, int scale)
{
	result->units = units;
	result->currency = currency;
	result->scale = (int8) scale;
	result->version = CURRENCY_AMOUNT_LAYOUT_VERSION;
	result->padding = 0;
	return result;
}

static inline CurrencyAmount *
currency_amount_new(int64 units, Currency currency, int scale)
{
	return currency_amount_make((CurrencyAmount *) palloc(sizeof(CurrencyAmount)),
								units, currency, scale);
}

#endif							/* COSTSHARE_CURRENCY_AMOUNT_H */
