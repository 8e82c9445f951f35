import { DocketError } from '../../kernel/errors';
import { assertNever, type CommandContext, type DomainEvent } from '../decider';
import { isTimeZone, MAX_DAY_CUTOFF_MINUTES, UTC_CLOCK } from './business-time';

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
  /**
   * The IANA zone reports and history dates are read in, and the minutes
   * after local midnight at which a business day ends (0..720): see
   * business-time.ts and docs/business-day.md. Events recorded before these
   * existed carry neither and mean UTC and 0.
   */
  timeZone: string;
  dayCutoffMinutes: number;
}

export type RestaurantDetailsSet = DomainEvent<'RestaurantDetailsSet', RestaurantDetails>;
export type RestaurantEvent = RestaurantDetailsSet;
/** The zone and cut-off may be left out: the restaurant keeps the ones it has. */
export type SetRestaurantDetails = { type: 'SetRestaurantDetails' } & Omit<RestaurantDetails, 'timeZone' | 'dayCutoffMinutes'> &
  Partial<Pick<RestaurantDetails, 'timeZone' | 'dayCutoffMinutes'>>;
export type RestaurantCommand = SetRestaurantDetails;

export const RESTAURANT_STREAM = 'restaurant';
export const DEFAULT_DETAILS: RestaurantDetails = {
  name: 'Docket',
  address: '',
  phone: '',
  taxId: '',
  locale: 'en-US',
  footer: 'Thank you!',
  timeZone: UTC_CLOCK.timeZone,
  dayCutoffMinutes: UTC_CLOCK.dayCutoffMinutes,
};

/** Details as stored by any version: an event from before the zone and cut-off existed reads as UTC, midnight. */
export const withDefaults = (d: Partial<RestaurantDetails>): RestaurantDetails => ({ ...DEFAULT_DETAILS, ...d });

export interface RestaurantState {
  details: RestaurantDetails;
}

export const initialRestaurantState = (): RestaurantState => ({ details: DEFAULT_DETAILS });

export function evolveRestaurant(_state: RestaurantState, event: RestaurantEvent): RestaurantState {
  switch (event.type) {
    case 'RestaurantDetailsSet':
      return { details: withDefaults(event.data) };
    default:
      return assertNever(event.type);
  }
}

const LOCALE_RE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export function decideRestaurant(command: RestaurantCommand, state: RestaurantState, ctx: CommandContext): RestaurantEvent[] {
  if (ctx.staff && ctx.staff.role !== 'manager') throw new DocketError('Unauthorized', 'only a manager may change the restaurant details');
  const name = command.name.trim();
  if (name.length === 0 || name.length > 80) throw new DocketError('Validation', 'the restaurant needs a name of 1 to 80 characters');
  if (!LOCALE_RE.test(command.locale)) throw new DocketError('Validation', 'a locale looks like "en-US" or "zh-CN"');
  const text = (s: string, what: string, max: number): string => {
    const t = s.trim();
    if (t.length > max) throw new DocketError('Validation', `${what} is at most ${max} characters`);
    return t;
  };
  const timeZone = (command.timeZone ?? state.details.timeZone).trim();
  if (!isTimeZone(timeZone)) throw new DocketError('Validation', `"${timeZone.slice(0, 64)}" is not a time zone this till knows (an IANA name such as "Europe/London")`, { field: 'timeZone' });
  const dayCutoffMinutes = command.dayCutoffMinutes ?? state.details.dayCutoffMinutes;
  if (!Number.isInteger(dayCutoffMinutes) || dayCutoffMinutes < 0 || dayCutoffMinutes > MAX_DAY_CUTOFF_MINUTES) {
    throw new DocketError('Validation', 'the business day ends between midnight and noon: 0 to 720 minutes after midnight', { field: 'dayCutoffMinutes' });
  }
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
        timeZone,
        dayCutoffMinutes,
      },
    },
  ];
}
