import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../../src/config';

const source = (values: Record<string, unknown>) => ({ get: <T>(key: string) => values[key] as T | undefined });

describe('readConfig', () => {
  it('applies the defaults', () => {
    const c = readConfig(source({}));
    assert.deepEqual(c.workWeek, [1, 2, 3, 4, 5]);
    assert.equal(c.defaultWindow, 'since-last-sent');
    assert.equal(c.template, 'weekly');
    assert.equal(c.style, 'detailed');
    assert.deepEqual(c.reminder, { cadence: 'weekly', day: 5, hour: 16, minute: 0 });
    assert.equal(c.gitPath, 'git');
    assert.equal(c.scanDepth, 3);
    assert.deepEqual(c.ticketPatterns, ['[A-Z][A-Z0-9]+-\\d+', '#\\d+']);
  });

  it('reads the settings', () => {
    const c = readConfig(source({
      'repositories.include': [' ~/code ', ''], 'repositories.exclude': ['vendor'], 'repositories.scanDepth': 1,
      authors: ['Ada@Example.com'], workWeek: ['sun', 'thu', 'mon'], 'draft.defaultWindow': '14d',
      'draft.style': 'brief', 'reminder.cadence': 'daily', 'reminder.day': 'monday', 'reminder.time': '9:30', 'git.path': '/usr/bin/git',
    }));
    assert.deepEqual(c.include, ['~/code']);
    assert.deepEqual(c.authors, ['ada@example.com']);
    assert.deepEqual(c.workWeek, [0, 1, 4]);
    assert.equal(c.defaultWindow, '14d');
    assert.equal(c.style, 'brief');
    assert.deepEqual(c.reminder, { cadence: 'daily', day: 1, hour: 9, minute: 30 });
    assert.equal(c.gitPath, '/usr/bin/git');
    assert.equal(c.scanDepth, 1);
  });

  it('falls back on invalid values', () => {
    const c = readConfig(source({ ticketPatterns: ['(unclosed'], 'reminder.time': '25:00', 'draft.defaultWindow': 'yesterday', 'repositories.scanDepth': -2 }));
    assert.deepEqual(c.ticketPatterns, ['[A-Z][A-Z0-9]+-\\d+', '#\\d+']);
    assert.equal(c.reminder.hour, 16);
    assert.equal(c.defaultWindow, 'since-last-sent');
    assert.equal(c.scanDepth, 3);
  });

  it('takes the default window as the draft command reads it: presets, <N>d within 1..3660, since-last-sent', () => {
    const windowOf = (value: string) => readConfig(source({ 'draft.defaultWindow': value })).defaultWindow;
    assert.equal(windowOf('last-week'), 'last-week');
    assert.equal(windowOf('since-last-sent'), 'since-last-sent');
    assert.equal(windowOf('0d'), 'since-last-sent');
    assert.equal(windowOf('9999d'), 'since-last-sent');
    assert.equal(windowOf('2026-11-01..'), 'since-last-sent');
  });

  it('is frozen', () => {
    const c = readConfig(source({}));
    assert.throws(() => (c.authors as string[]).push('x'));
    assert.ok(Object.isFrozen(c) && Object.isFrozen(c.reminder));
  });
  it('reads repositories owned by another user only when the user turned it on, in a setting no workspace can set', () => {
    assert.equal(readConfig(source({})).allowForeignOwners, false);
    assert.equal(readConfig(source({ 'git.allowForeignOwners': 'true' })).allowForeignOwners, false);
    assert.equal(readConfig(source({ 'git.allowForeignOwners': true })).allowForeignOwners, true);
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { scope?: string; default?: unknown }> }[] } };
    const setting = manifest.contributes.configuration.map(c => c.properties['worklog.git.allowForeignOwners']).find(Boolean);
    assert.deepEqual([setting?.scope, setting?.default], ['machine', false]);
  });
  it('reads the AI polish model as vendor/family, a vendor alone, or none, and sends feedback and career goals only when listed', () => {
    assert.deepEqual(readConfig(source({})).ai, { model: {}, include: [] });
    assert.deepEqual(readConfig(source({ 'ai.model': 'copilot/gpt-4o' })).ai.model, { vendor: 'copilot', family: 'gpt-4o' });
    assert.deepEqual(readConfig(source({ 'ai.model': ' ollama ' })).ai.model, { vendor: 'ollama' });
    assert.deepEqual(readConfig(source({ 'ai.model': '/gpt-4o' })).ai.model, {}, 'a family without a vendor selects the first model');
    assert.deepEqual(readConfig(source({ 'ai.include': ['careerGoals', 'code', 'feedback', 42] })).ai.include, ['feedback', 'careerGoals']);
    assert.deepEqual(readConfig(source({ 'ai.include': 'feedback' })).ai.include, []);
  });
});
