/**
 * What a commit subject (or pull request title) says before its text: tags (`[pr]`, `[skip ci]`, `[PATCH v2 3/7]`,
 * `(WIP)`), a Conventional Commit or numpy-style type (`feat(ui)!:`, `MNT:`, `BUG:`), and a subsystem prefix
 * (`pack-objects:`, `drm/i915:`, `[compiler]`). The text left is what the work was, for a title.
 */

/** A subject split into its parts. */
export interface ParsedSubject {
  /** The subject without tags, type and subsystem prefixes; empty when nothing else is left ("[WIP]", "wip"). */
  text: string;
  /** Conventional type: feat, fix, docs, chore… (numpy's ENH, BUG, MNT… mapped to them). */
  type?: string;
  /** The Conventional Commit scope: `feat(ui): x` has scope `ui`. */
  scope?: string;
  /** A subsystem prefix: `pack-objects: x`, `x86/mm: x`, `ASoC: SOF: x` ("ASoC: SOF"), `[compiler] x`. */
  subsystem?: string;
  /** `feat!:` or `feat(x)!:`. */
  breaking: boolean;
  /** A work-in-progress tag: `[WIP]`, `(wip)`, `WIP:`, a leading `wip`. */
  wip: boolean;
}

/** Options of parseSubject. */
export interface SubjectOptions {
  /** Whether a bracketed or prefixed word is a ticket id (kept in the text for the ticket logic). */
  isTicket?: (word: string) => boolean;
}

// Conventional Commit types and their common spellings, any case.
const TYPES: Record<string, string> = {
  feat: 'feat', feature: 'feat', features: 'feat', added: 'feat', enh: 'feat', enhancement: 'feat', improvement: 'feat',
  fix: 'fix', fixes: 'fix', fixed: 'fix', bugfix: 'fix', hotfix: 'fix', bug: 'fix',
  perf: 'perf', performance: 'perf', refactor: 'refactor', refactoring: 'refactor',
  docs: 'docs', doc: 'docs', documentation: 'docs', test: 'test', tests: 'test', testing: 'test', tst: 'test',
  chore: 'chore', chores: 'chore', mnt: 'chore', maint: 'chore', maintenance: 'chore', misc: 'chore', cleanup: 'chore',
  build: 'build', bld: 'build', ci: 'ci', style: 'style', sty: 'style', lint: 'style',
  revert: 'revert', deps: 'deps', security: 'security', release: 'release',
};

// numpy-style types that are only types in capitals ("API:" is numpy's; "api: x" is a subsystem).
const CAPITAL_TYPES: Record<string, string> = {
  API: 'feat', BENCH: 'test', DEP: 'chore', DEV: 'chore', REL: 'release', REV: 'revert', TYP: 'chore', SIMD: 'perf',
};

// Types in brackets only (TYPO3's [TASK], Odoo's [IMP], [REF], [ADD], [REM], [MOV]).
const BRACKET_TYPES: Record<string, string> = { task: 'chore', imp: 'feat', ref: 'refactor', add: 'feat', rem: 'chore', mov: 'chore' };

// The canonical type words a misspelled prefix ("reafactor(x):", "refactr:") is matched against.
const FUZZY_TARGETS = ['feat', 'feature', 'fix', 'bugfix', 'hotfix', 'refactor', 'docs', 'test', 'chore', 'build', 'style', 'perf', 'revert', 'release', 'security'];

// Tags that say how a change was handled, not what it is: removed wherever they start or end the subject.
const TAG = /^(?:pr|wip|draft|rfc|minor|major|trivial|nit|nitpick|tmp|temp|dnm|do not merge|don'?t merge|bot|auto|automated|ci|no ci|skip|ci skip|skip ci|skip-ci|ci-skip|skip actions|actions skip|skip travis|skip netlify|skip appveyor|skip changelog|no changelog|changelog skip|breaking|resend|v\d+|(?:release|stable|backport)[-/ ]?v?\d+(?:\.[\dx]+)*|\d+\/\d+|(?:rfc |resend )?patch(?: [\w./-]+){0,4})$/i;

// Gitmoji shortcodes that say a type; any other leading shortcode is dropped without one.
const GITMOJI: Record<string, string> = {
  sparkles: 'feat', bug: 'fix', ambulance: 'fix', memo: 'docs', recycle: 'refactor', zap: 'perf', white_check_mark: 'test',
  wrench: 'chore', arrow_up: 'deps', arrow_down: 'deps', green_heart: 'ci', lipstick: 'style', art: 'style', lock: 'security',
  fire: 'chore', bookmark: 'release', rewind: 'revert',
};

// Words that start an English sentence with a colon ("Note: …", "TODO: …"), never a subsystem.
const SENTENCE_WORDS = new Set([
  'note', 'notes', 'nb', 'todo', 'fixme', 'hack', 'xxx', 'warning', 'caution', 'important', 'attention', 'update', 'updates',
  'updated', 'reminder', 'question', 'answer', 'example', 'examples', 'summary', 'status', 'info', 'tip', 'hint', 'idea', 'issue',
  'problem', 'reason', 'result', 'results', 'why', 'how', 'what', 'when', 'where', 'who', 'step', 'part', 'phase', 're', 'fw', 'fwd',
  'ps', 'edit', 'edited', 'changed', 'removed', 'new', 'see', 'also', 'ref', 'refs', 'closes', 'resolves', 'followup', 'merge',
  'merged', 'done', 'finally', 'again', 'oops', 'yes', 'no', 'ok', 'today', 'yesterday', 'tomorrow', 'time', 'date', 'version',
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'i', 'we', 'you', 'he', 'she', 'they', 'my', 'our', 'your', 'to',
  'of', 'in', 'on', 'for', 'with', 'at', 'by', 'from', 'and', 'or', 'but', 'so', 'if', 'then', 'just', 'only', 'now', 'here',
  'there', 'please', 'thanks', 'sorry', 'caveat', 'context', 'motivation', 'background', 'goal', 'todos', 'wip', 'draft', 'temp', 'tmp',
  'http', 'https', 'ftp', 'mailto', 'file', 'ssh', 'description', 'details', 'detail', 'change', 'changes', 'error', 'errors',
  'usage', 'deprecation', 'removal', 'subject', 'title', 'attempt', 'try', 'experiment', 'checkpoint', 'progress', 'initial',
  'first', 'final', 'day', 'week', 'warn', 'fyi', 'psa', 'aside', 'bonus',
]);

const DEFAULT_TICKET = /^(?:[A-Z][A-Z0-9]+-\d+|#\d+)$/;
const TYPE_PREFIX = /^([A-Za-z]{1,32})(?:\(([^()\r\n]{0,200})\))?(!)?:(?!\/\/)\s*/;
const SUBSYSTEM_PREFIX = /^([A-Za-z0-9._][\w.+/{},*-]{0,29}):\s+(?=\S)/;
const LEADING_WIP = /^wip\b[:!-]?\s*/i;
const LEADING_BRACKET = /^[[(]([^[\]()\r\n]{1,60})[\])]\s*/;
const TRAILING_BRACKET = /\s*[[(]([^[\]()\r\n]{1,60})[\])]$/;
const GITMOJI_CODE = /^:([a-z0-9_+-]{1,40}):\s*/;
const EMOJI = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator})[\uFE0F\u200D\p{Extended_Pictographic}]*\s*/u;

/** Edit distance of two short words with transpositions counted once (Damerau, optimal string alignment). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The type a prefix word names exactly (any case; numpy's capital-only ones in capitals), or undefined. */
function exactType(word: string): string | undefined {
  return TYPES[word.toLowerCase()] ?? (word === word.toUpperCase() ? CAPITAL_TYPES[word] : undefined);
}

/**
 * The type a misspelled prefix word most likely meant ("reafactor(x):" → refactor, "refactr:" → refactor): two
 * edits away when the prefix is shaped like a type (a scope or `!`), else one edit from a long type word only.
 */
function fuzzyType(word: string, shaped: boolean): string | undefined {
  const w = word.toLowerCase();
  const limit = shaped ? 2 : 1;
  if (w.length < 4) return undefined;
  for (const target of FUZZY_TARGETS) {
    if ((shaped || target.length >= 7) && Math.abs(target.length - w.length) <= limit && editDistance(w, target) <= limit) return TYPES[target];
  }
  return undefined;
}

/** Whether a bracket's inner text is a tag (`[pr]`, `[skip ci]`, `[PATCH v2 3/7]`). */
function isTag(inner: string): boolean {
  return TAG.test(inner.trim().replace(/\s+/g, ' '));
}

/** Whether a prefix word is a subsystem: it has a letter, is no type, ticket or word that opens a sentence ("Note:"). */
function isSubsystem(word: string, isTicket: (w: string) => boolean): boolean {
  return /[A-Za-z]/.test(word) && !isTicket(word) && !exactType(word) && !SENTENCE_WORDS.has(word.toLowerCase());
}

/**
 * Splits a subject into tags, type, scope or subsystem, and the text a title is made of. Linear in the subject's
 * length (every pattern is anchored and bounded).
 */
export function parseSubject(subject: string, options: SubjectOptions = {}): ParsedSubject {
  const isTicket = options.isTicket ?? ((w: string) => DEFAULT_TICKET.test(w));
  const original = subject.trim();
  let rest = original;
  let type: string | undefined;
  let scope: string | undefined;
  const subsystems: string[] = [];
  let breaking = false;
  let wip = false;
  const setType = (t: string | undefined) => { type ??= t; };

  // Tags and markers at the start, in any order, and a leading bracketed area ("[compiler] x").
  const stripLeading = () => {
    for (let guard = 0; guard < 12; guard++) {
      const bracket = LEADING_BRACKET.exec(rest);
      const code = GITMOJI_CODE.exec(rest);
      const emoji = EMOJI.exec(rest);
      const lead = LEADING_WIP.exec(rest);
      if (bracket) {
        const inner = bracket[1].trim();
        const bracketType = exactType(inner) ?? BRACKET_TYPES[inner.toLowerCase()];
        if (/^wip$/i.test(inner)) wip = true;
        if (isTag(inner)) rest = rest.slice(bracket[0].length);
        else if (bracketType && rest[0] === '[') { setType(bracketType); rest = rest.slice(bracket[0].length); }
        else if (rest[0] === '[' && /^[A-Za-z][\w.+/ -]{0,29}$/.test(inner) && !isTicket(inner) && !subsystems.length) {
          subsystems.push(inner);
          rest = rest.slice(bracket[0].length);
        } else return;
      } else if (code) {
        setType(GITMOJI[code[1]]);
        rest = rest.slice(code[0].length);
      } else if (emoji) {
        rest = rest.slice(emoji[0].length);
      } else if (lead) {
        wip = true;
        rest = rest.slice(lead[0].length);
      } else return;
    }
  };
  const stripTrailing = () => {
    for (let guard = 0; guard < 6; guard++) {
      const bracket = TRAILING_BRACKET.exec(rest.slice(-64));
      if (!bracket || !isTag(bracket[1])) return;
      if (/^wip$/i.test(bracket[1].trim())) wip = true;
      rest = rest.slice(0, rest.length - bracket[0].length);
    }
  };

  stripLeading();
  stripTrailing();
  // Type and subsystem prefixes, nested at most a few deep ("feat: net: x", "ASoC: SOF: Intel: x").
  for (let depth = 0; depth < 4; depth++) {
    const cc = type === undefined && !subsystems.length ? TYPE_PREFIX.exec(rest) : null;
    if (cc) {
      const [, word, rawScope, bang] = cc;
      const shaped = rawScope !== undefined || bang === '!';
      const known = exactType(word) ?? fuzzyType(word, shaped);
      // An unknown word shaped like a type ("update(deps):") is still a prefix; its type is unknown.
      if (known || (shaped && /^[a-z]{2,12}$/.test(word) && (rawScope === undefined || /^\S{1,40}$/.test(rawScope.trim())))) {
        const after = rest.slice(cc[0].length).trim();
        if (known === 'revert' && !shaped) {
          // "revert: x" says what was reverted: the title keeps the verb.
          type = 'revert';
          rest = after && `Revert ${after}`;
          break;
        }
        type = known ?? '';
        scope = rawScope?.trim() || undefined;
        breaking ||= bang === '!';
        rest = after;
        stripLeading();
        continue;
      }
    }
    const sub = SUBSYSTEM_PREFIX.exec(rest);
    if (sub && isSubsystem(sub[1], isTicket)) {
      subsystems.push(sub[1]);
      rest = rest.slice(sub[0].length);
      continue;
    }
    break;
  }
  stripTrailing();
  return {
    text: rest.trim(),
    ...(type ? { type } : {}),
    ...(scope ? { scope } : {}),
    ...(subsystems.length ? { subsystem: subsystems.join(': ') } : {}),
    breaking,
    wip,
  };
}
