/**
 * Cleanup that must happen even when the test process is killed outright (SIGKILL, an OOM kill,
 * a CI timeout), when no exit hook runs: a detached shell polls for this process and runs the
 * command once it is gone.
 */
export function whenThisProcessDies(shellCommand: string): void {
  Bun.spawn(['sh', '-c', `while kill -0 ${process.pid} 2>/dev/null; do sleep 2; done; ${shellCommand}`], {
    stdio: ['ignore', 'ignore', 'ignore'],
  }).unref();
}
