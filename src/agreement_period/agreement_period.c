/*
 * agreement_period.c
 *		Input, output, casts and operators of the agreement_period type.
 *
 * Every operator has the meaning of the range operator of the same name on
 * the equivalent daterange (infinite ends being unbounded ends); the tests
 * check that on generated pairs.
 */
#include "postgres.h"


#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "common/int.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/rangetypes.h"
#include "utils/sortsupport.h"

#include "../common/ascii.h"
#include "../common/compat.h"
#include "agreement_period.h"

PG_FUNCTION_INFO_V1(agreement_period_out);
PG_FUNCTION_INFO_V1(agreement_period_recv);
PG_FUNCTION_INFO_V1(agreement_period_send);
PG_FUNCTION_INFO_V1(agreement_period_new);
PG_FUNCTION_INFO_V1(agreement_period_from_daterange);
PG_FUNCTION_INFO_V1(agreement_period_to_daterange);
PG_FUNCTION_INFO_V1(agreement_period_lower);
PG_FUNCTION_INFO_V1(agreement_period_upper);
PG_FUNCTION_INFO_V1(agreement_period_last_day);
PG_FUNCTION_INFO_V1(agreement_period_days);
PG_FUNCTION_INFO_V1(agreement_period_is_finite_fn);
PG_FUNCTION_INFO_V1(agreement_period_eq);
PG_FUNCTION_INFO_V1(agreement_period_ne);
PG_FUNCTION_INFO_V1(agreement_period_lt);
PG_FUNCTION_INFO_V1(agreement_period_le);
PG_FUNCTION_INFO_V1(agreement_period_gt);
PG_FUNCTION_INFO_V1(agreement_period_ge);
PG_FUNCTION_INFO_V1(agreement_period_cmp);
PG_FUNCTION_INFO_V1(agreement_period_smaller);
PG_FUNCTION_INFO_V1(agreement_period_larger);
PG_FUNCTION_INFO_V1(agreement_period_hash);
PG_FUNCTION_INFO_V1(agreement_period_hash_extended);
PG_FUNCTION_INFO_V1(agreement_period_sortsupport);
PG_FUNCTION_INFO_V1(agreement_period_overlaps);
PG_FUNCTION_INFO_V1(agreement_period_contains);
PG_FUNCTION_INFO_V1(agreement_period_contained_by);
PG_FUNCTION_INFO_V1(agreement_period_contains_date);
PG_FUNCTION_INFO_V1(agreement_period_date_contained_by);
PG_FUNCTION_INFO_V1(agreement_period_adjacent);
PG_FUNCTION_INFO_V1(agreement_period_left);
PG_FUNCTION_INFO_V1(agreement_period_right);
PG_FUNCTION_INFO_V1(agreement_period_overleft);
PG_FUNCTION_INFO_V1(agreement_period_overright);
PG_FUNCTION_INFO_V1(agreement_period_union);
PG_FUNCTION_INFO_V1(agreement_period_intersect);

/* ---------------------------------------------------------------- making */

bool
agreement_period_make(DateADT lower, DateADT upper, AgreementPeriod *result,
					  struct Node *escontext)
{
	if ((!DATE_NOT_FINITE(lower) &&
		 (!IS_VALID_DATE(lower) || lower < AGREEMENT_PERIOD_MIN_DATE)) ||
		(!DATE_NOT_FINITE(upper) &&
		 (!IS_VALID_DATE(upper) || upper < AGREEMENT_PERIOD_MIN_DATE)))
		ereturn(escontext, false,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range for an agreement period"),
				 errdetail("Finite ends lie between 0001-01-01 and 5874897-12-31.")));
	if (lower >= upper)
	{
		char		lo[16];
		char		hi[16];

		agreement_period_date_out(lower, lo);
		agreement_period_date_out(upper, hi);
		ereturn(escontext, false,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("agreement period [%s,%s) is empty", lo, hi),
				 errdetail("An agreement period must end after it starts; its end is exclusive."),
				 errhint("For a one-day period write [d,d+1) or d..d.")));
	}
	result->lower = lower;
	result->upper = upper;
	return true;
}

void
agreement_period_date_out(DateADT d, char *buf)
{
	int			y,
				m,
				dd;

	if (DATE_IS_NOBEGIN(d))
		strcpy(buf, "-infinity");
	else if (DATE_IS_NOEND(d))
		strcpy(buf, "infinity");
	else
	{
		j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &dd);
		snprintf(buf, 16, "%04d-%02d-%02d", y, m, dd);
	}
}

void
agreement_period_require_finite(AgreementPeriod p, const char *what)
{
	if (!agreement_period_is_finite(p))
	{
		char		lo[16];
		char		hi[16];

		agreement_period_date_out(p.lower, lo);
		agreement_period_date_out(p.upper, hi);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot %s the infinite agreement period [%s,%s)", what, lo, hi),
				 errdetail("A period with an infinite end has no number of days and no fiscal years to split into."),
				 errhint("Intersect the period with a finite one first, for example p * '[2016-04-01,2021-04-01)'.")));
	}
}

/* ---------------------------------------------------------------- text I/O */

/* Trim white space from both ends of [*start, *start + *len). */
static void
trim_span(const char **start, int *len)
{
	while (*len > 0 && is_ascii_space(**start))
	{
		(*start)++;
		(*len)--;
	}
	while (*len > 0 && is_ascii_space((*start)[*len - 1]))
		(*len)--;
}

static bool
span_equals_ci(const char *s, int len, const char *word)
{
	return (int) strlen(word) == len && pg_strncasecmp(s, word, len) == 0;
}

/* Parse up to maxdigits decimal digits; returns the count read. */
static int
read_digits(const char *s, int len, int maxdigits, int *value)
{
	int			n = 0;

	*value = 0;
	while (n < len && n < maxdigits && is_ascii_digit(s[n]))
	{
		*value = *value * 10 + (s[n] - '0');
		n++;
	}
	return n;
}

/*
 * Parse one date: YYYY-MM-DD (ISO 8601, never DateStyle-dependent),
 * infinity or -infinity.  empty_is is the infinite end an empty span stands
 * for (the bracketed form's [,x) and [x,)), or 0 where an end is required.
 */
static bool
parse_date_span(const char *s, int len, DateADT empty_is, DateADT *result,
				const char *whole, struct Node *escontext)
{
	int			y,
				m,
				d,
				n,
				pos = 0;

	trim_span(&s, &len);
	if (len == 0 && empty_is != 0)
	{
		*result = empty_is;
		return true;
	}
	if (span_equals_ci(s, len, "infinity") || span_equals_ci(s, len, "+infinity"))
	{
		*result = DATEVAL_NOEND;
		return true;
	}
	if (span_equals_ci(s, len, "-infinity"))
	{
		*result = DATEVAL_NOBEGIN;
		return true;
	}

	n = read_digits(s, len, 7, &y);
	if (n < 4 || n == len || s[n] != '-')
		goto syntax;
	pos = n + 1;
	n = read_digits(s + pos, len - pos, 2, &m);
	if (n == 0 || pos + n == len || s[pos + n] != '-')
		goto syntax;
	pos += n + 1;
	n = read_digits(s + pos, len - pos, 2, &d);
	if (n == 0 || pos + n != len)
		goto syntax;

	if (y < 1 || m < 1 || m > 12 || d < 1 || d > day_tab[isleap(y) ? 1 : 0][m - 1])
		ereturn(escontext, false,
				(errcode(ERRCODE_DATETIME_FIELD_OVERFLOW),
				 errmsg("date field value out of range: \"%.*s\"", len, s),
				 errdetail("The month must be 1 to 12 and the day must exist in that month.")));
	if (!IS_VALID_JULIAN(y, m, d) ||
		!IS_VALID_DATE(date2j(y, m, d) - POSTGRES_EPOCH_JDATE))
		ereturn(escontext, false,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range: \"%.*s\"", len, s)));
	*result = date2j(y, m, d) - POSTGRES_EPOCH_JDATE;
	return true;

syntax:
	ereturn(escontext, false,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type agreement_period: \"%s\"", whole),
			 errdetail("\"%.*s\" is not a date in the form YYYY-MM-DD, infinity or -infinity.", len, s)));
}

/* Does the span look like a date (rather than a fiscal label)? */
static bool
looks_like_date(const char *s, int len)
{
	int			dashes = 0;
	int			i;

	trim_span(&s, &len);
	if (len == 0)
		return false;
	if (span_equals_ci(s, len, "infinity") || span_equals_ci(s, len, "+infinity") ||
		span_equals_ci(s, len, "-infinity"))
		return true;
	for (i = 0; i < len; i++)
	{
		if (s[i] == '-')
			dashes++;
		else if (!is_ascii_digit(s[i]))
			return false;
	}
	return dashes == 2;
}

/*
 * A single day, as drivers send a date bound without a type: YYYY-MM-DD,
 * optionally followed by a midnight time (00:00, 00:00:00, 00:00:00.000,
 * after a space or a T) and a zone (Z, +HH, +HH:MM, +HHMM, -...).  pgjdbc's
 * setDate sends '2020-01-01 +09', its setTimestamp and node-postgres's Date
 * a midnight timestamp with the client's offset.  The day is the date as
 * written, so the value never depends on the server's TimeZone; a time other
 * than midnight is refused (which day it means depends on a time zone).
 * Returns the length of the date part, or 0 if the text is not of this form.
 */
static int
single_day_form(const char *s, int len)
{
	int			n = 0,
				datelen,
				i;

	while (n < len && (is_ascii_digit(s[n]) || s[n] == '-'))
		n++;
	if (!looks_like_date(s, n) || !is_ascii_digit(s[0]))
		return 0;
	datelen = n;
	if (n < len && (s[n] == ' ' || s[n] == 'T') && n + 1 < len &&
		is_ascii_digit(s[n + 1]))
	{
		/* a time: only zeros, colons and one decimal point */
		n++;
		i = n;
		while (n < len && (s[n] == '0' || s[n] == ':' || s[n] == '.'))
			n++;
		if (n - i < 5 || s[i + 2] != ':')
			return -1;
		if (n < len && is_ascii_digit(s[n]))
			return -1;			/* a time other than midnight */
	}
	while (n < len && s[n] == ' ')
		n++;
	if (n < len && (s[n] == 'Z' || s[n] == 'z') && n + 1 == len)
		return datelen;
	if (n < len && (s[n] == '+' || s[n] == '-'))
	{
		n++;
		i = n;
		while (n < len && (is_ascii_digit(s[n]) || s[n] == ':'))
			n++;
		if (n - i < 2 || n - i > 8)
			return 0;
	}
	return n == len ? datelen : 0;
}

/*
 * The date forms of agreement_period input; see agreement_period.h.  The
 * label forms are read one room up (fiscal_calendar/period_input.c), which
 * calls this first: this room knows dates only.
 */
AgreementPeriodParse
agreement_period_parse_dates(const char *str, AgreementPeriod *result,
							 AgreementPeriodSuffixCheck check_suffix,
							 struct Node *escontext)
{
	const char *s = str;
	int			len = strlen(str);
	const char *sep;
	const char *at;
	int			body_len;
	DateADT		lower,
				upper;

	trim_span(&s, &len);

	if (len > 0 && s[0] == '[')
	{
		const char *comma = memchr(s, ',', len);

		if (comma == NULL || s[len - 1] != ')')
			ereturn(escontext, PERIOD_PARSE_ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type agreement_period: \"%s\"", str),
					 errdetail("A bracketed period is written [start,end) with an exclusive end.")));
		if (!parse_date_span(s + 1, comma - s - 1, DATEVAL_NOBEGIN, &lower, str, escontext) ||
			!parse_date_span(comma + 1, s + len - 1 - comma - 1, DATEVAL_NOEND, &upper, str, escontext))
			return PERIOD_PARSE_ERROR;
		return agreement_period_make(lower, upper, result, escontext) ?
			PERIOD_PARSE_DATES : PERIOD_PARSE_ERROR;
	}

	/*
	 * first..last@calendar: the calendar is checked and otherwise ignored,
	 * so that fiscal_label(p, c) || '@' || c reads back as p whether
	 * fiscal_label wrote years or dates.
	 */
	at = memchr(s, '@', len);
	body_len = at ? at - s : len;
	sep = (len >= 2) ? strstr(s, "..") : NULL;
	if (sep != NULL && sep < s + body_len &&
		looks_like_date(s, sep - s) && looks_like_date(sep + 2, s + body_len - sep - 2))
	{
		if (at != NULL && check_suffix != NULL &&
			!check_suffix(at + 1, s + len - at - 1, escontext))
			return PERIOD_PARSE_ERROR;
		len = body_len;
		if (!parse_date_span(s, sep - s, 0, &lower, str, escontext) ||
			!parse_date_span(sep + 2, s + len - sep - 2, 0, &upper, str, escontext))
			return PERIOD_PARSE_ERROR;
		if (upper < lower)
			ereturn(escontext, PERIOD_PARSE_ERROR,
					(errcode(ERRCODE_DATA_EXCEPTION),
					 errmsg("agreement period \"%s\" ends before it starts", str),
					 errdetail("In the form first..last both days are included, so last must not precede first.")));
		/* the inclusive form names the last day; store the day after it */
		if (!DATE_NOT_FINITE(upper))
		{
			if (!IS_VALID_DATE(upper + 1))
				ereturn(escontext, PERIOD_PARSE_ERROR,
						(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
						 errmsg("date out of range: the day after the last day of \"%s\"", str)));
			upper = upper + 1;
		}
		return agreement_period_make(lower, upper, result, escontext) ?
			PERIOD_PARSE_DATES : PERIOD_PARSE_ERROR;
	}

	/* 2021..2021-12-31: a year is not a date, and mixing them is no period */
	if (sep != NULL && sep < s + body_len &&
		(looks_like_date(s, sep - s) || looks_like_date(sep + 2, s + body_len - sep - 2)))
		ereturn(escontext, PERIOD_PARSE_ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type agreement_period: \"%s\"", str),
				 errdetail("One end is a date and the other is not."),
				 errhint("Write both ends as dates, as in 2021-01-01..2021-12-31, or both as years, as in 2019..2025 or JFY2019..JFY2021.")));

	if (len > 0 && is_ascii_digit(s[0]))
	{
		int			datelen = single_day_form(s, len);

		if (datelen < 0)
			ereturn(escontext, PERIOD_PARSE_ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type agreement_period: \"%s\"", str),
					 errdetail("A timestamp stands for its day only at midnight."),
					 errhint("Compare with the timestamp itself: period @> CAST($1 AS timestamptz), or bind a date.")));
		if (datelen > 0)
		{
			if (!parse_date_span(s, datelen, 0, &lower, str, escontext))
				return PERIOD_PARSE_ERROR;
			if (DATE_NOT_FINITE(lower) || !IS_VALID_DATE(lower + 1))
				ereturn(escontext, PERIOD_PARSE_ERROR,
						(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
						 errmsg("date out of range: the day after \"%s\"", str)));
			return agreement_period_make(lower, lower + 1, result, escontext) ?
				PERIOD_PARSE_DATES : PERIOD_PARSE_ERROR;
		}
	}

	if (len == 0 || looks_like_date(s, len) || s[0] == '[')
		ereturn(escontext, PERIOD_PARSE_ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type agreement_period: \"%s\"", str),
				 errhint("Write [start,end), first..last, calendar years such as 2021 or CY2019..CY2025, or fiscal years such as JFY2016..JFY2020 or FY2021@us_federal.")));

	return PERIOD_PARSE_NOT_DATES;
}

Datum
agreement_period_out(PG_FUNCTION_ARGS)
{
	AgreementPeriod p = PG_GETARG_AGREEMENT_PERIOD(0);
	char		lo[16];
	char		hi[16];

	agreement_period_date_out(p.lower, lo);
	agreement_period_date_out(p.upper, hi);
	PG_RETURN_CSTRING(psprintf("[%s,%s)", lo, hi));
}

/* Binary form: the two ends as int32 days from 2000-01-01, validated. */
Datum
agreement_period_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	DateADT		lower;
	DateADT		upper;
	AgreementPeriod p;

	/* a short field is bad data, not a broken protocol message (08P01) */
	if (buf->len - buf->cursor != 8)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary agreement_period of %d bytes", buf->len - buf->cursor),
				 errdetail("A binary agreement_period is two 4-byte dates.")));
	lower = (DateADT) pq_getmsgint(buf, 4);
	upper = (DateADT) pq_getmsgint(buf, 4);
	agreement_period_make(lower, upper, &p, NULL);
	PG_RETURN_AGREEMENT_PERIOD(p);
}

Datum
agreement_period_send(PG_FUNCTION_ARGS)
{
	AgreementPeriod p = PG_GETARG_AGREEMENT_PERIOD(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint32(&buf, (uint32) p.lower);
	pq_sendint32(&buf, (uint32) p.upper);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
agreement_period_new(PG_FUNCTION_ARGS)
{
	AgreementPeriod p;

	agreement_period_make(PG_GETARG_DATEADT(0), PG_GETARG_DATEADT(1), &p, NULL);
	PG_RETURN_AGREEMENT_PERIOD(p);
}

/* ---------------------------------------------------------------- daterange */

/*
 * An unbounded daterange end and an infinite date bound both become an
 * infinite end; an empty daterange has no agreement_period.
 */
Datum
agreement_period_from_daterange(PG_FUNCTION_ARGS)
{
	RangeType  *r = PG_GETARG_RANGE_P(0);
	TypeCacheEntry *typcache = range_get_typcache(fcinfo, RangeTypeGetOid(r));
	RangeBound	lb,
				ub;
	bool		empty;
	DateADT		lower,
				upper;
	AgreementPeriod p;

	range_deserialize(typcache, r, &lb, &ub, &empty);
	if (empty)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("an empty daterange cannot be an agreement period"),
				 errdetail("An agreement period always contains at least one day.")));
	if (lb.infinite)
		lower = DATEVAL_NOBEGIN;
	else
	{
		lower = DatumGetDateADT(lb.val);
		if (!lb.inclusive && !DATE_NOT_FINITE(lower))
			lower++;
	}
	if (ub.infinite)
		upper = DATEVAL_NOEND;
	else
	{
		upper = DatumGetDateADT(ub.val);
		if (ub.inclusive && !DATE_NOT_FINITE(upper))
			upper++;
	}
	agreement_period_make(lower, upper, &p, NULL);
	PG_RETURN_AGREEMENT_PERIOD(p);
}

Datum
agreement_period_to_daterange(PG_FUNCTION_ARGS)
{
	AgreementPeriod p = PG_GETARG_AGREEMENT_PERIOD(0);
	TypeCacheEntry *typcache = range_get_typcache(fcinfo, DATERANGEOID);
	RangeBound	lb,
				ub;

	lb.val = DateADTGetDatum(p.lower);
	lb.infinite = DATE_IS_NOBEGIN(p.lower);
	lb.inclusive = true;
	lb.lower = true;
	ub.val = DateADTGetDatum(p.upper);
	ub.infinite = DATE_IS_NOEND(p.upper);
	ub.inclusive = false;
	ub.lower = false;
	PG_RETURN_RANGE_P(make_range(typcache, &lb, &ub, false, NULL));
}

/* ---------------------------------------------------------------- accessors */

Datum
agreement_period_lower(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(PG_GETARG_AGREEMENT_PERIOD(0).lower);
}

Datum
agreement_period_upper(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(PG_GETARG_AGREEMENT_PERIOD(0).upper);
}

/* The last day inside the period: upper - 1, or infinity. */
Datum
agreement_period_last_day(PG_FUNCTION_ARGS)
{
	AgreementPeriod p = PG_GETARG_AGREEMENT_PERIOD(0);

	PG_RETURN_DATEADT(DATE_IS_NOEND(p.upper) ? p.upper : p.upper - 1);
}

/*
 * An infinite period is an error rather than NULL: sum(days(p)) would
 * otherwise skip it silently.
 */
Datum
agreement_period_days(PG_FUNCTION_ARGS)
{
	AgreementPeriod p = PG_GETARG_AGREEMENT_PERIOD(0);

	agreement_period_require_finite(p, "count the days of");
	PG_RETURN_INT32(p.upper - p.lower);
}

Datum
agreement_period_is_finite_fn(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(agreement_period_is_finite(PG_GETARG_AGREEMENT_PERIOD(0)));
}

/* ---------------------------------------------------------------- btree, hash */

/* An operator on two periods: one of the predicates of agreement_period.h. */
#define PAIR_FN(name, expr) \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	AgreementPeriod a = PG_GETARG_AGREEMENT_PERIOD(0); \
	AgreementPeriod b = PG_GETARG_AGREEMENT_PERIOD(1); \
	PG_RETURN_BOOL(expr); \
}

#define CMP_FN(name, test) \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	int			c = agreement_period_cmp_internal(PG_GETARG_AGREEMENT_PERIOD(0), \
												  PG_GETARG_AGREEMENT_PERIOD(1)); \
	PG_RETURN_BOOL(test); \
}

/* = and <> share their predicate with the GiST opclass; the order with btree */
PAIR_FN(agreement_period_eq, agreement_period_equal_internal(a, b))
PAIR_FN(agreement_period_ne, !agreement_period_equal_internal(a, b))
CMP_FN(agreement_period_lt, c < 0)
CMP_FN(agreement_period_le, c <= 0)
CMP_FN(agreement_period_gt, c > 0)
CMP_FN(agreement_period_ge, c >= 0)

Datum
agreement_period_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(agreement_period_cmp_internal(PG_GETARG_AGREEMENT_PERIOD(0),
												  PG_GETARG_AGREEMENT_PERIOD(1)));
}

Datum
agreement_period_smaller(PG_FUNCTION_ARGS)
{
	Datum		a = PG_GETARG_DATUM(0);
	Datum		b = PG_GETARG_DATUM(1);

	return agreement_period_cmp_internal(DatumGetAgreementPeriod(a),
										 DatumGetAgreementPeriod(b)) <= 0 ? a : b;
}

Datum
agreement_period_larger(PG_FUNCTION_ARGS)
{
	Datum		a = PG_GETARG_DATUM(0);
	Datum		b = PG_GETARG_DATUM(1);

	return agreement_period_cmp_internal(DatumGetAgreementPeriod(a),
										 DatumGetAgreementPeriod(b)) >= 0 ? a : b;
}

/*
 * Both ends feed the hash.  hash_any() over a byte layout would read the
 * bytes in native-order words and so hash differently on big- and
 * little-endian machines; hashing each end as a value, as PostgreSQL's own
 * integer hashes do, gives every platform the same hash (which hash
 * partitioning stores in effect).  The 32-bit hash is the low half of the
 * extended hash with seed 0, as PostgreSQL's hash opclasses keep them.
 */
static inline uint64
agreement_period_hash64(AgreementPeriod p, uint64 seed)
{
	return hash_combine64(DatumGetUInt64(hash_uint32_extended((uint32) p.lower, seed)),
						  DatumGetUInt64(hash_uint32_extended((uint32) p.upper, seed)));
}

Datum
agreement_period_hash(PG_FUNCTION_ARGS)
{
	return UInt32GetDatum((uint32) agreement_period_hash64(PG_GETARG_AGREEMENT_PERIOD(0), 0));
}

Datum
agreement_period_hash_extended(PG_FUNCTION_ARGS)
{
	return UInt64GetDatum(agreement_period_hash64(PG_GETARG_AGREEMENT_PERIOD(0),
												  (uint64) PG_GETARG_INT64(1)));
}

/* Sorting compares the packed values directly, without a function call. */
static int
agreement_period_fastcmp(Datum a, Datum b, SortSupport ssup)
{
	return agreement_period_cmp_internal(DatumGetAgreementPeriod(a),
										 DatumGetAgreementPeriod(b));
}

Datum
agreement_period_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	ssup->comparator = agreement_period_fastcmp;
	PG_RETURN_VOID();
}

/* ---------------------------------------------------------------- range operators */

PAIR_FN(agreement_period_overlaps, agreement_period_overlaps_internal(a, b))
PAIR_FN(agreement_period_contains, agreement_period_contains_internal(a, b))
PAIR_FN(agreement_period_contained_by, agreement_period_contains_internal(b, a))
PAIR_FN(agreement_period_adjacent, agreement_period_adjacent_internal(a, b))
PAIR_FN(agreement_period_left, agreement_period_left_internal(a, b))
PAIR_FN(agreement_period_right, agreement_period_right_internal(a, b))
PAIR_FN(agreement_period_overleft, agreement_period_overleft_internal(a, b))
PAIR_FN(agreement_period_overright, agreement_period_overright_internal(a, b))

Datum
agreement_period_contains_date(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(agreement_period_contains_date_internal(PG_GETARG_AGREEMENT_PERIOD(0),
														   PG_GETARG_DATEADT(1)));
}

Datum
agreement_period_date_contained_by(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(agreement_period_contains_date_internal(PG_GETARG_AGREEMENT_PERIOD(1),
														   PG_GETARG_DATEADT(0)));
}

Datum
agreement_period_union(PG_FUNCTION_ARGS)
{
	AgreementPeriod a = PG_GETARG_AGREEMENT_PERIOD(0);
	AgreementPeriod b = PG_GETARG_AGREEMENT_PERIOD(1);
	AgreementPeriod r;

	if (!agreement_period_overlaps_internal(a, b) &&
		!agreement_period_adjacent_internal(a, b))
	{
		char		alo[16],
					ahi[16],
					blo[16],
					bhi[16];

		agreement_period_date_out(a.lower, alo);
		agreement_period_date_out(a.upper, ahi);
		agreement_period_date_out(b.lower, blo);
		agreement_period_date_out(b.upper, bhi);
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("union of agreement periods [%s,%s) and [%s,%s) would not be contiguous",
						alo, ahi, blo, bhi),
				 errdetail("The periods neither overlap nor touch.")));
	}
	r.lower = Min(a.lower, b.lower);
	r.upper = Max(a.upper, b.upper);
	PG_RETURN_AGREEMENT_PERIOD(r);
}

/*
 * Disjoint periods have no intersection: NULL, as the one value that says
 * "no period" (an agreement_period is never empty).
 */
Datum
agreement_period_intersect(PG_FUNCTION_ARGS)
{
	AgreementPeriod a = PG_GETARG_AGREEMENT_PERIOD(0);
	AgreementPeriod b = PG_GETARG_AGREEMENT_PERIOD(1);
	AgreementPeriod r;

	if (!agreement_period_overlaps_internal(a, b))
		PG_RETURN_NULL();
	r.lower = Max(a.lower, b.lower);
	r.upper = Min(a.upper, b.upper);
	PG_RETURN_AGREEMENT_PERIOD(r);
}
