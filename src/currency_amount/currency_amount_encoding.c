/*
 * currency_amount_encoding.c
 *		Amount input in databases whose encoding is not UTF-8.
 *
 * The parser compares bytes with a UTF-8 lexicon.  In a UTF8 database, and
 * for ASCII text anywhere, it reads the input as it is.  Otherwise the input
 * is converted to UTF-8 and parsed with the multibyte lexicon switched on;
 * the messages of a refusal are converted back, and a character of them the
 * database cannot hold (the ₩ of a hint in a EUC_JP database) is written as
 * U+20A9, so the message stays readable text of the database's encoding.
 * SQL_ASCII says nothing about its bytes and converts nothing: text that is
 * valid UTF-8 (what clients of such databases send nearly always) is read as
 * UTF-8, other text with the ASCII forms only.
 * Conversion without erroring needs PostgreSQL 14; on 13 only the ASCII forms
 * work outside UTF8 databases, as before.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"

#include "../common/compat.h"
#include "currency_amount_encoding.h"

#if PG_VERSION_NUM >= 140000
#include "common/string.h"
#endif

bool		currency_amount_input_is_utf8 = false;

#if PG_VERSION_NUM >= 140000

/*
 * s, UTF-8, in the server encoding: each character converted, or written as
 * U+XXXX when the server encoding has no equivalent.
 */
static char *
utf8_to_server_readable(Oid proc, const char *s)
{
	StringInfoData out;
	const unsigned char *p = (const unsigned char *) s;
	const unsigned char *end;
	unsigned char buf[MAX_CONVERSION_GROWTH * 4 + 1];

	if (s == NULL)
		return NULL;
	end = p + strlen(s);
	initStringInfo(&out);
	while (p < end)
	{
		int			l = pg_utf_mblen(p);

		if (l > end - p || !pg_utf8_islegal(p, l))
		{
			/* cannot happen for text the parser wrote; keep it ASCII */
			appendStringInfoChar(&out, '?');
			p++;
			continue;
		}
		if (l == 1)
			appendStringInfoChar(&out, (char) *p);
		else if (pg_do_encoding_conversion_buf(proc, PG_UTF8, GetDatabaseEncoding(),
											   (unsigned char *) p, l,
											   buf, sizeof(buf), true) == l)
			appendStringInfoString(&out, (char *) buf);
		else
			appendStringInfo(&out, "U+%04X", (unsigned int) utf8_to_unicode(p));
		p += l;
	}
	return out.data;
}

static void
error_to_server(ErrorData *edata, Oid proc)
{
	edata->message = utf8_to_server_readable(proc, edata->message);
	edata->detail = utf8_to_server_readable(proc, edata->detail);
	edata->hint = utf8_to_server_readable(proc, edata->hint);
}

#endif							/* PG_VERSION_NUM >= 140000 */

bool
currency_amount_parse_server_text(const char *str, ParsedAmount *result,
								  struct Node *escontext)
{
#if PG_VERSION_NUM >= 140000
	int			encoding = GetDatabaseEncoding();
	MemoryContext cxt = CurrentMemoryContext;
	Oid			to_utf8;
	Oid			from_utf8;
	char	   *utf8;
	volatile bool ok = false;

	if (encoding == PG_UTF8 || pg_is_ascii(str))
		return currency_amount_parse(str, result, escontext);
	if (encoding == PG_SQL_ASCII)
	{
		if (!pg_verify_mbstr(PG_UTF8, str, strlen(str), true))
			return currency_amount_parse(str, result, escontext);
		currency_amount_input_is_utf8 = true;
		PG_TRY();
		{
			ok = currency_amount_parse(str, result, escontext);
		}
		PG_FINALLY();
		{
			currency_amount_input_is_utf8 = false;
		}
		PG_END_TRY();
		return ok;
	}
	to_utf8 = FindDefaultConversionProc(encoding, PG_UTF8);
	from_utf8 = FindDefaultConversionProc(PG_UTF8, encoding);
	if (!OidIsValid(to_utf8) || !OidIsValid(from_utf8))
		return currency_amount_parse(str, result, escontext);

	utf8 = pg_server_to_any(str, strlen(str), PG_UTF8);
	currency_amount_input_is_utf8 = true;
	PG_TRY();
	{
		ok = currency_amount_parse(utf8, result, escontext);
	}
	PG_CATCH();
	{
		ErrorData  *edata;

		currency_amount_input_is_utf8 = false;
		MemoryContextSwitchTo(cxt);
		edata = CopyErrorData();
		FlushErrorState();
		error_to_server(edata, from_utf8);
		ReThrowError(edata);
	}
	PG_END_TRY();
	currency_amount_input_is_utf8 = false;
#if PG_VERSION_NUM >= 160000
	if (!ok && escontext != NULL && IsA(escontext, ErrorSaveContext) &&
		((ErrorSaveContext *) escontext)->error_data != NULL)
		error_to_server(((ErrorSaveContext *) escontext)->error_data, from_utf8);
#endif
	return ok;
#else
	return currency_amount_parse(str, result, escontext);
#endif
}
