/*
 * proration.h
 *		Exact split of an amount over the fiscal years of a period.
 *
 * The amount is an int64 count of minor units; the parts always sum to it
 * exactly (largest remainder, see common/largest_remainder.h).  The
 * currency_amount allocate() and the bigint allocate_minor_units() are both
 * thin wrappers around prorate().
 */
#ifndef COSTSHARE_PRORATION_H
#define COSTSHARE_PRORATION_H

#include "postgres.h"

#include "agreement_period/agreement_period.h"
#include "fiscal_calendar/fiscal_calendar.h"

typedef enum ProrationMethod
{
	PRORATE_DAYS,				/* weight = days of the piece */
	PRORATE_EQUAL,				/* weight = days of the piece / days of its year */
	PRORATE_MONTHS				/* weight = months of the piece, partial by days */
} ProrationMethod;

typedef struct ProrationPiece
{
	int			fiscal_year;
	AgreementPeriod part;		/* the piece of the period in that year */
	int64		weight;			/* exact integer weight, per the method */
	int64		share;			/* minor units given to the piece */
} ProrationPiece;

/* Parse 'days', 'equal' or 'months'; 22023 for anything else. */
extern ProrationMethod proration_method_from_text(text *method);

/*
 * Split total over the fiscal years of calendar c that period p touches.
 * Returns the number of pieces; *pieces is palloc'd.  An infinite period is
 * an error.
 */
extern int	prorate(int64 total, AgreementPeriod p, FiscalCalendar c,
					ProrationMethod method, ProrationPiece **pieces);

#endif							/* COSTSHARE_PRORATION_H */
