/**
 * Titles as a Done list tells them: in the past tense ("Fix login" → "Fixed login"), and whether a title says
 * anything at all ("wip", "Work", "20 sec" do not). Pure: a verb table and a few rules, no dictionary.
 */

// Verbs whose past is not regular.
const IRREGULAR: Record<string, string> = {
  make: 'made', remake: 'remade', build: 'built', rebuild: 'rebuilt', write: 'wrote', rewrite: 'rewrote', overwrite: 'overwrote',
  set: 'set', reset: 'reset', unset: 'unset', run: 'ran', rerun: 'reran', split: 'split', do: 'did', undo: 'undid', redo: 'redid',
  get: 'got', give: 'gave', go: 'went', keep: 'kept', let: 'let', put: 'put', send: 'sent', resend: 'resent', take: 'took',
  teach: 'taught', tell: 'told', bring: 'brought', begin: 'began', break: 'broke', choose: 'chose', forget: 'forgot',
  hold: 'held', leave: 'left', lose: 'lost', say: 'said', shut: 'shut', hide: 'hid', unhide: 'unhid', speed: 'sped', bind: 'bound',
  rebind: 'rebound', unbind: 'unbound', spin: 'spun', cut: 'cut', hit: 'hit', quit: 'quit', shed: 'shed', spread: 'spread',
  cast: 'cast', recast: 'recast', broadcast: 'broadcast', draw: 'drew', redraw: 'redrew', grow: 'grew', throw: 'threw',
  rethrow: 'rethrew', catch: 'caught', seek: 'sought', deal: 'dealt', lay: 'laid', tear: 'tore', override: 'overrode',
  read: 'read', reread: 'reread', sweep: 'swept', sleep: 'slept', lend: 'lent', forbid: 'forbade', rethink: 'rethought',
  wake: 'woke', freeze: 'froze', unfreeze: 'unfroze', rewind: 'rewound', unwind: 'unwound', upset: 'upset', input: 'input',
  output: 'output', offset: 'offset', mislead: 'misled', withdraw: 'withdrew', undergo: 'underwent', outgrow: 'outgrew',
};

// Regular verbs a commit subject starts with.
const REGULAR = `
  accept adapt add adjust align allow annotate append apply archive ask assert assign attach authenticate automate avoid
  backport ban block bump bundle cache calculate call cancel cap capture centralise centralize change check clamp clarify clean
  clear clone close collapse collect combine comment commit compare compile complete compress compute configure confirm connect
  consolidate constrain convert copy correct create crop debug declare decode decouple dedupe deduplicate default defer define
  delay delete deploy deprecate describe destroy detect disable disallow discard dispatch display document downgrade download
  drain drop dump edit embed emit enable encode enforce enhance ensure escape evaluate exclude execute expand expect explain
  export expose extend extract fail fallback fetch fill filter finalise finalize finish fix flag flatten flip flush fold force format
  forward free gate generate group guard handle harden hardcode hash help highlight hook hoist honour honor ignore implement import
  improve include increase decrease indent infer initialise initialize inject inline insert inspect install integrate introduce
  invalidate invert isolate join kill label launch limit link lint list load localise localize lock log loosen lower make mark
  match measure memoize memoise mention merge migrate minimise minimize mirror mitigate mock modernise modernize modify move
  name narrow normalise normalize notify obey omit open optimise optimize order overhaul pack pad paginate parallelise
  parallelize parameterise parameterize parse pass patch permit persist pin plan plumb poll polish populate port postpone precompute
  prefer prefix prepare preserve prevent print process propagate protect provide prune publish pull push query queue raise rebase
  recompute record recover redact redesign redirect reduce refactor refer refine reformat refresh regenerate reindex reject relax
  release reload relocate rely remap remember remove rename render reorder reorganise reorganize repair repeat rephrase replace
  replay report reproduce request require rerender rescue reshape resize resolve respect restore restrict restructure resume
  retain retire retry return reuse reveal reverse revert review revise revisit rework rewire roll rotate round route sanitise
  sanitize save scale scan schedule scope secure seed select separate serialise serialize serve share shift ship shorten show
  shrink silence simplify skip slim sort specify spell squash stabilise stabilize stage standardise standardize start stop store
  stream streamline strip stub submit subscribe substitute summarise summarize supply support suppress surface swap switch sync
  tag test tidy tighten toggle touch trace track transform translate treat trigger trim truncate try tune tweak unblock unbreak
  uncomment unify unlock unmap unpin unskip untag unwrap update upgrade upload use validate vendor verify wait warn watch widen
  wire work wrap yield zip bail promote graduate prioritise prioritize reword split style reimplement revamp scaffold shorten enlarge embed
`.trim().split(/\s+/);

// Short verbs whose last consonant doubles before -ed and -ing (British doubling of a final l: cancelled, labelled).
const DOUBLES = new Set([
  'stop', 'drop', 'ship', 'strip', 'swap', 'wrap', 'tag', 'plan', 'pin', 'skip', 'log', 'map', 'emit', 'submit', 'commit', 'permit',
  'omit', 'refer', 'prefer', 'defer', 'infer', 'transfer', 'control', 'cancel', 'label', 'model', 'travel', 'signal', 'level',
  'total', 'tunnel', 'channel', 'marshal', 'unpin', 'unwrap', 'untag', 'unmap', 'remap', 'flag', 'trim', 'zip', 'stub', 'ban',
  'cap', 'crop', 'debug', 'pad', 'flip', 'scan', 'set', 'reset', 'unset', 'run', 'rerun', 'split', 'get', 'put', 'cut', 'hit', 'let',
  'shut', 'quit', 'begin', 'spin', 'forget', 'forbid', 'upset', 'input', 'output', 'offset',
]);

// Verbs that are as often nouns: after them a noun head ("Release notes", "Test suite", "Build system") means a noun phrase.
const NOUNY = new Set([
  'release', 'build', 'test', 'update', 'support', 'change', 'cache', 'log', 'lint', 'sync', 'map', 'patch', 'work', 'fix', 'merge',
  'check', 'stream', 'display', 'report', 'import', 'export', 'upload', 'download', 'request', 'review', 'record', 'process',
  'schedule', 'filter', 'format', 'hook', 'document', 'comment', 'mock', 'stub', 'trace', 'cap', 'limit', 'print', 'query', 'retry',
  'refresh', 'reset', 'restore', 'upgrade', 'install', 'deploy', 'plan', 'guard', 'store', 'tag', 'label', 'group', 'link', 'list',
  'load', 'lock', 'mark', 'name', 'order', 'pin', 'route', 'save', 'scan', 'seed', 'share', 'stage', 'start', 'stop', 'switch',
  'track', 'trigger', 'use', 'watch', 'wrap', 'drop', 'dump', 'dispatch', 'flag', 'flush', 'hash', 'help', 'match', 'queue',
  'scope', 'style', 'try', 'vendor', 'fallback', 'default', 'input', 'output', 'offset', 'set', 'run', 'split', 'cut', 'hold',
  'catch', 'draw', 'read', 'build', 'commit', 'model', 'signal', 'level', 'total', 'channel', 'control', 'debug', 'call', 'copy',
]);

// Words that, right after a noun-or-verb first word, make it a noun: "Release notes", "Test suite", "Build system".
const NOUN_HEADS = new Set([
  'notes', 'note', 'suite', 'suites', 'system', 'page', 'pages', 'level', 'levels', 'file', 'files', 'script', 'scripts', 'config',
  'configuration', 'matrix', 'pipeline', 'time', 'times', 'bar', 'box', 'results', 'result', 'dialog', 'view', 'button', 'helper',
  'helpers', 'utils', 'utilities', 'tool', 'tools', 'tooling', 'data', 'case', 'cases', 'coverage', 'fixture', 'fixtures', 'harness',
  'runner', 'engine', 'mechanism', 'flow', 'status', 'info', 'step', 'steps', 'message', 'messages', 'rules', 'rule', 'layer',
  'key', 'keys', 'size', 'hits', 'miss', 'misses', 'entries', 'entry', 'line', 'lines', 'viewer', 'checker', 'team', 'window',
  'panel', 'screen', 'modal', 'form', 'api', 'endpoint', 'service', 'server', 'client', 'job', 'jobs', 'queue', 'manager', 'handler',
  'handlers', 'order', 'history', 'list', 'id', 'ids', 'format', 'output', 'type', 'types', 'count', 'counts', 'stats', 'logic',
  'module', 'package', 'process', 'artifacts', 'artifact', 'branch', 'branches', 'version', 'versions', 'date', 'dates', 'name',
]);

// Words after the first that make it the subject or a noun of a sentence, whatever the verb: "Fix for crash", "Build is faster".
const NOT_AN_OBJECT = new Set([
  'for', 'of', 'is', 'are', 'was', 'were', 'now', 'should', 'must', 'can', 'cannot', "can't", 'will', "won't", 'does', "doesn't",
  'has', 'have', 'had', 'fails', 'works', 'no', 'never', 'still', 'always', 'being', 'been',
]);

// Words after an -ing form that show it is a verb with an object ("Adding the cache"), not a noun ("Caching layer").
const OBJECT_STARTS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'all', 'any', 'every', 'each', 'more', 'missing', 'new', 'our', 'my',
  'its', 'their', 'up', 'out', 'down', 'in', 'on', 'off', 'away', 'back', 'over', 'support', 'to',
]);

// English prefixes of hyphenated verbs ("Re-enable", "Auto-detect").
const HYPHEN_PREFIXES = new Set(['re', 'pre', 'auto', 'co', 'de', 'un', 'over', 'under', 'cross', 'double', 'self', 'multi', 'opt']);

const VOWELS = 'aeiou';

/** The regular past of a base verb: fixed, used, applied, stopped, panicked. */
function regularPast(base: string): string {
  if (DOUBLES.has(base)) return `${base}${base[base.length - 1]}ed`;
  if (base.endsWith('e')) return `${base}d`;
  if (base.endsWith('y') && !VOWELS.includes(base[base.length - 2])) return `${base.slice(0, -1)}ied`;
  if (base === 'panic' || base === 'mimic') return `${base}ked`;
  return `${base}ed`;
}

/** The third-person present: adds, fixes, applies, does. */
function thirdPerson(base: string): string {
  if (/(?:s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  if (base.endsWith('y') && !VOWELS.includes(base[base.length - 2])) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** The -ing form: adding, making, stopping, tying, freeing. */
function presentParticiple(base: string): string {
  if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`;
  if (DOUBLES.has(base)) return `${base}${base[base.length - 1]}ing`;
  if (base.endsWith('e') && !/(?:ee|ye|oe)$/.test(base) && base.length > 2) return `${base.slice(0, -1)}ing`;
  return `${base}ing`;
}

type Form = 'base' | 'third' | 'ing';

/** Every form of every verb we know, with its base and past. */
const FORMS: ReadonlyMap<string, { base: string; past: string; form: Form }> = (() => {
  const forms = new Map<string, { base: string; past: string; form: Form }>();
  for (const base of [...REGULAR, ...Object.keys(IRREGULAR)]) {
    const past = IRREGULAR[base] ?? regularPast(base);
    // A base form wins over another verb's -s or -ing form that is spelled the same.
    forms.set(base, { base, past, form: 'base' });
    for (const [word, form] of [[thirdPerson(base), 'third'], [presentParticiple(base), 'ing']] as const) {
      if (!forms.has(word)) forms.set(word, { base, past, form });
    }
  }
  return forms;
})();

/** Writes `past` in the case of `word`: "Fix" → "Fixed", "FIX" → "FIXED", "fix" → "fixed". */
function inCaseOf(word: string, past: string): string {
  if (word.length > 1 && word === word.toUpperCase()) return past.toUpperCase();
  return /^[A-Z]/.test(word) ? past[0].toUpperCase() + past.slice(1) : past;
}

/** The past of one word when it is a verb form we know, in its case ("Adding" → "Added"); hyphenated: "Re-enable" → "Re-enabled". */
function pastOfWord(word: string, next: string | undefined): string | undefined {
  const hyphen = /^([A-Za-z]+)-([a-z]+)$/.exec(word);
  if (hyphen && HYPHEN_PREFIXES.has(hyphen[1].toLowerCase())) {
    const rest = pastOfWord(hyphen[2], next);
    return rest && `${hyphen[1]}-${rest}`;
  }
  if (!/^(?:[A-Z]?[a-z]+|[A-Z]+)$/.test(word)) return undefined;
  const found = FORMS.get(word.toLowerCase());
  if (!found) return undefined;
  const after = next?.toLowerCase().replace(/[,.;:!?]+$/, '');
  if (after !== undefined) {
    if (NOT_AN_OBJECT.has(after)) return undefined;
    if (NOUNY.has(found.base) && NOUN_HEADS.has(after)) return undefined;
    // "Changes to the parser", "Tests pass": a plural noun, not a verb.
    if (found.form === 'third' && NOUNY.has(found.base) && (after === 'to' || FORMS.get(after)?.form === 'base')) return undefined;
    // "Caching layer", "Logging improvements": nouns; "Switching to X", "Logging the request id": verbs.
    if (found.form === 'ing' && NOUNY.has(found.base) && !OBJECT_STARTS.has(after)) return undefined;
  }
  if (after === undefined && found.form !== 'base') return undefined;
  return inCaseOf(word, found.past);
}

/**
 * A title in the past tense, for a Done list: "Fix login" → "Fixed login", "Adds X" and "Adding X" → "Added X",
 * "Build and publish docs" → "Built and published docs". Titles that do not start with a verb we know ("Login
 * page", "v2 API", "Faster search"), that already are in the past ("Fixed x") or that start with a name or code
 * (`npm …`, `alu(…)`) are returned as they are.
 */
export function pastTense(title: string): string {
  const m = /^(\s*)(\S+)(\s+(\S+)(?:\s+(\S+))?)?/.exec(title);
  if (!m) return title;
  const [, lead, first, , second, third] = m;
  // "Export progress bar", "Release notes page": a short title ending in a thing is a noun phrase.
  const words = title.trim().split(/\s+/);
  const base = FORMS.get(first.toLowerCase())?.base;
  const determiner = /^(?:the|a|an|all|every|each|our|its|their|this|that|these|those|some|any|more|new)$/i.test(second ?? '');
  if (base && NOUNY.has(base) && !determiner && words.length <= 4 && NOUN_HEADS.has(words[words.length - 1].toLowerCase())) return title;
  const past = pastOfWord(first, second);
  if (!past) return title;
  let rest = title.slice(lead.length + first.length);
  // "Build and publish docs": the second verb too.
  if (second?.toLowerCase() === 'and' && third) {
    const again = FORMS.get(third.toLowerCase());
    if (again && again.form === FORMS.get(first.toLowerCase())?.form && /^[a-z]+$/i.test(third)) {
      rest = rest.replace(/^(\s+and\s+)\S+/, (_, and: string) => and + inCaseOf(third, again.past));
    }
  }
  return lead + past + rest;
}

// Words that say nothing of what was done: change in general, its size, its state, placeholders.
const GENERIC = new Set([
  'work', 'working', 'progress', 'in', 'on', 'wip', 'tmp', 'temp', 'update', 'updates', 'updated', 'updating', 'change', 'changes',
  'changed', 'fix', 'fixes', 'fixed', 'fixing', 'fixup', 'tweak', 'tweaks', 'tweaked', 'cleanup', 'clean', 'cleaned', 'up',
  'refactor', 'refactoring', 'refactored', 'edit', 'edits', 'edited', 'improvement', 'improvements', 'improve', 'improved', 'stuff',
  'things', 'thing', 'something', 'everything', 'misc', 'miscellaneous', 'more', 'minor', 'small', 'some', 'various', 'few', 'a',
  'an', 'the', 'couple', 'of', 'bit', 'little', 'quick', 'tiny', 'random', 'other', 'general', 'it', 'this', 'that', 'again',
  'bunch', 'lots', 'final', 'initial', 'first', 'last', 'latest', 'new', 'code', 'files', 'file', 'commit', 'commits', 'save',
  'saved', 'saving', 'checkpoint', 'bug', 'bugs', 'issue', 'issues', 'problem', 'problems', 'and', 'to', 'with', 'from', 'for',
  'per', 'apply', 'applied', 'suggestion', 'suggestions', 'review', 'reviews', 'comment', 'comments', 'feedback', 'address',
  'addressed', 'addressing', 'pr', 'done', 'ok', 'okay', 'oops', 'whoops', 'again', 'try', 'attempt', 'another', 'still', 'now',
  'stage', 'staged', 'asdf', 'qwerty', 'foo', 'bar', 'baz', 'blah', 'meh', 'hmm', 'hello', 'test', 'testing', 'yet',
  'continue', 'continued', 'start', 'started', 'finish', 'finished', 'sync', 'merge', 'rebase', 'squash', 'tidy', 'polish',
  'misc.', 'rework', 'reworked', 'my', 'our', 'your', 'day', 'today', 'yesterday',
]);

// Generic only alone: "Fix typo" or "Fix tests" says what; "Typo", "Tests" alone do not.
const ALONE = new Set(['bump', 'bumped', 'typo', 'typos', 'lint', 'format', 'formatting', 'tests', 'docs', 'style', 'deps', 'build', 'release', 'revert', 'hotfix', 'bugfix', 'patch', 'debug']);

// Units that make a number a duration ("20 sec", "5min", "2h").
const TIME_UNIT = /^(?:ms|s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|wk|week|weeks)?$/;

/**
 * Whether a title carries no information a manager could use: empty or punctuation, a number or a duration
 * ("20 sec"), keyboard noise ("asdf", "aaaa"), or only words of change in general ("Work", "wip", "update",
 * "fixes", "Minor changes", "Apply suggestions from code review", "cleanup"). A title naming what it changed
 * ("Fix typo", "Update README", "Localization") is not vacuous.
 */
export function isVacuous(title: string): boolean {
  const words = title.toLowerCase().replace(/[^\p{L}\p{N}\s.:'-]+/gu, ' ').split(/\s+/).map(w => w.replace(/^[.:'-]+|[.:'-]+$/g, '')).filter(Boolean);
  if (!words.length) return true;
  const number = (w: string) => {
    const m = /^\d+(?:[.:,]\d+)*([a-z]*)$/.exec(w);
    return !!m && TIME_UNIT.test(m[1]);
  };
  const noise = (w: string) => /^(.)\1+$/.test(w) || (w.length === 1 && !/\d/.test(w));
  const meaningful = words.filter(w => !GENERIC.has(w) && !number(w) && !noise(w) && !TIME_UNIT.test(w));
  if (!meaningful.length) return true;
  return words.length === 1 && ALONE.has(meaningful[0]);
}
