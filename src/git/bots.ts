/**
 * Bots and machine identities: never thanked, never counted as people. `[bot]` accounts, the dependency and CI
 * bots by their usual names and addresses, identities a machine made up (`tiny@local`, `root@localhost`), and the
 * user's own `worklog.bots` patterns. A person's `…@users.noreply.github.com` address is a person's.
 */
import type { Person } from './types';

const BOT_WORD = /(^|[^a-z0-9])(bots?|robot|dependabot|renovate|github-actions|gitlab-ci|jenkins|zuul|buildbot|mergify|snyk|greenkeeper|codecov|pre-commit-ci|allcontributors|weblate|semantic-release|release-please|copilot|imgbot|transifex|pyup|whitesource|deepsource|sourcery|auto-merge|autobot)([^a-z0-9]|$)/i;
const BOT_ADDRESS = /^(noreply@github\.com|actions@github\.com|action@github\.com|support@github\.com|noreply@gitlab\.com|infra-root@openstack\.org|.*\[bot\]@.*)$/i;

/** An address no mail server serves: a machine's own name, no domain (`tiny@local`, `build@(none)`, `root@localhost`). */
function isMachineAddress(email: string): boolean {
  const at = email.lastIndexOf('@');
  if (at < 0) return true;
  const [local, domain] = [email.slice(0, at).toLowerCase(), email.slice(at + 1).toLowerCase()];
  return !domain.includes('.') || domain.endsWith('.local') || domain.endsWith('.localdomain') || domain === '(none)' || (local === 'root' && /^localhost/.test(domain));
}

/** Compiles `worklog.bots` globs (`*` any run of characters), matched against name and email, any case. */
function globs(patterns: readonly string[]): RegExp[] {
  return patterns.filter(p => p.trim()).map(p => new RegExp(`^${p.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i'));
}

/** Whether a person is a bot or a machine identity (`patterns`: the user's own, globs over name or email). */
export function botMatcher(patterns: readonly string[] = []): (p: Person) => boolean {
  const mine = globs(patterns);
  return p => {
    const name = p.name.trim();
    const email = p.email.trim();
    if (/\[bot\]/i.test(name) || /\[bot\]/i.test(email)) return true;
    if (mine.some(re => re.test(name) || re.test(email))) return true;
    // A person's own GitHub noreply address ("123+ada@users.noreply.github.com"); a bot's has "[bot]", seen above.
    if (/@users\.noreply\.github\.com$/i.test(email)) return false;
    return BOT_ADDRESS.test(email) || BOT_WORD.test(email.split('@')[0]) || BOT_WORD.test(name) || isMachineAddress(email);
  };
}
