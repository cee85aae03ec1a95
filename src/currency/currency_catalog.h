/*
 * currency_catalog.h
 *		The compiled-in ISO 4217 catalog, sorted by alphabetic code.
 */
#ifndef COSTSHARE_CURRENCY_CATALOG_H
#define COSTSHARE_CURRENCY_CATALOG_H

#include "currency.h"

extern const CurrencyInfo currency_catalog[];
extern const int currency_catalog_size;

#endif							/* COSTSHARE_CURRENCY_CATALOG_H */
