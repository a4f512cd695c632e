import type { DamageReason } from './damagedFileError';
import type { RecordFile } from './loadRecordFile';
import { moveAside } from './moveAside';
import { newestGoodBackup } from './newestGoodBackup';
import type { RecordCodec, RecordKindName, Versioned } from './recordKind';

export interface Repair {
  rel: string;
  kind: RecordKindName;
  reason: DamageReason;
  /** Where the damaged file now is. */
  movedTo: string;
  /** The backup restored, if there was a good one. */
  restoredFrom: string | undefined;
  /** Records kept from the damaged file itself. */
  salvaged: number;
  /** Records of the backup left out because their content was deleted after it was taken. */
  pruned: number;
}

export interface RepairPlace {
  root: string;
  backupsDir: string;
  damagedDir: string;
  codec: RecordCodec;
  at: Date;
}

/**
 * Replaces a damaged record file: the file is moved aside (never overwritten), the newest good backup
 * is restored, what still validates in the damaged file is merged over it, and the result is written.
 */
export async function repairRecordFile<T extends Versioned>(file: RecordFile<T>, place: RepairPlace): Promise<Repair> {
  const reason = file.damage?.reason ?? 'invalid';
  const movedTo = await moveAside(place.root, file.rel, place.damagedDir, place.at);
  const backup = await newestGoodBackup(place.backupsDir, file.rel, file.kind, place.codec);
  const data = backup?.data ?? file.kind.empty();
  const parsed = file.damage?.parsed;
  const salvaged = parsed && file.kind.salvage ? file.kind.salvage(parsed, data) : 0;
  const pruned = file.kind.prune ? await file.kind.prune(data) : 0;
  file.db.data = data;
  await file.db.write();
  return { rel: file.rel, kind: file.kind.name, reason, movedTo, restoredFrom: backup?.stamp, salvaged, pruned };
}
