import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Tests that draw maps (static maps, share cards) read the generated basemap and labels. In a
 * fresh clone `npm test` runs the unit tests before the build has made them: make them first.
 */
export default function buildBasemapIfMissing(): void {
  if (['public/basemap/basemap.json', 'public/basemap/labels.json', '.generated/basemap-overview.json'].every((file) => existsSync(file))) return;
  execFileSync('npm', ['run', '-s', 'basemap'], { stdio: 'inherit' });
}
