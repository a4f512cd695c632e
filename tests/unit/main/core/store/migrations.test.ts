import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../src/shared/ipc/result';
import { migrateRecordFile, type Migration } from '../../../../../src/main/core/store/migrations';

describe('migrateRecordFile', () => {
  const steps: Migration[] = [
    { from: 1, migrate: (_kind, file) => ({ ...file, log: [...(file.log as string[]), 'one-to-two'] }) },
    { from: 0, migrate: (kind, file) => ({ ...file, log: [`${kind} zero-to-one`] }) },
  ];

  it('applies the steps in version order, stamping each new version', () => {
    expect(migrateRecordFile('settings', { schemaVersion: 0 }, 0, steps, 2)).toEqual({ schemaVersion: 2, log: ['settings zero-to-one', 'one-to-two'] });
    expect(migrateRecordFile('settings', { schemaVersion: 1, log: [] }, 1, steps, 2)).toEqual({ schemaVersion: 2, log: ['one-to-two'] });
  });

  it('leaves a current file alone', () => {
    const file = { schemaVersion: 2 };
    expect(migrateRecordFile('manifest', file, 2, steps, 2)).toBe(file);
  });

  it('refuses a version it has no step for', () => {
    expect(() => migrateRecordFile('settings', { schemaVersion: 0 }, 0, steps.slice(0, 1), 2)).toThrow(AppError);
  });
});
