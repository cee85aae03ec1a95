/*
 * currency.h
 *		The currency type: an ISO 4217 currency, by its alphabetic code.
 *
 * A currency is stored as its three-letter code packed into 16 bits, base 26
 * ("AAA" = 0, "ZZZ" = 17575), so the stored value means the same code
 * whatever the catalog compiled into a later build says about it, and the
 * numeric order of packed values is the alphabetical order of the codes.
 * The catalog (numeric code, minor units, name, historic or not) is looked
 * up from the code; it is never stored.
 */
#ifndef COSTSHARE_CURRENCY_H
#define COSTSHARE_CURRENCY_H

#include "postgres.h"
#include "fmgr.h"

typedef uint16 Currency;

#define CURRENCY_MAX_PACKED		(26 * 26 * 26 - 1)

#define DatumGetCurrency(X)		((Currency) DatumGetUInt16(X))
#define CurrencyGetDatum(X)		UInt16GetDatum(X)
#define PG_GETARG_CURRENCY(n)	DatumGetCurrency(PG_GETARG_DATUM(n))
#define PG_RETURN_CURRENCY(x)	return CurrencyGetDatum(x)

/* minor_units of a code whose ISO entry says "N.A." (XAU, XDR, XXX, ...) */
#define CURRENCY_MINOR_UNITS_NA	(-1)

typedef struct CurrencyInfo
{
	char		code[4];		/* "JPY" */
	int16		numeric_code;	/* 392 */
	int8		minor_units;	/* 0..4, or CURRENCY_MINOR_UNITS_NA */
	bool		historic;		/* on ISO's list of withdrawn codes */
	const char *name;			/* English name, as ISO gives it */
} CurrencyInfo;

/* The catalog entry of a currency, or NULL if the code is not in it. */
extern const CurrencyInfo *currency_lookup(Currency c);

/*
 * Parse a three-letter code (any case) that must be in the catalog.  Returns
 * false, having reported through escontext, if it is not.
 */
extern bool currency_from_code(const char *code, int len, Currency *result,
							   struct Node *escontext);

/*
 * The currency of the three bytes of a code in a binary value of the type
 * named: an error (22P03) if they are not a code in the catalog.
 */
extern Currency currency_from_binary_code(const char *code, const char *type_name);

/* Write the code as three upper-case letters and a NUL. */
extern void currency_code(Currency c, char *out);

#endif							/* COSTSHARE_CURRENCY_H */
