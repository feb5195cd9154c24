// The print view of the table: every shown row (not only the virtualised ones), plain.
import { createPortal } from 'react-dom';
import type { ExportTable } from './table-export';

export function PrintTable({ title, data }: { title: string; data: ExportTable }) {
  return createPortal(
    <div className="nt-print">
      <h1>{title}</h1>
      <table>
        <thead>
          <tr>
            <th>TT</th>
            {data.headers.map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((cells, i) => (
            <tr key={i}>
              <td>{i + 1}</td>
              {cells.map((c, j) => (
                <td key={j}>{String(c)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>,
    document.body,
  );
}
