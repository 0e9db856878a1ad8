/**
 * Parsers for the git output mining reads. Fields are separated by NUL, which cannot occur in commit
 * text, so subjects and bodies may hold anything else (newlines, HTML, `{{`, control characters).
 */

/** One commit as `git log` printed it with LOG_FORMAT. */
export interface LogRecord {
  sha: string;
  parents: string[];
  /** Author email as written in the commit (before .mailmap). */
  rawEmail: string;
  /** Author email and name after .mailmap. */
  email: string;
  name: string;
  /** Author and committer dates, seconds since the epoch. */
  authorTime: number;
  commitTime: number;
  subject: string;
  body: string;
}

/** The `--format` the parser reads: 9 NUL-terminated fields per commit. */
export const LOG_FORMAT = '--format=%H%x00%P%x00%ae%x00%aE%x00%aN%x00%at%x00%ct%x00%s%x00%b%x00';
const FIELDS = 9;

/** Splits a stream of text into NUL-terminated tokens, calling `onToken` for each complete one. */
export class NulTokenizer {
  private partial = '';
  constructor(private readonly onToken: (token: string) => void) {}

  /** Feeds a chunk of output. */
  push(text: string): void {
    let start = 0;
    for (let i = text.indexOf('\0'); i >= 0; i = text.indexOf('\0', start)) {
      const token = this.partial ? this.partial + text.slice(start, i) : text.slice(start, i);
      this.partial = '';
      this.onToken(token);
      start = i + 1;
    }
    this.partial += text.slice(start);
  }

  /** Ends the stream; returns what was left after the last NUL (normally only whitespace). */
  end(): string {
    const rest = this.partial;
    this.partial = '';
    return rest;
  }
}

/** Incremental parser of LOG_FORMAT output; records arrive through `onRecord` as soon as complete. */
export class LogStreamParser {
  private fields: string[] = [];
  private readonly tokenizer: NulTokenizer;

  constructor(private readonly onRecord: (record: LogRecord) => void) {
    this.tokenizer = new NulTokenizer(token => this.take(token));
  }

  /** Feeds a chunk of `git log` output. */
  push(text: string): void {
    this.tokenizer.push(text);
  }

  /** Ends the stream. */
  end(): void {
    this.tokenizer.end();
    this.fields = [];
  }

  private take(token: string): void {
    if (this.fields.length === 0) {
      const sha = token.replace(/^\n+/, '');
      // Resynchronise on anything that is not a commit id (should never happen).
      if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) return;
      token = sha;
    }
    this.fields.push(token);
    if (this.fields.length === FIELDS) {
      const record = toRecord(this.fields);
      this.fields = [];
      this.onRecord(record);
    }
  }
}

/** The record of one commit's FIELDS tokens. */
function toRecord(fields: readonly string[]): LogRecord {
  const [sha, parents, rawEmail, email, name, at, ct, subject, body] = fields;
  return {
    sha, parents: parents ? parents.split(' ') : [], rawEmail, email, name,
    authorTime: Number(at), commitTime: Number(ct), subject, body: body.replace(/\n+$/, ''),
  };
}

/** Line and file counts of one commit. */
export interface NumStat {
  insertions: number;
  deletions: number;
  files: number;
  /** Every file's entry (counts and paths), in git's order: equal for two commits whose diffs touch the same files alike. */
  shape: string;
}

/** The `--format` of the numstat pass: a marker and the SHA, then `--numstat -z` entries. */
export const NUMSTAT_FORMAT = '--format=%x01%H';

/**
 * Parses `git log --numstat -z --format=%x01%H` output. Entries are `ins\tdel\tpath` or, for a rename,
 * `ins\tdel\t` followed by two path tokens; binary files have `-` counts (a file, 0 lines).
 */
export function parseNumstat(text: string): Map<string, NumStat> {
  const stats = new Map<string, NumStat>();
  readMarkedNumstat(text, 0, ([sha]) => {
    const stat = { insertions: 0, deletions: 0, files: 0, shape: '' };
    stats.set(sha, stat);
    return stat;
  });
  return stats;
}

/**
 * Reads `git log --numstat -z` output in which each commit starts with a 0x01-marked SHA and `fields` more
 * tokens (any text), then its numstat entries. `onCommit` gets the SHA and those tokens and returns the
 * counts to add the entries to. Paths are skipped by position, so no path or message can be taken for a header.
 */
function readMarkedNumstat(text: string, fields: number, onCommit: (tokens: string[]) => NumStat): void {
  let pending: string[] | undefined;
  let current: NumStat | undefined;
  let skipPaths = 0;
  const take = (tokens: string[]) => {
    pending = undefined;
    current = onCommit(tokens);
  };
  const tokenizer = new NulTokenizer(token => {
    if (pending) {
      pending.push(token);
      if (pending.length === fields + 1) take(pending);
      return;
    }
    if (skipPaths > 0) {
      skipPaths--;
      if (current) current.shape += `\t${token}`;
      return;
    }
    const t = token.replace(/^\n+/, '');
    const sha = headerSha(t);
    if (sha) {
      current = undefined;
      pending = [sha];
      if (fields === 0) take(pending);
      return;
    }
    if (current) skipPaths = addNumstatEntry(current, t);
  });
  tokenizer.push(text);
  tokenizer.end();
}

/** Parses `git diff --numstat -z` output (one diff, no headers) into its counts. */
export function parseDiffNumstat(text: string): NumStat {
  const stat: NumStat = { insertions: 0, deletions: 0, files: 0, shape: '' };
  let skipPaths = 0;
  const tokenizer = new NulTokenizer(token => {
    if (skipPaths > 0) {
      skipPaths--;
      stat.shape += `\t${token}`;
      return;
    }
    skipPaths = addNumstatEntry(stat, token.replace(/^\n+/, ''));
  });
  tokenizer.push(text);
  tokenizer.end();
  return stat;
}

/** The SHA of a 0x01-marked header token, else undefined. */
function headerSha(token: string): string | undefined {
  return token.charCodeAt(0) === 1 ? /^.([0-9a-f]{40}(?:[0-9a-f]{24})?)$/s.exec(token)?.[1] : undefined;
}

/** Adds a numstat entry token (`ins\tdel\tpath`; `-` counts for a binary file) to `stat`; returns how many path tokens follow it (2 for a rename). */
function addNumstatEntry(stat: NumStat, token: string): number {
  const entry = /^(\d+|-)\t(\d+|-)\t([\s\S]*)$/.exec(token);
  if (!entry) return 0;
  stat.files++;
  stat.shape += `${stat.shape ? '\n' : ''}${token}`;
  if (entry[1] !== '-') stat.insertions += Number(entry[1]);
  if (entry[2] !== '-') stat.deletions += Number(entry[2]);
  return entry[3] === '' ? 2 : 0;
}

/** LOG_FORMAT behind a 0x01 marker, for `git log --numstat -z`: each commit's fields, then its numstat entries. */
export const FULL_FORMAT = `--format=%x01${LOG_FORMAT.slice('--format='.length)}`;

/** A commit with its message and line/file counts. */
export interface FullRecord {
  record: LogRecord;
  stat: NumStat;
}

/**
 * Parses `git log --numstat -z FULL_FORMAT` output. After a 0x01 header come exactly FIELDS - 1 field
 * tokens (any text), then numstat tokens; paths are skipped by position, so no path or message text
 * can be taken for a header.
 */
export function parseFullLog(text: string): FullRecord[] {
  const out: FullRecord[] = [];
  readMarkedNumstat(text, FIELDS - 1, tokens => {
    const full = { record: toRecord(tokens), stat: { insertions: 0, deletions: 0, files: 0, shape: '' } };
    out.push(full);
    return full.stat;
  });
  return out;
}
