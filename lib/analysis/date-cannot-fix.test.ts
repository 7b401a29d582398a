import { describe, expect, it } from 'vitest';
import { EXAMPLES_OWN_TERMS } from './examples';
import { analyze, OPEN_GATE, RULES_ONLY } from './index';
import type { RuleId } from './types';

const OPTIONS = { now: '2026-12-01T10:00:00+02:00', timeZone: 'Europe/Riga', scorer: RULES_ONLY, rewriteGate: OPEN_GATE, ownTerms: EXAMPLES_OWN_TERMS } as const;

/** The sentence as the suggestion for `rule` leaves it, or null when the rule flags it and offers none. */
function rewritten(text: string, rule: RuleId): string | null {
  const finding = analyze(text, OPTIONS).findings.find((f) => f.rule === rule);
  expect(finding, `${rule} should flag: ${text}`).toBeDefined();
  const s = finding!.suggestions[0];
  return s ? text.slice(0, s.start) + s.text + text.slice(s.end) : null;
}

describe('no date is put on a promise that waits on an event, hangs on a condition or never ends', () => {
  it.each<[string]>([
    ["I'll send the signed contract as soon as the lawyer returns it."],
    ['Once the hosting is back, I will upload the site.'],
    ["I'll upload the files after the call."],
    ["We'll refund the deposit if the venue cancels."],
    ["I'll keep you posted on the migration."],
    ["Next time I'll double-check the invoice numbers."],
    ['Пришлю макеты, как только типография подтвердит цвета.'],
    // pool17: "līdzko" is "as soon as" too.
    ['Nosūtīšu to, līdzko piekļuve tiks atjaunota.'],
    // pool24: mail's "soon as" is "as soon as"; "как бумага придет" is "once the paper comes".
    ["we'll be round to finish the flashing soon as its back up"],
    ['Оттиск пришлем как бумага придет'],
    ['Фасади доставимо, як фурнітура прийде.'],
    // A limit kept is no work with an end (pool17: "Word count I'll keep under 800 by Thursday").
    ["Word count I'll keep under 800."],
    ["We'll keep the costs within the original estimate."],
    // "как посчитаем", "як протестуємо": when the writer's own step is done, an event (pool19).
    ['смету пришлю как посчитаем'],
    ['Реліз викотимо, як протестуємо.'],
    ['Если заказчик согласует, сделаем баннеры.'],
    ['Надішлю договір, як тільки юрист його перевірить.'],
    ['Триматиму вас в курсі щодо релізу.'],
    ['Якщо хостинг не впаде, запустимо сайт.'],
    ['Wyślę pliki, jak tylko drukarnia potwierdzi proof.'],
    ['Jeśli bank zatwierdzi przelew, wyślemy zamówienie.'],
    // The reader's part first, then the promise (pool5, pool7).
    ['Будут фото — соберём письмо и отправим вам тест.'],
    ['Підтвердите кількість гостей — я розрахую фінальну суму і виставлю рахунок.'],
    ["Just let us know and we'll send a quote."],
    ['Przyśle Pan logo - od razu przygotuję makiety.'],
    ['Būs teksti – nosūtīšu jums maketu.'],
    // pool7: "dam znac jak przyjdzie do czwartku" dated the wholesaler's delivery.
    ['Hurtownia się guzdra, dam znać jak przyjdzie.'],
    ['Jeszcze nie, odezwę się, jak coś ruszy :)'],
    ['Nosūtīšu līgumu, tiklīdz jurists to pārbaudīs.'],
    ['Turpināsim darbu pie mājaslapas.'],
    ['Сервер прилег после апдейта, щас чиним, как починим — отпишусь.'],
    // Thinking it over, keeping at someone: a date there reads as "until".
    ["I'll have a think about the angle for the piece."],
    ['Подумаю над вашим вопросом и отпишусь.'],
    ['Będę naciskać na dostawcę.'],
    // Being in touch, checking again and again (pool6: "Bede w kontakcie do czwartku" reads as "until").
    ['Będę w kontakcie z drukarnią i dam znać.'],
    ["I'll keep checking the DNS to make sure everything resolves."],
    ['Доделаем сверку, как уйдут проверяющие.'],
    ['Скину апдейт по бюджету, як вийду з наради.'],
    ["Ana will finish transcribing the interviews and I'll translate them as she goes."],
    ['Ja banka apstiprinās, nosūtīsim preci.'],
    // pool9: the reader's part mid-sentence, "then" after another's step, a request to a third party, the next visit.
    ['Колодки тоже пора бы, но без вашего согласия не трогаем, скажете — закажем.'],
    ['Файл пришел битый, пересохраните пожалуйста в STL, тогда и посчитаем стоимость.'],
    ['Акт сверки запрошу, перешлю.'],
    ["Happy to jump on a call, just tell us what works and we'll make it happen."],
    // pool10: another's step, then a dash, then the writer's.
    ['Договір ще в юриста, підпише — скину скан.'],
    ['Бухгалтер подпишет — пришлю скан.'],
    // pool11: any "keep …ing" has no end a date could close ("I'll keep nudging them by Thursday").
    ["I'll keep nudging them."],
    ['Opiszę je i dołożę schemat obwodów przy najbliższej wizycie.'],
    // pool12: "як приїде —", "як вирішите —": a delivery or the reader's choice, then the writer's step.
    ['Циліндр замовив, як приїде — поміняю.'],
    ['Як визначитесь — закажемо і почнемо.'],
    ['Как решите — закажем и начнем.'],
    ['Скину фото букета як зберемо.'],
    ['Will drop them at the venue on my way past.'],
    // pool13: once another's step is done, upon the reader's payment.
    ['Jak odpowiedzą to wdrożę fixa.'],
    ['Przyjadę z kamerą inspekcyjną jak kolega mi ją odda.'],
    ['Остаток можно перевести на карту, чек вышлю по факту оплаты.'],
    ['We will release the certified copies upon receipt.'],
  ])('%s -> no suggestion', (text) => {
    expect(rewritten(text, 'missing-date')).toBeNull();
  });

  it.each<[string, RuleId, RegExp]>([
    ["I'll send the photos as soon as I can.", 'missing-date', /^I'll send the photos by Thursday, 3 December\.$/],
    ["I'll send the photos as soon as possible.", 'missing-date', /^I'll send the photos by Thursday, 3 December\.$/],
    ["I'll try to finish the logo soon.", 'vague-promise', /^I'll finish the logo by Thursday, 3 December\.$/],
    ["I'll send it after the holidays.", 'missing-date', /^I'll send it after the holidays, by Friday, 8 January 2027\.$/],
    ['Пришлю после праздников.', 'missing-date', /^Пришлю после праздников, до пятницы, 15 января 2027 года\.$/],
    ['Postaram się wysłać poprawki wkrótce.', 'vague-promise', /^Wyślę poprawki do czwartku, 3 grudnia\.$/],
    ['Wyślę po świętach.', 'missing-date', /^Wyślę po świętach, do piątku, 8 stycznia 2027\.$/],
    ['Надішлю після свят.', 'missing-date', /^Надішлю після свят, до п’ятниці, 8 січня 2027 року\.$/],
    ['Centīšos nosūtīt labojumus drīzumā.', 'vague-promise', /^Nosūtīšu labojumus līdz ceturtdienai, 3\. decembrim\.$/],
    ['Labojumus iestrādāšu pēc iespējas drīzāk.', 'missing-date', /^Labojumus iestrādāšu līdz ceturtdienai, 3\. decembrim\.$/],
  ])('%s -> still a date (%s)', (text, rule, expected) => {
    expect(rewritten(text, rule)).toMatch(expected);
  });
});

describe('an over-promise line never replaces a date or another promise the client needs', () => {
  it.each<[string]>([
    ['We are available 24/7, and the first draft will be ready Monday morning.'],
    ["No problem at all, I'm always reachable and the homepage will be ready on Monday morning."],
    ['Esmu pieejams 24/7, rīt nosūtīšu maketu.'],
  ])('%s -> no suggestion', (text) => {
    expect(rewritten(text, 'over-promise')).toBeNull();
  });

  it.each<[string, string]>([
    ["I'm always online, write any time.", EXAMPLES_OWN_TERMS.en],
    ['Я всегда на связи, а макет пришлю в пятницу.', 'Отвечаю на письма в течение одного рабочего дня, с понедельника по пятницу, 9:00–18:00 по рижскому времени, а макет пришлю в пятницу.'],
    ["Я завжди на зв'язку, пишіть будь-коли.", EXAMPLES_OWN_TERMS.uk],
  ])('%s -> %s', (text, expected) => {
    expect(rewritten(text, 'over-promise')).toBe(expected);
  });

  it.each<[string]>([["I'm always online, write any time."], ['Я всегда на связи, пишите в любое время.'], ['Гарантуємо сайт без помилок.']])(
    'without the writer\'s own terms, or for a guarantee, offers no line of its own: %s',
    (text) => {
      const finding = analyze(text, { ...OPTIONS, ownTerms: undefined }).findings.find((f) => f.rule === 'over-promise');
      expect(finding).toBeDefined();
      expect(finding!.suggestions).toEqual([]);
    },
  );
});

describe('work put off to no time at all gets no date two days ahead', () => {
  it.each<[string, RuleId]>([
    ['Someday we will redo the whole archive for you.', 'missing-date'],
    ['Когда-нибудь сделаем вам нормальную отчетность.', 'missing-date'],
    ["Колись обов'язково зробимо вам нормальну систему звітності.", 'missing-date'],
    ['Kiedyś na pewno zrobimy porządek w tym archiwum.', 'missing-date'],
    ['Kādreiz noteikti pārtaisīsim arī angļu versiju.', 'missing-date'],
  ])('%s -> no suggestion', (text, rule) => {
    const findings = analyze(text, OPTIONS).findings;
    expect(findings.some((f) => f.rule === rule), `${rule} should flag: ${text}`).toBe(true);
    for (const f of findings) expect(f.suggestions).toEqual([]);
  });
});

describe('a rewrite that leaves the hedge said in other words is not offered', () => {
  it.each<[string]>([
    ['Постараемся успеть к пятнице, но обещать не могу.'],
    ['Nie wiem czy zdążę przed 15, ale powalczę.'],
    ['Will do my best to have the cheese platters there by 6, traffic permitting.'],
    ['Постараюсь поправить верстку на айфонах, но это может затянуться.'],
    ["I'll try to get the edits back to you in a couple of days, give or take."],
    ['Mēģināšu izdarīt maketus. Vairāk neko nevaru apsolīt.'],
    ["I'll try to sort the invoices this week. No promises though."],
    // A bare "I promise" and a date promise nothing.
    ['Постараюсь.'],
    // An outcome someone else decides, firmed up, is a new over-promise.
    ['We may be able to offer a discount on the hosting renewal.'],
    ['Постараюсь выбить у директора скидку для вас.'],
    ['Spróbuję załatwić dla Pana rabat u hurtownika.'],
    ['Постараюсь уговорить фотографа отдать исходники.'],
    // A time named by an event, and a hedge cut into a broken phrase.
    ['Думаю, к выходу второй серии подкаста обложку тоже успею обновить.'],
    ['Ale myślę, że między nimi zdążę przejrzeć umowę.'],
    ["Ideally we'll move you onto the new tariff at renewal."],
    ["We're likely to need an extra visit to finish the wiring, I'll give you a bell to arrange it."],
  ])('%s -> no suggestion', (text) => {
    const findings = analyze(text, OPTIONS).findings;
    expect(findings.length, `should be flagged: ${text}`).toBeGreaterThan(0);
    for (const f of findings) expect(f.suggestions).toEqual([]);
  });
});
