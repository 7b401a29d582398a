import { describe, expect, it } from 'vitest';
import { analyze, OPEN_GATE, RULES_ONLY } from '../index';
import { EXAMPLES_NOW, EXAMPLES_TZ } from '../examples';

const apply = (text: string) => {
  const f = analyze(text, { now: EXAMPLES_NOW, timeZone: EXAMPLES_TZ, scorer: RULES_ONLY, rewriteGate: OPEN_GATE, rewriteKinds: 'all' }).findings.find((x) => x.rule === 'excuse');
  expect(f, 'expected an excuse').toBeDefined();
  const s = f!.suggestions[0];
  return text.slice(0, s.start) + s.text + text.slice(s.end);
};

describe('an excuse rewrite keeps the salutation it follows', () => {
  it.each([
    ['Hi Anna, the homepage is late because my laptop died.', 'Hi Anna, the homepage is late. The new date is Monday, 23 November.'],
    ["Dear Mr. Smith, apologies, our server crashed. We'll send the report on Friday.", "Dear Mr. Smith, sorry for the delay. We'll send the report on Friday."],
    ['Здравствуйте, Анна, макет задерживается, потому что у меня сломался ноутбук.', 'Здравствуйте, Анна, макет задерживается. Новый срок — понедельник, 23 ноября.'],
    ['Dzień dobry Panie Tomku, projekt się opóźni, bo zepsuł mi się komputer.', 'Dzień dobry Panie Tomku, projekt się opóźni. Nowy termin: poniedziałek, 23 listopada.'],
  ])('%s', (text, opening) => {
    expect(apply(text).startsWith(opening)).toBe(true);
  });

  it('leaves a sentence with no salutation to be replaced whole', () => {
    expect(apply("Sorry, my laptop died. I'll send the homepage on Tuesday.")).toBe("Sorry for the delay. I'll send the homepage on Tuesday.");
  });
});

describe('an excuse that names nothing as late gets no rewrite', () => {
  // "The new date is …" or "I'll have it to you by …" would date something the passage never names.
  it.each(['Sorry, my laptop died.', 'Dear Mr. Smith, apologies, our server crashed.', 'Apologies, the invoice went to the wrong address because our mail server was down.', 'Извините, у меня сломался ноутбук.'])('%s', (text) => {
    const f = analyze(text, { now: EXAMPLES_NOW, timeZone: EXAMPLES_TZ, scorer: RULES_ONLY, rewriteGate: OPEN_GATE, rewriteKinds: 'all' }).findings.find((x) => x.rule === 'excuse');
    expect(f, 'expected an excuse').toBeDefined();
    expect(f!.suggestions).toEqual([]);
  });
});
