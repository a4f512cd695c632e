import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupSchedule } from '../../../../src/renderer/src/features/settings/BackupSchedule';

afterEach(cleanup);

const every = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Back up' });
const keep = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Keep' });

describe('BackupSchedule', () => {
  it('shows the schedule in force and saves a change of either choice as a number', () => {
    const onChange = vi.fn();
    render(<BackupSchedule schedule={{ backupEveryHours: 12, backupsKept: 5 }} onChange={onChange} />);
    expect(screen.getByRole('group', { name: 'Automatic backups' })).toBeTruthy();
    expect(every().selectedOptions[0]?.textContent).toBe('Every 12 hours');
    expect(keep().selectedOptions[0]?.textContent).toBe('The last 5');
    fireEvent.change(every(), { target: { value: '168' } });
    fireEvent.change(keep(), { target: { value: '20' } });
    expect(onChange.mock.calls).toEqual([[{ backupEveryHours: 168 }], [{ backupsKept: 20 }]]);
    expect([...every().options].map((option) => option.textContent)).toEqual(['Every hour', 'Every 2 hours', 'Every 4 hours', 'Every 6 hours', 'Every 12 hours', 'Every day', 'Every 2 days', 'Every 3 days', 'Every week']);
  });

  it('lists a value set elsewhere among the choices, and waits while the settings load', () => {
    const { rerender } = render(<BackupSchedule schedule={{ backupEveryHours: 36, backupsKept: 7 }} onChange={() => {}} />);
    expect(every().selectedOptions[0]?.textContent).toBe('Every 36 hours');
    expect(keep().selectedOptions[0]?.textContent).toBe('The last 7');
    rerender(<BackupSchedule schedule={undefined} onChange={() => {}} />);
    expect(every().matches(':disabled')).toBe(true);
  });
});
