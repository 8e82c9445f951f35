export * from './shift-events';
export * from './shift-commands';
export * from './shift-state';
export * from './shift-decide';
