/**
 * Polish Draft with AI in the real extension host, against a deterministic model registered by the test
 * extension in test/fixtures/lm-provider (the real vscode.lm.selectChatModels -> sendRequest path).
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/constants';
import type { DraftUpdateResult } from '../../src/commands/draftUpdate';
import type { PolishResult } from '../../src/commands/polishDraft';
import { need, TEST_LANGUAGE_MODEL } from './hostEnv';
import { api, closeUntitled, until } from './workbench';

const setMode = (mode: string) => vscode.commands.executeCommand('worklogTestLm.setMode', mode);
const prompts = async () => (await vscode.commands.executeCommand<string[]>('worklogTestLm.prompts')) ?? [];
const polish = async () => (await vscode.commands.executeCommand<PolishResult>(Commands.polishDraft))!;
const textOf = (uri: string) => vscode.workspace.textDocuments.find(d => d.uri.toString() === uri)?.getText();
const diffTabs = () => vscode.window.tabGroups.all.flatMap(g => g.tabs).map(t => t.input).filter((i): i is vscode.TabInputTextDiff => i instanceof vscode.TabInputTextDiff);

async function draft(): Promise<DraftUpdateResult> {
  const result = await vscode.commands.executeCommand<DraftUpdateResult>(Commands.draftUpdate, { window: '30d', template: 'weekly', style: 'detailed' });
  assert.ok(result, 'Draft Update returned nothing');
  return result;
}

describe('Polish Draft with AI', function () {
  before(async function () {
    need(this, 'fixture', 'languageModel');
    // Asking for a vendor's models does not start its extension in 1.100: start the test model's.
    await vscode.extensions.getExtension(TEST_LANGUAGE_MODEL)!.activate();
    await setMode('polish');
  });
  afterEach(async () => {
    await setMode('polish');
    await closeUntitled();
  });

  it('is offered once a draft opens and a model is there', async () => {
    const worklog = await api();
    await draft();
    await until('the model lookup', () => worklog.languageModels().available, 10_000);
  });

  it('sends the draft with its facts, shows the checked polish as a diff, and takes out the invented sentence', async () => {
    const drafted = await draft();
    const before = (await prompts()).length;
    const result = await polish();
    assert.equal(result.status, 'polished', result.message);
    assert.equal(result.model, 'Test Model');
    const sent = (await prompts()).slice(before);
    assert.equal(sent.length, 1, 'one request');
    assert.match(sent[0], /^L1: /m, 'the draft’s lines with their ids');
    assert.match(sent[0], /^L\d+: Here is my update for /m, 'a line of the draft as the user sees it');
    assert.doesNotMatch(sent[0], /^diff --git|^@@ /m, 'no diff is sent');
    const taken = result.findings!.filter(f => f.sentence);
    assert.equal(taken.length, 1, 'one sentence taken out');
    assert.match(taken[0].sentence!, /^Thanks to Alex, who reviewed “/);
    assert.match(taken[0].reason, /names Alex, who is not in the lines it cites/);
    assert.doesNotMatch(result.markdown!, /Alex|\bL\d+\b/);
    assert.match(result.markdown!, /## Done/);
    const diff = diffTabs().find(d => d.modified.toString() === result.polishUri);
    assert.ok(diff, 'no diff of the draft against the polish');
    assert.equal(diff.original.toString(), drafted.uri);
    const polished = await vscode.workspace.openTextDocument(vscode.Uri.parse(result.polishUri!));
    assert.equal(polished.getText(), result.markdown);
    assert.equal(textOf(drafted.uri), drafted.text, 'the draft is unchanged until accepted');
  });

  it('Accept Polish puts the checked polish in the draft and closes the diff', async () => {
    const drafted = await draft();
    const result = await polish();
    assert.equal(await vscode.commands.executeCommand<boolean>(Commands.acceptPolish, result.polishUri), true);
    assert.equal(textOf(drafted.uri), result.markdown);
    assert.notEqual(result.markdown, drafted.text);
    assert.equal(diffTabs().filter(d => d.modified.toString() === result.polishUri).length, 0, 'the diff is still open');
  });

  it('Discard Polish leaves the draft as it was; a draft edited after polishing is not overwritten', async () => {
    const drafted = await draft();
    const discarded = await polish();
    assert.equal(await vscode.commands.executeCommand<boolean>(Commands.discardPolish, discarded.polishUri), true);
    assert.equal(textOf(drafted.uri), drafted.text);

    const late = await polish();
    const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === drafted.uri)!;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), 'A line I typed meanwhile.\n\n');
    await vscode.workspace.applyEdit(edit);
    assert.equal(await vscode.commands.executeCommand<boolean>(Commands.acceptPolish, late.polishUri), false);
    assert.equal(textOf(drafted.uri), `A line I typed meanwhile.\n\n${drafted.text}`);
    await vscode.commands.executeCommand(Commands.discardPolish, late.polishUri);
  });

  for (const [mode, status, message] of [
    ['long', 'refused', /the polish was not used: the polish is \d+ words, over this draft's budget of 600/],
    ['malformed', 'refused', /the polish was not used: the model's answer is malformed: the answer holds no JSON object/],
    ['blocked', 'failed', /Test Model turned the request down \(the request quota for today is used up\)/],
    ['failing', 'failed', /polishing with Test Model failed: the model server answered 500/],
  ] as const) {
    it(`a ${mode} answer gives one clear message and leaves the draft as it was`, async () => {
      const drafted = await draft();
      await setMode(mode);
      const result = await polish();
      assert.equal(result.status, status);
      assert.match(result.message ?? '', message);
      assert.match(result.message ?? '', /Your draft is unchanged/);
      assert.equal(textOf(drafted.uri), drafted.text);
      assert.equal(diffTabs().length, 0);
    });
  }

  it('with no model, says so and sends nothing; drafting is as before', async () => {
    const worklog = await api();
    await draft();
    await setMode('unavailable');
    await until('the model to go', () => !worklog.languageModels().available, 10_000);
    const before = (await prompts()).length;
    const result = await polish();
    assert.equal(result.status, 'no-model');
    assert.match(result.message ?? '', /no language model is available/);
    assert.equal((await prompts()).length, before);
    const again = await draft();
    assert.match(again.text, /## Done/);
    await setMode('polish');
    await until('the model to come back', () => worklog.languageModels().available, 10_000);
  });
});
