import { useId } from 'react';
import { BACKUP_COPIES, BACKUP_HOURS, type Settings } from '../../../../shared/model/settings';
import './BackupSchedule.css';

type Schedule = Pick<Settings, 'backupEveryHours' | 'backupsKept'>;

const EVERY_HOURS = [1, 2, 4, 6, 12, 24, 48, 72, BACKUP_HOURS.max];
const KEPT = [BACKUP_COPIES.min, 2, 3, 5, 10, 20, 50, BACKUP_COPIES.max];

function everyLabel(hours: number): string {
  if (hours === 1) return 'Every hour';
  if (hours === 168) return 'Every week';
  if (hours % 24 === 0) return hours === 24 ? 'Every day' : `Every ${hours / 24} days`;
  return `Every ${hours} hours`;
}

/** The choices, with the value in force among them even when it is not one of the usual ones (set by a later app). */
const choicesWith = (usual: readonly number[], current: number | undefined) =>
  current === undefined || usual.includes(current) ? usual : [...usual, current].sort((a, b) => a - b);

interface BackupScheduleProps {
  /** Absent while the settings load. */
  schedule: Schedule | undefined;
  onChange: (patch: Partial<Schedule>) => void;
}

/** How often the records are copied into the library's backups folder, and how many copies are kept. */
export function BackupSchedule({ schedule, onChange }: BackupScheduleProps) {
  const why = useId();
  return (
    <fieldset className="backup-schedule" aria-describedby={why} disabled={!schedule}>
      <legend className="backup-schedule__legend">Automatic backups</legend>
      <label className="backup-schedule__row">
        <span>Back up</span>
        <select className="control backup-schedule__select" value={schedule?.backupEveryHours ?? 12} onChange={(event) => onChange({ backupEveryHours: Number(event.target.value) })}>
          {choicesWith(EVERY_HOURS, schedule?.backupEveryHours).map((hours) => (
            <option key={hours} value={hours}>
              {everyLabel(hours)}
            </option>
          ))}
        </select>
      </label>
      <label className="backup-schedule__row">
        <span>Keep</span>
        <select className="control backup-schedule__select" value={schedule?.backupsKept ?? 5} onChange={(event) => onChange({ backupsKept: Number(event.target.value) })}>
          {choicesWith(KEPT, schedule?.backupsKept).map((kept) => (
            <option key={kept} value={kept}>
              {kept === 1 ? 'The last one' : `The last ${kept}`}
            </option>
          ))}
        </select>
      </label>
      <p id={why} className="backup-schedule__why">
        Copies of your records in the library's backups folder, from which a damaged file is repaired.
      </p>
    </fieldset>
  );
}
