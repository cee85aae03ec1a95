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

#include "fmgr.h"
#include "access/tupdesc.h"

#include "../agreement_period/agreement_period.h"
#include "../fiscal_calendar/fiscal_calendar.h"

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

/*
 * The two steps of prorate(), into the caller's buffers (scratch: 2n).
 * prorate_count also gives the first fiscal year, which prorate_fill takes
 * back rather than computing it again.
 */
extern int	prorate_count(AgreementPeriod p, FiscalCalendar c, int *first);
extern void prorate_fill(int64 total, AgreementPeriod p, FiscalCalendar c,
						 ProrationMethod method, int first, ProrationPiece *out,
						 int n, int64 *scratch);

/*
 * Value-per-call support for the allocation functions: the next piece of
 * the split (computed on the first call of each set), or NULL at the end;
 * then proration_srf_tuple makes the row of the piece from its three
 * values (fiscal year, part, share).
 */
extern ProrationPiece *proration_srf_next(FunctionCallInfo fcinfo, int64 total,
										  AgreementPeriod p, FiscalCalendar c,
										  ProrationMethod method);
extern Datum proration_srf_tuple(FunctionCallInfo fcinfo, Datum *values);

#endif							/* COSTSHARE_PRORATION_H */
