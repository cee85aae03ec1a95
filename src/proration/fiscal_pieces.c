/*
 * fiscal_pieces.c
 *		fiscal_years and fiscal_pieces: a period cut at the fiscal year
 *		boundaries of one calendar, or of several at once.
 */
#include "postgres.h"


#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "common/int.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/memutils.h"

#include "../common/compat.h"
#include "../agreement_period/agreement_period.h"
#include "../fiscal_calendar/fiscal_calendar.h"

PG_FUNCTION_INFO_V1(fiscal_years);
PG_FUNCTION_INFO_V1(fiscal_pieces);

/*
 * fiscal_years and fiscal_pieces return their rows one per call, each row
 * built in a memory context of its own that is reset before the next: a
 * period may span millions of fiscal years (5,879,611 from 4713 BC to the
 * last date PostgreSQL holds), so neither the rows nor the cuts between
 * them may be gathered first.  Memory stays that of one row, whatever the
 * length of the period, and a LIMIT stops the work early.
 */

/* The longest label fiscal_year_label_append writes: "JFY-2147483648", say. */
#define FISCAL_LABEL_MAX_LEN	16

typedef struct FiscalYearsState
{
	FiscalCalendar cal;
	AgreementPeriod period;
	int			fy;				/* the next year to return */
	int			last;			/* the last year the period touches */
	MemoryContext rowcxt;		/* the current row; reset per call */
} FiscalYearsState;

/*
 * fiscal_years(period, calendar): one row per fiscal year the period
 * touches: (fiscal_year, label, part, days, whole).
 */
Datum
fiscal_years(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	FiscalYearsState *st;
	AgreementPeriod year;
	AgreementPeriod part;
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};
	StringInfoData label;
	MemoryContext old;
	HeapTuple	tuple;

	if (SRF_IS_FIRSTCALL())
	{
		AgreementPeriod p = PG_GETARG_AGREEMENT_PERIOD(0);
		TupleDesc	tupdesc;

		agreement_period_require_finite(p, "split into fiscal years");
		funcctx = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "return type must be a row type");
		funcctx->tuple_desc = BlessTupleDesc(tupdesc);
		st = palloc(sizeof(FiscalYearsState));
		st->cal = PG_GETARG_FISCAL_CALENDAR(1);
		st->period = p;
		st->fy = fiscal_calendar_year_of(st->cal, p.lower);
		st->last = fiscal_calendar_year_of(st->cal, p.upper - 1);
		st->rowcxt = AllocSetContextCreate(funcctx->multi_call_memory_ctx,
										   "fiscal_years row",
										   ALLOCSET_SMALL_SIZES);
		funcctx->user_fctx = st;
		MemoryContextSwitchTo(old);
	}
	funcctx = SRF_PERCALL_SETUP();
	st = (FiscalYearsState *) funcctx->user_fctx;
	/* fy > last only after the last year has gone out (last < INT_MAX) */
	if (st->fy > st->last)
		SRF_RETURN_DONE(funcctx);

	MemoryContextReset(st->rowcxt);
	old = MemoryContextSwitchTo(st->rowcxt);
	/* a year that ends past the last date is refused (22008), as before */
	fiscal_calendar_year_period(st->cal, st->fy, &year, NULL);
	part.lower = Max(st->period.lower, year.lower);
	part.upper = Min(st->period.upper, year.upper);
	initStringInfo(&label);
	fiscal_year_label_append(&label, st->cal, st->fy);
	values[0] = Int32GetDatum(st->fy);
	values[1] = PointerGetDatum(cstring_to_text_with_len(label.data, label.len));
	values[2] = AgreementPeriodGetDatum(part);
	values[3] = Int32GetDatum(part.upper - part.lower);
	values[4] = BoolGetDatum(part.lower == year.lower && part.upper == year.upper);
	tuple = heap_form_tuple(funcctx->tuple_desc, values, nulls);
	MemoryContextSwitchTo(old);
	st->fy++;
	SRF_RETURN_NEXT(funcctx, HeapTupleGetDatum(tuple));
}

typedef struct FiscalPiecesState
{
	int			ncal;
	FiscalCalendar *cals;
	int		   *fy;				/* each calendar's year at the piece's start */
	DateADT    *next_start;		/* each calendar's next year start, or the end */
	DateADT		lower;			/* where the next piece starts */
	DateADT		upper;			/* the period's end */
	Datum	   *fy_datums;
	Datum	   *label_datums;
	MemoryContext rowcxt;		/* the current row; reset per call */
} FiscalPiecesState;

/* The start of the year after fy in c, or end if that is later (or none). */
static DateADT
next_cut(FiscalCalendar c, int fy, DateADT end)
{
	DateADT		start;

	/* the year holding the last date PostgreSQL can hold has no next */
	if (!fiscal_calendar_year_start_in_range(c, (int64) fy + 1, &start) || start > end)
		return end;
	return start;
}

/*
 * fiscal_pieces(period, calendars[]): the common refinement of the period
 * by the fiscal years of every calendar given; each piece lies inside one
 * fiscal year of each calendar.  Rows: (part, days, fiscal_years int[],
 * labels text[]), the arrays in the order of the calendars.
 *
 * The cuts are merged as they come: each calendar keeps the start of its
 * next year, and a piece ends at the earliest of them.  Nothing is counted
 * or gathered in advance, so no count can overflow, and a row costs one
 * step per calendar.
 */
Datum
fiscal_pieces(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	FiscalPiecesState *st;
	AgreementPeriod part;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};
	MemoryContext old;
	HeapTuple	tuple;
	int			i;

	if (SRF_IS_FIRSTCALL())
	{
		AgreementPeriod p = PG_GETARG_AGREEMENT_PERIOD(0);
		ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(1);
		TupleDesc	tupdesc;
		Datum	   *cal_datums;
		bool	   *cal_nulls;
		int			ncal;

		agreement_period_require_finite(p, "split into fiscal years");
		if (ARR_NDIM(arr) > 1)
			ereport(ERROR,
					(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
					 errmsg("fiscal_pieces takes a one-dimensional array of calendars")));
		ncal = ArrayGetNItems(ARR_NDIM(arr), ARR_DIMS(arr));

		/*
		 * Each row holds an array of ncal labels: refuse a count whose row
		 * could not be allocated, in 64-bit arithmetic, before any work.
		 */
		if ((int64) ncal * (VARHDRSZ + FISCAL_LABEL_MAX_LEN + 2 * sizeof(Datum)) > MaxAllocSize)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many fiscal calendars for fiscal_pieces: %d", ncal),
					 errdetail("A row's array of labels for %d calendars would exceed %zu bytes.",
							   ncal, (size_t) MaxAllocSize),
					 errhint("Pass each distinct calendar once, or fewer calendars per call.")));

		funcctx = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		deconstruct_array(arr, ARR_ELEMTYPE(arr), sizeof(int32), true, TYPALIGN_INT,
						  &cal_datums, &cal_nulls, &ncal);
		for (i = 0; i < ncal; i++)
			if (cal_nulls[i])
				ereport(ERROR,
						(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
						 errmsg("the array of fiscal calendars contains a null")));
		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "return type must be a row type");
		funcctx->tuple_desc = BlessTupleDesc(tupdesc);

		st = palloc(sizeof(FiscalPiecesState));
		st->ncal = ncal;
		st->lower = p.lower;
		st->upper = p.upper;
		st->cals = palloc(sizeof(FiscalCalendar) * Max(ncal, 1));
		st->fy = palloc(sizeof(int) * Max(ncal, 1));
		st->next_start = palloc(sizeof(DateADT) * Max(ncal, 1));
		st->fy_datums = palloc(sizeof(Datum) * Max(ncal, 1));
		st->label_datums = palloc(sizeof(Datum) * Max(ncal, 1));
		for (i = 0; i < ncal; i++)
		{
			st->cals[i] = DatumGetFiscalCalendar(cal_datums[i]);
			st->fy[i] = fiscal_calendar_year_of(st->cals[i], p.lower);
			st->next_start[i] = next_cut(st->cals[i], st->fy[i], p.upper);
		}
		pfree(cal_datums);
		pfree(cal_nulls);
		st->rowcxt = AllocSetContextCreate(funcctx->multi_call_memory_ctx,
										   "fiscal_pieces row",
										   ALLOCSET_DEFAULT_SIZES);
		funcctx->user_fctx = st;
		MemoryContextSwitchTo(old);
	}
	funcctx = SRF_PERCALL_SETUP();
	st = (FiscalPiecesState *) funcctx->user_fctx;
	if (st->lower >= st->upper)
		SRF_RETURN_DONE(funcctx);

	MemoryContextReset(st->rowcxt);
	old = MemoryContextSwitchTo(st->rowcxt);
	part.lower = st->lower;
	part.upper = st->upper;
	for (i = 0; i < st->ncal; i++)
		part.upper = Min(part.upper, st->next_start[i]);
	for (i = 0; i < st->ncal; i++)
	{
		StringInfoData label;

		initStringInfo(&label);
		fiscal_year_label_append(&label, st->cals[i], st->fy[i]);
		st->fy_datums[i] = Int32GetDatum(st->fy[i]);
		st->label_datums[i] = PointerGetDatum(cstring_to_text_with_len(label.data, label.len));
		pfree(label.data);
		/* a calendar whose year ends here moves on to its next year */
		if (st->next_start[i] == part.upper && part.upper < st->upper)
		{
			st->fy[i]++;
			st->next_start[i] = next_cut(st->cals[i], st->fy[i], st->upper);
		}
		if ((i & 0xFFFF) == 0xFFFF)
			CHECK_FOR_INTERRUPTS();
	}
	values[0] = AgreementPeriodGetDatum(part);
	values[1] = Int32GetDatum(part.upper - part.lower);
	values[2] = PointerGetDatum(construct_array(st->fy_datums, st->ncal, INT4OID,
												sizeof(int32), true, TYPALIGN_INT));
	values[3] = PointerGetDatum(construct_array(st->label_datums, st->ncal, TEXTOID,
												-1, false, TYPALIGN_INT));
	tuple = heap_form_tuple(funcctx->tuple_desc, values, nulls);
	MemoryContextSwitchTo(old);
	st->lower = part.upper;
	SRF_RETURN_NEXT(funcctx, HeapTupleGetDatum(tuple));
}

