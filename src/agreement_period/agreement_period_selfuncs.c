/*
 * agreement_period_selfuncs.c
 *		Selectivity estimators for agreement_period's &&, @> and <@.
 *
 * agreement_period has a btree order (start, then end), so ANALYZE keeps for
 * a column of it the most common values with their frequencies and an
 * equal-height histogram of the other values in that order.  Both are lists
 * of periods, and the estimators read them as such:
 *
 *	- a most common value counts with its frequency if it satisfies the
 *	  predicate;
 *	- between two neighbouring histogram entries lie 1 / (nbounds - 1) of the
 *	  other rows.  Their starts are taken as spread evenly between the two
 *	  entries' starts, with the lengths of the entries nearby (or, when both
 *	  entries start on the same day, their ends spread evenly between the two
 *	  ends), and the share of the bucket satisfying the predicate is measured
 *	  on that interval.  A short constant (one month of ten years) then gets
 *	  its small share instead of the nearest multiple of a bucket.
 *
 * A join estimate averages the restriction estimate of one side over the
 * other side's values (its most common values and histogram entries with
 * their weights), both ways round: items each inside one of a set of
 * disjoint fiscal years then overlap about one year each.  When only one
 * side has statistics (the other a computed set, such as fiscal years made by
 * a function), the other is taken as a tiling of the known side's span into
 * as many periods as it has rows before any filter (period_tiling_sel).
 *
 * Without statistics (or against something other than a constant) the
 * estimators return the constants PostgreSQL's geometric estimators use,
 * which these replace: 0.005 for &&, 0.001 for @> and <@.
 *
 * costshare_internal.overlaps_within_key() is && as a function call, for a
 * join of rows to the periods of their own key: burden items to the fiscal
 * years of their own agreement, on "agreement = code AND
 * overlaps_within_key(period, part)".  As the operator, the overlap's
 * estimate (one year in as many as all agreements have) would be multiplied
 * by the key's, as if independent of it, and the join expected a fraction
 * of its rows, by the number of keys.  Its support function
 * (agreement_period_overlaps_support) estimates it instead as what it is
 * there, the choice among the key's own periods of the one or few an item
 * overlaps, and still lets a GiST index serve it as &&.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/stratnum.h"
#include "catalog/pg_am_d.h"
#include "catalog/pg_statistic.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "nodes/pathnodes.h"
#include "nodes/supportnodes.h"
#include "optimizer/optimizer.h"
#include "utils/lsyscache.h"
#include "utils/selfuncs.h"

#include "agreement_period.h"

#define PERIOD_OVERLAP_DEFAULT_SEL	0.005
#define PERIOD_CONTAIN_DEFAULT_SEL	0.001

/* The predicate "column OP constant". */
typedef enum PeriodSelOp
{
	PERIOD_SEL_OVERLAPS,		/* column && c */
	PERIOD_SEL_CONTAINS,		/* column @> c */
	PERIOD_SEL_CONTAINED_BY		/* column <@ c */
} PeriodSelOp;

/* The statistics of one column, copied out of pg_statistic. */
typedef struct PeriodStats
{
	double		nullfrac;
	int			nmcv;
	AgreementPeriod *mcv;
	double	   *mcvfreq;
	double		mcvsum;			/* fraction of all rows that are MCVs */
	int			nhist;
	AgreementPeriod *hist;
	double		histfrac;		/* fraction of all rows the histogram describes */
} PeriodStats;

PG_FUNCTION_INFO_V1(agreement_period_overlaps_sel);
PG_FUNCTION_INFO_V1(agreement_period_contains_sel);
PG_FUNCTION_INFO_V1(agreement_period_contained_by_sel);
PG_FUNCTION_INFO_V1(agreement_period_overlaps_joinsel);
PG_FUNCTION_INFO_V1(agreement_period_contains_joinsel);
PG_FUNCTION_INFO_V1(agreement_period_contained_by_joinsel);

static PeriodSelOp
period_sel_commute(PeriodSelOp op)
{
	switch (op)
	{
		case PERIOD_SEL_CONTAINS:
			return PERIOD_SEL_CONTAINED_BY;
		case PERIOD_SEL_CONTAINED_BY:
			return PERIOD_SEL_CONTAINS;
		default:
			return op;
	}
}

static double
period_sel_default(PeriodSelOp op)
{
	return op == PERIOD_SEL_OVERLAPS ? PERIOD_OVERLAP_DEFAULT_SEL : PERIOD_CONTAIN_DEFAULT_SEL;
}

static bool
period_pred(PeriodSelOp op, AgreementPeriod v, AgreementPeriod c)
{
	switch (op)
	{
		case PERIOD_SEL_OVERLAPS:
			return agreement_period_overlaps_internal(v, c);
		case PERIOD_SEL_CONTAINS:
			return agreement_period_contains_internal(v, c);
		case PERIOD_SEL_CONTAINED_BY:
			return agreement_period_contains_internal(c, v);
	}
	return false;
}

/* The share of [lo, hi] that lies in [from, to]; lo < hi. */
static double
interval_share(double lo, double hi, double from, double to)
{
	double		a = Max(lo, from);
	double		b = Min(hi, to);

	if (b <= a)
		return 0.0;
	return (b - a) / (hi - lo);
}

/* The share of the starts x in [lo, hi] with "[x, x + len) OP c". */
static double
start_share(PeriodSelOp op, double lo, double hi, double len, double cl, double cu)
{
	switch (op)
	{
		case PERIOD_SEL_OVERLAPS:
			/* x < cu and x + len > cl */
			return interval_share(lo, hi, cl - len, cu);
		case PERIOD_SEL_CONTAINS:
			/* x <= cl and x + len >= cu */
			return interval_share(lo, hi, cu - len, cl);
		case PERIOD_SEL_CONTAINED_BY:
			/* x >= cl and x + len <= cu */
			return interval_share(lo, hi, cl, cu - len);
	}
	return 0.0;
}

/*
 * The share of the rows between histogram entries i and i + 1 that satisfy
 * "row OP c".  Infinite ends are the extreme int32 values, which as doubles
 * still order right; a bucket with an infinite entry has no length to
 * interpolate with, so it counts its two entries.
 *
 * The rows' lengths are taken from the finite entries near the bucket, each
 * counted alike: two entries alone make a noisy length (ten-day and
 * sixty-day items side by side), and the share is not linear in the length
 * (a short constant is contained only by the longer rows), so the shares
 * are averaged over the lengths rather than the lengths first.
 */
#define PERIOD_SEL_LENGTH_WINDOW 5

static double
bucket_share(PeriodSelOp op, const AgreementPeriod *hist, int nhist, int i, AgreementPeriod c)
{
	AgreementPeriod a = hist[i];
	AgreementPeriod b = hist[i + 1];
	double		cl = (double) c.lower;
	double		cu = (double) c.upper;

	if (agreement_period_is_finite(a) && agreement_period_is_finite(b))
	{
		if (a.lower < b.lower)
		{
			/* starts spread over [a.lower, b.lower] */
			double		lo = (double) a.lower;
			double		hi = (double) b.lower;
			double		share = 0.0;
			int			n = 0;

			for (int j = Max(0, i - PERIOD_SEL_LENGTH_WINDOW);
				 j <= Min(nhist - 1, i + 1 + PERIOD_SEL_LENGTH_WINDOW); j++)
			{
				if (!agreement_period_is_finite(hist[j]))
					continue;
				share += start_share(op, lo, hi,
									 (double) hist[j].upper - (double) hist[j].lower, cl, cu);
				n++;
			}
			/* (a and b are finite: n >= 2) */
			return share / n;
		}
		else if (a.upper < b.upper)
		{
			/* one start s; ends y spread over [a.upper, b.upper] */
			double		s = (double) a.lower;
			double		lo = (double) a.upper;
			double		hi = (double) b.upper;

			switch (op)
			{
				case PERIOD_SEL_OVERLAPS:
					/* s < cu and y > cl */
					return s < cu ? interval_share(lo, hi, cl, hi) : 0.0;
				case PERIOD_SEL_CONTAINS:
					/* s <= cl and y >= cu */
					return s <= cl ? interval_share(lo, hi, cu, hi) : 0.0;
				case PERIOD_SEL_CONTAINED_BY:
					/* s >= cl and y <= cu */
					return s >= cl ? interval_share(lo, hi, lo, cu) : 0.0;
			}
		}
	}
	return ((period_pred(op, a, c) ? 1.0 : 0.0) + (period_pred(op, b, c) ? 1.0 : 0.0)) / 2.0;
}

/*
 * Copy the MCVs and histogram of a variable of type agreement_period.
 * Returns false when there are none to use.
 */
static bool
period_stats_load(VariableStatData *vardata, PeriodStats *st)
{
	Form_pg_statistic stats;
	AttStatsSlot sslot;

	memset(st, 0, sizeof(*st));
	if (!HeapTupleIsValid(vardata->statsTuple))
		return false;
	stats = (Form_pg_statistic) GETSTRUCT(vardata->statsTuple);
	st->nullfrac = stats->stanullfrac;

	if (get_attstatsslot(&sslot, vardata->statsTuple, STATISTIC_KIND_MCV, InvalidOid,
						 ATTSTATSSLOT_VALUES | ATTSTATSSLOT_NUMBERS))
	{
		int			n = Min(sslot.nvalues, sslot.nnumbers);

		st->nmcv = n;
		st->mcv = palloc(sizeof(AgreementPeriod) * Max(n, 1));
		st->mcvfreq = palloc(sizeof(double) * Max(n, 1));
		for (int i = 0; i < n; i++)
		{
			st->mcv[i] = DatumGetAgreementPeriod(sslot.values[i]);
			st->mcvfreq[i] = sslot.numbers[i];
			st->mcvsum += sslot.numbers[i];
		}
		free_attstatsslot(&sslot);
	}

	if (get_attstatsslot(&sslot, vardata->statsTuple, STATISTIC_KIND_HISTOGRAM, InvalidOid,
						 ATTSTATSSLOT_VALUES))
	{
		st->nhist = sslot.nvalues;
		st->hist = palloc(sizeof(AgreementPeriod) * Max(sslot.nvalues, 1));
		for (int i = 0; i < sslot.nvalues; i++)
			st->hist[i] = DatumGetAgreementPeriod(sslot.values[i]);
		free_attstatsslot(&sslot);
	}

	st->histfrac = 1.0 - st->nullfrac - st->mcvsum;
	if (st->histfrac < 0.0)
		st->histfrac = 0.0;
	return st->nmcv > 0 || st->nhist > 0;
}

/* The fraction of all rows of the column with "column OP c". */
static double
period_stats_sel(const PeriodStats *st, PeriodSelOp op, AgreementPeriod c)
{
	double		mcvsel = 0.0;
	double		sel;

	for (int i = 0; i < st->nmcv; i++)
		if (period_pred(op, st->mcv[i], c))
			mcvsel += st->mcvfreq[i];
	sel = mcvsel;

	if (st->histfrac > 0.0)
	{
		if (st->nhist >= 2)
		{
			double		h = 0.0;

			for (int i = 0; i + 1 < st->nhist; i++)
				h += bucket_share(op, st->hist, st->nhist, i, c);
			sel += st->histfrac * h / (double) (st->nhist - 1);
		}
		else if (st->nhist == 1)
			sel += st->histfrac * (period_pred(op, st->hist[0], c) ? 1.0 : 0.0);
		else if (st->mcvsum > 0.0)
			/* the rest taken to be like the common values */
			sel += st->histfrac * mcvsel / st->mcvsum;
		else
			sel += st->histfrac * period_sel_default(op);
	}
	CLAMP_PROBABILITY(sel);
	return sel;
}

/*
 * Restriction: the operator's arguments are a column (or expression) of
 * agreement_period and a constant.
 */
static double
period_restriction_sel(PlannerInfo *root, List *args, int varRelid, PeriodSelOp op)
{
	VariableStatData vardata;
	Node	   *other;
	bool		varonleft;
	double		sel;
	PeriodStats st;

	if (!get_restriction_variable(root, args, varRelid, &vardata, &other, &varonleft))
		return period_sel_default(op);
	if (!IsA(other, Const))
	{
		ReleaseVariableStats(vardata);
		return period_sel_default(op);
	}
	if (((Const *) other)->constisnull)
	{
		ReleaseVariableStats(vardata);
		return 0.0;
	}
	if (!varonleft)
		op = period_sel_commute(op);

	if (period_stats_load(&vardata, &st))
		sel = period_stats_sel(&st, op,
							   DatumGetAgreementPeriod(((Const *) other)->constvalue));
	else
		sel = period_sel_default(op);
	ReleaseVariableStats(vardata);
	return sel;
}

/*
 * At most this many of B's MCVs, and of its histogram entries, are weighed
 * against A: each weighing reads all of A's statistics, so at a statistics
 * target of 10,000 on both sides every entry would cost planning seconds.
 * It is above the entries of the default target (100 MCVs, 101 histogram
 * entries), whose estimates are every entry's.
 */
#define PERIOD_JOIN_MAX_ENTRIES 128

/*
 * The fraction of pairs (a of A, b of B) with "a OP b", as the restriction
 * estimate on A averaged over B's values: B's MCVs with their frequencies,
 * its histogram entries each with an equal share of the rest.  Past
 * PERIOD_JOIN_MAX_ENTRIES, the most common MCVs are weighed each, and
 * evenly spaced ones stand for the rest of the MCVs (with their frequency)
 * and of the histogram.
 */
static double
period_join_one_way(const PeriodStats *a, const PeriodStats *b, PeriodSelOp op)
{
	double		sel = 0.0;
	int			nmcv = Min(b->nmcv, PERIOD_JOIN_MAX_ENTRIES);

	/* pg_statistic lists the MCVs most common first */
	for (int i = 0; i < nmcv; i++)
		sel += b->mcvfreq[i] * period_stats_sel(a, op, b->mcv[i]);
	if (b->nmcv > nmcv)
	{
		int			step = (b->nmcv - nmcv + PERIOD_JOIN_MAX_ENTRIES - 1) / PERIOD_JOIN_MAX_ENTRIES;
		double		restfreq = 0.0;
		double		sampledfreq = 0.0;
		double		rest = 0.0;

		for (int i = nmcv; i < b->nmcv; i++)
			restfreq += b->mcvfreq[i];
		for (int i = nmcv; i < b->nmcv; i += step)
		{
			sampledfreq += b->mcvfreq[i];
			rest += b->mcvfreq[i] * period_stats_sel(a, op, b->mcv[i]);
		}
		if (sampledfreq > 0.0)
			sel += rest * restfreq / sampledfreq;
	}
	if (b->nhist > 0 && b->histfrac > 0.0)
	{
		int			step = (b->nhist + PERIOD_JOIN_MAX_ENTRIES - 1) / PERIOD_JOIN_MAX_ENTRIES;
		double		h = 0.0;
		int			n = 0;

		for (int i = 0; i < b->nhist; i += step)
		{
			h += period_stats_sel(a, op, b->hist[i]);
			n++;
		}
		sel += b->histfrac * h / (double) n;
	}
	else if (b->histfrac > 0.0 && b->mcvsum > 0.0)
		sel *= (b->mcvsum + b->histfrac) / b->mcvsum;
	return sel;
}

/*
 * The share of one entry of the known side against tiles of length t laid
 * over [lo, hi) (span = hi - lo): the fraction of the tiles with
 * "entry OP tile".  An infinite end is cut at the span's edge.
 */
static double
tile_share(PeriodSelOp op, AgreementPeriod e, double lo, double hi, double t)
{
	double		span = hi - lo;
	double		el = Max((double) e.lower, lo);
	double		eu = Min((double) e.upper, hi);
	double		len = eu - el;

	if (len <= 0.0)
		return 0.0;
	switch (op)
	{
		case PERIOD_SEL_OVERLAPS:
			/* about 1 + len / t of the span / t tiles */
			return Min(1.0, (len + t) / span);
		case PERIOD_SEL_CONTAINS:
			/* about len / t - 1 tiles lie inside the entry */
			return Max(0.0, len - t) / span;
		case PERIOD_SEL_CONTAINED_BY:
			/* inside one tile with chance (t - len) / t */
			if (!agreement_period_is_finite(e))
				return 0.0;
			return Max(0.0, t - len) / span;
	}
	return 0.0;
}

/*
 * A join whose other side has no statistics (a computed set of periods, such
 * as the fiscal years of a calendar): that side is taken to be ntiles
 * disjoint periods of one length laid end to end over the known side's span,
 * the shape of a set of fiscal years.  An item inside one year then overlaps
 * about one of them, where a constant selectivity knows nothing of how many
 * there are.  Returns -1 when the known side has no finite span.
 */
static double
period_tiling_sel(const PeriodStats *known, double ntiles, PeriodSelOp op)
{
	double		lo = 0.0;
	double		hi = 0.0;
	bool		any = false;
	double		sel = 0.0;
	double		t;

#define SPAN_ADD(e) \
	do { \
		if ((e).lower != DATEVAL_NOBEGIN) \
		{ \
			lo = any ? Min(lo, (double) (e).lower) : (double) (e).lower; \
			hi = any ? Max(hi, (double) (e).lower) : (double) (e).lower; \
			any = true; \
		} \
		if ((e).upper != DATEVAL_NOEND) \
		{ \
			lo = any ? Min(lo, (double) (e).upper) : (double) (e).upper; \
			hi = any ? Max(hi, (double) (e).upper) : (double) (e).upper; \
			any = true; \
		} \
	} while (0)

	for (int i = 0; i < known->nmcv; i++)
		SPAN_ADD(known->mcv[i]);
	for (int i = 0; i < known->nhist; i++)
		SPAN_ADD(known->hist[i]);
#undef SPAN_ADD
	if (!any || hi <= lo || ntiles < 1.0)
		return -1.0;
	t = (hi - lo) / ntiles;

	for (int i = 0; i < known->nmcv; i++)
		sel += known->mcvfreq[i] * tile_share(op, known->mcv[i], lo, hi, t);
	if (known->nhist > 0)
	{
		double		h = 0.0;

		for (int i = 0; i < known->nhist; i++)
			h += tile_share(op, known->hist[i], lo, hi, t);
		sel += known->histfrac * h / (double) known->nhist;
	}
	else if (known->mcvsum > 0.0)
		sel *= (known->mcvsum + known->histfrac) / known->mcvsum;
	CLAMP_PROBABILITY(sel);
	return sel;
}

static double
period_join_sel(PlannerInfo *root, List *args, SpecialJoinInfo *sjinfo, PeriodSelOp op)
{
	VariableStatData vardata1;
	VariableStatData vardata2;
	bool		join_is_reversed;
	PeriodStats st1;
	PeriodStats st2;
	bool		has1;
	bool		has2;
	double		sel;

	if (list_length(args) != 2)
		return period_sel_default(op);
	if (sjinfo != NULL)
		get_join_variables(root, args, sjinfo, &vardata1, &vardata2, &join_is_reversed);
	else
	{
		/* (get_join_variables needs the join's sides) */
		examine_variable(root, (Node *) linitial(args), 0, &vardata1);
		examine_variable(root, (Node *) lsecond(args), 0, &vardata2);
	}
	has1 = period_stats_load(&vardata1, &st1);
	has2 = period_stats_load(&vardata2, &st2);
	sel = -1.0;
	if (has1 && has2)
	{
		/*
		 * vardata1 is the operator's left argument whatever the join order:
		 * "1 OP 2" from 1's side, "2 (commuted OP) 1" from 2's.  The two
		 * ways weigh the same pairs; their mean uses both histograms'
		 * interpolation.
		 */
		sel = (period_join_one_way(&st1, &st2, op) +
			   period_join_one_way(&st2, &st1, period_sel_commute(op))) / 2.0;
		CLAMP_PROBABILITY(sel);
	}
	else if (has1 && vardata2.rel != NULL)
		sel = period_tiling_sel(&st1, vardata2.rel->tuples, op);
	else if (has2 && vardata1.rel != NULL)
		sel = period_tiling_sel(&st2, vardata1.rel->tuples, period_sel_commute(op));
	if (sel < 0.0)
		sel = period_sel_default(op);
	ReleaseVariableStats(vardata1);
	ReleaseVariableStats(vardata2);
	return sel;
}

#define PERIOD_RESTRICT_ARGS \
	(PlannerInfo *) PG_GETARG_POINTER(0), (List *) PG_GETARG_POINTER(2), PG_GETARG_INT32(3)
#define PERIOD_JOIN_ARGS \
	(PlannerInfo *) PG_GETARG_POINTER(0), (List *) PG_GETARG_POINTER(2), \
	(SpecialJoinInfo *) PG_GETARG_POINTER(4)

Datum
agreement_period_overlaps_sel(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(period_restriction_sel(PERIOD_RESTRICT_ARGS, PERIOD_SEL_OVERLAPS));
}

Datum
agreement_period_contains_sel(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(period_restriction_sel(PERIOD_RESTRICT_ARGS, PERIOD_SEL_CONTAINS));
}

Datum
agreement_period_contained_by_sel(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(period_restriction_sel(PERIOD_RESTRICT_ARGS, PERIOD_SEL_CONTAINED_BY));
}

Datum
agreement_period_overlaps_joinsel(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(period_join_sel(PERIOD_JOIN_ARGS, PERIOD_SEL_OVERLAPS));
}

Datum
agreement_period_contains_joinsel(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(period_join_sel(PERIOD_JOIN_ARGS, PERIOD_SEL_CONTAINS));
}

Datum
agreement_period_contained_by_joinsel(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(period_join_sel(PERIOD_JOIN_ARGS, PERIOD_SEL_CONTAINED_BY));
}

/*
 * The index condition "indexed argument && the other" for a GiST index on
 * either argument of overlaps_within_key(), exact (the function is &&), or
 * NULL when there is none: another kind of index, or an other side that
 * is of the index's own table or volatile.  In a join the other side comes
 * from the outer row, and the scan is parameterized by it.
 */
static List *
period_overlaps_index_condition(SupportRequestIndexCondition *req)
{
	List	   *args;
	Node	   *indexed;
	Node	   *other;
	Oid			argtype;
	Oid			opno;
	char	   *opname;

	if (!is_funcclause(req->node) || req->index->relam != GIST_AM_OID)
		return NIL;
	args = ((FuncExpr *) req->node)->args;
	if (list_length(args) != 2 || req->indexarg < 0 || req->indexarg > 1)
		return NIL;
	indexed = (Node *) list_nth(args, req->indexarg);
	other = (Node *) list_nth(args, 1 - req->indexarg);
	if (bms_is_member(req->index->rel->relid, pull_varnos(req->root, other)) ||
		contain_volatile_functions(other))
		return NIL;

	/* the operator family's overlap strategy, which for periods is && */
	argtype = exprType(indexed);
	if (exprType(other) != argtype)
		return NIL;
	opno = get_opfamily_member(req->opfamily, argtype, argtype, RTOverlapStrategyNumber);
	if (!OidIsValid(opno))
		return NIL;
	opname = get_opname(opno);
	if (opname == NULL || strcmp(opname, "&&") != 0)
		return NIL;

	/* && is its own commutator: the indexed side goes left */
	req->lossy = false;
	return list_make1(make_opclause(opno, BOOLOID, false,
									(Expr *) indexed, (Expr *) other,
									InvalidOid, InvalidOid));
}

PG_FUNCTION_INFO_V1(agreement_period_overlaps_support);

/*
 * Selectivity: against a constant, that of &&.  In a join, 1: the planner
 * takes the key's equality against a computed set of periods (the
 * agreements' fiscal years, whose code comes from the agreement's unique
 * key) as one row of that set per item, which is the year the overlap
 * keeps for an item within one; an item over several keeps more, not
 * fewer.  So the overlap removes nothing the key has not counted, where
 * the operator's estimate would divide the rows once more by the number
 * of periods.  Index conditions: period_overlaps_index_condition().
 */
Datum
agreement_period_overlaps_support(PG_FUNCTION_ARGS)
{
	Node	   *rawreq = (Node *) PG_GETARG_POINTER(0);

	if (IsA(rawreq, SupportRequestSelectivity))
	{
		SupportRequestSelectivity *req = (SupportRequestSelectivity *) rawreq;

		if (req->is_join)
			req->selectivity = 1.0;
		else
			req->selectivity = period_restriction_sel(req->root, req->args, req->varRelid,
													  PERIOD_SEL_OVERLAPS);
		PG_RETURN_POINTER(req);
	}
	if (IsA(rawreq, SupportRequestIndexCondition))
	{
		List	   *conditions = period_overlaps_index_condition((SupportRequestIndexCondition *) rawreq);

		PG_RETURN_POINTER(conditions);
	}
	PG_RETURN_POINTER(NULL);
}
