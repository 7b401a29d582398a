import { describe, expect, it } from 'vitest';
import { paragraphs, sentences, writerSpans } from './text';

const own = (text: string) => writerSpans(text).map((s) => text.slice(s.start, s.end));
const split = (text: string) => sentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe('writerSpans: only the writer’s own words', () => {
  it.each([
    ['Gmail reply header', "Sure, I'll send it.\n\nOn Mon, 16 Nov 2026 at 10:02, Anna Berg <anna@example.com> wrote:\n> Can you send it?\n> Thanks"],
    ['Outlook From/Sent block', "Sure, I'll send it.\n\nFrom: Anna Berg <anna@example.com>\nSent: Monday, 16 November 2026 10:02\nTo: Sam\nSubject: Files"],
    ['original message line', "Sure, I'll send it.\n-----Original Message-----\nFrom: Anna"],
    ['Russian header', 'Sure, I\'ll send it.\n\n16 нояб. 2026 г., в 10:02, Анна Берг <anna@example.com> пишет:\n> Пришлите'],
    ['Polish header', "Sure, I'll send it.\n\npon., 16 lis 2026 o 10:02 Anna Berg <anna@example.com> napisała:\n> Proszę"],
  ])('%s is cut off', (_name, text) => {
    expect(own(text)).toEqual(["Sure, I'll send it."]);
  });

  it('keeps a reply written between quoted parts: an attribution over ">" lines does not end the text', () => {
    const text = "On 28 Aug 2002, Daniel Quinlan wrote:\n\n> Dan Kohn <dan@example.com> writes:\n> > Daniel, it's easy.\n> I think not.\n\nI have to agree here.\n\nOn Thu, 29 Aug 2002, Justin Mason wrote:\n\n> I don't see a problem.\n\nNeither do I.";
    expect(own(text)).toEqual(['I have to agree here.', 'Neither do I.']);
  });

  it('an attribution over unquoted history still ends the text', () => {
    expect(own("Sure.\n\nOn Mon, 16 Nov 2026, Anna <anna@example.com> wrote:\nCan you send it?")).toEqual(['Sure.']);
  });

  it('leaves out a clear-signed message’s armour and signature block', () => {
    const text = '-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA1\n\nI will upload the patch tonight.\n\n-----BEGIN PGP SIGNATURE-----\nVersion: GnuPG v1.0.7\n\niD8DBQE9\n-----END PGP SIGNATURE-----';
    expect(own(text)).toEqual(['I will upload the patch tonight.']);
  });

  it('skips ">" lines inside the text but keeps what is around them', () => {
    expect(own('Hi Anna,\n> old question\n> more\nHere is the answer.')).toEqual(['Hi Anna,', 'Here is the answer.']);
  });

  it('drops a "-- " signature and a sign-off with a short signature block', () => {
    expect(own("I'll send it.\n-- \nSam Doe\nStudio Nord")).toEqual(["I'll send it."]);
    expect(own("I'll send it.\n\nBest regards,\nSam Doe\nStudio Nord | +371 2000 0000")).toEqual(["I'll send it."]);
    expect(own('Пришлю завтра.\n\nС уважением,\nИгорь')).toEqual(['Пришлю завтра.']);
  });

  it('keeps a "Thanks," line that is followed by more of the message', () => {
    const text = 'Thanks,\n' + 'the rest of a long message that goes on and on about the project and its many parts.\n'.repeat(8);
    expect(own(text)[0].startsWith('Thanks,')).toBe(true);
  });
});

describe('sentences', () => {
  it.each([
    ["I'll send it. Then we talk! OK?", ["I'll send it.", 'Then we talk!', 'OK?']],
    ['Dr. Smith will call on Fri. 20 Nov. at noon.', ['Dr. Smith will call on Fri. 20 Nov. at noon.']],
    ['Сдам 14.05.2026. Потом отпуск.', ['Сдам 14.05.2026.', 'Потом отпуск.']],
    ['Atsūtīšu plkst. 10.00. Paldies!', ['Atsūtīšu plkst. 10.00.', 'Paldies!']],
    ['Vietni palaidīsim 2026. gada 14. maijā. Paldies!', ['Vietni palaidīsim 2026. gada 14. maijā.', 'Paldies!']],
    ['Hi Anna,\nthe files are attached', ['Hi Anna,', 'the files are attached']],
    ['Prices e.g. $28.50 are fine.', ['Prices e.g. $28.50 are fine.']],
    // "re." is "regarding" (pool49: "Will get back to you re." was cut off from its topic).
    ['Will get back to you re. the sugar-free option asap.', ['Will get back to you re. the sugar-free option asap.']],
    ['i’ll talk to you later..i’ll catch dinner', ['i’ll talk to you later..i’ll catch dinner']],
    ['Sorry... i was out. Back now.', ['Sorry... i was out.', 'Back now.']],
    // "tyg." is "week" (pool53: "Wpadnę w przyszłym tyg. ocenić …" was cut in two).
    ['Wpadnę w przyszłym tyg. ocenić tę brzozę.', ['Wpadnę w przyszłym tyg. ocenić tę brzozę.']],
    ['Sprawdzę naliczenie nadgodzin dla p. Nowaka i wrócę do Pana. Dzięki!', ['Sprawdzę naliczenie nadgodzin dla p. Nowaka i wrócę do Pana.', 'Dzięki!']],
    ['Передам п. Іваненку. Дякую!', ['Передам п. Іваненку.', 'Дякую!']],
    ['Dodruk 500 szt. zrobimy przy następnej partii. Dzięki!', ['Dodruk 500 szt. zrobimy przy następnej partii.', 'Dzięki!']],
    // "след." is "next" before its noun (pool39: "Выписку подготовлю к след. визиту" was cut in two).
    ['Выписку подготовлю к след. визиту. Спасибо!', ['Выписку подготовлю к след. визиту.', 'Спасибо!']],
  ])('%s', (text, want) => {
    expect(split(text)).toEqual(want);
  });
});

describe('paragraphs', () => {
  it('splits on blank lines, including ones with spaces', () => {
    const text = 'One.\nStill one.\n  \nTwo.\n\n\nThree.';
    expect(paragraphs(text, { start: 0, end: text.length }).map((p) => text.slice(p.start, p.end))).toEqual(['One.\nStill one.', 'Two.', 'Three.']);
  });
});
