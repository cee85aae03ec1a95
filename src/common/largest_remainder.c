/*
 * largest_remainder.c
 *		Exact proportional split of an integer amount; see the header.
 */
#include "postgres.h"

#include "largest_remainder.h"

#define LARGEST_REMAINDER_LOCAL 16

typedef struct RemainderRank
{
	int128		remainder;		/* (|total| * weight) mod sum of weights */
	int			index;			/* position of the part */
} RemainderRank;

/* Largest remainder first; equal remainders in index order. */
static int
remainder_rank_cmp(const void *a, const void *b)
{
	const RemainderRank *ra = (const RemainderRank *) a;
	const RemainderRank *rb = (const RemainderRank *) b;

	if (ra->remainder != rb->remainder)
		return (ra->remainder > rb->remainder) ? -1 : 1;
	return (ra->index > rb->index) - (ra->index < rb->index);
}

void
largest_remainder_split(int64 total, const int64 *weights, int n, int64 *parts)
{
	/*
	 * All intermediate values are int128: |total| * weight < 2^126, and the
	 * sum of n weights below 2^63 each cannot overflow for any realistic n.
	 */
	int128		magnitude = (total < 0) ? -(int128) total : (int128) total;
	int128		weight_sum = 0;
	int128		assigned = 0;
	int128		leftover;
	int64		max_weight = 0;
	RemainderRank *ranks;
	uint64	   *magnitudes;		/* |part|; 2^63 fits here, not in int64 */
	int			i;

	/* most splits are a handful of fiscal years: no palloc for those */
	RemainderRank ranks_local[LARGEST_REMAINDER_LOCAL];
	uint64		magnitudes_local[LARGEST_REMAINDER_LOCAL];

	Assert(n >= 1);
	for (i = 0; i < n; i++)
	{
		Assert(weights[i] >= 0);
		weight_sum += weights[i];
		max_weight = Max(max_weight, weights[i]);
	}
	Assert(weight_sum > 0);

	if (n <= LARGEST_REMAINDER_LOCAL)
	{
		ranks = ranks_local;
		magnitudes = magnitudes_local;
	}
	else
	{
		ranks = (RemainderRank *) palloc(sizeof(RemainderRank) * n);
		magnitudes = (uint64 *) palloc(sizeof(uint64) * n);
	}
	if (weight_sum <= PG_INT64_MAX && magnitude <= PG_INT64_MAX &&
		(max_weight == 0 || magnitude <= PG_INT64_MAX / max_weight))
	{
		/* every product fits in 64 bits: the same arithmetic, faster */
		uint64		m = (uint64) magnitude;
		uint64		ws = (uint64) weight_sum;

		for (i = 0; i < n; i++)
		{
			uint64		product = m * (uint64) weights[i];
			uint64		share = product / ws;

			magnitudes[i] = share;
			assigned += share;
			ranks[i].remainder = product % ws;
			ranks[i].index = i;
		}
	}
	else
	{
		for (i = 0; i < n; i++)
		{
			int128		product = magnitude * weights[i];
			int128		share = product / weight_sum;

			magnitudes[i] = (uint64) share;
			assigned += share;
			ranks[i].remainder = product % weight_sum;
			ranks[i].index = i;
		}
	}

	leftover = magnitude - assigned;
	Assert(leftover >= 0 && leftover < n);
	if (leftover > 0)
	{
		if (n <= LARGEST_REMAINDER_LOCAL)
		{
			/* insertion sort: qsort's call overhead dominates for a few parts */
			int			j;

			for (i = 1; i < n; i++)
			{
				RemainderRank r = ranks[i];

				for (j = i; j > 0 && remainder_rank_cmp(&r, &ranks[j - 1]) < 0; j--)
					ranks[j] = ranks[j - 1];
				ranks[j] = r;
			}
		}
		else
			qsort(ranks, n, sizeof(RemainderRank), remainder_rank_cmp);
		for (i = 0; i < (int) leftover; i++)
			magnitudes[ranks[i].index] += 1;
	}

	/*
	 * A magnitude of 2^63 occurs only when total is INT64_MIN and one part
	 * takes all of it; negating in unsigned arithmetic maps it back to
	 * INT64_MIN, which is exactly right, and keeps every step defined.
	 */
	for (i = 0; i < n; i++)
		parts[i] = (total < 0) ? (int64) (0 - magnitudes[i]) : (int64) magnitudes[i];
	if (n > LARGEST_REMAINDER_LOCAL)
	{
		pfree(ranks);
		pfree(magnitudes);
	}
}
