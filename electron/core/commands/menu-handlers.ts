import { decideMenu, evolveMenu, initialMenuState, MENU_STREAM, type MenuCommand, type MenuEvent, type MenuState } from '../../../shared/domain/menu';
import type { CommandOf } from '../../../shared/contract/commands';
import type { Recorded } from '../../../shared/kernel/recorded';
import { run, type Aggregate, type HandlerEnv, type HandlerMap } from './handler-env';

export const menuAggregate: Aggregate<MenuState, MenuEvent> = { initial: initialMenuState, evolve: evolveMenu };

type MenuCommandType = MenuCommand['type'];

const onMenu = (command: CommandOf<MenuCommandType>, env: HandlerEnv): Recorded[] =>
  run(env, MENU_STREAM, menuAggregate, command.expectedVersion, (s) => decideMenu(command, s, env.ctx));

export const menuHandlers: HandlerMap<MenuCommandType> = {
  CreateMenu: onMenu,
  AddCategory: onMenu,
  AddMenuItem: onMenu,
  ChangeItemPrice: onMenu,
  SetItemAvailability: onMenu,
  DefineTaxCategory: onMenu,
  DefineModifierGroup: onMenu,
  SetItemModifierGroups: onMenu,
  SetPricingPolicy: onMenu,
};
