export type CreateMenu = { type: 'CreateMenu'; currency: string };
export type AddCategory = { type: 'AddCategory'; categoryId: string; name: string };
export type AddMenuItem = { type: 'AddMenuItem'; itemId: string; categoryId: string; name: string; price: number };
export type ChangeItemPrice = { type: 'ChangeItemPrice'; itemId: string; price: number };

export type MenuCommand = CreateMenu | AddCategory | AddMenuItem | ChangeItemPrice;
