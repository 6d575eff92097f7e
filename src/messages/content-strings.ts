/**
 * The strings the content script shows (badges, panel, the review of a reply). The background
 * sends them with `page/start`: browser.i18n's first call in a page loads the extension's whole
 * message catalogue into that page, which the content bench measured at several milliseconds.
 * Each is rendered with \u0001, \u0002 and \u0003 standing for its substitutions.
 */
export const CONTENT_STRING_KEYS = [
  'level_high',
  'level_medium',
  'level_low',
  'level_none',
  'badgeLabel',
  'panelLabel',
  'panelCount',
  'yourReplyReview',
  'reviewGood',
  'reviewNeedsWork',
] as const;

export const SUBSTITUTION_MARKS = ['\u0001', '\u0002', '\u0003'];
