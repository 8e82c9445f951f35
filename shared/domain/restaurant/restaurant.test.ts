import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../decider';
import { decideRestaurant, evolveRestaurant, initialRestaurantState, type SetRestaurantDetails } from './restaurant';

const manager: CommandContext = { now: '2026-11-28T12:00:00.000Z', terminal: 'T1', staff: { staffId: 'ana', role: 'manager' } };
const set: SetRestaurantDetails = {
  type: 'SetRestaurantDetails',
  name: ' Trattoria ',
  address: '1 Main St',
  phone: '555',
  taxId: 'VAT 1',
  locale: 'zh-CN',
  footer: 'Grazie',
};

describe('restaurant details', () => {
  it('sets the details a manager gives, trimmed', () => {
    const events = decideRestaurant(set, initialRestaurantState(), manager);
    expect(events).toEqual([
      {
        type: 'RestaurantDetailsSet',
        data: { name: 'Trattoria', address: '1 Main St', phone: '555', taxId: 'VAT 1', locale: 'zh-CN', footer: 'Grazie', timeZone: 'UTC', dayCutoffMinutes: 0 },
      },
    ]);
    expect(evolveRestaurant(initialRestaurantState(), events[0] as never).details.locale).toBe('zh-CN');
  });

  it('refuses servers, an empty name, a malformed locale and over-long text', () => {
    const server = { ...manager, staff: { staffId: 'ben', role: 'server' as const } };
    expect(() => decideRestaurant(set, initialRestaurantState(), server)).toThrow(expect.objectContaining({ code: 'Unauthorized' }));
    expect(() => decideRestaurant({ ...set, name: ' ' }, initialRestaurantState(), manager)).toThrow(expect.objectContaining({ code: 'Validation' }));
    expect(() => decideRestaurant({ ...set, locale: 'chinese' }, initialRestaurantState(), manager)).toThrow(expect.objectContaining({ code: 'Validation' }));
    expect(() => decideRestaurant({ ...set, footer: 'x'.repeat(201) }, initialRestaurantState(), manager)).toThrow(expect.objectContaining({ code: 'Validation' }));
  });

  it('sets the time zone and day cut-off, keeps them when a command leaves them out, and reads old events as UTC, midnight', () => {
    const [first] = decideRestaurant({ ...set, timeZone: 'America/New_York', dayCutoffMinutes: 240 }, initialRestaurantState(), manager);
    const state = evolveRestaurant(initialRestaurantState(), first as never);
    expect(state.details).toMatchObject({ timeZone: 'America/New_York', dayCutoffMinutes: 240 });
    const [again] = decideRestaurant({ ...set, name: 'Trattoria Due' }, state, manager);
    expect(again?.data).toMatchObject({ name: 'Trattoria Due', timeZone: 'America/New_York', dayCutoffMinutes: 240 });
    const old = { type: 'RestaurantDetailsSet', data: { name: 'Old', address: '', phone: '', taxId: '', locale: 'en-US', footer: '' } };
    expect(evolveRestaurant(state, old as never).details).toMatchObject({ name: 'Old', timeZone: 'UTC', dayCutoffMinutes: 0 });
  });

  it('refuses a zone Intl does not know, an offset for a zone, and a cut-off outside 0..720 minutes, as Validation naming the field', () => {
    for (const timeZone of ['Mars/Olympus_Mons', '+01:00', '', 'Europe/London; DROP', 'x'.repeat(65)]) {
      expect(() => decideRestaurant({ ...set, timeZone }, initialRestaurantState(), manager)).toThrow(
        expect.objectContaining({ code: 'Validation', details: { field: 'timeZone' } }),
      );
    }
    for (const dayCutoffMinutes of [-1, 721, 1.5, Number.NaN]) {
      expect(() => decideRestaurant({ ...set, dayCutoffMinutes }, initialRestaurantState(), manager)).toThrow(
        expect.objectContaining({ code: 'Validation', details: { field: 'dayCutoffMinutes' } }),
      );
    }
    expect(decideRestaurant({ ...set, timeZone: 'Asia/Kolkata', dayCutoffMinutes: 720 }, initialRestaurantState(), manager)[0]?.data.dayCutoffMinutes).toBe(720);
  });
});
