import type { BrandProfileInput } from '../core/profile';

/**
 * The profile of Brightbrew, the pretend brand of the demo page (src/demo/demo.html): espresso
 * machines and grinders. Seeded on first run so the demo shows findings before any setup.
 */
export const DEMO_PROFILE: BrandProfileInput = {
  brandNames: ['Brightbrew'],
  aliases: ['Bright Brew', 'Brightbrew Coffee'],
  products: ['Brightbrew Duo', 'Brightbrew Mill 60', 'Mill 60'],
  competitors: ['Breville', 'Gaggia', 'Baratza', 'Bambino'],
  topics: ['espresso machine', 'grinder', 'espresso', 'burr grinder', 'portafilter', 'grind size', 'group head', 'steam wand'],
  audienceInterests: ['latte art', 'flat white', 'specialty coffee', 'home barista', 'light roast', 'single origin'],
  excludeKeywords: ['job posting', 'hiring', 'for sale'],
  excludeCommunities: [],
  domains: ['brightbrew.example'],
  contextWords: ['coffee', 'espresso', 'machine', 'grinder', 'shot', 'beans', 'milk'],
};
