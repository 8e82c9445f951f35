export * from './limits';
export * from './commands';
export * from './queries';
export * from './views';
export * from './pushes';
export * from './api';
export * from './bridge';
export * from './validate';
