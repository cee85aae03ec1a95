/*
 * proration.c
 *		Exact split of an amount over the fiscal years of a period.
 *
 * Every method reduces to integer weights handed to largest_remainder_split,
 * so the shares sum to the total exactly and the same inputs always give
 * the same shares.  The weights are exact: fractions of a year or a month
 * are scaled by a common multiple of every possible denominator rather than
 * rounded.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "common/int.h"
#include "access/htup_details.h"
#include "access/tupmacs.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/memutils.h"

#include "../common/largest_remainder.h"
#include "proration.h"

PG_FUNCTION_INFO_V1(allocate_minor_units);
PG_FUNCTION_INFO_V1(rebucket_schedule_minor_units);

/*
 * A fiscal year has 365 or 366 days, so 365 * 366 is a multiple of every
 * year length: a piece of d days of a year of n days weighs d * (YEAR_SCALE
 * / n), and every whole year weighs YEAR_SCALE.
 */
#define YEAR_SCALE		((int64) 365 * 366)

/*
 * lcm(28, 29, 30, 31): a multiple of every month length, so d days of a
 * month of n days weigh d * (MONTH_SCALE / n) and a whole month MONTH_SCALE.
 */
#define MONTH_SCALE		((int64) 377580)

ProrationMethod
proration_method_from_text(text *method)
{
	/* compared in place: this runs once per allocated amount */
	const char *m = VARDATA_ANY(method);
	int			len = VARSIZE_ANY_EXHDR(method);

	if (len == 4 && memcmp(m, "days", 4) == 0)
		return PRORATE_DAYS;
	if (len == 5 && memcmp(m, "equal", 5) == 0)
		return PRORATE_EQUAL;
	if (len == 6 && memcmp(m, "months", 6) == 0)
		return PRORATE_MONTHS;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown proration method: \"%s\"", text_to_cstring(method)),
			 errhint("Use days, equal or months.")));
	return PRORATE_DAYS;		/* not reached */
}

/* Months in [lower, upper), whole months MONTH_SCALE, partial ones by days. */
static int64
month_weight(DateADT lower, DateADT upper)
{
	int64		weight = 0;
	DateADT		d = lower;

	while (d < upper)
	{
		int			y,
					m,
					dd;
		int			month_len;
		DateADT		month_start,
					next_month;

		j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &dd);
		month_len = day_tab[isleap(y) ? 1 : 0][m - 1];
		month_start = d - (dd - 1);
		next_month = month_start + month_len;
		weight += (int64) (Min(upper, next_month) - d) * (MONTH_SCALE / month_len);
		d = next_month;
	}
	return weight;
}

/*
 * The number of fiscal years p touches, which sizes every buffer of a split
 * (pieces, weights and shares, and the remainders ranked by
 * largest_remainder_split).  Counted in 64 bits and checked against the
 * largest allocation before anything is allocated: the date range bounds it
 * far below that today, and a wider date range must not make it wrap.
 */
int
prorate_count(AgreementPeriod p, FiscalCalendar c, int *first)
{
	int64		n;

	agreement_period_require_finite(p, "prorate over");
	*first = fiscal_calendar_year_of(c, p.lower);
	n = (int64) fiscal_calendar_year_of(c, p.upper - 1) - *first + 1;
	if (n > (int64) (MaxAllocSize / Max(sizeof(ProrationPiece), 2 * sizeof(int64))))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("period spans too many fiscal years to prorate: %lld", (long long) n),
				 errhint("Split the period into shorter periods.")));
	return (int) n;
}

void
prorate_fill(int64 total, AgreementPeriod p, FiscalCalendar c,
			 ProrationMethod method, int first, ProrationPiece *out, int n,
			 int64 *scratch)
{
	int64	   *weights = scratch;
	int64	   *shares = scratch + n;
	AgreementPeriod year;
	int			i;

	/* within one fiscal year (most amounts): the whole period and amount */
	if (n == 1)
	{
		out[0].fiscal_year = first;
		out[0].part = p;
		out[0].weight = 1;
		out[0].share = total;
		return;
	}

	/* each year's end is the next one's start: one date computation a year */
	fiscal_calendar_year_period(c, first, &year, NULL);
	for (i = 0; i < n; i++)
	{
		ProrationPiece *piece = &out[i];
		int			days;

		if ((i & 0xFFFF) == 0xFFFF)
			CHECK_FOR_INTERRUPTS();
		if (i > 0)
		{
			year.lower = year.upper;
			fiscal_calendar_year_start(c, first + i + 1, &year.upper, NULL);
		}
		piece->fiscal_year = first + i;
		piece->part.lower = Max(p.lower, year.lower);
		piece->part.upper = Min(p.upper, year.upper);
		days = piece->part.upper - piece->part.lower;
		switch (method)
		{
			case PRORATE_DAYS:
				piece->weight = days;
				break;
			case PRORATE_EQUAL:
				piece->weight = (int64) days * (YEAR_SCALE / (year.upper - year.lower));
				break;
			case PRORATE_MONTHS:
				piece->weight = month_weight(piece->part.lower, piece->part.upper);
				break;
		}
		weights[i] = piece->weight;
	}

	largest_remainder_split(total, weights, n, shares);
	for (i = 0; i < n; i++)
		out[i].share = shares[i];
}

int
prorate(int64 total, AgreementPeriod p, FiscalCalendar c,
		ProrationMethod method, ProrationPiece **pieces)
{
	int			first;
	int			n = prorate_count(p, c, &first);
	ProrationPiece *out = palloc(sizeof(ProrationPiece) * n);
	int64	   *scratch = palloc(sizeof(int64) * 2 * n);

	prorate_fill(total, p, c, method, first, out, n, scratch);
	pfree(scratch);
	*pieces = out;
	return n;
}

/*
 * The allocation functions return their rows one per call (value-per-call)
 * rather than in a tuplestore: they are called once per amount, often
 * through a LATERAL join or in a view's target list over many amounts, and
 * a tuplestore, a fresh result descriptor and a memory context per amount
 * cost far more than the split itself.  The pieces of the amount being
 * returned, the blessed result descriptor, a row to copy and the buffers
 * live in fn_extra for the whole query.
 */
typedef struct ProrationSRFState
{
	TupleDesc	tupdesc;
	/*
	 * Every column of the result row has a fixed length (fiscal_year_share
	 * and fiscal_year_share_minor_units), so every row has the same header
	 * and length, and each value the same place: a row is a copy of this
	 * one, formed once by heap_form_tuple, with the values written in place.
	 * Forming each row afresh (sizes, null bitmap, alignment) cost more than
	 * the split of an amount within one fiscal year.
	 */
	HeapTupleHeader row;
	Size		row_len;
	int			offsets[3];		/* of each value, from the row's start */
	int16		lengths[3];		/* attlen of each column */
	bool		byval[3];		/* attbyval of each column */
	ProrationPiece one;			/* the only piece of an amount in one year */
	ProrationPiece *pieces;
	int64	   *scratch;
	int			capacity;
	int			n;
	int			next;
	bool		active;			/* in the middle of returning an amount */
	bool		registered;		/* reset callback registered */
} ProrationSRFState;

/* The set was abandoned (rescan, LIMIT) or the query ends: start afresh. */
static void
proration_srf_reset(Datum arg)
{
	ProrationSRFState *state = (ProrationSRFState *) DatumGetPointer(arg);

	state->active = false;
	state->registered = false;
}

/* The row to copy: the descriptor's three fixed-length columns, no nulls. */
static void
proration_srf_row_init(ProrationSRFState *state)
{
	TupleDesc	desc = state->tupdesc;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};
	char		zeros[64] = {0};
	HeapTuple	tuple;
	Size		off = 0;
	int			i;

	/* a row type altered since the extension made it */
	if (desc->natts != 3)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("row type of the split has %d columns, not 3", desc->natts),
				 errhint("The row types fiscal_year_share and fiscal_year_share_minor_units must keep the three columns the extension gave them.")));
	for (i = 0; i < 3; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);

		if (att->attisdropped || att->attlen <= 0 || att->attlen > (int) sizeof(zeros) ||
			(att->attbyval && att->attlen > (int) sizeof(Datum)))
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("column %d of the row type of the split has no fixed length", i + 1),
					 errhint("The row types fiscal_year_share and fiscal_year_share_minor_units must keep the three columns the extension gave them.")));
		off = att_align_nominal(off, att->attalign);
		state->offsets[i] = (int) off;
		state->lengths[i] = att->attlen;
		state->byval[i] = att->attbyval;
		off += att->attlen;
		values[i] = att->attbyval ? (Datum) 0 : PointerGetDatum(zeros);
	}
	tuple = heap_form_tuple(desc, values, nulls);
	state->row_len = tuple->t_len;
	state->row = (HeapTupleHeader) palloc(tuple->t_len);
	memcpy(state->row, tuple->t_data, tuple->t_len);
	for (i = 0; i < 3; i++)
		state->offsets[i] += state->row->t_hoff;
	Assert(state->offsets[2] + TupleDescAttr(desc, 2)->attlen <= state->row_len);
	heap_freetuple(tuple);
}

static ProrationSRFState *
proration_srf_state(FunctionCallInfo fcinfo)
{
	ProrationSRFState *state = (ProrationSRFState *) fcinfo->flinfo->fn_extra;

	if (state == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		TupleDesc	desc;

		if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "return type must be a row type");
		state = palloc0(sizeof(ProrationSRFState));
		state->tupdesc = BlessTupleDesc(CreateTupleDescCopy(desc));
		proration_srf_row_init(state);
		state->capacity = 8;
		state->pieces = palloc(sizeof(ProrationPiece) * state->capacity);
		state->scratch = palloc(sizeof(int64) * 2 * state->capacity);
		MemoryContextSwitchTo(old);
		fcinfo->flinfo->fn_extra = state;
	}
	return state;
}

/*
 * The next piece of the split of total, or NULL when the set is done (then
 * isDone is ExprEndResult).
 */
ProrationPiece *
proration_srf_next(FunctionCallInfo fcinfo, int64 total, AgreementPeriod p,
				   FiscalCalendar c, ProrationMethod method)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	ProrationSRFState *state;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		(rsinfo->allowedModes & SFRM_ValuePerCall) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	state = proration_srf_state(fcinfo);
	rsinfo->returnMode = SFRM_ValuePerCall;

	if (!state->active)
	{
		int			first;
		int			n = prorate_count(p, c, &first);

		/*
		 * Within one fiscal year (the usual budget line) the amount is its
		 * own only piece, whole: it goes out as a single result, the end of
		 * the set for both the target-list and the FROM-clause callers
		 * (execSRF.c), so the call keeps no state across calls at all.
		 */
		if (n == 1)
		{
			state->one.fiscal_year = first;
			state->one.part = p;
			state->one.weight = 1;
			state->one.share = total;
			rsinfo->isDone = ExprSingleResult;
			return &state->one;
		}
		if (n > state->capacity)
		{
			state->pieces = repalloc(state->pieces, sizeof(ProrationPiece) * n);
			state->scratch = repalloc(state->scratch, sizeof(int64) * 2 * n);
			state->capacity = n;
		}
		if (n > 0)
			prorate_fill(total, p, c, method, first, state->pieces, n, state->scratch);
		state->n = n;
		state->next = 0;
		state->active = true;
		if (!state->registered)
		{
			RegisterExprContextCallback(rsinfo->econtext, proration_srf_reset,
										PointerGetDatum(state));
			state->registered = true;
		}
	}

	if (state->next >= state->n)
	{
		state->active = false;
		rsinfo->isDone = ExprEndResult;
		return NULL;
	}
	/*
	 * The last piece goes out as a single result too, which saves a call
	 * per amount.
	 */
	if (state->next == state->n - 1)
	{
		state->active = false;
		rsinfo->isDone = ExprSingleResult;
	}
	else
		rsinfo->isDone = ExprMultipleResult;
	return &state->pieces[state->next++];
}

/*
 * The row of a piece, as a composite Datum: a copy of the state's row with
 * the three values written in place (byval ones as stored by
 * store_att_byval, the others copied from the pointer, attlen bytes).
 */
Datum
proration_srf_tuple(FunctionCallInfo fcinfo, Datum *values)
{
	ProrationSRFState *state = (ProrationSRFState *) fcinfo->flinfo->fn_extra;
	HeapTupleHeader row;
	int			i;

	Assert(state != NULL);
	row = (HeapTupleHeader) palloc(state->row_len);
	memcpy(row, state->row, state->row_len);
	for (i = 0; i < 3; i++)
	{
		char	   *dst = (char *) row + state->offsets[i];

		if (state->byval[i])
			store_att_byval(dst, values[i], state->lengths[i]);
		else
			memcpy(dst, DatumGetPointer(values[i]), state->lengths[i]);
	}
	return HeapTupleHeaderGetDatum(row);
}

/*
 * allocate_minor_units(total bigint, period, calendar, method text):
 * rows (fiscal_year, part, share bigint) summing exactly to total.
 */
Datum
allocate_minor_units(PG_FUNCTION_ARGS)
{
	ProrationPiece *piece;
	Datum		values[3];

	piece = proration_srf_next(fcinfo, PG_GETARG_INT64(0), PG_GETARG_AGREEMENT_PERIOD(1),
							   PG_GETARG_FISCAL_CALENDAR(2),
							   proration_method_from_text(PG_GETARG_TEXT_PP(3)));
	if (piece == NULL)
		PG_RETURN_NULL();
	values[0] = Int32GetDatum(piece->fiscal_year);
	values[1] = AgreementPeriodGetDatum(piece->part);
	values[2] = Int64GetDatum(piece->share);
	PG_RETURN_DATUM(proration_srf_tuple(fcinfo, values));
}

/*
 * rebucket_minor_units(sources agreement_period[], amounts bigint[], target):
 * each amount is split by days over the target calendar's fiscal years
 * (exactly, so every source amount is kept whole), and the shares are summed
 * per target year; rows (fiscal_year, share) in year order.
 */
Datum
rebucket_schedule_minor_units(PG_FUNCTION_ARGS)
{
	ArrayType  *sources = PG_GETARG_ARRAYTYPE_P(0);
	ArrayType  *amounts = PG_GETARG_ARRAYTYPE_P(1);
	FiscalCalendar c = PG_GETARG_FISCAL_CALENDAR(2);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Datum	   *source_datums,
			   *amount_datums;
	bool	   *source_nulls,
			   *amount_nulls;
	int			nsources,
				namounts,
				i,
				j;
	int			first_year = PG_INT32_MAX,
				last_year = PG_INT32_MIN;
	int64	   *totals;
	bool	   *touched;

	if (ARR_NDIM(sources) > 1 || ARR_NDIM(amounts) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("rebucket_minor_units takes one-dimensional arrays")));
	deconstruct_array(sources, ARR_ELEMTYPE(sources), sizeof(int64), true, TYPALIGN_DOUBLE,
					  &source_datums, &source_nulls, &nsources);
	deconstruct_array(amounts, INT8OID, sizeof(int64), true, TYPALIGN_DOUBLE,
					  &amount_datums, &amount_nulls, &namounts);
	if (nsources != namounts)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("schedule has %d periods but %d amounts", nsources, namounts),
				 errdetail("Each period of the schedule needs exactly one amount.")));
	for (i = 0; i < nsources; i++)
	{
		AgreementPeriod p;

		if (source_nulls[i] || amount_nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("schedule entry %d has a null period or amount", i + 1)));
		p = DatumGetAgreementPeriod(source_datums[i]);
		agreement_period_require_finite(p, "prorate over");
		first_year = Min(first_year, fiscal_calendar_year_of(c, p.lower));
		last_year = Max(last_year, fiscal_calendar_year_of(c, p.upper - 1));
	}

	InitMaterializedSRF(fcinfo, 0);
	if (nsources == 0)
		return (Datum) 0;

	/* one total per target year the schedule spans, counted in 64 bits */
	if ((int64) last_year - first_year + 1 > (int64) (MaxAllocSize / sizeof(int64)))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("schedule spans too many fiscal years to rebucket: %lld",
						(long long) ((int64) last_year - first_year + 1)),
				 errhint("Rebucket the schedule in parts that each span fewer years.")));
	totals = palloc0(sizeof(int64) * ((int64) last_year - first_year + 1));
	touched = palloc0(sizeof(bool) * ((int64) last_year - first_year + 1));
	for (i = 0; i < nsources; i++)
	{
		ProrationPiece *pieces;
		int			n;

		/* a schedule of long periods is long work: let it be cancelled */
		CHECK_FOR_INTERRUPTS();
		n = prorate(DatumGetInt64(amount_datums[i]),
								DatumGetAgreementPeriod(source_datums[i]), c,
								PRORATE_DAYS, &pieces);

		for (j = 0; j < n; j++)
		{
			int			k = pieces[j].fiscal_year - first_year;

			touched[k] = true;
			if (pg_add_s64_overflow(totals[k], pieces[j].share, &totals[k]))
				ereport(ERROR,
						(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						 errmsg("total of fiscal year %d is out of range for bigint",
								pieces[j].fiscal_year)));
		}
		pfree(pieces);
	}
	for (i = 0; i <= last_year - first_year; i++)
	{
		Datum		values[2];
		bool		nulls[2] = {false, false};

		if (!touched[i])
			continue;
		values[0] = Int32GetDatum(first_year + i);
		values[1] = Int64GetDatum(totals[i]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
