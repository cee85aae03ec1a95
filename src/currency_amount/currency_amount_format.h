/*
 * currency_amount_format.h
 *		Currency amounts written for people (format_amount).
 */
#ifndef COSTSHARE_CURRENCY_AMOUNT_FORMAT_H
#define COSTSHARE_CURRENCY_AMOUNT_FORMAT_H

#include "../currency/currency.h"

/*
 * units * 10^-scale of currency in one of the styles "symbol", "compact",
 * "words", "kanji", "japanese", "korean" or "chinese" (any case); an unknown
 * style is an error (22023).  The
 * canonical style "code" is the type's output function, not this.
 */
extern char *currency_amount_format_cstring(int64 units, int scale,
											Currency currency,
											const char *style);

#endif							/* COSTSHARE_CURRENCY_AMOUNT_FORMAT_H */
