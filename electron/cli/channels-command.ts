import { contract } from '#shared/ipc/contract';
import { z } from 'zod';

/** Prints every channel with the JSON Schema of its input (zod's own export). */
export function channelsCommand(): number {
  const channels = Object.entries(contract).map(([name, p]) => ({
    channel: name,
    summary: p.summary,
    mutates: p.mutates,
    access: p.access,
    input: z.toJSONSchema(p.input, { io: 'input', unrepresentable: 'any' }),
  }));
  console.log(JSON.stringify(channels, null, 2));
  return 0;
}
