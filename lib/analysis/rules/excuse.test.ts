import { describe, expect, it } from 'vitest';
import { analyze, RULES_ONLY } from '../index';
import { EXAMPLES_NOW, EXAMPLES_TZ } from '../examples';

const apply = (text: string) => {
  const f = analyze(text, { now: EXAMPLES_NOW, timeZone: EXAMPLES_TZ, scorer: RULES_ONLY }).findings.find((x) => x.rule === 'excuse');
  expect(f, 'expected an excuse').toBeDefined();
  const s = f!.suggestions[0];
  return text.slice(0, s.start) + s.text + text.slice(s.end);
};

describe('an excuse rewrite keeps the salutation it follows', () => {
  it.each([
    ['Hi Anna, sorry for the delay, my laptop died.', 'Hi Anna, sorry for the delay. The new date is Monday, 23 November.'],
    ['Dear Mr. Smith, apologies, our server crashed.', 'Dear Mr. Smith, sorry for the delay.'],
    ['Здравствуйте, Анна, извините, у меня сломался ноутбук.', 'Здравствуйте, Анна, извините за задержку. Новый срок — понедельник, 23 ноября.'],
    ['Dzień dobry Panie Tomku, przepraszam, zepsuł mi się komputer.', 'Dzień dobry Panie Tomku, przepraszam za opóźnienie.'],
  ])('%s', (text, opening) => {
    expect(apply(text).startsWith(opening)).toBe(true);
  });

  it('leaves a sentence with no salutation to be replaced whole', () => {
    expect(apply('Sorry, my laptop died.')).toMatch(/^Sorry for the delay\./);
  });
});
