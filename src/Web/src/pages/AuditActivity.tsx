import { useId } from 'react';
import { ErrorBox } from '../ErrorBox';
import { graphql } from '../gql';
import { useQuery } from '../hooks';
import { Time } from '../Time';
import { TableScroll } from '../TableScroll';

const DAYS = 30;

export interface AuditActivityCount {
  /** A UTC day, yyyy-MM-dd. */
  day: string;
  type: string;
  /** A GraphQL Long: a number or a string. */
  events: number | string;
}

export interface AuditActivityDay {
  day: string;
  total: number;
  top: { type: string; events: number };
}

const AUDIT_ACTIVITY = graphql(`query AuditActivity($workspaceId: ID!, $days: Int) {
  auditActivity(workspaceId: $workspaceId, days: $days) { counts { day type events } countedThrough }
}`);

/**
 * One entry per day, in the order the days first appear (the server sends the newest first): the day's total
 * and its most frequent type (on a tie, the first type alphabetically).
 */
export function summarizeActivity(counts: AuditActivityCount[]): AuditActivityDay[] {
  const days = new Map<string, AuditActivityDay>();
  for (const c of counts) {
    const events = Number(c.events);
    const day = days.get(c.day);
    if (!day) {
      days.set(c.day, { day: c.day, total: events, top: { type: c.type, events } });
      continue;
    }
    day.total += events;
    if (events > day.top.events || (events === day.top.events && c.type < day.top.type)) {
      day.top = { type: c.type, events };
    }
  }
  return [...days.values()];
}

/** Events per UTC day over the last 30 days, from the server's activity projection. */
export function AuditActivityPanel({ workspaceId }: { workspaceId: string }) {
  const { data, error } = useQuery(AUDIT_ACTIVITY, { workspaceId, days: DAYS });
  const headingId = useId();
  const activity = data?.auditActivity;
  const days = activity ? summarizeActivity(activity.counts) : [];

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Activity (last {DAYS} days)</h2>
      <ErrorBox error={error} />
      {!data && !error && <p>Loading…</p>}
      {activity && (
        <>
          <p className="hint" data-testid="activity-counted-through">
            {activity.countedThrough ? (
              <>Counted through <Time value={activity.countedThrough} /></>
            ) : (
              'Nothing counted yet.'
            )}
          </p>
          {days.length === 0 ? (
            <p>No events in the last {DAYS} days.</p>
          ) : (
            <TableScroll label="Activity">
              <table data-testid="activity-table" className="audit" aria-labelledby={headingId}>
                <thead>
                  <tr>
                    <th scope="col">Day</th>
                    <th scope="col">Events</th>
                    <th scope="col">Most frequent</th>
                  </tr>
                </thead>
                <tbody>
                  {days.map((d) => (
                    <tr key={d.day} data-testid="activity-row">
                      <td>
                        <time dateTime={d.day} title="UTC day">{d.day}</time>
                      </td>
                      <td>{d.total.toLocaleString()}</td>
                      <td>
                        {d.top.type} ({d.top.events.toLocaleString()})
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </>
      )}
    </section>
  );
}
