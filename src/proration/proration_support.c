/*
 * proration_support.c
 *		Row estimates for the functions that give one row per fiscal year.
 *
 * A set-returning function declared ROWS n makes the planner expect n rows
 * from every call.  For a split over fiscal years the truth is the number of
 * fiscal years the period touches, mostly one or two: an estimate several
 * times too high multiplies through every join and GROUP BY above it, until
 * the planner sorts a hundred million rows it thinks it cannot hash.
 *
 * proration_rows_support answers SupportRequestRows for any such function:
 * when its period and calendar arguments are constants (after the planner's
 * folding, or a bound parameter's value) it counts the fiscal years exactly;
 * when only the period is known it gives the expected count over every
 * calendar, 1 + (days - 1) / 365.2425; otherwise it gives no answer and the
 * function's own ROWS applies.  It finds the arguments by type, the first
 * agreement_period and the first fiscal_calendar, looked up in its own
 * schema (the extension's, where the types are), so it needs no list of
 * functions and no argument positions, and survives their being renamed or
 * moved: the helpers it serves in costshare_internal are in a schema that
 * has no such types.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "nodes/nodeFuncs.h"
#include "nodes/supportnodes.h"
#include "optimizer/optimizer.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "../agreement_period/agreement_period.h"
#include "../fiscal_calendar/fiscal_calendar.h"

PG_FUNCTION_INFO_V1(proration_rows_support);

/* the type of that name in the namespace, or InvalidOid */
static Oid
type_in_namespace(const char *name, Oid nsp)
{
	return GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
						   CStringGetDatum(name), ObjectIdGetDatum(nsp));
}

/*
 * The constant value of an argument, or NULL when it is not a constant
 * known at planning time (a column, a NULL, a parameter with no value).
 */
static Const *
argument_const(PlannerInfo *root, Node *arg)
{
	if (!IsA(arg, Const) && root != NULL)
		arg = estimate_expression_value(root, arg);
	if (IsA(arg, Const) && !((Const *) arg)->constisnull)
		return (Const *) arg;
	return NULL;
}

Datum
proration_rows_support(PG_FUNCTION_ARGS)
{
	Node	   *rawreq = (Node *) PG_GETARG_POINTER(0);
	SupportRequestRows *req;
	FuncExpr   *func;
	Oid			nsp;
	Oid			period_type;
	Oid			calendar_type;
	Const	   *period = NULL;
	Const	   *calendar = NULL;
	bool		period_seen = false;
	bool		calendar_seen = false;
	ListCell   *lc;
	AgreementPeriod p;

	if (!IsA(rawreq, SupportRequestRows))
		PG_RETURN_POINTER(NULL);
	req = (SupportRequestRows *) rawreq;
	if (!IsA(req->node, FuncExpr))
		PG_RETURN_POINTER(NULL);
	func = (FuncExpr *) req->node;

	/* the schema of this support function, not of the function it serves */
	if (fcinfo->flinfo == NULL || !OidIsValid(fcinfo->flinfo->fn_oid))
		PG_RETURN_POINTER(NULL);
	nsp = get_func_namespace(fcinfo->flinfo->fn_oid);
	period_type = type_in_namespace("agreement_period", nsp);
	calendar_type = type_in_namespace("fiscal_calendar", nsp);
	if (!OidIsValid(period_type) || !OidIsValid(calendar_type))
		PG_RETURN_POINTER(NULL);

	foreach(lc, func->args)
	{
		Node	   *arg = (Node *) lfirst(lc);
		Oid			type = exprType(arg);

		if (type == period_type && !period_seen)
		{
			period_seen = true;
			period = argument_const(req->root, arg);
		}
		else if (type == calendar_type && !calendar_seen)
		{
			calendar_seen = true;
			calendar = argument_const(req->root, arg);
		}
	}
	if (period == NULL)
		PG_RETURN_POINTER(NULL);
	p = DatumGetAgreementPeriod(period->constvalue);
	/* an infinite period is an error at run time; leave the estimate alone */
	if (!agreement_period_is_finite(p))
		PG_RETURN_POINTER(NULL);

	if (calendar != NULL)
	{
		FiscalCalendar c = DatumGetFiscalCalendar(calendar->constvalue);

		req->rows = (double) fiscal_calendar_year_of(c, p.upper - 1)
			- fiscal_calendar_year_of(c, p.lower) + 1;
	}
	else
	{
		/*
		 * Fiscal years are 365 or 366 days long, so a period of d days
		 * touches one more year than it covers whole, with probability
		 * (d - 1) / year length over the possible year starts.
		 */
		req->rows = 1.0 + (double) (p.upper - p.lower - 1) / 365.2425;
	}
	PG_RETURN_POINTER(req);
}
