/** Bounds on what a client may send: anything larger is refused before it is parsed. */
export const MAX_MESSAGE_BYTES = 64 * 1024;
export const MAX_TEXT = 200;
export const MAX_LIST_LIMIT = 1000;
/** Largest single amount the till accepts: 10 billion minor units. */
export const MAX_AMOUNT = 10_000_000_000;
