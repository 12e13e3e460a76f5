import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_QUERY_LENGTH, searchTermsOf } from './search-terms.ts';

describe('searchTermsOf', () => {
  const cases: [string, string, ReturnType<typeof searchTermsOf>][] = [
    ['Google web search', 'https://www.google.com/search?q=how+to+revise&oq=how', { engine: 'google', query: 'how to revise' }],
    ['Google on a country domain', 'https://www.google.co.uk/search?client=firefox&q=volcano%20facts', { engine: 'google', query: 'volcano facts' }],
    ['Google image search', 'https://images.google.com/images?q=tigers', { engine: 'google', query: 'tigers' }],
    ['Bing', 'https://www.bing.com/search?q=ks3+science&form=QBLH', { engine: 'bing', query: 'ks3 science' }],
    ['DuckDuckGo', 'https://duckduckgo.com/?q=minecraft+seeds&t=h_', { engine: 'duckduckgo', query: 'minecraft seeds' }],
    ['DuckDuckGo html', 'https://html.duckduckgo.com/html/?q=maths', { engine: 'duckduckgo', query: 'maths' }],
    ['YouTube', 'https://www.youtube.com/results?search_query=lofi+study+music', { engine: 'youtube', query: 'lofi study music' }],
    ['YouTube mobile', 'https://m.youtube.com/results?search_query=cats', { engine: 'youtube', query: 'cats' }],
    ['Wikipedia search form', 'https://en.wikipedia.org/w/index.php?search=Tudor+monarchs&title=Special%3ASearch', { engine: 'wikipedia', query: 'Tudor monarchs' }],
    ['Wikipedia search path', 'https://en.wikipedia.org/wiki/Special:Search/Great_Fire_of_London', { engine: 'wikipedia', query: 'Great Fire of London' }],
    ['Yahoo', 'https://uk.search.yahoo.com/search?p=weather+leeds', { engine: 'yahoo', query: 'weather leeds' }],
    ['Ecosia', 'https://www.ecosia.org/search?q=recycling', { engine: 'ecosia', query: 'recycling' }],
    ['another site’s search', 'https://www.reddit.com/search/?q=gcse+english', { engine: 'other', query: 'gcse english' }],
    ['Amazon-style search', 'https://www.amazon.co.uk/s?k=calculator', { engine: 'other', query: 'calculator' }],
    ['Polish and Urdu text survive decoding', 'https://www.google.pl/search?q=jak+si%C4%99+uczy%C4%87', { engine: 'google', query: 'jak się uczyć' }],
    ['a Google page that is not a search', 'https://www.google.com/maps?q=leeds', undefined],
    ['an empty query', 'https://www.google.com/search?q=+++', undefined],
    ['an ordinary page', 'https://www.bbc.co.uk/news/education', undefined],
    ['autocomplete is not a search', 'https://www.google.com/complete/search?q=how+t', undefined],
    ['not a URL', 'nonsense', undefined],
  ];
  for (const [name, url, expected] of cases) {
    it(`reads ${name}`, () => assert.deepEqual(searchTermsOf(url), expected));
  }

  it('collapses whitespace and cuts very long queries', () => {
    const long = 'a'.repeat(MAX_QUERY_LENGTH + 50);
    assert.equal(searchTermsOf(`https://www.bing.com/search?q=${long}`)?.query.length, MAX_QUERY_LENGTH);
    assert.equal(searchTermsOf('https://www.bing.com/search?q=%20two%0A%0Awords%20')?.query, 'two words');
  });
});
