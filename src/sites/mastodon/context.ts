/** What the statuses of a page share. Status ids are per server, so record ids carry the host. */
export interface Context {
  host: string;
  origin: string;
}

export const recordId = (ctx: Context, statusId: string): string => `${ctx.host}:${statusId}`;

/** "kim@fosstodon.org" for remote accounts; a local account ("elena") gets this server's host. */
export function fullHandle(acct: string, host: string): string {
  const handle = acct.replace(/^@/, '');
  return handle.includes('@') ? handle : `${handle}@${host}`;
}

