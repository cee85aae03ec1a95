/*
 * currency_amount_lexicon.c
 *		The spellings of money the amount parser reads, in tables.
 *
 * Symbols, currency names in English, Japanese, Chinese and Korean, scale
 * words and East Asian units, each with what it means.  Where each may
 * stand (before or after the number, in which order) is the grammar's
 * business, in currency_amount_parse.c; doc/amount_input.md lists them for
 * the user.  Adding a spelling here is all it takes for the parser to read
 * it.
 *
 * Multibyte entries are written in UTF-8; the parser matches them only when
 * the server encoding is UTF-8.
 */
#include "postgres.h"

#include "currency_amount/currency_amount_lexicon.h"

/*
 * Multibyte forms (UTF-8).  The longest entry matching at a position wins, so
 * "日元" is yen although "元" alone is yuan, and "万亿" is 10^12.
 */
const LexEntry amount_multibyte_lexicon[] = {
	/* symbols */
	{"¥", TK_CURRENCY, "JPY"},
	{"￥", TK_CURRENCY, "JPY"},	/* full-width yen sign */
	{"€", TK_CURRENCY, "EUR"},
	{"£", TK_CURRENCY, "GBP"},
	{"₩", TK_CURRENCY, "KRW"},
	{"￦", TK_CURRENCY, "KRW"},	/* full-width won sign */
	{"円", TK_CURRENCY, "JPY", 0, SCRIPT_NONE, true},
	{"元", TK_CURRENCY, "CNY", 0, SCRIPT_NONE, true},
	{"원", TK_CURRENCY, "KRW", 0, SCRIPT_NONE, true},
	/* Japanese currency names */
	{"ドル", TK_CURRENCY, "USD", 0, SCRIPT_NONE, true},
	{"米ドル", TK_CURRENCY, "USD", 0, SCRIPT_NONE, true},
	{"ユーロ", TK_CURRENCY, "EUR", 0, SCRIPT_NONE, true},
	{"ポンド", TK_CURRENCY, "GBP", 0, SCRIPT_NONE, true},
	{"ウォン", TK_CURRENCY, "KRW", 0, SCRIPT_NONE, true},
	{"人民元", TK_CURRENCY, "CNY", 0, SCRIPT_NONE, true},
	/* Chinese currency names */
	{"人民币", TK_CURRENCY, "CNY", 0, SCRIPT_NONE, true},
	{"日元", TK_CURRENCY, "JPY", 0, SCRIPT_NONE, true},
	{"美元", TK_CURRENCY, "USD", 0, SCRIPT_NONE, true},
	{"欧元", TK_CURRENCY, "EUR", 0, SCRIPT_NONE, true},
	{"英镑", TK_CURRENCY, "GBP", 0, SCRIPT_NONE, true},
	{"韩元", TK_CURRENCY, "KRW", 0, SCRIPT_NONE, true},
	/* Korean currency names */
	{"달러", TK_CURRENCY, "USD", 0, SCRIPT_NONE, true},
	{"엔", TK_CURRENCY, "JPY", 0, SCRIPT_NONE, true},
	{"위안", TK_CURRENCY, "CNY", 0, SCRIPT_NONE, true},
	{"유로", TK_CURRENCY, "EUR", 0, SCRIPT_NONE, true},
	{"파운드", TK_CURRENCY, "GBP", 0, SCRIPT_NONE, true},
	/* units */
	{"千", TK_UNIT, NULL, 3, SCRIPT_HAN},	/* only inside a group: 5千億 */
	{"천", TK_UNIT, NULL, 3, SCRIPT_HANGUL},
	{"万", TK_UNIT, NULL, 4, SCRIPT_HAN},
	{"萬", TK_UNIT, NULL, 4, SCRIPT_HAN},
	{"億", TK_UNIT, NULL, 8, SCRIPT_HAN},
	{"亿", TK_UNIT, NULL, 8, SCRIPT_HAN},
	/* 10^12 in Japanese; Chinese has used it for 10^6 as well */
	{"兆", TK_UNIT, NULL, 12, SCRIPT_HAN, false, true},
	{"万亿", TK_UNIT, NULL, 12, SCRIPT_HAN},
	{"萬億", TK_UNIT, NULL, 12, SCRIPT_HAN},
	{"만", TK_UNIT, NULL, 4, SCRIPT_HANGUL},
	{"억", TK_UNIT, NULL, 8, SCRIPT_HANGUL},
	{"조", TK_UNIT, NULL, 12, SCRIPT_HANGUL},
	/* U+2212 MINUS SIGN, as typeset documents write it */
	{"−", TK_MINUS},
	/* Japanese budget documents mark negative figures with a triangle */
	{"△", TK_MINUS},
	{"▲", TK_MINUS},
};
const int	amount_multibyte_lexicon_size = lengthof(amount_multibyte_lexicon);

/* Words, matched without regard to case. */
const LexEntry amount_word_lexicon[] = {
	{"yen", TK_CURRENCY, "JPY"},
	{"dollar", TK_CURRENCY, "USD"},
	{"dollars", TK_CURRENCY, "USD"},
	{"euro", TK_CURRENCY, "EUR"},
	{"euros", TK_CURRENCY, "EUR"},
	{"pound", TK_CURRENCY, "GBP"},
	{"pounds", TK_CURRENCY, "GBP"},
	{"sterling", TK_CURRENCY, "GBP"},
	{"won", TK_CURRENCY, "KRW"},
	{"yuan", TK_CURRENCY, "CNY"},
	{"renminbi", TK_CURRENCY, "CNY"},
	{"rmb", TK_CURRENCY, "CNY"},
	/* scale words */
	{"thousand", TK_SCALE, NULL, 3},
	{"k", TK_SCALE, NULL, 3},
	{"million", TK_SCALE, NULL, 6},
	{"m", TK_SCALE, NULL, 6},
	{"mn", TK_SCALE, NULL, 6},
	{"billion", TK_SCALE, NULL, 9},
	{"b", TK_SCALE, NULL, 9},
	{"bn", TK_SCALE, NULL, 9},
	{"trillion", TK_SCALE, NULL, 12},
	{"tn", TK_SCALE, NULL, 12},
	{"t", TK_SCALE, NULL, 12},	/* as format_amount(..., 'compact') writes it */
};
const int	amount_word_lexicon_size = lengthof(amount_word_lexicon);

/*
 * Letters glued to "$" or "¥".  A bare "$" is the US dollar and a bare "¥"
 * the yen.
 */
const SymbolPrefix amount_symbol_prefixes[] = {
	{"US", "$", "USD"},
	{"A", "$", "AUD"},
	{"AU", "$", "AUD"},
	{"C", "$", "CAD"},
	{"CA", "$", "CAD"},
	{"HK", "$", "HKD"},
	{"NZ", "$", "NZD"},
	{"S", "$", "SGD"},
	{"SG", "$", "SGD"},
	{"NT", "$", "TWD"},
	{"MX", "$", "MXN"},
	{"R", "$", "BRL"},
	{"CN", "¥", "CNY"},
	{"RMB", "¥", "CNY"},
	{"JP", "¥", "JPY"},
};
const int	amount_symbol_prefixes_size = lengthof(amount_symbol_prefixes);
