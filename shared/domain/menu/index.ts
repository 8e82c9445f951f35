export * from './menu-events';
export * from './menu-commands';
export * from './menu-state';
export * from './menu-decide';
