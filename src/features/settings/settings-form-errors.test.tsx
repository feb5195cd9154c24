// @vitest-environment happy-dom
// A required field says "không được để trống" only once the person has left it or tried to save,
// never on a row they have just added (the signer form used to greet them with the error).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { freshDatabase } from '../../db/test-db';
import { SettingsForm } from './settings-form';

afterEach(() => cleanup());

const emptyName = /Họ tên người ký: không được để trống/;
const lastSignerName = () => screen.getAllByLabelText('Họ tên').at(-1) as HTMLInputElement;

describe('field errors', () => {
  it('are not shown on a signer row just added, and are once its name is left empty', async () => {
    freshDatabase();
    render(<SettingsForm stored={undefined} onReload={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Thêm người ký' }));
    // The new row is validated at once behind the scenes; the person has typed nothing yet.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(emptyName)).toBeNull();

    fireEvent.blur(lastSignerName());
    await waitFor(() => expect(screen.getByText(emptyName)).toBeTruthy());
    expect(lastSignerName().getAttribute('aria-invalid')).toBe('true');
  });

  it('are shown on every empty required field when the form is saved untouched', async () => {
    freshDatabase();
    render(<SettingsForm stored={undefined} onReload={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Thêm người ký' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    await waitFor(() => expect(screen.getByText(emptyName)).toBeTruthy());
  });
});
