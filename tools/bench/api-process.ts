// A benchmark API in a process of its own (forked by a suite): starts the real API over the database
// given as its argument, tells its base URL over IPC, and stops when the parent disconnects.
import { startBenchApi } from './bench-environment';

async function main(): Promise<void> {
  const api = await startBenchApi(process.argv[2]);
  process.send?.({ baseUrl: api.baseUrl });
  process.on('disconnect', () => void api.close().finally(() => process.exit(0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
