import type { CommandOf } from '../../../shared/contract/commands';
import {
  decideRestaurant,
  evolveRestaurant,
  initialRestaurantState,
  RESTAURANT_STREAM,
  type RestaurantEvent,
  type RestaurantState,
} from '../../../shared/domain/restaurant/restaurant';
import type { Recorded } from '../../../shared/kernel/recorded';
import { run, type Aggregate, type HandlerEnv, type HandlerMap } from './handler-env';

const restaurantAggregate: Aggregate<RestaurantState, RestaurantEvent> = { initial: initialRestaurantState, evolve: evolveRestaurant };

const onRestaurant = (command: CommandOf<'SetRestaurantDetails'>, env: HandlerEnv): Recorded[] =>
  run(env, RESTAURANT_STREAM, restaurantAggregate, command.expectedVersion, (s) => decideRestaurant(command, s, env.ctx));

export const restaurantHandlers: HandlerMap<'SetRestaurantDetails'> = { SetRestaurantDetails: onRestaurant };
