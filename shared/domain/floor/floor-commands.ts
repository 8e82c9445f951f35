export type AddTable = { type: 'AddTable'; tableId: string; name: string; seats: number; area?: string | undefined };
export type RemoveTable = { type: 'RemoveTable'; tableId: string };

export type FloorCommand = AddTable | RemoveTable;
