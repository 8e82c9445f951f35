export * from './errors';
export * from './result';
export * from './money';
export * from './ids';
export * from './clock';
export * from './canonical-json';
export * from './recorded';
