import type { RapportDB } from './db';
import { recordEvent } from './events';
import { recordInteraction } from './people';
import { addReminder } from './reminders';
import { RepliedSchema, personKey, threadKey, type EngagementEvent, type PersonRecord, type RepliedInput, type ReminderRecord, type ReplyRecord } from './schemas';

export interface Replied {
  event: EngagementEvent;
  person?: PersonRecord;
  reply?: ReplyRecord;
  reminder?: ReminderRecord;
}

/**
 * Everything "I replied" means, in one transaction so none of it is half-written: the log's
 * `replied` event (the thread marked engaged), one more interaction with the post's author, the
 * reply's text when Rapport saw it, and a reminder to check back for answers.
 */
export async function recordReplied(db: RapportDB, input: RepliedInput): Promise<Replied> {
  const replied = RepliedSchema.parse(input);
  const time = new Date().toISOString();
  const thread = threadKey(replied.site, replied.postId);
  const person = replied.author ? personKey(replied.site, replied.author) : undefined;
  return db.transaction('rw', [db.events, db.threads, db.people, db.replies, db.reminders], async () => {
    const event = await recordEvent(db, {
      type: 'replied',
      time,
      site: replied.site,
      threadKey: thread,
      url: replied.url,
      title: replied.title,
      ...(replied.community && { community: replied.community }),
      ...(person && { personKey: person }),
      namedBrand: replied.namedBrand,
      disclosed: replied.disclosed,
      demo: replied.demo,
    });
    const result: Replied = { event };
    if (replied.author) result.person = await recordInteraction(db, { site: replied.site, handle: replied.author, at: time });
    if (replied.text) {
      const reply: ReplyRecord = {
        id: crypto.randomUUID(),
        direction: 'sent',
        time,
        site: replied.site,
        threadKey: thread,
        ...(person && { personKey: person }),
        url: replied.url,
        text: replied.text,
        namedBrand: replied.namedBrand,
        disclosed: replied.disclosed,
        demo: replied.demo,
      };
      await db.replies.add(reply);
      result.reply = reply;
    }
    if (replied.remindInHours > 0) {
      result.reminder = await addReminder(db, {
        due: new Date(Date.parse(time) + replied.remindInHours * 3_600_000).toISOString(),
        note: replied.reminderNote ?? `Check back for answers: ${replied.title.slice(0, 160)}`,
        threadKey: thread,
        ...(person && { personKey: person }),
      });
    }
    return result;
  });
}
