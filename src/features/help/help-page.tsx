// Trợ giúp: what each section is for, and the keyboard shortcuts.
import { Page } from '../../ui/page';

const SECTIONS = [
  ['Tổng quan', 'Tình hình các phong trào, việc cần làm tiếp theo, nhắc sao lưu.'],
  ['Phong trào', 'Lập kế hoạch phát động, tiêu chí, điều kiện, hình thức khen thưởng; theo dõi minh chứng và đề xuất.'],
  ['Đơn vị & cán bộ', 'Danh sách đơn vị và cán bộ, công chức, người hoạt động không chuyên trách; nhập, xuất Excel.'],
  ['Hội đồng', 'Thành viên Hội đồng Thi đua - Khen thưởng, phiên họp, bỏ phiếu và màn hình trình chiếu.'],
  ['Văn bản', 'Kế hoạch, tờ trình, biên bản, quyết định, giấy khen: xem trước, in A4, tải tệp Word.'],
  ['Sao lưu', 'Tải bản sao lưu, khôi phục, gộp dữ liệu từ máy khác.'],
  ['Cài đặt', 'Thông tin cơ quan, người ký, người thao tác, mức lương cơ sở.'],
] as const;

const SHORTCUTS = [
  ['Tab / Shift+Tab', 'Chuyển tới ô, nút tiếp theo / trước đó'],
  ['Enter', 'Bấm nút đang chọn; lưu biểu mẫu khi đang ở ô nhập'],
  ['Esc', 'Đóng hộp thoại'],
  ['Ctrl+P', 'In văn bản đang xem'],
] as const;

export function HelpPage() {
  return (
    <Page title="Trợ giúp và phím tắt" lead="Bình Xét dùng được hoàn toàn bằng bàn phím. Các mục chính và phím tắt chung ở dưới đây.">
      <div className="grid grid-2">
        <section className="card" aria-labelledby="help-sections">
          <h2 id="help-sections">Các mục</h2>
          <dl>
            {SECTIONS.map(([name, text]) => (
              <div key={name} style={{ marginBottom: 10 }}>
                <dt>
                  <strong>{name}</strong>
                </dt>
                <dd style={{ margin: 0 }} className="muted">
                  {text}
                </dd>
              </div>
            ))}
          </dl>
        </section>
        <section className="card" aria-labelledby="help-keys">
          <h2 id="help-keys">Phím tắt</h2>
          <table className="table">
            <caption className="visually-hidden">Phím tắt chung</caption>
            <thead>
              <tr>
                <th scope="col">Phím</th>
                <th scope="col">Tác dụng</th>
              </tr>
            </thead>
            <tbody>
              {SHORTCUTS.map(([keys, text]) => (
                <tr key={keys}>
                  <td>
                    <kbd>{keys}</kbd>
                  </td>
                  <td>{text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </Page>
  );
}
