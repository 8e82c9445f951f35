import { z } from 'zod';

/** Sent by the core after commands are durable, so screens re-read what changed. */
export const ViewsChangedSchema = z.object({
  type: z.literal('ViewsChanged'),
  position: z.int(),
  streams: z.array(z.string()),
});
export const PushSchema = z.discriminatedUnion('type', [ViewsChangedSchema]);
export type Push = z.infer<typeof PushSchema>;
