export type OpenShift = { type: 'OpenShift'; shiftId: string; float: number };
export type PayIn = { type: 'PayIn'; shiftId: string; movementId: string; amount: number; reason: string };
export type PayOut = { type: 'PayOut'; shiftId: string; movementId: string; amount: number; reason: string };
export type OpenDrawer = { type: 'OpenDrawer'; shiftId: string; reason: string };
export type CloseShift = { type: 'CloseShift'; shiftId: string; counted: number };

export type ShiftCommand = OpenShift | PayIn | PayOut | OpenDrawer | CloseShift;
