/*
 * agreement_period_gist.c
 *		GiST operator class for agreement_period.
 *
 * The key of every entry, leaf or inner, is itself an agreement_period: an
 * inner key is the smallest period covering its children.  Because the key
 * is the indexed value unchanged there are no compress, decompress or fetch
 * functions, and GiST can then return keys for index-only scans as they are.
 * Leaf checks are exact, so nothing needs a recheck.  CREATE INDEX on a
 * filled table sorts the periods by centre and packs the pages in that
 * order (the sorted build of PostgreSQL 14 and later) instead of inserting
 * them one by one.
 */
#include "postgres.h"

#include "access/gist.h"
#include "access/stratnum.h"
#include "utils/sortsupport.h"

#include "agreement_period.h"

/* strategy numbers, as the range GiST opclass numbers them */
#define AP_LEFT			RTLeftStrategyNumber			/* << */
#define AP_OVERLEFT		RTOverLeftStrategyNumber		/* &< */
#define AP_OVERLAPS		RTOverlapStrategyNumber			/* && */
#define AP_OVERRIGHT	RTOverRightStrategyNumber		/* &> */
#define AP_RIGHT		RTRightStrategyNumber			/* >> */
#define AP_ADJACENT		RTAdjacentStrategyNumber		/* -|- */
#define AP_CONTAINS		RTContainsStrategyNumber		/* @> period */
#define AP_CONTAINED_BY	RTContainedByStrategyNumber		/* <@ period */
#define AP_CONTAINS_DATE RTContainsElemStrategyNumber	/* @> date */
#define AP_EQUAL		RTEqualStrategyNumber			/* = */

PG_FUNCTION_INFO_V1(gagreement_period_consistent);
PG_FUNCTION_INFO_V1(gagreement_period_union);
PG_FUNCTION_INFO_V1(gagreement_period_penalty);
PG_FUNCTION_INFO_V1(gagreement_period_picksplit);
PG_FUNCTION_INFO_V1(gagreement_period_same);
PG_FUNCTION_INFO_V1(gagreement_period_sortsupport);

/*
 * A leaf key is the indexed period: each strategy is the very predicate its
 * operator calls (agreement_period.h), so the index returns exactly the rows
 * a scan would.
 */
static bool
leaf_consistent(AgreementPeriod k, Datum query, StrategyNumber strategy)
{
	AgreementPeriod q;

	if (strategy == AP_CONTAINS_DATE)
		return agreement_period_contains_date_internal(k, DatumGetDateADT(query));
	q = DatumGetAgreementPeriod(query);
	switch (strategy)
	{
		case AP_LEFT:
			return agreement_period_left_internal(k, q);
		case AP_OVERLEFT:
			return agreement_period_overleft_internal(k, q);
		case AP_OVERLAPS:
			return agreement_period_overlaps_internal(k, q);
		case AP_OVERRIGHT:
			return agreement_period_overright_internal(k, q);
		case AP_RIGHT:
			return agreement_period_right_internal(k, q);
		case AP_ADJACENT:
			return agreement_period_adjacent_internal(k, q);
		case AP_CONTAINS:
			return agreement_period_contains_internal(k, q);
		case AP_CONTAINED_BY:
			return agreement_period_contains_internal(q, k);
		case AP_EQUAL:
			return agreement_period_equal_internal(k, q);
	}
	elog(ERROR, "unrecognized agreement_period strategy number: %d", strategy);
	return false;
}

/*
 * Could some period inside the cover k satisfy the strategy?  Each test
 * follows from lower < upper holding for every leaf.
 */
static bool
inner_consistent(AgreementPeriod k, Datum query, StrategyNumber strategy)
{
	AgreementPeriod q;

	if (strategy == AP_CONTAINS_DATE)
		return agreement_period_contains_date_internal(k, DatumGetDateADT(query));
	q = DatumGetAgreementPeriod(query);
	switch (strategy)
	{
		case AP_LEFT:
			return k.lower < q.lower;
		case AP_OVERLEFT:
			return k.lower < q.upper;
		case AP_OVERLAPS:
		case AP_CONTAINED_BY:
			return agreement_period_overlaps_internal(k, q);
		case AP_OVERRIGHT:
			return k.upper > q.lower;
		case AP_RIGHT:
			return k.upper > q.upper;
		case AP_ADJACENT:
			return (k.lower < q.lower && q.lower <= k.upper) ||
				(k.lower <= q.upper && q.upper < k.upper);
		case AP_CONTAINS:
		case AP_EQUAL:
			return agreement_period_contains_internal(k, q);
	}
	elog(ERROR, "unrecognized agreement_period strategy number: %d", strategy);
	return false;
}

Datum
gagreement_period_consistent(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	Datum		query = PG_GETARG_DATUM(1);
	StrategyNumber strategy = (StrategyNumber) PG_GETARG_UINT16(2);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(4);
	AgreementPeriod k = DatumGetAgreementPeriod(entry->key);

	*recheck = false;
	if (GIST_LEAF(entry))
		PG_RETURN_BOOL(leaf_consistent(k, query, strategy));
	PG_RETURN_BOOL(inner_consistent(k, query, strategy));
}

Datum
gagreement_period_union(PG_FUNCTION_ARGS)
{
	GistEntryVector *entryvec = (GistEntryVector *) PG_GETARG_POINTER(0);
	AgreementPeriod r = DatumGetAgreementPeriod(entryvec->vector[0].key);
	int			i;

	for (i = 1; i < entryvec->n; i++)
	{
		AgreementPeriod p = DatumGetAgreementPeriod(entryvec->vector[i].key);

		r.lower = Min(r.lower, p.lower);
		r.upper = Max(r.upper, p.upper);
	}
	PG_RETURN_AGREEMENT_PERIOD(r);
}

/* How many days the cover must grow by to take the new entry in. */
Datum
gagreement_period_penalty(PG_FUNCTION_ARGS)
{
	GISTENTRY  *origentry = (GISTENTRY *) PG_GETARG_POINTER(0);
	GISTENTRY  *newentry = (GISTENTRY *) PG_GETARG_POINTER(1);
	float	   *penalty = (float *) PG_GETARG_POINTER(2);
	AgreementPeriod o = DatumGetAgreementPeriod(origentry->key);
	AgreementPeriod n = DatumGetAgreementPeriod(newentry->key);
	int64		grow = 0;

	if (n.lower < o.lower)
		grow += (int64) o.lower - n.lower;
	if (n.upper > o.upper)
		grow += (int64) n.upper - o.upper;
	*penalty = (float) grow;
	PG_RETURN_POINTER(penalty);
}

typedef struct CentreItem
{
	int64		centre2;		/* lower + upper: twice the centre, exact */
	int64		width;
	OffsetNumber offset;
} CentreItem;

static int
centre_item_cmp(const void *a, const void *b)
{
	const CentreItem *x = (const CentreItem *) a;
	const CentreItem *y = (const CentreItem *) b;

	if (x->centre2 != y->centre2)
		return (x->centre2 < y->centre2) ? -1 : 1;
	if (x->width != y->width)
		return (x->width < y->width) ? -1 : 1;
	return (x->offset > y->offset) - (x->offset < y->offset);
}

/* Sort the entries by centre and cut the list in half, as contrib/seg does. */
Datum
gagreement_period_picksplit(PG_FUNCTION_ARGS)
{
	GistEntryVector *entryvec = (GistEntryVector *) PG_GETARG_POINTER(0);
	GIST_SPLITVEC *v = (GIST_SPLITVEC *) PG_GETARG_POINTER(1);
	OffsetNumber maxoff = entryvec->n - 1;
	int			nitems = maxoff - FirstOffsetNumber + 1;
	CentreItem *items = palloc(sizeof(CentreItem) * nitems);
	int			half;
	int			i;
	AgreementPeriod left = {0, 0};
	AgreementPeriod right = {0, 0};

	for (i = 0; i < nitems; i++)
	{
		OffsetNumber off = FirstOffsetNumber + i;
		AgreementPeriod p = DatumGetAgreementPeriod(entryvec->vector[off].key);

		items[i].centre2 = (int64) p.lower + (int64) p.upper;
		items[i].width = (int64) p.upper - (int64) p.lower;
		items[i].offset = off;
	}
	qsort(items, nitems, sizeof(CentreItem), centre_item_cmp);

	half = nitems / 2;
	v->spl_left = palloc(sizeof(OffsetNumber) * nitems);
	v->spl_right = palloc(sizeof(OffsetNumber) * nitems);
	v->spl_nleft = 0;
	v->spl_nright = 0;
	for (i = 0; i < nitems; i++)
	{
		AgreementPeriod p = DatumGetAgreementPeriod(entryvec->vector[items[i].offset].key);

		if (i < half)
		{
			if (v->spl_nleft == 0)
				left = p;
			left.lower = Min(left.lower, p.lower);
			left.upper = Max(left.upper, p.upper);
			v->spl_left[v->spl_nleft++] = items[i].offset;
		}
		else
		{
			if (v->spl_nright == 0)
				right = p;
			right.lower = Min(right.lower, p.lower);
			right.upper = Max(right.upper, p.upper);
			v->spl_right[v->spl_nright++] = items[i].offset;
		}
	}
	v->spl_ldatum = AgreementPeriodGetDatum(left);
	v->spl_rdatum = AgreementPeriodGetDatum(right);
	pfree(items);
	PG_RETURN_POINTER(v);
}

Datum
gagreement_period_same(PG_FUNCTION_ARGS)
{
	Datum		a = PG_GETARG_DATUM(0);
	Datum		b = PG_GETARG_DATUM(1);
	bool	   *result = (bool *) PG_GETARG_POINTER(2);

	*result = (a == b);
	PG_RETURN_POINTER(result);
}

/*
 * Order for the sorted build: by centre, then by width, the order picksplit
 * cuts in; neighbours in it overlap most, so packed pages get tight covers.
 */
static int
gagreement_period_fastcmp(Datum a, Datum b, SortSupport ssup)
{
	AgreementPeriod x = DatumGetAgreementPeriod(a);
	AgreementPeriod y = DatumGetAgreementPeriod(b);
	int64		cx = (int64) x.lower + x.upper;
	int64		cy = (int64) y.lower + y.upper;

	if (cx != cy)
		return (cx < cy) ? -1 : 1;
	if (x.lower != y.lower)
		return (x.lower > y.lower) ? -1 : 1;	/* wider first */
	return 0;
}

Datum
gagreement_period_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	ssup->comparator = gagreement_period_fastcmp;
	PG_RETURN_VOID();
}
