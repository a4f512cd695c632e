import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the news-archive entry', () => {
  it('runs from source as a real process and exits with the command code', () => {
    const help = spawnSync('node_modules/.bin/tsx', ['src/cli/index.ts', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: news-archive \[options\] \[command\]/);
    const wrong = spawnSync('node_modules/.bin/tsx', ['src/cli/index.ts', 'list', '--view', 'later'], { encoding: 'utf8' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("argument 'later' is invalid");
  });
});
