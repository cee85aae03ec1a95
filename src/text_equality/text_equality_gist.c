/*
 * text_equality_gist.c
 *		GiST operator class for equality of text, by hash.
 *
 * PostgreSQL has no GiST operator class for text.  One is needed for an
 * index that pairs a text key with a period, (agreement, period) on the
 * burden items, so that a probe for one key and one period reads only the
 * entries of both, where two separate indexes intersect every entry of the
 * key with every entry of the period.
 *
 * Only = is supported, so the key need not keep the text's order: every
 * text is stored as its 32-bit hash, the one a hash index on the column
 * computes (hashtext under the column's collation, which hashes equal
 * strings alike even under a nondeterministic collation).  An inner key is
 * the interval [lowest, highest] of the hashes below it, packed into an
 * int8.  The hash of a string under a deterministic collation is that of
 * its bytes, so the index does not depend on the locale.  Different texts
 * may share a hash: every match is rechecked against the row.
 *
 * The ordering used to build and split pages is that of the hashes, so the
 * entries of one key lie together and, in a multi-column index, are
 * ordered there by the next column (GiST splits a page whose entries all
 * share one key by the next column).
 */
#include "postgres.h"

#include "access/gist.h"
#include "access/stratnum.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/sortsupport.h"

PG_FUNCTION_INFO_V1(gtext_equality_consistent);
PG_FUNCTION_INFO_V1(gtext_equality_compress);
PG_FUNCTION_INFO_V1(gtext_equality_union);
PG_FUNCTION_INFO_V1(gtext_equality_penalty);
PG_FUNCTION_INFO_V1(gtext_equality_picksplit);
PG_FUNCTION_INFO_V1(gtext_equality_same);
PG_FUNCTION_INFO_V1(gtext_equality_sortsupport);

/* a key: the interval [lo, hi] of hashes, lo in the high half */
#define KEY_MAKE(lo, hi)	((int64) (((uint64) (lo) << 32) | (uint64) (hi)))
#define KEY_LO(k)			((uint32) ((uint64) (k) >> 32))
#define KEY_HI(k)			((uint32) ((uint64) (k) & 0xFFFFFFFF))

static uint32
text_hash(Datum txt, Oid collation)
{
	return (uint32) DatumGetInt32(DirectFunctionCall1Coll(hashtext, collation, txt));
}

Datum
gtext_equality_compress(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	GISTENTRY  *retval;
	uint32		h;

	if (!entry->leafkey)
		PG_RETURN_POINTER(entry);
	h = text_hash(entry->key, PG_GET_COLLATION());
	retval = palloc(sizeof(GISTENTRY));
	gistentryinit(*retval, Int64GetDatum(KEY_MAKE(h, h)),
				  entry->rel, entry->page, entry->offset, false);
	PG_RETURN_POINTER(retval);
}

/*
 * Could an entry under this key equal the query?  Only if its hash lies in
 * the key's interval; a leaf with the query's hash may still hold another
 * text, so the row is rechecked.
 */
Datum
gtext_equality_consistent(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	Datum		query = PG_GETARG_DATUM(1);
	StrategyNumber strategy = (StrategyNumber) PG_GETARG_UINT16(2);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(4);
	int64		k = DatumGetInt64(entry->key);
	uint32		h;

	if (strategy != BTEqualStrategyNumber)
		elog(ERROR, "unrecognized text equality strategy number: %d", strategy);
	h = text_hash(query, PG_GET_COLLATION());
	*recheck = true;
	PG_RETURN_BOOL(KEY_LO(k) <= h && h <= KEY_HI(k));
}

Datum
gtext_equality_union(PG_FUNCTION_ARGS)
{
	GistEntryVector *entryvec = (GistEntryVector *) PG_GETARG_POINTER(0);
	int64		first = DatumGetInt64(entryvec->vector[0].key);
	uint32		lo = KEY_LO(first);
	uint32		hi = KEY_HI(first);
	int			i;

	for (i = 1; i < entryvec->n; i++)
	{
		int64		k = DatumGetInt64(entryvec->vector[i].key);

		lo = Min(lo, KEY_LO(k));
		hi = Max(hi, KEY_HI(k));
	}
	PG_RETURN_INT64(KEY_MAKE(lo, hi));
}

/* How far the interval must widen to take the new entry in. */
Datum
gtext_equality_penalty(PG_FUNCTION_ARGS)
{
	GISTENTRY  *origentry = (GISTENTRY *) PG_GETARG_POINTER(0);
	GISTENTRY  *newentry = (GISTENTRY *) PG_GETARG_POINTER(1);
	float	   *penalty = (float *) PG_GETARG_POINTER(2);
	int64		o = DatumGetInt64(origentry->key);
	int64		n = DatumGetInt64(newentry->key);
	uint64		grow = 0;

	if (KEY_LO(n) < KEY_LO(o))
		grow += KEY_LO(o) - KEY_LO(n);
	if (KEY_HI(n) > KEY_HI(o))
		grow += KEY_HI(n) - KEY_HI(o);
	*penalty = (float) grow;
	PG_RETURN_POINTER(penalty);
}

typedef struct KeyItem
{
	int64		key;
	OffsetNumber offset;
} KeyItem;

/* by lowest hash, then highest; as unsigned, the order of the intervals */
static int
key_cmp(int64 a, int64 b)
{
	if (a == b)
		return 0;
	return ((uint64) a < (uint64) b) ? -1 : 1;
}

static int
key_item_cmp(const void *a, const void *b)
{
	const KeyItem *x = (const KeyItem *) a;
	const KeyItem *y = (const KeyItem *) b;
	int			c = key_cmp(x->key, y->key);

	if (c != 0)
		return c;
	return (x->offset > y->offset) - (x->offset < y->offset);
}

/*
 * Sort the entries and cut between two different keys, at the boundary
 * nearest the middle, so that no key lies on both sides.  When every entry
 * has the same key the cut is the middle: both sides then get the same key,
 * and GiST splits the page by the next column of the index instead.
 */
Datum
gtext_equality_picksplit(PG_FUNCTION_ARGS)
{
	GistEntryVector *entryvec = (GistEntryVector *) PG_GETARG_POINTER(0);
	GIST_SPLITVEC *v = (GIST_SPLITVEC *) PG_GETARG_POINTER(1);
	OffsetNumber maxoff = entryvec->n - 1;
	int			nitems = maxoff - FirstOffsetNumber + 1;
	KeyItem    *items = palloc(sizeof(KeyItem) * nitems);
	int			half = nitems / 2;
	int			cut = -1;
	int			i;
	uint32		llo = 0, lhi = 0, rlo = 0, rhi = 0;

	for (i = 0; i < nitems; i++)
	{
		items[i].key = DatumGetInt64(entryvec->vector[FirstOffsetNumber + i].key);
		items[i].offset = FirstOffsetNumber + i;
	}
	qsort(items, nitems, sizeof(KeyItem), key_item_cmp);

	/* the boundary between different keys nearest the middle */
	for (i = 0; i < nitems / 2 + 1 && cut < 0; i++)
	{
		if (half - i > 0 && half - i < nitems &&
			items[half - i - 1].key != items[half - i].key)
			cut = half - i;
		else if (half + i > 0 && half + i < nitems &&
				 items[half + i - 1].key != items[half + i].key)
			cut = half + i;
	}
	if (cut < 0)
		cut = Max(half, 1);

	v->spl_left = palloc(sizeof(OffsetNumber) * nitems);
	v->spl_right = palloc(sizeof(OffsetNumber) * nitems);
	v->spl_nleft = 0;
	v->spl_nright = 0;
	for (i = 0; i < nitems; i++)
	{
		uint32		lo = KEY_LO(items[i].key);
		uint32		hi = KEY_HI(items[i].key);

		if (i < cut)
		{
			if (v->spl_nleft == 0 || lo < llo)
				llo = lo;
			if (v->spl_nleft == 0 || hi > lhi)
				lhi = hi;
			v->spl_left[v->spl_nleft++] = items[i].offset;
		}
		else
		{
			if (v->spl_nright == 0 || lo < rlo)
				rlo = lo;
			if (v->spl_nright == 0 || hi > rhi)
				rhi = hi;
			v->spl_right[v->spl_nright++] = items[i].offset;
		}
	}
	v->spl_ldatum = Int64GetDatum(KEY_MAKE(llo, lhi));
	v->spl_rdatum = Int64GetDatum(KEY_MAKE(rlo, rhi));
	pfree(items);
	PG_RETURN_POINTER(v);
}

Datum
gtext_equality_same(PG_FUNCTION_ARGS)
{
	int64		a = PG_GETARG_INT64(0);
	int64		b = PG_GETARG_INT64(1);
	bool	   *result = (bool *) PG_GETARG_POINTER(2);

	*result = (a == b);
	PG_RETURN_POINTER(result);
}

/* Order for the sorted build: that of picksplit, so one key's entries are packed together. */
static int
gtext_equality_fastcmp(Datum a, Datum b, SortSupport ssup)
{
	return key_cmp(DatumGetInt64(a), DatumGetInt64(b));
}

Datum
gtext_equality_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	ssup->comparator = gtext_equality_fastcmp;
	PG_RETURN_VOID();
}
