/** `steward plugin test <dir>`: the conformance kit a plugin author runs on their plugin. */
import { formatKitReport, runConformanceKit } from '../plugin-host/conformance-kit.ts';

export async function runPluginCommand(argv: string[]): Promise<number> {
  const [sub, dir] = argv;
  if (sub !== 'test' || !dir) {
    process.stderr.write('usage: steward plugin test <plugin-folder>\n');
    return 2;
  }
  const checks = await runConformanceKit(dir);
  process.stdout.write(formatKitReport(dir, checks));
  return checks.every((c) => c.ok) ? 0 : 1;
}
