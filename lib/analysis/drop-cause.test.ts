import { describe, expect, it } from 'vitest';
import { analyze, RULES_ONLY } from './index';

const OPTIONS = { now: '2026-12-01T10:00:00+02:00', timeZone: 'Europe/Riga', scorer: RULES_ONLY } as const;

/** The sentence as the excuse's card would leave it, or null when it offers no rewrite. */
function rewritten(text: string): string | null {
  const finding = analyze(text, OPTIONS).findings.find((f) => f.rule === 'excuse');
  expect(finding, `the excuse rule should flag: ${text}`).toBeDefined();
  const s = finding!.suggestions[0];
  return s ? text.slice(0, s.start) + s.text + text.slice(s.end) : null;
}

describe('an excuse beside a promise: the excuse goes, the promise stays as the writer wrote it', () => {
  it.each<[string, string]>([
    ['Sorry for the delay, my kid was sick, I\'ll send the mockups on Friday.', 'Sorry for the delay, I\'ll send the mockups on Friday.'],
    ['Извините за задержку, заболел ребенок, макеты пришлю в пятницу.', 'Извините за задержку, макеты пришлю в пятницу.'],
    ['Извините, сломался ноутбук, макеты пришлю завтра.', 'Извините, макеты пришлю завтра.'],
    ["Вибачте за затримку, захворіла дитина, макети надішлю в п'ятницю.", "Вибачте за затримку, макети надішлю в п'ятницю."],
    ['Przepraszam za opóźnienie, zachorowało mi dziecko, projekt wyślę w piątek.', 'Przepraszam za opóźnienie, projekt wyślę w piątek.'],
    ['Atvainojos par kavēšanos, saslima bērns, maketu nosūtīšu piektdien.', 'Atvainojos par kavēšanos, maketu nosūtīšu piektdien.'],
    ['Atvainojos par kavēšanos, jo saslima bērns, maketu nosūtīšu piektdien.', 'Atvainojos par kavēšanos, maketu nosūtīšu piektdien.'],
  ])('%s -> %s', (text, expected) => {
    expect(rewritten(text)).toBe(expected);
  });

  it('drops the story in words no list knows too, and dates the promise that is left in the same rewrite', () => {
    expect(rewritten('Sorry guys, coffee went all over the keyboard, laptop is at the service, I will send the files from my old machine.')).toBe(
      'Sorry guys, I will send the files from my old machine by Thursday, 3 December.',
    );
    expect(rewritten('Sorry for the silence, I was ill, I will send the files.')).toBe('Sorry for the silence, I will send the files by Thursday, 3 December.');
  });

  it.each<[string]>([
    // "it" would stand for nothing once "my laptop" goes.
    ["Sorry, my laptop died, I'll rebuild it from the backup."],
    ["The Xero bank feed has been down for days so I can't reconcile March yet; I'll finish it the moment the feed comes back."],
  ])('offers nothing where what stays points back into what goes: %s', (text) => {
    expect(rewritten(text)).toBeNull();
  });
});
