import { startEngineWorker } from '@/lib/engine/worker';

startEngineWorker(self as unknown as Parameters<typeof startEngineWorker>[0]);
