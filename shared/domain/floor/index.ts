export * from './floor-events';
export * from './floor-commands';
export * from './floor-state';
export * from './floor-decide';
