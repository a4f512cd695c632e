import type { LibraryNotice } from '../../../shared/model/libraryInfo';
import type { DamageReason } from '../store/damagedFileError';
import type { Repair } from '../store/repairRecordFile';

const WHY: Record<DamageReason, string> = {
  empty: 'it was empty',
  truncated: 'it was cut off before its end',
  'not-json': 'it was not readable',
  'not-object': 'it did not contain library records',
  invalid: 'some of its records were not in the expected form',
};

/** Tells the user what was repaired, what was restored, and where the damaged file is kept. */
export function repairNotice(repair: Repair, id: string, at: Date): LibraryNotice {
  const restored = repair.restoredFrom
    ? `The backup from ${stampToIso(repair.restoredFrom)} was restored`
    : 'No backup of it existed, so it starts empty';
  const salvaged = repair.salvaged > 0 ? `, together with ${repair.salvaged} readable record${repair.salvaged === 1 ? '' : 's'} from the damaged file` : '';
  const pruned = repair.pruned > 0 ? ` ${prunedSentence(repair)}` : '';
  return {
    id,
    level: 'warning',
    message: `The library file ${repair.rel} was damaged (${WHY[repair.reason]}). ${restored}${salvaged}.${pruned} The damaged file was kept at ${repair.movedTo}.`,
    path: repair.movedTo,
    at: at.toISOString(),
  };
}

function prunedSentence({ kind, pruned }: Repair): string {
  if (kind === 'annotationShard') {
    return pruned === 1
      ? '1 annotation of the backup belonged to an article since deleted from the Trash and stays deleted.'
      : `${pruned} annotations of the backup belonged to articles since deleted from the Trash and stay deleted.`;
  }
  return pruned === 1
    ? '1 article of the backup had since been deleted from the Trash and stays deleted.'
    : `${pruned} articles of the backup had since been deleted from the Trash and stay deleted.`;
}

// `2025-03-18T10-00-00-000Z` -> `2025-03-18T10:00:00.000Z`
function stampToIso(stamp: string): string {
  return stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
}
