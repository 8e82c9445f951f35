/** "T1-42": a receipt's series (the terminal) and its gapless number, as staff and customers quote it. */
export const receiptText = (r: { series: string; number: number }): string => `${r.series}-${r.number}`;
