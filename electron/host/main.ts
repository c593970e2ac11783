// Entry of the loopback host: `npm run host -- [--data-dir DIR] [--port N]`.
import { fatalMessage } from '#core/app/fatal-message';
import { parseArgs } from 'node:util';
import { runHost } from './host-main';

async function main() {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, port: { type: 'string' } }, strict: true });
  const run = await runHost({ dataDir: values['data-dir'], port: values.port ? Number(values.port) : 0 });
  // Tests and the launcher wait for the line that starts with READY.
  console.log(`数据目录：${run.dataDir}`);
  console.log(`READY ${run.host.url}`);
  const stop = () => void run.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(fatalMessage(error));
  process.exit(1);
});
