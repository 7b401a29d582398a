/**
 * npx tsx test/bench/mail-dates.bench.ts: what reading the date tooltips of one screen of list rows
 * costs (lib/mail/mail-dates.ts). The thread reader parses every visible row's title at most once a
 * second; a screen is about 50 rows, a long scrolled list a few hundred. Titles: Gmail's short form and
 * Outlook's numeric form in the twelve UI languages, with and without the page-language hint.
 * Target: 200 titles <= 5 ms median.
 */
import { loadavg } from 'node:os';
import { parseMailDate } from '../../lib/mail/mail-dates';
import { ms, summary, time } from './stats';

const LOCALES = ['en-US', 'en-GB', 'de', 'fr', 'es', 'it', 'pt-BR', 'nl', 'ru', 'uk', 'pl', 'lv'];
const gmail = (l: string) => new Intl.DateTimeFormat(l, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' });
const outlook = (l: string) => new Intl.DateTimeFormat(l, { weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' });

const titles: { title: string; lang: string }[] = [];
for (let i = 0; titles.length < 200; i++) {
  const lang = LOCALES[i % LOCALES.length];
  const at = new Date(2026, i % 12, 1 + (i % 28), i % 24, i % 60);
  titles.push({ title: (i % 2 ? outlook(lang) : gmail(lang)).format(at), lang });
}

let read = 0;
const hinted: number[] = [];
const unhinted: number[] = [];
for (let run = 0; run < 200; run++) {
  hinted.push(time(() => titles.forEach(({ title, lang }) => (read += parseMailDate(title, lang) === null ? 0 : 1))));
  unhinted.push(time(() => titles.forEach(({ title }) => (read += parseMailDate(title) === null ? 0 : 1))));
}
const h = summary(hinted);
const u = summary(unhinted);
console.log(`load average ${loadavg()[0].toFixed(2)}; ${titles.length} titles per run, ${read} read over all runs`);
console.log(`200 titles, page language given: median ${ms(h.median)}, p95 ${ms(h.p95)}`);
console.log(`200 titles, no page language:    median ${ms(u.median)}, p95 ${ms(u.p95)}`);
