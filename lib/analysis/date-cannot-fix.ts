/**
 * Commitments a date cannot fix. A blind editor failed rewrites that put a deadline on:
 *   - work that waits on an event: "I'll send it as soon as the printer confirms" became "I'll send it
 *     by Thursday", dropping the condition the client needs ("drops dependency on the colour proof");
 *   - a condition: "If the template doesn't work on your hosting, we'll refund you by Thursday";
 *   - ongoing or repeated work: "I'll keep you posted by Thursday", "Next time I'll check twice by
 *     Thursday", "we'll keep up the pace until Thursday".
 * No date is right there, so no rewrite is offered: the card explains, and the writer can still pick a
 * date. What the writer can name the day of ("after the holidays", "in a few weeks") is a time scale
 * (time-scale.ts), and those are not caught here.
 *
 *   - work put off to no time at all: "someday we'll do the rebrand", "колись доберемося", "kiedyś zrobimy".
 *     A date two working days ahead is not what the writer meant, and no scale says which day is.
 *
 *   dateCannotFix(f, timing) -> 'condition' | 'ongoing' | 'someday' | null
 */
import type { SentenceFeatures } from './features';
import type { Hit } from './pattern';
import type { Lang } from './types';

export type NoDateReason = 'condition' | 'ongoing' | 'someday';

const word = (alternatives: string) => new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'iu');
const start = (alternatives: string) => new RegExp(`^(?:${alternatives})(?![\\p{L}])`, 'iu');

/**
 * Timing that names an event, not a time: "as soon as the files arrive", "once it's approved", "when I
 * hear back", "after the meeting", "then", "next time". Plain vagueness ("soon", "as soon as I can",
 * "in a bit") is what a date replaces, and does not match.
 */
const EVENT_TIMING: Record<Lang, RegExp> = {
  en: start("as soon as(?! possible| (?:i|we) (?:can|could|am able|are able))|once|when|whenever|after|right after|next time|then|periodically|regularly|upon"),
  ru: start('как только|как будет|как станет|по готовности|по (?:моему |нашему )?возвращении|после|когда|как (?:я |мы )?верн\\p{L}*|потом|тогда|регулярно|периодически|в следующий раз'),
  uk: start('як тільки|тільки-но|тiльки-но|щойно|як буде|як стане|по готовності|після|коли|як (?:я |ми )?повер\\p{L}*|потім|тоді|регулярно|періодично|наступного разу'),
  pl: start('jak tylko|gdy tylko|jak będzie|jak bedzie|kiedy|gdy|po powrocie|po|potem|wtedy|regularnie|następnym razem|nastepnym razem'),
  lv: start('tiklīdz|tiklidz|kolīdz|kolidz|līdzko|lidzko|kā tikai|ka tikai|kad|pēc(?! iespēj)|pec(?! iespej)|atgriežoties|atgriezoties|tad|pēc tam|pec tam|regulāri|regulari|nākamreiz|nakamreiz'),
};

/**
 * A clause that waits on an event, anywhere in the sentence: "Once the engineer signs off the beam,
 * we'll book building control", "пришлю, когда вернусь". (A scale such as "after the holidays" is not one.)
 */
const WAITS_ON: Record<Lang, RegExp> = {
  // Also a time named by an event ("in time for the launch", "between meetings", "at renewal").
  en: word("once|(?:as )?soon as(?! possible| (?:i|we) (?:can|could|am able|are able))|the moment|whenever|until|till|when (?:i|we|you|he|she|they|it|the|our|your|my|this|that)|as (?:i|we|you|he|she|they) go(?:es)?|(?:by|before|in time for|at) (?:the |your |our )?(?:launch|release|opening|kick-?off|go-live|renewal|show|fair)|between (?:meetings|calls|jobs)|(?:on|at|during) (?:my|our|the) next (?:visit|trip|call)|(?<!(?:agreed|discussed|said|mentioned|covered|talked about) )(?:on|during) (?:our|the|your|this|that|tomorrow['’]s|monday['’]s|friday['’]s) (?:call|zoom|video call|phone call)|at the same time as|on (?:my|our|the) way (?:past|home|back|over|in|out|through)|(?:up)?on receipt(?: of)?"),
  // Mail's "как уйдут", "як вийду з наради": "как"/"як" before a verb of an event is "once".
  // "тогда и посчитаем", "запрошу, перешлю": the writer's step waits on another's (pool9).
  // "чек вышлю по факту оплаты": upon the reader's payment (pool13).
  ru: word('по факту|как только|когда|пока не|после того,? как|тогда и|запрошу|запросим|при (?:следующем|ближайшем) (?:визите|посещении)|в следующий (?:приезд|визит)|к (?:выходу|выпуску|эфиру|запуску|релизу|началу|открытию|старту|приезду|возвращению|показу|презентации)|к (?:след\\.?|следующему) визиту|между (?:встречами|созвонами|звонками|делами)|как (?:будет|будут|появится|появятся|уйдут|придут|приедут|получу|получим|закончу|закончим|починю|починим|доделаю|доделаем|разберусь|разберемся|разберёмся|доберусь|доберемся|освобожусь|освободимся|выйду|вернусь|вернемся|вернёмся|ответят|пришлют|дадут|подтвердят|согласуют|починят|поднимут|восстановят|просохнет|выздоровею|поправлюсь|приедет|придет|придёт|привезут|освободится|освободятся|соберем|соберём|подпишет|оплатит|согласует)|как \\p{L}+(?:ите|ете|итесь|етесь)|как (?!(?:можем|сможем)(?![\\p{L}]))\\p{L}{3,}(?:ем|им|ём)|как (?:\\p{L}+ ){1,2}(?:придет|придёт|придут|приедет|привезут|пришлют|ответят|подтвердят|согласуют|подпишет|оплатит|освободится|высохнет|просохнет)'),
  uk: word("по факту|як тільки|тільки-но|тiльки-но|щойно|коли|поки не|після того,? як|і тоді|й тоді|тоді вже|а ми вже|під час (?:наступного|найближчого) (?:візиту|приїзду)|при наступному візиті|до (?:виходу|запуску|релізу|початку|відкриття|старту|приїзду|повернення)|між (?:зустрічами|дзвінками|справами|нарадами)|як (?:буде|будуть|з['’ʼ]явиться|з['’ʼ]являться|підуть|прийдуть|приїдуть|отримаю|отримаємо|закінчу|закінчимо|полагоджу|полагодимо|зроблю|зробимо|розберуся|розберемося|доберуся|звільнюся|звільнимося|вийду|повернуся|повернемося|повернемось|відповідять|надішлють|дадуть|підтвердять|погодять|полагодять|піднімуть|відновлять|одужаю|приїде|прийде|привезуть|звільниться|звільняться|зберемо|зберу|підпише|оплатить|погодить)|як \\p{L}+(?:ите|ете|итесь|етесь|итеся|етеся|іть|єте)|як (?!(?:можемо|зможемо)(?![\\p{L}]))\\p{L}{3,}(?:емо|имо|імо|ємо)|як (?:\\p{L}+ ){1,2}(?:прийде|прийдуть|приїде|привезуть|надішлють|відповідять|підтвердять|погодять|підпише|оплатить|звільниться|висохне)"),
  // "dam znać, jak przyjdzie", "odezwę się, jak coś ruszy": word of an event, when it comes.
  // "Jak odpowiedzą to wdrożę", "jak kolega mi ją odda": once another's step is done (pool13).
  pl: word('jak (?:wyschnie|wyschną|wyschna|zaschnie|przeschnie|ogarnę|ogarne|ogarniemy)|jak (?:\\p{L}+ ){0,3}(?:odda|oddadzą|oddadza|odpowie|odpowiedzą|odpowiedza|przyjdzie|przyjdą|przyjda|dojdzie|dotrze|dotrą|dotra|przyśle|przysle|przyślą|przysla|potwierdzi|potwierdzą|potwierdza|zatwierdzi|zatwierdzą|zatwierdza|zapłaci|zaplaci|zapłacą|zaplaca|wróci|wroci|wrócą|wroca|dostanę|dostane|dostaniemy|zdecyduje|zdecydujecie|zdecydują|zdecyduja|wyśle|wysle|wyślą|wysla)|przy (?:najbliższej|najblizszej|następnej|nastepnej|kolejnej) wizycie|(?:dam|damy) (?:znać|znac),? jak|(?:odezwę|odezwe|odezwiemy) (?:się|sie),? jak|(?:napiszę|napisze|napiszemy),? jak|jak tylko|gdy tylko|kiedy|gdy|dopóki|dopoki|po tym jak|zanim|(?:przed|na) (?:startem|start|premierą|premiera|premierę|otwarciem|otwarcie)|między (?:spotkaniami|nimi|callami)|miedzy (?:spotkaniami|nimi|callami)'),
  lv: word('nākamajā (?:vizītē|reizē)|nakamaja (?:vizite|reize)|tiklīdz|tiklidz|kolīdz|kolidz|līdzko|lidzko|kad|kamēr|kamer|pēc tam kad|pec tam kad|līdz ko|lidz ko|(?:līdz|lidz) (?:palaišanai|palaisanai|atklāšanai|atklasanai|startam)|starp (?:sapulcēm|sapulcem|tikšanām|tiksanam|zvaniem)'),
};

const DEFERRAL_ON_A_TASK = /^(?:когда|как\s+только|коли|як|щойно)\s+\p{L}+\s+(?:с|со|з|із|зі|от|від)\s/iu;

/** A condition the promise hangs on, outside a hedge ("if possible" is a hedge, and goes). */
const CONDITION: Record<Lang, RegExp> = {
  en: word('if|unless|provided|assuming|depending on|depends on|as long as'),
  ru: word('если|ежели|при условии|в зависимости|зависит от|при наличии|в случае чего'),
  uk: word('якщо|якшо|коли б|за умови|залежно|залежить від|у разі чого|в разі чого'),
  // "jakby co dam znać" is "if anything comes up, I'll say" (pool37: "Będę ok. 15, jakby co dam znać do czwartku").
  pl: word('jeśli|jesli|jeżeli|jezeli|o ile|pod warunkiem|w zależności|w zaleznosci|zależy od|zalezy od|jakby co|jakby coś|jakby cos|w razie czego|gdyby|jak ktoś|jak ktos|jakby ktoś|jakby ktos'),
  lv: word('ja|ja nu|ar nosacījumu|ar nosacijumu|atkarībā|atkariba|atkarīgs|atkarigs'),
};

/** Work with no end a deadline could close: keeping someone posted, carrying on, habits, from now on;
 * and thinking it over or keeping at someone, where a date reads as "until" and dates nothing the client gets.
 * Bearing a wish in mind, seeing to it ("Dopilnuję.") or being on it is no task with an end either (pool37-41). */
const ONGOING: Record<Lang, RegExp> = {
  // "we'll leave out the mushrooms": a standing instruction, kept from now on (pool51).
  en: word("i['’]?m on it|leave (?:out|off) the|leave (?:them|it|that|those) (?:out|off)|make sure of (?:that|it|this)|(?:doesn['’]t|does not|won['’]t|will not|never) happens? again|bear (?:that|it|this) in mind|keep (?:that|it|this) in mind|take (?:that|it|this) into account|keep (?:you|u|everyone|all of you|the team)? ?(?:posted|updated|informed|in the loop)|keep (?:on|up|going|working)|continue|carry on|stay on|every (?:day|week|morning|evening|month)|each (?:day|week|month)|daily|weekly|from now on|going forward|in future|in the future|next time|always|never|ever|every (?:single )?time|any ?time|whenever|as (?:many times|often|long) as|as much as|no matter|have a think|think (?:about|over|it over|on)|mull (?:it |this |that )?over|keep (?:pushing|chasing|pressing|an eye on)|leave you to|keep [\\p{L}' ]{1,40} to a minimum|keep (?:it |them |this |that |things |the [\\p{L}]+ )?(?:under|below|within|short|brief)|keep (?:it|things|disruption|noise|costs?|the noise|the mess) (?:down|low|tidy|clean)|monitor(?:ing)?|keep (?:on )?\\p{L}+ing|keep (?:it|them|things|the [\\p{L}]+|our [\\p{L}]+|your [\\p{L}]+) (?:where|as) (?:it|they) (?:is|are)"),
  ru: word('держать (?:вас |тебя )?в курсе|буду держать|будем держать|держ\\p{L}* (?:вас |тебя )?в курсе|продолж\\p{L}*|каждый день|каждую неделю|каждое утро|ежедневно|еженедельно|впредь|в дальнейшем|в будущем|в следующий раз|всегда|никогда|в любое время|когда угодно|сколько (?:потребуется|нужно|угодно)|каждый раз|подумаю|подумаем|обдумаю|обдумаем|поразмышляю|буду (?:давить|дожимать|напоминать|следить)|будем (?:давить|дожимать|напоминать|следить)|мониторим|будем мониторить'),
  uk: word('тримати (?:вас |тебе )?[ву] курсі|триматиму|триматимемо|трима\\p{L}* (?:вас |тебе )?[ву] курсі|трима\\p{L}* темп|продовж\\p{L}*|щодня|щотижня|щоранку|надалі|в майбутньому|у майбутньому|наступного разу|завжди|ніколи|будь-коли|у будь-який час|скільки (?:потрібно|треба|завгодно)|щоразу|кожного разу|подумаю|подумаємо|обміркую|обміркуємо|буду (?:тиснути|нагадувати|стежити)|будемо (?:тиснути|нагадувати|стежити)|моніторимо|будемо моніторити|повернуся до (?:цього|питання)|повернемося до (?:цього|питання)'),
  pl: word('dopilnuj(?:ę|e|emy)(?=\\s*[.!]*\\s*$)|na bieżąco|na biezaco|informować|informowac|będę informować|kontynu\\p{L}*|codziennie|co tydzień|co tydzien|co rano|w przyszłości|w przyszlosci|od teraz|następnym razem|nastepnym razem|zawsze|nigdy|o każdej porze|o kazdej porze|kiedykolwiek|ile (?:trzeba|będzie trzeba|bedzie trzeba)|za każdym razem|za kazdym razem|pomyślę|pomysle|pomyślimy|pomyslimy|przemyślę|przemysle|będę (?:naciskać|pilnować|przypominać)|bede (?:naciskac|pilnowac|przypominac)|przypilnuję|przypilnuje|będziemy (?:naciskać|pilnować|przypominać|monitorować)|bedziemy (?:naciskac|pilnowac|przypominac|monitorowac)|monitorujemy|naciskamy|w kontakcie'),
  lv: word('turpinā\\p{L}*|turpina\\p{L}*|informēs\\p{L}*|informes\\p{L}*|informēt|informet|katru dienu|ik dienu|katru nedēļu|katru nedelu|katru rītu|katru ritu|turpmāk|turpmak|nākamreiz|nakamreiz|vienmēr|vienmer|nekad|jebkurā laikā|jebkura laika|jebkad|cik (?:vajadzēs|vajadzes|vajag)|katru reizi|padomāšu|padomasu|padomāsim|padomasim|pārdomāšu|pardomasu|uzmanīšu|uzmanisu|sekošu|sekosu|sekosim|sekošim|uzraudzīsim|uzraudzisim|str[aā]d[aā]jam (?:pie|ar)'),
};

/**
 * Whether the text names work with no end a deadline could close ("keep you posted", "тримати темп",
 * "będziemy naciskać"): a date beside it reads as "until".
 */
export function namesOngoingWork(lang: Lang, text: string): boolean {
  return ONGOING[lang].test(text);
}

/**
 * The sentence opens on the reader's or another's part, and the promise follows it: "Будут фото —
 * соберём письмо", "Підтвердите кількість гостей — я розрахую", "Just let us know and we'll send a
 * quote". The writer's step waits on that part, so a day on it promises over it (blind editors failed 7
 * of 8 such dates).
 */
const READERS_PART_FIRST: Record<Lang, RegExp> = {
  // "sure, bring it in and we'll have a look": the look is when the reader brings it (pool49).
  // "text me your theory result, I'll book you in": the booking is when the reader texts (pool50).
  en: /(?:^|[,;]\s*)(?:just |please |pls )?(?:let (?:me|us) know|send(?= )|give (?:me|us)|tell (?:me|us)|drop (?:me|us)|(?:bring|pop|drop) (?:it|them|her|him|the [\p{L}-]+) (?:in|over|round|along|by|off)|(?:pick|choose|select|decide on) )[^.!?]{0,80}?\s+and (?:i|we)(?:['’]ll| will)(?![\p{L}])|^\s*(?:just |please |pls )?(?:text|send|email|message|ping|whatsapp) (?:me|us) [^.!?,]{1,60},\s*(?:and\s+)?(?:i|we)(?:['’]ll| will)(?![\p{L}])/iu,
  ru: /(?:^|[,;]\s*)(?:скажете|скажешь|решите|решишь|подпишет|подпишут|одобрят|одобрит|согласует|дадут|даст|пришлет|пришлёт|пришлют|скинет|скинут|оплатите|оплатят|оплатит|утвердят|утвердит|примут|примет|будет|будут|появится|появятся|получу|получим|пришлете|пришлёте|пришлешь|пришлёшь|скинете|скинешь|дадите|дашь|подтвердите|подтвердишь|придёт|придет|придут|ответят|согласуете|согласуют)(?:\s+[^—–.!?]{0,60})?\s[—–-]\s/iu,
  uk: /(?:^|[,;]\s*)(?:скажете|скажеш|вирішите|вирішиш|підпише|підпишуть|схвалять|схвалить|погодить|дадуть|дасть|надішле|надішлють|скине|скинуть|оплатите|оплатять|оплатить|затвердять|затвердить|приймуть|прийме|буде|будуть|з['’ʼ]?явиться|з['’ʼ]?являться|отримаю|отримаємо|надішлете|надішлеш|скинете|скинеш|дасте|даси|підтвердите|підтвердиш|прийде|прийдуть|відповідять|погодите|погодять)(?:\s+[^—–.!?]{0,60})?\s[—–-]\s/iu,
  pl: /(?:^|[,;]\s*)(?:będzie|bedzie|będą|beda|dostanę|dostane|dostaniemy|przyśle|przysle|prześle|przesle|przyślecie|przyslecie|potwierdzi|potwierdzicie|przyjdzie|przyjdą|przyjda)(?:\s+[^—–.!?]{0,60})?\s[—–-]\s/iu,
  lv: /(?:^|[,;]\s*)(?:būs|bus|atsūtīsiet|atsutisiet|apstiprināsiet|apstiprinasiet|saņemšu|sanemsu|saņemsim|sanemsim|pienāks|pienaks)(?:\s+[^—–.!?]{0,60})?\s[—–-]\s/iu,
};

/**
 * Whether the text hangs the writer's work on an event or a condition ("as soon as the service recovers
 * the data", "once the merchant swaps it", "if the bank clears it"): a date put in its place, or a
 * rewrite that leaves it out, changes what the writer promised.
 */
export function waitsOnEvent(lang: Lang, text: string): boolean {
  return CONDITION[lang].test(text) || WAITS_ON[lang].test(text) || READERS_PART_FIRST[lang].test(text);
}

/** Work put off to no time at all: "someday", "eventually", "в будущем", "kiedyś", "kādreiz". */
const SOMEDAY: Record<Lang, RegExp> = {
  en: word('some ?day|one day|one of these days|eventually|in (?:the )?future|sometime in the future|down the (?:line|road)|sooner or later|in due course'),
  ru: word('когда-нибудь|когда-то|в будущем|однажды|со временем|рано или поздно|в перспективе'),
  uk: word('колись|колись-то|у майбутньому|в майбутньому|рано чи пізно|з часом|згодом якось|в перспективі|у перспективі'),
  pl: word('kiedyś|kiedys|w przyszłości|w przyszlosci|prędzej czy później|predzej czy pozniej|z czasem|w perspektywie'),
  lv: word('kādreiz|kadreiz|kaut kad|nākotnē|nakotne|agrāk vai vēlāk|agrak vai velak|ar laiku|laika gaitā|laika gaita'),
};

/** The sentence with the hedges' words blanked out: "if possible" is a hedge the rewrite removes. */
function withoutHedges(f: SentenceFeatures): string {
  let text = f.text;
  for (const h of f.hedges) text = text.slice(0, h.start) + ' '.repeat(h.end - h.start) + text.slice(h.end);
  return text;
}

/**
 * Why no date can be put on this sentence's promise, or null when one can. `timing` is the sentence's
 * vague timing, each with the time scale it names when it names one.
 */
export function dateCannotFix(f: SentenceFeatures, timing: readonly (Hit & { scale?: unknown })[]): NoDateReason | null {
  // "I'll personally make sure nothing ever breaks again": an over-promise has no deadline to give.
  if (f.overPromises.length) return 'ongoing';
  const own = withoutHedges(f);
  if (waitsOnEvent(f.lang, own)) return 'condition';
  // "когда разберусь с брейкпоинтами", "коли закінчу з модулем оплати": the writer's own task named
  // first, which a day in its place drops (blind editors passed 6 of 18 such rewrites, pool1-51). A
  // backlog with no task named ("когда разгребу заказы") is the plain deferral a day replaces.
  if (f.hedges.some((h) => h.kind === 'deferral' && DEFERRAL_ON_A_TASK.test(h.text))) return 'condition';
  // "soon" in "as soon as the lawyer returns it" names no time: only a real scale ("after the holidays",
  // "next week") gives the day.
  if (timing.some((t) => (!t.scale || t.scale === 'soon') && EVENT_TIMING[f.lang].test(t.text.trim()))) return 'condition';
  if (ONGOING[f.lang].test(own)) return 'ongoing';
  // Read on the whole sentence: "someday" is often the hedge itself ("kiedyś zrobimy porządek").
  if (SOMEDAY[f.lang].test(f.text)) return 'someday';
  return null;
}
