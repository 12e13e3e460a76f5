/**
 * Live alerts: while a member of the monitoring team (`monitoring:read`) has the dashboard open,
 * the server pushes each new alert on `GET /api/v1/live` (server-sent events). A new alert shows
 * at once as a notice with its severity in words and a link, and every screen that lists alerts
 * reloads (it reads {@link useAlertsVersion}; one alert's screen, {@link useAlertVersion}). Events carry codes only (no names, no text), so the
 * notice shows none either. The browser's EventSource resumes by itself after a dropped stream
 * (sending `Last-Event-ID`); when it gives up (an error answer) this opens a new one, backing off,
 * and the lists reload, because events in the gap may have been missed.
 */
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { monitoring } from './endpoints.ts';
import { Link } from './router.tsx';
import { monitoringCategoryLabel, severityLabel } from './screens/monitoring/labels.tsx';
import { useSignedIn } from './session.tsx';

/** One alert event as the server frames it: `{ id, type, at, schoolId, data }`. */
interface LiveAlert {
  eventId: string;
  type: string;
  alertId: string;
  severity: number;
  category: string;
  status: string;
}

const FIRST_RETRY_MS = 3_000;
const LONGEST_RETRY_MS = 60_000;
/** Notices kept on screen at once (the newest first); older ones are in the alert list. */
const MOST_NOTICES = 3;

/** How many alert events have arrived, and which alert the last was about (null: any may have changed). */
interface AlertsNews {
  version: number;
  lastAlertId: string | null;
}

const AlertsVersion = createContext<AlertsNews>({ version: 0, lastAlertId: null });

/** A number that changes whenever alerts may have changed (a new alert, a triage, a resync): use it as a reload key. */
export function useAlertsVersion(): number {
  return useContext(AlertsVersion).version;
}

/**
 * A number that changes only when news may concern this alert (an event about it, a resync, a
 * new stream): one alert's screen reloads for that alone, since every read of it is audited.
 */
export function useAlertVersion(alertId: string): number {
  const { version, lastAlertId } = useContext(AlertsVersion);
  const [mine, setMine] = useState(0);
  // Events before the screen opened are in what it loads first: count only those after.
  const seen = useRef(version);
  useEffect(() => {
    if (version === seen.current) return;
    seen.current = version;
    if (lastAlertId === null || lastAlertId === alertId) setMine((m) => m + 1);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new event (a new version) counts
  }, [version]);
  return mine;
}

function parseAlert(event: MessageEvent<string>): LiveAlert | null {
  try {
    const frame = JSON.parse(event.data) as { id?: unknown; type?: unknown; data?: Record<string, unknown> };
    const d = frame.data ?? {};
    if (typeof d.alertId !== 'string' || typeof d.severity !== 'number') return null;
    return {
      eventId: typeof frame.id === 'string' ? frame.id : d.alertId,
      type: typeof frame.type === 'string' ? frame.type : event.type,
      alertId: d.alertId,
      severity: d.severity,
      category: typeof d.category === 'string' ? d.category : '',
      status: typeof d.status === 'string' ? d.status : 'open',
    };
  } catch {
    return null;
  }
}

/** Listens on the live stream for the monitoring team and shows new alerts above the page. */
export function LiveAlerts({ children }: { children: ReactNode }) {
  const { can } = useSignedIn();
  const enabled = can('monitoring:read');
  const [news, setNews] = useState<AlertsNews>({ version: 0, lastAlertId: null });
  const [notices, setNotices] = useState<LiveAlert[]>([]);

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let delay = FIRST_RETRY_MS;
    let reopened = false;
    const bump = (alertId: string | null = null) => setNews((n) => ({ version: n.version + 1, lastAlertId: alertId }));
    const onAlert = (event: MessageEvent<string>) => {
      const alert = parseAlert(event);
      bump(alert?.alertId ?? null);
      // A triage elsewhere also arrives as an event (with the new status): lists reload, no notice.
      if (!alert || alert.status !== 'open') return;
      setNotices((list) => [alert, ...list.filter((n) => n.alertId !== alert.alertId)].slice(0, MOST_NOTICES));
    };
    const open = () => {
      const es = new EventSource(monitoring.liveUrl(), { withCredentials: true });
      source = es;
      es.addEventListener('open', () => {
        delay = FIRST_RETRY_MS;
        // A fresh stream has no Last-Event-ID: whatever came meanwhile is read from the lists.
        if (reopened) bump();
      });
      es.addEventListener('monitoring.alert', onAlert);
      es.addEventListener('monitoring.alert.escalated', onAlert);
      es.addEventListener('resync', () => bump());
      es.addEventListener('error', () => {
        // CONNECTING: the browser retries by itself (the server asks for 3 s). CLOSED: it gave up.
        if (es.readyState !== EventSource.CLOSED) return;
        es.close();
        reopened = true;
        retry = setTimeout(open, delay);
        delay = Math.min(delay * 2, LONGEST_RETRY_MS);
      });
    };
    open();
    return () => {
      clearTimeout(retry);
      source?.close();
    };
  }, [enabled]);

  const dismiss = (alertId: string) => setNotices((list) => list.filter((n) => n.alertId !== alertId));
  return (
    <AlertsVersion.Provider value={news}>
      {enabled ? (
        <div className="live-alerts">
          {notices.map((n) => (
            <div className={`live-alert live-alert-${n.severity >= 4 ? 'urgent' : 'plain'}`} role="alert" key={n.alertId}>
              <p>
                <strong>
                  {n.type === 'monitoring.alert.escalated' ? 'Still not acknowledged' : 'New monitoring alert'}: severity {severityLabel(n.severity)}
                </strong>
                {n.category ? `, ${monitoringCategoryLabel(n.category)}` : ''}.{' '}
                <Link to={`/monitoring/alerts/${encodeURIComponent(n.alertId)}`} onClick={() => dismiss(n.alertId)}>
                  Open the alert
                </Link>
              </p>
              <button type="button" className="button button-secondary button-small" onClick={() => dismiss(n.alertId)}>
                Dismiss<span className="visually-hidden"> this notice</span>
              </button>
            </div>
          ))}
        </div>
      ) : null}
      {children}
    </AlertsVersion.Provider>
  );
}
