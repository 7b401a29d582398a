import { describe, expect, it } from 'vitest';
import { sentAs as offered } from './sentence-as-sent';

// The kinds of rewrite blind editors passed at least three times in four on passages no review had
// shown reach the card; the others are built but held back (rewrite.ts, `heldBack`).
describe('the card offers the kinds of rewrite editors pass, and holds back the rest', () => {
  it.each([
    // a proposed date on an undated promise (77% on unseen passages)
    ['We will send the revised contract.', 'We will send the revised contract by Thursday, 3 December.'],
    // an effort hedge removed, a proposed date
    ["I'll try to do the first ten slides.", "I'll do the first ten slides by Thursday, 3 December."],
    // a possibility hedge removed on the writer's own scale
    ['Hopefully I can turn around a rough cut in a few days.', "I'll turn around a rough cut by Friday, 4 December."],
    // a hedge removed, the writer's own time kept
    ['Hi Anna, hopefully I can share the mockups next week.', "Hi Anna, I'll share the mockups next week."],
  ])('offered: %s -> %s', (text, expected) => {
    expect(offered(text)).toBe(expected);
  });

  it.each([
    // a possibility made a promise on a day the writer never named (about 1 in 3 passed)
    ['Maybe we can add an English version.'],
    ['Iespējams pievienosim arī jaunu maksājumu veidu.'],
    // an excuse: the cause dropped, or "the new date is …" (32-46% passed)
    ['Sorry the logo is late, we have been swamped.'],
    ['Извините, сломался ноутбук, макеты пришлю завтра.'],
    ['Przepraszam, makieta nie będzie gotowa na piątek, bo rozchorowało mi się dziecko.'],
  ])('held back: %s', (text) => {
    expect(offered(text)).toBeNull();
    // Built all the same, for the review loop that measures the kinds held back.
    expect(offered(text, 'all')).not.toBeNull();
  });

  it('an apology alone is built but held back: editors passed 4 of 8 (it drops what is late and the facts the next sentence leans on)', () => {
    expect(offered("Sorry, my laptop died. I'll send it on Friday.")).toBeNull();
    expect(offered("Sorry, my laptop died. I'll send it on Friday.", 'all')).toBe("Sorry for the delay. I'll send it on Friday.");
  });
});

// From fresh14's failures (unseen passages): what the offered kinds still got wrong.
describe('the offered kinds: no splice, no hedge left, no "later today" made a day', () => {
  it.each([
    // "if …, then" cut to a sentence that opens on "then"
    ['Якщо встигну, то анімований банер зроблю ще сьогодні.', null],
    ['если всё пойдет по плану, то сайт запустим уже в следующий вторник', null],
    // "do what I can to" made "get it done to", "dopilnuję, żeby oddać", "izdarīšu to, lai"
    ["I'll do what I can to get you a slot this side of Easter.", null],
    ['Zrobię co w mojej mocy, żeby oddać to do końca miesiąca.', null],
    ['Darīšu, ko varēšu, lai līdz Jāņiem lapa būtu online.', null],
    // the caveat stays beside the firm promise
    ['Скорее всего на след неделе выставим счет, но могу ошибаться', null],
    ['Ceru paspēt vēl pirms Ziemassvētkiem, bet garantēt nevaru.', null],
    ["I'm hoping to have the SOP draft with you by end of next week but it depends how many sign-offs legal want.", null],
    // promising that someone else will pick up
    ['Попробую сегодня в обед дозвониться до поставщика.', null],
    // "later" beside what the writer is doing now is later today: "today", never a day further off
    ['atbildēšu vēlāk, tagad esmu sapulcē', 'Atbildēšu šodien, tagad esmu sapulcē'],
    ['Resztę zdjęć wrzucę później, teraz jestem na spotkaniu.', 'Resztę zdjęć wrzucę dziś, teraz jestem na spotkaniu.'],
    // a plain future, not "Обещаю набрать" (fresh15: failed as stilted)
    ['попытаюсь набрать вас сегодня после пяти.', 'Наберу вас сегодня после пяти.'],
    // Ukrainian opens a sentence with "У" before a consonant
    ["Думаю, в п'ятницю вже все скину.", "У п'ятницю вже все скину."],
  ])('%s -> %s', (text, expected) => {
    expect(offered(text)).toBe(expected);
  });
});

// From pool1 and pool2 (passages written for review): a firm promise beside a step someone else must
// take first promises over it.
describe('no firm promise beside what the writer is still waiting on', () => {
  it.each([
    ['We should have the annual accounts finalised soon, just waiting on a couple of missing receipts.', null],
    ['Машина буде готова, мабуть, у четвер, чекаємо запчастину з Польщі.', null],
    ['Rezerves kopēšanu serverim iestatīšu, bet vispirms man vajadzēs, lai Jūs atsūtāt administratora paroli.', null],
    // Making it in time, with no word of what: the deadline is one the client already knows.
    ['Звичайно, все встигнемо!', null],
    ['nu sanāks, sanāks, paspēsim', null],
  ])('%s -> %s', (text, expected) => {
    expect(offered(text, 'all')).toBe(expected);
  });
});
