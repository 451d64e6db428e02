import { sql } from 'drizzle-orm';
import type { Plugin } from 'graphql-yoga';
import type { DatabaseHandle } from '../db/client.js';
import type { EventHub } from '../events/hub.js';

/** `/ready` must answer a load balancer promptly even when the database does not. */
const probeTimeoutMs = 800;

function databaseAnswers(database: DatabaseHandle): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), probeTimeoutMs);
  });
  const probe = database.db.execute(sql`select 1`).then(
    () => true,
    () => false,
  );
  return Promise.race([probe, timeout]).finally(() => clearTimeout(timer));
}

/** `/ready`: 200 only when the database answers (within 800 ms) and the live-event LISTEN is in place. */
export function useReadiness(database: DatabaseHandle, events: EventHub): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/ready') return;
      const databaseUp = await databaseAnswers(database);
      const ready = databaseUp && events.listening;
      endResponse(fetchAPI.Response.json({ ready, database: databaseUp, events: events.listening }, { status: ready ? 200 : 503 }));
    },
  };
}
