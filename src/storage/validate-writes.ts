import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { z } from 'zod';
import {
  EngagementEventSchema,
  GoalRecordSchema,
  HourRowSchema,
  PersonRecordSchema,
  ReplyRecordSchema,
  ReminderRecordSchema,
  SettingRecordSchema,
  ThreadRecordSchema,
} from './schemas';

/** The schema each table's records must satisfy. A table missing here cannot be written. */
const TABLE_SCHEMAS: ReadonlyMap<string, z.ZodType> = new Map<string, z.ZodType>([
  ['threads', ThreadRecordSchema],
  ['events', EngagementEventSchema],
  ['people', PersonRecordSchema],
  ['reminders', ReminderRecordSchema],
  ['settings', SettingRecordSchema],
  ['replies', ReplyRecordSchema],
  ['goals', GoalRecordSchema],
  ['hours', HourRowSchema],
]);

function validate(table: string, req: DBCoreMutateRequest): DBCoreMutateRequest {
  if (req.type !== 'add' && req.type !== 'put') return req;
  const schema = TABLE_SCHEMAS.get(table);
  if (!schema) throw new Error(`Rapport storage: no schema for table "${table}"`);
  // Parsed values replace the given ones: unknown fields are dropped and times normalised.
  return { ...req, values: req.values.map((value) => schema.parse(value)) };
}

/**
 * Every add and put, whether from a named operation, `Table.update()` or `Collection.modify()`,
 * is parsed by its table's zod schema at the bottom of Dexie's stack. A bad record rejects the
 * write and aborts its transaction, so nothing from that transaction is kept.
 */
export const validateWrites: Middleware<{ stack: 'dbcore' } & DBCore> = {
  stack: 'dbcore',
  name: 'rapport-validate-writes',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: async (req) => table.mutate(validate(name, req)),
      };
    },
  }),
};
