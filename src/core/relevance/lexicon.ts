/**
 * Small word lists the relevance engine needs. Kept short on purpose: they ship in the content
 * script, and each entry is a general fact about English, not about one brand.
 */

/** Function words and fillers: never evidence on their own. */
export const STOPWORDS = new Set(
  `a an the and or but if of to in on at by for with from as is are was were be been being it its this that these
  those i me my we our you your he she they them their his her do does did done have has had not no so very just
  about into over under than then there here what which who whom whose when where why how all any some more most
  other such only own same too can will would should could may might must also get got new best good great top
  vs via per up out off`.split(/\s+/),
);

/**
 * Generic heads and modifiers of topic phrases: "budgeting app", "uptime monitoring", "home
 * espresso". Alone they say nothing about the topic, so they never count as a partial match.
 */
export const GENERIC = new Set(
  `app apps application tool tools software platform service services system systems solution solutions product
  products device devices machine machines thing things stuff gear kit setup set management manager monitoring tracking
  tracker home daily personal pro plus free online digital smart care best good cheap budget new advanced basic simple
  easy quick full general common modern custom open first second small large big high low best top type kind way ways
  method methods option options use using user users people team teams company companies business work working run
  running make making build building data info information issue issues problem problems question help support review
  reviews guide tips idea ideas thing life world day days time year years`.split(/\s+/),
);

/**
 * Words that, right after an ambiguous brand name written with a capital, are still about the
 * brand ("Tally app", "Beacon support"), unlike a different proper name ("Beacon Hill").
 */
export const BRAND_FOLLOWERS = new Set(
  `app apps support team plus pro premium family subscription account customer customers user users update version
  dashboard agent integration integrations pricing plan plans users' is was has had does did just still keeps kept
  won't doesn't didn't isn't can't`.split(/\s+/),
);

/** Affixes of social handles around a brand's name: @tallyapp, @getbeacon, @lumen_skin. */
export const HANDLE_SUFFIXES = ['app', 'hq', 'official', 'support', 'help', 'team', 'co', 'inc', 'labs', 'io', 'us', 'uk', 'skin', 'outdoors'];
export const HANDLE_PREFIXES = ['get', 'try', 'use', 'hey', 'team', 'the', 'go'];

/** Words a company name carries that people leave out when they talk: "Monarch Money" -> "Monarch". */
export const COMPANY_WORDS = new Set(
  `money app apps skin skincare beauty outdoors outdoor labs lab hq inc co company corp software cloud ai io
  coffee gear sports technologies technology tech systems studio studios group brands brand official finance`.split(/\s+/),
);

/** Words after a sentence-opening name that show a company or product acting: "Tandem raised…". */
export const ACTION_AFTER_NAME = new Set(
  `support app team just still keeps kept won't doesn't didn't can't refuses refused sent sends shipped ships
  charged charges raised raises changed changes updated updates removed removes added adds killed kills
  broke breaks crashed crashes deleted`.split(/\s+/),
);
