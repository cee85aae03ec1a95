/*
 * currency_amount_lexicon.h
 *		The words and symbols the amount parser knows, and their meanings.
 *
 * Private to currency_amount_parse.c: the tables say what each spelling
 * means (a currency, a scale word, an East Asian unit, a sign); the parser
 * says where it may stand.
 */
#ifndef COSTSHARE_CURRENCY_AMOUNT_LEXICON_H
#define COSTSHARE_CURRENCY_AMOUNT_LEXICON_H

typedef enum AmountTokenKind
{
	TK_NUMBER,
	TK_PLUS,
	TK_MINUS,
	TK_LPAREN,
	TK_RPAREN,
	TK_CURRENCY,
	TK_SCALE,					/* thousand, million, bn, ... */
	TK_UNIT						/* 万, 億, 兆, 만, 억, 조, ... */
} AmountTokenKind;

/* East Asian units may not mix scripts within one amount */
typedef enum UnitScript
{
	SCRIPT_NONE,
	SCRIPT_HAN,
	SCRIPT_HANGUL
} UnitScript;

/*
 * A spelling and its length in bytes, counted once when compiled: the lexer
 * compares lengths before bytes, in a loop over the words for every word
 * (the multibyte spellings it finds through an index by first character).
 */
#define LEX(s)	(s), (int) (sizeof(s) - 1)

typedef struct LexEntry
{
	const char *text;
	int			len;			/* strlen(text) */
	AmountTokenKind kind;
	const char *code;			/* TK_CURRENCY: ISO code */
	int			exponent;		/* TK_SCALE, TK_UNIT: power of ten */
	UnitScript	script;			/* TK_UNIT */
	bool		after_only;		/* TK_CURRENCY: only after the amount (円, 원) */
	bool		chinese_ambiguous;	/* TK_UNIT: 兆, whose value differs in
									 * Chinese use */
} LexEntry;

/*
 * Letters written directly before "$" or "¥" that name the currency: "US$",
 * "HK$", "CN¥".
 */
typedef struct SymbolPrefix
{
	const char *letters;
	int			letters_len;
	const char *symbol;
	int			symbol_len;
	const char *code;
} SymbolPrefix;

/* symbols, currency names and units in UTF-8, matched byte for byte */
extern const LexEntry amount_multibyte_lexicon[];
extern const int amount_multibyte_lexicon_size;

/* ASCII currency and scale words, matched without regard to case */
extern const LexEntry amount_word_lexicon[];
extern const int amount_word_lexicon_size;

extern const SymbolPrefix amount_symbol_prefixes[];
extern const int amount_symbol_prefixes_size;

#endif							/* COSTSHARE_CURRENCY_AMOUNT_LEXICON_H */
