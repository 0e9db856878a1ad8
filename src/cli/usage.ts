/** Usage errors and the help texts of the `worklog` command line. */

/** A mistake in how the command was called (a bad flag, value, id, folder or template): one line, exit code 2. */
export class UsageError extends Error {}

/** A failure that is not the caller's fault (nothing readable, or the journal refuses writes): exit code 1. */
export class RunError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

const EXIT_CODES = 'Exit codes: 0 success; 1 nothing could be read, or the journal cannot be written (one line per failure);\n' +
  '2 bad usage: an unknown flag, a bad value, an unknown entry id, a missing folder or template, a broken template.\n';

const JOURNAL_OPTION = '  --journal DIR        journal folder (default: $WORKLOG_JOURNAL; one of the two is required)\n';

const DRAFT_OPTIONS = `Draft options:
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
`;

/** The text `worklog --help` prints. */
export const HELP = `worklog — draft an update for your manager from your git history and journal

Usage:
  worklog draft [options]                 draft an update (default command)
  worklog add <kind> TEXT [fields]        add a journal entry (win, problem, promise, feedback, note, goal)
  worklog list [--kind K] [--format json] list journal entries
  worklog set <id> --status S             change an entry's status
  worklog export [--since D] [--until D]  export the journal (or a period) as a Markdown brag document
  worklog templates                       list the available templates
  worklog <command> --help                the options of one command

${DRAFT_OPTIONS}
Journal options (add, list, set, export):
${JOURNAL_OPTION}
${EXIT_CODES}`;

/** What `worklog <command> --help` prints for `command`, or undefined for a name that is no command. */
export function commandHelp(command: string): string | undefined {
  return Object.hasOwn(COMMAND_HELP, command) ? COMMAND_HELP[command] : undefined;
}

const COMMAND_HELP: Readonly<Record<string, string>> = {
  draft: `Usage: worklog draft [options]

Drafts an update from your commits in the window and, with a journal, your entries.

${DRAFT_OPTIONS}
${EXIT_CODES}`,
  add: `Usage: worklog add <kind> TEXT [fields]

Adds a journal entry. Kinds and the fields each takes:
  win       --impact TEXT
  problem   --impact TEXT, --option "Title|pro1;pro2|con1;con2" (repeatable), --recommend N (1 = the first
            option), --ask TEXT, --status open|resolved
  promise   --to NAME, --due YYYY-MM-DD (a calendar date; words such as "friday" are not accepted),
            --plan TEXT, --status open|done|at-risk|dropped
  feedback  --from NAME, --action TEXT
  note      (no fields of its own)
  goal      --career (a career goal; default: a goal your manager set), --status active|done|dropped
Every kind: --tag T, --person NAME, --commit SHA, --ticket ID (each repeatable), --repo NAME, --goal ID.

Options:
${JOURNAL_OPTION}  --format F           text | json: how the added entry is printed (default: text)

${EXIT_CODES}`,
  list: `Usage: worklog list [options]

Lists the journal's entries, newest first: id, kind, status, day, text.

Options:
${JOURNAL_OPTION}  --kind K             only entries of this kind (win, problem, promise, feedback, note, goal)
  --status S           only entries with this status
  --format F           text | json (default: text)

${EXIT_CODES}`,
  set: `Usage: worklog set <id> [changes]

Changes an entry (worklog list shows the ids). Changes:
  --status S           problem: open | resolved; promise: open | done | at-risk | dropped; goal: active | done | dropped
  --due YYYY-MM-DD     a promise's due date (a calendar date; words such as "tomorrow" are not accepted)
  --plan TEXT          a promise's plan
  --impact TEXT        a win's or problem's impact
  --action TEXT        what you did about feedback
  --text TEXT          the entry's text

Options:
${JOURNAL_OPTION}
${EXIT_CODES}`,
  export: `Usage: worklog export [options]

Prints the journal (or a period of it) as a Markdown brag document, every entry included.

Options:
${JOURNAL_OPTION}  --since DATE         start of the period (default: the first entry)
  --until DATE         end of the period, exclusive (default: the end of today)
  --templates DIR      your templates folder (a brag.hbs there replaces the built-in one)

${EXIT_CODES}`,
  templates: `Usage: worklog templates [--templates DIR]

Lists the built-in templates and those of your folder: name, source, description.

Options:
  --templates DIR      your templates folder

${EXIT_CODES}`,
};
