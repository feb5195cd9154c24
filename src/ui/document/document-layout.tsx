// Building blocks of an administrative document (Nghị định 30/2020) for screen and print:
// the header table, the title, the signature block with the recipients. Every document
// of the app (kế hoạch, tờ trình, biên bản, quyết định) is composed from these.
import type { ReactNode } from 'react';
import '@fontsource/tinos/400.css';
import '@fontsource/tinos/700.css';
import '@fontsource/tinos/400-italic.css';
import '@fontsource/tinos/700-italic.css';
import './document.css';
import { QUOC_HIEU, TIEU_NGU, documentNumberLine, issuingBodyLines, recipientLines, signatureHeading } from '../../domain/document-format';
import { documentDateLine } from '../../lib/vi-date';

export function DocumentSheet({ children, landscape, label }: { children: ReactNode; landscape?: boolean; label: string }) {
  return (
    <article className={`doc-sheet${landscape ? ' landscape' : ''}`} aria-label={label} lang="vi">
      {children}
    </article>
  );
}

interface HeaderProps {
  organisationName: string;
  /** The governing body above the issuer, if the document shows it (not bold). */
  governingBody?: string | undefined;
  documentNumber?: string | undefined;
  /** The symbol used when the number is unknown: "QĐ-UBND". */
  symbol: string;
  place: string;
  date?: string | undefined;
}

export function DocumentHeader({ organisationName, governingBody, documentNumber, symbol, place, date }: HeaderProps) {
  const lines = issuingBodyLines(organisationName);
  return (
    <table className="doc-header" role="presentation">
      <tbody>
        <tr>
          <td className="left">
            <div className="doc-org">
              {governingBody && <div className="governing">{governingBody.toLocaleUpperCase('vi')}</div>}
              {lines.map((l) => (
                <div key={l}>{l}</div>
              ))}
            </div>
            <span className="doc-rule" aria-hidden="true" />
            <div className="doc-number">{documentNumberLine(documentNumber, symbol)}</div>
          </td>
          <td className="right">
            <div className="doc-nation">{QUOC_HIEU}</div>
            <div className="doc-motto">{TIEU_NGU}</div>
            <span className="doc-rule wide" aria-hidden="true" />
            <div className="doc-dateline">{documentDateLine(place, date)}</div>
          </td>
        </tr>
      </tbody>
    </table>
  );
}

export function DocumentTitle({ type, summary }: { type: string; summary?: ReactNode }) {
  return (
    <div className="doc-title">
      <div className="type">{type.toLocaleUpperCase('vi')}</div>
      {summary && <div className="summary">{summary}</div>}
      <span className="rule" aria-hidden="true" />
    </div>
  );
}

interface FootProps {
  recipients?: readonly string[];
  prefix: string;
  position: string;
  signerName: string;
  /** Left column instead of recipients (e.g. THƯ KÝ in minutes). */
  left?: ReactNode;
}

export function SignatureBlock({ prefix, position, signerName }: { prefix: string; position: string; signerName: string }) {
  return (
    <div>
      {signatureHeading(prefix, position).map((l) => (
        <div className="doc-sign-title" key={l}>
          {l}
        </div>
      ))}
      <div className="doc-sign-space" />
      <div className="doc-sign-name">{signerName || <span className="doc-blank">(chưa có người ký)</span>}</div>
    </div>
  );
}

export function DocumentFoot({ recipients, prefix, position, signerName, left }: FootProps) {
  return (
    <table className="doc-foot" role="presentation">
      <tbody>
        <tr>
          <td className="recipients">
            {left ??
              (recipients && recipients.length > 0 && (
                <>
                  <div className="label">Nơi nhận:</div>
                  {recipientLines(recipients).map((r) => (
                    <div key={r}>{r}</div>
                  ))}
                </>
              ))}
          </td>
          <td className="signature">
            <SignatureBlock prefix={prefix} position={position} signerName={signerName} />
          </td>
        </tr>
      </tbody>
    </table>
  );
}
