# update_script.awk: writes an update script from its template
# (costshare--<from>--<to>.sql.in), in which a line
#
#   -- @include src/schema/40_burden.sql
#
# stands for that fragment's text, so that a definition the update makes
# again in its final form is written once, in the fragment.  Two optional
# lines right after it narrow the copy to a part of the fragment:
#
#   -- @from <a whole line of the fragment>     first line copied
#   -- @until <a whole line of the fragment>    the line after the last
#
# Each must match exactly one line of the fragment, so that an edit moving
# or renaming an anchor stops the build instead of copying the wrong lines.
# Every other line of the template is copied as it is.  Paths are relative
# to the directory make runs in.

function fail(msg)
{
	printf "%s: %s\n", template, msg > "/dev/stderr"
	failed = 1
	exit 1
}

# the one line of lines[1..n] equal to anchor
function anchor_line(anchor, n,    i, found, at)
{
	found = 0
	for (i = 1; i <= n; i++)
		if (lines[i] == anchor) { found++; at = i }
	if (found != 1)
		fail(file ": " found " lines read \"" anchor "\"; an anchor must match exactly one")
	return at
}

# print the pending include, if any
function flush(    n, i, line, first, last)
{
	if (file == "")
		return
	n = 0
	while ((getline line < file) > 0)
		lines[++n] = line
	close(file)
	if (n == 0)
		fail("cannot read " file)
	first = 1
	last = n
	if (from != "")
		first = anchor_line(from, n)
	if (until != "")
		last = anchor_line(until, n) - 1
	if (last < first)
		fail(file ": \"" until "\" comes before \"" from "\"")
	for (i = first; i <= last; i++)
		print lines[i]
	split("", lines)
	file = from = until = ""
}

FNR == 1 { template = FILENAME }
/^-- @include / { flush(); file = substr($0, 13); next }
/^-- @from / {
	if (file == "" || from != "" || until != "")
		fail("line " FNR ": -- @from belongs right after -- @include")
	from = substr($0, 10)
	next
}
/^-- @until / {
	if (file == "" || until != "")
		fail("line " FNR ": -- @until belongs after -- @include (and its -- @from)")
	until = substr($0, 11)
	next
}
{ flush(); print }
END { if (!failed) flush() }
