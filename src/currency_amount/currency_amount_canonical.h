/*
 * currency_amount_canonical.h
 *		A fast path for text input in the canonical form, the output form
 *		("JPY 1055100000000", "USD -12.50").
 *
 * Loading dumped or exported amounts reads nothing but this form; the full
 * parser (currency_amount_parse.c) reads every form people write, at several
 * times the cost.  The fast path decides only what it can decide with
 * certainty and gives everything else, errors included, to the full parser.
 */
#ifndef COSTSHARE_CURRENCY_AMOUNT_CANONICAL_H
#define COSTSHARE_CURRENCY_AMOUNT_CANONICAL_H

#include "currency_amount.h"

/* costshare.parse_fast_path: a testing and diagnostic switch, on by default */
extern bool currency_amount_parse_fast_path;

/*
 * Read str if it is in the canonical form and a valid amount: fill *result
 * exactly as the full parser and currency_amount_in would, and return true.
 * Return false, reporting nothing, for anything else.
 */
extern bool currency_amount_parse_canonical(const char *str, CurrencyAmount *result);

/* the room's settings, defined from the module's _PG_init */
extern void currency_amount_define_settings(void);

#endif							/* COSTSHARE_CURRENCY_AMOUNT_CANONICAL_H */
