/** Writes a small dist/app-shaped directory of XML files to a temp dir, for the reader's own tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** files: path relative to dist/app -> XML text. Returns the directory (remove it with rmSync). */
export function writeAppFixture(files: Record<string, string>, into: string = mkdtempSync(join(tmpdir(), 'dist-app-'))): string {
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(dirname(join(into, name)), { recursive: true })
        writeFileSync(join(into, name), text)
    }
    return into
}
