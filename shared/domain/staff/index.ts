export * from './staff-events';
export * from './staff-commands';
export * from './staff-state';
export * from './staff-decide';
