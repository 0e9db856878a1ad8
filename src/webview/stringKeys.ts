/** Identifiers of the sidebar webview's own strings, shared by the host table that translates them and the view. Pure. */

/** Every string the sidebar webview shows; the English and its translation live in src/views/webviewStrings.ts. */
export const STRING_KEYS = [
  'draftUpdate', 'openSettings', 'refresh', 'showLog', 'manageTrust', 'exportJournal', 'openJournalFolder', 'itemsOne',
  'itemsMany', 'commitsOne', 'commitsMany', 'repositoriesOne', 'repositoriesMany', 'agoJustNow', 'agoHours',
  'agoYesterday', 'agoDays', 'commitsOf', 'openCommit', 'copySha', 'linesChanged', 'staged', 'modified', 'untracked',
  'changes', 'uncommittedChanges', 'thisPeriod', 'periodSummary', 'noCommits', 'nothingInProgress', 'noTickets',
  'accomplishments', 'inProgress', 'tickets', 'repositories', 'loadingTitle', 'loadingText', 'untrustedTitle',
  'untrustedText', 'noFolderTitle', 'noFolderText', 'noRepositoryTitle', 'noRepositoryOne', 'noRepositoryMany',
  'gitMissingTitle', 'gitMissingText', 'errorTitle', 'noRichClipboard', 'sentUpdates', 'showUpdateHistory', 'copyRich',
  'copyRichTitle', 'copiedRich', 'copyRichFailed', 'unknownError', 'pressCopyRich', 'markdown', 'copyMarkdown',
  'slack', 'copySlack', 'text', 'copyText', 'markSent', 'markUpdateSent', 'openSentTitle', 'sentLine', 'capture',
  'captureLabel', 'kindOfEntry', 'save', 'cancel', 'saveHint', 'saving', 'typeTextFirst', 'captureOff',
  'optionTitlePlaceholder', 'prosPlaceholder', 'consPlaceholder', 'removeOption', 'option', 'optionNamed', 'title',
  'pros', 'cons', 'separateHint', 'noRecommendation', 'addOptionFirst', 'addOption', 'impact', 'winImpactPlaceholder',
  'winImpactHint', 'problemImpactPlaceholder', 'proposedOptions', 'optionsYouPropose', 'recommendedOption', 'ask',
  'askPlaceholder', 'toWhom', 'toWhomPlaceholder', 'dueDate', 'status', 'statusChoiceOpen', 'statusChoiceAtRisk',
  'statusChoiceDone', 'statusChoiceDropped', 'recoveryPlan', 'recoveryPlanPlaceholder', 'fromWhom', 'actionTaken',
  'actionTakenPlaceholder', 'goalKindManager', 'goalKindCareer', 'kindOfGoal', 'noGoal', 'servesTheGoal', 'kindWin',
  'kindProblem', 'kindPromise', 'kindFeedback', 'kindNote', 'kindGoal', 'kindWinPlural', 'kindProblemPlural',
  'kindPromisePlural', 'kindFeedbackPlural', 'kindNotePlural', 'kindGoalPlural', 'placeholderWin',
  'placeholderProblem', 'placeholderPromise', 'placeholderFeedback', 'placeholderNote', 'placeholderGoal', 'editWin',
  'editProblem', 'editPromise', 'editFeedback', 'editNote', 'editGoal', 'savedWin', 'savedProblem', 'savedPromise',
  'savedFeedback', 'savedNote', 'savedGoal', 'updatedWin', 'updatedProblem', 'updatedPromise', 'updatedFeedback',
  'updatedNote', 'updatedGoal', 'deletedWin', 'deletedProblem', 'deletedPromise', 'deletedFeedback', 'deletedNote',
  'deletedGoal', 'kindPrefix', 'impactToFill', 'optionsOne', 'optionsMany', 'recommendedMeta', 'noProposal', 'askMeta',
  'statusOpen', 'statusResolved', 'statusDone', 'statusAtRisk', 'statusDropped', 'statusActive', 'toMeta', 'dueMeta',
  'planMeta', 'fromMeta', 'actionMeta', 'noActionYet', 'careerGoal', 'managerPriority', 'servesMeta', 'markDone',
  'markAtRisk', 'markDropped', 'markResolved', 'openItems', 'filterByKind', 'searchEntries', 'recentEntries',
  'editEntry', 'deleteEntry', 'addImpact', 'proposeOptions', 'nothingNeedsAttention', 'openItemsEmpty',
  'openItemsMore', 'all', 'journalEmpty', 'noEntryMatches', 'showMore', 'journalFilesOne', 'journalFilesMany',
  'journalIssue', 'journalIssueKept', 'nothingOverwritten', 'undo', 'dismiss', 'wordsOne', 'wordsMany', 'minutesReadOne',
  'minutesReadMany', 'draftLength', 'overBriefBudget', 'overDetailedBudget',
  'polish', 'polishTitle',
] as const;

/** The name of one webview string. */
export type StringKey = (typeof STRING_KEYS)[number];

/** The webview's strings by key, as the host sends them (each already translated). */
export type WebviewStrings = Record<StringKey, string>;
