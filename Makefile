# costshare: PGXS build.
#
# src/ is divided into rooms, one folder each: common, one per type, proration,
# text_equality (a GiST operator class the schema's indexes use) and schema,
# each with its C, its headers and the SQL that declares it.  The
# install script is the concatenation of those SQL fragments, room by room in
# the order of ROOMS (a room's SQL may use only what the rooms before it
# declare), and inside a room in the order of their numbers: every fragment
# is named NN_<what it declares>.sql, after the .c it declares where it has
# one (10_fiscal_calendar.sql, 20_fiscal_year.sql, ...), so the order is
# chosen, not alphabetical (make check-layers refuses an unnumbered one).

EXTENSION = costshare
# The version has one source: default_version in costshare.control.
EXTVERSION := $(shell sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" $(EXTENSION).control)

# The rooms of src/, lowest first.  This one list is both the order of the
# SQL fragments and the layer order of the C: a room may include the headers
# of the rooms before it, never of those after it (make check-layers).
ROOMS = common currency currency_amount agreement_period fiscal_calendar proration text_equality schema

MODULE_big = costshare
OBJS = src/costshare.o \
	$(patsubst %.c,%.o,$(foreach d,$(ROOMS),$(sort $(wildcard src/$(d)/*.c))))

SQL_FRAGMENTS = src/costshare.sql \
	$(foreach d,$(ROOMS),$(sort $(wildcard src/$(d)/*.sql)))

# The install script of the version being built is generated; the install
# scripts of released versions (costshare--0.1.0.sql, ...) are kept in the tree
# exactly as they shipped, beside the update scripts from each release to the
# next (costshare--0.1.0--0.2.0.sql, ...), which are in the tree too, so that
# the tree always holds what updates an installed database.  The update script
# into the version being built is written from a template of the same name
# plus .in: what only an update does (ALTER, DROP, moving rows) is written
# there, and a definition the update makes again in its final form is a
# "-- @include" of the fragment that holds it (src/update_script.awk), so
# that it is written once.  make update-scripts writes the script from its
# template; make check-update-scripts (run by scripts/test) fails when the
# script in the tree is not what its template gives.  At a release the
# template is removed and the script stays as it shipped.
UPDATE_TEMPLATES = $(wildcard $(EXTENSION)--*--$(EXTVERSION).sql.in)
DATA_built = $(EXTENSION)--$(EXTVERSION).sql
DATA = $(filter-out $(DATA_built),$(wildcard $(EXTENSION)--*.sql))

# pg_regress: sql/NAME.sql against expected/NAME.out, run in this order in one
# database into which pg_regress first installs the extension.  The list is
# written out, feature by feature, so that the order is chosen rather than
# alphabetical.  Each test sets up what it needs and removes what it made,
# and runs alone as well as here, with one exception, named here:
# schema_data loads the Japan-US sample data set (data/10_japan_us.sql) and
# leaves it in place, so
#   - schema_views, schema_reader, schema_second_host and
#     schema_walkthrough, which read it (or its party US), run after
#     schema_data;
#   - schema_constraints, whose messages show the ids of its rows as the
#     sequences give them to an empty table, runs before it.
# The measures_* tests add their own two hosts (sql/include/, rolled back)
# beside the sample data, and choose their rates by provider.
# The long generated checks (limits, round trips, fuzzing) come last, after
# the features they exercise.  A file in sql/ missing from this list stops
# the build, so none is skipped.
REGRESS = \
	extension module_magic function_declarations extension_security \
	currency_type \
	amount_io amount_parse amount_parse_hint_language amount_parse_fast_path \
	amount_parse_press_outcomes \
	amount_soft_errors \
	soft_input_errors \
	amount_roundtrip amount_compare amount_sort_abbrev amount_arith \
	amount_scale amount_aggregate amount_by_currency_state amount_sum_fastpath amount_accumulator_limits \
	amount_allocate \
	amount_format amount_format_east_asian \
	period_io period_operators period_gist period_selectivity \
	text_equality_gist \
	client_params \
	fiscal_calendar fiscal_years period_calendar_year_labels \
	fiscal_allocate fiscal_allocate_amount \
	fiscal_allocate_rescan fiscal_allocate_rows fiscal_bounds deprecated_names \
	schema_category_cycle schema_constraints schema_data schema_lock_rights \
	schema_views schema_reader internal_schema \
	schema_second_host schema_coverage schema_walkthrough \
	measures_change measures_consistency measures_real_terms measures_shares \
	measures_projection schema_plain_twins rate_lookup \
	readme \
	amount_limits amount_scale_words amount_format_roundtrip \
	period_date_limits fiscal_label_roundtrip text_input_fuzz \
	binary_input_fuzz schema_view_filter
# (make installcheck REGRESS='amount_parse period_gist' runs a chosen few.)
REGRESS_FILES = $(patsubst sql/%.sql,%,$(wildcard sql/*.sql))
# (a build copy without sql/, such as scripts/cluster.sh's, has none to check)
ifeq ($(origin REGRESS),file)
ifneq ($(REGRESS_FILES),)
ifneq ($(sort $(REGRESS)),$(sort $(REGRESS_FILES)))
$(error sql/ and REGRESS in the Makefile differ; list every test once: not listed: $(filter-out $(REGRESS),$(REGRESS_FILES)); no file: $(filter-out $(REGRESS_FILES),$(REGRESS)))
endif
endif
endif
REGRESS_OPTS = --inputdir=. --load-extension=btree_gist --load-extension=$(EXTENSION)

# pg_isolation_regress: every specs/*.spec (cross-row rules under concurrent
# transactions), expected output in expected/ beside pg_regress's.
ISOLATION = $(patsubst specs/%.spec,%,$(sort $(wildcard specs/*.spec)))
ISOLATION_OPTS = --load-extension=$(EXTENSION)

# COSTSHARE_VERSION: the version the module's magic block reports (18+).
# No -I for src/: our headers are included by paths relative to the file
# that includes them ("currency.h", "../common/compat.h"), so that an
# include such as "common/hashfn.h" can only mean PostgreSQL's, never a
# file of ours that happens to bear its name.
PG_CPPFLAGS = -DCOSTSHARE_VERSION='"$(EXTVERSION)"'
PG_CFLAGS = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -Wno-sign-compare
ifdef COSTSHARE_WERROR
PG_CFLAGS += -Werror
endif

EXTRA_CLEAN = $(DATA_built) META.check

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

$(EXTENSION)--$(EXTVERSION).sql: $(SQL_FRAGMENTS) Makefile $(EXTENSION).control
	cat $(SQL_FRAGMENTS) > $@

.PHONY: update-scripts check-update-scripts
update-scripts:
	@for t in $(UPDATE_TEMPLATES); do \
		awk -f src/update_script.awk $$t > $${t%.in}.tmp && mv $${t%.in}.tmp $${t%.in} && echo "wrote $${t%.in}"; \
	done

check-update-scripts:
	@for t in $(UPDATE_TEMPLATES); do \
		awk -f src/update_script.awk $$t > $${t%.in}.check || exit 1; \
		if cmp -s $${t%.in}.check $${t%.in}; then rm -f $${t%.in}.check; \
		else echo "$${t%.in} is not what $$t gives: run make update-scripts and commit it" >&2; \
			diff $${t%.in} $${t%.in}.check | head -n 20 >&2; rm -f $${t%.in}.check; exit 1; fi; \
	done; echo "update scripts: each is what its template gives"

# install_schema() creates the cost-sharing schema as ordinary objects in a
# schema the user names (doc/citus.md): its SQL is the SQL of src/schema/,
# but the fragment that declares install_schema() itself, rewritten here and
# compiled into the library (src/schema/install_schema.c), so there is no
# second copy to keep in step.  The rewrite:
#   - the lines between "-- begin: extension only" and "-- end: extension
#     only", and pg_extension_config_dump() calls, are left out;
#   - a name the rest creates (CREATE TABLE/VIEW/FUNCTION/TYPE
#     @extschema@.name, a range type's multirange, a function, type or view in
#     costshare_internal) becomes @target@.name: created in the target;
#   - any other @extschema@.name (the types, operators and functions of the
#     lower rooms) becomes @costshare@.name: the extension's own;
#   - @extschema@ alone (GRANT USAGE ON SCHEMA) becomes @target@.
# install_schema() puts the quoted schema names in place of @target@ and
# @costshare@ and runs the script.
SCHEMA_SCRIPT_FRAGMENTS = $(filter-out src/schema/90_install_schema.sql,$(sort $(wildcard src/schema/*.sql)))
EXTRA_CLEAN += src/schema/schema_script.inc src/schema/schema_script.sed src/schema/schema_script.body

# the fragments without what only the extension has
src/schema/schema_script.body: $(SCHEMA_SCRIPT_FRAGMENTS) Makefile
	cat $(SCHEMA_SCRIPT_FRAGMENTS) | \
		sed -e '/^-- begin: extension only/,/^-- end: extension only/d' \
			-e '/^SELECT pg_catalog\.pg_extension_config_dump(/d' > $@

src/schema/schema_script.sed: src/schema/schema_script.body
	{ { sed -n 's/.*CREATE \(TABLE\|VIEW\|FUNCTION\|TYPE\|STATISTICS\) @extschema@\.\([a-z0-9_]*\).*/\2/p' $<; \
	    sed -n 's/.*CREATE TYPE @extschema@\.\([a-z0-9_]*\)_range AS RANGE.*/\1_multirange/p' $<; } | \
		LC_ALL=C sort -u | sed 's/.*/s|@extschema@\\.&\\b|@target@.&|g/'; \
	  sed -n 's/.*CREATE \(FUNCTION\|TYPE\|VIEW\) costshare_internal\.\([a-z0-9_]*\).*/\2/p' $< | \
		LC_ALL=C sort -u | sed 's/.*/s|costshare_internal\\.&\\b|@target@.&|g/'; \
	  echo 's|@extschema@\.|@costshare@.|g'; \
	  echo 's|@extschema@|@target@|g'; } > $@

src/schema/schema_script.inc: src/schema/schema_script.body src/schema/schema_script.sed
	{ echo '/* generated by the Makefile from the SQL of src/schema: do not edit */'; \
	  echo 'static const char schema_script[] ='; \
	  sed -f src/schema/schema_script.sed src/schema/schema_script.body | \
		sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$$/\\n"/'; \
	  echo ';'; } > $@
	@if grep -q '@extschema@' $@; then echo "$@: @extschema@ left after the rewrite" >&2; rm -f $@; exit 1; fi

src/schema/install_schema.o: src/schema/schema_script.inc

# Every object depends on every header: the headers are few and small, and a
# stale object with an old struct layout is a silent wrong answer.
$(OBJS): $(wildcard src/*.h src/*/*.h)
src/costshare.o: $(EXTENSION).control

# META.json must carry the control file's version.
.PHONY: check-version
check-version:
	@meta=$$(sed -n 's/^   "version": "\([^"]*\)".*/\1/p' META.json); \
	if [ "$$meta" != "$(EXTVERSION)" ]; then \
		echo "META.json version '$$meta' differs from costshare.control '$(EXTVERSION)'" >&2; exit 1; \
	fi; echo "version $(EXTVERSION): costshare.control and META.json agree"

# No room includes the header of a room above it in ROOMS, every folder of
# src/ is a room in ROOMS, so that dependencies run one way, and every SQL
# fragment of a room is numbered (NN_name.sql), so that its place is chosen.
# Our headers are included by relative paths: "x.h" is the same room (or,
# if no such file is there, PostgreSQL's), "../room/x.h" another; an include
# "room/x.h" naming one of our files
# is refused (without -I for src/ it would not find ours, or find
# PostgreSQL's file of that name).  There are no exceptions.
.PHONY: check-layers
check-layers:
	@bad=0; rank=0; \
	for room in $(ROOMS); do rank=$$((rank + 1)); eval "rank_$$room=$$rank"; done; \
	for dir in src/*/; do \
		room=$$(basename "$$dir"); \
		if [ -z "$$(eval echo \$${rank_$$room:-})" ]; then \
			echo "src/$$room/ is not a room in ROOMS (Makefile): add it in its place" >&2; bad=1; \
		fi; \
	done; \
	for room in $(ROOMS); do \
		for file in $$(ls src/$$room/*.sql 2>/dev/null); do \
			case "$$(basename "$$file")" in \
			[0-9][0-9]_*.sql) ;; \
			*) echo "$$file: name a room's SQL fragment NN_name.sql, numbered for its place in the room" >&2; bad=1 ;; \
			esac; \
		done; \
		for file in $$(ls src/$$room/*.c src/$$room/*.h 2>/dev/null); do \
			for header in $$(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$$file"); do \
				case "$$header" in \
				../*/*) to=$${header#../}; to=$${to%%/*} ;; \
				*/*) to=$${header%%/*}; \
					if [ -e "src/$$header" ]; then \
						echo "$$file includes \"$$header\": write our headers relative to the including file (\"../$$header\")" >&2; bad=1; \
					fi; continue ;; \
				*) [ -e "src/$$room/$$header" ] || continue; to=$$room ;; \
				esac; \
				if [ ! -e "src/$$room/$$header" ]; then \
					echo "$$file includes \"$$header\", which is not a file of src/" >&2; bad=1; continue; \
				fi; \
				to_rank=$$(eval echo \$${rank_$$to:-}); \
				if [ -z "$$to_rank" ]; then \
					echo "$$file includes $$header: $$to is not a room in ROOMS" >&2; bad=1; continue; \
				fi; \
				[ "$$to_rank" -gt "$$(eval echo \$$rank_$$room)" ] || continue; \
				echo "$$file includes $$header: $$room must not depend on $$to, a higher room (ROOMS in the Makefile)" >&2; \
				bad=1; \
			done; \
		done; \
	done; \
	[ "$$bad" -eq 0 ] && echo "layers: every include runs down $(ROOMS), by relative path; every SQL fragment numbered"
