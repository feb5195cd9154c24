// Renders a DocumentModel on screen and for the browser's print to A4, with the shared
// Decree 30 layout (document-layout.tsx, document.css). The .docx is made from the same model.
import type { CSSProperties } from 'react';
import { DocumentSheet } from '../../../ui/document/document-layout';
import { QUOC_HIEU, TIEU_NGU, recipientLines } from '../../../domain/document-format';
import { isHeading, type Block, type DocHeader, type DocPage, type DocumentModel, type Run } from '../../../domain/document-model';
import './model-view.css';

function RunView({ run }: { run: Run }) {
  const style: CSSProperties = {};
  if (run.bold) style.fontWeight = 700;
  if (run.italic) style.fontStyle = 'italic';
  if (run.underline) style.textDecoration = 'underline';
  if (run.red) style.color = '#c00000';
  if (run.size) style.fontSize = `${run.size}pt`;
  return <span style={style}>{run.text}</span>;
}

function Header({ h }: { h: DocHeader }) {
  return (
    <table className="doc-header" role="presentation">
      <tbody>
        <tr>
          <td className="left">
            <div className="doc-org">
              {h.governingBody && <div className="governing">{h.governingBody.toLocaleUpperCase('vi')}</div>}
              {h.issuingLines.map((l) => (
                <div key={l}>{l}</div>
              ))}
            </div>
            <span className="doc-rule" aria-hidden="true" />
            {h.numberLine && <div className="doc-number" style={{ whiteSpace: 'pre' }}>{h.numberLine}</div>}
          </td>
          <td className="right">
            <div className="doc-nation">{QUOC_HIEU}</div>
            <div className="doc-motto">{TIEU_NGU}</div>
            <span className="doc-rule wide" aria-hidden="true" />
            {h.dateLine && <div className="doc-dateline">{h.dateLine}</div>}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

function BlockView({ b }: { b: Block }) {
  switch (b.kind) {
    case 'paragraph': {
      const style: CSSProperties = { textAlign: b.align ?? 'left', textIndent: b.indent ? '1.27cm' : 0 };
      if (b.size) style.fontSize = `${b.size}pt`;
      if (b.spaceBefore) style.marginTop = `${b.spaceBefore}pt`;
      return (
        <p style={style} className={isHeading(b) ? 'doc-heading' : undefined}>
          {b.runs.map((r, i) => (
            <RunView key={i} run={r} />
          ))}
        </p>
      );
    }
    case 'table': {
      const total = b.columns.reduce((s, c) => s + c.width, 0);
      return (
        <table className="doc-table" style={b.size ? { fontSize: `${b.size}pt` } : undefined}>
          <colgroup>
            {b.columns.map((c) => (
              <col key={c.header} style={{ width: `${(c.width / total) * 100}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>{b.columns.map((c) => <th key={c.header}>{c.header}</th>)}</tr>
          </thead>
          <tbody>
            {b.rows.map((r, ri) => (
              <tr key={ri} className={b.boldLastRow && ri === b.rows.length - 1 ? 'total' : undefined}>
                {r.map((t, i) => (
                  <td key={i} style={{ textAlign: b.columns[i]?.align ?? 'left' }}>
                    {t}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
    case 'signatures':
      return (
        <table className="doc-foot" role="presentation">
          <tbody>
            <tr>
              {b.recipients && b.recipients.length > 0 && (
                <td className="recipients">
                  <div className="label">Nơi nhận:</div>
                  {recipientLines(b.recipients).map((r) => (
                    <div key={r}>{r}</div>
                  ))}
                </td>
              )}
              {b.columns.map((c, i) => (
                <td className="signature" key={i}>
                  {c.dateLine && <div className="doc-sign-date">{c.dateLine}</div>}
                  {c.heading.map((l) => (
                    <div className="doc-sign-title" key={l}>{l}</div>
                  ))}
                  {/* Names on one line across columns: a shorter heading gets empty lines. */}
                  {Array.from({ length: Math.max(0, ...b.columns.map((x) => (x.dateLine ? 1 : 0) + x.heading.length)) - (c.dateLine ? 1 : 0) - c.heading.length }, (_, k) => (
                    <div className="doc-sign-title" key={`pad-${k}`}>{'\u00a0'}</div>
                  ))}
                  <div className="doc-sign-space" />
                  <div className="doc-sign-name">{c.name}</div>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      );
    case 'cut':
      return <div className="doc-cut" aria-hidden="true">✂</div>;
    case 'spacer':
      return <div style={{ height: `${b.mm}mm` }} />;
  }
}

/** The blocks, with the one before each signature row grouped with it. */
export function groupForSignature(blocks: readonly Block[]): Block[][] {
  const out: Block[][] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'signatures' && i > 0 && blocks[i - 1]?.kind !== 'signatures') out.at(-1)?.push(b);
    else out.push([b]);
  });
  return out;
}

function PageView({ page, landscape, frame, label }: { page: DocPage; landscape: boolean; frame: boolean; label: string }) {
  const sheet = (
    <DocumentSheet landscape={landscape} label={label}>
      {page.header && <Header h={page.header} />}
      {page.title && (
        <div className="doc-title">
          <div className="type">{page.title.type.toLocaleUpperCase('vi')}</div>
          {page.title.summary && <div className="summary">{page.title.summary}</div>}
          <span className="rule" aria-hidden="true" />
        </div>
      )}
      <div className="doc-body">
        {groupForSignature(page.blocks).map((group, i) =>
          group.length > 1 ? (
            // The last paragraph and the signature are printed together: a signature is never alone on a page.
            <div className="doc-keep" key={i}>
              {group.map((b, j) => (
                <BlockView key={j} b={b} />
              ))}
            </div>
          ) : (
            group[0] && <BlockView key={i} b={group[0]} />
          ),
        )}
      </div>
    </DocumentSheet>
  );
  return frame ? <div className="doc-framed">{sheet}</div> : sheet;
}

export function ModelView({ model }: { model: DocumentModel }) {
  return (
    <div className={`doc-stage${model.pageNumbers === false ? ' doc-unnumbered' : ''}`}>
      {model.pages.map((page, i) => (
        <PageView key={i} page={page} landscape={model.orientation === 'landscape'} frame={!!model.frame} label={`${model.name}, trang ${i + 1}`} />
      ))}
    </div>
  );
}
