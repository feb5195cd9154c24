// The "Chưa lưu được" box of the register forms, with a reload button when another tab saved first.
import { StaleWriteError } from '../../domain/errors';
import { Alert } from '../../ui/alert';
import { errorDetails, errorText } from '../../ui/error-text';

export function SaveFailure({ error }: { error: unknown }) {
  if (!error) return null;
  const details = errorDetails(error);
  return (
    <div style={{ marginTop: 16 }}>
      <Alert tone="danger" title="Chưa lưu được">
        {errorText(error)}
        {details.length > 1 && (
          <ul>
            {details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
        {error instanceof StaleWriteError && (
          <div style={{ marginTop: 8 }}>
            <button type="button" className="btn btn-sm" onClick={() => window.location.reload()}>
              Tải lại dữ liệu mới nhất
            </button>
          </div>
        )}
      </Alert>
    </div>
  );
}
