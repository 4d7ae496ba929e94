import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT } from '../../../../src/state/backup.ts';
import { quizOptions, quizStore } from '../../../../src/state/quizStore.ts';
import { BackupPanel } from '../../../../src/ui/quiz/BackupPanel.tsx';

beforeEach(() => quizStore.setState({ ...quizOptions.initial(), days: { '2026-11-01': 2 } }, true));

const file = (text: string) => new File([text], 'progress.json', { type: 'application/json' });

describe('BackupPanel', () => {
  it('refuses a corrupt file with a clear message and keeps current data', async () => {
    const user = userEvent.setup();
    render(<BackupPanel />);
    const before = JSON.stringify(quizStore.getState());
    await user.upload(screen.getByLabelText('Progress file to import'), file('{"format": "serving-lab-backup", "version": 1, "quiz": {"version": 2, "state": {"cards": 3}}}'));
    expect(await screen.findByText(/Import refused: .*cards.*Your current progress is unchanged\./)).toBeInTheDocument();
    expect(JSON.stringify(quizStore.getState())).toBe(before);
  });

  it('imports a valid file and merges it', async () => {
    const user = userEvent.setup();
    render(<BackupPanel />);
    const text = JSON.stringify({ format: BACKUP_FORMAT, version: 1, quiz: { version: 2, state: { cards: {}, attempts: {}, days: { '2026-11-02': 1 } } } });
    await user.upload(screen.getByLabelText('Progress file to import'), file(text));
    expect(await screen.findByText(/Progress imported and merged/)).toBeInTheDocument();
    expect(quizStore.getState().days).toEqual({ '2026-11-01': 2, '2026-11-02': 1 });
  });

  it('has labelled export and import buttons', () => {
    render(<BackupPanel />);
    expect(screen.getByRole('button', { name: 'Export progress (JSON)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import progress…' })).toBeInTheDocument();
  });
});
