import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeSearchEdit } from './safe-search.ts';

describe('safeSearchEdit', () => {
  it('forces safe=active on Google searches, replacing what the client sent', () => {
    const edit = safeSearchEdit('https://www.google.com/search?q=x&safe=off&safe=images', 'strict');
    const url = new URL(edit.url ?? '');
    assert.deepEqual(url.searchParams.getAll('safe'), ['active']);
    assert.equal(url.searchParams.get('q'), 'x');
  });

  it('leaves a URL already safe unchanged', () => {
    assert.deepEqual(safeSearchEdit('https://www.google.co.uk/search?q=x&safe=active', 'moderate'), {});
  });

  it('sets Bing adlt to the level, DuckDuckGo kp and Yahoo vm', () => {
    assert.equal(new URL(safeSearchEdit('https://www.bing.com/search?q=x', 'strict').url ?? '').searchParams.get('adlt'), 'strict');
    assert.equal(new URL(safeSearchEdit('https://www.bing.com/images/search?q=x&adlt=off', 'moderate').url ?? '').searchParams.get('adlt'), 'moderate');
    assert.equal(new URL(safeSearchEdit('https://duckduckgo.com/?q=x&kp=-2', 'strict').url ?? '').searchParams.get('kp'), '1');
    assert.equal(new URL(safeSearchEdit('https://uk.search.yahoo.com/search?p=x', 'strict').url ?? '').searchParams.get('vm'), 'r');
  });

  it('restricts YouTube with its header instead of the URL', () => {
    assert.deepEqual(safeSearchEdit('https://www.youtube.com/watch?v=abc', 'strict'), { headers: { 'youtube-restrict': 'Strict' } });
    assert.deepEqual(safeSearchEdit('https://m.youtube.com/results?search_query=x', 'moderate'), { headers: { 'youtube-restrict': 'Moderate' } });
  });

  it('does nothing when safe search is off or the site is not a search engine', () => {
    assert.deepEqual(safeSearchEdit('https://www.google.com/search?q=x', 'off'), {});
    assert.deepEqual(safeSearchEdit('https://www.google.com/search?q=x', undefined), {});
    assert.deepEqual(safeSearchEdit('https://www.bbc.co.uk/search?q=x', 'strict'), {});
    assert.deepEqual(safeSearchEdit('https://notgoogle.com/search?q=x', 'strict'), {});
  });
});
