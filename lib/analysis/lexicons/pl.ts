import type { Lexicon, Replacement } from './types';

/**
 * Many people type Polish without diacritics ("wysle", "zdazylem", "przepraszam za opoznienie").
 * Phrases are written in standard spelling and loosened here so the lists stay readable: each
 * diacritic letter also accepts its bare Latin twin.
 *
 * One exception: a word-final "ę" is what tells the 1st person singular future from the 3rd
 * ("wyślę" I will send, "wyśle" he will send). For verb forms `strictFinal` keeps it, and the bare
 * spelling is accepted separately only where the 3rd person is unlikely (see ASCII_1SG below).
 */
const BARE: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };
// Phrases say "\p{L}" for "a letter". Polish words need only these letters, and a case-insensitive
// Unicode \p{L} costs V8 milliseconds to compile each time it appears (the excuse causes alone took
// ~200 ms to compile with it, ~30 ms with this class).
const ANY_LETTER = '\\p{L}';
const POLISH_LETTERS = 'a-ząćęłńóśźż';

function loose(phrase: string, strictFinal = false): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < phrase.length; i++) {
    const ch = phrase[i];
    if (phrase.startsWith(ANY_LETTER, i)) {
      out += inClass ? POLISH_LETTERS : `[${POLISH_LETTERS}]`;
      i += ANY_LETTER.length - 1;
      continue;
    }
    if (ch === '\\') {
      out += ch + (phrase[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      out += ch + (BARE[ch] ?? '');
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    const bare = BARE[ch];
    if (!bare) {
      out += ch;
      continue;
    }
    const next = phrase[i + 1] ?? '';
    if (strictFinal && ch === 'ę' && !/\p{L}/u.test(next)) {
      out += ch;
      continue;
    }
    // A class followed by the phrase wildcard would turn "*" into its quantifier: spell the wildcard out.
    out += `[${ch}${bare}]` + (next === '*' ? `[${POLISH_LETTERS}]` : '');
  }
  return out;
}
const all = (phrases: readonly string[]) => phrases.map((p) => loose(p));
const allPairs = (pairs: readonly Replacement[]): Replacement[] => pairs.map(([p, r]) => [loose(p), r]);

/**
 * Perfective verbs a freelancer promises with: infinitive, 1st person singular, 1st person plural.
 * Perfective 1st person forms are future tense ("wyślę", "poprawimy"), so a match is a promise,
 * never a report. The infinitive lets a hedge be rewritten to the firm future of the same verb:
 * "postaram się wysłać" -> "wyślę", "postaramy się skontaktować" -> "skontaktujemy się".
 * Reflexive verbs carry "się" in the future form only: after "postaram się" the infinitive drops
 * its own "się" ("postaram się odezwać").
 */
const VERBS: readonly (readonly [inf: string, sg: string, pl: string])[] = [
  // send, hand over, upload
  ['wysłać', 'wyślę', 'wyślemy'],
  ['przesłać', 'prześlę', 'prześlemy'],
  ['podesłać', 'podeślę', 'podeślemy'],
  ['przysłać', 'przyślę', 'przyślemy'],
  ['odesłać', 'odeślę', 'odeślemy'],
  ['dosłać', 'doślę', 'doślemy'],
  ['rozesłać', 'roześlę', 'roześlemy'],
  ['przekazać', 'przekażę', 'przekażemy'],
  ['oddać', 'oddam', 'oddamy'],
  ['dostarczyć', 'dostarczę', 'dostarczymy'],
  ['dowieźć', 'dowiozę', 'dowieziemy'],
  ['udostępnić', 'udostępnię', 'udostępnimy'],
  ['wgrać', 'wgram', 'wgramy'],
  ['wrzucić', 'wrzucę', 'wrzucimy'],
  ['podrzucić', 'podrzucę', 'podrzucimy'],
  ['załadować', 'załaduję', 'załadujemy'],
  ['zamieścić', 'zamieszczę', 'zamieścimy'],
  ['umieścić', 'umieszczę', 'umieścimy'],
  ['opublikować', 'opublikuję', 'opublikujemy'],
  ['dołączyć', 'dołączę', 'dołączymy'],
  ['załączyć', 'załączę', 'załączymy'],
  // prepare, make, finish
  ['przygotować', 'przygotuję', 'przygotujemy'],
  ['zrobić', 'zrobię', 'zrobimy'],
  ['wykonać', 'wykonam', 'wykonamy'],
  ['skończyć', 'skończę', 'skończymy'],
  ['dokończyć', 'dokończę', 'dokończymy'],
  ['zakończyć', 'zakończę', 'zakończymy'],
  ['zamknąć', 'zamknę', 'zamkniemy'],
  ['dopracować', 'dopracuję', 'dopracujemy'],
  ['przerobić', 'przerobię', 'przerobimy'],
  ['zaprojektować', 'zaprojektuję', 'zaprojektujemy'],
  ['złożyć', 'złożę', 'złożymy'],
  ['zaimplementować', 'zaimplementuję', 'zaimplementujemy'],
  ['zrealizować', 'zrealizuję', 'zrealizujemy'],
  ['napisać', 'napiszę', 'napiszemy'],
  ['dopisać', 'dopiszę', 'dopiszemy'],
  ['przepisać', 'przepiszę', 'przepiszemy'],
  ['rozpisać', 'rozpiszę', 'rozpiszemy'],
  ['narysować', 'narysuję', 'narysujemy'],
  ['naszkicować', 'naszkicuję', 'naszkicujemy'],
  ['zmodyfikować', 'zmodyfikuję', 'zmodyfikujemy'],
  ['ulepszyć', 'ulepszę', 'ulepszymy'],
  ['domknąć', 'domknę', 'domkniemy'],
  ['dogadać się', 'dogadam się', 'dogadamy się'],
  ['opisać', 'opiszę', 'opiszemy'],
  ['spisać', 'spiszę', 'spiszemy'],
  ['zredagować', 'zredaguję', 'zredagujemy'],
  ['przetłumaczyć', 'przetłumaczę', 'przetłumaczymy'],
  ['nagrać', 'nagram', 'nagramy'],
  ['zmontować', 'zmontuję', 'zmontujemy'],
  ['wycenić', 'wycenię', 'wycenimy'],
  ['policzyć', 'policzę', 'policzymy'],
  ['wystawić', 'wystawię', 'wystawimy'],
  ['podpisać', 'podpiszę', 'podpiszemy'],
  ['uzupełnić', 'uzupełnię', 'uzupełnimy'],
  ['wypełnić', 'wypełnię', 'wypełnimy'],
  ['zaplanować', 'zaplanuję', 'zaplanujemy'],
  ['zorganizować', 'zorganizuję', 'zorganizujemy'],
  ['zamówić', 'zamówię', 'zamówimy'],
  ['załatwić', 'załatwię', 'załatwimy'],
  ['dopiąć', 'dopnę', 'dopniemy'],
  ['ogarnąć', 'ogarnę', 'ogarniemy'],
  ['zdążyć', 'zdążę', 'zdążymy'],
  ['uporać się', 'uporam się', 'uporamy się'],
  ['zająć się', 'zajmę się', 'zajmiemy się'],
  ['zabrać się', 'zabiorę się', 'zabierzemy się'],
  // "Kiedyś dojdę do Pana bloga": getting round to it.
  ['dojść', 'dojdę', 'dojdziemy'],
  ['wymyślić', 'wymyślę', 'wymyślimy'],
  ['dopilnować', 'dopilnuję', 'dopilnujemy'],
  ['przypilnować', 'przypilnuję', 'przypilnujemy'],
  ['zadbać', 'zadbam', 'zadbamy'],
  // fix, change, check
  ['poprawić', 'poprawię', 'poprawimy'],
  ['naprawić', 'naprawię', 'naprawimy'],
  ['zmienić', 'zmienię', 'zmienimy'],
  ['podmienić', 'podmienię', 'podmienimy'],
  ['wprowadzić', 'wprowadzę', 'wprowadzimy'],
  ['dodać', 'dodam', 'dodamy'],
  ['usunąć', 'usunę', 'usuniemy'],
  ['rozwiązać', 'rozwiążę', 'rozwiążemy'],
  ['dostosować', 'dostosuję', 'dostosujemy'],
  ['zaktualizować', 'zaktualizuję', 'zaktualizujemy'],
  ['odświeżyć', 'odświeżę', 'odświeżymy'],
  ['przywrócić', 'przywrócę', 'przywrócimy'],
  ['sprawdzić', 'sprawdzę', 'sprawdzimy'],
  ['zweryfikować', 'zweryfikuję', 'zweryfikujemy'],
  ['przetestować', 'przetestuję', 'przetestujemy'],
  ['przeanalizować', 'przeanalizuję', 'przeanalizujemy'],
  ['przejrzeć', 'przejrzę', 'przejrzymy'],
  ['zajrzeć', 'zajrzę', 'zajrzymy'],
  ['zerknąć', 'zerknę', 'zerkniemy'],
  ['rzucić', 'rzucę', 'rzucimy'],
  ['przyjrzeć się', 'przyjrzę się', 'przyjrzymy się'],
  ['przemyśleć', 'przemyślę', 'przemyślimy'],
  // set up, launch
  ['uruchomić', 'uruchomię', 'uruchomimy'],
  ['wdrożyć', 'wdrożę', 'wdrożymy'],
  ['postawić', 'postawię', 'postawimy'],
  ['zainstalować', 'zainstaluję', 'zainstalujemy'],
  ['skonfigurować', 'skonfiguruję', 'skonfigurujemy'],
  ['podpiąć', 'podepnę', 'podepniemy'],
  ['podłączyć', 'podłączę', 'podłączymy'],
  ['przenieść', 'przeniosę', 'przeniesiemy'],
  ['przeprowadzić', 'przeprowadzę', 'przeprowadzimy'],
  // get back to the reader, tell, show
  ['odpisać', 'odpiszę', 'odpiszemy'],
  ['odpowiedzieć', 'odpowiem', 'odpowiemy'],
  ['oddzwonić', 'oddzwonię', 'oddzwonimy'],
  ['zadzwonić', 'zadzwonię', 'zadzwonimy'],
  ['odezwać się', 'odezwę się', 'odezwiemy się'],
  ['skontaktować się', 'skontaktuję się', 'skontaktujemy się'],
  ['odnieść się', 'odniosę się', 'odniesiemy się'],
  ['zgłosić się', 'zgłoszę się', 'zgłosimy się'],
  ['wrócić', 'wrócę', 'wrócimy'],
  ['dać', 'dam', 'damy'],
  ['potwierdzić', 'potwierdzę', 'potwierdzimy'],
  ['ustalić', 'ustalę', 'ustalimy'],
  ['wyjaśnić', 'wyjaśnię', 'wyjaśnimy'],
  ['omówić', 'omówię', 'omówimy'],
  ['pokazać', 'pokażę', 'pokażemy'],
  ['zaprezentować', 'zaprezentuję', 'zaprezentujemy'],
  ['przypomnieć', 'przypomnę', 'przypomnimy'],
  ['dowiedzieć się', 'dowiem się', 'dowiemy się'],
  ['zapytać', 'zapytam', 'zapytamy'],
  ['dopytać', 'dopytam', 'dopytamy'],
  ['przyjechać', 'przyjadę', 'przyjedziemy'],
  ['wpaść', 'wpadnę', 'wpadniemy'],
];

const bareVerb = (form: string) => form.replace(/ się$/, '');
const bareSpelling = (w: string) => w.replace(/[ąćęłńóśźż]/g, (ch) => BARE[ch]);
const alternation = (xs: readonly string[]) => `(${[...new Set(xs)].join('|')})`;

// "wrócę" alone announces a return ("wrócę w poniedziałek"), "dam" alone gives anything: these two
// promise the reader something only in their fixed phrases.
const RESTRICTED = new Set(['wrócę', 'wrócimy', 'dam', 'damy']);
const FUTURE_FORMS = VERBS.flatMap(([, sg, pl]) => [bareVerb(sg), bareVerb(pl)]).filter((f) => !RESTRICTED.has(f));
const RETURN_TO_READER =
  'wróc(ę|imy) (do (Pana|Pani|Państwa|pana|pani|ciebie|cię|was|tematu|sprawy|tego|tej sprawy|rozmowy)|z (odpowiedzią|informacją|informacjami|propozycją|wyceną|konkretami|szczegółami|poprawkami))';
const LET_KNOW = 'da(m|my) (\\p{L}+ )?znać';

// Bare-spelled 1st singular ("wysle") is also the 3rd person: accepted only at the start of the
// sentence or after "ja", "że" and the adverbs and hedges a writer opens a promise with.
const ASCII_1SG = VERBS.map(([, sg]) => bareVerb(sg))
  .filter((f) => f.endsWith('ę'))
  .map(bareSpelling);
const ASCII_OPENERS =
  '(ja|ze|że|jutro|dzis|dzisiaj|zaraz|potem|teraz|chetnie|na pewno|jeszcze|najpierw|wkrotce|niedlugo|pozniej|tez|od razu|wiec|chyba|pewnie|moze|raczej|prawdopodobnie|najpewniej)';

const NEAR = '(zaraz|niedługo|wkrótce|niebawem|później|potem|za chwilę|za moment|lada chwila)';
const PRESENT_AS_FUTURE =
  '(wysyła(m|my)|przesyła(m|my)|podsyła(m|my)|dzwoni(ę|my)|oddzwania(m|my)|odpisuj(ę|emy)|poprawia(m|my)|wgrywa(m|my)|wrzuca(m|my)|publikuj(ę|emy)|siada(m|my) do|startuj(ę|emy))';

// A colleague acting for the reader is the writer's side ("nasz programista poprawi formularz").
// 3rd person singular from the 1st: "-ę" verbs take -e/-i/-y/-ie on the stem ("wyśle", "poprawi",
// "skończy", "odezwie"), "-m" verbs drop the m ("odpowie", "wgra"). A few irregular ones
// ("przeniesie") are missed rather than guessed.
const THIRD_PERSON = alternation(
  VERBS.map(([, sg]) => bareVerb(sg)).map((f) => (f.endsWith('ę') ? `${f.slice(0, -1)}(e|i|y|ie)?` : f.slice(0, -1))),
);
// The reader's or a third party's staff are not the writer's side: "Pana prawnik" is blocked before the
// noun, and only a few adverbs may stand between noun and verb, so "księgowa klienta przygotuje" (a
// genitive owner) stays out.
const COLLEAGUE_NOUN =
  '(programista|programistka|grafik|graficzka|projektant|projektantka|copywriter|copywriterka|developer|deweloper|księgowa|księgowy|kolega|koleżanka|specjalista|specjalistka|wspólnik|wspólniczka|asystent|asystentka|zespół|informatyk|tester|testerka|fotograf|fotografka|redaktor|redaktorka|kierownik projektu|project manager|menedżer|menedżerka|analityk|analityczka|tłumacz|tłumaczka|ilustrator|ilustratorka|współpracownik|współpracowniczka|pracownik|pracownica|prawnik|prawniczka|studio|dział|ekipa)';
const COLLEAGUE =
  `(?<!(?:Pana|Pani|Państwa|wasz|wasza|wasi|waszego|waszej|twój|twoja|twoi|ich|jego|jej)\\s)((nasz|nasza|nasi|mój|moja) (\\p{L}+ )?)?${COLLEAGUE_NOUN}`;
const COLLEAGUE_GAP =
  '((jutro|dziś|dzisiaj|jeszcze|też|także|również|sam|sama|od razu|zaraz|na pewno|chętnie|osobiście|najpierw|potem|szybko|już|Panu|Pani|Państwu|ci|wam|to|go|je|ją|wszystko) ){0,2}';

// Fixed shapes of an own future besides the perfective verbs.
const OTHER_COMMITMENTS = [
  RETURN_TO_READER,
  LET_KNOW,
  'da(m|my) radę',
  'uda (mi|nam) się',
  'nie omieszka(m|my)',
  'obiecuj(ę|emy)',
  'zobowiązuj(ę|emy) się',
  '(zamierza(m|my)|planuj(ę|emy)|ma(m|my) zamiar) \\p{L}+(ć|c)',
  // Compound future: "będę pracować" / "będę informował" / "będziemy testowali".
  '(będę|będziemy) \\p{L}+(ć|c|ł|ła|li|ły)',
  '(będę|będziemy) w kontakcie',
  '(biorę|bierzemy|zabieram|zabieramy) się (za|do)',
  'się (za to|do tego|za nie|za niego|za nią) (zabieram|zabieramy|biorę|bierzemy)',
  '(już )?pracuj(ę|emy) nad (tym|tą sprawą|poprawkami)',
  'ma(m|my) w plan(ie|ach) \\p{L}+(ć|c)',
  // Present tense as the near future, with a timing word: "zaraz wysyłam", "wysyłamy niebawem".
  `${NEAR} ${PRESENT_AS_FUTURE}`,
  `${PRESENT_AS_FUTURE} ${NEAR}`,
  // "You'll get it from me": the writer's delivery told from the reader's side.
  '(dostanie|otrzyma) (Pan|Pani)',
  '(Pan|Pani) (dostanie|otrzyma)',
  '(dostaną|otrzymają) Państwo',
  'Państwo (dostaną|otrzymają)',
  '(dostaniesz|dostaniecie|otrzymasz|otrzymacie)',
  // Passive future, common in formal mail: "faktura zostanie wystawiona".
  '(zostanie|zostaną) (\\p{L}+ )?(wysłan|przesłan|przygotowan|poprawion|naprawion|wdrożon|uruchomion|opublikowan|dostarczon|zaktualizowan|dodan|usunięt|wystawion|zrobion|wykonan|zrealizowan|zakończon|udostępnion|wgran|skonfigurowan|przetestowan|sprawdzon|podpisan|zmienion|uzupełnion)\\p{L}*',
  `${COLLEAGUE} ${COLLEAGUE_GAP}${THIRD_PERSON}( się)?`,
  // The deliverable as subject: "Projekt będzie gotowy wkrótce", "poprawki będą już wdrożone".
  '(będzie|będą) (już )?(gotow\\p{L}*|skończon\\p{L}*|zrobion\\p{L}*|wdrożon\\p{L}*|naprawion\\p{L}*|poprawion\\p{L}*|opublikowan\\p{L}*|uruchomion\\p{L}*|wysłan\\p{L}*|przygotowan\\p{L}*|online)',
  // "I have asked X to …": the writer arranging someone on their side to act.
  'poprosił(em|am|iśmy|yśmy) … (żeby|aby|by)',
];

const NEGATABLE = [
  ...FUTURE_FORMS,
  ...['wrócę', 'wrócimy', 'dam', 'damy', 'uda (mi|nam) się', 'zostanie', 'zostaną', 'dostanie', 'dostaną', 'dostaniesz', 'otrzyma'],
  ...['obiecuję', 'obiecujemy', 'będę', 'będziemy', 'będzie', 'będą', 'zamierzam', 'zamierzamy', 'planuję', 'planujemy', 'mam zamiar', 'mamy zamiar'],
];

const commitment = [
  ...FUTURE_FORMS.map((f) => loose(f, true)),
  ...all(OTHER_COMMITMENTS),
  // The look-behind comes after the verb so it only runs where a verb matched.
  loose(`re:${alternation(ASCII_1SG)}(?<=(?:^\\s*|(?<![\\p{L}])${ASCII_OPENERS}\\s+)[\\p{L}]+)`),
];

// --- hedges --------------------------------------------------------------------------------
// Vague timing a hedge may carry before its infinitive ("postaram się jak najszybciej wysłać"):
// it is replaced by a date in the rewrite anyway, so the firm verb may swallow it.
const HEDGE_TIMING = '( (jak najszybciej|jak najprędzej|możliwie szybko|szybko|wkrótce|niedługo|w najbliższym czasie|w najbliższych dniach))?';
const HEDGE_SG =
  '(postaram się|postarał(a)?bym się|spróbuję|będę się starał(a)?|będę starał(a)? się|mam nadzieję|' +
  '(myślę|sądzę|mam nadzieję|liczę|wydaje mi się|zakładam),? że uda mi się|(chyba|pewnie|może|raczej|prawdopodobnie|być może) uda mi się|' +
  '(nie wiem|nie jestem pewien|nie jestem pewna),? czy (uda mi się|dam radę))';
const HEDGE_PL =
  '(postaramy się|postaral(i|y)byśmy się|spróbujemy|będziemy się starać|będziemy starać się|będziemy się starali|mamy nadzieję|' +
  '(myślimy|sądzimy|mamy nadzieję|liczymy|zakładamy|myślę|sądzę|mam nadzieję|liczę),? że uda nam się|(chyba|pewnie|może|raczej|prawdopodobnie|być może) uda nam się|' +
  '(nie wiemy|nie jesteśmy pewni),? czy (uda nam się|damy radę))';

const FINISHING = '(skończyć|dokończyć|zakończyć|zdążyć|oddać|dostarczyć|wdrożyć|uruchomić|zamknąć|wysłać|przesłać|podesłać|przygotować|wgrać)';

/**
 * Verbs a hedge puts off that the rules do not read as commitments on their own (the commitment
 * patterns and the scorer's features stay as they were): "Postaram się nadrobić w weekend" ->
 * "Nadrobię w weekend", where the "Obiecuję nadrobić" frame is never offered (rewrite-checks.ts).
 */
const HEDGED_VERBS: readonly (readonly [inf: string, sg: string, pl: string])[] = [
  ['nadrobić', 'nadrobię', 'nadrobimy'],
  ['odrobić', 'odrobię', 'odrobimy'],
  ['wyczyścić', 'wyczyszczę', 'wyczyścimy'],
  ['skrócić', 'skrócę', 'skrócimy'],
  ['nadgonić', 'nadgonię', 'nadgonimy'],
  ['dograć', 'dogram', 'dogramy'],
  ['przeliczyć', 'przeliczę', 'przeliczymy'],
  ['doczytać', 'doczytam', 'doczytamy'],
  ['wypuścić', 'wypuszczę', 'wypuścimy'],
  ['odtworzyć', 'odtworzę', 'odtworzymy'],
  ['przeinstalować', 'przeinstaluję', 'przeinstalujemy'],
  ['poskładać', 'poskładam', 'poskładamy'],
];

// One regex per person, whatever the verb: the firm form comes from FIRM_VERBS (see Lexicon.firmVerbs).
const INFINITIVE = alternation([...VERBS, ...HEDGED_VERBS].map(([inf]) => (inf.endsWith(' się') ? `${bareVerb(inf)}( się)?` : inf)));
function firmTable(person: 1 | 2): Record<string, string> {
  const table: Record<string, string> = {};
  for (const verb of [...VERBS, ...HEDGED_VERBS]) {
    const inf = verb[0];
    for (const key of new Set([inf, bareVerb(inf)])) {
      table[key] = verb[person];
      table[bareSpelling(key)] = verb[person];
    }
  }
  return table;
}
const FIRM_VERBS = { i: firmTable(1), we: firmTable(2) };

// An infinitive (ending -ć/-c) right after the hedge, or after a word or two ("postaram się to wysłać", "o 15:00 zadzwonić");
// not a purpose clause ("postaram się żeby zdążyć"), which the "dopilnuję, żeby" entry handles.
const BEFORE_INFINITIVE = '(?=\\s+(?!(?:żeby|aby|by)\\s)(?:[\\p{L}\\d:.]+\\s+){0,2}[\\p{L}]+(?:ć|c)(?![\\p{L}]))';

// Participles and adjectives of a finished deliverable, after a predictive "powinien być".
const READY = '(?:gotow|gotów|skończon|zrobion|wdrożon|naprawion|poprawion|wysłan|opublikowan|uruchomion|online)';

const selfHedge: Replacement[] = allPairs([
  // First, so that the loosened "spróbuję" below does not read a colleague's "spróbuje" as the writer's.
  // A colleague's hedge is the writer's side's: "Grafik postara się wysłać projekt" -> "Grafik obiecuje wysłać".
  [`re:(?<=${COLLEAGUE_NOUN}\\s+)(?:postara się|spróbuje|będzie się starał(?:a)?|będzie starał(?:a)? się)${BEFORE_INFINITIVE}`, 'obiecuje'],
  [`re:(?<=${COLLEAGUE_NOUN}\\s+)(?:postara się|spróbuje)`, '='],
  [`${HEDGE_SG}${HEDGE_TIMING} ${INFINITIVE}`, '{firm:i}'],
  [`${HEDGE_PL}${HEDGE_TIMING} ${INFINITIVE}`, '{firm:we}'],
  // Predictive "should" only with finishing and handing over: "powinienem skończyć w piątek";
  // "powinniśmy napisać do ich prawnika" is a proposal, not a hedge.
  [`(powinienem|powinnam)${HEDGE_TIMING} ${FINISHING}`, '{firm:i}'],
  [`(powinniśmy|powinnyśmy)${HEDGE_TIMING} ${FINISHING}`, '{firm:we}'],
  // Other verbs: a firm frame that keeps the infinitive ("Obiecuję przygotować …").
  [`re:(?:postaram się|postarał(?:a)?bym się|spróbuję|będę się starał(?:a)?|będę starał(?:a)? się|mam nadzieję)${BEFORE_INFINITIVE}`, 'obiecuję'],
  [`re:(?:postaramy się|postaral(?:i|y)byśmy się|spróbujemy|będziemy się starać|będziemy starać się|mamy nadzieję)${BEFORE_INFINITIVE}`, 'obiecujemy'],
  ['(postaram się|będę się starać|będę się starał(a)?|zrobię(,? co| wszystko,? co) w mojej mocy|zrobię(,? co| wszystko,? co) mogę),? (żeby|aby|by)', 'dopilnuję, żeby'],
  ['(postaramy się|będziemy się starać|będziemy się starali|zrobimy(,? co| wszystko,? co) w naszej mocy|zrobimy(,? co| wszystko,? co) możemy),? (żeby|aby|by)', 'dopilnujemy, żeby'],
  // "Postaram się o szybką odpowiedź" -> "Zadbam o szybką odpowiedź".
  // Not "o 15:00", "o ile", "o godzinie": those "o" govern no object.
  ['re:postaram się o(?=\\s+[\\p{L}])(?!\\s+(?:ile|godz|godzinie|północy|południu)(?![\\p{L}]))', 'zadbam o'],
  ['re:postaramy się o(?=\\s+[\\p{L}])(?!\\s+(?:ile|godz|godzinie|północy|południu)(?![\\p{L}]))', 'zadbamy o'],
  ['zrobię(,? co| wszystko,? co) (w mojej mocy|mogę|się da)', 'zrobię to'],
  ['zrobimy(,? co| wszystko,? co) (w naszej mocy|możemy|się da)', 'zrobimy to'],
  ['(dołożę|dołożymy) (wszelkich )?starań', '='],
  ['re:(?:zobaczę,? co (się da|da się|mogę|uda mi się) zrobić)(?=\\s*(?:[,.!?;:—–)]|$))', 'zrobię to'],
  ['zobaczę,? co (się da|da się|mogę|uda mi się) zrobić', '='],
  ['re:(?:zobaczymy,? co (się da|da się|możemy|uda nam się) zrobić)(?=\\s*(?:[,.!?;:—–)]|$))', 'zrobimy to'],
  ['zobaczymy,? co (się da|da się|możemy|uda nam się) zrobić', '='],
  ['(zobaczę|zobaczymy),? (co|czy|jak) (się da|da się|mogę|możemy|uda)', '='],
  // Predictive "should" on a deliverable: "projekt powinien być gotowy w piątek" -> "będzie gotowy".
  ...(['', 'już '] as const).flatMap((already): Replacement[] => [
    [`re:(?:powinien|powinna|powinno)\\s+${already}być(?=\\s+${READY})`, `będzie ${already}`.trim()],
    [`re:powinny\\s+${already}być(?=\\s+${READY})`, `będą ${already}`.trim()],
  ]),
  // Hedges that stay in place when no firm verb can be built (still flagged).
  ['(postaram się|postaramy się|spróbuję|spróbujemy|postarał(a)?bym się|postaral(i|y)byśmy się)', '='],
  // The past conditional wishes, it does not promise; only with "zdążyć": "chciałabym zapytać" is a polite request.
  ['chciał(a)?bym zdążyć', 'zdążę'],
  ['(chcielibyśmy|chciałybyśmy) zdążyć', 'zdążymy'],
  ['(będę|będziemy) (się )?(starać|starał|starała|starali|starały)( się)?', '='],
]);

// A 2nd person verb (informal singular -sz, plural -cie): the reader acting. Possessives and
// locatives with the same endings are not verbs.
const READER_VERB =
  '(?!(?:nasz|wasz|twój|internecie|pakiecie|temacie|świecie|życie|mieście|secie)(?![\\p{L}]))\\p{L}+(?:esz|isz|ysz|asz|ecie|icie|ycie|acie)(?![\\p{L}])';

// A builder, not a value: the phrase lists are expanded when the language is first analysed, not
// when the mail page loads the script (all five at load were ~50 ms of one task).
export const pl = (): Lexicon => ({
  lang: 'pl',

  commitment,
  notCommitment: [
    // Negated futures are refusals or slips, not promises: "nie wyślę", "nie uda mi się".
    loose(`nie (${NEGATABLE.join('|')})`),
    ...all([
      // Readiness in a condition or an indirect question promises nothing: "Jeśli projekt będzie gotowy, proszę dać znać".
      '(jeśli|jeżeli|gdy|kiedy|czy|o ile|dopóki|jak) ((\\p{L}+) ){0,2}(będzie|będą)',
      '(będę|będziemy) (na urlopie|poza biurem|niedostępn\\p{L}*|nieobecn\\p{L}*|w podróży|w delegacji|na zwolnieniu|offline|w rozjazdach|zajęt\\p{L}*|chor\\p{L}*|wdzięczn\\p{L}*)',
      // Waiting, missing, feelings and ability: nothing is promised to the reader.
      '(będę|będziemy) (czekać|czekał|czekała|czekali|czekały|tęsknić|tęsknił|tęskniła|pamiętać|pamiętał|pamiętała|trzymać|trzymał|trzymała|mógł|mogła|mogli|mogły|móc|mieć na uwadze|zadowolon\\p{L}*)',
      'wróc(ę|imy) (z urlopu|z wyjazdu|z delegacji|z podróży|do biura|do pracy|do domu)',
      '(będę|będziemy) (miał|miała|mieli|mieć) (to |tę sprawę |ten temat )?na uwadze',
      // Having time is availability ("jak będę miał chwilę"), not a promise.
      '(będę|będziemy) (miał|miała|mieli|miały|mieć) (\\p{L}+ )?(chwil|czas|moment|wolne|okazj|możliwoś|sekund)\\p{L}*',
    ]),
  ],
  recipientTrigger: all([
    'proszę (o )?(mi |nam )?(przesłać|przesłanie|wysłać|wysłanie|podesłać|podesłanie|przysłać|przysłanie|dać znać|potwierdzić|potwierdzenie|zaakceptować|akceptację|decyzję|informację|odpowiedź|napisać|zadzwonić|wybrać|wskazać|sprawdzić|przekazać|przekazanie|udostępnić|udostępnienie|opłacić|wpłacić|uzupełnić|dostarczyć|dostarczenie|zatwierdzić|zatwierdzenie)',
    'niech (Pan|Pani|pan|pani) (da znać|prześle|przyśle|podeśle|potwierdzi|napisze)',
    'niech Państwo (dadzą znać|prześlą|przyślą|podeślą|potwierdzą|napiszą)',
    '(daj|dajcie) (mi |nam )?znać',
    '(prześlij|przyślij|podeślij|wyślij|przekaż|udostępnij|potwierdź|zaakceptuj|zatwierdź|zdecyduj|wybierz|zadzwoń|napisz|opłać)(cie)?',
    '(gdy|kiedy|jak|jak tylko|gdy tylko|kiedy tylko) (Pan|Pani|Państwo|pan|pani|ty|wy)',
    '(gdy|kiedy|jak|jak tylko|gdy tylko|kiedy tylko) \\p{L}+ (Pan|Pani|Państwo)',
    `re:(?:gdy|kiedy|jak)(?:\\s+tylko)?\\s+(?:(?:już|nie|mi|nam|się)\\s+)?${READER_VERB}`,
    'czekam na (Pana|Pani|Państwa|pana|pani|twoj\\p{L}*|wasz\\p{L}*|sygnał|zielone światło)',
    'czekamy na (Pana|Pani|Państwa|pana|pani|twoj\\p{L}*|wasz\\p{L}*|sygnał|zielone światło)',
  ]),
  recipientCondition: all([
    '(jeśli|jeżeli|gdyby|o ile) (Pan|Pani|Państwo|Pana|Panu|Panią|Państwu|Państwa|pan|pani|ty|ci|cię|tobie|wam|was|wy)',
    '(jeśli|jeżeli|gdyby|o ile|jakby) (chcesz|chcecie|możesz|możecie|potrzebujesz|potrzebujecie|wolisz|wolicie|masz|macie|zechcesz|zechcecie|dasz|dacie|prześlesz|przyślesz|podeślesz|potwierdzisz|zaakceptujesz)',
    '(jeśli|jeżeli|gdyby|o ile) (będzie (trzeba|potrzeba|taka potrzeba|potrzebne)|trzeba|potrzeba|zajdzie potrzeba)',
    // The reader's verb first: "jeśli zaakceptuje Pan", "jeśli przyślesz", "jeżeli zdecydujecie".
    '(jeśli|jeżeli|gdyby|o ile) (\\p{L}+ )?\\p{L}+ (Pan|Pani|Państwo)',
    `re:(?:jeśli|jeżeli|gdyby|o ile|jak)\\s+(?:(?:już|tylko|nie|to|mi|nam|coś|też|się)\\s+)?${READER_VERB}`,
    '(jeśli|jeżeli|gdyby|o ile) (to |ta propozycja |oferta |termin |wycena )?(Panu|Pani|Państwu|ci|wam)? ?(pasuje|odpowiada|pasuje|wystarczy)',
    // The condition's subject first: "Jeśli cena Panu odpowiada", "jeżeli ten termin wam pasuje".
    '(jeśli|jeżeli|gdyby|o ile) (\\p{L}+ ){1,2}(Panu|Pani|Państwu|ci|wam|tobie) (pasuje|pasują|odpowiada|odpowiadają|wystarczy|wystarczą|się podoba|podoba się|się podobają)',
    '(jeśli|jeżeli|o ile) (oferta|propozycja|wycena) (jest )?(nadal |wciąż )?(aktualna|aktualne|w mocy)',
    '(jeśli|jeżeli|o ile) (wszystko|wycena|projekt|makieta|propozycja) (się zgadza|jest ok|jest w porządku|gra|zostanie zaakceptowan\\p{L}*)',
    '(jeśli|jeżeli|o ile|gdy) (dostanę|otrzymam|dostaniemy|otrzymamy) (od (Pana|Pani|Państwa|ciebie|was)|akceptacj\\p{L}*|zgod\\p{L}*|potwierdzeni\\p{L}*)',
    '(gdy|kiedy|jak) (tylko )?(dostanę|otrzymam|dostaniemy|otrzymamy) od (Pana|Pani|Państwa|ciebie|was)',
    'po (Pana|Pani|Państwa|twojej|twoim|waszej|waszym) (akceptacji|decyzji|zgodzie|potwierdzeniu|odpowiedzi|sygnale|wpłacie|uwagach|stronie)',
    'po otrzymaniu (od (Pana|Pani|Państwa|ciebie|was)|akceptacji|materiałów|tekstów|zdjęć|płatności|wpłaty|zaliczki|dostępów|potwierdzenia|zgody|zamówienia)',
    // "po akceptacji" is the reader's, unless someone else is named: "po akceptacji przez dział marketingu".
    're:po\\s+(?:akceptacji|zatwierdzeniu|opłaceniu|wpłacie\\s+zaliczki)(?!(?:\\s+[\\p{L}]+){0,2}\\s+przez)',
    'w razie (potrzeby|pytań|wątpliwości|czego|problemów|uwag)',
    'na (Pana|Pani|Państwa|twoją|waszą) (prośbę|życzenie)',
  ]),
  // Offers and joint plans that promise nothing alone; with a hedge ("może uda nam się spotkać") they count.
  tentative: all([
    '(mogę|możemy|mógłbym|mogłabym|moglibyśmy|mogłybyśmy|zdołam|zdołamy)',
    '(będę|będziemy) (mógł|mogła|mogli|mogły|w stanie)',
    '(chciał|chciała)bym',
    'chcielibyśmy',
    '(spotkamy|zdzwonimy|umówimy|zobaczymy) się',
    '(pogadamy|porozmawiamy)',
  ]),

  selfHedge,
  firmVerbs: FIRM_VERBS,
  promiseFrame: { i: 'obiecuję', we: 'obiecujemy' },
  // Removed in a rewrite, so each phrase takes its "że"/comma along ("Myślę, że zdążę" -> "Zdążę").
  softHedge: all([
    'może (nawet )?(wcześniej|szybciej)',
    '(mam|mamy) nadzieję,? że',
    '(myślę|myślimy|sądzę|sądzimy|przypuszczam|zakładam|zakładamy|liczę|liczymy|spodziewam się|spodziewamy się),? że',
    'wydaje (mi|nam) się,? że',
    '(możliwe|niewykluczone|prawdopodobne),? że',
    '(nie wiem|nie wiemy|nie jestem pewien|nie jestem pewna|nie jesteśmy pewni),? czy',
    'mam nadzieję',
    'mamy nadzieję',
    'chyba',
    'pewnie',
    'zapewne',
    'raczej',
    'prawdopodobnie',
    'najprawdopodobniej',
    'przypuszczalnie',
    'najpewniej',
    'być może',
    // "może to chwilę potrwać": before an infinitive "może" is the verb "may", and cut it leaves no verb (pool37).
    're:może(?!\\s+(?:Pan|Pani|Państwo|pan|pani|się|być|ty|on|ona|oni|one|klient)(?![\\p{L}]))(?!(?:\\s+\\p{L}+){0,2}\\s+\\p{L}+ć(?![\\p{L}]))',
    'oby',
    'teoretycznie',
    'w teorii',
    'w miarę możliwości',
    '(jeśli|jeżeli|jak|o ile) (mi |nam )?się uda',
    '(jeśli|jeżeli|o ile) (zdążę|zdążymy|dam radę|damy radę|starczy (mi |nam )?czasu|znajdę czas|znajdziemy czas)',
    '(jeśli|jeżeli|o ile) (wszystko )?pójdzie (dobrze|gładko|zgodnie z planem|po mojej myśli|po naszej myśli)',
    '(jeśli|jeżeli|o ile) nic (się )?nie (wydarzy|stanie|wysypie|posypie)',
    '(jeśli|jeżeli|o ile) nic nie stanie na przeszkodzie',
    '(jeśli|jeżeli|o ile) (mi |nam )?czas pozwoli',
    '(przy|z) odrobin(ie|ą) szczęścia',
    'trzymajcie kciuki',
  ]),
  deferral: all([
    // The mark ends at the word: a comma after the clause stays in the rewrite, where it closes the
    // date's apposition ("Do poniedziałku, 23 listopada, przejrzę"). A resumptive "to" goes with the clause.
    '(gdy|kiedy|jak) (tylko )?(znajdę|znajdziemy|będę mieć|będę miał|będę miała|będziemy mieć|będziemy mieli|będzie|się znajdzie|znajdzie się) (trochę |więcej |wolną |wolnego |chwilkę |)(chwil\\p{L}*|czas\\p{L}*|moment\\p{L}*|sekund\\p{L}*|wolne|okazj\\p{L}*|możliwość)(, to)?',
    '(gdy|kiedy|jak) (mi |nam )?czas (pozwoli|pozwala)(, to)?',
    '(gdy|kiedy|jak) (tylko )?(się )?(wyrobię|wyrobimy|wygrzebię|wygrzebiemy|nadrobię|nadrobimy)(, to)?',
    // "jak ogarnę bieżące zadania": the object goes with it, so a rewrite replaces all of it.
    're:(?:gdy|kiedy|jak)\\s+(?:tylko\\s+)?(?:ogarnę|ogarniemy|uporam\\s+się\\s+z|uporamy\\s+się\\s+z|skończę\\s+z|skończymy\\s+z|zamknę|zamkniemy|oddam|oddamy)(?:\\s+(?!(?:i|a|oraz|ale)\\s)[\\p{L}-]+){0,4}(?=\\s*[,.;!?…]|\\s*$)',
    '(gdy|kiedy|jak) (tylko )?(się )?(trochę )?(uspokoi|rozluźni|zrobi luźniej|zrobi się luźniej|ogarnę|ogarniemy|odetchnę|odetchniemy)',
    '(gdy|kiedy|jak) (będzie|zrobi się) (trochę )?(luźniej|spokojniej|mniej pracy|mniej roboty)',
    '(gdy|kiedy|jak) (sytuacja|wszystko) się (uspokoi|unormuje)',
    '(gdy|kiedy|jak) (zejdę|zejdziemy|uporam się|uporamy się|skończę|skończymy) z (innymi|bieżącymi|pozostałymi|pilniejszymi) \\p{L}*',
    'w wolnej chwili',
    'w wolniejszej chwili',
    'w wolnym czasie',
    // Only closing the clause: opening it, "przy okazji" is "by the way".
    're:przy\\s+okazji(?=\\s*(?:[.!…;]|$))',
    'kiedyś',
    'któregoś dnia',
    'pewnego dnia',
    'w którymś momencie',
    'w pewnym momencie',
    'prędzej czy później',
    'z czasem',
    'w późniejszym terminie',
    'na później',
    'w (bliżej )?nieokreślonej przyszłości',
    'w dalszej przyszłości',
  ]),
  // "Mam nadzieję, że się Panu spodoba": hopes about the reader or a third party, not about the writer's delivery.
  hedgeAboutOthers: all([
    '(mam|mamy) nadzieję,? że (u Pana|u Pani|u Państwa|u ciebie|u was|Pan|Pani|Państwo|Panu|Państwu|wszystko|się spodoba|spodoba|klient|dostawca|serwer|hosting|drukarnia|kurier)',
    '(myślę|myślimy|sądzę|sądzimy),? że (Pan|Pani|Państwo|Panu|Pani|Państwu|klient|dostawca|to|ten|ta|ten wariant|niebieski|wersja)',
  ]),

  vagueTiming: all([
    'wkrótce',
    'niedługo',
    'niebawem',
    'szybko',
    'zaraz',
    'za (chwilę|chwilkę|moment|momencik)',
    'w najbliższym czasie',
    'w najbliższych dniach',
    'w najbliższych tygodniach',
    'w nadchodzących dniach',
    'w najbliższej przyszłości',
    'w przyszłości',
    'na dniach',
    'lada (dzień|moment|chwila|chwilę)',
    'w (ciągu|przeciągu) (kilku|paru|najbliższych|następnych|kolejnych) (dni|godzin|tygodni)',
    'w (ciągu|przeciągu) (kilku|paru) (najbliższych|następnych|kolejnych) (dni|godzin|tygodni)',
    'za (kilka|parę) (dni|godzin|tygodni)',
    '(jak|możliwie) najszybciej',
    'jak najprędzej',
    'najszybciej,? jak (się da|to możliwe|to będzie możliwe|mogę|możemy|będę mógł|będę mogła|będziemy mogli|tylko mogę)',
    '(jak|tak) szybko,? jak (się da|to możliwe|mogę|możemy)',
    'asap',
    'a.s.a.p.',
    'przy (pierwszej|najbliższej) (okazji|sposobności)',
    '(nieco |trochę |troszkę )?później',
    'potem',
    'wtedy',
    'wówczas',
    'następnym razem',
    'na bieżąco',
    'regularnie',
    'co jakiś czas',
    // "when I'm back": the place goes with it, or the rewrite would leave "do poniedziałku z urlopu".
    'po (moim |naszym )?powrocie( (z urlopu|z wyjazdu|z delegacji|z podróży|do biura|do pracy))?',
    '(gdy|kiedy|jak) (tylko )?(wrócę|wrócimy)( (z urlopu|z wyjazdu|z delegacji|z podróży|do biura|do pracy))?',
    'po urlopie',
    // Triggered by a third party: "gdy tylko dostawca przywróci dostęp".
    're:(?:gdy|kiedy|jak)\\s+tylko(?:\\s+[\\p{L}-]+){1,6},?',
    '(gdy|kiedy|jak) (już )?(będzie|będą) (gotowe|gotowy|gotowa|gotowi|wiadomo|znane|jasne|coś wiadomo)',
    '(gdy|kiedy|jak) (tylko )?(będę|będziemy) (coś )?wiedzieć (więcej)?',
    'po (otrzymaniu|uzyskaniu) (odpowiedzi|informacji|danych) od',
  ]),

  excuse: {
    cause: all([
      // health
      '(był(em|am)|byliśmy|byłyśmy|jestem|jesteśmy) (chor(y|a|zy|e)|przeziębion\\p{L}*|na zwolnieniu|w szpitalu|u lekarza|niedysponowan\\p{L}*)',
      '(chorowa|zachorowa|rozchorowa)\\p{L}*',
      'chorob(a|y|ą|ie|ę)',
      '(grypa|grypę|grypy|grypą|gorączk\\p{L}*|przeziębieni\\p{L}*|covid\\p{L}*|migren\\p{L}*|angin\\p{L}*|zatruci\\p{L}*)',
      'przeziębi(łem|łam|liśmy|ł)',
      'L4',
      'zwolnieni(e|u) lekarski\\p{L}*',
      '(w szpitalu|do szpitala|do lekarza)',
      '(źle|kiepsko|słabo) się (czuł(em|am)|czuję|czuliśmy)',
      'nie czuł(em|am) się (dobrze|najlepiej)',
      '(dziecko|córka|syn|żona|mąż|mama|tata) (zachorował\\p{L}*|się rozchorował\\p{L}*|był\\p{L}* chor\\p{L}*|trafił\\p{L}* do szpitala)',
      // tools and outages
      '(padł|padła|padło|wysiadł|wysiadła|wysiadło|nawalił|nawaliła|nawaliło|zepsuł|zepsuła|zepsuło|spalił|spaliła|zawiesił|zawiesiła|umarł|umarła|nie działał|nie działała|nie działało|nie działa|przestał działać|przestała działać) (mi |nam )?(się )?(u nas |u mnie )?(laptop|komputer|dysk|serwer|internet|router|telefon|hosting|system|prąd|zasilacz|sprzęt|program|skrzynka|poczta|sieć|łącze)',
      '(laptop|komputer|dysk|serwer|internet|router|telefon|hosting|system|prąd|zasilacz|sprzęt|program|skrzynka|poczta|sieć|łącze|net) (mi |nam )?(padł|padła|padło|nie działał\\p{L}*|nie działa|przestał\\p{L}* działać|się zepsuł\\p{L}*|zepsuł\\p{L}* się|się zawiesił\\p{L}*|wysiadł\\p{L}*|nawalił\\p{L}*|odmówił\\p{L}* posłuszeństwa|się spalił\\p{L}*|leżał\\p{L}*)',
      'zepsut\\p{L}*',
      '(serwer|strona|hosting|internet|poczta|router|sieć|system|serwis|platforma|figma) ((\\p{L}+) ){0,2}(padał|padała|wysiadał|wysiadała|nie działał|nie działała|zawieszał się|zawieszała się|leżał|leżała|szwankował|szwankowała)',
      'awari(a|i|ę|ą)',
      '(nie (ma|mam|mamy|miał(em|am)|mieliśmy|miałyśmy|było|będzie)|brak|brakowało|zabrakło|bez|odcięli (mi|nam)|odcięto (mi|nam)?) (prądu|internetu|neta|zasięgu|dostępu|światła|sieci|łącza|komputera|laptopa)',
      '(przerw\\p{L}*|wyłączeni\\p{L}*) (w dostawie )?(prądu|internetu|dostępu)',
      'wyłączyli (prąd|internet|nam prąd|mi prąd)',
      '(problem\\p{L}*|kłopot\\p{L}*|trudnoś\\p{L}*) (techniczn\\p{L}*|zdrowotn\\p{L}*|ze zdrowiem|z (internetem|laptopem|komputerem|serwerem|łączem|siecią|hostingiem|dostępem|prądem|sprzętem|zasilaniem|pocztą|zdrowiem))',
      '(utraci|straci)(łem|łam|liśmy|łyśmy) (\\p{L}+ )?(pliki|dane|projekt|zmiany|pracę|dostęp)',
      'kopii zapasowej',
      'wirus\\p{L}*',
      // workload and busyness
      'urwani\\p{L}* głowy',
      '(młyn|kocioł|sajgon|zawalenie)',
      'zawal(on|en)\\p{L}*',
      'zasypan\\p{L}*',
      'zarobion\\p{L}*',
      'zabiegan\\p{L}*',
      'zagonion\\p{L}*',
      '(był(em|am)|byliśmy|byłyśmy|jestem|jesteśmy) (ostatnio )?(bardzo |strasznie |mocno |potwornie |okropnie |naprawdę |totalnie )?(zajęt\\p{L}*|przeciążon\\p{L}*|przepracowan\\p{L}*)',
      '(mnóstwo|dużo|sporo|masa|masę|masą|masy|nawał|nawale|natłok|natłoku|nadmiar|nadmiarze|zalew|lawin\\p{L}*) (pracy|roboty|zleceń|projektów|obowiązków|zadań|spraw|klientów|maili)',
      '(mnóstwo|dużo|sporo|masa|tyle) (na głowie|na biurku)',
      'inn(e|ych|ymi|ym|ego|emu|ej|a|ą|y) (projek|zlece|klien|termin|obowiąz|zada|prac)\\p{L}*',
      'po uszy',
      'pilniejsz\\p{L}* (spraw|projek|zlece|zada|temat)\\p{L}*',
      '(gorący|gorącym|intensywny|intensywnym|szalony|szalonym|ciężki|ciężkim|trudny|trudnym) (okres|okresie|tydzień|tygodniu|czas|czasie|miesiąc|miesiącu)',
      // people and circumstances
      '(z|ze) (powodów|przyczyn|względów) (rodzinnych|osobistych|zdrowotnych|technicznych|prywatnych|losowych)',
      '(spraw\\p{L}*|sytuacj\\p{L}*|okolicznoś\\p{L}*|problem\\p{L}*|obowiązk\\p{L}*|wydarzeni\\p{L}*|zdarzeni\\p{L}*) (rodzinn|osobist|prywatn|losow|zdrowotn)\\p{L}*',
      '(rodzinn|osobist|prywatn|losow)\\p{L}* (spraw|sytuacj|okolicznoś|problem|obowiązk|wydarzeni|zdarzeni|przyczyn|powod)\\p{L}*',
      'pogrzeb\\p{L}*',
      'wypad(ek|ku|kiem)',
      'zala(ło|ła|ł) (mi|nam)',
      'chor(e|ym|ą|ego) (dziecko|dzieckiem|dziecka|córk\\p{L}*|syn\\p{L}*|żon\\p{L}*|mam\\p{L}*|tat\\p{L}*|mąż|męża|mężem|rodzic\\p{L}*)',
      'opiek\\p{L}* nad (chor\\p{L}*|dzieckiem|dziećmi|mamą|tatą|rodzicami)',
      // Deflections onto a supplier or a tool.
      '(to )?(wina|winą|winy) (dostawc|hosting|drukarn|programist|podwykonawc|kurier|serwer|operator|bank|poczt|system|klient|agencj)\\p{L}*',
      'z winy \\p{L}+',
      'w rodzinie',
      '(nieprzewidzian|nieoczekiwan|niespodziewan)\\p{L}* (okolicznoś|sytuacj|problem|zdarzeni|wydarzeni|komplikacj|trudnoś|przeszkod)\\p{L}*',
      'sił\\p{L}* wyższ\\p{L}*',
      '(okoliczności|przyczyn|powodów) (niezależn|od nas niezależn|ode mnie niezależn)\\p{L}*',
      'niezależn\\p{L}* od (nas|mnie)',
      '(był(em|am)|byliśmy|byłyśmy|przebywał(em|am)|przebywaliśmy) (na urlopie|w delegacji|w podróży|poza biurem|za granicą|w rozjazdach|na wyjeździe|w trasie|na konferencji|na szkoleniu|na targach)',
      '(wyjazd|wyjeździe|delegacj\\p{L}*|podróż\\p{L}*|przeprowadzk\\p{L}*|remont\\p{L}*)',
      '(przeprowadza|przeprowadzi)(ł|ła|li|ły)\\p{L}* się',
      'rozładowa(ł|ła|ło)( mi| nam)? się',
      '(padła|padł|siadła|siadł|rozładowała|rozładował) (mi |nam )?(się )?(bateria|telefon|komórka|laptop)',
      // waiting on someone else
      '(nadal|wciąż|ciągle|cały czas|dalej|długo) czeka(m|my|łem|łam|liśmy|łyśmy)? na',
      'czeka(m|my|łem|łam|liśmy|łyśmy) na (dane|dostęp\\p{L}*|akceptacj\\p{L}*|odpowiedź|materiał\\p{L}*|tekst\\p{L}*|zdjęci\\p{L}*|informacj\\p{L}*|pliki|podwykonawc\\p{L}*|dostawc\\p{L}*|drukarni\\p{L}*|programist\\p{L}*|grafik\\p{L}*|klient\\p{L}*|kurier\\p{L}*|księgow\\p{L}*)',
      '(dostawca|drukarnia|hosting|podwykonawca|programista|grafik|kurier|bank|klient|księgowa|księgowy|kolega|koleżanka) (\\p{L}+ )?((długo|wciąż|nadal|ciągle|jeszcze|do tej pory|dalej) )?(zawiódł|zawiodła|nie dostarczył\\p{L}*|nie odpowiada|nie odpowiedział\\p{L}*|nie odpisał\\p{L}*|nie przesłał\\p{L}*|nie przysłał\\p{L}*|nie przysyłał\\p{L}*|nie udostępnił\\p{L}*|nie dał\\p{L}*|nie dawał\\p{L}*|nie zaakceptował\\p{L}*|nie potwierdził\\p{L}*|zawalił\\p{L}*|nie zdążył\\p{L}*|nie przywrócił\\p{L}*|nie (dowiózł|dowiozła|dowieźli|przywiózł|przywiozła|przywieźli)|się rozchorował\\p{L}*|zachorował\\p{L}*)',
      '(korki|korku|korkach|pociąg\\p{L}* (się )?spóźni\\p{L}*|odwołan\\p{L}* lot|lot (został )?odwołan\\p{L}*)',
    ]),
    standalone: all([
      'nie (miał(em|am)|mieliśmy|miałyśmy|było|znalazł(em|am)|znaleźliśmy|starczyło (mi |nam )?) (ani )?(czasu|chwili|kiedy|okazji|możliwości|sposobności|głowy)',
      '(brak|brakło|zabrakło|brakowało) (mi |nam )?(czasu|chwili)',
      'czas (mi |nam )?(uciekł|zleciał|przeleciał)',
      'zeszło (mi|nam) się',
      '(zakręcił(em|am) się|zakręciliśmy się|zakręciło (mi|nam) się)',
      'się (zakręcił|zakręciła|zakręcili|zakręciły)(em|am|śmy)?',
      'ręce (mi |nam )?(nie sięgnęły|nie doszły)',
      '(to |ta sprawa |to już )?nie zależy (to )?od (nas|mnie)',
      'nie (mam|mamy|mieliśmy|miałem|miałam) na to wpływu',
      'poza (moją|naszą) kontrolą',
      '(był(em|am)|byliśmy|byłyśmy) (ostatnio )?(bardzo |strasznie |mocno |potwornie |okropnie |naprawdę |totalnie |tak )?(zajęt\\p{L}*|zawalon\\p{L}*|zawalen\\p{L}*|zarobion\\p{L}*|zabiegan\\p{L}*|zagonion\\p{L}*)',
    ]),
    slip: all([
      // Any "didn't …" in the past is what slipped, once a cause or a "więc" stands beside it.
      'nie \\p{L}{2,}(łem|łam|łeś|łaś|ł|ła|li|ły|łyśmy|liśmy)',
      '(jeszcze|wciąż|nadal) nie',
      'dopiero (teraz|dziś|dzisiaj) (odpisuj\\p{L}*|odpowiadam|piszę|zobaczy\\p{L}*|siadam)',
      '(odpisuję|odpowiadam|piszę) dopiero (teraz|dziś|dzisiaj)',
      'przesun(ął|ęła|ęli|ęło|ięt\\p{L}*|ięci\\p{L}*)',
      'przesuwa się',
      'opóźnieni\\p{L}*',
      // Also a standalone excuse; as a slip it keeps "Przepraszam za opóźnienie" in the rewrite.
      'nie (miał(em|am)|mieliśmy|miałyśmy|było) (czasu|kiedy|okazji|możliwości)',
      'opóźni(ł|ła|ło|ły|li|a|ą|ć|my|)( się)?',
      'opóźni(łem|łam|liśmy|łyśmy)',
      'opóźnia(ją|my|m)?( się)?',
      'opóźnion\\p{L}*',
      // Own lateness only: "klient się spóźnia" is someone else's.
      '(spóźnieni|spóźnion)\\p{L}*',
      'spóźnia(m|my|łem|łam|liśmy) się',
      '(się )?spóźni(łem|łam|liśmy|łyśmy|ę|my)( się)?',
      'zwłok\\p{L}*',
      'obsuw\\p{L}*',
      'poślizg\\p{L}*',
      // Moving a date, not moving a button: "przesunę logo w prawo" is a plain promise.
      '(przesun|przesuw|przełoż|przekład)\\p{L}* (się )?(termin\\p{L}*|oddani\\p{L}*|wdrożeni\\p{L}*|start\\p{L}*|premier\\p{L}*|publikacj\\p{L}*|spotkani\\p{L}*|rozmow\\p{L}*|deadline\\p{L}*|dostaw\\p{L}*|realizacj\\p{L}*|uruchomieni\\p{L}*)',
      '(termin|oddanie|wdrożenie|start|premiera|publikacja|spotkanie|rozmowa|deadline|dostawa|realizacja|uruchomienie) (się )?(\\p{L}+ )?(przesun|przesuw|przełoż|przekład)\\p{L}*',
      'nie (zdążył\\p{L}*|zdążę|zdążymy|zdążyć)',
      'nie (zmieścił|zmieściła|zmieścili|zmieściły)\\p{L}* się w (terminie|czasie|terminach|harmonogramie)',
      'nie (dał(em|am)|daliśmy|dałyśmy|dam|damy) rady',
      'nie (udało|uda) (mi|nam) się',
      // Past stems cover every person and gender: "nie wysłał" + em/am/iśmy ("wysłaliśmy" through the loosened ł).
      'nie (wysłał|przesłał|podesłał|dokończył|skończył|zakończył|odpisał|odpowiedział|oddzwonił|zadzwonił|zrobił|przygotował|poprawił|naprawił|sprawdził|dostarczył|wgrał|wdrożył|uruchomił|zaktualizował|dotrzymał|odezwał|oddał|wystawił|przejrzał|zajrzał|pokazał|napisał|wprowadził|skontaktował|wrócił|opublikował|zrealizował|wykonał|złożył|wyszł|dotarł|doszł|poszł)\\p{L}*',
      'nie (zaj|zamkn|usun|podj)(ął|ęł|ęl)\\p{L}*',
      '(był|była|było|były|jest|są) (przez \\p{L}+ )?niedostępn\\p{L}*',
      // "Miałem wysłać projekt wczoraj, ale …": what was due, then the turn.
      're:(?:(?:obiecał|planował|zakładał|zamierzał)[\\p{L}]*|miał[\\p{L}]*(?:\\s+(?:to|go|je|ją|Panu|Pani|Państwu|ci|wam|już)){0,2}\\s+[\\p{L}]+[ćc](?![\\p{L}]))(?:\\s+[\\p{L}\\d.:]+){0,8},?\\s+ale(?![\\p{L}])',
      'nie (mogł(em|am)|mogliśmy|mogłyśmy|mogę|możemy|byłem w stanie|byłam w stanie|byliśmy w stanie)',
      'nie (będzie|będą) (jeszcze )?gotow\\p{L}*',
      'nie (jest|są|został\\p{L}*) (jeszcze )?(gotow|skończon|zrobion|uruchomion|wdrożon|wysłan|opublikowan|poprawion|naprawion)\\p{L}*',
      '(jeszcze|nadal|wciąż) nie (jest|są|ma|mam|mamy|działa|działają|wysłał\\p{L}*|skończył\\p{L}*)',
      '(jeszcze|nadal|wciąż) nie (gotow|skończon|zrobion|wdrożon|naprawion|poprawion)\\p{L}*',
      '(potrwa|zajmie) (to )?(trochę |nieco |jeszcze |znacznie )?(dłużej|więcej czasu)',
      '(potrzebuję|potrzebujemy|muszę|musimy) (jeszcze )?(więcej czasu|dodatkowego czasu|(kilku|paru|dwóch|trzech) (dodatkowych )?dni|dodatkowych dni|dzień lub dwa)',
      'później,? niż (planował\\p{L}*|zakładał\\p{L}*|obiecał\\p{L}*|ustalił\\p{L}*|było ustalone)',
      'z opóźnieniem',
      // A late reply: "przepraszam, że tak późno", "odpisuję dopiero teraz".
      '(tak|bardzo) późno',
      'dopiero (teraz|dziś|dzisiaj)',
      '(trochę|nieco|ciut|odrobinę|troszkę) później',
      'po terminie',
      'przekrocz\\p{L}* (termin|terminu)',
      'nie dotrzyma\\p{L}*',
      'przegapi\\p{L}*',
      'milczeni\\p{L}*',
      // Going quiet on the reader: "zniknęłam na kilka dni".
      '(zniknąłem|zniknęłam|zniknęliśmy|zniknęłyśmy|przepadłem|przepadłam|przepadliśmy)',
      'zapomniał(em|am|iśmy|yśmy)',
      'brak (odpowiedzi|odzewu|kontaktu|reakcji) z (mojej|naszej) strony',
      're:(?<=(?:stąd|dlatego|więc|przez\\s+to)\\s+)brak\\s+(?:odpowiedzi|odzewu|kontaktu|reakcji)',
      '(długą|długa|długiej) (ciszę|cisza|ciszy)',
      'cisz(ę|a|y) z (mojej|naszej) strony',
      'długo (się )?nie (odpisywał|odpowiadał|odzywał)\\p{L}*',
      'dawno (się )?nie (odzywał|odpisywał|pisał)\\p{L}*',
    ]),
    link: all([
      'bo',
      'ponieważ',
      'gdyż',
      'albowiem',
      're:przez(?!\\s+(?:co|to|cały|całą|całe|caly|cala|cale|ostatni|ostatnie|ostatnią|kilka|parę|dwa|dwie|trzy|tydzień|weekend|chwilę|moment|telefon|e-?mail|maila|\\d))',
      'przez to',
      'z powodu',
      'z uwagi na',
      'ze względu na',
      'w związku z',
      'z racji',
      'dlatego',
      'więc',
      'stąd',
      'toteż',
      'z tego powodu',
      'w efekcie',
      'w rezultacie',
      'przez co',
      'dlatego też',
    ]),
    // Not "przez": "przez co"/"przez to" introduce the consequence and would match it as a prefix;
    // what follows a causal "przez" is a noun phrase, dropped anyway as a cause.
    reasonLinks: ['bo', 'ponieważ', 'poniewaz', 'gdyż', 'gdyz', 'albowiem', 'z powodu', 'z uwagi', 'ze względu', 'ze wzgledu', 'w związku', 'w zwiazku', 'z racji'],
    apology: all([
      'przepraszam',
      'przepraszamy',
      'przeprosiny',
      'przepraszając',
      'wybacz\\p{L}*',
      'proszę o wybaczenie',
      'przykro (mi|nam)',
      'żałuję',
      'żałujemy',
      'sorry',
      'sorki',
      'sory',
      'wstyd mi',
    ]),
    notExcuse: all([
      'przykro (mi|nam) (to )?(słyszeć|czytać|przeczytać|usłyszeć)',
      'przykro (mi|nam),? że (Pan|Pani|Państwo|pan|pani|ty|wy)',
      'przykro (mi|nam) z powodu (Pana|Pani|Państwa|twoj|wasz)\\p{L}*',
      'współczuj\\p{L}*',
      'wyrazy współczucia',
      '(dużo|wiele) zdrowia',
      'powrotu do zdrowia',
      'wracaj\\p{L}* do zdrowia',
      'zdrowiej\\p{L}*',
      '(mój|nasz) błąd',
      '(moja|nasza) wina',
      '(moje|nasze) (niedopatrzenie|przeoczenie|zaniedbanie)',
      'biorę (to )?na siebie',
      'bierzemy (to )?na siebie',
      '(biorę|bierzemy) (pełną )?odpowiedzialność',
      'źle (oszacował|zaplanował|policzył|ocenił|wycenił|zrozumiał)\\p{L}*',
      '(nie )?doszacował\\p{L}*',
      'niedoszacował\\p{L}*',
      // Owning a lapse, when it opens the sentence or follows the apology and no "bo" follows; after
      // a reason ("mam tyle na głowie, że zapomniałem") the lapse is what the excuse explains.
      're:(?<=^\\s*|(?:przepraszam|przepraszamy|sorry|wybacz|wybaczcie)[,!]?\\s+|(?:po prostu|niestety)\\s+)(?:zapomniał|przeoczył)(?:em|am|iśmy|yśmy)(?![^.!?]*(?<![\\p{L}])(?:bo|ponieważ|gdyż)(?![\\p{L}]))',
      'pomylił(em|am) się',
      'pomyliliśmy się',
      'zawalił(em|am|iśmy|yśmy)',
      '(jest|był|była|są|byli|będzie) (Pan|Pani|Państwo|pan|pani) (chor|zajęt|zawalon|na urlopie)\\p{L}*',
      '(Pan|Pani|Państwo|pan|pani) (jest|był|była|są|byli|będzie) (chor|zajęt|zawalon|na urlopie)\\p{L}*',
      '(jesteś|byłeś|byłaś|jesteście|byliście) (chor|zajęt|zawalon)\\p{L}*',
      '(wiem|rozumiem),? że (jest |ma |są |mają )?(Pan|Pani|Państwo|pan|pani|jesteś|jesteście|masz|macie)',
    ]),
    decline: all([
      'nie (dam rady|damy rady|będę mógł|będę mogła|będziemy mogli|będziemy mogły|mogę|możemy|zdołam|zdołamy|uda mi się|uda nam się|zdążę|zdążymy) (się )?(zdzwonić|spotkać|spotykać|przyjść|przychodzić|przyjechać|przyjeżdżać|dołączyć|być|uczestniczyć|wziąć udział\\p{L}*|pojawić się|wpaść|porozmawiać|rozmawiać|połączyć się|odebrać|odbierać|zjawić się|dzwonić)',
      'nie (zdążę|zdążymy|dotrę|dotrzemy|dojadę|dojedziemy) na (spotkanie|rozmowę|call|prezentację|zebranie|spotkaniu)',
      'nie (będę|będziemy) (dostępn|osiągaln|obecn)\\p{L}*',
      '(zdzwonić|spotkać|przyjść|przyjechać|dołączyć|porozmawiać|wpaść) (się )?nie (dam rady|damy rady|uda|będę mógł|będę mogła|mogę|możemy|zdołam|zdążę)',
      '(cały|całe|całą) (dzień|popołudnie|przedpołudnie|tydzień|rano|poniedziałek|wtorek|środę|czwartek|piątek) (mam|mamy|będę mieć|będę miał|będę miała) (spotkani\\p{L}*|zajęt\\p{L}*|szkoleni\\p{L}*|warsztat\\p{L}*)',
      '(mam|mamy|będę mieć|będę miał|będę miała) (cały dzień |całe popołudnie |)(spotkania|spotkanie|szkolenie|warsztaty) (cały dzień|całe popołudnie)',
      '(cały|całe) (dzień|popołudnie|tydzień) (jestem|będę|jesteśmy|będziemy) (zajęt\\p{L}*|na spotkaniach|poza biurem|w rozjazdach|w podróży)',
      'mam (już )?(inne )?(plany|zobowiązania)',
      '(kalendarz|grafik) (mam )?(jest )?(pełny|zapchany|zajęty)',
      '(termin|godzina|ten termin|ta godzina) (mi |nam )?nie (pasuje|odpowiada)',
      'nie (pasuje|odpowiada) (mi|nam) (ten |ta )?(termin|godzina|dzień)',
    ]),
  },

  // 1st person plural: pronouns, and verbs in -my/-śmy (a few frequent nouns end the same way).
  overPromise: {
    availability: all([
      '(jestem|jesteśmy|będę|będziemy)? (zawsze|stale|ciągle|cały czas|non stop|nonstop|całą dobę) (online|dostępn\\p{L}*|pod telefonem|na łączach|osiągaln\\p{L}*|pod ręką)',
      '24/7',
      '24h na dobę',
      '24 godziny na dobę',
      '(7|siedem) dni w tygodniu',
      'całodobowo',
      'przez całą dobę',
      'w dzień i w nocy',
      'dniem i nocą',
      'o każdej porze (dnia i nocy|dnia|doby)',
      '(również|także|nawet) w (weekendy|nocy) (odpowiad\\p{L}*|jestem|jesteśmy|dostępn\\p{L}*|pracuj\\p{L}*)',
      '(zawsze|natychmiast|błyskawicznie) odpowiad\\p{L}*',
      'odpowiad\\p{L}* (błyskawicznie|natychmiast)',
      'odpowiad\\p{L}* (zawsze )?(w ciągu|w|po) (kilku |paru |5 |10 |15 |pięciu |dziesięciu )?(minut|minuty|sekund)',
      'nigdy nie (jestem|jesteśmy|bywam|bywamy|wyłączam|wyłączamy) (offline|niedostępn\\p{L}*|telefonu)',
      '(także|również|nawet) (w nocy|w weekendy|w niedziele|w święta|o północy)',
      'o każdej porze',
      'niezależnie od (pory|godziny)',
      '(odbieram\\p{L}*|odbieramy) (telefon )?zawsze',
      'zawsze (jestem|jesteśmy) (przy kompie|przy komputerze|pod telefonem|pod ręką)',
    ]),
    speed: all([
      '(każda|każdą|każde|każdy|wszystkie|dowolna|dowolną) (poprawk\\p{L}*|zmian\\p{L}*|korekt\\p{L}*|fix\\p{L}*) … (zajmuje|zajmie|zajmują|zrobię|robię|zrobimy|robimy|wprowadzam|wprowadzamy) (mi |nam )?(to )?(w )?(5|pięć|kilka|parę|dwie|10|dziesięć) (minut|sekund)',
      '(zrobię|zrobimy|przerobię|przerobimy|postawię|postawimy|napiszę|napiszemy) (cał\\p{L}*|całość) … w (godzinę|jeden wieczór|wieczór|pół godziny|dwie godziny)',
      'zawsze (tego samego dnia|w ciągu godziny|w godzinę)',
      '(każdą|każda|każde|wszystkie) (zmian\\p{L}*|poprawk\\p{L}*) … (w kilka minut|w 5 minut|od ręki)',
      '(zrobię|zrobimy) (Panu |Pani |ci |wam )?(całą|cały) … w godzinę',
    ]),
    quality: all([
      'gwarantuj\\p{L}*,? … (brak błędów|bez błędów|bez bugów|100%)',
      '(w 100%|stuprocentowo|całkowicie) bez (błędów|bugów)',
      '(nic|strona) (nigdy )?(się )?nie (zepsuje|padnie|wysypie)',
      '(w 100%|stuprocentowo) bezpieczn\\p{L}*',
      'nikt (się )?nigdy (do nich )?nie włamie',
    ]),
    deadline: all([
      '(nigdy|ani razu) nie (spóźni\\p{L}*|przekrocz\\p{L}*|zawal\\p{L}*|zawiodł\\p{L}*) (termin\\p{L}*|deadline\\p{L}*|klient\\p{L}*)',
      'zawsze … (na czas|w terminie|terminowo)',
    ]),
    recurrence: all([
      '(to )?(się )?(już )?(więcej|nigdy więcej) (się )?nie powtórzy',
      'nie powtórzy się',
      'nigdy więcej (się )?(to )?nie powtórzy',
      '(już )?nigdy (się )?nie pojawi',
    ]),
    revisions: all([
      'nieograniczon\\p{L}* (liczb\\p{L}* )?(poprawek|poprawki|zmian)',
      'nielimitowan\\p{L}* (poprawk\\p{L}*|zmian\\p{L}*)',
      'dowoln\\p{L}* (liczb\\p{L}*|ilość|ilości) poprawek',
      'aż (będzie|będziesz|będą|będziecie) (Pan |Pani |Państwo )?(w 100% |całkowicie |w pełni |w stu procentach )?zadowol\\p{L}*',
      'poprawki do skutku',
    ]),
    outcome: all([
      'gwarantuj\\p{L}*,? … (pierwsz\\p{L}* (miejsc\\p{L}*|stron\\p{L}*)|top\\p{L}*|wynik\\p{L}*|sukces\\p{L}*|wzrost\\p{L}*)',
      'gwarancj\\p{L}* … (pierwszej strony|pierwszego miejsca|topu|top 3|top 10)',
      '(pierwsz\\p{L}* (miejsc\\p{L}*|stron\\p{L}*)|top 3|top 10) … (w|na) google',
      '(pierwszej trójce|pierwsza trójka|top 3|top 10|pierwszej stronie) … google',
      '(pozycja|miejsce) w top (3|10) (jest )?gwarantowan\\p{L}*',
    ]),
    notOverPromise: all([
      'tym razem',
      'wyjątkowo',
      'w razie potrzeby',
      'jeśli (trzeba|będzie trzeba|będzie potrzeba|to pilne)',
      'nie (mogę|możemy) (zagwarantować|obiecać)',
      'zwrot pieniędzy',
      '(hosting\\p{L}*|dostawc\\p{L}*|monitoring\\p{L}*|automatyczn\\p{L}*|dyżur\\p{L}*|dział wsparcia|zespół wsparcia)',
      'nie obiecuj\\p{L}*',
      '(o ile|jeśli|jeżeli) (nic|wszystko)',
    ]),
  },

  we: all([
    'my',
    'nas',
    'nam',
    'nami',
    'nasz\\p{L}*',
    're:(?!(?:problemy|systemy|programy|reklamy|ramy|bramy|plamy|kremy|rymy|dymy|tematy|formy|firmy|normy)(?![\\p{L}]))[\\p{L}]+(?:emy|imy|ymy|amy|śmy)',
  ]),

  // Salutations that open a message ("Hi Anna,"): a rewrite of the first sentence keeps them.
  greeting: ['dzień dobry', 'dzien dobry', 'cześć', 'czesc', 'witam', 'witaj', 'hej', 'szanown\\p{L}*', 'drog\\p{L}*'],

  messages: {
    excuse: 'Wymówka: klient słyszy powód, a nie plan. Przyznaj się do opóźnienia i podaj nowy termin — powód rzadko pomaga.',
    'vague-promise':
      'Mglista obietnica: „postaram się”, „mam nadzieję”, „jak znajdę chwilę” brzmią tak, jakby mogło się nie udać. Napisz, co zrobisz i kiedy.',
    'missing-date': 'Obietnica bez terminu: klient nie zaplanuje niczego wokół „wkrótce”. Podaj dzień.',
    'over-promise': 'Obietnica nie do utrzymania: klient będzie na nią liczył. Obiecuj tempo, które utrzymasz co tydzień.',
  },

  rewrite: {
    weekdays: {
      plain: ['niedziela', 'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota'],
      // "do" takes the genitive: do poniedziałku, do środy.
      by: ['niedzieli', 'poniedziałku', 'wtorku', 'środy', 'czwartku', 'piątku', 'soboty'],
      // "na" of a deadline takes the accusative: na środę, na piątek.
      to: ['niedzielę', 'poniedziałek', 'wtorek', 'środę', 'czwartek', 'piątek', 'sobotę'],
    },
    // After a day number the month is genitive whatever the frame: 23 listopada.
    months: {
      plain: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
      by: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
      to: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
    },
    frames: { plain: '{weekday}, {day} {month}', by: 'do {weekday}, {day} {month}', to: 'na {weekday}, {day} {month}' },
    miss: { i: 'Nie zdążę {old:to}. Nowy termin: {new:plain}.', we: 'Nie zdążymy {old:to}. Nowy termin: {new:plain}.' },
    owned: { i: 'Przepraszam za opóźnienie. Nowy termin: {new:plain}.', we: 'Przepraszamy za opóźnienie. Nowy termin: {new:plain}.' },
    newDate: ' Nowy termin: {new:plain}.',
  },
});
