import { assertNever } from '../decider';
import type { ShiftEvent } from './shift-events';

export interface ShiftState {
  status: 'none' | 'open' | 'closed';
  shiftId: string;
  float: number;
  paidIn: number;
  paidOut: number;
  movementIds: string[];
  zNumber: number | null;
}

export const initialShiftState = (): ShiftState => ({
  status: 'none',
  shiftId: '',
  float: 0,
  paidIn: 0,
  paidOut: 0,
  movementIds: [],
  zNumber: null,
});

export function evolveShift(state: ShiftState, event: ShiftEvent): ShiftState {
  switch (event.type) {
    case 'ShiftOpened':
      return { ...initialShiftState(), status: 'open', shiftId: event.data.shiftId, float: event.data.float };
    case 'CashPaidIn':
      return { ...state, paidIn: state.paidIn + event.data.amount, movementIds: [...state.movementIds, event.data.movementId] };
    case 'CashPaidOut':
      return { ...state, paidOut: state.paidOut + event.data.amount, movementIds: [...state.movementIds, event.data.movementId] };
    case 'DrawerOpened':
      return state;
    case 'ShiftClosed':
      return { ...state, status: 'closed', zNumber: event.data.zNumber };
    default:
      return assertNever(event);
  }
}
