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
      { type: 'RestaurantDetailsSet', data: { name: 'Trattoria', address: '1 Main St', phone: '555', taxId: 'VAT 1', locale: 'zh-CN', footer: 'Grazie' } },
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
});
