/**
 * What a polish rests on: each block of the draft as the user left it, with the facts of the model behind it
 * (counts, tickets, people, dates), the text it must keep word for word (an ask, a due date, the flag of a
 * problem with no proposal), and whether it is sent at all (feedback and career goals only when allowed). Pure.
 */
import { formatDay } from '../../time/days';
import type { DraftModel, DraftProblem, DraftPromise, DraftWorkItem } from '../model';
import type { DraftBlock } from './blocks';
import { draftSections, plainText } from './blocks';

/** Journal sections sent to the model only when the user allows it (`worklog.ai.include`). */
export type PolishInclude = 'feedback' | 'careerGoals';
export const POLISH_INCLUDES: readonly PolishInclude[] = ['feedback', 'careerGoals'];

/** Text a polish must keep: any one of `anyOf`, word for word; `kind` and `text` say what it is, for the report. */
export interface KeptText {
  kind: 'ask' | 'due' | 'flag';
  text: string;
  anyOf: string[];
}

/** A block of the draft with what backs it. */
export interface EvidenceBlock extends DraftBlock {
  /** What the model adds to the line: counts, tickets, people, repositories, dates. */
  facts: string[];
  /** How many items of the model the block tells. */
  items: number;
  keep: KeptText[];
  /** Not sent: kept in the polish exactly as it is. */
  withheld: boolean;
}

/** The draft's sections with their evidence blocks, and every person the draft's sources name. */
export interface PolishEvidence {
  sections: Array<{ heading?: string; headingLine?: string; blocks: EvidenceBlock[] }>;
  people: string[];
}

/** One thing of the model a block can tell. */
interface Source {
  /** The item of the model it is (a work item, a problem, a promise…), counted once per block; none for a summary line. */
  id?: string;
  /** Texts whose presence in a block means the block tells it. */
  texts: string[];
  facts: string[];
  keep?: KeptText[];
  private?: PolishInclude;
}

const PRIVATE_HEADING: Record<PolishInclude, RegExp> = { feedback: /\bfeedback\b/i, careerGoals: /\bcareer\b/i };

/** The evidence of a draft (its current text) and the model it was made from, if known. */
export function polishEvidence(draft: string, model: DraftModel | undefined, include: readonly PolishInclude[]): PolishEvidence {
  const sources = model ? sourcesOf(model) : [];
  const sections = draftSections(draft).map(section => {
    const privateSection = POLISH_INCLUDES.find(p => !include.includes(p) && section.heading && PRIVATE_HEADING[p].test(section.heading));
    const blocks = section.blocks.map(block => {
      const text = normal(block.text);
      const told = sources.filter(s => s.texts.some(t => mentions(text, t)));
      const keep = told.flatMap(s => s.keep ?? []).map(k => asWritten(text, k)).filter((k): k is KeptText => !!k);
      const withheld = !!privateSection || told.some(s => s.private && !include.includes(s.private));
      const items = new Set(told.map(s => s.id).filter(Boolean)).size;
      return { ...block, facts: [...new Set(told.flatMap(s => s.facts))].filter(Boolean), items, keep: dedupeKeep(keep), withheld };
    });
    return { ...(section.heading !== undefined ? { heading: section.heading, headingLine: section.headingLine } : {}), blocks };
  });
  return { sections, people: model ? peopleOf(model) : [] };
}

/** The text a check compares: what a reader sees, spaces collapsed, trailing ellipsis gone. */
export function normal(text: string): string {
  return plainText(text).replace(/…$/, '').replace(/\s+/g, ' ').trim();
}

/** The block's text holds `s` (its first 60 characters, for a title the draft may cut), ignoring case. */
function mentions(blockText: string, s: string): boolean {
  const needle = normal(s).slice(0, 60).toLowerCase();
  return needle.length >= 4 && blockText.toLowerCase().includes(needle);
}

/** The kept text as the block writes it ("no proposed solution yet" in one template, capitalised in another), if it does. */
function asWritten(blockText: string, keep: KeptText): KeptText | undefined {
  const lower = blockText.toLowerCase();
  const anyOf = keep.anyOf.flatMap(a => {
    const at = lower.indexOf(normal(a).toLowerCase());
    return at < 0 ? [] : [blockText.slice(at, at + normal(a).length)];
  });
  return anyOf.length ? { ...keep, anyOf } : undefined;
}

function dedupeKeep(keep: KeptText[]): KeptText[] {
  const seen = new Set<string>();
  return keep.filter(k => !seen.has(`${k.kind}:${k.text}`) && !!seen.add(`${k.kind}:${k.text}`));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function itemFacts(item: DraftWorkItem): string[] {
  return [
    item.commitCount ? plural(item.commitCount, 'commit') : '', ...item.tickets, ...item.pullRequests.map(n => `#${n}`), ...item.coAuthors, ...item.people,
    ...item.repositories, item.impact ?? '', item.area ?? '', item.securityFix ?? '', ...item.shortShas,
    item.files ? `${item.files} files` : '', item.commitCount ? `+${item.insertions}/-${item.deletions}` : '', item.similar ? `${item.similar} similar` : '',
    ...item.accomplishments.flatMap(a => a.advisories),
  ];
}

function problemSource(p: DraftProblem): Source {
  const keep: KeptText[] = [];
  if (p.ask) keep.push({ kind: 'ask', text: p.ask, anyOf: [p.ask] });
  if (!p.hasProposal) keep.push({ kind: 'flag', text: 'No proposed solution yet', anyOf: ['No proposed solution yet'] });
  return {
    id: `problem:${p.id}`,
    texts: [p.text],
    facts: [p.impact ?? '', ...p.options.flatMap(o => [`Option ${o.number}: ${o.title}`, ...o.pros, ...o.cons]), p.ask ?? '', plural(p.ageDays, 'day'), p.goal?.text ?? ''],
    keep,
  };
}

function promiseSource(p: DraftPromise): Source {
  const dates = p.due ? [formatDay(p.due, 'long'), formatDay(p.due, 'short'), p.due] : [];
  return {
    id: `promise:${p.id}`,
    texts: [p.text],
    // The date as a reader writes it, never its ISO form: "2026-12-01" would hold a 12 that "Dec 12" could use.
    facts: [p.to ?? '', formatDay(p.due, 'long'), p.plan ?? '', p.dueInDays !== undefined ? plural(Math.abs(p.dueInDays), 'day') : ''],
    keep: p.due ? [{ kind: 'due', text: formatDay(p.due, 'long'), anyOf: dates }] : [],
  };
}

/** Everything of the model a draft line can tell. */
function sourcesOf(m: DraftModel): Source[] {
  const sources: Source[] = [];
  for (const item of m.done.all) sources.push({ id: `item:${item.id}`, texts: [item.doneTitle, item.title], facts: itemFacts(item) });
  // A theme line adds its own counts; its shown items bring their facts themselves, the hidden ones none.
  for (const theme of m.done.themes) {
    sources.push({ texts: theme.shown.map(i => i.doneTitle), facts: [theme.name, plural(theme.items.length, 'item'), plural(theme.commitCount, 'commit'), theme.more ? `${theme.more} more` : ''] });
  }
  if (m.done.rollup) sources.push({ texts: [m.done.rollup.text], facts: m.done.rollup.byType.map(t => `${t.count} ${t.type}`) });
  sources.push({ texts: [m.headline], facts: [] });
  for (const p of m.inProgress) {
    sources.push({ id: `progress:${p.repository ?? ''}:${p.branch ?? p.title}`, texts: [p.title], facts: [...p.tickets, p.branch ?? '', p.repository ?? '', p.detail ?? '', p.commitCount !== undefined ? plural(p.commitCount, 'commit') : ''] });
  }
  for (const p of [...m.problems, ...m.resolvedProblems]) sources.push(problemSource(p));
  for (const s of m.support) sources.push({ texts: [s.ask], facts: [s.problem, s.recommendation ?? ''], keep: [{ kind: 'ask', text: s.ask, anyOf: [s.ask] }] });
  const { kept, due, atRisk, slipped, open } = m.promises;
  for (const p of [...kept, ...due, ...atRisk, ...slipped, ...open]) sources.push(promiseSource(p));
  for (const f of m.feedback) sources.push({ id: `feedback:${f.id}`, texts: [f.text], facts: [f.from ?? '', f.action ?? ''], private: 'feedback' });
  for (const n of m.notes) sources.push({ id: `note:${n.id}`, texts: [n.text], facts: [] });
  for (const w of m.wins) sources.push({ id: `item:${w.id}`, texts: [w.text], facts: [w.impact ?? '', ...w.tickets, ...w.people, ...w.commits] });
  for (const g of m.goals.manager) sources.push({ texts: [g.text], facts: [] });
  for (const c of m.goals.career) sources.push({ texts: [c.goal.text], facts: c.progress, private: 'careerGoals' });
  for (const t of m.team) sources.push({ texts: [`${t.name}: `], facts: t.credits });
  for (const x of m.merged.items) sources.push({ id: `merged:${x.shortSha}`, texts: [x.title], facts: [...x.authors, x.pullRequest ? `#${x.pullRequest}` : '', x.repository] });
  for (const x of m.reviewed.items) sources.push({ id: `reviewed:${x.shortSha}`, texts: [x.title], facts: [x.author, x.trailer, x.repository] });
  for (const text of [m.merged.summary, m.merged.more, m.reviewed.summary, m.reviewed.more]) if (text) sources.push({ texts: [text], facts: [] });
  return sources;
}

/** Every person the draft's sources name: the profile, commit authors and co-authors, the journal's people. */
function peopleOf(m: DraftModel): string[] {
  const names = [
    m.profile.userName, m.profile.managerName,
    ...m.team.map(t => t.name),
    ...m.merged.items.flatMap(x => x.authors), ...m.reviewed.items.map(x => x.author),
    ...m.done.all.flatMap(i => [...i.coAuthors, ...i.people]),
    ...m.wins.flatMap(w => w.people),
    ...Object.values(m.promises).flatMap(list => (Array.isArray(list) ? list.map(p => p.to) : [])),
    ...m.feedback.map(f => f.from),
    ...m.mining.accomplishments.flatMap(a => [...a.commits.map(c => c.author.name), ...a.coAuthors.map(p => p.name)]),
  ];
  // A name starts with a capital: "the team", a promise's audience, names nobody.
  return [...new Set(names.map(n => n?.trim()).filter((n): n is string => !!n && /^\p{Lu}/u.test(n)))];
}
