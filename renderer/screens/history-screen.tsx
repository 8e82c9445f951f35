import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { ExportDialog } from '../components/export-dialog';
import { HistoryEventDetail } from '../components/history-event-detail';
import { HistoryFilterBar } from '../components/history-filter-bar';
import { HistoryList } from '../components/history-list';
import { HistoryTillAt } from '../components/history-till-at';
import { HistoryTimeline } from '../components/history-timeline';
import { IntegrityPanel } from '../components/integrity-panel';
import { createHistoryInspectStore } from '../stores/history-inspect-store';
import { createHistoryLogStore } from '../stores/history-log-store';

type Tab = 'log' | 'tillAt' | 'integrity';
const TABS: readonly Tab[] = ['log', 'tillAt', 'integrity'];

/**
 * History (managers): the event log as it was recorded, filtered with the
 * filter language; one event whole; one stream over time with its state at
 * any step; the whole till at a moment; the integrity checks. Its stores
 * live as long as the screen: entering it reads the log afresh, leaving it
 * frees the pages read.
 */
export function HistoryScreen() {
  const { t } = useTranslation();
  const { api, status } = useStores();
  const [log] = useState(() => createHistoryLogStore(api, status));
  const [inspect] = useState(() => createHistoryInspectStore(api, status));
  const [tab, setTab] = useState<Tab>('log');
  const [exporting, setExporting] = useState<string | null>(null);
  const stream = useStore(inspect, (s) => s.stream);
  const event = useStore(inspect, (s) => s.event);

  useEffect(() => {
    void log.getState().show('');
    // New events would shift every row of a list read newest first: offer them instead of moving the rows under the user.
    return api.onPush((push) => {
      if (push.type === 'ViewsChanged') log.getState().markStale();
    });
  }, [api, log]);

  return (
    <div className="history-screen" data-testid="history-screen">
      <div className="history-tabs" role="tablist" aria-label={t('historyLog.tabs.label')}>
        {TABS.map((x) => (
          <button
            key={x}
            type="button"
            role="tab"
            id={`history-tab-${x}`}
            className="category"
            aria-selected={tab === x}
            aria-controls={`history-panel-${x}`}
            data-testid={`history-tab-${x}`}
            onClick={() => setTab(x)}
          >
            {t(`historyLog.tabs.${x}`)}
          </button>
        ))}
        <HistoryCount log={log} />
      </div>
      {tab === 'log' && (
        <div id="history-panel-log" role="tabpanel" aria-labelledby="history-tab-log" className="history-panel">
          {stream ? (
            <HistoryTimeline inspect={inspect} />
          ) : (
            <>
              <HistoryFilterBar log={log} onExport={(filter) => setExporting(filter)} />
              <div className={event ? 'history-body history-body-detail' : 'history-body'}>
                <HistoryList log={log} inspect={inspect} />
                <HistoryEventDetail
                  inspect={inspect}
                  onTillAt={(atPosition) => {
                    setTab('tillAt');
                    void inspect.getState().loadTillAt({ atPosition });
                  }}
                />
              </div>
            </>
          )}
        </div>
      )}
      {tab === 'tillAt' && (
        <div id="history-panel-tillAt" role="tabpanel" aria-labelledby="history-tab-tillAt" className="history-panel">
          <HistoryTillAt inspect={inspect} />
        </div>
      )}
      {tab === 'integrity' && (
        <div id="history-panel-integrity" role="tabpanel" aria-labelledby="history-tab-integrity" className="history-panel history-panel-integrity">
          <IntegrityPanel />
        </div>
      )}
      {exporting !== null && <ExportDialog filter={exporting} onClose={() => setExporting(null)} />}
    </div>
  );
}

/** How many events the log holds, or how many matches the filter has found (so far). */
function HistoryCount({ log }: { log: ReturnType<typeof createHistoryLogStore> }) {
  const { t } = useTranslation();
  const mode = useStore(log, (s) => s.mode);
  const count = useStore(log, (s) => s.count);
  const done = useStore(log, (s) => s.done);
  const loaded = useStore(log, (s) => s.loaded);
  const stale = useStore(log, (s) => s.stale);
  const n = mode === 'filter' && !done ? Math.max(0, count - 1) : count;
  const key = mode === 'all' ? 'historyLog.list.count' : done ? 'historyLog.list.matches' : 'historyLog.list.matchesSoFar';
  return (
    <>
      {stale && (
        <button type="button" className="button button-small history-show-new" data-testid="history-show-new" onClick={() => void log.getState().show(log.getState().applied)}>
          {t('historyLog.list.refresh')}
        </button>
      )}
      <span className="history-count" data-testid="history-row-count" data-count={n} data-done={done} aria-live="polite">
        {loaded ? t(key, { count: n }) : t('historyLog.list.loading')}
      </span>
    </>
  );
}
