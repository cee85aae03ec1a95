/*
 * largest_remainder.h
 *		Exact proportional split of an integer amount (Hamilton's method).
 *
 * Every allocation in costshare (by weights, by days of a fiscal year, by
 * months) reduces to this: split an integer count of minor units into parts
 * proportional to non-negative integer weights so that the parts sum to the
 * whole exactly.  Keeping one implementation keeps one tie-break rule.
 */
#ifndef COSTSHARE_LARGEST_REMAINDER_H
#define COSTSHARE_LARGEST_REMAINDER_H

#include "postgres.h"

#ifndef HAVE_INT128
#error "costshare needs a compiler with a 128-bit integer type"
#endif

/*
 * Split total into n parts proportional to weights[0..n-1].
 *
 * Each part first gets its exact share truncated toward zero; the units left
 * over (fewer than n) go one each to the parts with the largest remainders,
 * ties going to the lower index.  A negative total is split as its absolute
 * value and negated, so allocate(-x) = -allocate(x).  Every part lies within
 * one minor unit of its exact share.
 *
 * The caller guarantees n >= 1, every weight >= 0 and at least one weight > 0
 * (and raises the user-facing errors for anything else).
 */
extern void largest_remainder_split(int64 total, const int64 *weights, int n,
									int64 *parts);

#endif							/* COSTSHARE_LARGEST_REMAINDER_H */
