import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml, renderActionPage, renderBlockPage } from './block-page.ts';
import { renderPac } from './pac.ts';

const base = { target: 'http://bad.example/', host: 'bad.example', reason: 'Blocked: bad.example is listed.', illegal: false, token: 'tok', reference: 'ref-1' };

describe('the block page', () => {
  it('says what was blocked and why, and offers both forms', () => {
    const html = renderBlockPage({ ...base, category: 'Gambling', rule: 'r-1', group: 'Year 7' });
    for (const text of ['This site is blocked', 'http://bad.example/', 'Gambling', 'r-1', 'Year 7', 'Ask for access', 'Tell someone', 'ref-1']) assert.ok(html.includes(text), text);
  });

  it('escapes everything that came from the request', () => {
    const evil = `"><script>alert(1)</script><img src=x onerror=alert(2)>'\``;
    const html = renderBlockPage({ ...base, target: `http://bad.example/${evil}`, reason: evil, group: evil, token: evil });
    assert.ok(!html.includes('<script>'));
    assert.ok(!html.includes('<img'));
    assert.ok(!/value="[^"]*"[^>]*"[^>]*onerror/u.test(html));
    assert.equal(escapeHtml(`<&>"'\``), '&lt;&amp;&gt;&quot;&#39;&#96;');
  });

  it('offers no access form for illegal content', () => {
    const html = renderBlockPage({ ...base, illegal: true });
    assert.ok(!html.includes('Ask for access'));
    assert.ok(html.includes('Tell someone'));
  });

  it('answers forms with fixed text only', () => {
    assert.match(renderActionPage('reported'), /Thank you/u);
    assert.match(renderActionPage('expired'), /out of date/u);
  });
});

describe('the PAC file', () => {
  it('sends private networks and plain names direct and everything else through the proxy, with no DIRECT fallback', () => {
    const pac = renderPac({ proxy: 'filter.school.lan:3128', bypass: ['203.0.113.0/24', 'not a cidr', '2001:db8::/32'] });
    assert.match(pac, /isInNet\(host, "203\.0\.113\.0", "255\.255\.255\.0"\)/u);
    assert.match(pac, /isInNet\(host, "172\.16\.0\.0", "255\.240\.0\.0"\)/u);
    assert.match(pac, /return "PROXY filter\.school\.lan:3128";\n\}/u);
    assert.ok(!pac.includes('not a cidr'));
    assert.ok(!/PROXY [^"]*; DIRECT/u.test(pac));
    // It is valid JavaScript.
    assert.doesNotThrow(() => new Function(`${pac}; return FindProxyForURL;`));
  });
});
