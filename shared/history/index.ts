export * from './filter-syntax';
export * from './filter-tokens';
export * from './filter-parser';
export * from './filter-dates';
export * from './saved-filters';
export * from './state-diff';
