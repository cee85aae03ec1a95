/*
 * currency_amount_parse.c
 *		From text as people write money to an exact decimal and a currency.
 *
 * Two passes.  The lexer cuts the text into tokens (numbers, signs,
 * parentheses, currency markers, scale words, East Asian units), matching
 * words without regard to case and multibyte symbols byte for byte; what
 * each spelling means is in the tables of currency_amount_lexicon.c, which
 * prepare_parser indexes once per backend.  The grammar then reads the
 * tokens through a cursor in the parse state, one function per rule:
 *
 *		input  := marker* amount marker* end	parse_markers, parse_amount,
 *												parse_markers, parse_end
 *		marker := sign | "(" | ")" | currency	note_marker
 *		amount := number [scale]				parse_scaled_number
 *				| (number unit)+ [number]		parse_unit_chain
 *
 * note_marker allows at most one currency and one sign, a sign only before
 * the number and never with parentheses, and 円, 元, 원 and the other
 * East Asian names only after it.  In a unit chain the units run strictly
 * from largest to smallest, in one script, and only the last number may
 * have a fraction.  A number may also be "d 千 [n]" (5千億円); a pass
 * between lexer and grammar (combine_thousands) rewrites it into one number
 * token.  Then check_amount asks what only the whole text shows: balanced
 * parentheses, a currency, no 兆 with yuan.  The amount's rules add terms
 * digits * 10^exponent, and sum_terms adds them in int128 from the digits
 * as written, so nothing is rounded; the caller fits the result to minor
 * units and refuses to round.  doc/amount_input.md is the user's
 * description.
 *
 * Bulk loads read every value through here, so a parse allocates nothing
 * unless it fails or has full-width forms to narrow, and the language of
 * the hints is worked out only when an error is reported.
 * sql/amount_parse_press_outcomes.sql pins what tens of thousands of
 * generated inputs give, so that a change made for speed cannot change a
 * result or a message unnoticed.
 *
 * Multibyte symbols and units are written in UTF-8 below; they are matched
 * when the server encoding is UTF-8, or when currency_amount_encoding.c
 * hands the parser a UTF-8 copy of text in another encoding.  Otherwise the
 * ASCII forms (codes, "$", words, scale words) still work.
 */
#include "postgres.h"

#include <limits.h>

#include "mb/pg_wchar.h"
#include "utils/memutils.h"

#include "../common/ascii.h"
#include "../common/compat.h"
#include "currency_amount_lexicon.h"
#include "currency_amount_encoding.h"
#include "currency_amount_parse.h"

typedef struct AmountToken
{
	AmountTokenKind kind;
	const char *text;			/* as written, for messages */
	int			len;
	int128		digits;			/* TK_NUMBER: the digits as one integer, but
								 * for the trailing zeros of the fraction */
	int			fracdigits;		/* TK_NUMBER: digits written after the point */
	int			fraczeros;		/* TK_NUMBER: of them, the trailing zeros left
								 * out of digits (1.50: digits 15, 2 and 1) */
	int			exponent;		/* TK_SCALE, TK_UNIT: power of ten */
	UnitScript	script;			/* TK_UNIT */
	bool		chinese_ambiguous;	/* TK_UNIT: 兆, whose value differs in Chinese use */
	Currency	currency;		/* TK_CURRENCY */
	bool		after_only;		/* TK_CURRENCY: a name written after the amount */
} AmountToken;

/*
 * What to do about each kind of mistake, named once: several errors share a
 * hint, and the user should read the same advice for the same mistake.
 * Those with East Asian examples are in east_asian_hints below, one set per
 * language, so that the examples are in the language of the input.
 */
#define AMOUNT_HINT_GENERAL \
	"Write one number with one currency, for example \"JPY 946500000000\", " \
	"\"946,500,000,000 jpy\", \"946.5 billion yen\", \"$1.91bn\" or " \
	"\"(1,234.00) USD\"; see doc/amount_input.md for every accepted form."

#define AMOUNT_HINT_NUMBER_FORM \
	"Group thousands with commas in threes (1,234,567) and write " \
	"decimals after a point (1,234.50)."

#define AMOUNT_HINT_WORD \
	"Use an ISO 4217 code (USD, JPY), a currency word (dollars, yen, " \
	"euros, pounds, won, yuan) or a scale word (thousand, million, " \
	"billion, trillion, k, m, mn, b, bn, tn)."

#define AMOUNT_HINT_ONE_CURRENCY \
	"Write exactly one currency code, symbol or word."

/* the hint for a missing currency is valid text in the server encoding */
#define AMOUNT_HINT_NO_CURRENCY_UTF8 \
	"Add an ISO 4217 code (USD, JPY), a symbol ($, US$, ¥, €, £, ₩, " \
	"円, 元, 원) or a currency word (dollars, yen, euros, pounds, won, " \
	"yuan)."

#define AMOUNT_HINT_NO_CURRENCY_ASCII \
	"Add an ISO 4217 code (USD, JPY), \"$\" or a currency word " \
	"(dollars, yen, euros, pounds, won, yuan)."

#define AMOUNT_HINT_SIGN_BEFORE \
	"Write a sign before the number, as in \"-$5\" or \"USD -5\", " \
	"or put a negative amount in parentheses."

#define AMOUNT_HINT_ONE_SIGN \
	"Write at most one sign, before the number."

#define AMOUNT_HINT_PARENTHESES \
	"Put a negative amount in one pair of parentheses around " \
	"the number, as in \"(1,234.00) USD\" or \"($1,234.00)\"."

#define AMOUNT_HINT_SIGN_OR_PARENTHESES \
	"Mark a negative amount either with \"-\" or with parentheses, " \
	"not both."

#define AMOUNT_HINT_CHO_YUAN \
	"Write \"万亿\" for 10^12 yuan, for example \"1万亿元\"."

/*
 * Hints with East Asian examples show them in the language of the input:
 * Korean when it has Hangul units or names, Chinese when it has units or
 * names only Chinese writes (亿, 万亿, 元, 美元, ...), else Japanese.
 */
typedef enum ExampleLanguage
{
	EXAMPLES_JAPANESE,
	EXAMPLES_KOREAN,
	EXAMPLES_CHINESE
} ExampleLanguage;

typedef struct EastAsianHints
{
	const char *units;			/* units out of order, repeated, too large */
	const char *thousand_digit; /* 千 or 천 without a single digit before it */
	const char *thousand_digit_or_full;
	const char *fraction_last;	/* a fraction before the last number */
	const char *currency_after; /* 円, 원, 元 before the number */
} EastAsianHints;

static const EastAsianHints east_asian_hints[] = {
	[EXAMPLES_JAPANESE] = {
		"Write East Asian units from the largest to the smallest, each once, "
		"for example \"1兆551億円\".",
		"Write a digit from 1 to 9 before \"千\", as in \"5千億円\".",
		"Write a digit from 1 to 9 before \"千\", as in \"5千億円\"; otherwise "
		"write the number in full (5000億円).",
		"Only the last number of an amount may have a decimal point, as in "
		"\"1兆551.5億円\".",
		"Write \"円\", \"ドル\" and the other Japanese currency names after the "
		"amount, as in \"2,017億円\"; symbols such as \"¥\" may go before it.",
	},
	[EXAMPLES_KOREAN] = {
		"Write East Asian units from the largest to the smallest, each once, "
		"for example \"1조 1,833억 원\".",
		"Write a digit from 1 to 9 before \"천\", as in \"1조 5천억 원\".",
		"Write a digit from 1 to 9 before \"천\", as in \"1조 5천억 원\"; "
		"otherwise write the number in full (5,000억 원).",
		"Only the last number of an amount may have a decimal point, as in "
		"\"1조 551.5억 원\".",
		"Write \"원\", \"달러\" and the other Korean currency names after the "
		"amount, as in \"1조 1,833억 원\"; symbols such as \"₩\" may go before it.",
	},
	[EXAMPLES_CHINESE] = {
		"Write East Asian units from the largest to the smallest, each once, "
		"for example \"1万亿1833亿元\".",
		"Write a digit from 1 to 9 before \"千\", as in \"5千亿元\".",
		"Write a digit from 1 to 9 before \"千\", as in \"5千亿元\"; otherwise "
		"write the number in full (5000亿元).",
		"Only the last number of an amount may have a decimal point, as in "
		"\"1万亿551.5亿元\".",
		"Write \"元\", \"美元\" and the other Chinese currency names after the "
		"amount, as in \"1万亿1833亿元\"; codes such as \"CNY\" may go before it.",
	},
};

/* far more than any amount needs: 1조 5천억 3천만 5천 원 is 13 */
#define AMOUNT_MAX_TOKENS 64

typedef struct Markers
{
	AmountToken *currency;
	AmountToken *sign;
	AmountToken *lparen;
	AmountToken *rparen;
} Markers;

/* one term of the amount: digits * 10^exponent */
typedef struct Term
{
	int128		digits;
	int			exponent;
} Term;

/*
 * The state of one parse.  It lives on the caller's stack, arrays and all,
 * so that reading an amount allocates nothing unless it fails (messages) or
 * the text has full-width forms (a narrowed copy).
 */
typedef struct ParseState
{
	const char *str;			/* the whole input, for messages */
	const char *text;			/* what is lexed: str, full-width forms narrowed */
	int			textlen;		/* strlen(text) */
	struct Node *escontext;
	bool		utf8;

	/*
	 * What the hints' examples are written in (hints_of): the lexer notes
	 * Hangul units or names, and units or names only Chinese writes.
	 */
	bool		saw_korean;
	bool		saw_chinese;

	/* the tokens, and the cursor of the grammar over them */
	AmountToken tokens[AMOUNT_MAX_TOKENS];
	int			ntokens;
	int			pos;			/* the next token to read */

	/* what the grammar has read so far */
	Markers		markers;
	Term		terms[AMOUNT_MAX_TOKENS];	/* one per token at most */
	int			nterms;
	AmountToken *chinese_ambiguous_unit;	/* a 兆, if any */
} ParseState;

/*
 * The hints with East Asian examples in the input's language: Korean when it
 * has Hangul units or names, Chinese when it has units or names only Chinese
 * writes, else Japanese.  Asked for only when an error is reported; the
 * lexer has noted what it takes.
 */
static const EastAsianHints *
hints_of(const ParseState *ps)
{
	if (ps->saw_korean)
		return &east_asian_hints[EXAMPLES_KOREAN];
	if (ps->saw_chinese)
		return &east_asian_hints[EXAMPLES_CHINESE];
	return &east_asian_hints[EXAMPLES_JAPANESE];
}

static void
amount_syntax_error(ParseState *ps, const char *detail, const char *hint)
{
	errsave(ps->escontext,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"",
					"currency_amount", ps->str),
			 errdetail("%s", detail),
			 errhint("%s", hint)));
}

static void
amount_range_error(ParseState *ps)
{
	errsave(ps->escontext,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("value \"%s\" is out of range for type %s",
					ps->str, "currency_amount")));
}

static char *
token_text(const AmountToken *t)
{
	return pnstrdup(t->text, t->len);
}

/*
 * The length of the wide space at p, or 0: the no-break, thin, narrow
 * no-break and ideographic spaces, which word processors put inside
 * amounts.  UTF-8 only; compared byte by byte, as this runs between every
 * two tokens.
 */
static inline int
wide_space_len(const char *p, const char *end)
{
	const unsigned char *u = (const unsigned char *) p;
	ptrdiff_t	avail = end - p;

	if (avail >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
		return 2;				/* U+00A0 NO-BREAK SPACE */
	if (avail >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
		(u[2] == 0x89 ||		/* U+2009 THIN SPACE */
		 u[2] == 0xAF))			/* U+202F NARROW NO-BREAK SPACE */
		return 3;
	if (avail >= 3 && u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)
		return 3;				/* U+3000 IDEOGRAPHIC SPACE */
	return 0;
}

/* Skip white space: ASCII, and in UTF-8 also the wide spaces. */
static const char *
skip_space(ParseState *ps, const char *p, const char *end)
{
	while (p < end)
	{
		int			l;

		if (is_ascii_space(*p))
			p++;
		else if (ps->utf8 && IS_HIGHBIT_SET(*p) && (l = wide_space_len(p, end)) > 0)
			p += l;
		else
			break;
	}
	return p;
}

/* ---------------------------------------------------------------- prepared once */

/*
 * What the lexer and the grammar would otherwise work out again for every
 * value, worked out once per backend from the compiled-in tables (the
 * tables never change while the module is loaded):
 *
 * - the multibyte lexicon indexed by first character, so that the lexer
 *   tries only the few spellings that begin with the character in front of
 *   it, longest first, rather than comparing every spelling at every
 *   position;
 * - the currency each code of the lexicon names, so that a symbol or a name
 *   costs no search of the ISO catalog;
 * - the language each multibyte spelling points the hints to;
 * - the powers of ten that fit in int128.
 */
typedef struct MultibyteSpelling
{
	uint32		first;			/* the bytes of its first character, packed */
	int			order;			/* its place in the lexicon, for equal lengths */
	const LexEntry *entry;
	Currency	currency;		/* TK_CURRENCY: the currency of entry->code */
	bool		korean;			/* a Hangul unit or name */
	bool		chinese;		/* a unit or name only Chinese writes */
} MultibyteSpelling;

typedef struct PreparedLexicon
{
	MultibyteSpelling *multibyte;	/* by first, then longest first */
	int			nmultibyte;
	Currency   *word_currency;	/* by index in amount_word_lexicon */
	Currency   *prefix_currency;	/* by index in amount_symbol_prefixes */
	Currency	usd;			/* "$", "US dollars" */
	Currency	cny;			/* the currency 兆 is ambiguous in */
} PreparedLexicon;

static PreparedLexicon *prepared = NULL;

/* 10^0 .. 10^38, every power of ten int128 holds */
#define MAX_POW10_INT128 38
static int128 pow10_table[MAX_POW10_INT128 + 1];

/*
 * The bytes of the UTF-8 character at p packed into one number, and its
 * length; 0 if the text ends inside it.  Only compared for equality with
 * the same packing of a lexicon entry, so a byte that starts no valid
 * character simply packs as itself.
 */
static inline int
utf8_first_char(const char *p, const char *end, uint32 *key)
{
	unsigned char b = (unsigned char) *p;
	int			l;
	uint32		k = 0;

	if (b < 0x80)
		l = 1;
	else if ((b & 0xE0) == 0xC0)
		l = 2;
	else if ((b & 0xF0) == 0xE0)
		l = 3;
	else if ((b & 0xF8) == 0xF0)
		l = 4;
	else
		l = 1;
	if (l > end - p)
		return 0;
	for (int i = 0; i < l; i++)
		k = (k << 8) | (unsigned char) p[i];
	*key = k;
	return l;
}

/* Is the first character of s a Hangul syllable (U+AC00..U+D7A3)? */
static bool
starts_with_hangul(const char *s, int len)
{
	const unsigned char *u = (const unsigned char *) s;
	int			cp;

	if (len < 3 || (u[0] & 0xF0) != 0xE0)
		return false;
	cp = (u[0] & 0x0F) << 12 | (u[1] & 0x3F) << 6 | (u[2] & 0x3F);
	return cp >= 0xAC00 && cp <= 0xD7A3;
}

/* Is s (len bytes) a unit or name only Chinese writes? */
static bool
is_chinese_only(const char *s, int len)
{
	static const char *const chinese_only[] = {
		"亿", "万亿", "萬億", "元", "人民币", "日元", "美元", "欧元", "英镑", "韩元",
	};

	for (int k = 0; k < lengthof(chinese_only); k++)
	{
		if (strlen(chinese_only[k]) == len && memcmp(s, chinese_only[k], len) == 0)
			return true;
	}
	return false;
}

static int
multibyte_spelling_cmp(const void *a, const void *b)
{
	const MultibyteSpelling *x = (const MultibyteSpelling *) a;
	const MultibyteSpelling *y = (const MultibyteSpelling *) b;

	if (x->first != y->first)
		return (x->first < y->first) ? -1 : 1;
	if (x->entry->len != y->entry->len)
		return (x->entry->len > y->entry->len) ? -1 : 1;
	return x->order - y->order;
}

/* A code of the lexicon: one of ours, so an unknown one is a bug (throws). */
static Currency
lexicon_currency(const char *code)
{
	Currency	c;

	currency_from_code(code, strlen(code), &c, NULL);
	return c;
}

static void
prepare_parser(void)
{
	MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);
	PreparedLexicon *pl = palloc0(sizeof(PreparedLexicon));

	pl->nmultibyte = amount_multibyte_lexicon_size;
	pl->multibyte = palloc0(pl->nmultibyte * sizeof(MultibyteSpelling));
	for (int i = 0; i < pl->nmultibyte; i++)
	{
		const LexEntry *e = &amount_multibyte_lexicon[i];
		MultibyteSpelling *m = &pl->multibyte[i];

		if (utf8_first_char(e->text, e->text + e->len, &m->first) == 0)
			elog(ERROR, "amount lexicon entry \"%s\" is not UTF-8", e->text);
		m->order = i;
		m->entry = e;
		if (e->kind == TK_CURRENCY)
			m->currency = lexicon_currency(e->code);
		/* the hints look at units and currency names only */
		if (e->kind == TK_UNIT || e->kind == TK_CURRENCY)
		{
			m->korean = starts_with_hangul(e->text, e->len);
			m->chinese = is_chinese_only(e->text, e->len);
		}
	}
	qsort(pl->multibyte, pl->nmultibyte, sizeof(MultibyteSpelling),
		  multibyte_spelling_cmp);

	pl->word_currency = palloc0(amount_word_lexicon_size * sizeof(Currency));
	for (int i = 0; i < amount_word_lexicon_size; i++)
	{
		if (amount_word_lexicon[i].kind == TK_CURRENCY)
			pl->word_currency[i] = lexicon_currency(amount_word_lexicon[i].code);
	}
	pl->prefix_currency = palloc0(amount_symbol_prefixes_size * sizeof(Currency));
	for (int i = 0; i < amount_symbol_prefixes_size; i++)
		pl->prefix_currency[i] = lexicon_currency(amount_symbol_prefixes[i].code);
	pl->usd = lexicon_currency("USD");
	pl->cny = lexicon_currency("CNY");

	pow10_table[0] = 1;
	for (int i = 1; i <= MAX_POW10_INT128; i++)
		pow10_table[i] = pow10_table[i - 1] * 10;

	MemoryContextSwitchTo(old);
	/* last, so that an error above leaves nothing half made in use */
	prepared = pl;
}

/*
 * The longest spelling of the multibyte lexicon at p (the earliest in the
 * lexicon of equally long ones), or NULL.
 */
static const MultibyteSpelling *
find_multibyte(const char *p, const char *end)
{
	const MultibyteSpelling *m = prepared->multibyte;
	uint32		key;
	int			l = utf8_first_char(p, end, &key);
	int			lo = 0;
	int			hi = prepared->nmultibyte;

	if (l == 0)
		return NULL;
	/* the first spelling whose first character is not below the key */
	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (m[mid].first < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* those that start with it, longest first: the first that matches */
	for (; lo < prepared->nmultibyte && m[lo].first == key; lo++)
	{
		const LexEntry *e = m[lo].entry;

		if (e->len <= end - p && memcmp(p + l, e->text + l, e->len - l) == 0)
			return &m[lo];
	}
	return NULL;
}

/* 10^n as int128, or false if it does not fit */
static inline bool
pow10_int128(int n, int128 *result)
{
	if (n < 0 || n > MAX_POW10_INT128)
		return false;
	*result = pow10_table[n];
	return true;
}

/*
 * A number: digits with optional comma thousands separators (groups of three
 * after the first) and an optional point with at least one digit after it.
 * Anything else that looks numeric ("1,23", "1.234,56", "5.") is refused
 * rather than guessed at.
 */
static bool
lex_number(ParseState *ps, const char **pp, const char *end, AmountToken *t)
{
	const char *start = *pp;
	const char *p = start;
	int128		digits = 0;
	int			fracdigits = 0;
	int			fraczeros = 0;
	int			group = 0;		/* digits in the current comma group */
	bool		saw_comma = false;
	bool		bad = false;
	bool		overflow = false;

	while (p < end && (is_ascii_digit(*p) || *p == ','))
	{
		if (*p == ',')
		{
			/* the first group has 1 to 3 digits, the others exactly 3 */
			if (group == 0 || (saw_comma ? group != 3 : group > 3))
				bad = true;
			saw_comma = true;
			group = 0;
		}
		else
		{
			group++;
			if (__builtin_mul_overflow(digits, (int128) 10, &digits) ||
				__builtin_add_overflow(digits, (int128) (*p - '0'), &digits))
				overflow = true;
		}
		p++;
	}
	if (saw_comma && group != 3)
		bad = true;
	if (p < end && *p == '.')
	{
		p++;
		if (p >= end || !is_ascii_digit(*p))
			bad = true;
		/*
		 * Zeros after the point are held back until a digit other than zero
		 * follows: "1." and forty zeros is exactly 1, not out of range.
		 */
		while (p < end && is_ascii_digit(*p))
		{
			fracdigits++;
			if (*p == '0')
				fraczeros++;
			else
			{
				for (; fraczeros > 0; fraczeros--)
					if (__builtin_mul_overflow(digits, (int128) 10, &digits))
						overflow = true;
				if (__builtin_mul_overflow(digits, (int128) 10, &digits) ||
					__builtin_add_overflow(digits, (int128) (*p - '0'), &digits))
					overflow = true;
			}
			p++;
		}
	}
	/* "1.234,56", "1.2.3", "5.,": take in the whole run for the message */
	if (p < end && (*p == ',' || *p == '.'))
	{
		bad = true;
		while (p < end && (is_ascii_digit(*p) || *p == ',' || *p == '.'))
			p++;
	}
	t->kind = TK_NUMBER;
	t->text = start;
	t->len = p - start;
	*pp = p;
	if (bad)
	{
		amount_syntax_error(ps,
							psprintf("The number \"%s\" is not well formed.", token_text(t)),
							AMOUNT_HINT_NUMBER_FORM);
		return false;
	}
	if (overflow)
	{
		amount_range_error(ps);
		return false;
	}
	t->digits = digits;
	t->fracdigits = fracdigits;
	t->fraczeros = fraczeros;
	return true;
}

/*
 * Do the len ASCII letters at s spell the ASCII letters of word, in any
 * case?  For letters, setting bit 0x20 is lower-casing, so this is
 * pg_strncasecmp for the one case the lexer needs, inline: it runs over the
 * word lexicon for every word of the input.
 */
static inline bool
letters_equal(const char *s, const char *word, int len)
{
	for (int i = 0; i < len; i++)
	{
		Assert(is_ascii_letter(s[i]) && is_ascii_letter(word[i]));
		if ((s[i] | 0x20) != (word[i] | 0x20))
			return false;
	}
	return true;
}

/* a run of ASCII letters, possibly with "$"/"¥" after it, or "US dollars" */
static bool
lex_word(ParseState *ps, const char **pp, const char *end, AmountToken *t)
{
	const char *start = *pp;
	const char *p = start;
	int			len;

	while (p < end && is_ascii_letter(*p))
		p++;
	len = p - start;
	t->text = start;

	/* "US$", "HK$", "CN¥": letters glued to a symbol */
	for (int i = 0; i < amount_symbol_prefixes_size; i++)
	{
		const SymbolPrefix *sp = &amount_symbol_prefixes[i];
		size_t		sl = sp->symbol_len;

		if (sp->letters_len == len &&
			letters_equal(start, sp->letters, len) &&
			(size_t) (end - p) >= sl && memcmp(p, sp->symbol, sl) == 0 &&
			(sl == 1 || ps->utf8))
		{
			t->kind = TK_CURRENCY;
			t->len = len + sl;
			t->currency = prepared->prefix_currency[i];
			*pp = p + sl;
			return true;
		}
	}

	/* "US dollar(s)" */
	if (len == 2 && letters_equal(start, "us", 2))
	{
		const char *q = skip_space(ps, p, end);
		const char *w = q;

		while (w < end && is_ascii_letter(*w))
			w++;
		if ((w - q == 6 && letters_equal(q, "dollar", 6)) ||
			(w - q == 7 && letters_equal(q, "dollars", 7)))
		{
			t->kind = TK_CURRENCY;
			t->len = w - start;
			t->currency = prepared->usd;
			*pp = w;
			return true;
		}
	}

	t->len = len;
	*pp = p;
	for (int i = 0; i < amount_word_lexicon_size; i++)
	{
		const LexEntry *e = &amount_word_lexicon[i];

		if (e->len == len && letters_equal(start, e->text, len))
		{
			t->kind = e->kind;
			t->exponent = e->exponent;
			t->currency = prepared->word_currency[i];
			return true;
		}
	}

	/* an ISO 4217 code; the currency type reports an unknown one */
	if (len == 3)
	{
		t->kind = TK_CURRENCY;
		return currency_from_code(start, 3, &t->currency, ps->escontext);
	}

	amount_syntax_error(ps,
						psprintf("The word \"%s\" is neither a currency nor a scale word.",
								 token_text(t)),
						AMOUNT_HINT_WORD);
	return false;
}

/* A symbol, currency name, unit or sign of the multibyte lexicon. */
static bool
lex_multibyte(ParseState *ps, const char **pp, const char *end, AmountToken *t)
{
	const char *p = *pp;
	const MultibyteSpelling *m = ps->utf8 ? find_multibyte(p, end) : NULL;
	const LexEntry *e;

	t->text = p;
	if (m == NULL)
	{
		int			l = pg_mblen(p);

		if (l > end - p)
			l = end - p;
		t->len = l;
		amount_syntax_error(ps,
							psprintf("The character \"%s\" is not part of any accepted form.",
									 token_text(t)),
							AMOUNT_HINT_GENERAL);
		return false;
	}
	e = m->entry;
	t->kind = e->kind;
	t->len = e->len;
	t->exponent = e->exponent;
	t->script = e->script;
	t->chinese_ambiguous = e->chinese_ambiguous;
	t->after_only = e->after_only;
	t->currency = m->currency;
	ps->saw_korean |= m->korean;
	ps->saw_chinese |= m->chinese;
	*pp = p + e->len;
	return true;
}

/* One of + - ( ) $, each a token of one byte. */
static bool
lex_ascii_mark(ParseState *ps, const char **pp, AmountToken *t)
{
	const char *p = *pp;

	t->text = p;
	t->len = 1;
	*pp = p + 1;
	switch (*p)
	{
		case '+':
			t->kind = TK_PLUS;
			return true;
		case '-':
			t->kind = TK_MINUS;
			return true;
		case '(':
			t->kind = TK_LPAREN;
			return true;
		case ')':
			t->kind = TK_RPAREN;
			return true;
		case '$':
			t->kind = TK_CURRENCY;
			t->currency = prepared->usd;
			return true;
	}
	elog(ERROR, "unexpected character in amount lexer: %c", *p);
	return false;
}

/*
 * Japanese and Chinese text often writes digits and punctuation full width
 * (２，０１７億円).  Narrow U+FF01..U+FF5E, the full-width forms of ASCII
 * "!" to "~", to ASCII, so that the lexer sees one spelling; other text is
 * copied unchanged.  Only for UTF-8, where those forms are EF BC 81..EF BD 9E.
 */
static const char *
narrow_fullwidth(const char *str, int *len)
{
	const char *lead = memchr(str, 0xEF, *len);
	char	   *out;
	char	   *o;

	/* the common case: no character of U+F000..U+FFFF, nothing to copy */
	while (lead != NULL && lead[1] != '\xBC' && lead[1] != '\xBD')
		lead = memchr(lead + 1, 0xEF, *len - (lead + 1 - str));
	if (lead == NULL)
		return str;
	out = palloc(*len + 1);
	o = out;
	for (const char *p = str; *p;)
	{
		unsigned char b1 = (unsigned char) p[0];
		unsigned char b2 = b1 ? (unsigned char) p[1] : 0;
		unsigned char b3 = b2 ? (unsigned char) p[2] : 0;
		int			cp = -1;

		if (b1 == 0xEF && (b2 == 0xBC || b2 == 0xBD) && b3 >= 0x80 && b3 <= 0xBF)
			cp = ((b2 & 0x3F) << 6 | (b3 & 0x3F)) + 0xF000;
		if (cp >= 0xFF01 && cp <= 0xFF5E)
		{
			*o++ = (char) (cp - 0xFF01 + '!');
			p += 3;
		}
		else
			*o++ = *p++;
	}
	*o = '\0';
	*len = o - out;
	return out;
}

/*
 * Cut ps->text into ps->tokens; false (error reported) on anything
 * unrecognized.
 */
static bool
amount_lex(ParseState *ps)
{
	const char *p = ps->text;
	const char *end = p + ps->textlen;
	AmountToken *tokens = ps->tokens;
	int			n = 0;

	for (;;)
	{
		AmountToken *t;

		p = skip_space(ps, p, end);
		if (p >= end)
			break;
		/* No amount has more than a few dozen tokens. */
		if (n == AMOUNT_MAX_TOKENS)
		{
			amount_syntax_error(ps,
								psprintf("The text has more than %d words, numbers and symbols.",
										 AMOUNT_MAX_TOKENS),
								AMOUNT_HINT_GENERAL);
			return false;
		}
		t = &tokens[n++];
		memset(t, 0, sizeof(*t));
		if (is_ascii_digit(*p) || (*p == '.' && p + 1 < end && is_ascii_digit(p[1])))
		{
			if (!lex_number(ps, &p, end, t))
				return false;
		}
		else if (is_ascii_letter(*p))
		{
			if (!lex_word(ps, &p, end, t))
				return false;
		}
		else if (*p == '+' || *p == '-' || *p == '(' || *p == ')' || *p == '$')
		{
			if (!lex_ascii_mark(ps, &p, t))
				return false;
		}
		else if (IS_HIGHBIT_SET(*p))
		{
			if (!lex_multibyte(ps, &p, end, t))
				return false;
		}
		else
		{
			t->text = p;
			t->len = 1;
			amount_syntax_error(ps,
								psprintf("The character \"%s\" is not part of any accepted form.",
										 token_text(t)),
								AMOUNT_HINT_GENERAL);
			return false;
		}
	}
	ps->ntokens = n;
	return true;
}

/* ---------------------------------------------------------------- cursor */

/* the token ahead tokens from the cursor, or NULL past the end */
static inline AmountToken *
peek_token(ParseState *ps, int ahead)
{
	int			i = ps->pos + ahead;

	return (i < ps->ntokens) ? &ps->tokens[i] : NULL;
}

/* is the token ahead tokens from the cursor of this kind? */
static inline bool
peek_kind(ParseState *ps, int ahead, AmountTokenKind kind)
{
	AmountToken *t = peek_token(ps, ahead);

	return t != NULL && t->kind == kind;
}

/* take the token at the cursor; the caller has seen that there is one */
static inline AmountToken *
next_token(ParseState *ps)
{
	Assert(ps->pos < ps->ntokens);
	return &ps->tokens[ps->pos++];
}

static void
add_term(ParseState *ps, int128 digits, int exponent)
{
	ps->terms[ps->nterms].digits = digits;
	ps->terms[ps->nterms].exponent = exponent;
	ps->nterms++;
}

/* ---------------------------------------------------------------- thousands */

/*
 * 千 and 천 (a thousand) count thousands inside a group of four digits, as in
 * 5千億円 (5000億) or 1조 5천억 원: "d 千 [n]" with a single digit d and an
 * integer n below 1000 stands for the number d * 1000 + n.  Rewrite each
 * such run as one number token, so the grammar proper never sees 千.
 */
static bool
combine_thousands(ParseState *ps)
{
	AmountToken *tokens = ps->tokens;
	int			n = ps->ntokens;
	int			out = 0;

	for (int i = 0; i < n; i++)
	{
		AmountToken *t = &tokens[i];

		if (t->kind == TK_UNIT && t->exponent == 3)
		{
			AmountToken *num = (out > 0) ? &tokens[out - 1] : NULL;

			if (num == NULL || num->kind != TK_NUMBER || num->script != SCRIPT_NONE)
			{
				amount_syntax_error(ps,
									psprintf("\"%s\" does not follow a single digit.", token_text(t)),
									hints_of(ps)->thousand_digit);
				return false;
			}
			if (num->fracdigits != 0 || num->digits < 1 || num->digits > 9 ||
				num->len != 1)
			{
				amount_syntax_error(ps,
									psprintf("\"%s%s\" does not have a single digit before \"%s\".",
											 token_text(num), token_text(t), token_text(t)),
									hints_of(ps)->thousand_digit_or_full);
				return false;
			}
			num->digits *= 1000;
			num->script = t->script;
			num->len = (t->text + t->len) - num->text;
			/* "5千300万": the hundreds after 千 belong to the same number */
			if (i + 1 < n && tokens[i + 1].kind == TK_NUMBER)
			{
				AmountToken *rest = &tokens[i + 1];

				if (rest->fracdigits != 0 || rest->digits >= 1000)
				{
					amount_syntax_error(ps,
										psprintf("\"%s\" after \"%s\" is not a whole number below 1000.",
												 token_text(rest), token_text(t)),
										hints_of(ps)->thousand_digit_or_full);
					return false;
				}
				num->digits += rest->digits;
				num->len = (rest->text + rest->len) - num->text;
				i++;
			}
			continue;
		}
		if (out != i)
			tokens[out] = *t;
		out++;
	}
	ps->ntokens = out;
	return true;
}

/* ---------------------------------------------------------------- markers */

/* Take one sign, parenthesis or currency; before is true left of the amount. */
static bool
note_marker(ParseState *ps, AmountToken *t, bool before)
{
	Markers    *m = &ps->markers;

	switch (t->kind)
	{
		case TK_CURRENCY:
			if (before && t->after_only)
			{
				amount_syntax_error(ps,
									psprintf("The currency \"%s\" comes before the number.",
											 token_text(t)),
									hints_of(ps)->currency_after);
				return false;
			}
			if (m->currency != NULL)
			{
				amount_syntax_error(ps,
									psprintf("The text names a currency twice, \"%s\" and \"%s\".",
											 token_text(m->currency), token_text(t)),
									AMOUNT_HINT_ONE_CURRENCY);
				return false;
			}
			m->currency = t;
			return true;
		case TK_PLUS:
		case TK_MINUS:
			if (!before)
			{
				amount_syntax_error(ps,
									psprintf("The sign \"%s\" follows the number.", token_text(t)),
									AMOUNT_HINT_SIGN_BEFORE);
				return false;
			}
			if (m->sign != NULL)
			{
				amount_syntax_error(ps, "The text has more than one sign.",
									AMOUNT_HINT_ONE_SIGN);
				return false;
			}
			m->sign = t;
			break;
		case TK_LPAREN:
			if (!before || m->lparen != NULL)
			{
				amount_syntax_error(ps, "The parentheses are misplaced.",
									AMOUNT_HINT_PARENTHESES);
				return false;
			}
			m->lparen = t;
			break;
		case TK_RPAREN:
			if (before || m->rparen != NULL)
			{
				amount_syntax_error(ps, "The parentheses are misplaced.",
									AMOUNT_HINT_PARENTHESES);
				return false;
			}
			m->rparen = t;
			break;
		default:
			elog(ERROR, "unexpected token kind %d", (int) t->kind);
	}
	if (m->sign != NULL && (m->lparen != NULL || m->rparen != NULL))
	{
		amount_syntax_error(ps, "The text has both a sign and parentheses.",
							AMOUNT_HINT_SIGN_OR_PARENTHESES);
		return false;
	}
	return true;
}

static bool
is_marker(const AmountToken *t)
{
	return t->kind == TK_CURRENCY || t->kind == TK_PLUS || t->kind == TK_MINUS ||
		t->kind == TK_LPAREN || t->kind == TK_RPAREN;
}

/* marker*: the markers before the amount (before) or after it */
static bool
parse_markers(ParseState *ps, bool before)
{
	AmountToken *t;

	while ((t = peek_token(ps, 0)) != NULL && is_marker(t))
	{
		if (!note_marker(ps, t, before))
			return false;
		ps->pos++;
	}
	return true;
}

/* ---------------------------------------------------------------- amount */

/*
 * The power of ten that t->digits is counted in, negated: the fraction's
 * digits but its trailing zeros (1.50 is 15 tenths).
 */
static inline int
value_fracdigits(const AmountToken *t)
{
	return t->fracdigits - t->fraczeros;
}

/* is the integer part of number t below 10^k? */
static bool
number_below_pow10(const AmountToken *t, int k)
{
	int128		limit;

	if (!pow10_int128(k + value_fracdigits(t), &limit))
		return true;
	return t->digits < limit;
}

/*
 * One "number unit" of a chain, after the unit prev_unit (NULL for the
 * first): both in one script, the unit smaller than the one before, and the
 * number less than one of the unit before.
 */
static bool
check_unit_term(ParseState *ps, const AmountToken *num, const AmountToken *unit,
				const AmountToken *prev_unit)
{
	/* 5천億: 천 and the unit after it must agree */
	if (num->script != SCRIPT_NONE && num->script != unit->script)
	{
		amount_syntax_error(ps,
							psprintf("\"%s%s\" mixes Korean and Chinese characters.",
									 token_text(num), token_text(unit)),
							hints_of(ps)->units);
		return false;
	}
	if (prev_unit == NULL)
		return true;
	if (unit->script != prev_unit->script)
	{
		amount_syntax_error(ps,
							psprintf("The units \"%s\" and \"%s\" mix Korean and Chinese characters.",
									 token_text(prev_unit), token_text(unit)),
							hints_of(ps)->units);
		return false;
	}
	if (unit->exponent >= prev_unit->exponent)
	{
		amount_syntax_error(ps,
							unit->exponent == prev_unit->exponent ?
							psprintf("The unit \"%s\" is repeated.", token_text(unit)) :
							psprintf("The unit \"%s\" follows the smaller unit \"%s\".",
									 token_text(unit), token_text(prev_unit)),
							hints_of(ps)->units);
		return false;
	}
	/* 1兆12000億 is not an amount anyone writes */
	if (!number_below_pow10(num, prev_unit->exponent - unit->exponent))
	{
		amount_syntax_error(ps,
							psprintf("\"%s%s\" is not less than one \"%s\".",
									 token_text(num), token_text(unit),
									 token_text(prev_unit)),
							hints_of(ps)->units);
		return false;
	}
	return true;
}

/*
 * amount := (number unit)+ [number], as in 1兆551億円 or 1億5000万1234円.
 * The cursor is on a number followed by a unit.
 */
static bool
parse_unit_chain(ParseState *ps)
{
	AmountToken *prev_unit = NULL;
	AmountToken *num = next_token(ps);

	for (;;)
	{
		AmountToken *unit = next_token(ps);

		if (!check_unit_term(ps, num, unit, prev_unit))
			return false;
		if (unit->chinese_ambiguous)
			ps->chinese_ambiguous_unit = unit;
		add_term(ps, num->digits, unit->exponent - value_fracdigits(num));
		prev_unit = unit;

		if (!peek_kind(ps, 0, TK_NUMBER))
			return true;
		if (num->fracdigits > 0)
		{
			amount_syntax_error(ps,
								psprintf("\"%s\" has a fraction but is not the last number.",
										 token_text(num)),
								hints_of(ps)->fraction_last);
			return false;
		}
		num = next_token(ps);
		if (!peek_kind(ps, 0, TK_UNIT))
			break;
	}

	/* a last number without a unit: 1億5000万1234円 */
	if (!number_below_pow10(num, prev_unit->exponent))
	{
		amount_syntax_error(ps,
							psprintf("\"%s\" after \"%s\" is not less than one \"%s\".",
									 token_text(num), token_text(prev_unit),
									 token_text(prev_unit)),
							hints_of(ps)->units);
		return false;
	}
	add_term(ps, num->digits, -value_fracdigits(num));
	return true;
}

/*
 * amount := number [scale], as in 946.5 billion yen or JPY 946500000000.
 * The cursor is on a number.
 */
static bool
parse_scaled_number(ParseState *ps)
{
	AmountToken *num = next_token(ps);
	int			scale = 0;

	if (peek_kind(ps, 0, TK_SCALE))
	{
		AmountToken *word = next_token(ps);

		/* 5千 million: 千 counts within East Asian units only */
		if (num->script != SCRIPT_NONE)
		{
			amount_syntax_error(ps,
								psprintf("The scale word \"%s\" follows \"%s\".",
										 token_text(word), token_text(num)),
								AMOUNT_HINT_GENERAL);
			return false;
		}
		scale = word->exponent;
	}
	add_term(ps, num->digits, scale - value_fracdigits(num));
	return true;
}

/* amount: starts with a number; a unit after it makes it a unit chain */
static bool
parse_amount(ParseState *ps)
{
	AmountToken *t = peek_token(ps, 0);

	if (t == NULL)
	{
		amount_syntax_error(ps, "The text has no number.", AMOUNT_HINT_GENERAL);
		return false;
	}
	if (t->kind != TK_NUMBER)
	{
		amount_syntax_error(ps,
							psprintf("\"%s\" comes before any number.", token_text(t)),
							AMOUNT_HINT_GENERAL);
		return false;
	}
	if (peek_kind(ps, 1, TK_UNIT))
		return parse_unit_chain(ps);
	return parse_scaled_number(ps);
}

/* end: nothing may follow the markers after the amount */
static bool
parse_end(ParseState *ps)
{
	AmountToken *t = peek_token(ps, 0);
	AmountToken *prev;
	const char *detail;

	if (t == NULL)
		return true;
	/* the amount took at least one token, so there is one before t */
	prev = &ps->tokens[ps->pos - 1];
	if (t->kind == TK_NUMBER && prev->kind == TK_NUMBER)
		detail = psprintf("A second number \"%s\" follows \"%s\".",
						  token_text(t), token_text(prev));
	else if (t->kind == TK_UNIT && prev->kind == TK_SCALE)
		detail = psprintf("The unit \"%s\" follows the scale word \"%s\".",
						  token_text(t), token_text(prev));
	else if (t->kind == TK_SCALE && prev->kind == TK_UNIT)
		detail = psprintf("The scale word \"%s\" follows the unit \"%s\".",
						  token_text(t), token_text(prev));
	else
		detail = psprintf("Unexpected \"%s\" after \"%.*s\".", token_text(t),
						  (int) (t->text - ps->text), ps->text);
	amount_syntax_error(ps, detail, AMOUNT_HINT_GENERAL);
	return false;
}

/* ---------------------------------------------------------------- checks, sum */

/* What only the whole text can show: balance, one currency, 兆 with yuan. */
static bool
check_amount(ParseState *ps)
{
	Markers    *m = &ps->markers;

	if ((m->lparen == NULL) != (m->rparen == NULL))
	{
		amount_syntax_error(ps, "The parentheses are not balanced.",
							AMOUNT_HINT_PARENTHESES);
		return false;
	}
	if (m->currency == NULL)
	{
		amount_syntax_error(ps, "The text names no currency.",
							ps->utf8 ? AMOUNT_HINT_NO_CURRENCY_UTF8 :
							AMOUNT_HINT_NO_CURRENCY_ASCII);
		return false;
	}
	if (ps->chinese_ambiguous_unit != NULL && m->currency->currency == prepared->cny)
	{
		amount_syntax_error(ps,
							"In Chinese usage \"兆\" may mean 10^6 rather than 10^12, so an "
							"amount in yuan with \"兆\" is ambiguous.",
							AMOUNT_HINT_CHO_YUAN);
		return false;
	}
	return true;
}

/* The exact sum of the terms, at the smallest exponent among them. */
static bool
sum_terms(ParseState *ps, ParsedAmount *result)
{
	const Markers *m = &ps->markers;
	int			exponent = INT_MAX;
	int128		total = 0;

	for (int k = 0; k < ps->nterms; k++)
		exponent = Min(exponent, ps->terms[k].exponent);
	for (int k = 0; k < ps->nterms; k++)
	{
		const Term *term = &ps->terms[k];
		int128		factor;
		int128		v;

		if (term->digits == 0)
			continue;
		if (!pow10_int128(term->exponent - exponent, &factor) ||
			__builtin_mul_overflow(term->digits, factor, &v) ||
			__builtin_add_overflow(total, v, &total))
		{
			amount_range_error(ps);
			return false;
		}
	}
	/* 1.50 is 15 * 10^-1: fewer digits for the caller to carry */
	while (total != 0 && exponent < 0 && total % 10 == 0)
	{
		total /= 10;
		exponent++;
	}
	if (total == 0)
		exponent = 0;

	result->negative = (total != 0) && (m->lparen != NULL ||
										(m->sign != NULL && m->sign->kind == TK_MINUS));
	result->coefficient = total;
	result->exponent = exponent;
	result->currency = m->currency->currency;
	return true;
}

/* ---------------------------------------------------------------- input */

bool
currency_amount_parse(const char *str, ParsedAmount *result,
					  struct Node *escontext)
{
	ParseState	ps;

	if (unlikely(prepared == NULL))
		prepare_parser();

	/* the arrays are filled as they are read; the rest starts empty */
	ps.str = str;
	ps.escontext = escontext;
	/* a UTF-8 copy in another encoding: currency_amount_encoding.c */
	ps.utf8 = (GetDatabaseEncoding() == PG_UTF8) || currency_amount_input_is_utf8;
	ps.textlen = strlen(str);
	ps.text = ps.utf8 ? narrow_fullwidth(str, &ps.textlen) : str;
	ps.saw_korean = false;
	ps.saw_chinese = false;
	ps.ntokens = 0;
	ps.pos = 0;
	memset(&ps.markers, 0, sizeof(ps.markers));
	ps.nterms = 0;
	ps.chinese_ambiguous_unit = NULL;

	if (!amount_lex(&ps))
		return false;
	if (!combine_thousands(&ps))
		return false;
	if (ps.ntokens == 0)
	{
		amount_syntax_error(&ps, "The text is empty.", AMOUNT_HINT_GENERAL);
		return false;
	}

	/* input := marker* amount marker* end, then the checks and the sum */
	return parse_markers(&ps, true) &&
		parse_amount(&ps) &&
		parse_markers(&ps, false) &&
		parse_end(&ps) &&
		check_amount(&ps) &&
		sum_terms(&ps, result);
}
