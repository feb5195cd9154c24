// The three views of the register: people, units, and import from a spreadsheet.
import { NavLink } from 'react-router';

export function RegisterTabs() {
  return (
    <nav className="campaign-tabs no-print" aria-label="Danh sách">
      <NavLink to="/register" end>
        Cán bộ, công chức
      </NavLink>
      <NavLink to="/register/units">Đơn vị</NavLink>
      <NavLink to="/register/import">Nhập từ Excel</NavLink>
    </nav>
  );
}
