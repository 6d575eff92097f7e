import { expected } from '../dom';

/**
 * Stack Exchange selectors, each with how many elements it matches document-wide on each page kind:
 * `question` = a Coffee Stack Exchange question page (the question, 4 answers of which one accepted
 * and one by a deleted user, 7 comments shown and 1 behind "Show 1 more comment", the answer box);
 * `questions` = Stack Overflow's newest questions (14 summaries, a Collective promo and an ad slot).
 * Fixtures: tests/fixtures/sites/stack-exchange/{question,questions}.html.
 *
 * The network is server-rendered and shares one codebase: these classes and data-* attributes have
 * been stable for years and are what SE's own scripts key on (`js-*` hooks, data-questionid,
 * data-answerid, data-comment-id). Sources: public SE userscripts and scrapers (see the report).
 */
type Page = 'question' | 'questions';

export const SE = {
  /** The question; data-questionid is its id. Also carries class js-question. */
  question: expected<Page>('.question[data-questionid]', { question: 1, questions: 0 }),
  /** Answers; data-answerid, data-parentid (the question), data-score. */
  answer: expected<Page>('.answer[data-answerid]', { question: 4, questions: 0 }),
  /** The accepted answer (no field in the record; kept to prove the fixture has one). */
  acceptedAnswer: expected<Page>('.answer.accepted-answer', { question: 1, questions: 0 }),
  /** Comments under the question and answers; data-comment-score is the comment's score. */
  comment: expected<Page>('li.comment[data-comment-id]', { question: 7, questions: 0 }),
  /** "Show 1 more comment": comments not rendered yet (loaded on click, then read as new nodes). */
  moreComments: expected<Page>('.comments-list[data-remaining-comments-count]:not([data-remaining-comments-count="0"])', { question: 1, questions: 0 }),
  /** Question title in the page header (outside #question). */
  questionTitle: expected<Page>('#question-header .question-hyperlink', { question: 1, questions: 0 }),
  /** Body of the question and each answer; the badge goes after it. */
  postBody: expected<Page>('.s-prose.js-post-body', { question: 5, questions: 0 }),
  /** Score: data-value (the text can be abbreviated); one per question and answer. */
  voteCount: expected<Page>('.js-vote-count', { question: 5, questions: 0 }),
  /** The asker's card (an editor's card sits beside it without `owner`). */
  ownerSignature: expected<Page>('.post-signature.owner', { question: 1, questions: 0 }),
  /** The author's card of the question and every answer (the editor's card has no itemprop). */
  authorDetails: expected<Page>('.user-details[itemprop="author"]', { question: 5, questions: 0 }),
  /** Author profile link; a deleted user has none (answer 23527). */
  authorLink: expected<Page>('.user-details[itemprop="author"] > a', { question: 4, questions: 0 }),
  /** Author name, also for deleted users. */
  authorName: expected<Page>('.user-details[itemprop="author"] [itemprop="name"]', { question: 5, questions: 0 }),
  /** Times in signatures: title="2026-11-19 08:14:02Z" (asked, edited, answered). */
  signatureTime: expected<Page>('.post-signature .relativetime[title]', { question: 6, questions: 0 }),
  /** Answer creation time: datetime="2026-11-19T10:31:47" (UTC without a zone). */
  answerTime: expected<Page>('.answer time[itemprop="dateCreated"][datetime]', { question: 4, questions: 0 }),
  /** Comments on the question and each answer (hidden ones included); the answers' reply count. */
  commentCount: expected<Page>('[itemprop="commentCount"]', { question: 5, questions: 0 }),
  /** Number of answers: the question's reply count. */
  answerCount: expected<Page>('#answers-header [data-answercount]', { question: 1, questions: 0 }),
  /** Comment text. */
  commentBody: expected<Page>('li.comment .comment-copy', { question: 7, questions: 0 }),
  /** Comment author (a span, not a link, for deleted users). */
  commentUser: expected<Page>('li.comment .comment-user', { question: 7, questions: 0 }),
  /** Comment time: title="2026-11-19 08:40:11Z, License: CC BY-SA 4.0". */
  commentTime: expected<Page>('li.comment .comment-date .relativetime-clean[title]', { question: 7, questions: 0 }),
  /** Question summaries on lists (newest, tagged, search, home). */
  summary: expected<Page>('.s-post-summary[data-post-id]', { question: 0, questions: 14 }),
  /** Summary title; the badge goes after its heading. Newer Stacks markup names it --title. */
  summaryTitle: expected<Page>('.s-post-summary--content-title > a', { question: 0, questions: 14 }),
  /** Summary excerpt (plain text, cut by the server). */
  summaryExcerpt: expected<Page>('.s-post-summary--content-excerpt', { question: 0, questions: 14 }),
  /** Stats in a fixed order: votes, answers, views (a bounty badge may follow, without a number). */
  summaryStat: expected<Page>('.s-post-summary--stats-item-number', { question: 0, questions: 42 }),
  /** Asker link (deleted users: a span). */
  summaryUser: expected<Page>('.s-user-card--link > a', { question: 0, questions: 13 }),
  summaryUserName: expected<Page>('.s-user-card--link > *', { question: 0, questions: 14 }),
  /** Asked time: the same title format as in signatures. */
  summaryTime: expected<Page>('.s-user-card--time .relativetime[title]', { question: 0, questions: 14 }),
  /** The site's name ("Coffee Stack Exchange", "Stack Overflow"): the community. */
  siteName: expected<Page>('meta[property="og:site_name"]', { question: 1, questions: 1 }),
  /** The answer box at the bottom of a question page (shown to anonymous readers too). */
  answerBox: expected<Page>('#wmd-input', { question: 1, questions: 0 }),
} as const;
