import { describe, expect, test } from 'vitest';
import { excerptParts } from '../../src/lib/search/excerpt-parts.ts';

describe('excerptParts', () => {
  test('splits text and marked words', () => {
    expect(excerptParts('the ministry sent around <mark>12,000</mark> boats to <mark>Port</mark> <mark>Alba</mark>.')).toEqual([
      { text: 'the ministry sent around ', marked: false },
      { text: '12,000', marked: true },
      { text: ' boats to ', marked: false },
      { text: 'Port', marked: true },
      { text: ' ', marked: false },
      { text: 'Alba', marked: true },
      { text: '.', marked: false },
    ]);
  });

  test("decodes the page's own escaped characters and keeps a bare ampersand", () => {
    expect(excerptParts('a &lt;b&gt; tag &amp; R&D said &quot;no&quot; and it&#39;s <mark>over</mark>')).toEqual([
      { text: 'a <b> tag & R&D said "no" and it\'s ', marked: false },
      { text: 'over', marked: true },
    ]);
  });

  test('an excerpt without matches is one plain part; an empty one has none', () => {
    expect(excerptParts('nothing matched here')).toEqual([{ text: 'nothing matched here', marked: false }]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('excerptParts: what must not come through', () => {
  test('any tag other than mark is dropped, never rendered', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>talks <mark>resume</mark><script>x()</script>')).toEqual([
      { text: 'talks ', marked: false },
      { text: 'resume', marked: true },
      { text: 'x()', marked: false },
    ]);
  });

  test('an unclosed mark marks the rest; a stray closing tag marks nothing', () => {
    expect(excerptParts('a </mark>b <mark>c')).toEqual([
      { text: 'a b ', marked: false },
      { text: 'c', marked: true },
    ]);
  });
});
