import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { cacheDir } from '../../../src/cli/paths';

describe('worklog: where the repository cache lives', () => {
  const home = resolve('/home/ada');

  it('uses WORKLOG_CACHE_DIR as given (resolved), else the platform\'s cache folder', () => {
    assert.equal(cacheDir({ WORKLOG_CACHE_DIR: 'rel/cache' }, 'linux', home), resolve('rel/cache'));
    assert.equal(cacheDir({}, 'linux', home), join(home, '.cache', 'worklog', 'repositories'));
    assert.equal(cacheDir({ XDG_CACHE_HOME: resolve('/xdg') }, 'linux', home), join(resolve('/xdg'), 'worklog', 'repositories'));
    assert.equal(cacheDir({}, 'darwin', home), join(home, 'Library', 'Caches', 'worklog', 'repositories'));
    assert.equal(cacheDir({ LOCALAPPDATA: resolve('/appdata') }, 'win32', home), join(resolve('/appdata'), 'worklog', 'Cache', 'repositories'));
  });

  it('ignores a relative XDG_CACHE_HOME, as the XDG specification says', () => {
    assert.equal(cacheDir({ XDG_CACHE_HOME: 'not/absolute' }, 'linux', home), join(home, '.cache', 'worklog', 'repositories'));
  });
});
