import { describe, expect, it } from 'vitest';
import { reviewReply, suggestReplies, type ReplyReview } from '../index';

const profile = {
  brandNames: ['Brightbrew'],
  products: ['Brightbrew Duo', 'Mill 60'],
  competitors: ['Breville', 'Gaggia'],
  topics: ['espresso machine', 'burr grinder'],
  excludeKeywords: [],
  domains: ['brightbrew.example'],
};
const complaint = {
  site: 'reddit',
  title: 'Duo steam wand weak after descale?',
  body: 'My Duo steam wand runs out of pressure halfway through a 12oz pitcher since I descaled it. Really annoyed, it is 3 months old.',
  author: 'milk_first',
};
const question = { site: 'reddit', title: 'Burr grinder for a first espresso setup?', body: 'Budget around $300, mostly lattes. Does a burr grinder matter that much?' };

const codes = (r: ReplyReview) => r.findings.filter((f) => f.severity !== 'low').map((f) => f.code);
const review = (draft: string, thread: typeof complaint | typeof question = question, site?: string) => reviewReply(draft, { profile, thread, ...(site ? { site } : {}) });

describe('reviewReply: good replies', () => {
  it('a helpful, disclosed answer that owns a complaint and links a help page after answering', () => {
    const r = review(
      'Sorry about that, it should not happen (I am on the Brightbrew support team). After a descale, scale flakes often block the steam tip: unscrew it, soak it in hot water for ten minutes and clear the holes with a pin. Step by step with photos: https://brightbrew.example/help/steam-tip. If it is still weak, reply here and I will sort out a replacement.',
      complaint,
    );
    expect(r.findings).toEqual([]);
    expect(r).toMatchObject({ verdict: 'good', score: 100 });
  });
  it('help that names nothing needs no disclosure', () => {
    expect(review('For lattes at $300 a burr grinder matters more than the machine: a stepped conical burr grinder gives you consistent grounds, which is most of the taste.').verdict).toBe('good');
  });
  it('fair words about a competitor, disclosed', () => {
    expect(review("Full disclosure, I work at Brightbrew. Honestly, for mostly lattes at $300 Breville's Smart Grinder Pro is a solid burr grinder; ours costs more and shines for light roasts.").verdict).toBe('good');
  });
});

describe('reviewReply: words that only sound like selling', () => {
  it('market talk, a third-party sign-up and a condition are not sales pressure', () => {
    expect(review('Short term, prices go up: the city caps new licences, so supply cannot grow to replace the apartments.').verdict).toBe('good');
    expect(review('That 550 means the sending IP is blocked. Sign up for JMRP so you see complaints, and request delisting.').verdict).toBe('good');
    const renewal = { site: 'bluesky', body: 'brightbrew emailed me that my espresso machine warranty plan expires in 3 days but I thought it renews itself?? do I need to do something' };
    expect(reviewReply('Brightbrew support here. The warranty plan renews only while the card on file is valid; yours expired in May, so update the card and it renews itself.', { profile, thread: renewal }).verdict).toBe('good');
  });
  it('one "game changer" about something nobody here sells is the writer’s own enthusiasm', () => {
    expect(review('For lattes a burr grinder was honestly a game changer for me: consistent grounds, less channeling.').verdict).toBe('good');
    expect(codes(review('I work at Brightbrew, and the Mill 60 is a game changer for lattes.'))).toContain('megaphone');
  });
  it('an everyday word that is also a name, written as the word, names nobody', () => {
    const p = { ...profile, brandNames: ['Drift'], products: ['Rainy Day'], competitors: ['Match'] };
    const thread = { site: 'reddit', title: 'Why does my quadcopter drift indoors?', body: 'It holds position outdoors but slowly drifts left inside.' };
    expect(reviewReply('Indoors the drone loses GPS, so it will drift unless the optical flow sensor sees texture. Keep a rainy day fund for props, and match the trim to the drift.', { profile: p, thread }).verdict).toBe('good');
    expect(codes(reviewReply('Honestly the Drift holds position well indoors, better than most.', { profile: p, thread }))).toContain('missing_disclosure');
  });
  it('disclosures in other languages and with job titles', () => {
    const thread = { site: 'x', body: '¿alguien sabe por qué brightbrew me muestra un error de descalcificación?' };
    expect(reviewReply('Trabajo en Brightbrew: mantén pulsado el botón 5 segundos y se borra el aviso.', { profile, thread }).verdict).toBe('good');
    expect(review('I lead trust & safety at Brightbrew, so this is my job: a burr grinder matters more than the machine for lattes.').verdict).toBe('good');
  });
  it('a recommendation answered with named options is not generic', () => {
    const thread = { site: 'x', body: 'anyone know a cheap grinder brand for someone who only makes 2 lattes a week? budget tight' };
    expect(reviewReply("I work at Brightbrew, grain of salt: our Mill 60 is pricey. Breville's entry model or a used Gaggia are fine for that.", { profile, thread }).verdict).toBe('good');
  });
  it('asking for an order number in private is support, not a funnel', () => {
    expect(review("I work at Brightbrew and this one is on us: a batch of Duo wands shipped with a tight tip. DM me your order number (don't post it here) and I'll send a new tip today. Sorry about this.", complaint).verdict).toBe('good');
    expect(codes(review('I work at Brightbrew. DM me for the details of our grinder deal.'))).toContain('hard_sell');
  });
  it('still catches the offer behind a sign-up', () => {
    expect(codes(review('A burr grinder matters most (I work at Brightbrew). Sign up this week and your first 3 months are free.'))).toContain('hard_sell');
    expect(codes(review('I work at Brightbrew. Grind finer for lattes. Sign up at brightbrew.example/start'))).toContain('hard_sell');
  });
});

describe('reviewReply: what needs work, with the exact words', () => {
  it('a discount code at the end of a friendly answer', () => {
    const draft = 'A burr grinder matters a lot for lattes, grind consistency is most of it. Use code REDDIT20 for 20% off!';
    const r = review(draft);
    expect(r.verdict).toBe('needs_work');
    const f = r.findings.find((x) => x.code === 'hard_sell');
    expect(f?.span.text).toBe(draft.slice(f?.span.start, f?.span.end));
    // The offer is its own sentence, so the one-click fix removes it whole.
    expect(f).toMatchObject({ span: { text: 'Use code REDDIT20 for 20% off!' }, replacement: '' });
    expect(r.findings.filter((x) => x.code === 'hard_sell')).toHaveLength(1);
  });
  it('naming the product without saying you work there; a #ad tag is not enough', () => {
    const r = review('The Mill 60 is a great burr grinder for lattes at that budget. #ad');
    expect(codes(r)).toContain('missing_disclosure');
    expect(r.findings.find((f) => f.code === 'missing_disclosure')).toMatchObject({ span: { text: 'Mill 60' }, replacement: 'Mill 60 (I work at Brightbrew)' });
    expect(r.findings.find((f) => f.code === 'missing_disclosure')?.message).toMatch(/tag/);
  });
  it('sign-up and pricing links pull people out of the thread', () => {
    expect(codes(review('I work at Brightbrew: sign up at https://brightbrew.example/pricing and you will see.'))).toEqual(expect.arrayContaining(['off_community_link', 'hard_sell']));
  });
  it('a launch in the brand’s voice, even when the writer says who they are', () => {
    expect(codes(review('I’m Head of Growth at Brightbrew. Big news: the Mill 60 is officially HERE! The most loved grinder on the planet. Ready to transform your mornings? Let’s talk!'))).toEqual(expect.arrayContaining(['megaphone', 'hard_sell']));
  });
  it('announcement voice and superlatives', () => {
    expect(codes(review('We are excited to announce the Mill 60, our revolutionary, best-in-class burr grinder (I work at Brightbrew).'))).toContain('megaphone');
  });
  it('empty agreement and support boilerplate', () => {
    expect(codes(review('Great question! Thanks for sharing.'))).toContain('generic');
    expect(codes(review('Thanks for reaching out! We would love to help, please reach out to our team.'))).toContain('generic');
  });
  it('a reply that ignores what was asked', () => {
    expect(codes(review('Our new colour range launches in spring and the team has been working hard on it.'))).toContain('generic');
  });
  it('running down a competitor', () => {
    expect(codes(review("I work at Brightbrew, and honestly Breville grinders are garbage, don't waste your money."))).toContain('attacks_competitor');
    expect(codes(review("I work at Brightbrew; Breville's grinder isn't junk, it's a fair pick for lattes on a budget."))).not.toContain('attacks_competitor');
    // The rival named once, then run down by pronoun; "anything is better than" steers people off it.
    expect(codes(review('I work at Brightbrew. Honestly anything is better than Breville at this point. Their support is a joke.'))).toContain('attacks_competitor');
    expect(codes(review('I work at Brightbrew. I used Gaggia for years. Their support is slow but kind, and the parts are cheap.'))).not.toContain('attacks_competitor');
  });
  it('a joke at a rival’s expense is still an attack', () => {
    expect(codes(review('I work at Brightbrew lol but Breville support is a black hole, mail a letter to the moon instead'))).toContain('attacks_competitor');
    expect(codes(review('Full disclosure, I work at Brightbrew. Honestly the Gaggia is a glorified kettle for people who like fiddling.'))).toContain('attacks_competitor');
  });
  it('a sneer dressed as a joke, and fair limits of a rival', () => {
    expect(codes(review('I work at Brightbrew. The Breville is nice if you enjoy descaling every week lol, just save yourself the headache.'))).toContain('attacks_competitor');
    expect(codes(review('I work at Brightbrew, biased. If you only make lattes, the Breville is the cheapest one that does it well; ours is better for light roasts.'))).not.toContain('attacks_competitor');
  });
  it('hiding behind the terms, with or without a formula apology', () => {
    expect(codes(review('Brightbrew support here. Returns must be requested within 30 days, as stated in the terms on your order confirmation, and we are unable to make exceptions.', complaint))).toContain('dismisses_complaint');
  });
  it('empty warmth that answers nothing', () => {
    expect(codes(review('Lattes can be so confusing 😅 You’re definitely not alone! Wishing you many happy mornings with your new setup!'))).toContain('generic');
    expect(codes(review('Great question! Every family’s situation is different, so it’s definitely worth shopping around. Good luck!'))).toContain('generic');
    expect(codes(review('Both great choices! You really can’t go wrong either way 😊'))).toContain('generic');
    expect(codes(review('Congrats on the new setup! Every situation is different, so it really depends on your needs. Wishing you the best of luck!'))).toContain('generic');
  });
  it('brushing off a complaint', () => {
    const r = review('Works fine for most people. Maybe read the manual about descaling?', complaint);
    expect(codes(r)).toContain('dismisses_complaint');
    expect(r.findings.find((f) => f.code === 'dismisses_complaint')?.span.text).toMatch(/works fine for most people|read the manual/i);
    expect(codes(review('Steam wands aren’t designed for 12oz pitchers. Normal use doesn’t cause this.', complaint))).toContain('dismisses_complaint');
    // Defending the company, owning nothing; the same words beside an apology and a fix are fine.
    expect(codes(review('I work at Brightbrew. Every Duo is tested carefully before it ships, so we are confident yours is fine. We appreciate your patience.', complaint))).toContain('dismisses_complaint');
    // "Sorry to hear that" before a policy is a formula, not an apology; blaming the cause on them is a brush-off.
    expect(codes(review('We are sorry to hear that. Per our shipping policy the Duo is left at the door, and it should be fine after a day in the cold.', complaint))).toContain('dismisses_complaint');
    expect(codes(review('I work at Brightbrew. A weak wand is almost always because someone used the wrong descaler, which voids the warranty.', complaint))).toContain('dismisses_complaint');
    expect(review('A weak wand after a descale usually means a blocked tip: unscrew it, soak it and clear the holes with a pin.', complaint).verdict).toBe('good');
    expect(review('Sorry about this (I work at Brightbrew). Scale flakes often block the steam tip after a descale: unscrew it, soak it and clear the holes with a pin. If it is still weak I will send a new tip. We appreciate your patience.', complaint).verdict).toBe('good');
    expect(codes(review('Sorry about that. The pressure figure is clearly labelled as "typical" on the box, so it isn’t misleading.', complaint))).toContain('dismisses_complaint');
  });
  it('hashtags, emoji walls and shouting', () => {
    expect(codes(review('Burr grinders rule for lattes #espresso #coffee #latte #grinder'))).toContain('spam_format');
    expect(codes(review('A burr grinder for lattes 🔥🔥🔥🙌'))).toContain('spam_format');
    expect(codes(review('YOU NEED A BURR GRINDER FOR LATTES'))).toContain('spam_format');
  });
  it('the site’s form: X counts characters, Hacker News is plain text', () => {
    const long = `For lattes a burr grinder matters most. ${'Grind consistency decides extraction, and extraction decides taste. '.repeat(5)}`;
    const x = review(long, question, 'x');
    expect(codes(x)).toContain('site_format');
    expect(x.findings.find((f) => f.code === 'site_format')?.span.start).toBe(long.length - ([...long].length - 280));
    expect(codes(review('## Why a burr grinder\n\n**Consistency** is what matters for lattes.', question, 'hacker-news'))).toContain('site_format');
  });
  it('their own words quoted back are not the writer selling', () => {
    const thread = { site: 'reddit', body: 'Anyone have a referral code for a burr grinder? The discount is steep without one.' };
    expect(reviewReply('You asked for a "referral code for a burr grinder": I do not have one, but a used burr grinder is often half the price.', { profile, thread }).verdict).toBe('good');
  });
  it('scores fall with each finding and stay within 0..100', () => {
    const bad = review('WE ARE EXCITED TO ANNOUNCE the best-in-class Mill 60!!! Sign up now, use code SAVE20 for 20% off, only this week, DM me #coffee #espresso #grinder 🔥🔥🔥');
    expect(bad.score).toBe(0);
    expect(bad.verdict).toBe('needs_work');
  });
});

describe('suggestReplies', () => {
  it('3 to 5 stances that fit a complaint, each passing the review and quoting the person', () => {
    const list = suggestReplies({ ...complaint, body: `${complaint.body} The Brightbrew Duo was supposed to be better than this.` }, profile);
    expect(list.length).toBeGreaterThanOrEqual(3);
    expect(list.length).toBeLessThanOrEqual(5);
    expect(list.map((s) => s.stance)).toContain('apologise');
    for (const s of list) {
      expect(reviewReply(s.text, { profile, thread: complaint }).verdict).toBe('good');
      if (s.namesBrand) expect(s.text).toMatch(/I work at Brightbrew/);
    }
    expect(list.some((s) => /milk_first/.test(s.text))).toBe(true);
  });
  it('fits X’s 280 characters and skips greetings on Hacker News', () => {
    for (const s of suggestReplies({ ...question, site: 'x', author: 'latte_al' }, profile)) expect([...s.text].length).toBeLessThanOrEqual(280);
    for (const s of suggestReplies({ ...question, site: 'hacker-news', author: 'pg' }, profile)) expect(s.text.startsWith('pg')).toBe(false);
  });
  it('is deterministic', () => {
    expect(suggestReplies(question, profile)).toEqual(suggestReplies(question, profile));
  });
});
