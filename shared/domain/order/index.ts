export * from './order-events';
export * from './order-commands';
export * from './order-state';
export * from './order-totals';
export * from './order-context';
export * from './order-decide';
export * from './order-decide-floor';
export * from './order-decide-settle';
