// A refusal in plain Vietnamese, with the link to the step that resolves it when it has one.
import { Link } from 'react-router';
import { ChevronRight } from 'lucide-react';
import { Alert } from './alert';
import { errorLink, errorText } from './error-text';

/** `error`: what was thrown, or a sentence the form wrote itself (shown as it is). */
export function ErrorMessage({ error, title }: { error: unknown; title?: string }) {
  const link = errorLink(error);
  return (
    <Alert tone="danger" title={title}>
      {typeof error === 'string' ? error : errorText(error)}
      {link && (
        <div style={{ marginTop: 8 }}>
          <Link className="btn btn-sm" to={link.to}>
            {link.label} <ChevronRight size={16} aria-hidden="true" />
          </Link>
        </div>
      )}
    </Alert>
  );
}
