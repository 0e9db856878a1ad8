/**
 * The `json` output format: the draft model as a stable, public JSON shape that scripts depend on.
 * Text is carried as recorded (not truncated or escaped); add fields, never rename or remove them.
 */
import type { Accomplishment, CommitEvidence } from '../git/types';
import { accomplishmentKind } from './rank';
import type { DraftModel } from './model';

/**
 * Version of the JSON shape; bumped only on an incompatible change. 2: accomplishments hold landed work only,
 * dated by when it landed, each change once; what has not landed is in `inProgress` with its commits.
 */
export const DRAFT_JSON_VERSION = 2;

/** One commit of the evidence, as JSON. */
function commitJson(c: CommitEvidence): Record<string, unknown> {
  return {
    sha: c.sha,
    shortSha: c.shortSha,
    subject: c.subject,
    author: { name: c.author.name, email: c.author.email },
    authoredAt: c.authoredAt,
    insertions: c.insertions,
    deletions: c.deletions,
    files: c.files,
    ...(c.landedOn ? { landedOn: c.landedOn } : {}),
    ...(c.landedAt ? { landedAt: c.landedAt } : {}),
    ...(c.changeId ? { changeId: c.changeId } : {}),
    ...(c.copyOf ? { copyOf: c.copyOf } : {}),
  };
}

/** What kind of work an accomplishment is (rank.ts): `kind`, and `routine` for routine work. */
function kindJson(a: Accomplishment): { kind: string; routine?: string } {
  const { kind, routine } = accomplishmentKind(a);
  return { kind, ...(routine ? { routine } : {}) };
}

/** The public JSON form of a draft model. */
export function toJson(model: DraftModel): Record<string, unknown> {
  const m = model.mining;
  const goalOfAccomplishment = new Map<string, string>();
  const winsOfAccomplishment = new Map<string, string[]>();
  for (const item of model.done.all) {
    for (const a of item.accomplishments) {
      if (item.goalId) goalOfAccomplishment.set(a.id, item.goalId);
      if (item.entryId) winsOfAccomplishment.set(a.id, [...(winsOfAccomplishment.get(a.id) ?? []), item.entryId]);
    }
  }
  return {
    version: DRAFT_JSON_VERSION,
    generatedAt: model.generatedAt,
    style: model.style,
    headline: model.headline,
    window: { since: model.window.since, until: model.window.until, label: model.window.label, firstDay: model.window.firstDay, lastDay: model.window.lastDay },
    authors: model.authors,
    repositories: model.repositories.map(r => ({ path: r.path, name: r.name, commitCount: r.commitCount, ...(r.error ? { error: r.error } : {}), warnings: r.warnings, ...(r.aliases?.length ? { aliases: r.aliases } : {}) })),
    accomplishments: m.accomplishments.map(a => ({
      id: a.id,
      title: a.title,
      repository: a.repository,
      tickets: a.tickets,
      ...(a.pullRequest !== undefined ? { pullRequest: a.pullRequest } : {}),
      ...(a.type ? { type: a.type } : {}),
      ...(a.scope ? { scope: a.scope } : {}),
      ...(a.branch ? { branch: a.branch } : {}),
      breaking: a.breaking,
      coAuthors: a.coAuthors.map(p => ({ name: p.name, email: p.email })),
      insertions: a.insertions,
      deletions: a.deletions,
      files: a.files,
      lastAuthoredAt: a.lastAuthoredAt,
      landedAt: a.landedAt,
      landedOn: a.landedOn,
      role: a.role,
      ...(a.backportOf ? { backportOf: a.backportOf } : {}),
      advisories: a.advisories,
      ...kindJson(a),
      meaningfulLines: a.meaningfulLines,
      ...(a.area ? { area: a.area } : {}),
      ...(a.release ? { release: a.release } : {}),
      ...(goalOfAccomplishment.has(a.id) ? { goalId: goalOfAccomplishment.get(a.id) } : {}),
      winIds: winsOfAccomplishment.get(a.id) ?? [],
      commits: a.commits.map(commitJson),
    })),
    themes: model.done.themes.map(t => ({
      id: t.id,
      name: t.name,
      source: t.source,
      accomplishments: [...new Set(t.items.flatMap(i => i.accomplishments.map(a => a.id)))],
      winIds: t.items.flatMap(i => (i.entryId ? [i.entryId] : [])),
      commitCount: t.commitCount,
    })),
    routine: model.routine,
    inProgress: m.inProgress.map(p => (p.kind === 'branch' ? { ...p, commits: p.commits.map(commitJson) } : { ...p })),
    merged: m.merged.map(w => ({
      title: w.title, ...(w.pullRequest !== undefined ? { pullRequest: w.pullRequest } : {}),
      authors: w.authors.map(a => ({ name: a.name, email: a.email })), sha: w.sha, repository: w.repository, bot: w.bot,
    })),
    reviewed: m.reviewed.map(r => ({ title: r.title, author: { name: r.author.name, email: r.author.email }, trailer: r.trailer, sha: r.sha, repository: r.repository })),
    wins: model.wins,
    problems: [...model.problems, ...model.resolvedProblems].map(p => ({
      id: p.id,
      text: p.text,
      ...(p.impact ? { impact: p.impact } : {}),
      status: p.status,
      options: p.options.map(o => ({ title: o.title, pros: o.pros, cons: o.cons, recommended: o.recommended })),
      recommendation: p.recommendation ? { index: p.recommendation.number - 1, title: p.recommendation.title } : null,
      ask: p.ask ?? null,
      hasProposal: p.hasProposal,
      needsDecision: p.needsDecision,
      ...(p.goal ? { goalId: p.goal.id } : {}),
      createdAt: p.createdAt,
    })),
    promises: [...model.promises.slipped, ...model.promises.atRisk, ...model.promises.due, ...model.promises.kept, ...model.promises.open].map(p => ({
      id: p.id,
      text: p.text,
      to: p.to ?? null,
      due: p.due ?? null,
      status: p.status,
      bucket: p.bucket,
      ...(p.dueInDays !== undefined ? { dueInDays: p.dueInDays } : {}),
      ...(p.plan ? { plan: p.plan } : {}),
      ...(p.closedAt ? { closedAt: p.closedAt } : {}),
    })),
    feedback: model.feedback.map(f => ({ id: f.id, text: f.text, from: f.from ?? null, action: f.action ?? null, createdAt: f.createdAt })),
    notes: model.notes,
    goals: [...model.goals.manager, ...model.goals.career.map(c => c.goal)].map(g => ({ id: g.id, text: g.text, kind: g.kind, status: g.status })),
    support: model.support,
    team: model.team,
  };
}
