/** Usage errors and the help text of the `worklog` command line. */

/** A mistake in how the command was called: reported in one line, exit code 2. */
export class UsageError extends Error {}

/** A failure that is not the caller's fault (nothing readable): exit code 1. */
export class RunError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/** The text `worklog --help` prints. */
export const HELP = `worklog — draft an update for your manager from your git history and journal

Usage:
  worklog draft [options]                 draft an update (default command)
  worklog add <kind> TEXT [fields]        add a journal entry (win, problem, promise, feedback, note, goal)
  worklog list [--kind K] [--format json] list journal entries
  worklog set <id> --status S             change an entry's status
  worklog export [--since D] [--until D]  export the journal (or a period) as a Markdown brag document
  worklog templates                       list the available templates

Draft options:
  --repo PATH          repository to mine (repeatable; default: the current directory)
  --author EMAIL       an email that is you (repeatable; each repo's user.email is always included)
  --since DATE         start of the window, inclusive (YYYY-MM-DD = local midnight, or ISO 8601)
  --until DATE         end of the window, exclusive (default: the end of today)
  --window W           last-working-day | this-week | last-week | quarter | <N>d (default: 7d)
  --template NAME      weekly | standup | one-on-one | brag | problem-report | a template of yours
  --templates DIR      your templates folder (overrides built-ins by name, adds new ones)
  --style S            brief | detailed (default: detailed)
  --format F           markdown | slack | text | html | json (default: markdown)
  --journal DIR        journal folder whose entries fill the journal sections (default: $WORKLOG_JOURNAL, else none)
  --ticket-pattern RE  a ticket id pattern (repeatable; default: [A-Z][A-Z0-9]+-\\d+ and #\\d+)
  --landing-branch G   a release or maintenance branch where work counts as done, a glob such as release/*
                       (repeatable; added to the defaults: stable, stable/*, release/*, release-[0-9]*, maint,
                       maint-*, branch-[0-9]*, [0-9]*.x, [0-9]*.[0-9]*.x, v[0-9]*; '' alone: the default branch only)
  --integration-branch G  a long-lived branch of many people's merges that never names work (repeatable;
                       besides next, seen, develop, dev, staging)
  --bot G              a bot or machine identity, a glob over a name or e-mail (repeatable; besides [bot]
                       accounts, dependabot, renovate, github-actions…): never thanked
  --work-week DAYS     working days, e.g. mon-fri or sun-thu (for last-working-day / this-week)
  --manager NAME       your manager's name, used in the greeting
  --git PATH           the git binary to run (default: git on PATH)
  --git-timeout S      give up on a repository whose git prints nothing for S seconds (default: 30)
  --no-cache           neither read nor write the repository cache, where what an unchanged repository
                       gave last time is kept ($WORKLOG_CACHE_DIR, else ~/.cache/worklog/repositories)
  --allow-foreign-owner  read repositories owned by another user too (refused by default, whatever git's
                       safe.directory says: such a repository's config could make git run its programs)

Journal options (add, list, set, export):
  --journal DIR        journal folder (default: $WORKLOG_JOURNAL; one of the two is required)

Exit codes: 0 success, 1 nothing could be read (one line per failure), 2 bad usage.
`;
