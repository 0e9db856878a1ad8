/** Credits the people who shared the work: co-authors of commits and people named in wins. */
import type { DraftTeamMember, DraftWorkItem } from './model';

/** Everyone credited on the items, the user left out (by name or e-mail), in order of first credit. */
export function creditTeam(items: DraftWorkItem[], userEmails: string[], userName?: string): DraftTeamMember[] {
  const self = new Set([...userEmails.map(e => e.toLowerCase()), ...userEmails.map(e => e.split('@')[0].toLowerCase())]);
  if (userName) self.add(userName.trim().toLowerCase());
  const team = new Map<string, DraftTeamMember>();
  for (const item of items) {
    for (const raw of [...item.coAuthors, ...item.people]) {
      const name = raw.trim();
      const key = name.toLowerCase();
      if (!name || self.has(key)) continue;
      const member = team.get(key) ?? { name, credits: [] };
      if (!member.credits.includes(item.title)) member.credits.push(item.title);
      team.set(key, member);
    }
  }
  // A line of the draft lists at most five things.
  return [...team.values()].map(m => (m.credits.length > 5 ? { ...m, credits: [...m.credits.slice(0, 5), `…and ${m.credits.length - 5} more`] } : m));
}
