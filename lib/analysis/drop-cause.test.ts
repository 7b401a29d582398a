import { describe, expect, it } from 'vitest';
import { analyze, OPEN_GATE, RULES_ONLY } from './index';

const OPTIONS = { now: '2026-12-01T10:00:00+02:00', timeZone: 'Europe/Riga', scorer: RULES_ONLY, rewriteGate: OPEN_GATE } as const;

/** The sentence as the excuse's card would leave it, or null when it offers no rewrite. */
function rewritten(text: string): string | null {
  const finding = analyze(text, { ...OPTIONS, rewriteKinds: 'all' }).findings.find((f) => f.rule === 'excuse');
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

describe('an excuse whose rewrite would drop what the work waits on, or date what has no day: no rewrite', () => {
  it.each<[string]>([
    // The condition goes with the cause, and a date would replace it.
    ['Sorry, the scanner broke, as soon as the service fixes it I will send the contracts.'],
    ['Извините, сгорел диск, как только восстановят данные, пришлю макеты.'],
    ['Вибачте, зламався ноутбук, щойно полагодять, надішлю макети.'],
    ['Przepraszam, padł mi laptop, jak tylko go naprawią, wyślę makiety.'],
    ['Atvainojos, salūza dators, tiklīdz to salabos, nosūtīšu maketus.'],
    ['Atvainojos, salūza dators, kolīdz to salabos, nosūtīšu maketus.'],
  ])('%s', (text) => {
    expect(rewritten(text)).toBeNull();
  });

  it.each<[string]>([
    // A slow reply or a missed call: the reply is being written now, a call is agreed together.
    ['Were on the road all week, no signal out there, so I am answering late.'],
    ['Были в разъездах по объектам, связь за городом никакая, поэтому отвечаю с опозданием.'],
    ['У нас в офісі відключення світла по графіку, тому відповідаємо з затримкою.'],
    ['Atvainojiet, šorīt nokavēju mūsu Zoom zvanu, jo uz tilta bija avārija.'],
    ['Bateria mi padła, dlatego nie dałem rady na nasz call.'],
    ['Застряли в пробке на МКАДе, поэтому на презентацию опоздаем.'],
  ])('no "new date" for a slip of the contact itself: %s', (text) => {
    expect(rewritten(text)).toBeNull();
  });

  it.each<[string]>([
    // Cut at the cause, what is left would open on a word that leans on what went.
    ['как назло, сломался замок на воротах склада, и грузчики не могли попасть внутрь, отсюда и задержка с погрузкой.'],
  ])('no fragment opening on a conjunction: %s', (text) => {
    expect(rewritten(text)).toBeNull();
  });

  it('the writer\'s own time for the work in another sentence is kept, never contradicted', () => {
    expect(rewritten("I'm so sorry the copy is late. I came back from Bali with a nasty bug. I'll send the pages as soon as I'm upright again.")).toBeNull();
    expect(rewritten('Grafik nam zachorował, więc projekt opakowań się opóźni. Wrócimy do tego za parę tygodni.')).toBeNull();
  });
});

describe("the writer's own new date in the excuse's sentence is theirs, never made a missed one", () => {
  it.each<[string]>([
    ['Przy minus dziesięciu nie możemy wylewać betonu, więc strop przesuwa się na 12 stycznia.'],
    ['Jāņu brīvdienās darbnīca bija ciet, tāpēc jūsu krēsli vēl nav pārpolsterēti, bet pie jums tie būs līdz 30. jūnijam.'],
  ])('%s -> no rewrite', (text) => {
    expect(rewritten(text)).toBeNull();
  });

  it('a deadline said as promised before is the missed one', () => {
    expect(rewritten('Obiecałem projekt na wtorek, ale zachorowałem.')).toMatch(/^Nie zdążę na wtorek, \d+ grudnia\. Nowy termin: /);
  });

  it('the slip the writer owns stays beside the promise', () => {
    expect(rewritten('GitHub was down all afternoon so we couldn\'t deploy, we\'ll push the release first thing tomorrow.')).toBe(
      "We couldn't deploy, we'll push the release first thing tomorrow.",
    );
  });
});
