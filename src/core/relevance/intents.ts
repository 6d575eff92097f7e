import type { Intent } from '../assessment';
import { CueIndex, CueLibrary, wordStartsAt } from './gate';
import type { Field, Sentence } from './tokens';

/**
 * What the author wants, read from phrase cues the way people actually write: per sentence,
 * skipping quoted lines (someone else's words), with negation ("wouldn't recommend", "no
 * complaints") and disclaimers ("not asking for recommendations") taken into account.
 * Competitor comparison needs the profile's names, so assess.ts decides it from `comparisonCue`.
 */

export interface IntentHit {
  intent: Intent;
  field: Field;
  /** Offsets in the folded field text. */
  start: number;
  end: number;
  sentence: number;
}

// "n't", or its apostrophe-less spelling as a whole word ("dont"); not any word ending in "nt" ("current", "want").
const NEGATION =
  /(?:\b(?:not|no|never|without|hardly|barely|nothing|nobody|zero|neither|nor|cant|dont|wont|isnt|arent|wasnt|werent|didnt|doesnt|havent|hasnt|hadnt|couldnt|wouldnt|shouldnt|aint)|n't)\W+(?:[\w']+\W+){0,2}$/;

interface CueSet {
  /** Cues a negation in front turns off. */
  negatable?: RegExp;
  /** Cues that stand as they are (they may contain their own negation). */
  fixed?: RegExp;
  /** Only counts in a sentence that asks (ends with ?, or carries an explicit ask). */
  whenAsking?: RegExp;
}

const ASK_WORDS =
  /\b(?:hear from|hear about|experiences?|anyone|anybody|someone|somebody|y'?all|folks|guys|please|pls|plz|help|advice|suggest\w*|recommend\w*|wondering|curious|thoughts|ideas|tips|input|need|looking for|appreciate\w*)\b/;

/** The author recommending something themselves (ENDORSING: the same, to test a whole text). */
const ENDORSING = /\b(?:highly|strongly|definitely|totally|absolutely|wholeheartedly|100%|i'?d|i would|i|we) (?:\w+ )?(?:recommend|suggest)\w*|^\W*(?:highly |strongly |definitely |would )?recommend(?:ed)?\b/m;
const ENDORSES = /\b(?:highly|strongly|definitely|totally|absolutely|wholeheartedly|100%|i'?d|i would|i|we) (?:\w+ )?(?:recommend|suggest)\w*/g;

const QUESTION: CueSet = {
  fixed: new RegExp(
    [
      String.raw`(?:^|[,;:]\s*|\b(?:so|and|but|or|also|like|ok|okay)\s+)\W*(?:@[\w.-]+\s+)?(?:how (?:do|does|can|could|should|would|did|long|much|many|often)|what (?:do|does|did|is|are|was|should|would|can|could|kind|type|size|temp|setting)|what'?s|whats|which (?:is|are|one|of)|where (?:can|do|does|should|is|are)|why (?:does|do|is|are|did|would|won'?t|doesn'?t|can'?t)|when (?:should|do|does|will|is)|is (?:there|it|this|that|anyone|anybody)|are (?:there|these|those|you|they)|does (?:anyone|anybody|this|that|it)|do (?:you|i|we|any|people|others)|has (?:anyone|anybody)|have (?:you|any|anyone)|did (?:they|you|anyone|anybody|someone|i|we|it)|can (?:i|you|someone|anyone|somebody|we)|could (?:i|you|someone|anyone)|should (?:i|we)|would (?:you|anyone|it))\b`,
      String.raw`(?<!\b(?:to|for|tell|with|of) )\b(?:anyone|anybody|any ?one) (?:know|knows|have|has|had|tried|try|using|use|used|else|here|got|seen|dealt|run|running|familiar|managed|figured|experienced|able|track|tracking|put|own|owns|made|switched|moved|compared|noticed|notice|seeing|find|found|gone|been|done|ever)\b`,
      String.raw`\b(?:does|has|can|could|did|would|is) (?:anyone|anybody|someone|somebody)\b`,
      String.raw`\b(?:i'?m |i am |just |was |been )?wondering (?:if|whether|how|what|why|where|which|who|about)\b`,
      String.raw`\bcurious (?:if|whether|how|what|why|where|which|about|to (?:hear|know|see))\b`,
      String.raw`\b(?:not sure|unsure|no idea|no clue) (?:how|what|if|whether|why|which|where|when)\b`,
      String.raw`\b(?:need(?:ing)?|want|would (?:love|like|appreciate)|could use|looking for|seeking|asking for) (?:some |any |a little |your )?(?:help|advice|input|guidance|pointers|tips|insight|feedback|opinions|thoughts|ideas)\b`,
      String.raw`\b(?:help (?:me|needed|please|wanted|appreciated|a (?:noob|newbie|beginner))|please help|halp)\b`,
      String.raw`\b(?:how (?:do|can|should|would|to) (?:i|you|we|one|people)|what'?s the (?:best|right|easiest|proper|correct) way|is there (?:a|an|any) (?:way|tool|app|setting|option|trick|fix|workaround))\b`,
      String.raw`\b(?:trying to|tried to|can'?t|cannot|struggling to) (?:figure out|work out|understand|decide|get my head around)\b`,
      String.raw`\b(?:appreciate|welcome) (?:any|some|your|all) (?:help|advice|tips|input|thoughts|suggestions|recommendations|pointers|insight)\b`,
      String.raw`\b(?:any|some) (?:advice|tips|pointers|ideas|insight|input|thoughts|suggestions|guidance|help) (?:on|for|about|would|appreciated|welcome|please|here)\b`,
      String.raw`\b(?:let me know|lmk|tell me|explain) (?:if|what|how|which|why|your|whether)\b`,
      String.raw`\b(?:what|how) (?:do|does|would|should) (?:you|y'?all|people|folks|others|everyone|u) (?:all |guys |folks )?(?:think|use|handle|deal|do|manage|recommend|suggest|go about)\b`,
      String.raw`\bis (?:it|this|that|mine) (?:normal|possible|safe|worth|just me|ok|okay|bad|fine|true|better|expected|a known)\b`,
      String.raw`(?:^\W*(?:what|which|how|where|why|who)|[,;:]\s*\W*(?:what|how|where|why|who)) (?!(?:i|i'd|i'm|i've|we|we'd|we've|it|they|he|she|my|our|their) )(?:[\w'-]+ ){1,2}(?:is|are|does|do|did|should|would|can|will|am)(?: i| you| it| they| we)?\b(?! (?:i|we) (?:like|love|learned|use|did))`,
      String.raw`\bwhat am i (?:missing|doing wrong)\b`,
      String.raw`\b(?:am i|are we) (?:doing something|missing something|the only one|crazy|wrong)\b`,
      String.raw`\beli5\b`,
      String.raw`\bor (?:am|should|do|is|are|did|does|was|would|will|can) (?:i|we|it|this|that|there|they|you|mine)\b`,
      String.raw`\b(?:real|honest|serious|quick|genuine) question\b|\bgenuinely asking\b|\bplease (?:tell me|advise|explain|look into|confirm)\b`,
      String.raw`\bany (?:[\w-]+ )?(?:people|folks|owners|users|parents|players|runners|hikers|devs|teams)(?: out there| here)? (?:have|know|tried|use|using|got|recommend|had|run|running)\b`,
      // Asks without a question mark: "a little help here", "any fixes before I call support", "I'd love to hear how…".
      String.raw`\b(?:a little|some|any) help here\b|\bany (?:fixes|workarounds)\b|\b(?:love|like) to (?:hear|know) (?:how|what|if|whether|which|about your|your)\b|\bwho (?:has|have) (?:actually |ever |already )?(?:used|tried|done|had|dealt with|switched)\b|\bappreciate (?:\w+ )?(?:war stories|hearing (?:from|about|how|what))\b`,
      // Other languages' "does anyone know" (no \b: "¿alguien" starts a word at the "¿" for the index).
      String.raw`(?:(?:hat|kennt|weiss|weiß) jemand|alguien (?:sabe|tiene|conoce|recomienda|mas)|quelqu'?un (?:sait|a deja|conna\w+|peut)|qualcuno (?:sa|ha|conosce)|alguem (?:sabe|tem|conhece))\b`,
    ].join('|'),
  ),
};

/** Questions nobody expects an answer to. */
const RHETORICAL = new RegExp(
  [
    String.raw`^\W*(?:who knew|guess what|why not|am i right|you know what|right|huh|what|why|really|seriously|srsly|wtf|eh|lol|ok|okay|wow|why me|who cares|who does that|ever wonder why)\W*$`,
    String.raw`\b(?:who could have (?:seen|guessed|predicted|known)|why do i (?:even )?(?:bother|try)|who (?:even )?(?:asked|cares))\b`,
    String.raw`^\W*(?:who knew|guess what|who would have thought|who'?d have thought|why is this still|why are we still|how is (?:this|it) (?:still|20\d\d)|remember when|isn'?t it (?:funny|wild|crazy|ironic)|what'?s the point)\b`,
    String.raw`\b(?:was (?:that|it) (?:so|really so|really that) hard|(?:really |just )?too much to ask|how many (?:more )?times do (?:we|i|you) have to|why did (?:nobody|no one) (?:warn|tell)|why do (?:brands|companies|they|people) (?:even )?(?:do|keep doing) (?:this|that))\b`,
    // Uptalk, not a question: "it's fine?", "is genuinely good??"
    String.raw`^(?!.*\b(?:which|what|how|who|where|anyone|anybody|is it|is this|are they|does|do you)\b).*\b(?:is|it'?s|looks|seems|was)(?:\W+| (?:actually|genuinely|kinda|pretty|just|really) )(?:fine|good|great|decent|ok|okay)\W*$`,
    String.raw`\b(?:what could (?:possibly )?go wrong|how (?:cool|awesome|great|hard|bad|sad|funny) is that|what'?s not to (?:love|like)|who doesn'?t|isn'?t it|why do i (?:even )?bother|are you (?:kidding|serious)|can you (?:believe|imagine)|what (?:the (?:hell|heck|f\w*)|a joke)|how is this (?:still )?(?:a thing|acceptable|ok|legal)|who (?:even )?(?:needs|asked)|why would (?:anyone|you) (?:ever )?(?:pay|buy|use))\b`,
  ].join('|'),
);

const RECOMMENDATION: CueSet = {
  negatable: new RegExp(
    [
      String.raw`\b(?:any|your|some|need|want|looking for|open to|welcome|appreciate|taking|seeking|would love|give me|got any|drop your|share your|hit me with|asking for) (?:good |solid |personal |product |specific |gear |app )?(?:recommendations?|recs?|suggestions?|alternatives?|options?)\b`,
      String.raw`\b(?:recommendations?|recs|suggestions?) (?:for|on|please|welcome|appreciated|needed|wanted|pls|plz)\b`,
      String.raw`\b(?:can|could|would|will|do|does) (?:you|anyone|anybody|someone|somebody|y'?all|people|folks|u|any of you) (?:\w+ )?(?:recommend|suggest)\b`,
      String.raw`\b(?:what|which|who|where) (?:would|do|does|should|can|did) (?:you|anyone|people|y'?all|folks|u|i|everyone|others) (?:\w+ )?(?:recommend|suggest|use|buy|get|pick|choose|go with|go for|using|look for|look at|start with|switch to|try)\b`,
      String.raw`\bwhat(?: are| is|'?s|'re) (?:you|everyone|people|ppl|y'?all|folks|others|u|you all|you guys) (?:\w+ )?(?:using|running|buying|use|rocking|drinking|wearing|loving|recommending|getting)\b`,
      String.raw`\b(?:what|which)(?:'?s| is| are| would be| will be) (?:the |a |your |some |a really )?(?:best|good|decent|solid|top|go-to|favou?rite|cheapest|recommended|ideal|right|better|most reliable)\b`,
      String.raw`\bwhich (?:one|\w+|\w+ \w+) (?:should|would|to|do|is|are|would you|did|works)\b`,
      String.raw`\bshould i (?:get|buy|go with|choose|pick|switch|upgrade|try|invest|grab|order|stick with|wait for|keep|use|move to|jump to)\b`,
      String.raw`\b(?:is|are) (?:it|they|this|these|those|the \w+(?: \w+)?|an? \w+(?: \w+)?) (?:really |still |even )?worth (?:it|the|buying|getting|upgrading|paying|\$|trying)\b`,
      String.raw`\bworth (?:it|buying|getting|the money|the price|upgrading|the upgrade|paying for)\s*\?`,
      String.raw`\b(?:alternatives?|replacements?|substitutes?|equivalents?|dupes?) (?:to|for)\b`,
      String.raw`\b(?:in the market for|shopping (?:around )?for|on the hunt for|hunting for)\b`,
      String.raw`\blooking (?:for|into) (?:a |an |some |something |good |decent |cheap |affordable |the best |recommendations|suggestions|options|alternatives|an app|a tool|a way|a new |a better |a replacement|a solid |a reliable |my first |a budget |a pair|one that|a \w+ that)`,
      String.raw`\b(?:torn|deciding|choosing|stuck|debating|undecided) between\b`,
      String.raw`\bhelp (?:me )?(?:choose|pick|decide)\b`,
      String.raw`\bwhat (?:should|would|do|can) i (?:buy|get|use|choose|look for|pick|go for|go with|try|switch to|upgrade to)\b`,
      String.raw`\bwhere (?:else )?(?:should|can|do|would) (?:i|we|you) (?:go|buy|get|find|order|shop)\b`,
      String.raw`\b(?:what are my|are there (?:any )?(?:good |other |better |cheaper )?)(?:options|alternatives|choices)\b`,
      String.raw`\b(?:need|want) (?:a|an|some|something) (?:good|decent|new|reliable|better|cheap|cheaper|affordable|simple|solid|proper) \w+`,
      String.raw`\b(?:what|where) (?:are|is|do|did) (?:people|everyone|folks|y'?all|you(?: all| guys| lot)?|others|u) (?:\w+ )?(?:moving|switching|going|migrating|using|running|wearing|carrying|hauling|buying|getting|drinking|putting|keeping|recommend\w*|swear\w*|doing for|use|wear|carry|run|buy|get)\b`,
      String.raw`\bwhat (?:do|did|does) (?:you|y'?all|people|folks|u|everyone)(?: all| guys| lot)? (?:\w+ )?(?:wear|use|carry|run|buy|get|drink|recommend|swear by|like|prefer|pair)\b`,
      String.raw`\bwhat (?:has |have )?(?:actually |really )?(?:helped|worked|stuck) (?:for |with |at )?(?:you|your|y'?all|people|others)\b`,
      String.raw`\bwhat(?:'?s| is) (?:your|everyone'?s|people'?s) (?:go-to|favou?rite|pick|setup|choice|daily driver|holy grail|hg)\b`,
      String.raw`\b(?:is there|are there|any) (?:a |an |any |some |something )?(?:good |decent |cheap |simple |single |better |other |free )?(?:[\w-]+ ){0,2}?(?:tool|app|service|product|option|alternative|brand|thing|one|setup|model|device|machine|method|technique|plugin|approach|solution|workaround)s? (?:that|which|for|to|with|like)\b`,
      String.raw`\b(?:anyone|anybody|someone|any of you) (?:know|knows|have|has|got|recommend|found|use|using|running|tried) (?:of )?(?:a|an|any|some|good|decent) (?:[\w'-]+ ){0,5}?(?:that|which|for|to|with|like|under|without|near|around)\b`,
      String.raw`\bwhat(?:'?s| is) (?:the )?closest (?:thing|alternative|replacement|equivalent)\b`,
      String.raw`\b(?:setup|tool|tools|app|apps|stuff|gear|products?) (?:people|you|y'?all|folks|everyone|others) (?:\w+ )?(?:use|run|wear|recommend|swear by)\b`,
      String.raw`\bopen to (?:switching|trying|other|alternatives|suggestions|recommendations)\b`,
      String.raw`\bwhat (?:are|is) (?:[\w'-]+ ){0,3}?(?:people|folks|everyone|you(?: all| guys)?|y'?all|others) (?:\w+ )?(?:using|running|wearing|carrying|buying|getting|drinking)\b`,
      String.raw`\bwhich (?:would|should|do|did) (?:you|i|we)\b`,
      String.raw`\bwhat(?:'?s| is) your (?:system|setup|approach|workflow|process|method|secret|stack|routine|strategy|trick)\b`,
      String.raw`\bhow do (?:you|y'?all|people|folks|others)(?: all| guys| lot)? (?:keep track|track|manage|handle|organi[sz]e|deal with|find out|stay on top|budget|plan)\b`,
      String.raw`\bwhat (?:[\w'-]+ ){1,2}(?:are|do|did|would|should) (?:you|y'?all|people|folks|everyone|others)(?: all| guys| lot)? (?:\w+ )?(?:using|running|wearing|carrying|use|run|wear|carry|recommend|buy|get)\b`,
      String.raw`\bwhat(?:'?s| is| has been) (?:actually |really )?(?:working|worked) (?:for|with) (?:you|your|y'?all|people)\b`,
      String.raw`\bshould (?:i|we) [^?.!]{1,60}\bor\b`,
      String.raw`\b(?:can'?t|cannot|trying to|need to|have to|help me) (?:decide|choose|pick)\b`,
      String.raw`\b(?:what|which) (?:should|would|do) (?:i|we) (?:replace|upgrade|swap|switch|move|go|look)\b`,
      String.raw`\b(?:recs|crowdsourcing|suggestions welcome|open to suggestions|taking suggestions|shopping list)\b`,
      String.raw`\b(?:after|want|need|on the lookout for|in search of) (?:something|a pair|a new pair|one) (?:[\w-]+ (?:enough )?)?(?:with|that|for|to)\b`,
      String.raw`\b(?:which|what) (?:is|one is|would be) (?:better|best|the better)\b`,
      // Asking what others moved to, settled on or do now; open-ended asks for ideas.
      String.raw`\b(?:what|which \w+) (?:did|do|have) (?:you|y'?all|people|ppl|everyone|folks|others)(?: all| guys| lot)? (?:\w+ )?(?:replace\w*|move(?:d)? to|switch(?:ed)? to|settle(?:d)? on|start(?:ed)? (?:on|with)|end(?:ed)? up (?:with|on|using|buying|getting)|land(?:ed)? on|migrate(?:d)? to|go with|went with)\b|\bwhere did (?:you|y'?all|people|ppl|everyone|folks)(?: all| guys)? (?:\w+ )?(?:go|move|switch|end up|land)\b|\bwhat (?:are|is) (?:you|everyone|people|ppl|y'?all|folks|others|u)(?: all| guys| lot)? (?:\w+ )?(?:feeding|typing on|doing (?:for|in|about|these days|now|instead)|playing|eating|cooking|ordering|reading|watching)\b|\b(?:ideas|suggestions|recs|recommendations|thoughts) (?:welcome|appreciated)\b|\bopen to (?:anything|ideas|whatever)\b|\bwhat (?:[\w-]+ ){1,2}should (?:a|an) (?:beginner|newbie|noob|first-timer|novice)\b|\bwhat(?:'?s| is| are) the (?:least (?:bad|annoying|painful|expensive)|cheapest|easiest|simplest|lowest[- ]effort|most (?:reliable|affordable|comfortable|durable))\b|\bwhich (?:one|of (?:them|these|those|the two)) (?:[\w'-]+ ){1,6}?(?:better|best)\b|\bwhich (?:[\w-]+ ){1,3}actually (?:work|last|hold up|survive|handle|stay)|\bwhat (?:[\w-]+ ){1,2}actually (?:stays|works|lasts|holds up|survives|handles|fits)\b|\bany (?:[\w-]+ )?(?:people|folks|owners|users|parents|players|runners|hikers|devs|teams)(?: out there| here)? (?:have|know|tried|use|using|got|recommend)\b|\b(?:anyone|anybody|someone|any of you) (?:know|knows|have|has|got|found|use|using|tried) (?:of )?(?:something|anything) (?:that|which|for|to|with|like)\b|\bworth it over\b|\b(?:am i|are we|would i be|would we be) better off\b`,
      // Where to begin, which one has the best X, the cheapest place, "…or something else?".
      String.raw`\bwhere (?:to|do i|should i|would i) (?:even )?start\b|\bwhich (?:[\w-]+ ){1,2}(?:has|have|offers?|gets?|makes?) the (?:best|most|least|better|nicest)\b|\bwhere(?:'?s| is| are) the (?:cheapest|best (?:place|price|deal))\b|(?<!\bor )\bsomething else\s*\?|\bwhich ones?\s*(?:\?|$)|\bwhat (?:can|should) (?:i|we) (?:change|swap|replace|upgrade)\b|\bkennt jemand (?:eine?n?|gute)\b|\bneed (?:a|an|some) (?:[\w-]+ ){1,2}for (?:a|an|my|our)\b|\b(?:we'?re|i'?m|we are|i am) looking at (?:[\w-]+ ){1,2}(?:that|which)\b`,
      // What others use now, what is left, what actually works: asks for options without "recommend".
      String.raw`\bwhat (?:are|is) (?:you|everyone|people|ppl|y'?all|folks|others|u)(?: all| guys| lot)? [\w-]+ing (?:[\w-]+ ){0,3}?(?:these days|nowadays|now|instead|with|through)\b|\bwhat(?:'?s| is| else is)? (?:out there|left) (?:that|which|with|for)\b|\bwhat else (?:should|would|could|do|can|is|are|scratches|works)\b|\blooking (?:for|at) (?:\w+ )?(?:ideas|options|suggestions|what (?:people|others|folks|teams))\b|\bneed (?:a|an) (?:[\w-]+ ){1,2}(?:with|that|which)\b|\b(?:need|want|looking for) (?:something|somewhere) (?:[\w-]+ )?(?:that|which|with|for|near|under)\b|\bneed something (?:quiet|cheap|simple|reliable|small|light|sturdy|durable)\b|\bbest (?:[\w-]+ ){1,3}?(?:under|below) [$\u20ac\u00a3]?\d|\bworth it or\b|\bwhich (?:one|ones|of (?:them|these|those)) (?:actually|really)\b|\bwhat (?:do|did|would) (?:you|people|y'?all|folks)(?: all| guys)? (?:\w+ )?pay for\b|\b(?:anything|something) that (?:has )?(?:actually |really )?(?:worked|works|helped|helps) (?:for|with) (?:you|people|others|anyone)\b|\bwhere (?:do|did|are|would) (?:people|folks|y'?all|you(?: all| guys)?|everyone) (?:even )?(?:look|looking|find|finding|buy|buying|get|getting|shop|shopping|book|booking)\b|\bwhat (?:[\w-]+ ){1,3}(?:is|are|was) (?:he|she|they) (?:using|running|wearing|playing|shooting|rocking)\b|\b(?:love|like|appreciate) (?:to hear|hearing) (?:from )?(?:anyone|people|those|folks|teams|others|what (?:people|you|teams|others))\b|\bwhat (?:actually|really) (?:works|worked)\b(?!\s*:)|\b(?:any|some) (?:[\w-]+ ){1,2}(?:people|folks|you|y'?all) (?:actually |really )?(?:swear by|recommend|love)\b`,
    ].join('|'),
  ),
  whenAsking: /\b(?:best|good|decent|favou?rite|go-to) [\w'-]+(?: [\w'-]+)? (?:for|under|around|below|to|on a|that)\b|\b(?:recommend|suggest)\b|\boptions\b|\bgood (?:option|choice|pick)s?\b|\bfirst (?:\w+ )?(?:setup|machine|app|tool|purchase)\b|\bworth (?:it|the (?:extra|upgrade|money|price|hype|switch|upcharge)|upgrading|switching|buying|getting|paying)\b|\b(?:the )?right (?:choice|one|call|pick|size|model)\b|\b(?:vs\.?|versus)\b|\b(?:something|anything|one) (?:that|which) (?:does|works|won'?t|doesn'?t|isn'?t|can|will|actually|covers|handles)\b|\b(?:shortlist(?:ed)?|narrowed (?:[\w'-]+ ){0,4}?down to|evaluating|cross-?shopp\w+|deciding on)\b|(?:lohnt sich|vale la pena|vaut le coup|empfehl\w*|recomiend\w*|recomenda\w*|conseill\w*|consigli\w*)/,
};

const RECOMMENDATION_DISCLAIMER =
  /\b(?:isn'?t|is not|not) (?:a|another) (?:post|question|thread|review) about (?:which|what)\b|\b(?:not|n'?t|no|never) (?:really |actually )?(?:looking|asking|here|seeking|need|want)(?:ing)? (?:for )?(?:any )?(?:recommendations|recs|suggestions|advice|alternatives|product recs|shopping advice)\b|\bno (?:recommendations|recs|suggestions|product recs) (?:please|needed|wanted|required)\b/;

const HIRING = /\b(?:we'?re|we are|now|is|are) hiring\b|\bjob (?:opening|posting)\b|\bapply (?:via|here|now|at|through)\b/;

const QUESTION_DISCLAIMER = /\b(?:not|n'?t|no|never) (?:really |actually )?(?:asking|looking|here) (?:for )?(?:any )?(?:help|advice|tips|input|answers)\b|\b(?:not|n'?t) (?:really )?(?:a|asking a|my) question\b|\bno question(?:s)? here\b/;

const COMPLAINT: CueSet = {
  negatable: new RegExp(
    [
      String.raw`\b(?:broken|broke (?:down|again|after|within|in|on me|the first|twice)|stopped (?:working|syncing|charging|connecting|loading|updating|responding|heating|pulling)|quit working|died (?:after|on me|within|in|again)|dead on arrival|doa|melted (?:the |my |through|onto|on|after|the first)|(?:clips?|handle|case|plastic|housing|casing|lid|screen|cable|seal|strap) (?:\w+ )?melted|doesn'?t work|does not work|didn'?t work|no longer works|won'?t (?:turn on|turn off|shut off|start|boot|connect|sync|load|open|work|charge|pair|heat|pull|grind|let me|stop|refund|respond|honor|fix)|can'?t (?:even )?(?:log ?in|login|connect|sync|cancel|get (?:it|a refund|through|anyone|support|a response|a human|my money))|keeps? (?:crashing|failing|breaking|disconnecting|dropping|freezing|leaking|logging me out|timing out|losing|resetting|charging|glitching|double|duplicating|miscategori[sz]ing|forgetting|breaking out|giving me)|crash(?:es|ed|ing)(?! course)|buggy|glitch(?:y|es|ing)|(?<!memory )leak(?:s|ing|ed|y)?|defective|faulty|malfunction\w*|(?:lost|deleted|wiped|erased|corrupted) (?:all )?(?:of )?(?:my|our) (?!(?:job|mind|way|temper|cool|nerve|voice|appetite)\b)\w+|charged (?:me )?(?:twice|again|double|without)|double[- ]charged|overcharg\w+|hidden fees?|(?:price|fee) (?:hike|increase)|raised (?:the |their |its )?prices?|jacked up|refund|rma|warranty claim|(?:returned|returning|sent back|sending back|send back) (?:it|mine|them|the)|cancel(?:l?ed|l?ing) my (?:subscription|order|plan|account)|will not (?:turn on|start|connect|sync|load|open|work|charge|pair)|(?:ripp(?:ed|ing)|tore|torn(?! (?:on|between|about))|tearing|snapp(?:ed|ing)|cracked|delaminat\w+|fell apart|falling apart|blew out|blown out|wore through|worn through|came apart|coming apart|came unglued|unglued|split(?:ting)? at)|(?:dropp(?:ing|ed)|missing|losing|lost) (?:\w+ )?(?:data|logs|transactions|events|metrics|alerts|pages|orders|categories)|(?:silently|randomly|constantly) (?:\w+ing)|(?:rattl|squeak|hiss)(?:ing|es|ed)|buzz(?:es|ed)|(?<!(?:back|left|still|all|everyone|everybody|i'?m|we'?re) )buzzing(?! (?:about|with|from|after|for))|(?:grinding|clicking|weird|strange|loud) (?:noise|sound|smell|taste)|bad batch|(?:landing|going|ending up) in spam|missed (?:\w+ )?(?:pages|alerts|emails|deliveries|calls) because|keeps? asking (?:me|us) to (?:log|sign|verify|upgrade|subscribe|pay|rate|re-?enter|re-?auth\w*)|keeps? (?:grouping|suggesting|pinging|popping|logging|sending|showing|adding|duplicating|rejecting|overflowing|sliding|slipping)|re-?authenticat\w+|logs? me out|logged me out|duplicat(?:ed|es|ing)|rejected|overflow(?:s|ing|ed)?|\d+x (?:jump|increase|hike|the price)|(?:is |went |goes )?down again|done with|i'?m done|pulling out|coming loose|came loose|falling off|popping off|pops off|slides? off|digging in|killed (?:it|us)|not the same (?:thing|as|since)|venting|just venting|(?:only|one|biggest|main) (?:gripe|complaint)|gripe|dies (?:every|after|within|in|on)|die (?:every|after|within|on me)|died|canned (?:reply|response|answer)|form letter|(?:only|same) (?:answer|response|reply) (?:i'?m getting|i got|from)|(?:please|pls|plz) fix|fix (?:this|pls|please|it already)|(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|another) (?:time|one|replacement|pair) (?:this|in|now|today|since|that)|brutal|destroyed|wrecked|ruined(?! (?:every|all) other)|(?:just|all) lies|false advertising|misleading|(?:hangs|frozen) (?:on|at)|(?:digging|dig) into|hot ?spots?|blisters?|(?:zero|no) (?:explanation|replies|reply|response|answer|help|support)|(?:auto-?repl\w+ and then nothing)|still (?:says|shows|processing|pending|broken|waiting|nothing)|(?:order|package|shipment|refund) (?:has been |is |got )?(?:\w+ )?(?:delayed|late|lost|stuck|missing|processing)|got (?:\w+ )?"?delayed|(?:took|taking|takes) \d+ (?:weeks|days|months)|getting expensive|price (?:went|goes) up|quality (?:dip|drop|went down|has dropped|control)|(?:went|goes|gone) from (?:a )?~?[$\u20ac\u00a3]\d+|double[- ]count\w*|miscategori[sz]\w*|out of sync|sync (?:is )?broken|(?:a|is a|such a) joke|(?:is|was) (?:a )?(?:mess|nightmare|disaster|dumpster fire)|can'?t help with|put me on hold|on hold for)\b`,
      String.raw`\b(?:terrible|awful|horrible|horrendous|atrocious|abysmal|(?<!worst[- ])worst(?! case)|disappoint\w*|frustrat\w*|annoy\w*|infuriat\w*|furious|livid|fed up|sick of|tired of|unacceptable|(?:is|are|that'?s|it'?s|so|just|absolutely|frankly) ridiculous|pathetic|garbage|trash|junk|useless|unusable|waste of (?:money|time)|rip[- ]?off|scam\w*|never again|regret (?:buying|getting|switching|ordering|upgrading|paying|this)|do not buy|don'?t buy|stay away|avoid (?:it|them|this|at all)|not worth (?:it|the)|overpriced|ghosted|still waiting|nobody (?:answers|responds|replied|replies|got back|helps)|(?:support|customer service|they|nobody|no one) (?:\w+ )?(?:never|hasn'?t|haven'?t|didn'?t|won'?t|doesn'?t) (?:replied|responded|answered|reply|respond|answer|gotten back|got back|heard back|help|fix)|went downhill|gone downhill|going downhill|enshittification|predatory|dark pattern|shame on|unhappy|upset|angry|pissed|sucks|sucked|hate (?:it|this|that|how|the|my|their|its)|broke me out|breaking me out|broken out|(?:gave|giving) me (?:a rash|hives|breakouts|a headache)|rash|hives|irritat\w+|pilling|pills under|regret (?:not )?(?:just )?(?:getting|buying)|lol (?:c'?mon|what)|c'?mon|smh|ugh+|(?:is|that'?s|it'?s|which is) insane|absurd|outrageous|gouging|greedy|cash grab|bait and switch|downgrade|worse (?:than|now|every)|got worse|getting worse|made (?:it|things) worse)\b|(?:😤|😡|🤬|😩|😠|🙃|😬)`,
      // Problem reports: regressions, repeated failures, things that stopped doing their job, support runarounds.
      String.raw`\b(?:is it (?:just )?me or|(?:anyone|anybody) else(?:'s| (?:seeing|noticing|having|hitting|getting|experiencing|running into|run into|find|found|notice|noticed|had|have|get|seen|dealing)\b|(?=\s*\?))|since (?:the |this |that |a |an |my |their |its |last |latest |recent |yesterday'?s |today'?s |last night'?s |updating|upgrading|installing)(?:[\w.'-]+ ){0,2}?(?:update|upgrade|patch|hotfix|firmware|release|version|redesign)|worked (?:fine|great|perfectly|flawlessly) (?:on|before|until|in|with|for)|used to (?:be|work|get|last)\b|stopped (?:showing|running|firing|linking|saving|recording|tracking|sending|receiving|notifying|launching|booting|pairing|detecting|registering|counting|importing|exporting|displaying|playing|printing|triggering|activating|turning on)|never (?:fires|fired|activates|triggers|turns on|loads|syncs|saves|connects|arrives|arrived|showed up|shows up)|(?:doesn'?t|don'?t|won'?t|didn'?t|does not|do not|did not) (?:\w+ )?(?:turn on|activate|trigger|stick|persist|survive|save|show up|register|boot|pair)\b|not (?:working|activating|firing|triggering|loading|syncing|connecting|charging|showing up|turning on|responding|saving)|already tried|support (?:just |only |basically )?(?:says|said|tells|told|keeps|wants|throws|sends|sent)|expect(?:ed|ing) (?:more|better)|(?:a|just a|got a) (?:lemon|dud)\b|(?:the )?wrong (?:box|item|order|size|colou?r|parts?|items|package|one) (?:again|twice|sent|delivered|shipped|arrived)|(?:sent|shipped|delivered|got|received) (?:me |us )?(?:the )?wrong|(?:arrived|showed up|came|shows up|arrives|turned up) (?:\w+ )?(?:thawed|moldy|broken|damaged|crushed|dented|leaking|melted|spoiled|warm|cold|late|torn|smashed|rotten|expired|stale)|brick(?:ed|s itself)|(?:offline|unavailable) (?:again|since|for|every)|(?:shows?|showing|shown|says|went|goes|going|dropped|drops|dropping|keeps going) (?:offline|unavailable)|in a row|(?:ate|eaten|eats) (?:my|our) (?!way)\w+|eating (?:me|us) alive|lost \d+ (?:hours|days|weeks|months)|shorted|out of patience|(?:lags|laggy|stutter(?:s|ing)?|flicker(?:s|ing)?)\b|(?:so|too|painfully|unbearably) slow|too much to ask|(?:was|is) (?:that|it) (?:so|really so|really that) hard|cool cool|love that for (?:us|me)|thanks for nothing|jump(?:ing)? ship|ditch(?:ing|ed)?\b|that'?s it,? (?:i'?m|we'?re)|(?:last|final) straw|i guess i'?m (?:shopping|looking|switching)|(?:quietly|secretly) (?:changed|removed|raised|dropped|killed|nerfed|cut|reduced|shrank)|shr(?:a|u)nk|shrinkflation|price of a small car|until they (?:fix|patch)|(?:recall(?:ed)?|(?!(?:work|lov|us|feel|play|enjoy|run|cook|sleep|read|watch|buy|order|trust|open)\w*(?:ed|ing) again)\w+(?:ed|ing))(?: (?:up|back|out|off|down|on me|on us))? again|charged (?:me|us) (?:[\w-]+ ){0,4}?again|(?:i'?m|we'?re) begging|got burned|(?:is|was|are) (?:\w+ )?nonsense|is why (?:i|we) (?:stopped|refunded|cancell?ed|left|quit|returned|uninstalled|unsubscribed|switched)|dead (?:\w+ )?(?:straight |right )?out of the box)`,
      // Waiting, forced changes, price rises, grudging acceptance, things worn out or gone.
      String.raw`\b(?:took forever|takes forever|taking forever|(?:i|we) (?:cancell?ed|canceled|quit|left|unsubscribed) (?:over|because)|support'?s (?:only )?(?:answer|response|reply|solution)|(?:now|suddenly) (?:requires?|forces?|makes? (?:you|me|us)|wants? (?:you|me|us) to)|(?:started|now) (?:charging|billing) (?:for|(?:[\w-]+ ){0,3}?(?:extra|separately))|up from (?:a |just |only )?~?[$\u20ac\u00a3]\d|costing (?:us|me)\b|broke (?:my|our|everything|all)\b|still (?:happens|happening|does it|doing it|drifts|crashes|fails)|(?:works|it'?s fine),? i guess|getting (?:old|grim|ridiculous|out of hand)|(?:are|is) (?:already |completely |totally )?(?:shot|toast|kaput)\b|was expecting (?:[\w$.-]+ ){0,3}?not this|for [$\u20ac\u00a3]\d+,? i (?:was )?expect\w*|stuck (?:on|at) \W*(?:updating|loading|syncing|connecting|processing|installing|downloading|\d+%)|discontinu\w+|ignores? (?:(?:my|the|our|your) )?(?:[\w-]+ )?(?:settings?|schedules?|preferences?|config\w*|rules?)\b|(?:way too|far too|too|so) (?:weak|flimsy|flaky|clunky|confusing|unreliable|pricey|expensive)\b|(?:killed|axed|scrapped) (?:off )?(?:the|my|our)\b|(?:is|it'?s|are) always (?:wrong|broken|late|out of date|down)\b|before it bites|wobbl(?:es|y|ing)\b|(?:weirdly|frustratingly|annoyingly|really|so|super|very|too) vague\b)`,
      // Indirect gripes: costs that jumped, things that quietly stopped, charges nobody asked for, giving up.
      String.raw`\b(?:(?:bill|price|prices|cost|costs|fee|fees|quote|renewal|rate|rates|premium|subscription|invoice) (?:has |have |just |literally )?(?:doubled|tripled|quadrupled)|(?:hard|harder|tough|impossible) to justify|can'?t justify|refuse to (?:pay|buy|use|keep paying)|(?:a|real|total|huge) deal ?breaker|never (?:signed up|asked|agreed|opted in) for|(?:greyed|grayed) out|no matter what (?:i|we) (?:do|set|try|change|pick)|can no longer|(?:won'?t|doesn'?t|can'?t) (?:[\w-]+ ){1,3}?anymore|(?:hasn'?t|haven'?t|has not|have not) (?:moved|budged|arrived|shipped|synced|pulled|loaded|refreshed|come through|shown up)|left on read|closed my (?:ticket|case)|made me want to (?:scream|cry|quit|throw|give up|change careers|rage)|(?:drains?|draining|drained|nukes?|nuking|kills?|killing|eats?|eating) (?:my|the) battery|battery drain|known bug|(?:killed|axed|scrapped|dropped|removed) (?:off )?(?:free|support for)|sunsett?ing|(?:ate|eats|eaten) (?:up )?[$\u20ac\u00a3]\d|did (?:absolutely )?nothing\b(?! wrong)|lol no\b|can'?t get past|(?:feels|felt) (?:dumb|stupid|silly) (?:paying|to pay)|nerfed|(?:not|never) doing that again|chargeback|disputed|keeps? (?:drifting|shrinking|rising|going up|getting (?:worse|pricier|more expensive))|(?:drops?|dropping|disconnects?|crashes|resets?|fails?|freezes) (?:[\w-]+ ){0,3}?every (?:few|couple|\d+|other|single)|(?:doesn'?t|don'?t|does not|do not) (?:match|line up)|(?:loops?|looping) back to the same|(?:anyway|so|finally) (?:i|we) (?:cancell?ed|canceled|unsubscribed|uninstalled))`,
    ].join('|'),
  ),
  fixed: /\b(?:not (?:happy|impressed|satisfied|pleased|great|good|worth|thrilled|amused|ok|okay|acceptable|cool)|no (?:response|reply|answer|one (?:answers|replies|responds)) (?:from|yet|after|in)|(?:hasn'?t|haven'?t|have not|has not|never) (?:heard back|gotten a (?:response|reply))|what a joke|can'?t believe (?:they|how|this)|(?:wouldn'?t|would not|can'?t|cannot|do not|don'?t) recommend|never (?:buying|ordering|using) (?:from )?(?:them|this|it) again|rant)\b/,
};

const COMPLAINT_DENIAL =
  /\b(?:no complaints?|not (?:a|to) complain\w*|can'?t complain|nothing to complain|never (?:had|once had|experienced) (?:a |an |any |one )?(?:single )?(?:issue|problem|complaint)|zero (?:issues|problems|complaints)|not disappointed|no (?:issues|problems) (?:so far|at all|whatsoever|since|yet))\b/;

const PRAISE: CueSet = {
  negatable: new RegExp(
    [
      String.raw`\b(?:love|loving|adore) (?:basically |pretty much |absolutely |still )?(?:my|it|this|the|how|that|their|its|them|these|our|your|what|being|using|having|everything|every)\b`,
      String.raw`\b(?:so|really|very|super|extremely|incredibly|pretty|beyond|genuinely|honestly) (?:happy|pleased|impressed|satisfied|glad|thrilled|stoked)\b`,
      String.raw`\b(?:impressed|happy|pleased|satisfied|thrilled|stoked|blown away) (?:with|by)\b`,
      String.raw`\b(?:amazing|fantastic|excellent|awesome|outstanding|superb|stellar|phenomenal|brilliant|wonderful|fabulous|exceptional|flawless|glorious)\b`,
      String.raw`\b(?:great|incredible|excellent|top[- ]notch|fast|quick|stellar|amazing|helpful|friendly|responsive) (?:job|work|product|app|support|service|experience|customer service|team|stuff|value|quality|machine|people|folks|response|turnaround)\b`,
      String.raw`\bbest (?:purchase|decision|investment|thing (?:i|we)|money|customer service|support|app|tool|\w+ i'?ve (?:ever )?(?:used|owned|had|bought|tried))\b`,
      String.raw`\b(?:highly|strongly|definitely|totally|100%|wholeheartedly) recommend\b`,
      String.raw`\b(?:i'?d|i would|would|i) (?:definitely |totally |absolutely )?recommend (?:it|them|this|the|getting)\b`,
      String.raw`\bcan'?t recommend (?:it |them |this |\w+ )?enough\b`,
      String.raw`\b(?:game[- ]?changer|life[- ]?saver|shout[- ]?out|kudos|props to|hats off|thank you|thanks (?:to|so much|a ton|a bunch|heaps|for|@)|grateful|works? (?:great|perfectly|flawlessly|like a charm|beautifully|so well|really well|as advertised)|worth every (?:penny|cent|dollar)|(?:blown|blew me) away|exceeded (?:my )?expectations|holds? up (?:great|well|beautifully)|still going strong|rock solid|chef'?s kiss|(?<![\d/])10/10(?!/)|five stars|5 stars|obsessed with|holy grail|repurchas\w+|(?:big |huge )?fan of|made my (?:day|week|morning|mornings|life)|nailed it|delight\w*|no regrets|pays? for itself|paid for itself|changed my life|went above and beyond|above and beyond|sorted it|fixed it (?:in|within|right)|(?:really |so )?helpful|genuinely useful|(?:is|was) gold|more of this|(?:so |pretty |very |really )?generous|feels? like magic|like magic|never (?:once )?(?:missed|failed|let me down|skipped)|best \w+ (?:i'?ve|i have|we'?ve) (?:ever )?(?:owned|had|used|bought|done|tried)|going strong|(?:held|holds|holding) up (?:great|well|fine|perfectly|beautifully|so well)|still (?:waterproof|works|working|perfect|great|going|alive|kicking)|zero (?:hot ?spots|blisters|issues|problems|downtime)|grip(?:s)? (?:great|well|like)|(?:not|never) going back|that'?s how you (?:keep|win|treat)|bombproof|elite|genius|chef'?s kiss|(?:actually|really) (?:did|does|works|worked) (?:something|wonders)|so much (?:smoother|better|clearer|calmer)|(?:way|so|much) (?:less|more) (?:greasy|comfortable|reliable)|glad i (?:switched|bought|went|got)|(?:happy|stoked|pleased|glad) (?:i|we) (?:switched|bought|went|got)|actually (?:really )?(?:good|great|useful|decent|nice)|(?:is|are|was) (?:genuinely|actually|really|surprisingly) (?:good|great|solid|nice|decent)|couldn'?t be happier|saved (?:my|me)|nice work|worth it (?:just )?for|for the first time in my life|the only (?!(?:answer|response|reply|problem|issue|complaint|downside|thing i miss)\b)(?:[\w-]+ ){1,2}?(?:that|i)\b(?!'?m getting|'?ve got| miss| wish| hate| don'?t)|the only thing (?:my|our) (?:\w+ ){1,2}(?:will|would|can)|(?:reason|why) (?:we|i) stayed|finally paying off|never been (?:this|so)|(?:the )?(?:best|nicest|smoothest|fastest|easiest)(?: \w+)? (?:ever|yet|so far|out there|on the market|i'?ve (?:used|tried|owned)))\b`,
      // Won over, credit given, a change for the better: how people say a thing is good without "amazing".
      String.raw`\b(?:i (?:finally )?get (?:the hype|it now)|(?:now )?i (?:see|understand) why (?:people|everyone|folks)|credit where (?:it'?s |it is |credit'?s |credit is )?due|no notes|(?:haven'?t|never|not) looked back|undersold|zero regrets|(?:is|are|was) (?:stupid|ridiculously|absurdly|insanely|crazy|wildly) (?:fast|quiet|good|comfortable|comfy|smooth|easy|quick|reliable|light|soft|cheap)|stupid (?:fast|quiet|good|comfortable|comfy|easy|quick)|(?:is|are|was) legit\b|legit (?:good|great|restaurant|amazing)|(?:a )?(?:real|huge|massive|big|major|genuine|night and day) improvement|exactly what (?:i|we) (?:needed|were missing|was missing|wanted|was looking for|were looking for)|never (?:slept|felt|looked|been) better|(?:is|was) (?:a|an absolute|a total) (?:masterclass|godsend|gem)|in (?:the|a) (?:best|good) (?:possible )?way|got (?:me|us) through|(?:whole|only|main) reason (?:i|we|my \w+|our \w+) (?!\w+n'?t)|best (?:call|decision|move) (?:i|we)|best (?:\w+ ){1,2}(?:i'?ve|i have|we'?ve) (?:ever )?(?:played|touched|worn|eaten|tasted|read|seen|had|used|owned|tried|bought|driven)|deserves? (?:a raise|an award|more credit|all the)|congrat\w* (?:to|on)\b|proud of (?:the|our|my|this|what|everyone)|thrilled(?! to (?:share|announce|join|welcome|be joining))|killer feature|ruined (?:every|all) other|(?:i|we) (?:much |really |definitely |still )?prefer (?:it|this|them)\b|(?:itself|themselves) (?:is|are) (?:\w+ )?(?:great|slick|good|solid|excellent|lovely)|(?:good|great|excellent|fantastic|awesome|brilliant|solid|nice|lovely) (?:video|essay|edit|breakdown|write-?up|post|review|guide|thread|explainer|read|case study|content|vid|channel)\b|(?:me encanta|j'adore|obrigad[oa]|gracias por|merci (?:pour|beaucoup)|vielen dank|danke fur)|(?:respect|props|kudos) to|(?:mad|huge|massive) respect|(?:way|so much|much|a lot) (?:better|sturdier|nicer|faster|quieter|easier|smoother|comfier) than|(?:is|are) (?:honestly |genuinely |just )?as good as)`,
      // Surprise, favourites, the best part, a fix that finally landed.
      String.raw`\b(?:did(?:n'?t| not) expect to (?:like|love|enjoy)|(?:the )?best part (?:of|is|about)|(?:all[- ]time|personal) (?:\w+ )?(?:favou?rites?|faves?|favs?)\b|one of my (?:\w+ )?(?:favou?rites?|faves?)\b|finally (?:lets|let me|added|supports)\b|(?:and|now|honestly|actually) (?:much |really |definitely )?prefer (?:it|this|them)\b)`,
      // Quiet satisfaction: it just works, it never misses, it was the right call, credit given.
      String.raw`\b(?:(?:it )?just works|that'?s how you (?:do it|earn|build|run)|never (?:misses|disappoints|disappointed)|(?:was|is) (?:honestly |definitely )?the right (?:call|choice|decision|move)|(?:is|was|are) night and day|changed (?:everything|the game|how (?:i|we))|saves? (?:me|us) (?:\w+ )?(?:hours|time|money|so much)|love to see (?:it|this)|credit to (?:the|their|them|@)|(?:so|really|genuinely|how|very|honestly) refreshing\b|just (?:a )?(?:very )?(?:happy|satisfied)\b|(?:happy|satisfied|loyal) customer|customer for life|not (?:one|a single) (?:problem|issue|hiccup|complaint)|worked (?:great|perfectly|flawlessly|like a charm|beautifully|so well|really well)|i (?:now )?get why (?:people|everyone|folks)|best (?:[\w-]+ ){1,2}of my life|gives? me (?:chills|goosebumps)|happiest (?:i'?ve|i have) been|thank-you|appreciation post|nothing (?:has )?(?:ever )?(?:beaten|topped) (?:it|them|this)|getting me through|nice job|deserves? (?:a spot|a place|more love|more attention)|(?:is|are) (?:honestly |exactly |literally )?(?:the reason )?why (?:we|i) (?:picked|chose|bought|went with)|best (?:[\w-]+ )?purchase|(?:is|are|was|were) (?:\w+ )?the best part|(?:still )?(?:has|have) the best|hits different|(?:a whole|such a) vibe|saved (?:it|the day|us))\b`,
    ].join('|'),
  ),
  fixed: /\b(?:no complaints?|can'?t complain|not complaining|never (?:had|once had) (?:a |an |any |one )?(?:single )?(?:issue|problem)|zero (?:issues|problems|complaints)|not disappointed|no (?:issues|problems) (?:so far|at all|whatsoever|since))\b|[\u2764\u{1f60d}\u{1f970}\u{1f4af}\u{1f499}\u{1f49c}\u{1f49a}\u{1f5a4}\u{1f90d}\u{1f525}\u{1f44f}\u{1f929}\u{1f9e1}\u{1f44d}\u{1f979}]/u,
};

/** Thanks that close a question are politeness, not praise. */
const THANKS_FILLER =
  /\b(?:thanks|thank you|thx|ty|cheers)(?: so much| a lot| all| everyone| guys| folks| y'?all)?(?: in advance| for (?:any|reading|your time|looking|listening|the help in advance|any help|any advice|any input|any tips|any suggestions|your help|your input|your advice))|\btia\b/g;

/** A bare "thanks!" is politeness in a post that asks something, and thanks in one that does not. */
const THANKS_BARE = /\b(?:thanks|thank you|thx|ty|cheers)(?: so much| a lot| all| everyone| guys| folks| y'?all)?(?:!|\.|$)/g;

/** Praise that is only wished for, or someone else's: "would be amazing", "everyone seems to love". */
const NOT_OWN_PRAISE = /\b(?:would|i'?d|could|might|if|seems? to|people|everyone|everybody)(?: be| have been| really| all)? $/;

/** Praise words that turn sarcastic beside a complaint: "amazing, it broke again". */
const WEAK_PRAISE = /^(?:amazing|awesome|fantastic|great \w+|brilliant|wonderful|thanks (?:a lot|so much)|thank you|love how|love that|love it|so happy|really helpful|helpful)$/;

const COMPLAINT_DENIALS = new RegExp(COMPLAINT_DENIAL.source, 'g');

/** The rest of the sentence after `from` turns with "but" or "except". */
function takenBack(text: string, from: number): boolean {
  const end = text.indexOf('\n', from);
  return /\b(?:but|except)\b/.test(text.slice(from, end < 0 ? text.length : end));
}

/** A "no complaints" that its own sentence does not take back ("no complaints about X, but…"). */
function deniesOutright(text: string): boolean {
  for (const m of text.matchAll(COMPLAINT_DENIALS)) if (!takenBack(text, m.index + m[0].length)) return true;
  return false;
}

function negated(window: string): boolean {
  return NEGATION.test(window);
}

const library = new CueLibrary();
const indexes = new WeakMap<RegExp, CueIndex>();

function indexOf(re: RegExp): CueIndex {
  let index = indexes.get(re);
  if (!index) {
    index = new CueIndex(re, library);
    indexes.set(re, index);
  }
  return index;
}

let ready = false;
/** Index every cue list before the first text is scanned, so one scan serves them all. */
function ensureIndexes(): void {
  if (ready) return;
  for (const re of [QUESTION.fixed, RECOMMENDATION.negatable, RECOMMENDATION.whenAsking, COMPLAINT.fixed, COMPLAINT.negatable, PRAISE.fixed, PRAISE.negatable]) {
    if (re) indexOf(re);
  }
  ready = true;
}

/**
 * A field prepared for cue search: its sentences one per line (quoted lines left empty,
 * reported speech blanked), so each cue list runs once per field instead of once per sentence.
 */
interface Analysis {
  /** Every sentence of every field (title first), one per line. */
  text: string;
  /** Start of each sentence in `text`. */
  starts: number[];
  /** Folded-text offset (in its field) of each sentence's first character. */
  bases: number[];
  sentences: Sentence[];
  /** The field each sentence belongs to, and its index there. */
  fieldOf: Field[];
  indexInField: number[];
  /** The library's scan of `text`: which cue alternatives can match where. */
  scanned: Map<CueIndex, Set<number>>;
}

/** One text for the whole post, so each cue list is searched once, not once a field. */
function analyse(fields: Field[]): Analysis {
  const parts: string[] = [];
  const starts: number[] = [];
  const bases: number[] = [];
  const sentences: Sentence[] = [];
  const fieldOf: Field[] = [];
  const indexInField: number[] = [];
  const positions: number[] = [];
  let at = 0;
  for (const field of fields) {
    const first = sentences.length;
    field.sentences.forEach((s, k) => {
      // Reported speech ("the question I get most is: \"which app should I use?\"") is not the author asking.
      const text = s.quoted ? '' : s.text.indexOf('"') >= 0 ? s.text.replace(/"[^"\n]{1,160}"/g, (q) => ' '.repeat(q.length)) : s.text;
      starts.push(at);
      bases.push(s.start + (s.end - s.start - s.text.length));
      sentences.push(s);
      fieldOf.push(field);
      indexInField.push(k);
      parts.push(text.indexOf('\n') >= 0 ? text.replace(/\n/g, ' ') : text);
      at += text.length + 1;
    });
    // The tokenizer already found every word start: map them into this text instead of rescanning it.
    for (const token of field.tokens) {
      const m = first + token.sentence;
      const start = starts[m];
      if (start === undefined) continue;
      const pos = start + token.start - (bases[m] as number);
      if (pos >= start && pos < at) positions.push(pos);
    }
  }
  const text = parts.join('\n');
  return { text, starts, bases, sentences, fieldOf, indexInField, scanned: library.scan(text, wordStartsAt(text, positions)) };
}

function sentenceAt(a: Analysis, index: number): number {
  let lo = 0;
  let hi = a.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((a.starts[mid] as number) <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function sentenceText(a: Analysis, s: number): string {
  const start = a.starts[s] as number;
  const end = s + 1 < a.starts.length ? (a.starts[s + 1] as number) - 1 : a.text.length;
  return a.text.slice(start, end);
}

interface Found {
  sentence: number;
  index: number;
  text: string;
}

/** Every match of `re` in the field that stays inside one sentence and (if asked) is not negated. */
function findAll(re: RegExp | undefined, a: Analysis, text: string, negatable: boolean): Found[] {
  const out: Found[] = [];
  if (!re) return out;
  for (const m of indexOf(re).matches(text, text === a.text ? a.scanned : undefined)) {
    const s = sentenceAt(a, m.index);
    if (m[0].includes('\n') && !/^\n|\n$/.test(m[0])) continue;
    if (negatable && negated(text.slice(Math.max(a.starts[s] as number, m.index - 32), m.index))) continue;
    out.push({ sentence: s, index: m.index, text: m[0] });
  }
  return out;
}

/** A sentence-ending (or mid-sentence) question mark outside quotes: `the question "which app?"` quotes someone. */
function ownQuestionMark(t: string): boolean {
  for (const m of t.matchAll(/\?+(?=[\s"')\]]*$|\s)/g)) {
    if ((t.slice(0, m.index).match(/"/g)?.length ?? 0) % 2 === 0) return true;
  }
  return false;
}

/** Inside a quotation that the sentence opens but does not close (the split fell inside the quote). */
function insideQuote(a: Analysis, f: Found): boolean {
  return (a.text.slice(a.starts[f.sentence] as number, f.index).match(/"/g)?.length ?? 0) % 2 === 1;
}


export interface IntentResult {
  hits: IntentHit[];
  /**
   * What the author rules out in so many words ("not looking for recommendations", "not a
   * question", a job ad's "looking for"): no reading, learned or not, may find it there.
   */
  ruledOut: Set<Intent>;
  /** Sentences (field, index) that carry a question or a request: where the asking happens. */
  askingSentences: Set<string>;
}

export function sentenceKey(field: Field, sentence: number): string {
  return `${field.name}:${sentence}`;
}

/** Detect the author's intents, sentence by sentence, in title and body. */
export function detectIntents(fields: Field[]): IntentResult {
  ensureIndexes();
  const hits: IntentHit[] = [];
  const askingSentences = new Set<string>();
  const whole = fields.map((f) => f.folded.text).join('\n');
  // Cheap word checks first: these expressions start with common words and are slow to run everywhere.
  const disclaimsRecommendation = /recommend|recs|suggest|advice|alternative|vendor|which|what|help/.test(whole) && RECOMMENDATION_DISCLAIMER.test(whole);
  const disclaimsQuestion = /question|help|advice|tips|input|answers/.test(whole) && QUESTION_DISCLAIMER.test(whole);
  // A job ad's "looking for a senior engineer" is not a request for a product.
  const hiring = /hiring|job |apply /.test(whole) && HIRING.test(whole);
  const praiseHits: IntentHit[] = [];
  const praiseTexts: string[] = [];
  /** Praise taken back in its own sentence: "I love this game but I'm shelving it". */
  let praiseConceded = false;
  let complained = false;
  /** Question marks the author used, all of them rhetorical ("Who knew it could be this loud?"). */
  let rhetoricalMarks = 0;
  let realMarks = 0;
  let deniedComplaint = false;

  {
    const a = analyse(fields);
    const n = a.sentences.length;
    const hit = (intent: Intent, s: number, index: number, length: number, into = hits): void => {
      const start = (a.bases[s] as number) + index - (a.starts[s] as number);
      into.push({ intent, field: a.fieldOf[s] as Field, start, end: start + length, sentence: a.indexInField[s] as number });
    };
    const questionMark: boolean[] = [];
    const rhetorical: (boolean | undefined)[] = [];
    const isRhetorical = (s: number): boolean => (rhetorical[s] ??= RHETORICAL.test(sentenceText(a, s).replace(/\?+[\s"')\]]*$/, '')));
    const asking = new Array<boolean>(n).fill(false);
    for (let s = 0; s < n && a.text.indexOf('?') >= 0; s++) {
      const t = sentenceText(a, s);
      const q = t.indexOf('?');
      questionMark[s] = q >= 0 && ownQuestionMark(t);
      if (questionMark[s] && !isRhetorical(s)) {
        hit('question', s, (a.starts[s] as number) + q, 1);
        asking[s] = true;
        realMarks++;
      } else if (questionMark[s]) rhetoricalMarks++;
    }
    if (!disclaimsQuestion) {
      for (const f of findAll(QUESTION.fixed, a, a.text, false)) {
        const s = f.sentence;
        if (asking[s] || questionMark[s] || isRhetorical(s) || insideQuote(a, f)) continue;
        // A markdown header ("**What I like**") is structure, not a question.
        if (/^\s*(?:\*\*|#{1,6}\s)/.test(sentenceText(a, s))) continue;
        hit('question', s, f.index, f.text.length);
        asking[s] = true;
      }
    }
    if (!disclaimsRecommendation) {
      const recommended = new Array<boolean>(n).fill(false);
      const accept = (f: Found): void => {
        const s = f.sentence;
        if (recommended[s] || insideQuote(a, f)) return;
        const around = a.text.slice(Math.max(a.starts[s] as number, f.index - 20), f.index + f.text.length);
        if (/\b(?:i|we) (?:\w+ )?(?:recommend|suggest)\b|\b(?:highly|strongly|definitely|totally|absolutely|wholeheartedly|100%) (?:recommend|suggest)|\b(?:i'?d|i would|wouldn'?t|would not|can'?t|cannot|don'?t|do not) (?:\w+ )?(?:recommend|suggest)\b/.test(around)) return;
        // "how fast should I switch her food?" asks how, not which.
        if (/^should (?:i|we)/.test(f.text) && /\b(?:how|when|why)(?: \w+)? $/.test(a.text.slice(Math.max(a.starts[s] as number, f.index - 12), f.index))) return;
        if (hiring) return;
        recommended[s] = true;
        hit('recommendation_request', s, f.index, f.text.length);
        // Asking what to choose is asking readers something, with or without a question mark.
        if (!asking[s]) hit('question', s, f.index, f.text.length);
        asking[s] = true;
      };
      for (const f of findAll(RECOMMENDATION.negatable, a, a.text, true)) accept(f);
      for (const f of findAll(RECOMMENDATION.whenAsking, a, a.text, true)) {
        const t = sentenceText(a, f.sentence);
        // "X vs Y: is there a difference?" asks about words or facts, not which to choose.
        if (/^(?:vs\.?|versus)$/.test(f.text) && /\b(?:difference|nuance|distinction|war|debate|argument)\b/.test(t)) continue;
        // "Highly recommend it" recommends; it does not ask.
        if (asking[f.sentence] || ASK_WORDS.test(t.replace(ENDORSES, ''))) accept(f);
      }
    }
    for (let s = 0; s < n; s++) if (asking[s]) askingSentences.add(sentenceKey(a.fieldOf[s] as Field, a.indexInField[s] as number));

    if (!complained) {
      const valid = (f: Found): boolean => {
        const t = sentenceText(a, f.sentence);
        const local = f.index - (a.starts[f.sentence] as number);
        // "by 3pm I'm useless", "tired of X, so I built Y": about the author, not a product.
        const before = t.slice(Math.max(0, local - 16), local);
        const after = t.slice(local + f.text.length, local + f.text.length + 24);
        // …unless the feeling is about what a company does: "I'm tired of paying for seats nobody uses".
        if (/\b(?:i'?m|i am|i was|i feel|feel) (?:so |just |totally |completely )?$/.test(before) && !/^(?: of| with| by| in)? (?:paying|being charged|waiting|fighting|their|its|it|them)\b/.test(after)) return false;
        // "the least annoying way to…" asks for the best option.
        if (/\b(?:least|less) $/.test(before)) return false;
        // "broken in the best possible way": a compliment.
        if (/^\W*in (?:the|a) (?:best|good)(?: possible)? way\b/.test(t.slice(local + f.text.length, local + f.text.length + 28))) return false;
        if (/\bso (?:i|we) (?:built|made|wrote|created|started)\b/.test(t)) return false;
        return !COMPLAINT_DENIAL.test(t.slice(Math.max(0, local - 24), local + f.text.length + 8));
      };
      // "Died at 18 months… No complaints": a post that says it has no complaints counts only a named gripe.
      const deniesComplaint = /complain|issues|problems/.test(a.text) && deniesOutright(a.text);
      deniedComplaint = deniesComplaint;
      for (const [re, negatable] of [[COMPLAINT.fixed, false], [COMPLAINT.negatable, true]] as const) {
        if (complained) break;
        for (const f of findAll(re, a, a.text, negatable)) {
          if (!valid(f)) continue;
          if (deniesComplaint && !/gripe|complain|rant|venting/.test(f.text)) continue;
          hit('complaint', f.sentence, f.index, f.text.length);
          complained = true;
          break;
        }
      }
    }

    if (praiseHits.length === 0) {
      const asks = asking.some(Boolean) || hits.some((h) => h.intent === 'question' || h.intent === 'recommendation_request');
      const blank = (m: string): string => ' '.repeat(m.length);
      // Most posts thank nobody: only then is the text rewritten (and its words looked up again).
      const thanks = /thank|thx|\bty\b|cheers|\btia\b/.test(a.text);
      const praiseText = !thanks ? a.text : asks ? a.text.replace(THANKS_FILLER, blank).replace(THANKS_BARE, blank) : a.text.replace(THANKS_FILLER, blank);
      for (const f of findAll(PRAISE.fixed, a, praiseText, false)) {
        // "No complaints about the blend, but the pouch split": the denial is a concession, not praise.
        if (/^\w/.test(f.text) && takenBack(praiseText, f.index + f.text.length)) continue;
        hit('praise', f.sentence, f.index, f.text.length, praiseHits);
        praiseTexts.push(f.text);
        break;
      }
      if (praiseHits.length === 0) {
        for (const f of findAll(PRAISE.negatable, a, praiseText, true)) {
          // Praise words inside a question weigh options ("which held up better?"); they are not praise.
          // Uptalk ("is genuinely good??") is not a question, so its praise stands.
          if ((questionMark[f.sentence] && !isRhetorical(f.sentence)) || asking[f.sentence]) continue;
          if (NOT_OWN_PRAISE.test(praiseText.slice(Math.max(a.starts[f.sentence] as number, f.index - 24), f.index))) continue;
          hit('praise', f.sentence, f.index, f.text.length, praiseHits);
          praiseTexts.push(f.text);
          praiseConceded = /\bbut\b/.test(praiseText.slice(f.index + f.text.length, (a.starts[f.sentence + 1] ?? praiseText.length + 1) - 1));
          break;
        }
      }
    }
  }

  // Sarcasm: a lone "amazing" or "thanks a lot" beside a complaint is not praise; nor is praise the
  // author takes back with a "but" when the post complains.
  if (praiseHits.length > 0 && !(complained && (praiseConceded || praiseTexts.every((t) => WEAK_PRAISE.test(t))))) {
    hits.push(praiseHits[0] as IntentHit);
  }
  const ruledOut = new Set<Intent>();
  if (disclaimsRecommendation || hiring) ruledOut.add('recommendation_request');
  if (disclaimsQuestion) ruledOut.add('question');
  // Every question mark rhetorical and no other asking cue: the author is not asking.
  if (rhetoricalMarks > 0 && realMarks === 0 && !hits.some((h) => h.intent === 'question' || h.intent === 'recommendation_request')) ruledOut.add('question');
  // "No complaints" that nothing takes back, and no named gripe: not a complaint.
  if (deniedComplaint && !complained) ruledOut.add('complaint');
  // "Highly recommend the Mill 60": the author recommends, and nothing in the post asks.
  const asked = hits.some((h) => h.intent === 'question' || h.intent === 'recommendation_request');
  if (!asked && ENDORSING.test(whole)) ruledOut.add('recommendation_request');
  return { hits, askingSentences, ruledOut };
}

/** The cue expressions by name, for the benchmark that keeps them fast. */
export const __cues: Record<string, RegExp> = Object.fromEntries(
  Object.entries({
    questionFixed: QUESTION.fixed,
    rhetorical: RHETORICAL,
    recNegatable: RECOMMENDATION.negatable,
    recWhenAsking: RECOMMENDATION.whenAsking,
    complaintFixed: COMPLAINT.fixed,
    complaintNegatable: COMPLAINT.negatable,
    praiseFixed: PRAISE.fixed,
    praiseNegatable: PRAISE.negatable,
    thanks: THANKS_FILLER,
    thanksBare: THANKS_BARE,
    askWords: ASK_WORDS,
  }).filter((e): e is [string, RegExp] => e[1] instanceof RegExp),
);
