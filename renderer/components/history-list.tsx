import { elementScroll, observeElementOffset, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { rowTop, scrollScale } from '../history/scroll-scale';
import type { HistoryInspectStore } from '../stores/history-inspect-store';
import type { HistoryLogStore } from '../stores/history-log-store';
import { HistoryListRow } from './history-list-row';

/** Every row is this tall (a touch target): fixed, so any row's place is known without measuring. */
export const HISTORY_ROW_PX = 48;

/**
 * The event log, newest first, as a virtualised list: only the rows on
 * screen are in the document, their events read a page at a time as they
 * come into view (see history-log-store). For a benchmark or a test:
 * `data-row-count` is the rows the list has, `data-painted-rows` how many of
 * those on screen have their event (rows still loading carry
 * data-loading="true"), and the element itself is the scroll container.
 */
export function HistoryList({ log, inspect }: { log: HistoryLogStore; inspect: HistoryInspectStore }) {
  const { t } = useTranslation();
  const count = useStore(log, (s) => s.count);
  const mode = useStore(log, (s) => s.mode);
  const done = useStore(log, (s) => s.done);
  const loaded = useStore(log, (s) => s.loaded);
  const searchedTo = useStore(log, (s) => s.searchedTo);
  const selected = useStore(log, (s) => s.selected);
  useStore(log, (s) => s.tick);
  const scrollRef = useRef<HTMLDivElement>(null);
  const factor = useRef(1);
  const scale = scrollScale(count * HISTORY_ROW_PX, scrollRef.current?.clientHeight ?? 600);
  factor.current = scale.factor;

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => HISTORY_ROW_PX,
    overscan: 6,
    // The scroll bar moves through a shorter area than the list when it is very long (scroll-scale.ts).
    observeElementOffset: (instance, cb) => observeElementOffset(instance, (offset, scrolling) => cb(offset * factor.current, scrolling)),
    scrollToFn: (offset, options, instance) => elementScroll(offset / factor.current, options, instance),
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  const virtualOffset = virtualizer.scrollOffset ?? 0;

  useEffect(() => {
    if (last >= 0) log.getState().ensure(first, last);
  }, [log, first, last, count]);

  // Back from a timeline, the list is drawn anew: put the chosen event where the user left it, mid-screen.
  useEffect(() => {
    const el = scrollRef.current;
    const chosen = log.getState().selected;
    if (el && chosen !== null) el.scrollTop = Math.max(0, (chosen * HISTORY_ROW_PX - el.clientHeight / 2) / factor.current);
  }, [log]);

  const painted = items.filter((i) => log.getState().row(i.index) !== undefined).length;

  const open = (index: number): void => {
    const row = log.getState().row(index);
    if (row) void inspect.getState().openEvent(row);
  };
  const move = (index: number): void => {
    const el = scrollRef.current;
    if (count === 0 || !el) return;
    const to = Math.max(0, Math.min(count - 1, index));
    log.getState().select(to);
    // Scrolled here rather than with scrollToIndex: the virtualizer clamps to the element's real
    // scroll height, which is shorter than the list's when it is scaled (scroll-scale.ts).
    const start = to * HISTORY_ROW_PX;
    const view = el.clientHeight;
    const target = start < virtualOffset ? start : start + HISTORY_ROW_PX > virtualOffset + view ? start + HISTORY_ROW_PX - view : null;
    if (target !== null) el.scrollTop = Math.round(target / factor.current);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const at = selected ?? -1;
    const page = Math.max(1, items.length - 2);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(at + 1),
      ArrowUp: () => move(at - 1),
      PageDown: () => move(at + page),
      PageUp: () => move(at - page),
      Home: () => move(0),
      End: () => move(count - 1),
      Enter: () => selected !== null && open(selected),
    };
    const act = keys[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  };

  return (
    <div className="history-list-pane">
      <div className="history-list-head" aria-hidden="true">
        <span>{t('historyLog.list.time')}</span>
        <span>{t('historyLog.list.type')}</span>
        <span>{t('historyLog.list.stream')}</span>
        <span>{t('historyLog.list.staff')}</span>
        <span>{t('historyLog.list.approver')}</span>
        <span>{t('historyLog.list.terminal')}</span>
        <span className="num">{t('historyLog.list.position')}</span>
      </div>
      <div
        ref={scrollRef}
        className="history-list"
        role="listbox"
        tabIndex={0}
        aria-label={t('historyLog.list.label')}
        aria-activedescendant={selected !== null && selected >= first && selected <= last ? `history-row-${selected}` : undefined}
        data-testid="history-list"
        data-row-count={count}
        data-mode={mode}
        data-painted-rows={painted}
        data-first-painted={painted > 0 ? 'true' : 'false'}
        data-scale={scale.factor}
        onKeyDown={onKeyDown}
      >
        <div className="history-list-space" style={{ height: scale.height }}>
          {items.map((item) => {
            const top = rowTop(item.start, virtualOffset, scale.factor);
            if (mode === 'filter' && item.index >= count - 1 && !done) {
              return (
                <div key="searching" className="history-row history-searching" style={{ transform: `translateY(${top}px)` }} data-testid="history-searching">
                  {searchedTo !== null ? t('historyLog.list.searching', { position: searchedTo }) : t('historyLog.list.loading')}
                </div>
              );
            }
            return (
              <HistoryListRow
                key={item.key}
                index={item.index}
                top={top}
                row={log.getState().row(item.index)}
                selected={item.index === selected}
                onPick={() => {
                  log.getState().select(item.index);
                  open(item.index);
                }}
              />
            );
          })}
        </div>
        {loaded && count === 0 && (
          <p className="hint history-empty" data-testid="history-empty">
            {t('historyLog.list.empty')}
          </p>
        )}
      </div>
    </div>
  );
}
