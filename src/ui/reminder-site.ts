import { SiteIdSchema, type SiteId } from '../core/post';
import type { ReminderRecord } from '../storage/schemas';

/**
 * The site a done reminder is logged under (reminders/done asks for one): the site of its thread,
 * else of its person (keys are `site:id`). A reminder about neither has no site; it is logged
 * under 'demo' until the protocol lets the site be left out.
 */
export function reminderSite(reminder: Pick<ReminderRecord, 'threadKey' | 'personKey'>): SiteId {
  for (const key of [reminder.threadKey, reminder.personKey]) {
    const site = SiteIdSchema.safeParse(key?.split(':')[0]);
    if (site.success) return site.data;
  }
  return 'demo';
}
