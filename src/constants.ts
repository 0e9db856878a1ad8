/** Every id the extension contributes or reads, in one place so package.json and code cannot drift. */

/** The extension's id as VS Code knows it (publisher.name). */
export const EXTENSION_ID = 'worklog-dev.worklog';

/** Command ids (`worklog.camelVerb`). */
export const Commands = {
  draftUpdate: 'worklog.draftUpdate',
  refresh: 'worklog.refresh',
  openSettings: 'worklog.openSettings',
  copyDraftMarkdown: 'worklog.copyDraftMarkdown',
  copyDraftSlack: 'worklog.copyDraftSlack',
  copyDraftText: 'worklog.copyDraftText',
  markUpdateSent: 'worklog.markUpdateSent',
  snoozeReminder: 'worklog.snoozeReminder',
  showLog: 'worklog.showLog',
  showCommit: 'worklog.showCommit',
  addEntry: 'worklog.addEntry',
  addProblem: 'worklog.addProblem',
  addPromise: 'worklog.addPromise',
  exportJournal: 'worklog.exportJournal',
  openJournalFolder: 'worklog.openJournalFolder',
  editEntry: 'worklog.editEntry',
  setEntryStatus: 'worklog.setEntryStatus',
  deleteEntry: 'worklog.deleteEntry',
  restoreEntry: 'worklog.restoreEntry',
  copyDraftRichText: 'worklog.copyDraftRichText',
  showUpdateHistory: 'worklog.showUpdateHistory',
  setUpProfile: 'worklog.setUpProfile',
  customizeTemplate: 'worklog.customizeTemplate',
  addImpact: 'worklog.addImpact',
  polishDraft: 'worklog.polishDraft',
  acceptPolish: 'worklog.acceptPolish',
  discardPolish: 'worklog.discardPolish',
} as const;

/** View and view-container ids. */
export const Views = {
  container: 'worklog',
  sidebar: 'worklog.sidebar',
} as const;

/** Context keys (`worklog:` prefix) used in `when` clauses. */
export const ContextKeys = {
  /** The active editor shows a Work Log draft. */
  activeDraft: 'worklog:activeDraft',
  /** At least one draft was made in this window (copy/mark-sent can act on it). */
  hasDraft: 'worklog:hasDraft',
  /** A language model is there to polish with (looked up once a draft opens, never at activation). */
  aiAvailable: 'worklog:aiAvailable',
  /** A checked polish waits to be accepted or discarded. */
  pendingPolish: 'worklog:pendingPolish',
} as const;

/** The configuration section; every setting below lives under it. */
export const CONFIG_SECTION = 'worklog';

/** Setting keys relative to CONFIG_SECTION. */
export const Settings = {
  include: 'repositories.include',
  exclude: 'repositories.exclude',
  scanDepth: 'repositories.scanDepth',
  authors: 'authors',
  ticketPatterns: 'ticketPatterns',
  landingBranches: 'landingBranches',
  integrationBranches: 'integrationBranches',
  bots: 'bots',
  workWeek: 'workWeek',
  defaultWindow: 'draft.defaultWindow',
  template: 'draft.template',
  templateByCadence: 'draft.templateByCadence',
  managerName: 'profile.managerName',
  goals: 'profile.goals',
  oneOnOneDay: 'reminder.oneOnOneDay',
  oneOnOneTime: 'reminder.oneOnOneTime',
  style: 'draft.style',
  reminderCadence: 'reminder.cadence',
  reminderDay: 'reminder.day',
  reminderTime: 'reminder.time',
  templatesFolder: 'templates.folder',
  gitPath: 'git.path',
  allowForeignOwners: 'git.allowForeignOwners',
  aiModel: 'ai.model',
  aiInclude: 'ai.include',
  journalFolder: 'journal.folder',
} as const;

/** Keys in the extension's global state. */
export const StateKeys = {
  history: 'worklog.sentDrafts',
  snoozedUntil: 'worklog.snoozedUntil',
} as const;

/** The URI scheme of read-only sent updates (Show Update History). */
export const SENT_SCHEME = 'worklog-sent';

/** The URI scheme of the read-only commit documents. */
export const COMMIT_SCHEME = 'worklog-commit';
