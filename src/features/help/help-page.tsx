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

/** Every shortcut the app answers, by where it works; keys one by one, each its own keycap. */
const SHORTCUTS: { where: string; keys: [keys: string[], text: string][] }[] = [
  {
    where: 'Mọi trang',
    keys: [
      [['Tab', 'Shift+Tab'], 'Chuyển tới ô, nút tiếp theo / trước đó'],
      [['Enter'], 'Bấm nút đang chọn; lưu biểu mẫu khi đang ở ô nhập'],
      [['Space'], 'Đánh dấu / bỏ đánh dấu ô chọn'],
      [['Esc'], 'Đóng hộp thoại'],
      [['Ctrl+P'], 'In trang hoặc văn bản đang xem'],
    ],
  },
  {
    where: 'Bảng đề xuất khen thưởng',
    keys: [
      [['↑', '↓', '←', '→'], 'Di chuyển giữa các ô của bảng'],
      [['Page Up', 'Page Down'], 'Lên / xuống một trang'],
      [['Home', 'End'], 'Về ô đầu / cuối dòng (Ctrl+Home, Ctrl+End: đầu / cuối bảng)'],
      [['Space'], 'Chọn / bỏ chọn dòng'],
      [['Enter'], 'Mở hồ sơ của dòng; mở / đóng nhóm'],
    ],
  },
  {
    where: 'Trang Hội đồng của phong trào (khi có phiên họp)',
    keys: [
      [['P'], 'Mở màn hình chiếu (cửa sổ thứ hai, kéo sang máy chiếu)'],
      [['1'], 'Chiếu trang mở đầu'],
      [['2'], 'Chiếu điểm danh, túc số'],
      [['3'], 'Chiếu danh sách ứng viên'],
      [['4'], 'Chiếu “đang bỏ phiếu”'],
      [['5'], 'Chiếu kết quả (chỉ khi đã công bố)'],
    ],
  },
];

// The steps of one campaign, in the order of its tabs: what a first-time user does next.
const STEPS = [
  ['Kế hoạch', 'lập từ mẫu Kế hoạch 99/KH-UBND hoặc tự soạn; in ra để ký.'],
  ['Đối tượng', 'đăng ký các tập thể và cá nhân tham gia, lấy từ mục Đơn vị & cán bộ.'],
  ['Minh chứng', 'ghi minh chứng cho từng tiêu chí và đánh giá Đạt / Chưa đạt; ghi kết quả các điều kiện chung.'],
  ['Đề xuất', 'chọn người và tập thể đủ điều kiện, hoàn thiện và thẩm định hồ sơ.'],
  ['Hội đồng', 'họp, điểm danh, bỏ phiếu từng vòng, chiếu kết quả lên màn hình.'],
  ['Văn bản', 'in tờ trình, biên bản, quyết định, giấy khen từ kết quả đã công bố.'],
] as const;

export function HelpPage() {
  return (
    <Page title="Trợ giúp và phím tắt" lead="Các bước của một phong trào, các mục chính và phím tắt. Bình Xét dùng được hoàn toàn bằng bàn phím.">
      <section className="card" aria-labelledby="help-steps" style={{ marginBottom: 'var(--s-4)' }}>
        <h2 id="help-steps">Một phong trào đi qua các bước</h2>
        <p className="muted">Mỗi phong trào có các thẻ theo đúng thứ tự này. Mỗi trang có ô “Trang này để làm gì?” ở cuối trang, nói bước tiếp theo.</p>
        <ol className="help-steps">
          {STEPS.map(([name, text]) => (
            <li key={name}>
              <strong>{name}</strong>: {text}
            </li>
          ))}
        </ol>
      </section>
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
          {SHORTCUTS.map((group) => (
            <table className="table help-keys-table" key={group.where}>
              <caption>{group.where}</caption>
              <thead>
                <tr>
                  <th scope="col">Phím</th>
                  <th scope="col">Tác dụng</th>
                </tr>
              </thead>
              <tbody>
                {group.keys.map(([keys, text]) => (
                  <tr key={text}>
                    <td>
                      <span className="help-keys">{keys.map((k) => <kbd key={k}>{k}</kbd>)}</span>
                    </td>
                    <td>{text}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </section>
      </div>
    </Page>
  );
}
