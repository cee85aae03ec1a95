/*
 * currency.c
 *		The currency type: input, output, binary I/O, ordering, hashing and
 *		the catalog functions.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "../common/compat.h"
#include "currency.h"
#include "currency_catalog.h"

PG_FUNCTION_INFO_V1(currency_in);
PG_FUNCTION_INFO_V1(currency_out);
PG_FUNCTION_INFO_V1(currency_recv);
PG_FUNCTION_INFO_V1(currency_send);
PG_FUNCTION_INFO_V1(currency_eq);
PG_FUNCTION_INFO_V1(currency_ne);
PG_FUNCTION_INFO_V1(currency_lt);
PG_FUNCTION_INFO_V1(currency_le);
PG_FUNCTION_INFO_V1(currency_gt);
PG_FUNCTION_INFO_V1(currency_ge);
PG_FUNCTION_INFO_V1(currency_cmp);
PG_FUNCTION_INFO_V1(currency_hash);
PG_FUNCTION_INFO_V1(currency_hash_extended);
PG_FUNCTION_INFO_V1(currency_minor_units);
PG_FUNCTION_INFO_V1(currency_name);
PG_FUNCTION_INFO_V1(currency_currencies);

/* Pack three upper-case letters; the caller has checked them. */
static inline Currency
currency_pack(const char *code)
{
	return (Currency) ((code[0] - 'A') * 26 * 26 + (code[1] - 'A') * 26 + (code[2] - 'A'));
}

const CurrencyInfo *
currency_lookup(Currency c)
{
	int			lo = 0;
	int			hi = currency_catalog_size - 1;

	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;
		Currency	m = currency_pack(currency_catalog[mid].code);

		if (m == c)
			return &currency_catalog[mid];
		if (m < c)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return NULL;
}

void
currency_code(Currency c, char *out)
{
	if (c > CURRENCY_MAX_PACKED)
		elog(ERROR, "corrupt currency value %u", (unsigned) c);
	out[0] = 'A' + c / (26 * 26);
	out[1] = 'A' + (c / 26) % 26;
	out[2] = 'A' + c % 26;
	out[3] = '\0';
}

/*
 * The currency of a three-byte code, any case: CURRENCY_CODE_OK with
 * *result set, CURRENCY_CODE_UNKNOWN for three letters not in the catalog,
 * CURRENCY_CODE_INVALID for anything else.  Reports nothing, so that text
 * and binary input can each report with their own SQLSTATE.
 */
typedef enum CurrencyCodeStatus
{
	CURRENCY_CODE_OK,
	CURRENCY_CODE_UNKNOWN,
	CURRENCY_CODE_INVALID
} CurrencyCodeStatus;

static CurrencyCodeStatus
currency_code_status(const char *code, int len, Currency *result, char *upper)
{
	int			i;

	if (len != 3)
		return CURRENCY_CODE_INVALID;
	for (i = 0; i < 3; i++)
	{
		char		ch = code[i];

		if (ch >= 'a' && ch <= 'z')
			ch = ch - 'a' + 'A';
		if (ch < 'A' || ch > 'Z')
			return CURRENCY_CODE_INVALID;
		upper[i] = ch;
	}
	upper[3] = '\0';
	*result = currency_pack(upper);
	return currency_lookup(*result) != NULL ? CURRENCY_CODE_OK : CURRENCY_CODE_UNKNOWN;
}

/*
 * The bytes of a code that is not one, fit for a message: as they are when
 * they are valid text in the server's encoding (text input always is, but
 * three bytes cut from a longer string may end inside a character), else
 * in hexadecimal.
 */
static char *
code_for_message(const char *code, int len)
{
	StringInfoData buf;
	int			i;

	if (pg_verifymbstr(code, len, true) && memchr(code, '\0', len) == NULL)
		return pnstrdup(code, len);
	initStringInfo(&buf);
	appendStringInfoString(&buf, "\\x");
	for (i = 0; i < len; i++)
		appendStringInfo(&buf, "%02x", (unsigned char) code[i]);
	return buf.data;
}

bool
currency_from_code(const char *code, int len, Currency *result,
				   struct Node *escontext)
{
	char		upper[4];

	switch (currency_code_status(code, len, result, upper))
	{
		case CURRENCY_CODE_OK:
			return true;
		case CURRENCY_CODE_UNKNOWN:
			ereturn(escontext, false,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("unknown currency code \"%.*s\"", len, code),
					 errdetail("\"%s\" is not in the ISO 4217 catalog, current or historic.", upper)));
		case CURRENCY_CODE_INVALID:
			break;
	}
	ereturn(escontext, false,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid currency code \"%s\"", code_for_message(code, len)),
			 errdetail("A currency code is three letters, such as USD or JPY.")));
}

/*
 * The same for the three bytes of a code in a binary value (currency,
 * currency_amount and the aggregate states): the bytes are the client's,
 * not checked text, so a code that is not one is 22P03 and shown in
 * hexadecimal unless it is valid text.
 */
Currency
currency_from_binary_code(const char *code, const char *type_name)
{
	Currency	c;
	char		upper[4];

	switch (currency_code_status(code, 3, &c, upper))
	{
		case CURRENCY_CODE_OK:
			return c;
		case CURRENCY_CODE_UNKNOWN:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("unknown currency code \"%s\" in binary %s", upper, type_name),
					 errdetail("\"%s\" is not in the ISO 4217 catalog, current or historic.", upper)));
			break;
		case CURRENCY_CODE_INVALID:
			break;
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid currency code \"%s\" in binary %s", code_for_message(code, 3), type_name),
			 errdetail("A binary value holds the currency as its three-letter code, such as USD or JPY.")));
	pg_unreachable();
}

Datum
currency_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	Currency	c;

	if (!currency_from_code(str, (int) strlen(str), &c, COSTSHARE_ESCONTEXT(fcinfo)))
		PG_RETURN_NULL();
	PG_RETURN_CURRENCY(c);
}

Datum
currency_out(PG_FUNCTION_ARGS)
{
	Currency	c = PG_GETARG_CURRENCY(0);
	char	   *out = palloc(4);

	currency_code(c, out);
	PG_RETURN_CSTRING(out);
}

/*
 * The binary form is the three ASCII letters of the code, not the packed
 * number, so that it means the same to any reader; recv checks it against
 * the catalog exactly as text input does.
 */
Datum
currency_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	const char *code;
	Currency	c;

	if (buf->len - buf->cursor != 3)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary currency of %d bytes", buf->len - buf->cursor),
				 errdetail("A binary currency is its three-letter code.")));
	code = pq_getmsgbytes(buf, 3);
	c = currency_from_binary_code(code, "currency");
	PG_RETURN_CURRENCY(c);
}

Datum
currency_send(PG_FUNCTION_ARGS)
{
	Currency	c = PG_GETARG_CURRENCY(0);
	char		code[4];
	StringInfoData buf;

	currency_code(c, code);
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, code, 3);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Packed order is alphabetical order, so comparing the numbers suffices. */
#define CURRENCY_CMP_FN(name, op) \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(PG_GETARG_CURRENCY(0) op PG_GETARG_CURRENCY(1)); \
}

CURRENCY_CMP_FN(currency_eq, ==)
CURRENCY_CMP_FN(currency_ne, !=)
CURRENCY_CMP_FN(currency_lt, <)
CURRENCY_CMP_FN(currency_le, <=)
CURRENCY_CMP_FN(currency_gt, >)
CURRENCY_CMP_FN(currency_ge, >=)

Datum
currency_cmp(PG_FUNCTION_ARGS)
{
	Currency	a = PG_GETARG_CURRENCY(0);
	Currency	b = PG_GETARG_CURRENCY(1);

	PG_RETURN_INT32((a > b) - (a < b));
}

Datum
currency_hash(PG_FUNCTION_ARGS)
{
	return hash_uint32((uint32) PG_GETARG_CURRENCY(0));
}

Datum
currency_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_uint32_extended((uint32) PG_GETARG_CURRENCY(0), PG_GETARG_INT64(1));
}

/* The catalog entry of a currency that a value holds; it may have left a later catalog. */
static const CurrencyInfo *
currency_info_or_error(Currency c)
{
	const CurrencyInfo *info = currency_lookup(c);

	if (info == NULL)
	{
		char		code[4];

		currency_code(c, code);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("currency \"%s\" is not in the ISO 4217 catalog", code)));
	}
	return info;
}

/* minor units of a currency; NULL for codes whose ISO entry says N.A. */
Datum
currency_minor_units(PG_FUNCTION_ARGS)
{
	const CurrencyInfo *info = currency_info_or_error(PG_GETARG_CURRENCY(0));

	if (info->minor_units == CURRENCY_MINOR_UNITS_NA)
		PG_RETURN_NULL();
	PG_RETURN_INT32(info->minor_units);
}

Datum
currency_name(PG_FUNCTION_ARGS)
{
	const CurrencyInfo *info = currency_info_or_error(PG_GETARG_CURRENCY(0));

	PG_RETURN_TEXT_P(cstring_to_text(info->name));
}

Datum
currency_currencies(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	for (i = 0; i < currency_catalog_size; i++)
	{
		const CurrencyInfo *info = &currency_catalog[i];
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};

		values[0] = CurrencyGetDatum(currency_pack(info->code));
		if (info->numeric_code > 0)
			values[1] = Int32GetDatum(info->numeric_code);
		else
			nulls[1] = true;
		if (info->minor_units != CURRENCY_MINOR_UNITS_NA)
			values[2] = Int32GetDatum(info->minor_units);
		else
			nulls[2] = true;
		values[3] = PointerGetDatum(cstring_to_text(info->name));
		values[4] = BoolGetDatum(info->historic);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
