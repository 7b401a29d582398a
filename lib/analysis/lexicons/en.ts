import type { Lexicon } from './types';

// Subject of a first-person clause, and the future auxiliaries that make it a commitment.
const I_WE = '(i|we)';
// People and bodies whose readiness is theirs, not the writer's: "hopefully the regulator will be done".
const AGENTS =
  'client|clients|customer|customers|regulator|regulators|lawyer|lawyers|attorney|attorneys|bank|banks|court|government|agency|authority|authorities|board|committee|council|vendor|vendors|supplier|suppliers|provider|providers|registrar|printer|printers|courier|landlord|they|he|she|you|weather|market|markets';
// Tools, services and transport whose failure is offered as the reason for a slip.
const TOOLS =
  "computer|laptop|pc|mac|machine|server|servers|internet|broadband|wifi|wi-fi|router|connection|network|power|electricity|phone|e-?mail|inbox|outlook|gmail|system|hard (drive|disk)|printer|software|excel|livelink|vpn|site|website|hosting|figma|github|gitlab|dropbox|google drive|slack|zoom|teams|app|cms|wordpress|shopify|plugin|build|pipeline|account|login|battery|car|train|flight|plane|bus|device|test device|iphone|ipad|tablet|camera|scanner|monitor|screen|keyboard|mic|microphone|headset|webcam|alarm|reminder|calendar|migration|export|import|upload|download|backup|sync|update|deploy|deployment|integration|portal|payment processor|processor";
// "have" followed by what is had, not by a participle: "should have it", not "should have sent".
const HAVE_OBJECT = 'have (?:it|the|them|this|that|these|those|your|a|an|some|something|everything|all|my|our|both|more|time)';
// What a deliverable undergoes when the writer's side delivers it: "the invoice will be sent".
const PASSIVE_DELIVERY = 'sent|sent over|sent out|resent|delivered|fixed|updated|uploaded|shipped|rescheduled|emailed|forwarded|finali[sz]ed|ready|live|done|finished';
const WILL = "('ll|'ll be sure to| will| shall| will be sure to|'m going to| am going to|'re going to| are going to| plan to| intend to|'ll plan to| am planning to|'m planning to| are planning to|'re planning to)";

// A builder, not a value: the phrase lists are expanded when the language is first analysed, not
// when the mail page loads the script (all five at load were ~50 ms of one task).
export const en = (): Lexicon => ({
  lang: 'en',

  commitment: [
    `re:(?<![\\p{L}'’])(?:i|we)(?:['’]ll|['’]ll be sure to| will| shall| will be sure to|['’]m going to| am going to|['’]re going to| are going to| plan to| intend to|['’]ll plan to| am planning to|['’]m planning to| are planning to|['’]re planning to)(?: also| then| just| definitely| certainly| gladly| personally| now| still| all| both| probably| likely| hopefully| soon| then)?(?= [\\p{L}])`,
    // Mail often drops the subject: "Will keep you posted." "- will forward copy over to you", "Got it, will fix."
    `re:(?<=(?:^|[-–—;:(.!?,]\\s*|\\b(?:and|hopefully|probably|then|also|just) ))(?:will|shall)(?= (?:keep|forward|send|call|let|get|follow|update|attempt|do|check|look|try|advise|contact|email|e-mail|reply|respond|circulate|provide|review|be in touch|confirm|fax|write|talk|touch base|make|prepare|finish|have|arrange|set up|put|come|give|pass|sort|fix|schedule|reschedule|handle|work|ask|see|let you|report back|revert|circle back|loop|chase|amend|tweak|book|share|ping|drop|pop|resend|dig|flag|action|be (?:rescheduled|resent|sent|forwarded|circulated|updated|provided|fixed|delivered|uploaded))\\b)`,
    // A deliverable promised in the passive: "the invoice will be sent shortly", "your files will be uploaded".
    // Not when the subject is someone else's ("the bank will be closed") or a body acting for itself.
    `re:(?:(?<=(?:^|[\\s,;:(])(?:the|your|our|my)(?: (?!(?:${AGENTS})(?![\\p{L}]))[\\p{L}-]+){1,3} )will|(?:it|this|that|these|those|everything)(?:['’]ll| will)) be(?= (?:${PASSIVE_DELIVERY})(?![\\p{L}]))`,
    "(i|we)('ve| have) asked … to",
    "(i|we)('ll| will) have … (send|call|contact|get back|reply|look|prepare|sign|do)",
    'let me (check|look into|find out|confirm|get back to you|dig into|see what i can)',
    "(i'm|i am|we're|we are) on it",
  ],
  notCommitment: [
    `${I_WE}${WILL} (be|remain) (out|away|off|gone|offline|unavailable|unable|on (vacation|holiday|leave|maternity leave|a plane|a flight|the road)|in (a meeting|meetings|the office|town|transit)|in and out|at (my|our|the|a) (desk|office|conference)|travel*|happy|glad|delighted|pleased|sorry|fine|ok|okay|around|keeping|checking|carrying|thinking|praying|interested|curious|grateful|honou?red|available|busy|late|honest|frank|candid|blunt|brief|straight with you)`,
    `${I_WE}${WILL} (admit|confess|grant you|say this)`,
    // Speech acts done in the sentence itself, not work for the reader: "I'll second that", "I'll agree",
    // "I'll point out that…", "we'll say".
    `${I_WE}${WILL} (just )?(second (that|this|it)|agree|concede|point out|note that|add that|say(?! (hi|hello|goodbye))|quote|repeat|mention that|bet|guess|assume|take (your|that|this) point)`,
    // An out-of-office notice: "Sorry, I'm out of the office until Monday" announces an absence, it explains no slip.
    "(i'm|i am|we're|we are) (currently )?(out of (the )?office|away|on (annual |parental |maternity |paternity )?leave|on holiday|on vacation) (until|till|through|from)",
    // Handing the choice to the reader: "I'll leave it to you to decide".
    `${I_WE}${WILL} (leave (it|that|this|the (decision|choice|call)) (up )?to you|defer to you|let you (decide|choose))`,
    `${I_WE}${WILL} (miss|love|hate|need (your|you)|never|not|hear|remember|always|look forward|be looking forward|enjoy)`,
    `${I_WE}${WILL} be (on (my|our) way|en route)`,
    // What the writer needs or uses is not an action for the reader: "I'll need the logo in vector format".
    // "I'll need to check with the developer" still promises the check.
    `${I_WE}${WILL} (need|require|be needing|be requiring)(?! to)`,
    `${I_WE}${WILL} be (using|going with|sticking with|based)`,
    `${I_WE}${WILL} (be able to )?(see|talk to|meet) you (there|soon|then)? (at|on)`,
    "i'll bet",
    "we'll see you",
  ],
  recipientTrigger: [
    'let me know',
    'tell me',
    'when you',
    'whenever you',
    'send (me|us|it|them|over)',
    'provide (me|us) with',
    'please advise',
    'advise and',
    'call me and',
    'give me a (call|ring|shout) and',
    'just say the word',
  ],
  recipientCondition: [
    'if (you|your)',
    "if you'd",
    'once (you|your)',
    'as soon as (you|your)',
    'after (you|your)',
    'if (these|the|this|that|those) (changes|terms|dates?|times?|proposals?|plans?|drafts?) (are|is) (acceptable|ok|okay|fine|agreed)',
    'if (acceptable|approved|agreed|needed|necessary|required|desired|wanted|interested)',
    'if (that|this|it) (works|suits|sounds good|is (ok|okay|fine|acceptable))',
    // "If the budget works for you, we'll start": the reader's yes is the trigger.
    'if … (works|work|suits|suit|sounds good|sound good|looks good|look good|is ok|is okay|is fine|are fine) (for|to|with) you',
    'on (your|receipt of your) (approval|confirmation|go-ahead|signal)',
    // "Once we have your sign-off, we'll print": the reader's answer is the trigger.
    "(once|when|as soon as|after) (we|i) (have|get|receive|'ve had|'ve got|'ve received|have had|have received|hear from|hear back from) (your|you)",
  ],
  tentative: ['(i|we) (all |both )?(can|could|might|may)', "(i|we)('d| would) (love|like) to"],
  tentativeFirm: "{We}'ll",

  selfHedge: [
    ["(i|we)('ll| will| shall) (try|attempt) (to|and)", "{We}'ll"],
    ["(i|we)('ll| will) (make (an|every) )?attempt to", "{We}'ll"],
    // Mail drops the subject: "Will attempt on my end to …", "got it and will try to set it up".
    ["re:(?<=(?:^|[-–—;:(.!?]\\s*|\\band ))[Ww]ill (?:try|attempt)(?: to| and)(?= )", 'will'],
    // With no "to" after it, "try" is the verb of what is done ("Will try again today", "Will attempt on
    // my end to …"): dropping it left "Will again today" (pool14). A hedge, with no rewrite of its own.
    ["re:(?<=(?:^|[-–—;:(.!?]\\s*|\\band ))[Ww]ill (?:try|attempt)(?= (?!to |and )\\p{L})", '='],
    // "Will do my best to get the slides finished", "will endeavour to reply".
    ["re:(?<=(?:^|[-–—;:(.!?]\\s*|\\band ))[Ww]ill (?:do (?:my|our) (?:very |level )?(?:best|utmost)|endeavou?r|aim) to(?= )", 'will'],
    ["(i|we)('m| am|'re| are) (trying|attempting|going to try|going to attempt) to", "{We}'ll"],
    // "I'm going to attempt a first pass", "we'll attempt a fix": trying, with a noun for what is tried.
    ["re:(?<![\\p{L}'’])(?:i|we)(?:['’]ll| will|['’]m going to| am going to|['’]re going to| are going to) attempt(?= (?:a|an|the|some) )", "{We}'ll do"],
    // British "look to": "We'll look to get the pricing over" aims, it does not promise.
    ["re:(?<![\\p{L}'’])(?:i|we)(?:['’]ll| will) look to(?= (?:get|have|send|finish|deliver|wrap|complete|turn|sort|fix|book|start|share|circulate|update|move|launch|schedule)(?![\\p{L}]))", "{We}'ll"],
    ["(i|we) (try|continue to try|will continue to try) to", "{We}'ll"],
    ['continue to try to', 'continue to'],
    ["(i|we)('ll| will| shall) (aim|shoot|endeavou?r|strive|do (my|our) best|try (my|our) (very )?(best|hardest)) to", "{We}'ll"],
    ["(i|we)('m| am|'re| are) (aiming|shooting|endeavou?ring|striving) to", "{We}'ll"],
    // Mail drops the subject: "Hoping to get you the revised numbers in a bit". Only a delivery follows:
    // "Hoping to see you at the launch" is a wish.
    [`re:(?<=(?:^|[-–—;:(.!?]\\s*|\\band ))(?:[Hh]oping|[Aa]iming) to(?= (?:get(?! (?:together|to see|a chance))|${HAVE_OBJECT}|send|finish|wrap|share|deliver|complete|sort|fix|turn)(?![\\p{L}]))`, 'will'],
    ["(i|we)('d| would) (hope|expect) to", "{We}'ll"],
    // "I'll give it a go", "we'll have a crack at the layout": trying, said casually.
    ["(i|we)('ll| will) (give it|have|take) (a go|a try|a shot|a crack|a stab|a punt|a whirl|a bash)( at)?", '='],
    // "…, but I'll try." ends on the hedge itself.
    ["re:(?<![\\p{L}'’])(?:i|we)(?:['’]ll| will) (?:try|attempt)(?=\\s*(?:[.!,;)]|$))", "{We}'ll do it"],
    ["(i|we)('ll| will) try (my|our) (very )?(best|hardest)", "{We}'ll get it done"],
    ["(i|we)('ll| will) do (my|our|the) (very )?best (i|we) can", "{We}'ll get it done"],
    ["(i|we)('ll| will) do (my|our) (very |level )?(best|utmost) to", "{We}'ll"],
    ["(i|we)('ll| will) do (my|our) (very )?(best|utmost)", "{We}'ll get it done"],
    ["(i|we)('ll| will) do what (i|we) can", "{We}'ll get it done"],
    // "I'll see if I can dig out the files", "let me see if I can rustle up two layouts": the firm promise
    // is the action itself ("I'll dig out the files"). "See what I can do" has no action to keep.
    ["(i|we)('ll| will) see (if|whether) (i|we) can", "{We}'ll"],
    ["(let me|let us|let's) see (if|whether) (i|we) can", "{We}'ll"],
    ["(i|we)('ll| will) (see (what|if|whether|how|about)|think about (what|if|whether|how))", '='],
    // "Let me see what I can do about the budget": "do what I can", offered before any promise.
    ["(let me|let us|let's) see what (i|we) can", '='],
    ["(i|we)('re| are|'m| am) (hoping|planning to try) to", "{We}'ll"],
    ['(i|we) (hope|aim|expect|intend to try) to', "{We}'ll"],
    ["(i'm|i am|we're|we are) expecting to", "{We}'ll"],
    // "I might not get to it until next week": doubt about the writer's own delivery, not "we may not have the budget".
    ["(i|we) (might|may) not (get (to|round to|around to)|manage to)", '='],
    ["(i'm |i am |we're |we are )?not sure (if |whether |that )?(i|we)('ll| will| can)( be able to)?", "{We}'ll"],
    ["(i'm|i am|we're|we are) not sure (if |whether |that )?(i|we) (can|could) (make it|do it|manage)", "{We}'ll make it"],
    // Predictive "should": "we should get there by 7", "I should be able to send it".
    // "We might be able to squeeze it in": whatever the verb, "might/may be able to" doubts the delivery.
    ["re:(?<=\\b(?:i|we) )(?:should|might|may|could possibly|could potentially|should hopefully) be (?:able|in a position) to(?= \\p{L})", 'will'],
    // "have" only with an object: "I should have it by Friday" hedges, "I should have sent it" regrets.
    [`re:(?<=\\b(?:i|we) )(?:should|might|may|could (?:possibly|potentially))(?: (?:possibly|potentially))?(?: be able to)?(?= (?:get|${HAVE_OBJECT}|finish|send|be done|be ready|be finished|be there|be back|be with you|arrive|make it|manage|deliver|wrap|complete)\\b)`, 'will'],
    // Mail drops the subject: "Should have the invoice with you tomorrow."
    // "Might be able to sneak it into the next release."
    ["re:(?<=(?:^|[-–—;:(.!?]\\s*|\\band ))(?:[Mm]ight|[Mm]ay)(?: possibly| hopefully)? be able to(?= \\p{L})", 'will'],
    [`re:(?<=(?:^|[-–—;:(.!?]\\s*|\\band ))[Ss]hould(?= (?:${HAVE_OBJECT}|get (?:it|the|them|this|that)|be able to|be done|be ready|be finished|be with you)\\b)`, 'will'],
    // A hedge on the readiness of something the writer delivers: "Hopefully the staging site will be ready".
    // Removing the hedge leaves the firm sentence; what is being readied decides it is the writer's side.
    [`re:(?:hopefully|probably|maybe|perhaps|fingers crossed)(?=,?\\s+(?:the|it|this|that|everything|your|these|those|our|my)(?:\\s+(?!(?:${AGENTS})(?![\\p{L}]))[\\p{L}-]+){0,3}\\s+(?:will|should|['’]ll)\\s+be\\s+(?:ready|done|finished|complete|completed|live|sent|delivered|up and running|fixed|sorted|in your inbox|with you)(?![\\p{L}]))`, ''],
    ["re:(?<=\\b(?:it|this|that|they|these|those|everything|the(?: [\\p{L}-]+){1,3}) )should(?= be (?:ready|done|finished|complete|completed|available|live|up|sent|delivered|fixed|sorted|there|with you|in your inbox)\\b)", 'will'],
  ],
  softHedge: [
    'hopefully',
    'ideally',
    'probably',
    'likely',
    // The hedge with its degree word, so that dropping it leaves no stray "most" or "very".
    '(most|very|quite|highly|more than) (likely|probably)',
    'more likely than not',
    '(maybe|perhaps|possibly) (even )?(sooner|earlier)',
    'maybe',
    'perhaps',
    'possibly',
    'i think',
    'i guess',
    'i believe',
    'i suppose',
    'i reckon',
    'i expect',
    "(i'd|i would) (like to think|hope|imagine|say)",
    // "I hope we can", "I'm hoping I'll": the writer hoping about their own delivery. The pronoun that
    // follows is looked at, not taken: a rewrite drops the hedge and keeps "we can".
    "re:(?:i|we)(?: hope| reckon|['’]m hoping| am hoping|['’]re hoping| are hoping)(?: that)?(?= (?:i|we)(?![\\p{L}]))",
    "(i'm|i am|we're|we are) (hopeful|optimistic)",
    'all being well',
    'all (things|else) being equal',
    '(assuming|if|provided|as long as) nothing (else )?(comes up|goes wrong|crops up)',
    'unless something (else )?(comes up|crops up)',
    'touch wood',
    'if everything goes (well|to plan|according to plan|smoothly)',
    'i imagine',
    'god (be )?willing',
    'barring …(unforeseen|issues|problems|surprises|flooding|delays|complications|emergencies)',
    'if all goes (well|to plan|according to plan)',
    'fingers crossed',
    'with (any|a bit of|some) luck',
    'if (i|we) can',
    '(wherever|whatever|however much|as much as) (i|we) (can|could)',
    'if (i|we) (get|have|find) (the|a|a free|a spare) (chance|moment|minute|second|sec)',
    'if time (permits|allows)',
    'in theory',
    // Only opening the sentence: "I will resend it in that format, if possible" answers the reader's request.
    're:(?<=^\\s*)if (?:at all )?possible(?=\\s*,)',
    '(the )?(chances|odds) are',
    'in all likelihood',
    'all going well',
  ],
  deferral: [
    'at some (point|stage)',
    'some ?time (soon|later|down the road|in the future)?',
    'eventually',
    'one of these days',
    'one day',
    'some ?day',
    '(when|once|after) (things|it|work|life|everything|the rush) (have |has )?(calms?|calmed|slows?|slowed|settles?|settled|quiets?|quietens?|quietened|eases?|eased|dies|died) down',
    '(when|once) (things|it|work|life) (gets|get|is|are) (a bit |a little )?(quieter|calmer|less (busy|hectic|crazy|manic|mad|frantic|chaotic|full-on|mental|nuts))',
    'when (i|we) (get|have|find) (a|the|some) (free )?(chance|minute|moment|second|sec|time)',
    "when (i|we)( get| have| find|'ve got| have got) (a )?(free |spare )?(moment|minute|second|hour|morning|afternoon|evening|day|weekend)",
    // "when I'm less swamped", "when we have more bandwidth".
    "when (i'm|i am|we're|we are) (less (busy|swamped|hectic|stretched)|(a bit |a little )?(quieter|freer))",
    "when (i|we)( have| get| find|'ve got| have got) (more|some|a bit of|a little) (time|free time|spare time|breathing room|breathing space|head ?space|capacity|bandwidth|headroom)",
    // Recovery with no date: "I'll look at it when I'm back on my feet".
    "(when|once) (i'm|i am|we're|we are|i get|we get) back on (my|our) feet",
    "as and when( (i|we) (can|could|get (a|the) chance|have (the )?time|'m able|am able|are able))?",
    '(when|once|after) the dust (settles|has settled)',
    '(when|as) time (permits|allows)',
    'time permitting',
    'down the road',
    'in due course',
    'at a later (date|time|stage|point)',
    // Not "rescheduled for a later date": that is where the meeting goes, not a hedge on doing it.
    'sooner or later',
  ],
  hedgeAboutOthers: [],

  vagueTiming: [
    'soon',
    'very soon',
    'real soon',
    'shortly',
    'asap',
    'a.s.a.p.',
    'as soon as possible',
    'as soon as (i|we) (can|could|am able|are able)',
    'as quickly as possible',
    'at (my|our) earliest convenience',
    'later',
    'later on',
    'in a (bit|while|little while)',
    'in (a|the) (few|couple of|couple) (days|weeks|hours|minutes)',
    'in (a few|the next few|the coming|the next couple of) (days|weeks|hours)',
    '(over|within|during) the (next|coming) (few|couple of)? ?(days|weeks|hours)',
    'in the coming (days|weeks|months)',
    'in the (near|very near|not too distant|foreseeable) future',
    'before long',
    'when (i|we) (return|get back|get home|get in|am back|are back|have it|receive it|get it|hear back|know more)',
    'once (i|we|it|they|he|she|the) …(is|are|has|have|gets|get|returns|arrives|available|done|ready|assigned)',
    'as soon as (i|we|it|they|he|she|the) …(is|are|has|have|gets|get|know|hear|return|returns|arrives|available|done|ready|assigned|issue)',
    'when (it is|it\'s|they are|they\'re) (ready|done|available|complete|completed)',
    'when (available|completed|complete|ready|done|possible)',
    'periodically',
    'regularly',
    'then',
    'next time',
    'right after',
    'after (trading|lunch|the meeting|work|the call)',
    'before (we|i) (board|leave|go)',
  ],

  excuse: {
    cause: [
      // health
      "(was|were|been|am|is|'m|got|get|getting|fell|feel|feeling|have been|has been) (sick|ill|unwell|under the weather|down with)",
      'home sick',
      'sick',
      'not feeling (well|good|great)',
      "(has|have|had|'s|'ve|was|were|is|are) been (so |really |very |quite )?poorly",
      '(the )?(flu|a cold|fever|covid|migraine|food poisoning|sore throat|stomach bug|tummy bug|chest infection|virus|bad back|toothache|chickenpox|chicken pox|tonsillitis|norovirus|ear infection|conjunctivitis|hand, foot and mouth)',
      '(doctor|hospital|surgery|dentist|vet|vets|clinic|physio)',
      // Injuries: "nursing a sprained wrist", "I broke my ankle".
      '(sprained|broken|broke|fractured|injured|hurt|twisted|pulled) (my |a |an )?(wrist|ankle|arm|hand|leg|back|finger|shoulder|knee|neck|muscle)',
      // Work on the house or office: "I've had the builders in all week".
      '(the )?(builders|decorators|plumbers|electricians|workmen|tradesmen) in',
      '(renovations|building work|roadworks)',
      // A family member's need: "my son's sports day", "my mum was taken into hospital".
      "(my|our) (son|daughter|kids?|child|children|little one|toddler|wife|husband|partner|mum|mom|dad|mother|father|parents?)('s|’s|')? (school|nursery|sports day|nativity|play|recital|parents' evening|graduation|appointment|operation|illness|fell (ill|sick)|needed (me|us|help|looking after)|came down with|was rushed|was taken|had (an accident|a fall|surgery|an operation))",
      // Someone on the writer's side away: "our bookkeeper has been away".
      "(has|have|had|'s|'ve) been (away|off (work|sick|ill)|on (leave|holiday|vacation)|out sick|out of the office)",
      // A carrier or supplier that lost the goods: "the courier lost the first batch".
      '(courier|couriers|post|post office|royal mail|usps|ups|fedex|dhl|supplier|printer|vendor|warehouse|airline) (lost|damaged|misplaced|mislaid|misrouted|returned)',
      // tools and outages
      `(${TOOLS}) (crashed|died|broke|is broken|was broken|went down|was down|is down|has been down|had been down|failed|stopped working|wouldn't work|didn't work|not working|outage|glitch|problems?|issues?|trouble|error|crash|failure|(has been|was|is|kept) (playing|acting) up|froze|(ate|swallowed|lost|deleted|wiped) (my|our|the|all)|overheated|packed up|gave up|gave out|blew up|fried|died on (me|us)|(was|got|were) (hacked|corrupted|wiped|bricked))`,
      // "my laptop wouldn't turn on", "Figma kept crashing": a tool that would not do its job.
      `(${TOOLS}) (wouldn't|would not|won't|will not|didn't|did not|refused to|kept|keeps|has been|have been|had been|was|were|'s been) (turn on|start|boot|load|open|connect|sync|save|upload|charge|go off|ring|crashing|freezing|failing|dropping|cutting out|timing out|disconnecting|logging (me|us) out)`,
      '(playing|acting) up',
      "(patchy|spotty|flaky|unreliable) (internet|wi-?fi|connection|signal|broadband)",
      '(power|internet|network|server|electricity) (outage|cut|failure)',
      '(power|electricity|lights|internet|wi-?fi|connection|network) (went|cut|was|were|has been|had been|kept (going|cutting)) (out|off|down)',
      '(hard drive|disk|ssd|backup|laptop|computer) (failed|crashed|died|got corrupted|was corrupted)',
      '(laptop|computer|phone|machine) (is|was) (in|at) (the )?(repair|shop|service)',
      '(no|lost|losing|without) (internet|power|electricity|connection|signal|reception|coverage|wi-?fi|phone signal|mobile signal)',
      // "We were short a developer this sprint."
      '(short|down) (a|one|two|a couple of) (developer|developers|designer|designers|person|people|team member|pair of hands|member of staff|staff)',
      '(computer|system|technical|server|network|it) (glitch|problems?|issues?|difficulties|failure|error)',
      'error message',
      "(wouldn't|didn't|won't|doesn't) work",
      'crashed',
      '(lost|losing) (my|our|the|all) (files|data|work|changes)',
      'car trouble',
      'traffic',
      '(train|rail|tube|bus|postal|transport|public transport|airport|air traffic control) (strikes?|disruption|cancellations)',
      '(flight|train|plane|bus|ferry|taxi|connection) (was |got |has been |had been )?(delayed|cancell?ed|stuck|diverted)',
      // "stuck in traffic", "stuck in back-to-back meetings", "stuck at the airport".
      'stuck (in|on|at|outside|behind)',
      // workload and busyness
      "(been|was|were|am|are|'m|'re|so|very|extremely|really|super|incredibly|crazy|too|quite) busy",
      // The whole clause is the excuse a rewrite drops; alone (with no slip) it is news, not an excuse.
      "(i've|i have|we've|we have|i've just|we've just) been (so |very |really |extremely |incredibly |super |crazy |completely )?(busy|swamped|slammed|snowed under|buried|overwhelmed|tied up|flat out)",
      'swamped',
      'slammed',
      'snowed under',
      'buried (in|with|under)',
      'overloaded',
      'overwhelmed',
      'tied up',
      'hectic',
      'back-to-back',
      '(short-staffed|understaffed|short-handed|short staffed)',
      '(handed in|gave|giving|handing in) (his|her|their|my) notice',
      'covering for',
      // "I've been pulled in a hundred directions", "got pulled into an urgent job".
      'pulled (in|into|onto|away)',
      'one thing after another',
      "(everything|so much|all that's|all that is) (that's |that is )?going on",
      "(personal|family|health|home|a few|some|a lot of|lots of) (things|stuff|issues|matters) (going on|to deal with|to sort out)",
      "(i|we) (was|were|'ve been|have been|had been) (away|abroad|offline|off grid|off-grid|out of the country|off work|off sick)",
      // A gatekeeper that said no: "Apple rejected the first build", "the payment was blocked".
      '(was|were|got|been|has been|have been) (rejected|refused|blocked|suspended|flagged)',
      '(apple|google|the app store|the play store|the store|the bank|paypal|stripe|the registrar|the council|(our|the|my) (payment )?(processor|platform|portal|host|provider|bank|system)) (rejected|refused|blocked|suspended|flagged|declined|froze)',
      // Work that went wrong: "the migration went sideways", "we ran into a snag with the API".
      '(go|goes|went|gone|going) (sideways|wrong|pear-shaped|south|haywire)',
      '(hit|hitting|ran into|run into|running into|came up against) (a snag|snags|a problem|problems|an issue|issues|a few issues|some issues|difficulties|a bug|a wall|a roadblock|a hiccup)',
      "(i|we) (was|were|'ve been|have been|had been) (in the car|driving|at the airport|in transit|on site|on a job site|on a jobsite|on location|on a shoot|in hospital|at the hospital)",
      'off (ill|sick|unwell)',
      // Absorbed by other work: "heads down on a big pitch", "up to my eyes in invoices".
      '(heads|head) down (on|with)',
      '(knee-deep|up to (my|our) (eyes|ears|neck)|drowning) in',
      // Overload said casually; it needs a slip or an apology beside it ("busy" can be good news).
      '(stretched (really |so |very |a bit |too )?thin|under the pump|(run|rushed) off (my|our) feet|maxed out)',
      // Someone else's slow step offered as the reason: "the brand team took ages to approve the colours".
      '(took|taken|taking|takes) (ages|forever|weeks|longer than (expected|planned|usual)) to (approve|reply|respond|sign|confirm|send|get back|come back|review|sign off|release|deliver)',
      // A third party's error handed to the writer: "our vendor sent us the wrong file".
      '(sent|supplied|gave|delivered|shipped) (us|me) (the )?(wrong|incorrect|outdated|broken)',
      "(our|my|the) (new )?baby (arrived|came|was born)",
      '(gave birth|went into labou?r|gone into labou?r)',
      'let (us|me) down',
      '(pulled|dropped) out',
      'bailed on (us|me)',
      '(went|gone|ended up|landed) (to|in|into) (my|our|the) (spam|junk)',
      '(spam|junk) folder',
      'snowed in',
      '(the )?(storm|snowstorm|heatwave|hurricane|blizzard)',
      'on (leave|sick leave|maternity leave|paternity leave|annual leave|jury duty)',
      '(back|returned|returning|home) from (holiday|vacation|(maternity |paternity |parental |sick |annual )?leave|a trip|my trip|our trip|travels|travelling|traveling|the conference|a conference|a wedding|hospital)',
      'on (a|the|my|an) (flight|plane|train|early flight|overnight flight)',
      // A third party's late hand-over offered as the reason: "the photographer only sent the images this morning".
      'only (just )?(sent|delivered|replied|responded|got back|came back|arrived|signed|approved|confirmed)',
      "(was|were|been|'ve been) (dealing|coping) with",
      '(burst pipe|flooding|flooded|a leak|break-in|burglary|power cut)',
      'juggling',
      // "I've had a lot on", "we've got so much on at the moment".
      "((i|we)('ve|'d| have| had) )?(had|have|got) (a lot|lots|loads|a ton|tons|so much|too much|a great deal) on",
      // "it's been crazy around here", "things have been mad": busyness as the reason.
      "(it|things|work|life|everything|this (week|month)|(my|our) (inbox|schedule|calendar|diary|workload))('s| is| was| has| have|'ve| had| were| are)( been)? (so |really |very |a bit |pretty |absolutely |completely |just |quite |totally )?(a )?(mad|crazy|manic|nuts|insane|chaotic|hectic|busy|full(-| )on|relentless|non-?stop|intense|nightmare|madhouse|madness|chaos|mayhem|overflowing)",
      "another client('s)?",
      '(crazy|busy|hectic|hard|difficult|tough|rough|long|mad|manic|nightmare|stressful|intense) (couple of |few )?(times|weeks?|days?|months?|period)',
      '(heavy|huge|crazy|massive) workload',
      "other (client |clients' )?(projects|clients|deadlines|commitments|priorities|jobs|work)",
      'outages?',
      'so many (jobsites|projects|things|clients|deadlines)',
      '(multiple|several|many) (inquiries|projects|deadlines|investigations|fires)',
      // Emergencies that ate the week: "we've had fires to put out", "firefighting all week".
      '(fires to (put out|fight)|putting out fires|firefighting|fire-fighting)',
      'require my (immediate )?attention',
      'a lot (going on|on (my|our) plate)',
      'too much (work|going on)',
      'busy with',
      '(got|get|gets) away from (me|us)',
      '(short|limited) amount of time',
      'short on time',
      'lack of time',
      "(didn't|did not|don't|do not) have (the |enough )?time",
      'no time',
      // people and circumstances
      'family (emergency|matters|reasons|issues|circumstances|commitments|stuff|thing|things|situation|crisis|illness|event|do|gathering)',
      '(a )?(death|bereavement|loss|emergency) in the family',
      'bereavement',
      'funeral',
      '(at|to|attending) a (wedding|funeral)',
      '(moved|moving|move) (house|home|flat|apartment|office|offices)',
      '(off|home from) (school|nursery|daycare|day care|preschool)',
      '(school|nursery|daycare|day care) (was |is |were |are )?(closed|shut)',
      'childcare',
      'personal (reasons|matters|issues|circumstances)',
      '(unforeseen|unexpected|unavoidable) (circumstances|events|issues|problems|delays|complications)',
      'a (variety|number) of (circumstances|reasons|factors)',
      'circumstances beyond',
      'out of (my|our) (hands|control)',
      'beyond (my|our) control',
      'schedul(e|ing) conflicts?',
      '(meeting|calendar) conflicts?',
      'conflicts? with',
      'travel*',
      'on the road',
      'out of town',
      'out of the office',
      'on (vacation|holiday)',
      'only in town',
      "(had|have) to (go|attend|deal|take care|leave|travel|fly|pick|collect|look after|rush|run|drive|see to)",
      // Not "we had to take a different approach": taking someone or something somewhere.
      "(had|have) to take (my|our|the) (cat|dog|pet|kids?|son|daughter|child|children|baby|mum|mom|dad|mother|father|wife|husband|partner|car|van) (to|in)",
      'still had to',
      "(is|am|was|were|are|'m) required to (attend|be)",
      '(been |still |am |are |was |were )?waiting (on|for)',
      "haven't heard back",
      "(hasn't|has not|haven't|have not) (yet )?(gotten back|got back|responded|replied|sent|released|approved|signed|confirmed|paid|transferred|provided|shared|granted|delivered)",
      // Someone on the writer's side needing a step first: "my accountant needed to check the figures".
      "(my|our) (accountant|developer|designer|boss|manager|team|partner|lawyer|supplier|printer|photographer|copywriter|colleague|contractor|subcontractor) (needed|had|wanted|asked) to",
      // A department's step first, theirs or ours: "the client's IT team had to whitelist our IP".
      '(it|security|legal|compliance|finance|procurement|accounts|brand|tech) (team|department|dept) (needed|had|wanted) to',
      // The target moving: "the brief kept changing", "scope creep", "they moved the goalposts".
      '(brief|scope|requirements|spec|specs|plans?|goalposts) (kept|keeps|has been|have been|was|were) (changing|shifting|moving|growing|creeping)',
      '(scope creep|moved the goalposts|moving goalposts)',
      '(changed|changing|keeps changing|kept changing) (their|the|his|her|its) (brief|mind|scope|requirements|spec|plans|delivery date|dates?|deadline|timeline|schedule)',
      '(the )?(client|meeting|call|job|project) before (you|yours|this|ours)',
      '(nobody|no one) (told|sent|informed)',
      'at the request of',
      'in order to avoid',
      'given (what|the)',
      'so recent',
      'expired',
      "(he|she|they) (hasn't|has not|haven't|have not) been",
    ],
    standalone: [
      // Overload words say "no time for you" on their own, with or without an apology nearby ("busy"
      // alone can be good news, so it stays a cause that needs a slip).
      // Present tense stays a cause (it needs a slip or an apology): "we're swamped, so please book ahead" is a lead time.
      "(i've|i have|we've|we have|i've just|we've just|i was|we were) (been )?(so |very |really |extremely |incredibly |completely |totally )?(swamped|slammed|snowed under|overwhelmed|flat out|drowning)",
      "(i|we)( haven't| have not| hadn't| had not|'ve not|'d not) had (a |the |much |any |enough )?(spare |free )?(chance|time|opportunity|moment|minute|second|sec|bandwidth|capacity|headspace|head space)",
      '(i|we) (didn\'t|did not|never) (get|have|find) (a |the |much |any |enough )?(chance|time|opportunity)',
      'i wish i had (more )?time',
      'out of (our|my) hands',
      '(time|the day|the week|the morning|the afternoon|today|this week|the month) (got|ran|has run|has got|slipped) away (from|on) (me|us)',
      "(ran|run|running|'ve run|have run) out of time",
      // Past tense only: "things fall through the cracks" is a general remark, not the writer's slip.
      '(slipped|fell|has fallen|have fallen|had fallen) through the cracks',
      'otherwise (i|we) would have',
      "(i|we) just didn't plan",
      "(i'm|i am|we're|we are) (still )?waiting (on|for) (some |the |a |more |her |his |their )?(information|info|data|approval|feedback|input|sign-off|signature|call back|response|answer|confirmation|files|access|details|documents)",
      "tried … and it (wouldn't|didn't|won't) work",
    ],
    slip: [
      'late',
      'lateness',
      'delay*',
      'behind',
      'overdue',
      'postpone*',
      'reschedul*',
      'cancel*',
      '(push|pushed|pushing) (it |this |that )?back',
      // "The launch got pushed": the passive of putting it off.
      "(got|been|was|were|is|are|'s) (pushed|bumped)( back| out)?",
      '(move|moving|moved) (the|our|it|this)',
      "(haven't|have not|hasn't|has not|hadn't|had not) (yet )?(sent|gotten|got|finished|done|prepared|written|replied|responded|given|received|been able|completed|started|looked|reviewed|called|heard|included|managed|delivered|had)",
      "(didn't|did not|couldn't|could not|wasn't able|weren't able|was not able|were not able|unable|not able|failed|forgot) to",
      "(didn't|did not) (get|manage|send|finish|make|fill|attend|migrate|include|reply|call|bring|have|deliver|do|write)",
      // Not what the writer can't say, see or afford ("I can't comment", "can't vouch for it"): an opinion, not a slip.
      "re:(?:couldn['’]t|could not|can['’]t|cannot|can not)(?![\\p{L}])(?!\\s+(?:really\\s+|quite\\s+)?(?:comment|confirm|understand|tell|say|see|imagine|believe|think|vouch|find|afford|stand|remember|recall|wait|help|agree|argue|resist|complain|figure|work out|be bothered|be sure)(?![\\p{L}]))",
      'unable',
      'missed',
      'miss (the|your|our|my) (deadline|call|meeting|date)',
      "(won't|will not) be (ready|done|finished)",
      'not (be )?ready',
      "(won't|will not) make",
      "(didn't|did not|won't|will not|couldn't|could not) happen",
      "(won't|will not|wouldn't|would not) be able",
      '(taking|took|take) longer',
      '(need|needs|needed) (more|a few more|a couple more|extra|a bit more) (time|days|hours|weeks)',
      'incorrect',
      'wrong',
      "(not|isn't|wasn't|aren't|weren't) (working|done|finished|complete|ready|possible)",
      'still (need|needs|waiting|working)',
      '(it|this) will be (several|a few|some|a couple of) (weeks|days|months)',
      'lack of',
      'silence',
      "(haven't|have not) (written|been in touch)",
      '(going|running) (late|behind)',
      // A promise recalled and then undone: "I know I promised the wireframes yesterday, but …".
      "(i|we) (promised|had promised|said (i|we)'d|said (i|we) would) … but",
      'slipped',
      'fell behind',
      'late reply',
      '(slow|delayed|belated|tardy) (replies|reply|responses|response|answers|answer|turnaround)',
      "(i|we)('ve| have| had|'d|'m| am|'re| are| was| were) (been )?(a bit |so |really |very |too |terribly )?slow",
      '(held|holding) (us |it |things |everything )?up',
      '(set|sets|setting) (us|me|things|everything|the project) back',
      'only just (seen|got|read|noticed|picked up|caught|found)',
      'never (got|get|came|come) (back|round|around|to)',
      "(didn't|did not|never) (go|went) (out|live|ahead|through)",
      // "I meant to send it on Friday": a plan that did not happen.
      "(i|we) (meant|intended|was meant|were meant|was supposed|were supposed|'d meant|had meant|was going|were going|was hoping|were hoping|had hoped) to",
      '(going|gone|went) (quiet|silent|dark|awol|mia)',
      '(dragged|dragging|drags) on',
      "(didn't|did not|never) (see|notice|receive|spot|catch) (your|the|it|this|that)",
      "(is|are|was|were|got|has been|have been|'s been) stuck",
      "(taken|taking|took) (me|us) (so|this|too|a while|a bit|ages|forever)",
    ],
    link: [
      'because',
      'because of',
      'due to',
      'since',
      // Not "So, …" opening a sentence: that is how a story goes on, not a consequence.
      're:(?<=\\S\\s{1,3})so',
      'therefore',
      'thus',
      'hence',
      'which is why',
      "that's why",
      'that is why',
      'which means',
      'owing to',
      'given',
      'as a result',
      'what with',
      // Not "as I'd said" or "as we had agreed": the plan the writer is reporting on, not a reason.
      "as (i|we|he|she|they|it)( was| were| have| had| am| are| is| hasn't| haven't| had been|'ve been|'ve|'m|'re|'d)(?! (said|promised|planned|hoped|agreed|mentioned|expected|told|thought|discussed|arranged|assumed|asked|requested|quoted|estimated|written|wrote)(?![\\p{L}]))",
    ],
    reasonLinks: ['because', 'due to', 'since', 'owing to', 'given', 'what with', 'as '],
    apology: ['sorry', 'apologi*', 'apolig*', 'appologi*', 'apologe*', 'my apologies', 'sry', 'forgive', 'pardon', 'regret to', 'excuse (me|the)', 'my bad'],
    notExcuse: [
      'sorry to (hear|see|learn|read)',
      'sorry (about|for) (your|the loss|his|her|their)',
      // Not "my bad": said with a cause ("My bad on the late reply, we lost power") it is an apology for a slip.
      '(my|our) (mistake|fault|error|oversight|miss)',
      // The reader's misfortune: "I'm sorry your flight was delayed".
      'sorry (that )?(your|you) (flight|train|trip|journey|holiday|vacation|day|week|weekend|move|kids?|son|daughter|family|mum|mom|dad|event|party)',
      // Busyness as good news: "we've been flat out with new enquiries, a good problem to have".
      '(good|nice|great|lovely|happy) problem to have',
      // What the apology is for, not why: "sorry for any inconvenience the outage caused".
      '(inconvenience|disruption|trouble|frustration) (the|this|that|our|any) (outage|downtime|crash|bug|glitch|issue|error|disruption) (caused|has caused|may have caused|might have caused)',
      '(i|we) (forgot|overlooked|underestimated|misjudged|dropped the ball|messed up|screwed up)',
      "(that's|that is|this is|it's|it is) on (me|us)",
      '(i|we) take (full )?responsibility',
      "(you|you're|you are|you were|you've been|you have been) (so |very |extremely |really )?(busy|sick|ill|unwell|poorly|under the weather|swamped|slammed|snowed under|flat out|away|off)",
      '(knows?|realize|understand) (that )?you',
      // Sympathy for the reader's hard time: "Sorry you've had such a rough week".
      "you('ve| have)? (had|been having|are having|'re having) (such )?(a )?(rough|tough|hard|difficult|bad|stressful|long|crazy|hectic|busy) (time|week|day|month|year|few)",
      // Owning it in other words: "I got the estimate wrong", "I scheduled it badly", "no excuses".
      '(i|we) got (the|my|our|your|that|this) (\\p{L}+ ){0,2}wrong',
      '(i|we) (scheduled|planned|estimated|quoted|organised|organized|judged|managed) (it|this|that|things|the \\p{L}+)? ?badly',
      'no excuses?',
      '(mix-up|mixup|mistake|error|slip|oversight|screw-up) (at|on) (our|my) (end|side)',
      'fell through the cracks',
      // A guarantee about what may go wrong some day is no reason for a slip: "whatever goes wrong, we fix it".
      '(whatever|whenever|if( it| anything| something)?( ever)?|in case (anything|something)) (goes|go) wrong',
      '(nothing|not one thing|never anything) (will|would|is going to|can|could) (ever )?(go|goes|break) wrong',
      '(outages|downtime|delays|bugs|problems) (simply |just )?(won\'t|will not|will never|never) (happen|occur)',
    ],
    decline: [
      "(won't|will not|can't|cannot|can not|will be unable to|won't be able to|will not be able to|not be able to|not sure (i|we)'ll be able to) (make it|attend|come|join|go|be there|stop by|get off|help|meet|watch|(make|do) ((the|our|your|this|that|tomorrow's|today's|tonight's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's) )?(\\p{L}+ )?(call|meeting|workshop|session|event|party|dinner|lunch|drinks|webinar|presentation|appointment|launch|kickoff|kick-off|standup|stand-up|review|catch-up|training))",
      "(i'll|i will|we'll|we will|i'm going to|we're going to) (have to )?(miss|skip|sit out) (the |our |your |tomorrow's |today's |tonight's |this week's |next week's )?(\\p{L}+ )?(standup|stand-up|call|meeting|session|lunch|workshop|review|catch-up|training|class|lesson)",
      '(have|got) (guests|plans|company)',
      "(can't|cannot|can not|won't be able to) do (monday|tuesday|wednesday|thursday|friday|saturday|sunday|that day|that time|that date|then)",
      '(booked (solid|up)|fully booked)',
      // Busy on a day still ahead, said with an offer of another: "I'm tied up all day Friday, could we do Monday?"
      "(i'm|i am|we're|we are|i'll be|i will be|we'll be|we will be) (tied up|busy|booked up|in meetings|away|unavailable|on site|travelling|traveling) (all (day|morning|afternoon) )?(on )?(this )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|that day)",
      "i'd love to (go|come|join), but",
    ],
  },

  overPromise: {
    availability: [
      "(i'm|i am|we're|we are|i'll be|we'll be|i will be|we will be) (always|constantly|permanently|forever|literally always) (online|available|reachable|on call|on hand|around|here|at your (service|disposal)|a (call|message|text|ping) away|glued to (my|our) (phone|inbox))",
      "(i|we) (never|don't|do not) (go offline|switch off|log off|sleep)",
      "(i|we) (am|are|'m|'re) never (offline|unreachable|off)",
      '24/7',
      '24x7',
      '24 hours a day',
      '(7|seven) days a week',
      '(round|around) the clock',
      'day (or|and) night',
      'night (or|and) day',
      'any (time|hour) of (the )?(day|night)',
      'at any hour',
      '(weekends|nights|evenings) (and (holidays|weekends|nights) )?(included|too|as well)',
      '(even )?(on|at) (weekends|nights) (and (holidays|nights|weekends) )?(too|as well|included)',
      "(i|we)('ll| will)? (always )?(reply|respond|answer|get back to you|pick up) (within|in) (minutes|a few minutes|(5|10|15|five|ten|fifteen) (minutes|mins)|seconds|an hour|the hour),? (whenever|every time|any time|anytime|no matter when|always|day or night)",
      '(i|we) (always )?(reply|respond|answer|get back to you) (instantly|immediately|straight away|right away),? (whenever|every time|any time|anytime|always|day or night|no matter when)',
      '(i|we) always (reply|respond|answer|get back to you) (instantly|immediately|straight away|right away|within minutes|within the hour|the same (day|hour))',
      // Off hours offered as the standing rule: "evenings, weekends, bank holidays, I'm there".
      '(evenings|nights|weekends|bank holidays|holidays|sundays|saturdays|late at night|early morning),? (evenings|nights|weekends|bank holidays|holidays|sundays|christmas day|late at night|early morning|whatever|it doesn.t matter)',
      "(i|we) (never|don't|do not) (close|take (a )?days? off|take holidays|switch (my|our) phones? off)",
      '(i|we) always (pick up|answer the phone|get back to you|reply|respond)',
      "(i|we) (reply|respond|answer|get back) (to )?(every|all|any) (message|email|mail|call)s? (personally )?(within|in) (minutes|(a few|5|10|15|five|ten|fifteen) minutes)",
      '(whatever|whichever) the (hour|day|time)',
      'any (day|hour|time) of the (year|week)',
      'glued to (my|our) (phone|inbox|laptop)',
      '(on call|on-call) (for you|designer|developer|24)',
      "(i'm|i am|we're|we are) never offline",
    ],
    speed: [
      '(any|every|each|all|most) (change|changes|fix|fixes|edit|edits|update|updates|tweak|tweaks|revision|revisions|request|requests|correction|corrections|page|pages) (take|takes|will take|only takes|just takes) (me|us)? ?(just |only )?(a |five |5 |two |2 |ten |10 |a few |a couple of |fifteen |15 )?(minutes?|mins?|seconds?)',
      '(take|takes) (me|us) (literally )?(just |only )?(five|5|two|2|ten|10|a few|a couple of) (minutes|mins|seconds) (each|every time|max|tops)',
      '(redo|rebuild|build|make|design|do|finish|code|translate|write|launch) (the|your) (whole|entire|full|complete) … (in|within) (an|one|a single|two|2|a couple of|a few) (hour|hours|evening|afternoon|morning)',
      "(you('ll| will)|you can) always (have|get|expect) (it|them|the [\\p{L}-]+|your [\\p{L}-]+|changes|updates|results) (the same day|same day|same-day|within the hour|within an hour|in minutes|instantly|overnight)",
      '(always|every time|guaranteed) (the same day|same-day|same day|within the hour|overnight)',
      'same-day (turnaround|delivery) (always|every time|guaranteed|on everything|on all)',
      '(instant|immediate) (turnaround|delivery|fixes|changes) (always|every time|guaranteed|on everything)',
      '(changes|edits|fixes|updates|tweaks) are (instant|immediate)',
      "(every|each|any) (bug|fix|change|edit|request|correction) … (gets? (fixed|done)|(is|are) (fixed|done)|done) (within (the|an) hour|the same day|same day|within minutes|in minutes)",
      "(you('ll| will)) (always )?(have|get) it (live )?(the same day|same day|within the hour|in minutes)",
      '(give me|in) (an|one) hour and (it.s|it is) done',
    ],
    quality: [
      "guarantee*?,? (that )?(there (will|'ll) be |it (will|'ll) be |the [\\p{L}-]+ (will|'ll) be |you (will|'ll) (have|get|be) )?(no|zero|bug-free|error-free|bug free|error free|100%|perfect|flawless)",
      '(no|zero) (bugs|errors|downtime|mistakes|typos),? guarantee*',
      '(100%|completely|totally|absolutely|entirely) (bug-free|error-free|bug free|error free|flawless|unhackable|foolproof)',
      'nothing (can|will) (ever )?go wrong',
      '100% uptime',
      "(it|the site|your site|the website|your website|the shop|your shop|the app|your app) (will|'ll) never (go|be) down",
    ],
    deadline: [
      "(i|we) (will|'ll) never (miss|be late|let you down)",
      '(i|we) (never|have never) (miss|missed|been late|blow|blown) (a |any |one )?(deadline|deadlines|delivery|date)',
      '(always|100%|every time|every single time) on time',
      '(always|never fail to) (deliver|finish|ship|submit) on time',
      "(we've|we have|i've|i have) never missed (a |one |any )?(deadline|delivery)",
      "(you('ll| will)) never (see|have) a missed deadline",
      "(you('ll| will)) never (have to )?(chase|wait for) (me|us)",
    ],
    recurrence: [
      "(this|it|that)('ll| will| won't| will not) (never )?(happen|occur) again",
      "(won't|will not|will never|'ll never) (ever )?happen again",
      "(i|we) (will|'ll) never (again )?make (this|that|the same) (mistake|error)",
      "(make sure|ensure|promise) (that )?(this|it|nothing like (it|this|that)) (never|won't|will never) (ever )?happens? again",
    ],
    revisions: [
      'unlimited (revisions|changes|edits|rounds|corrections|iterations)',
      "until you('re| are) (100%|completely|fully|totally|entirely|absolutely) (satisfied|happy)",
      'as many (revisions|changes|rounds) as you (want|like|need)',
      '(change|revise|tweak|redo) anything … as many times as you (want|like|need)',
      'unlimited (free )?(revisions|changes|edits|rounds|corrections|iterations)',
    ],
    outcome: [
      'guarantee*?,? (that )?(you (will|\'ll) (get|be) )?(first|top|number one|#1|results|success|more (sales|traffic|clients|customers|leads)|double|triple)',
      '(first|1st|top|number one|#1|no. 1) (page|spot|position|place|result|ranking)s? (of|on|in) google',
      '(number one|#1|no. 1|first) on google',
      "(rank|be|get you|put you|you'll be) on (page one|page 1|the first page)",
      '(page one|page 1|first page|top 3|top three|top 10) (of|on|in) (google|search|the search results)',
      'guaranteed? to (double|triple|go viral)',
      "(will|'ll) go viral",
      "(conversions|sales|traffic|leads|revenue|bookings) (will|'ll) (double|triple)",
    ],
    notOverPromise: [
      // A named exception is not a standing rule: "this once I'll work over the weekend".
      '(this|just this|only this) (once|time|weekend|one time)',
      'as an exception',
      "if (necessary|needed|it is urgent|it's urgent|urgent)",
      // A remedy alone promises no outcome: "30-day money-back guarantee".
      're:(?<![\\p{L}])(?:\\d+[- ]day )?money[- ]back guarantee(?![\\p{L}])(?!.*\\b(?:first|top|number one|#1)\\b)',
      "we can('t|not) guarantee",
      "(i|we) (can't|cannot|can not|won't) (promise|guarantee)",
      'no one can (promise|guarantee)',
      // Saying what is not offered: "we don't do 24/7 support", "I can't be available around the clock".
      "re:(?:don['’]t|do not|can['’]t|cannot|won['’]t|not)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:24/7|24x7|around the clock|round the clock)",
      // Someone else keeps the watch: a host's monitoring, an on-call rota, a support team.
      '(hosting|host|provider|monitoring|monitored|automated|automatic|rota|on-call team|support team|support desk)',
    ],
  },

  we: ['we', "we'll", "we're", 'us', 'our', "we've"],

  // Salutations that open a message ("Hi Anna,"): a rewrite of the first sentence keeps them.
  greeting: ['hi', 'hello', 'hey', 'dear', 'good (morning|afternoon|evening)', 'morning', 'hi there', 'hello there'],

  messages: {
    excuse:
      'An excuse: the client hears a reason, not a plan. Own the slip and give the new date; the cause rarely helps.',
    'vague-promise':
      'A hedge: "try", "hopefully", "at some point" tell the client you may not deliver. Say what you will do and when.',
    'missing-date':
      'A commitment with no date: the client cannot plan around "soon" or nothing. Name the day.',
    'over-promise':
      'An over-promise: the client will hold you to it, and no one keeps it for long. Promise the pace you can keep every week.',
  },

  rewrite: {
    weekdays: {
      plain: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
      by: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
      to: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    },
    months: {
      plain: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
      by: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
      to: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    },
    frames: { plain: '{weekday}, {day} {month}', by: 'by {weekday}, {day} {month}', to: '{weekday}, {day} {month}' },
    miss: { i: "I'll miss {old:to}. The new date is {new:plain}.", we: "We'll miss {old:to}. The new date is {new:plain}." },
    owned: { i: "Sorry for the delay. I'll have it to you {new:by}.", we: "Sorry for the delay. We'll have it to you {new:by}." },
    newDate: ' The new date is {new:plain}.',
  },
});
