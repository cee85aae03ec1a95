/*
 * agreement_period.h
 *		The agreement_period type: a half-open, never empty span of dates.
 *
 * A period is [lower, upper) with lower < upper, both DateADT.  An infinite
 * start is DATEVAL_NOBEGIN and an infinite end DATEVAL_NOEND, so the plain
 * signed order of the two int32 fields is the order of the ends, infinities
 * included.  The two fields are packed into one 64-bit Datum (lower in the
 * high half), which makes the type pass-by-value: scans, sorts and index
 * keys never touch the heap for it.
 */
#ifndef COSTSHARE_AGREEMENT_PERIOD_H
#define COSTSHARE_AGREEMENT_PERIOD_H

#include "postgres.h"
#include "fmgr.h"
#include "utils/date.h"

#if SIZEOF_DATUM != 8
#error "agreement_period is passed by value and needs an 8-byte Datum"
#endif

/*
 * Finite ends lie from 0001-01-01 on: the text form writes years as plain
 * digits, so an earlier (BC) date could not be read back.  This is
 * date2j(1, 1, 1) - POSTGRES_EPOCH_JDATE.
 */
#define AGREEMENT_PERIOD_MIN_DATE	((DateADT) -730119)

typedef struct AgreementPeriod
{
	DateADT		lower;			/* first day, or DATEVAL_NOBEGIN */
	DateADT		upper;			/* day after the last, or DATEVAL_NOEND */
} AgreementPeriod;

static inline Datum
AgreementPeriodGetDatum(AgreementPeriod p)
{
	return (Datum) (((uint64) (uint32) p.lower << 32) | (uint64) (uint32) p.upper);
}

static inline AgreementPeriod
DatumGetAgreementPeriod(Datum d)
{
	AgreementPeriod p;

	p.lower = (DateADT) (int32) (uint32) ((uint64) d >> 32);
	p.upper = (DateADT) (int32) (uint32) ((uint64) d & 0xFFFFFFFF);
	return p;
}

#define PG_GETARG_AGREEMENT_PERIOD(n)	DatumGetAgreementPeriod(PG_GETARG_DATUM(n))
#define PG_RETURN_AGREEMENT_PERIOD(x)	return AgreementPeriodGetDatum(x)

static inline bool
agreement_period_is_finite(AgreementPeriod p)
{
	return p.lower != DATEVAL_NOBEGIN && p.upper != DATEVAL_NOEND;
}

/* The single source of the btree order: start, then end. */
static inline int
agreement_period_cmp_internal(AgreementPeriod a, AgreementPeriod b)
{
	if (a.lower != b.lower)
		return (a.lower < b.lower) ? -1 : 1;
	if (a.upper != b.upper)
		return (a.upper < b.upper) ? -1 : 1;
	return 0;
}

/*
 * The predicates of the operators, on the (lower, upper) representation.
 * The SQL operators and the GiST consistent function both call these, as
 * ip4r's ip4r_funcs.h does, so an index scan and a sequential scan cannot
 * disagree on which rows match.  Each holds because lower < upper.
 */

/* a = b */
static inline bool
agreement_period_equal_internal(AgreementPeriod a, AgreementPeriod b)
{
	return a.lower == b.lower && a.upper == b.upper;
}

/* a << b: a ends before b starts */
static inline bool
agreement_period_left_internal(AgreementPeriod a, AgreementPeriod b)
{
	return a.upper <= b.lower;
}

/* a >> b: a starts after b ends */
static inline bool
agreement_period_right_internal(AgreementPeriod a, AgreementPeriod b)
{
	return a.lower >= b.upper;
}

/* a &< b: a does not extend to the right of b */
static inline bool
agreement_period_overleft_internal(AgreementPeriod a, AgreementPeriod b)
{
	return a.upper <= b.upper;
}

/* a &> b: a does not extend to the left of b */
static inline bool
agreement_period_overright_internal(AgreementPeriod a, AgreementPeriod b)
{
	return a.lower >= b.lower;
}

/* a && b: some day lies in both */
static inline bool
agreement_period_overlaps_internal(AgreementPeriod a, AgreementPeriod b)
{
	return a.lower < b.upper && b.lower < a.upper;
}

/* a @> b, and b <@ a */
static inline bool
agreement_period_contains_internal(AgreementPeriod a, AgreementPeriod b)
{
	return a.lower <= b.lower && b.upper <= a.upper;
}

/*
 * a @> d.  An infinite end contains every later date, 'infinity' itself
 * included, as an unbounded daterange does.
 */
static inline bool
agreement_period_contains_date_internal(AgreementPeriod a, DateADT d)
{
	return a.lower <= d && (d < a.upper || a.upper == DATEVAL_NOEND);
}

/* a -|- b: one ends where the other starts */
static inline bool
agreement_period_adjacent_internal(AgreementPeriod a, AgreementPeriod b)
{
	return a.upper == b.lower || b.upper == a.lower;
}

/*
 * Make a period from its ends, reporting through escontext (22008 for a date
 * outside the supported range, 22000 for an empty or inverted span).
 * Returns false after a soft error.
 */
extern bool agreement_period_make(DateADT lower, DateADT upper,
								  AgreementPeriod *result,
								  struct Node *escontext);

/* Write a date as ISO 8601 (or -infinity / infinity); buf needs 16 bytes. */
extern void agreement_period_date_out(DateADT d, char *buf);

/*
 * The date forms of agreement_period input: [start,end), first..last (with
 * an optional @suffix, which check_suffix validates and which is otherwise
 * ignored) and a single day.  Returns PERIOD_PARSE_DATES with *result set,
 * PERIOD_PARSE_ERROR after a soft error, or PERIOD_PARSE_NOT_DATES when the
 * text is none of these forms and may be read otherwise (as fiscal labels,
 * by the type's input function one room up).  str is NUL terminated.
 */
typedef enum AgreementPeriodParse
{
	PERIOD_PARSE_DATES,
	PERIOD_PARSE_ERROR,
	PERIOD_PARSE_NOT_DATES
} AgreementPeriodParse;

typedef bool (*AgreementPeriodSuffixCheck) (const char *suffix, int len,
											struct Node *escontext);

extern AgreementPeriodParse agreement_period_parse_dates(const char *str,
														 AgreementPeriod *result,
														 AgreementPeriodSuffixCheck check_suffix,
														 struct Node *escontext);

/* Error unless the period is finite; what names the operation refused. */
extern void agreement_period_require_finite(AgreementPeriod p, const char *what);

#endif							/* COSTSHARE_AGREEMENT_PERIOD_H */
