import { DocketError } from '../../kernel/errors';
import { assertNever, type CommandContext, type DomainEvent } from '../decider';

/**
 * The restaurant's own details, printed on every receipt and used to format
 * amounts and dates (locale). One small aggregate on the `restaurant` stream.
 */
export interface RestaurantDetails {
  name: string;
  address: string;
  phone: string;
  taxId: string;
  /** BCP 47 locale for amounts and dates, e.g. "en-US", "zh-CN". */
  locale: string;
  /** Printed at the foot of the receipt. */
  footer: string;
}

export type RestaurantDetailsSet = DomainEvent<'RestaurantDetailsSet', RestaurantDetails>;
export type RestaurantEvent = RestaurantDetailsSet;
export type SetRestaurantDetails = { type: 'SetRestaurantDetails' } & RestaurantDetails;
export type RestaurantCommand = SetRestaurantDetails;

export const RESTAURANT_STREAM = 'restaurant';
export const DEFAULT_DETAILS: RestaurantDetails = { name: 'Docket', address: '', phone: '', taxId: '', locale: 'en-US', footer: 'Thank you!' };

export interface RestaurantState {
  details: RestaurantDetails;
}

export const initialRestaurantState = (): RestaurantState => ({ details: DEFAULT_DETAILS });

export function evolveRestaurant(_state: RestaurantState, event: RestaurantEvent): RestaurantState {
  switch (event.type) {
    case 'RestaurantDetailsSet':
      return { details: { ...event.data } };
    default:
      return assertNever(event.type);
  }
}

const LOCALE_RE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export function decideRestaurant(command: RestaurantCommand, _state: RestaurantState, ctx: CommandContext): RestaurantEvent[] {
  if (ctx.staff && ctx.staff.role !== 'manager') throw new DocketError('Unauthorized', 'only a manager may change the restaurant details');
  const name = command.name.trim();
  if (name.length === 0 || name.length > 80) throw new DocketError('Validation', 'the restaurant needs a name of 1 to 80 characters');
  if (!LOCALE_RE.test(command.locale)) throw new DocketError('Validation', 'a locale looks like "en-US" or "zh-CN"');
  const text = (s: string, what: string, max: number): string => {
    const t = s.trim();
    if (t.length > max) throw new DocketError('Validation', `${what} is at most ${max} characters`);
    return t;
  };
  return [
    {
      type: 'RestaurantDetailsSet',
      data: {
        name,
        address: text(command.address, 'the address', 200),
        phone: text(command.phone, 'the phone number', 40),
        taxId: text(command.taxId, 'the tax id', 40),
        locale: command.locale,
        footer: text(command.footer, 'the footer', 200),
      },
    },
  ];
}
