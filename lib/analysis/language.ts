import type { Lang } from '../dates/types';

/**
 * Which of the five languages a paragraph is in. Script first (Cyrillic or Latin), then letters
 * only one language uses, then frequent short words. Returns null when there is too little to tell.
 */
const UK_LETTERS = /[іїєґІЇЄҐ]/gu;
const RU_LETTERS = /[ыэъёЫЭЪЁ]/gu;
// Word endings Russian does not have: 1st plural "-емо" (надішлемо), nouns in "-ння", reflexive "-юся/-уся", "-ються".
const UK_ENDINGS = /\p{L}(?:емо|ння|[юу]ся|ються)(?![\p{L}])/giu;
const PL_LETTERS = /[ąęłńśźżćĄĘŁŃŚŹŻĆ]/gu;
// Spellings English does not use (prz, rz, sz, cz) and 1st person plural verbs (-emy/-imy/-ymy): Polish typed without diacritics.
const PL_SHAPES = /prz|rz|sz|cz|\p{L}{2}(?:emy|imy|ymy)(?![\p{L}])/giu;
const LV_LETTERS = /[āēīūģķļņĀĒĪŪĢĶĻŅ]/gu;
// Endings that survive typing without diacritics: futures "-isu/-šu/-sim" (atsutisu), past "-iju/-oju"
// (nosutiju). English and Polish words hardly ever end so.
const LV_ENDINGS = /\p{L}{2}(?:šu|šos|isu|isos|isim|esim|iju|oju|ēju|eju)(?![\p{L}])/giu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

const WORDS: Record<Lang, Set<string>> = {
  en: new Set('the and to of you i we is it for will that this on be with are have your'.split(' ')),
  ru: new Set('что это как не вы мы и в на я с по но его она он вам'.split(' ')),
  uk: new Set('що це як не ви ми і в на я з по але його вона він вам та щоб ще вже або якщо коли який яка яке якого буде будемо дуже мабуть дякую ласка вибачте перепрошую тобто щодо зараз треба незабаром бо було мене'.split(' ')),
  // Also the diacritic-free spellings people type ("sie", "wiec", "prosze"), and words English never has.
  pl: new Set(
    ('się nie jest że to w na i z do jak mi ja pan pani dla sie ze juz już tez też czy oraz przez tylko jeszcze bardzo jutro dzisiaj dziś dzis ' +
      'wczoraj prosze proszę dziekuje dziękuję przepraszam pozdrawiam tego jestem bede będę wiec więc jesli jeśli jezeli jeżeli kiedy gdy panu ' +
      'panstwu państwu znac znać piatku piątku wtorek czwartek stycznia lutego marca kwietnia maja czerwca lipca sierpnia wrzesnia września ' +
      'pazdziernika października listopada grudnia').split(' '),
  ),
  lv: new Set('ir un ka es jūs mēs par uz ar no kā bet jums to jus mes pec pēc lidz līdz ari arī lai vai ludzu lūdzu paldies sveiki labdien atvainojos'.split(' ')),
};

function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

export function detectLanguage(text: string): Lang | null {
  // Long paragraphs: a sample is enough, and keeps detection linear and cheap.
  const s = text.length > 4000 ? text.slice(0, 4000) : text;
  const cyr = count(CYRILLIC, s);
  const lat = count(LATIN, s);
  if (cyr + lat < 3) return null;
  const words = s.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const score = (lang: Lang) => words.reduce((n, w) => n + (WORDS[lang].has(w) ? 1 : 0), 0);
  if (cyr > lat) {
    // An apostrophe or a Latin "i" typed for "і" ("надiслати") inside a Cyrillic word is Ukrainian.
    const uk = count(UK_LETTERS, s) * 3 + count(UK_ENDINGS, s) * 2 + score('uk') + (/\p{Script=Cyrillic}(?:['’ʼ]|i)\p{Script=Cyrillic}/u.test(s) ? 3 : 0);
    const ru = count(RU_LETTERS, s) * 3 + score('ru');
    return uk > ru ? 'uk' : 'ru';
  }
  const pl = count(PL_LETTERS, s) * 2 + score('pl') * 2 + count(PL_SHAPES, s) + (/ó/i.test(s) ? 1 : 0);
  const lv = count(LV_LETTERS, s) * 2 + count(LV_ENDINGS, s) * 2 + score('lv') * 2 + (/[šžč]/i.test(s) ? 1 : 0);
  const en = score('en') * 2;
  if (pl === 0 && lv === 0) return en > 0 || lat >= 3 ? 'en' : null;
  if (en >= pl && en >= lv) return 'en';
  return pl >= lv ? 'pl' : 'lv';
}
