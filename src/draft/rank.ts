/**
 * What matters to a manager, in order: security work first, then breaking changes, the user's wins,
 * features, fixes, performance work and releases; routine work (dependency updates, formatting, tests,
 * docs, CI, chores, bot work) last, rolled up. Lines changed only break ties, counted without lockfiles,
 * vendored or generated files (see git/paths.ts).
 */
import type { Accomplishment } from '../git/types';

/** The kind of a piece of work, most important first (see KIND_ORDER). */
export type WorkKind = 'security' | 'breaking' | 'win' | 'feature' | 'fix' | 'perf' | 'release' | 'other' | 'routine';

/** The kinds of routine work a roll-up line counts. */
export type RoutineKind = 'dependencies' | 'formatting' | 'tests' | 'docs' | 'ci' | 'chores' | 'bot';

/** Most important first. */
export const KIND_ORDER: readonly WorkKind[] = ['security', 'breaking', 'win', 'feature', 'fix', 'perf', 'release', 'other', 'routine'];

/** Wording of security work: most security fixes carry no advisory id. */
const SECURITY_WORDS = new RegExp(
  [
    'vulnerab\\w*', 'security', 'path[ -]traversal', 'directory[ -]traversal', '\\w*injection', 'xss', 'cross[ -]site', 'csrf', 'xsrf', 'ssrf',
    'privilege[ -]escalation', 'escalat\\w+ privileges?', '(?:auth\\w*|sandbox|acl|permission|csp|security)[ -]bypass', 'bypass(?:es|ed|ing)? (?:the )?(?:auth\\w*|sandbox|acl|permission|check|csp|security)',
    'sandbox[ -]escape', 'escape[sd]? (?:the )?sandbox', 'directory[ -]escape', 'zip[ -]slip', 'rce', 'remote code execution', 'arbitrary (?:code|command|file)',
    'denial[ -]of[ -]service', 'redos', 'open redirect', 'timing attack', 'leak(?:s|ed|ing)? (?:of )?(?:secrets?|credentials?|tokens?|passwords?|keys?)',
    'cve-\\d{4}-\\d+', 'ghsa(?:-[0-9a-z]{4}){3}', 'sanitiz\\w* (?:user )?input', 'untrusted input', 'insecure',
  ].join('|'),
  'i',
);
/** The wording at a word's start (compiled once: it is tested on every commit subject). */
const SECURITY_WORDING = new RegExp(`(?:^|[^A-Za-z0-9])(?:${SECURITY_WORDS.source})`, 'i');

/** Whether a subject or title reads as security work. */
export function soundsLikeSecurity(text: string): boolean {
  return SECURITY_WORDING.test(text);
}

const ROUTINE_TYPES: Record<string, RoutineKind> = {
  chore: 'chores', style: 'formatting', test: 'tests', tests: 'tests', docs: 'docs', doc: 'docs', ci: 'ci', build: 'chores', deps: 'dependencies',
};
const DEPENDENCY_WORDS = /^(?:bump|update|upgrade|pin|lock file maintenance)\b.*\b(?:from|to|v?\d+\.\d+|dependenc|deps?\b|lockfile|lock file)|^(?:update|upgrade) dependenc/i;
const FORMATTING_WORDS = /\b(?:run|ran|apply|applied|reformat\w*|format\w*)\b.*\b(?:prettier|black|gofmt|rustfmt|clang-format|eslint --fix|formatter|isort|ruff format)\b|^(?:reformat|format code|fix (?:formatting|whitespace|lint))/i;

/** The kind of one accomplishment. */
export function accomplishmentKind(a: Accomplishment): { kind: WorkKind; routine?: RoutineKind } {
  const type = a.type?.toLowerCase();
  const scope = a.scope?.toLowerCase();
  const texts = [a.title, ...a.commits.map(c => c.subject)];
  if (a.advisories.length || type === 'security' || scope === 'security' || texts.some(soundsLikeSecurity)) return { kind: 'security' };
  if (a.bot) return { kind: 'routine', routine: 'bot' };
  if (a.breaking) return { kind: 'breaking' };
  if (a.release) return { kind: 'release' };
  // A type the author chose (feat, fix, perf) says more than the files it touched; a dependency scope says more still.
  const typed = type === 'feat' || type === 'feature' || type === 'fix' || type === 'perf';
  const routine = routineKind(a, type, scope);
  if (routine && typed && routine !== 'dependencies') return { kind: type === 'perf' ? 'perf' : type.startsWith('feat') ? 'feature' : 'fix' };
  if (routine) return { kind: 'routine', routine };
  if (type === 'feat' || type === 'feature') return { kind: 'feature' };
  if (type === 'fix' || type === 'bugfix' || type === 'hotfix' || (!type && /^fix(?:e[sd])?\b/i.test(a.title))) return { kind: 'fix' };
  if (type === 'perf' || (!type && /^(?:speed up|make \S+ faster|faster|optimi[sz]e)\b/i.test(a.title))) return { kind: 'perf' };
  if (type === 'backport') return { kind: 'fix' };
  if (type === 'revert') return { kind: 'other' };
  if (!type && /^(?:add|implement|introduce|support|allow|enable|new)\b/i.test(a.title)) return { kind: 'feature' };
  return { kind: 'other' };
}

function routineKind(a: Accomplishment, type: string | undefined, scope: string | undefined): RoutineKind | undefined {
  if (scope === 'deps' || scope === 'deps-dev' || scope === 'dependencies' || a.only === 'lockfile' || DEPENDENCY_WORDS.test(a.title)) return 'dependencies';
  if (type === 'style' || FORMATTING_WORDS.test(a.title)) return 'formatting';
  if (type && ROUTINE_TYPES[type]) return ROUTINE_TYPES[type];
  if (a.only === 'test') return 'tests';
  if (a.only === 'docs') return 'docs';
  if (a.only === 'ci') return 'ci';
  return undefined;
}

/** The most important of several kinds (a win's, its accomplishments'). */
export function mostImportant(kinds: readonly WorkKind[]): WorkKind {
  return kinds.reduce<WorkKind>((best, k) => (KIND_ORDER.indexOf(k) < KIND_ORDER.indexOf(best) ? k : best), 'routine');
}

/** Plural labels of each kind, for the roll-up line ("9 fixes, 8 tests"). */
export const KIND_LABELS: Record<WorkKind | RoutineKind, [string, string]> = {
  security: ['security fix', 'security fixes'],
  breaking: ['breaking change', 'breaking changes'],
  win: ['win', 'wins'],
  feature: ['feature', 'features'],
  fix: ['fix', 'fixes'],
  perf: ['performance change', 'performance changes'],
  release: ['release', 'releases'],
  other: ['other change', 'other changes'],
  routine: ['routine change', 'routine changes'],
  dependencies: ['dependency update', 'dependency updates'],
  formatting: ['formatting change', 'formatting changes'],
  tests: ['test change', 'test changes'],
  docs: ['docs change', 'docs changes'],
  ci: ['CI change', 'CI changes'],
  chores: ['chore', 'chores'],
  bot: ['bot change', 'bot changes'],
};

/** Sort key of a work item: kind, then wins with impact, goal links, and meaningful lines. Higher is more worth telling. */
export function significance(kind: WorkKind, fields: { win: boolean; impact: boolean; goal: boolean; meaningfulLines: number; pullRequests: number }): number {
  let score = (KIND_ORDER.length - KIND_ORDER.indexOf(kind)) * 1000;
  if (fields.win) score += fields.impact ? 300 : 200;
  if (fields.goal) score += 100;
  score += Math.min(fields.pullRequests, 3) * 5;
  score += Math.log2(1 + fields.meaningfulLines) * 5;
  return Math.round(score * 100) / 100;
}
