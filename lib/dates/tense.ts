/**
 * Clause tense around a date, so "I sent it on Monday" resolves to the Monday that has passed.
 *
 * Only a cheap, bounded look at the words next to the date, within its clause: a past verb form
 * sends it back unless a future, modal or plan word ("will", "буду", "planned", "need", an
 * infinitive) is also there, so "I was hoping to send it on Monday", "we need it finalized on
 * Monday" and "мы договорились встретиться в пятницу" stay ahead. Staying ahead is the old
 * behaviour, so every doubt resolves that way.
 */
import type { Tok } from './tokenize';
import { PUNCT, WORD } from './tokenize';
import type { Lang } from './types';
import { wordSet } from './trie';

interface TenseLex {
  /** Whole past forms: was, были, był, bija. */
  pastWords: Set<string>;
  /** Endings of past-tense verb forms. */
  pastEndings: readonly string[];
  /** Words with a past-looking ending that are not past verbs (если, jeśli, правила). */
  notPast: Set<string>;
  notPastEndings: readonly string[];
  /** Forward-looking words: future auxiliaries, modals, plans, "to"/"for" before the date. */
  futureWords: Set<string>;
  futureEndings: readonly string[];
  /** Infinitive endings: "встретиться", "spotkać", "tikties" point forward. */
  infEndings: readonly string[];
  notInf: Set<string>;
  /** Conjunctions that start another clause. */
  joins: Set<string>;
  /** Prepositions that point ahead when they govern the date: "moved to Monday", "перенесли на понедельник". */
  forwardPreps: Set<string>;
  /** An infinitive particle ("to") and the words after it that show it is a preposition instead. */
  infParticle?: string;
  notInfAfter?: Set<string>;
  /** Shortest word the ending rules apply to ("ли", "ał" are not verbs). */
  minLen: number;
}

const TENSE: Record<Lang, TenseLex> = {
  en: {
    pastWords: wordSet(
      "was, were, did, had, didn't, wasn't, weren't, hadn't, got, sent, went, came, met, spoke, said, told, left, made, saw, took, gave, paid, heard, wrote, forgot, broke, fell, began, brought, bought, thought, felt, found, kept, lost, ran, sat, stood, won, caught, taught, spent, held",
    ),
    pastEndings: ['ed'],
    notPast: wordSet('bed, red, shed, wed, fed, led, bred, sled, shred, hundred, kindred, sacred, naked, wicked, hatred, ted, ned, jared, ahmed, mohammed'),
    notPastEndings: ['eed'],
    futureWords: wordSet(
      "will, won't, shall, would, wouldn't, going, gonna, can, can't, could, may, might, should, must, need, needs, plan, plans, planned, planning, hope, hoping, hoped, want, wants, wanted, intend, intended, expect, expected, scheduled, rescheduled, supposed, due, promised, agreed, aim, aiming, booked, moved, postponed, pushed, next, until, till, let's, please",
    ),
    futureEndings: ["'ll", "'d"],
    infEndings: [],
    notInf: new Set(),
    joins: wordSet('and, but, or, so, because, while, although, though, whereas, if, when, once, then'),
    forwardPreps: wordSet('to, for, until, till, by, before'),
    infParticle: 'to',
    notInfAfter: wordSet('the, a, an, you, me, him, her, us, them, my, your, our, their, his, its, it, this, that, these, those, everyone, everybody, all, each, both, some, any'),
    minLen: 4,
  },
  ru: {
    pastWords: wordSet('был, была, были, было, шёл, шел, пришёл, ушёл, нашёл, смог, мог, помог, лёг'),
    pastEndings: ['ал', 'ял', 'ил', 'ел', 'ыл', 'ул', 'ала', 'яла', 'ила', 'ела', 'ыла', 'ула', 'гла', 'шла', 'али', 'яли', 'или', 'ели', 'ыли', 'ули', 'гли', 'шли', 'ало', 'яло', 'ило', 'ело', 'ыло', 'уло', 'лся', 'лась', 'лись', 'лось'],
    notPast: wordSet(
      'если, или, ели, дела, дело, мало, тело, село, тепло, весело, цели, недели, модели, панели, правила, правило, сила, могила, мили, стили, детали, материалы, почти, целый, смело, умело, вчера, нельзя, отели, отель, артели, апреля, июля',
    ),
    notPastEndings: [],
    futureWords: wordSet(
      'буду, будет, будем, будете, будут, будешь, хочу, хотим, планирую, планируем, планировали, собираюсь, собираемся, собирались, договорились, запланировали, запланирован, запланирована, назначили, назначена, назначен, перенесли, перенесена, перенесён, обещал, обещала, обещали, надо, нужно, должен, должна, должны, можно, сможем, смогу, постараюсь, давайте',
    ),
    futureEndings: [],
    infEndings: ['ть', 'ться', 'ти', 'тись', 'чь'],
    notInf: wordSet('почти, дети, сети, пути, кости, чести, власти, части, сти, стать, пять, шесть, десять, опять, знать, мать, тетради'),
    joins: wordSet('и, а, но, или, потому, поэтому, так, если, когда, пока, хотя, чтобы'),
    forwardPreps: wordSet('на, к, ко, до'),
    minLen: 4,
  },
  uk: {
    pastWords: wordSet('був, була, були, було, міг, змогла, змогли, пішов, прийшов, зміг, допоміг'),
    pastEndings: ['ав', 'ив', 'ув', 'ала', 'яла', 'ила', 'іла', 'ула', 'гла', 'шла', 'али', 'яли', 'или', 'іли', 'ули', 'гли', 'шли', 'ало', 'яло', 'ило', 'іло', 'уло', 'вся', 'лася', 'лися', 'лося'],
    notPast: wordSet(
      'коли, ніколи, держав, прав, справ, застав, вистав, мотив, актив, позитив, негатив, колектив, перспектив, сила, сили, правила, правило, могила, тіло, діло, мало, тепло, весело, цілі, стилі, вчора, учора, навколо, кругло',
    ),
    notPastEndings: ['ів', 'їв'],
    futureWords: wordSet(
      'буду, буде, будемо, будете, будуть, будеш, хочу, хочемо, планую, плануємо, планували, збираюся, збираємося, збиралися, домовилися, домовились, запланували, запланована, призначили, перенесли, перенесено, обіцяв, обіцяла, обіцяли, треба, потрібно, мушу, маю, можна, зможемо, зможу, постараюся, давайте',
    ),
    futureEndings: ['тиму', 'тимемо', 'тиме'],
    infEndings: ['ти', 'тися', 'тись', 'ть'],
    notInf: wordSet('діти, мати, майже, путі, частини, п\'ять, шість, десять, знати, опять'),
    joins: wordSet('і, й, та, а, але, або, тому, бо, якщо, коли, поки, хоча, щоб'),
    forwardPreps: wordSet('на, до'),
    minLen: 4,
  },
  pl: {
    pastWords: wordSet('był, była, byli, było, były, byłem, byłam, byliśmy, byłyśmy, szedł, poszedł, przyszedł, mógł, zjadł, wziął, wzięli'),
    pastEndings: ['łem', 'łam', 'łeś', 'łaś', 'liśmy', 'łyśmy', 'liście', 'łyście', 'ł', 'ła', 'ło', 'li'],
    notPast: wordSet(
      'jeśli, chwili, woli, roli, soli, myśli, tabeli, niedzieli, kąpieli, koło, mało, cała, mała, biała, stała, ciało, czoło, pół, stół, dół, kościół, anioł, dali, wczoraj, sali, fali, szkoła, ważna',
    ),
    notPastEndings: ['sło', 'dło', 'kło', 'oła'],
    futureWords: wordSet(
      'będę, będzie, będziemy, będziecie, będą, chcę, chcemy, planuję, planujemy, planowaliśmy, zamierzam, zamierzamy, zamierzaliśmy, umówiliśmy, umówiłem, umówiłam, zaplanowaliśmy, zaplanowane, zaplanowany, przełożyliśmy, przesunęliśmy, obiecałem, obiecałam, obiecaliśmy, trzeba, muszę, musimy, mogę, możemy, można, móc, postaram, postaramy, proszę',
    ),
    futureEndings: [],
    infEndings: ['ć'],
    notInf: wordSet('pięć, sześć, dziesięć, chęć, część, treść, teść, złość, radość, ilość, jakość, całość, przyszłość, możliwość, obecność, gotowość, dziewięć, siedem, osiem'),
    joins: wordSet('i, a, ale, lub, albo, bo, więc, ponieważ, jeśli, gdy, kiedy, chociaż, żeby, aby'),
    forwardPreps: wordSet('na, do, przed'),
    minLen: 4,
  },
  lv: {
    // Past and present coincide for -āt / -ot verbs (strādāju), so only the unambiguous -īju / -ēju
    // families and a few irregular forms count.
    pastWords: wordSet('biju, bija, bijām, bijāt, biji, saņēmu, saņēmām, pabeidzu, pabeidzām, aizgāju, aizgājām, teicu, teicām, devu, devām, gāju, gājām, varēju, varējām, nevarēju, nevarējām'),
    pastEndings: ['īju', 'ēju', 'ījām', 'ējām', 'ījāt', 'ējāt', 'īja', 'ēja'],
    notPast: wordSet('idēja, idēju, alēja, alēju, galerija'),
    notPastEndings: [],
    futureWords: wordSet(
      'būs, būšu, būsim, būsiet, gribu, gribam, plānoju, plānojam, plānojām, plānots, plānota, ieplānots, ieplānota, pārcelts, pārcelta, pārcēlām, norunājām, solīju, solījām, apsolīju, vajag, vajadzēs, varu, varam, varēsim, varēšu, centīšos, lūdzu',
    ),
    futureEndings: ['šu', 'sim', 'siet', 'šos', 'simies'],
    infEndings: ['īt', 'ēt', 'āt', 'ot', 'ut', 'ties'],
    notInf: wordSet('rīt, parīt, tūlīt, desmit, simt, ļoti, jūt, kopīgot'),
    joins: wordSet('un, bet, vai, jo, tāpēc, ja, kad, kamēr, lai, gan'),
    forwardPreps: wordSet('uz, līdz, pirms'),
    minLen: 4,
  },
};

const CLAUSE_END = new Set(['.', '!', '?', ';', ':', ',', '—', '–', '(', ')', '"', '«', '»', '…']);
const REACH = 8;

function endsWithAny(w: string, ends: readonly string[]): boolean {
  for (const e of ends) if (w.length > e.length && w.endsWith(e)) return true;
  return false;
}

/** 1 = past cue, -1 = forward cue, 0 = neither. */
function cue(t: TenseLex, toks: Tok[], k: number): number {
  const w = toks[k].low;
  if (t.futureWords.has(w) || endsWithAny(w, t.futureEndings)) return -1;
  if (w === t.infParticle) {
    const next = k + 1 < toks.length && toks[k + 1].t === WORD ? toks[k + 1].low : '';
    return next && !toks[k + 1].cap && !t.notInfAfter?.has(next) ? -1 : 0;
  }
  if (w.length >= t.minLen && endsWithAny(w, t.infEndings) && !t.notInf.has(w)) return -1;
  if (t.pastWords.has(w)) return 1;
  if (w.length >= t.minLen && !t.notPast.has(w) && endsWithAny(w, t.pastEndings) && !endsWithAny(w, t.notPastEndings)) return 1;
  return 0;
}

/**
 * Whether the clause around tokens [start, end) is in the past tense. `start` may be the date's own
 * preposition: a forward one ("на понедельник", "for Monday") keeps the date ahead.
 */
export function pastClause(toks: Tok[], start: number, end: number, lang: Lang, place = false): boolean {
  const t = TENSE[lang];
  if (!t) return false;
  // `place`: the preposition names where ("na wczorajszym spotkaniu"), so it points nowhere.
  if (toks[start].t === WORD && ((!place && t.forwardPreps.has(toks[start].low)) || cue(t, toks, start) < 0)) return false;
  if (!place && start > 0 && toks[start - 1].t === WORD && t.forwardPreps.has(toks[start - 1].low)) return false;
  let past = false;
  // Leftwards to the start of the clause (a line break ends it too).
  for (let k = toks[start].nl ? -1 : start - 1, n = 0; k >= 0 && n < REACH; k--, n++) {
    const tok = toks[k];
    if (tok.t === PUNCT && CLAUSE_END.has(tok.low)) break;
    if (tok.t !== WORD) continue;
    if (t.joins.has(tok.low)) break;
    const c = cue(t, toks, k);
    // A forward word further out still wins: "we need it finalized on Monday", "will have it done".
    if (c < 0) return false;
    if (c > 0) past = true;
    if (toks[k].nl) break;
  }
  // Rightwards; a comma right after the date only closes an opening adverbial ("On Monday, I sent").
  let k = end;
  if (k < toks.length && toks[k].t === PUNCT && toks[k].low === ',' && !toks[k].nl) k++;
  for (let n = 0; k < toks.length && n < REACH; k++, n++) {
    const tok = toks[k];
    if (tok.nl) break;
    if (tok.t === PUNCT && CLAUSE_END.has(tok.low)) break;
    if (tok.t !== WORD) continue;
    if (t.joins.has(tok.low)) break;
    const c = cue(t, toks, k);
    if (c < 0) return false;
    if (c > 0) past = true;
  }
  return past;
}
