import { describe, expect, it } from 'vitest';
import type { IntegrityFinding } from '../../shared/contract/integrity-commands';
import { initI18n } from '../i18n/i18n';
import { describeFinding, placeOf } from './integrity-text';

const edited: IntegrityFinding = {
  kind: 'chain',
  reason: 'stored hash 3f2a… does not match its content (computed 9b1c…)',
  position: 37,
  eventId: '0193ab00-0000-7000-8000-0000009f3a21',
  stream: 'order-0193ab00-0000-7000-8000-00009f3a21c4',
  eventType: 'ItemAdded',
  file: '/data/till/journal/000000000002.log',
  offset: 4096,
  lsn: 12,
};
const missing: IntegrityFinding = { kind: 'journal', reason: 'journal records 13..14 are missing', file: '/data/till/journal/000000000002.log', offset: 5120 };

describe('a check\'s findings in words', () => {
  it('names the event, the place and the reason in English', () => {
    const { t } = initI18n('en');
    expect(describeFinding(t, edited)).toEqual({
      what: 'Event #37 (ItemAdded, order …9f3a21c4) does not match its hash',
      place: 'Seen in journal/000000000002.log at byte 4096, record 12',
      reason: 'Reason: stored hash 3f2a… does not match its content (computed 9b1c…)',
    });
    expect(describeFinding(t, missing)).toEqual({
      what: 'A journal record no event can be named for',
      place: 'Seen in journal/000000000002.log at byte 5120',
      reason: 'Reason: journal records 13..14 are missing',
    });
    expect(t('integrity.finding.count', { count: 2 })).toBe('2 breaks found, in log order:');
  });

  it('says the same in Chinese (the reason stays the check\'s own words)', () => {
    const { t } = initI18n('zh-CN');
    expect(describeFinding(t, edited)).toEqual({
      what: '事件 #37（ItemAdded，order …9f3a21c4）与其哈希不符',
      place: '位于 journal/000000000002.log 的字节 4096，记录 12',
      reason: '原因：stored hash 3f2a… does not match its content (computed 9b1c…)',
    });
    expect(describeFinding(t, { ...edited, kind: 'mismatch', reason: 'data differs' }).what).toBe('事件 #37（ItemAdded，order …9f3a21c4）与其日志记录不一致');
    expect(placeOf(t, { kind: 'chain', reason: 'x', position: 1 })).toBeNull();
    expect(t('integrity.finding.count', { count: 2 })).toBe('发现 2 处断裂（按日志顺序）：');
  });
});
