import { loosenLetters } from './loosen';
import type { Lexicon, Replacement } from './types';

/**
 * Many writers type Latvian without diacritics ("atsutisu", "kavesanos", "drizuma"). Every phrase
 * below is written once with its diacritics and loosened here so that each long vowel or softened
 * consonant also matches its plain letter.
 */
const PLAIN: Record<string, string> = { ā: 'a', ē: 'e', ī: 'i', ū: 'u', č: 'c', š: 's', ž: 'z', ģ: 'g', ķ: 'k', ļ: 'l', ņ: 'n' };

const loose = (phrase: string) => loosenLetters(phrase, PLAIN);

const loosen = (phrases: readonly string[]) => phrases.map(loose);

/**
 * Verbs a freelancer commits with, as infinitives. The future stem is the infinitive without -t
 * (-ties for reflexives); verbs in -st/-zt insert -ī- or change the stem, so theirs is given.
 * Used to turn "centīšos atsūtīt" into "atsūtīšu" and "man vajadzētu paspēt" into "paspēšu".
 */
const VERBS: readonly (string | readonly [infinitive: string, futureStem: string])[] = [
  'sūtīt', 'nosūtīt', 'atsūtīt', 'pārsūtīt', 'aizsūtīt', 'izsūtīt',
  'sagatavot', 'pabeigt', 'paspēt', 'labot', 'salabot', 'pārbaudīt', 'notestēt', 'pārskatīt', 'izskatīt',
  'atzvanīt', 'piezvanīt', 'atbildēt', 'uzrakstīt', 'parakstīt', 'piegādāt', 'augšupielādēt', 'ielādēt',
  ['palaist', 'palaidī'], 'atjaunināt', 'atjaunot', 'parādīt', 'nodot', 'iesniegt', 'izveidot', 'izstrādāt',
  ['ieviest', 'ieviesī'], 'uzstādīt', 'noformēt', 'pielāgot', 'papildināt', 'precizēt', 'saskaņot', 'izrakstīt',
  'pievienot', 'ielikt', 'nomainīt', 'izmainīt', 'paziņot', 'informēt', 'atrisināt', ['novērst', 'novērsī'],
  'sakārtot', 'iedot', 'atdot', 'pateikt', 'uzzināt', 'noskaidrot', 'izpētīt', 'uztaisīt', 'sataisīt', 'izdarīt',
  'ieplānot', 'nokārtot', 'izpildīt', 'pārtulkot', 'publicēt', 'nopublicēt', 'aizpildīt', 'ievietot', 'sagādāt',
  ['atrast', 'atradī'], 'izlabot', 'veikt', 'sākt', 'turpināt', 'pārrunāt', ['apspriest', 'apspriedī'], 'izrēķināt', 'aprēķināt',
  'sazināties', ['atgriezties', 'atgriezī'], 'apskatīties', 'sazvanīties',
  'uzlabot', 'pārtaisīt', 'uzzīmēt',
];

interface VerbForms {
  infinitive: string;
  conditional: string;
  futureI: string;
  futureWe: string;
  /** "atsūtīs", "sazināsies": what a colleague will do. */
  futureThird: string;
}

function verbForms(entry: (typeof VERBS)[number]): VerbForms {
  const [infinitive, given] = typeof entry === 'string' ? [entry, undefined] : entry;
  const reflexive = infinitive.endsWith('ties');
  const stem = given ?? (reflexive ? infinitive.slice(0, -4) : infinitive.slice(0, -1));
  return {
    infinitive,
    conditional: reflexive ? `${infinitive.slice(0, -4)}tos` : `${infinitive}u`,
    futureI: stem + (reflexive ? 'šos' : 'šu'),
    futureWe: stem + (reflexive ? 'simies' : 'sim'),
    futureThird: stem + (reflexive ? 'sies' : 's'),
  };
}

const FORMS = VERBS.map(verbForms);

/**
 * Someone on the writer's side acting for the reader: "Mūsu dizainers atsūtīs maketu", "Dizainers
 * atsūtīs maketu". A bare noun counts only where a clause starts: Latvian puts a genitive owner in
 * front ("Klienta grāmatvede sagatavos aktu", "Jūsu jurists atsūtīs"), and those are not the writer's side.
 */
const COLLEAGUE_STEM =
  '(kolēģ\\p{L}*|programmētāj\\p{L}*|izstrādātāj\\p{L}*|dizainer\\p{L}*|projekt\\p{L}* vadītāj\\p{L}*|vadītāj\\p{L}*|grāmatved\\p{L}*|komand\\p{L}*|speciālist\\p{L}*|menedžer\\p{L}*|testētāj\\p{L}*|jurist\\p{L}*|fotogrāf\\p{L}*|tulk\\p{L}*|redaktor\\p{L}*|asistent\\p{L}*|maketētāj\\p{L}*|tekstu autor\\p{L}*)';
const COLLEAGUE_NOMINATIVE =
  '(kolēģis|kolēģe|programmētājs|programmētāja|izstrādātājs|izstrādātāja|dizainers|dizainere|(projekta|projektu) vadītājs|(projekta|projektu) vadītāja|grāmatvedis|grāmatvede|komanda|speciālists|speciāliste|menedžeris|menedžere|testētājs|testētāja|jurists|juriste|fotogrāfs|fotogrāfe|tulks|tulkotājs|tulkotāja|redaktors|redaktore|asistents|asistente|maketētājs|maketētāja|tekstu autors|tekstu autore)';
const COLLEAGUE_VERB = `(${[...FORMS.map((v) => v.futureThird), 'palīdzēs', 'ieskatīsies', 'pieslēgs', 'pasūtīs', 'izdomās', 'pārcels', 'uzņems'].join('|')})`;
const COLLEAGUE_OWNED = `(mūsu|mans|mana) (\\p{L}+ )?${COLLEAGUE_STEM} …${COLLEAGUE_VERB}`;
const COLLEAGUE_BARE = `(?<=^\\s{0,3}|(?<![\\p{L}])(?:un|bet|tad|arī|jo|ka|lai)\\s+|,\\s+)${COLLEAGUE_NOMINATIVE} …${COLLEAGUE_VERB}`;

// Trying, hoping or "should" in front of an infinitive. The firm form is the verb's own future.
// Present "cenšos" is a hedge on the job at hand, but "vienmēr cenšamies" describes a habit.
const HABIT = '(?<!(?:vienmēr|parasti|allaž|bieži)\\s)';
// The conditional "pacentītos" is the same in every person; "mēs" in front makes it plural.
const TRY_I = `(centīšos|pacentīšos|censšos|mēģināšu|pamēģināšu|ceru|(?<!mēs\\s)(pa)?centītos|${HABIT}cenšos|${HABIT}mēģinu)`;
const TRY_WE = `(centīsimies|pacentīsimies|mēģināsim|pamēģināsim|ceram|mēs (pa)?centītos|${HABIT}cenšamies|${HABIT}mēģinām)`;
const BEST_I = '(darīšu|izdarīšu) (visu iespējamo|visu, kas (ir )?manos spēkos|visu, ko varēšu|visu, ko varu),? lai';
const BEST_WE = '(darīsim|izdarīsim) (visu iespējamo|visu, kas (ir )?mūsu spēkos|visu, ko varēsim|visu, ko varam),? lai';

// An infinitive within the next few words ("to atsūtīt", "līdz piektdienai pabeigt"); "rīt" and
// "tūlīt" end in -t but are adverbs.
const NOT_AN_ADVERB = '(?!(?:rīt|parīt|tūlīt|it)(?![\\p{L}]))';
const INFINITIVE_AHEAD = `(?=(?:\\s+[\\p{L}\\p{N}.:,]+){0,3}?\\s+${NOT_AN_ADVERB}\\p{L}+(?:t|ties)(?![\\p{L}]))`;
// After a bare hedge: no "again" and no infinitive later in its clause (see the 'izdarīšu to' pairs).
const NOT_AGAIN_OR_VERB = `(?!\\s+(?:vēlreiz|velreiz|vēl\\s+reiz|vel\\s+reiz|atkal)(?![\\p{L}]))(?![^,.;:!?–—]*\\s${NOT_AN_ADVERB}\\p{L}{3,}(?:t|ties)(?![\\p{L}]))`;

// One pattern per verb and person: each self hedge is its own regex, so fewer is cheaper per sentence.
const VERB_HEDGES: Replacement[] = FORMS.flatMap((v) => [
  [`(${TRY_I} ${v.infinitive}|${BEST_I} ${v.conditional})`, v.futureI],
  [`(${TRY_WE} ${v.infinitive}|${BEST_WE} ${v.conditional})`, v.futureWe],
] as Replacement[]);

/**
 * First-person future: -šu / -šos (I), -sim / -simies (we), for any verb, so an unlisted verb is
 * still a commitment. Negated futures are slips ("nepaspēšu"), "būšu" states where the writer
 * will be, and some nouns, adjectives and present participles share the ending (mēnešu, tiešu,
 * "atbilstošu", "strādājošu").
 */
const NOT_FUTURE =
  '(?!(?:ne|būš|būs)|\\p{L}*(?:jo|sto)(?:šu|šos)(?![\\p{L}])|(?:esošu|esošos|vadošu|vadošos|nākošu|nākošos|atbilstošu|atbilstošos|topošu|drošu|drošos|gaišu|gaišos|pastāvošu|augošu|pieaugošu|krītošu|valdošu|braucošu|degošu|pašu|pašos|sešu|sešos|mēnešu|mēnešos|adrešu|klašu|kāršu|kāršos|viešu|tiešu|tiešos|svešu|svešos|plašu|plašos|redzēšu|redzēsim|gaidīšu|gaidīsim|priecāšos|priecāsimies|tiksimies|atpūtīšos|atbrīvošos|atbrīvosimies)(?![\\p{L}]))';
const FUTURE_1ST = `re:${NOT_FUTURE}\\p{L}{2,}(?:šu|šos|sim|simies)`;
// The same typed without diacritics: a future stem ends in a, e, i, o (or -g/-k: "pabeigsu"), and the
// everyday words with those endings are excluded ("visu", "esu", "procesu", "haosu").
const FUTURE_1ST_PLAIN =
  're:(?!(?:ne|bus)|(?:visu|visos|esu|jusu|musu|pusu|procesu|progresu|kongresu|masu|kompromisu|haosu|kosmosu|stresu|ekspresu|pasu|pasos|sesu|sesos|tiesu|tiesos|redzesu|redzesim|gaidisu|gaidisim|priecasos|tiksimies)(?![\\p{L}]))\\p{L}{2,}[aeiogk](?:su|sos|sim|simies)';

// A builder, not a value: the phrase lists are expanded when the language is first analysed, not
// when the mail page loads the script (all five at load were ~50 ms of one task).
export const lv = (): Lexicon => ({
  lang: 'lv',

  commitment: [
    FUTURE_1ST,
    FUTURE_1ST_PLAIN,
    ...loosen([
      // Planning and promising with an infinitive: "plānoju nosūtīt", "apņemamies pabeigt".
      're:(?:plānoju|plānojam|gatavojos|gatavojamies|taisos|taisāmies|apņemos|apņemamies|apsolu|apsolām|solu|solām)(?=\\s+(?:to\\s+|jums\\s+|tev\\s+)?\\p{L}+(?:t|ties)(?![\\p{L}]))',
      // Handing it to a colleague: "esmu palūdzis Jāni jums atzvanīt".
      '(esmu|esam) (pa)?(lūdzis|lūgusi|lūguši|lūgušas) …(atzvanīt|atbildēt|atsūtīt|nosūtīt|sazināties|piezvanīt|sagatavot|pārbaudīt|izlabot)',
      '(ķeros|ķeramies|ņemos|ņemamies) (pie|klāt)',
      // Promised from the reader's side or in the passive: "piedāvājumu saņemsiet", "rēķins tiks nosūtīts".
      '(saņemsiet|saņemsi|dabūsiet)',
      're:tiks\\s+\\p{L}{3,}t(?:s|a|i|as)(?![\\p{L}])',
      // A colleague acting for the writer: "mūsu programmētājs jums atzvanīs".
      COLLEAGUE_OWNED,
      COLLEAGUE_BARE,
      // The deliverable as subject: "Dizains būs gatavs drīzumā", "lapa būs pabeigta".
      '(būs|būšu|būsim) (jau )?(gatav\\p{L}*|pabeigt\\p{L}*|izdarīt\\p{L}*|sagatavot\\p{L}*|nosūtīt\\p{L}*|izlabot\\p{L}*|palaist\\p{L}*|ievietot\\p{L}*|augšupielādēt\\p{L}*|atjaunināt\\p{L}*|publicēt\\p{L}*)',
    ]),
  ],
  notCommitment: loosen([
    // Where the writer will be, how they will feel, and returning to the office are not deliverables.
    '(atgriezīšos|atgriezīsimies) (birojā|darbā|no atvaļinājuma|no komandējuma|mājās|rīgā|latvijā)',
    '(strādāšu|strādāsim) (no mājām|attālināti)',
    '(došos|dosimies) (atvaļinājumā|komandējumā|prom|mājās)',
    '(atcerēšos|atcerēsimies|ilgošos)',
    // An offer of help, not a deliverable: "Labprāt palīdzēšu".
    '(labprāt|ar prieku|vienmēr) (palīdzēšu|palīdzēsim)',
    // Readiness in a condition or an indirect question promises nothing: "Ja makets būs gatavs, dodiet ziņu".
    '(ja|kad|vai|tiklīdz|kolīdz) ((\\p{L}+) ){0,2}(būs)',
  ]),
  recipientTrigger: loosen([
    // Formal/plural imperatives and futures of the reader ("atsūtiet", "kad atsūtīsiet"); the
    // apologies and fillers in -iet are not requests.
    're:(?!(?:atvainojiet|piedodiet|ziniet|redziet|saprotiet|iedomājieties|ņemiet vērā|saņemsiet|dabūsiet|redzēsiet|(?:aiz|pie|no|at|ie|iz|pār|uz|ap|sa|pa)iet)(?![\\p{L}]))\\p{L}{3,}(?:iet|ieties)',
    // Informal singular imperatives are too short to find by ending: the ones a client hears.
    '(atsūti|nosūti|aizsūti|pārsūti|iesūti|uzraksti|raksti|pasaki|saki|apstiprini|paziņo|dod ziņu|padod ziņu|dari zināmu|iedod|izvēlies|pārbaudi|apskaties|apmaksā|piezvani)',
    '(dodiet|padodiet|dariet) (ziņu|zināmu)',
    'kad (jūs|jums|tu|tev)',
  ]),
  recipientCondition: loosen([
    'ja (jūs|jums|jūsu|tu|tev|tavs|tava|tavā|jūsuprāt|tas der|der|tas jums der|piekrītat|piekrīti|vēlaties|vēlies|gribat|gribi|vajag|vajadzēs|nepieciešams|būs nepieciešams|ir nepieciešams|viss ir kārtībā|viss kārtībā|tas ir pieņemami|nav iebildumu|ir jautājumi|rodas jautājumi|būs jautājumi|apstiprināsiet|apstiprināt|akceptējat|piekritīsiet)',
    '(tiklīdz|kolīdz|līdzko|kad) (jūs|tu|saņemšu (no jums|jūsu|tavu|tavus)|saņemsim (no jums|jūsu|tavu|tavus)|būsiet|būsi|apstiprināsiet|atsūtīsiet|atbildēsiet)',
    // The condition's subject first: "Ja cena jums der", "ja šis termiņš jums ir pieņemams".
    'ja (\\p{L}+ ){1,2}((jums|tev) )?(der|derēs|patīk|patiks|piemērots|piemērota|ir pieņemam\\p{L}*|ir piemērot\\p{L}*|ir ok|ir labi|ir kārtībā|ir apstiprināt\\p{L}*|ir saskaņot\\p{L}*)',
    'pēc (jūsu|tava|tavas|tavu) (apstiprinājuma|atbildes|piekrišanas|akcepta|apmaksas|komentāriem|labojumiem|atsauksmes|ziņas)',
    '(pēc|saņemot) (jūsu|tavu) (apstiprinājumu|atbildi|piekrišanu|apmaksu|komentārus)',
    // Approval and payment are the reader's to give even when the sentence does not say "you".
    'ja (tiks|būs) (apstiprināt|akceptēt|saskaņot|pieņemt|apmaksāt)\\p{L}*',
    'pēc (apstiprinājuma|saskaņošanas|apmaksas|avansa|priekšapmaksas|rēķina apmaksas)',
    'saņemot (apmaksu|avansu|priekšapmaksu|apstiprinājumu)',
  ]),
  tentative: loosen(['(es |mēs )?(varu|varam|varētu|varētum|varētām|varēšu|varēsim)', '(es |mēs )?(gribētu|vēlētos|gribētum|gribētām)']),

  selfHedge: [
    ...VERB_HEDGES.map(([phrase, firm]) => [loose(phrase), firm] as Replacement),
    // Predictive "should" about the writer's own pace; "man vajadzētu atbildēt" (ought to) is not a forecast.
    [loose('man vajadzētu paspēt'), 'paspēšu'],
    // The conditional wishes, it does not promise; only with "paspēt": "gribētu pajautāt" is a polite request.
    [loose('mēs (gribētu|vēlētos) paspēt'), 'paspēsim'],
    [loose('(es )?(gribētu|gribētos|vēlētos) paspēt'), 'paspēšu'],
    [loose('man vajadzētu pabeigt'), 'pabeigšu'],
    [loose('mums vajadzētu paspēt'), 'paspēsim'],
    [loose('mums vajadzētu pabeigt'), 'pabeigsim'],
    // No known verb after the hedge: "apsolu" ("I promise") keeps a later infinitive grammatical
    // ("Mēģināšu līdz piektdienai pabeigt"); with no infinitive at all the firm form is "I'll do it".
    [loose(`re:(?:centīšos|pacentīšos|censšos|mēģināšu|pamēģināšu|(?<!mēs\\s)(?:pa)?centītos|${HABIT}cenšos|${HABIT}mēģinu)${INFINITIVE_AHEAD}`), 'apsolu'],
    [loose(`re:(?:centīsimies|pacentīsimies|mēģināsim|pamēģināsim|mēs\\s+(?:pa)?centītos|${HABIT}cenšamies|${HABIT}mēģinām)${INFINITIVE_AHEAD}`), 'apsolām'],
    // Not on trying again ("mēģināšu vēlreiz pēc pusdienām": "izdarīšu to vēlreiz" says it was done
    // before) nor where an infinitive the lookahead missed follows in the clause ("centīšos pēc iespējas
    // ātrāk to sakārtot" became "Izdarīšu to …, to sakārtot"): editors passed 11 of 54 such rewrites.
    [loose(`re:(?:centīšos|pacentīšos|censšos|mēģināšu|pamēģināšu|(?<!mēs\\s)(?:pa)?centītos)${NOT_AGAIN_OR_VERB}`), 'izdarīšu to'],
    [loose(`re:(?:centīsimies|pacentīsimies|mēģināsim|pamēģināsim|mēs\\s+(?:pa)?centītos)${NOT_AGAIN_OR_VERB}`), 'izdarīsim to'],
    [loose('(centīšos|pacentīšos|censšos|mēģināšu|pamēģināšu|(?<!mēs\\s)(pa)?centītos)'), '='],
    [loose('(centīsimies|pacentīsimies|mēģināsim|pamēģināsim|mēs (pa)?centītos)'), '='],
    // "ceru drīz saņemt jūsu atbildi" hopes about the reader, not about the writer's delivery.
    [loose(`re:ceru(?!\\s+(?:\\p{L}+\\s+)?(?:saņemt|dzirdēt|redzēt|sadarboties|tikties|satikties|sazvanīties)(?![\\p{L}]))${INFINITIVE_AHEAD}`), 'apsolu'],
    [loose(`re:ceram(?!\\s+(?:\\p{L}+\\s+)?(?:saņemt|dzirdēt|redzēt|sadarboties|tikties|satikties|sazvanīties)(?![\\p{L}]))${INFINITIVE_AHEAD}`), 'apsolām'],
    [loose('(darīšu|izdarīšu),? (ko|cik) (varēšu|varu|spēšu)'), 'izdarīšu to'],
    [loose('(darīsim|izdarīsim),? (ko|cik) (varēsim|varam|spēsim)'), 'izdarīsim to'],
    // "Paskatīšos, ko var izdarīt" promises to look, not to do.
    [loose('(paskatīšos|apskatīšos),? (ko|kā|ar ko|vai) (var|varu|varēšu|iespējams|izdosies) (izdarīt|darīt|palīdzēt)'), 'izdarīšu to'],
    [loose('(paskatīsimies|apskatīsimies),? (ko|kā|ar ko|vai) (var|varam|varēsim|iespējams|izdosies) (izdarīt|darīt|palīdzēt)'), 'izdarīsim to'],
    [loose(BEST_I), '='],
    [loose(BEST_WE), '='],
    // A colleague's hedge is the writer's side's: "Dizainers centīsies atsūtīt maketu" -> "Dizainers apsola atsūtīt".
    [loose(`re:(?<=${COLLEAGUE_NOMINATIVE}\\s+)(?:centīsies|pacentīsies|mēģinās|pamēģinās)${INFINITIVE_AHEAD}`), 'apsola'],
    [loose(`re:(?<=${COLLEAGUE_NOMINATIVE}\\s+)(?:centīsies|pacentīsies|mēģinās|pamēģinās)`), '='],
  ],
  softHedge: loosen([
    // "ceru, ka" goes as a whole: dropping only "ceru" would leave a dangling "ka".
    '(es )?(ceru|ceram|domāju|domājam|pieļauju|pieļaujam|ticu|ticam|šķiet|man šķiet|mums šķiet|cerams),? ka',
    'ceru',
    'ceram',
    'cerams',
    // "prasa vairāk laika, nekā domāju" is "than I thought": no hedge to cut (pool37 cut it to "nekā jo").
    're:(?<!(?:nekā|neka|kā|ka)\\s+)dom[āa]ju',
    'domājam',
    // "tuvāk laikam" is "closer to the time", no hedge (pool39).
    're:(?<!tuv[āa]k\\s+)laikam',
    'droši vien',
    'visticamāk',
    '(varētu|var) būt,? ka',
    'var gadīties,? ka',
    'diez vai',
    'ja laiks (atļaus|ļaus)',
    'ļoti iespējams',
    'iespējams',
    // "janvāra vidū, varbūt ātrāk": the hedge takes its comparative with it, or "…, ātrāk" is left (pool14).
    'varbūt (pat )?(ātrāk|agrāk|drīzāk)',
    'varbūt',
    'gan jau',
    'nezinu,? vai',
    'nezinām,? vai',
    'neesmu (pārliecināts|pārliecināta|drošs|droša),? (vai|ka)',
    'nevaru (to )?(apsolīt|garantēt|solīt),? (bet|taču)',
    'ja (viss|viss būs|viss ies) (labi|kārtībā|pēc plāna)',
    'ja nekas (nemainīsies|neaizkavēs|netraucēs|neizjuks|neaizķersies|negadīsies)',
    'ja (izdosies|sanāks|paveiksies|paspēšu|paspēsim|būs laiks|man būs laiks|mums būs laiks)',
    'ar nelielu veiksmi',
    'teorētiski',
  ]),
  deferral: loosen([
    'kad (man |mums )?(būs|atradīsies|radīsies|parādīsies|sanāks) (kāds |kāda )?(brīvs |brīva |brīvāks )?(brīdis|brīdītis|minūte|minūtīte|laiks|laiciņš|iespēja|mirklis|vairāk laika)',
    'kad (es )?(atbrīvošos|atbrīvosimies|tikšu galā|tiksim galā|tikšu pie tā|tiksim pie tā|būšu mazāk aizņemts|būšu mazāk aizņemta|būsim mazāk aizņemti)',
    'kad rokas (tiks|nonāks) (klāt|līdz)',
    '(kādā )?brīvā(jā)? brīdī',
    'kaut kad( vēlāk| nākotnē)?',
    'kādreiz( vēlāk| nākotnē)?',
    '(agrāk|agri) vai (vēlāk|vēlu)',
    'ar laiku',
    'kādu dienu',
    'vienu dienu',
    'kad pienāks laiks',
    'kad sanāks',
    '(kad|tiklīdz) būs mazāk (darba|darbu|steigas)',
    'kad būs pa rokai',
  ]),
  // Hopes whose subject is someone else: "ceru, ka klients apstiprinās", "cerams, hostings…".
  hedgeAboutOthers: loosen([
    '(ceru|ceram|cerams|domāju|domājam|laikam|droši vien|visticamāk|iespējams),? (ka )?(viņ\\p{L}*|klient\\p{L}*|hosting\\p{L}*|server\\p{L}*|bank\\p{L}*|grāmatved\\p{L}*|kolēģ\\p{L}*|partner\\p{L}*|piegādātāj\\p{L}*|dizainer\\p{L}*|programmētāj\\p{L}*|vadītāj\\p{L}*|direktor\\p{L}*|tas|tā|tie|tās|jūs|jums|tev|tu|jūsu|tavs|tava|visi|viss)',
  ]),

  vagueTiming: loosen([
    'drīzumā',
    'drīz',
    'pavisam drīz',
    'tuvākajā laikā',
    'tuvākajās dienās',
    'tuvāko dienu laikā',
    'tuvākajā nākotnē',
    'nākamajās dienās',
    'šajās dienās',
    '(kādā|vienā) no (tuvākajām|nākamajām) dienām',
    '(pāris|dažu|dažās|pārdesmit) (dienu|stundu|nedēļu) laikā',
    '(pāris|dažās) (dienās|stundās|nedēļās)',
    'pēc (pāris|dažām|dažiem) (dienām|stundām|nedēļām|mirkļiem)',
    'pēc iespējas (ātrāk|drīzāk|ātri)',
    'cik (vien )?(ātri|drīz) (vien )?(varēšu|varēsim|iespējams|sanāks)',
    '(tiklīdz|kolīdz|līdzko) (varēšu|varēsim|būs iespēja|būs iespējams|iespējams)',
    // "tiklīdz hostings atjaunos piekļuvi": the clause after it is the (third-party) trigger.
    're:(?:tiklīdz|kolīdz|līdzko|kā tikai)(?:\\s+[\\p{L}-]+){1,6}',
    'pirmajā iespējā',
    'pie pirmās iespējas',
    // "vēlāk", but not the deadline "ne vēlāk kā piektdien".
    're:(?<!ne\\s)(?:mazliet |nedaudz |drusku |pavisam )?vēlāk(?!\\s+(?:kā|par)(?![\\p{L}]))',
    'pēcāk',
    'pēc tam',
    'kad būs gatavs',
    'kad būs gatava',
    'kad būs skaidrs',
    'kad (uzzināšu|uzzināsim) vairāk',
    'kad (atgriezīšos|atgriezīsimies|būšu atpakaļ|būsim atpakaļ)',
    'pēc (atgriešanās|atvaļinājuma|komandējuma|svētkiem|brīvdienām)',
    'kad (varēšu|varēsim)',
    '(nākamreiz|nākamajā reizē)',
    'nākotnē',
    'regulāri',
    'laiku pa laikam',
  ]),

  excuse: {
    cause: loosen([
      // broken tools and outages
      '(salūza|salūzis|salūzusi|sabojājās|sabojājies|sabojājusies|nobruka|nobrucis|uzkārās|uzkāries|avarēja|izdega|nomira|nosprāga|izslēdzās)',
      '(dators|datoram|klēpjdators|klēpjdatoram|portatīvais|serveris|serverim|hostings|hostingam|internets|tīkls|telefons|disks|cietais disks|printeris|programma|sistēma|pasts|e-pasts|mājaslapa|vietne|wifi|wi-fi) (nedarbojas|nedarbojās|nestrādā|nestrādāja|nav pieejams|nebija pieejams|bija nepieejams|ir nepieejams|gļukoja|gļuko|karājās|pazuda|atslēdzās|uzkārās|nobruka|salūza|sabojājās|avarēja|bija atslēgts|bija atslēgta)',
      '(elektrība|strāva|gaisma|savienojums|internets) ((pastāvīgi|atkal|visu laiku|bieži|mums|man) ){0,2}(pazuda|atslēdzās|nebija|bija atslēgta|bija atslēgts|nedarbojās|raustījās)',
      '(elektrības|strāvas|interneta) (atslēgšan\\p{L}*|atslēgum\\p{L}*|trūkum\\p{L}*)',
      'avārij\\p{L}*',
      '(izlādējās|izlādējies|izlādējusies)',
      // Moving house: "pārcēlos uz citu pilsētu", "pārvākšanās dēļ".
      '(pārcēlos|pārcēlāmies|pārvācos|pārvācāmies|pārvākšan\\p{L}*|pārvākš\\p{L}*)',
      '(nebija|nav|pazuda|pazudis|atslēdza|atslēgts|atslēgta|bez) (interneta|internets|elektrības|elektrība|strāvas|strāva|gaismas|savienojuma|sakaru|sakari|datora|klēpjdatora|piekļuves)',
      '(interneta|elektrības|strāvas|tīkla|servera|hostinga) (padeves )?(pārtraukum\\p{L}*|pārrāvum\\p{L}*|traucējum\\p{L}*|problēm\\p{L}*|kļūm\\p{L}*|atslēgum\\p{L}*|avārij\\p{L}*)',
      '(tehnisk\\p{L}*|datora|servera|hostinga) (iemesl\\p{L}*|problēm\\p{L}*|kļūm\\p{L}*|ķibel\\p{L}*|traucējum\\p{L}*|aizķeršan\\p{L}*)',
      'vīrus\\p{L}*',
      '(problēm|kļūm|ķibel|grūtīb|sarežģījum|traucējum)\\p{L}* ar (internet|dator|klēpjdator|server|hosting|telefon|elektrīb|savienojum|programm|sistēm|tīkl|pastu|e-pastu|veselīb|mugur|zob)\\p{L}*',
      '(pazaudēju|pazaudējām|pazuda|izdzēsās) (visi |visus |daļu |daļa )?(faili|failus|failu|dati|datus|darbs|darbu|izmaiņas)',
      // health
      '(slims|slima|slimi|slimas|saslimu|saslimis|saslimusi|saslimām|saslima|slimoju|slimojām|slimoja|slimīb\\p{L}*|slimošan\\p{L}*|saaukstēj\\p{L}*|saindēj\\p{L}*|slim(u|o|ai|am|iem) (dēl|meit|bērn|mamm|māt|tēt|tēv|vīr|siev|vecāk|vecmāmiņ|vectēv)\\p{L}*)',
      '(temperatūra|temperatūru|gripa|gripā|gripu|angīn\\p{L}*|migrēn\\p{L}*|covid\\p{L}*|vīrusā)',
      '(pie ārsta|pie zobārsta|slimnīcā|slimnīcu|slimības lapā|darba nespēj\\p{L}*)',
      '(nejutos|nejūtos|jutos slikti|jūtos slikti|jutos nelabi)',
      // workload
      '(ļoti |ārkārtīgi |tik |pārāk |šausmīgi )?(daudz|daudz) (darba|darbu|projektu|pasūtījumu|uzdevumu|klientu|steidzamu)',
      'cit\\p{L}* (projekt\\p{L}*|klient\\p{L}*|pasūtījum\\p{L}*|termiņ\\p{L}*|darb\\p{L}*)',
      '(aizņemts|aizņemta|aizņemti|aizņemtas|noslogots|noslogota|noslogoti|pārslogots|pārslogota|pārslogoti|aizrauts|iegrimis|iegrimusi|iegrimuši)',
      '(trak|smag|grūt|intensīv)\\p{L}* (nedēļ|dien|mēnes|mēneš|period|laik)\\p{L}*',
      'saspringt\\p{L}*',
      '(sakrājās|sakrājušies|uzkrājās) (darbi|darbs|uzdevumi|pasūtījumi)',
      'steidzam\\p{L}* (pasūtījum|projekt|darb|uzdevum|klient)\\p{L}*',
      '(iestrēdz|iestrēg|iesprūd|iesprūst)\\p{L}*',
      // Having to be elsewhere: "man bija jābrauc pie vecākiem", "nācās steidzami aizbraukt".
      '(man|mums) (bija|nācās) (steidzami )?(jā\\p{L}+|braukt|doties|aizbraukt|palikt)',
      'nācās (steidzami )?(braukt|doties|aizbraukt|palikt|pārtraukt)',
      '(darbu|darba) kaln\\p{L}*',
      // family, circumstances, travel
      '(ģimenes|personisk\\p{L}*|privāt\\p{L}*|neparedzēt\\p{L}*|neparedzam\\p{L}*|objektīv\\p{L}*|ārkārtas) (apstākļ\\p{L}*|iemesl\\p{L}*|situācij\\p{L}*|sarežģījum\\p{L}*|problēm\\p{L}*|grūtīb\\p{L}*|lietu dēļ)',
      'ģimenes dēļ',
      '(nepārvaram\\p{L}* var\\p{L}*|force majeure|forsmažor\\p{L}*)',
      '(bērns|meita|dēls|bērni|mamma|tētis|sieva|vīrs) (saslima|slimo|ir slims|ir slima|bija slims|bija slima|slimnīcā)',
      '(komandējumā|komandējums|izbraukumā|ceļā|ceļojumā|lidojums (tika )?(atcelts|aizkavējās))',
      '(biju|bijām) (konferencē|izstādē|seminārā|apmācībās|filmēšanā|forumā)',
      // redoing lost work
      '(nācās|vajadzēja|bija jā\\p{L}*) …(taisīt|darīt|sākt|pārtaisīt|rakstīt|zīmēt) no jauna',
      '(nācās|vajadzēja) (visu )?(pārtaisīt|atjaunot|pārinstalēt)',
      // other people holding the writer up
      '(gaidu|gaidām|gaidīju|gaidījām|joprojām gaidu|vēl gaidu|vēl gaidām) (atbildi|piekļuvi|datus|apstiprinājumu|informāciju|materiālus|failus|tekstus|no)',
      '(klients|hostinga uzņēmums|hostings|(pakalpojumu )?sniedzējs|apakšuzņēmējs|izpildītājs|banka|kurjers|pasts|grāmatvede|grāmatvedis|kolēģis|kolēģe|partneris|piegādātājs|tipogrāfija|programmētājs|dizainers|dizainere) ((tā arī|joprojām|vēl|tomēr) )?(nav|nebija|neatsūtīja|neatbildēja|neatveda|nepiegādāja|nedeva|kavē|kavēja|aizkavēja|aizkavējās|kavējas|nokavēja)',
    ]),
    standalone: loosen([
      // Lack of time offered as the reason, without naming a cause.
      '(nebija|nav bijis|nav bijusi|neatradās|nesanāca|neradās) (ne |neviena |nevienas )?(brīva |brīvas )?(laika|laiks|iespējas|iespēja|brīža|brīdis|minūtes)',
      '(neatradu|neatradām|nespēju atrast) laiku',
      '(netiku|netikām) (līdz tam|pie tā|klāt)',
      'rokas (nenonāca|netika|nesniedzās) (līdz|klāt)',
      'laiks (aizskrēja|paskrēja|aizslīdēja)',
      '(no manis|no mums) neatkarīg\\p{L}*',
      '(nav|nebija) atkarīg\\p{L}* no (manis|mums)',
      'ārpus (manas|mūsu) kontroles',
      'nav (manās|mūsu) rokās',
    ]),
    slip: loosen([
      // Any "didn't …" in the past is what slipped, once a cause or a "tāpēc" stands beside it.
      'ne\\p{L}{3,}(ju|jām|jāt|jos|jāmies)',
      '(vēl|joprojām) ne',
      'tikai (tagad|šodien) (atbildu|rakstu|ieraudzīju|tieku)',
      '(atbildu|rakstu) tikai (tagad|šodien)',
      '(aiz)?kavēšan\\p{L}*',
      '(aiz)?kavēj\\p{L}*',
      '(aiz)?kavēsies',
      'aizkavē\\p{L}*',
      'nokavē\\p{L}*',
      'novēlot\\p{L}*',
      'nepaspē\\p{L}*',
      'nepaguv\\p{L}*',
      'neizdevās',
      'neizdosies',
      'nesanāca',
      '(nevarēju|nevarējām|nevarēšu|nevarēsim|nespēju|nespējām|nespēšu|nespēsim)',
      // Pushed back: "sākšu tikai nākammēnes", "atsūtīsim tikai pēc svētkiem".
      're:\\p{L}{2,}(?:šu|sim|su)\\s+(?:to\\s+|jums\\s+)?tikai(?![\\p{L}])',
      // Negated past or future of the verbs of delivery: "nenosūtīju", "nepabeidzu", "neatbildēšu".
      `re:ne(?:${FORMS.map((v) => loose(v.infinitive.replace(/(?:ties|t)$/u, '').replace(/[gkszd]$/u, ''))).filter((s) => s.length >= 4).join('|')})\\p{L}*`,
      're:ne(?:esmu|esam|biju|bijām|bijam)(?:\\s+(?:vēl|vel|vēl nemaz|vel nemaz|nemaz|diemžēl|diemzel))?\\s+\\p{L}+(?:is|usi|uši|ušas)(?![\\p{L}])',
      '(vēl|joprojām|aizvien) (nav|nebūs) (gatav\\p{L}*|pabeigt\\p{L}*|nosūtīt\\p{L}*|izdarīt\\p{L}*|izlabot\\p{L}*)',
      '(nav|nebūs|nebija) (gatav|palaist|publicēt|nopublicēt|nosūtīt|pabeigt|izlabot|ielikt|augšupielādēt|atjaunināt)\\p{L}*',
      // Passive "was not / has not been done": "netika publicēts", "vēl nav nosūtīta".
      're:(?:netika|netiks|netiek|nav\\s+(?:vēl|vel|joprojām|joprojam)|vēl\\s+nav|vel\\s+nav)\\s+\\p{L}{3,}(?:ts|ta|ti|tas)(?![\\p{L}])',
      'pārcel\\p{L}*',
      'pārcēl\\p{L}*',
      '(atlikt|atliku|atlikām|atlikšu|atliksim|atlikts|atlikta)',
      'klusēšan\\p{L}*',
      // Going quiet on the reader: "es pazudu uz pāris dienām".
      '(pazudu|pazudām|nozudu|nozudām)',
      'klusum\\p{L}*',
      'ilgi neatbildēju',
      'ilgāk,? (nekā|kā) (plānots|plānoju|plānojām|solīts|solīju|solījām|gaidīts|paredzēts)',
      '(vajag|vajadzēs|nepieciešams|nepieciešamas|nepieciešamās|būs vajadzīgs|būs vajadzīgas) (vēl |vairāk |papildu )?(laiks|laika|dienas|dienu|pāris dienas|dažas dienas|nedēļa|nedēļu)',
      'termiņ\\p{L}* (netika ievērot\\p{L}*|neizturēj\\p{L}*|nokavēt\\p{L}*)',
      '(neiekļāvos|neiekļāvāmies|neiekļaujos|neiekļaujamies|neiekļausimies|neiekļaušos) (termiņā|termiņos|laikā|grafikā|budžetā)',
      '(kļūdain\\p{L}*|nepareiz\\p{L}*)',
    ]),
    link: loosen([
      'tāpēc',
      'tāpēc ka',
      'tādēļ',
      'tādēļ ka',
      'jo',
      'dēļ',
      'tā kā',
      'sakarā ar',
      'saistībā ar',
      'līdz ar to',
      'tā rezultātā',
      'rezultātā',
      'tādējādi',
      'tāpat kā',
      '(šī|tā) iemesla dēļ',
      'tieši tāpēc',
      'tātad',
      'un līdz ar to',
    ]),
    // "dēļ" follows its reason ("slimības dēļ"), so it is not listed: the piece before it holds the cause.
    reasonLinks: ['jo', 'tā kā', 'ta ka', 'tāpēc ka', 'tapec ka', 'tādēļ ka', 'tadel ka', 'sakarā', 'sakara', 'saistībā', 'saistiba'],
    apology: loosen([
      'atvainoj\\p{L}*',
      // Mixed-language mail: "sorry par kavēšanos".
      '(sorry|sori|sorrij)',
      'atvaino',
      'piedodiet',
      'piedod',
      'lūdzu piedošanu',
      'piedošanu',
      'man (ļoti )?žēl',
      'žēl, ka',
    ]),
    notExcuse: loosen([
      // sympathy
      'žēl (dzirdēt|to dzirdēt|uzzināt|lasīt)',
      '(ļoti )?žēl, ka (jūs|tu|esat|esi|jums|tev|jūsu|tavs|tava|tavu|tavā)',
      '(jūtu|izjūtu|jūtam) līdzi',
      'līdzjūtīb\\p{L}*',
      '(ātru )?(izveseļošanos|atveseļošanos)',
      '(veseļojieties|veseļojies|izveseļojieties|atveseļojieties)',
      '(jūs|tu) (esat|esi|bijāt|biji) (slim\\p{L}*|saslim\\p{L}*|aizņemt\\p{L}*|noslogot\\p{L}*)',
      '(esat|esi) (saslimis|saslimusi|saslimuši|slims|slima|aizņemts|aizņemta)',
      // owning it
      '(tā ir |tas ir )?(mana|mūsu) (kļūda|vaina|neuzmanība|nolaidība|nevērība|pārraudzība)',
      '(es )?(nepareizi|kļūdaini|par zemu|pārāk optimistiski) (novērtēju|novērtējām|aprēķināju|aprēķinājām|ieplānoju|ieplānojām|sapratu|sapratām)',
      '(es |mēs )?(aizmirsu|aizmirsām|palaidu garām|palaidām garām|pārpratu|pārpratām|sajaucu|sajaucām)',
      '(uzņemos|uzņemamies) (pilnu )?atbildību',
      'vainīgs esmu es',
      'vainīga esmu es',
      // out of office: where the writer is, not why something slipped
      '(esmu|būšu|atrodos|būsim) (atvaļinājumā|prom no biroja|ārpus biroja)',
      'steidzam\\p{L}* (jautājum\\p{L}*|gadījum\\p{L}*)',
    ]),
    decline: loosen([
      '(sazvanīties|satikties|tikties|ierasties|pievienoties|piedalīties|atnākt|atbraukt|pieslēgties|aprunāties) (nesanāks|neizdosies|nevarēšu|nevarēsim|nebūs iespējams|nebūs iespējas)',
      '(nesanāks|neizdosies|nevarēšu|nevarēsim|nebūs iespējams) (sazvanīties|satikties|tikties|ierasties|pievienoties|piedalīties|atnākt|atbraukt|pieslēgties|aprunāties|būt klāt)',
      'visu dienu (esmu |būšu |būsim |esam )?(sapulcēs|sapulcē|tikšanās|aizņemts|aizņemta|aizņemti|prom|ceļā|braucienā|komandējumā)',
      '(rīt|šodien|otrdien|pirmdien|trešdien|ceturtdien|piektdien) (esmu|būšu) (aizņemts|aizņemta|sapulcēs)',
      '(mans|mana) (kalendārs|grafiks|diena) (ir )?(pilns|pilna|aizņemts|aizņemta)',
    ]),
  },

  overPromise: {
    availability: loosen([
      '(esmu|esam|būšu|būsim)? (vienmēr|pastāvīgi|visu laiku|nepārtraukti|visu diennakti) (tiešsaistē|online|pieejam\\p{L}*|sasniedzam\\p{L}*|uz vietas|sazināmi|sazināms|pie telefona)',
      '24/7',
      '24 stundas (diennaktī|dienā)',
      'visu diennakti',
      'cauru diennakti',
      '(7|septiņas) dienas nedēļā',
      'dien(ā|u) un nakt(ī|i)',
      'jebkurā (diennakts laikā|dienas vai nakts laikā)',
      '(arī|pat) (brīvdienās|nedēļas nogalēs|naktīs) (atbild\\p{L}*|esmu|esam|pieejam\\p{L}*|strādāju|strādājam)',
      'atbild\\p{L}* (uzreiz|acumirklī|zibenīgi),? (arī|pat) (brīvdienās|naktīs)',
      '(vienmēr|uzreiz|acumirklī|zibenīgi) atbild\\p{L}*',
      'atbild\\p{L}* (vienmēr )?(dažu|pāris|5|10|15|piecu|desmit) (minūšu|sekunžu) laikā',
      'nekad neesmu (bezsaistē|nepieejam\\p{L}*)',
      '(arī|pat) (naktī|naktīs|brīvdienās|svētkos|svētku dienās|pusnaktī)',
      'jebkurā (laikā|brīdī),? (arī|pat) (naktī|brīvdienās)',
    ]),
    speed: loosen([
      '(jebkur\\p{L}*|katr\\p{L}*|visas|visus) (labojum\\p{L}*|izmaiņ\\p{L}*|korekcij\\p{L}*) … (aizņem|aizņems|izdarīšu|izdaru|izdarām|izdarīsim|ieviešu|ieviešam) … (pāris|piecās|5|10|dažās|desmit) (minūtēs|minūtes|sekundēs)',
      '(pārtaisīšu|pārtaisīsim|uztaisīšu|uztaisīsim|izveidošu|izveidosim|uzrakstīšu|uzrakstīsim) (vis\\p{L}*|vesel\\p{L}*) … (stundā|stundas laikā|vienā vakarā|pusstundā)',
      'vienmēr (tajā pašā dienā|stundas laikā)',
    ]),
    quality: loosen([
      'garantēj\\p{L}*,? … (bez kļūdām|bez bugiem|kļūdu neesamību|100%)',
      '(100%|simtprocentīg\\p{L}*) bez (kļūdām|bugiem)',
      '(nekas|lapa|vietne) (nekad )?ne(salūzīs|nokritīs|uzkārsies)',
    ]),
    deadline: loosen([
      '(nekad|ne reizi) (neesmu|neesam) (nokavēj\\p{L}*|kavēj\\p{L}*|pievīl\\p{L}*)',
      'nekad nenokavē\\p{L}*',
      'vienmēr (laikā|termiņā|savlaicīgi)',
    ]),
    recurrence: loosen([
      '(tas|tā|tāds|tāda) (vairs )?(nekad )?neatkārtosies',
      'vairs neatkārtosies',
      '(tas|tāds|tā) (vairs )?nekad neatkārtosies',
      'nekad vairs neatkārtosies',
    ]),
    revisions: loosen([
      'neierobežot\\p{L}* (skait\\p{L}* )?(labojum\\p{L}*|izmaiņ\\p{L}*)',
      'bezlimita labojum\\p{L}*',
      'cik (vien )?(gribat|vēlaties|gribi) labojum\\p{L}*',
      'līdz (jūs )?(būsiet|būsi) (100% |pilnībā |pilnīgi |absolūti )?apmierināt\\p{L}*',
      'cik vien (gribat|vēlaties|vajag|vajadzēs)',
      'bez ierobežojumiem',
    ]),
    outcome: loosen([
      'garantēj\\p{L}*,? … (pirm\\p{L}* (vietu|lapu|vietā|lapā)|top\\p{L}*|rezultāt\\p{L}*|pieaugum\\p{L}*)',
      '(pirm\\p{L}* (vietā|lapā)|top\\p{L}*) … google',
      '(pirmajā lapā|top 3|top 10|pirmajā vietā) … google',
    ]),
    notOverPromise: loosen([
      'šoreiz',
      'izņēmuma kārtā',
      'ja (vajadzēs|vajag|būs nepieciešams|būs vajadzīgs|ir steidzami)',
      'nevar(u|am) (garantēt|apsolīt|solīt)',
      'naudas atmaks\\p{L}*',
      '(hostinga|hostings|pakalpojumu sniedzēj\\p{L}*|uzraudzīb\\p{L}*|monitoring\\p{L}*|automātisk\\p{L}*|dežūr\\p{L}*|atbalsta komanda|atbalsta dienests)',
      'nesolu',
      'ja (nekas|viss) ne',
    ]),
  },

  we: loosen(['mēs', 'mums', 'mūs', 'mūsu', 're:\\p{L}+(?:sim|simies|amies)']),

  // Salutations that open a message ("Hi Anna,"): a rewrite of the first sentence keeps them.
  greeting: ['sveiki', 'sveiks', 'sveika', 'labdien', 'labrīt', 'labvakar', 'čau', 'cienījam\\p{L}*', 'dārg\\p{L}*'],

  messages: {
    excuse:
      'Attaisnojums: klients dzird iemeslu, nevis plānu. Atzīstiet kavēšanos un nosauciet jauno termiņu — iemesls reti palīdz.',
    'vague-promise':
      'Nenoteikts solījums: “centīšos”, “ceru”, “kad būs brīdis” liek domāt, ka jūs to varat arī neizdarīt. Pasakiet, ko izdarīsiet un kad.',
    'missing-date': 'Solījums bez datuma: ar “drīzumā” klients neko nevar ieplānot. Nosauciet dienu.',
    'over-promise': 'Solījums, ko nenoturēt: klients uz to paļausies. Soliet tempu, ko noturat katru nedēļu.',
  },

  rewrite: {
    weekdays: {
      plain: ['svētdiena', 'pirmdiena', 'otrdiena', 'trešdiena', 'ceturtdiena', 'piektdiena', 'sestdiena'],
      // "līdz" takes the dative.
      by: ['svētdienai', 'pirmdienai', 'otrdienai', 'trešdienai', 'ceturtdienai', 'piektdienai', 'sestdienai'],
      // "on Friday": the adverbial form.
      to: ['svētdien', 'pirmdien', 'otrdien', 'trešdien', 'ceturtdien', 'piektdien', 'sestdien'],
    },
    months: {
      plain: ['janvāris', 'februāris', 'marts', 'aprīlis', 'maijs', 'jūnijs', 'jūlijs', 'augusts', 'septembris', 'oktobris', 'novembris', 'decembris'],
      by: ['janvārim', 'februārim', 'martam', 'aprīlim', 'maijam', 'jūnijam', 'jūlijam', 'augustam', 'septembrim', 'oktobrim', 'novembrim', 'decembrim'],
      to: ['janvārī', 'februārī', 'martā', 'aprīlī', 'maijā', 'jūnijā', 'jūlijā', 'augustā', 'septembrī', 'oktobrī', 'novembrī', 'decembrī'],
    },
    frames: { plain: '{weekday}, {day}. {month}', by: 'līdz {weekday}, {day}. {month}', to: '{weekday}, {day}. {month}' },
    miss: { i: 'Nepaspēšu {old:by}. Jaunais termiņš: {new:plain}.', we: 'Nepaspēsim {old:by}. Jaunais termiņš: {new:plain}.' },
    owned: { i: 'Atvainojos par kavēšanos. Jaunais termiņš: {new:plain}.', we: 'Atvainojamies par kavēšanos. Jaunais termiņš: {new:plain}.' },
    newDate: ' Jaunais termiņš: {new:plain}.',
  },
});
