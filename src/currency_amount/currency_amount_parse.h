/*
 * currency_amount_parse.h
 *		From text as people write money to an exact decimal and a currency.
 *
 * The parser knows the grammar (codes, symbols, currency words, scale words,
 * East Asian units, signs, separators); it does not know minor units.  It
 * returns coefficient * 10^exponent exactly, and the caller fits that to the
 * currency's minor units, refusing to round.
 */
#ifndef COSTSHARE_CURRENCY_AMOUNT_PARSE_H
#define COSTSHARE_CURRENCY_AMOUNT_PARSE_H

#include "../currency/currency.h"

typedef struct ParsedAmount
{
	bool		negative;
	int128		coefficient;	/* >= 0 */
	int			exponent;		/* value = (negative ? -1 : 1) * coefficient * 10^exponent */
	Currency	currency;
} ParsedAmount;

/*
 * Parse str.  On bad input reports through escontext (22P02, naming the
 * text) and returns false; with a NULL escontext it throws.
 */
extern bool currency_amount_parse(const char *str, ParsedAmount *result,
								  struct Node *escontext);

#endif							/* COSTSHARE_CURRENCY_AMOUNT_PARSE_H */
