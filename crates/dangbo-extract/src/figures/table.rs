//! Tables a page flattened into lines of tab-separated cells:
//!
//! ```text
//! Chỉ tiêu                         Kế hoạch  Thực hiện  Tỷ lệ
//! Thu ngân sách trên địa bàn (tỷ đồng)  1.120   1.384,5    123,6%
//! ```
//!
//! A header row names the columns: the plan ("Kế hoạch", "KH", "Nghị quyết",
//! "Dự toán", "Chỉ tiêu …"), the result ("Thực hiện", "TH", "Ước thực hiện",
//! "Kết quả") and the percent of the plan ("Tỷ lệ", "So sánh", "%"). Each row
//! under it is one indicator: the first cell its name with the unit in
//! parentheses, the result its value (an estimate under "Ước …"), the plan
//! its target, the percent an achievement of the plan's basis. A table
//! without a result column is not read; its rows are left to the sentence
//! scanner, which finds nothing in bare cells.

use dangbo::{AchievementDraft, Basis, Figure, IndicatorReportDraft, Qualifier};

use super::category::category;
use super::number::convert;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Plan(Basis),
    Result {
        estimate: bool,
    },
    Percent,
    /// The row's number ("TT", "STT"): the name is in the next cell.
    Index,
    /// The unit ("ĐVT", "Đơn vị tính").
    Unit,
    /// A target set for later ("Mục tiêu đến năm 2030"): in a table with
    /// no result column, each row's projected value.
    Target,
    Other,
}

/// The column a header cell names.
fn column(cell: &str) -> Column {
    let key = crate::text::fold(cell.trim());
    let starts = |w: &str| key == w || key.starts_with(&format!("{w} "));
    if starts("ước thực hiện") || starts("ước th") || starts("ước đạt") || key == "ước"
    {
        Column::Result { estimate: true }
    } else if starts("thực hiện") || starts("th") || starts("kết quả") || starts("đạt được")
    {
        Column::Result { estimate: false }
    } else if key.starts_with('%') || starts("tỷ lệ %") || starts("tỷ lệ (%)") {
        // "% KH", "% so KH", "% so với kế hoạch".
        Column::Percent
    } else if matches!(key.as_str(), "tt" | "stt" | "số tt") {
        Column::Index
    } else if matches!(key.as_str(), "đvt" | "đơn vị" | "đơn vị tính") {
        Column::Unit
    } else if starts("mục tiêu") || starts("phấn đấu") {
        Column::Target
    } else if starts("kế hoạch") || starts("kh") {
        Column::Plan(Basis::Plan)
    } else if starts("nghị quyết") || key == "nq" || starts("chỉ tiêu nghị quyết") {
        Column::Plan(Basis::Resolution)
    } else if starts("dự toán") {
        Column::Plan(Basis::AssignedEstimate)
    } else if starts("chỉ tiêu") && key != "chỉ tiêu" {
        // "Chỉ tiêu năm 2023" is a plan column; "Chỉ tiêu" alone heads the names.
        Column::Plan(Basis::Other)
    } else if starts("tỷ lệ") || starts("tỉ lệ") || starts("so sánh") || key == "%" || key == "(%)"
    {
        Column::Percent
    } else {
        Column::Other
    }
}

/// The cells of a line split at tabs, or else at pipes ("1 | Thu ngân sách
/// | tỷ đồng | 96,5", "| … | … |" as markdown writes it), when it has at
/// least two (a row needs a name and a number); a markdown rule ("|---|")
/// has none.
fn cells(line: &str) -> Option<Vec<&str>> {
    let sep = if line.contains('\t') { '\t' } else { '|' };
    let mut cells: Vec<&str> = line.split(sep).collect();
    if sep == '|' {
        // The outer pipes of a markdown row.
        if cells.first().is_some_and(|c| c.trim().is_empty()) {
            cells.remove(0);
        }
        if cells.last().is_some_and(|c| c.trim().is_empty()) {
            cells.pop();
        }
        if cells
            .iter()
            .all(|c| c.trim().chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
        {
            return None;
        }
    }
    (cells.len() >= 2 && line.matches(sep).count() >= 2 || cells.len() >= 3).then_some(cells)
}

/// A number cell: "1.384,5", "123,6%", "78".
fn number(cell: &str) -> Option<f64> {
    let t = cell.trim().trim_end_matches('%').trim_end();
    if t.is_empty()
        || !t
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return None;
    }
    convert(t)
}

/// "Thu ngân sách trên địa bàn (tỷ đồng)" → the name and the unit.
fn name_and_unit(cell: &str) -> (String, Option<String>) {
    let cell = cell.trim();
    if let (Some(open), true) = (cell.rfind('('), cell.ends_with(')')) {
        let unit = cell[open + 1..cell.len() - 1].trim();
        let name = cell[..open].trim();
        if !unit.is_empty() && !name.is_empty() {
            return (name.to_owned(), Some(unit.to_owned()));
        }
    }
    (cell.to_owned(), None)
}

/// The indicators of the tables in `body` and the byte ranges of the lines
/// they were read from (header included), for the sentence scanner to skip.
pub(super) fn read(body: &str) -> (Vec<IndicatorReportDraft>, Vec<(usize, usize)>) {
    let mut out = Vec::new();
    let mut used = Vec::new();
    if memchr::memchr2(b'\t', b'|', body.as_bytes()).is_none() {
        return (out, used);
    }
    let mut header: Option<Vec<Column>> = None;
    let mut at = 0;
    for line in body.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let text = line.trim_end_matches(['\n', '\r']);
        // Blank lines may stand between the rows (paragraphs of a page).
        if text.trim().is_empty() {
            continue;
        }
        let Some(row) = cells(text) else {
            header = None;
            continue;
        };
        if let Some(cols) = header.as_ref().filter(|c| c.len() == row.len()) {
            if let Some(d) = indicator(text, &row, cols) {
                out.push(d);
                used.push((start, at));
                continue;
            }
        }
        let cols: Vec<Column> = row.iter().map(|c| column(c)).collect();
        let result = cols
            .iter()
            .any(|c| matches!(c, Column::Result { .. } | Column::Target));
        header = result.then_some(cols);
        if header.is_some() {
            used.push((start, at));
        }
    }
    (out, used)
}

/// One row under a header, when it has a name and a result. The name is
/// the first cell after a row number's; the row's text starts there.
fn indicator(text: &str, row: &[&str], cols: &[Column]) -> Option<IndicatorReportDraft> {
    let first = cols.iter().position(|c| *c != Column::Index)?;
    let (name, mut unit) = name_and_unit(row.get(first)?);
    if name.is_empty() || number(row[first]).is_some() {
        return None;
    }
    // The cells are slices of `text`, one after the other.
    let from = row[first].as_ptr() as usize - text.as_ptr() as usize;
    let text = &text[from..];
    let mut value = None;
    let mut figure = Figure::Actual;
    let mut target = None;
    let mut basis = None;
    let mut percent = None;
    for (cell, col) in row.iter().zip(cols).skip(first + 1) {
        match *col {
            Column::Result { estimate } => {
                value = number(cell);
                if estimate {
                    figure = Figure::Estimate;
                }
            }
            Column::Plan(b) => {
                target = number(cell);
                basis = Some(b);
            }
            Column::Percent => percent = number(cell),
            Column::Unit => {
                let u = cell.trim();
                if unit.is_none() && !u.is_empty() {
                    unit = Some(u.to_owned());
                }
            }
            Column::Target => {
                if value.is_none() {
                    value = number(cell);
                    figure = Figure::Projected;
                }
            }
            Column::Index | Column::Other => {}
        }
    }
    let value = value?;
    let achievements = match (percent, basis) {
        (Some(p), Some(b)) => vec![AchievementDraft {
            percent: Some(p),
            qualifier: Qualifier::Exact,
            basis: Some(b),
            basis_text: None,
        }],
        _ => Vec::new(),
    };
    Some(IndicatorReportDraft {
        text: Some(text.trim().to_owned()),
        category: Some(category(&name, unit.as_deref())),
        name: Some(name),
        unit,
        value: Some(value),
        qualifier: Qualifier::Exact,
        figure,
        target,
        achievements,
        change: None,
        share: None,
        period: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_under_a_header_with_a_result_column() {
        let body = "Kết quả năm 2023:\nChỉ tiêu\tKế hoạch\tThực hiện\tTỷ lệ\n\nThu ngân sách (tỷ đồng)\t1.120\t1.384,5\t123,6%\nTỷ lệ hộ nghèo (%)\t2\t1,8\t90\nNguồn: Văn phòng\n";
        let (rows, used) = read(body);
        assert_eq!(rows.len(), 2);
        let r = &rows[0];
        assert_eq!(r.name.as_deref(), Some("Thu ngân sách"));
        assert_eq!(r.unit.as_deref(), Some("tỷ đồng"));
        assert_eq!((r.value, r.target), (Some(1384.5), Some(1120.0)));
        assert_eq!(r.achievements[0].percent, Some(123.6));
        assert_eq!(r.achievements[0].basis, Some(Basis::Plan));
        assert_eq!(rows[1].unit.as_deref(), Some("%"));
        assert_eq!(used.len(), 3);
        assert!(body[used[1].0..used[1].1].starts_with("Thu ngân sách"));
    }

    #[test]
    fn an_estimate_column_against_a_resolution() {
        let body = "Chỉ tiêu\tNghị quyết\tƯớc thực hiện\tSo sánh (%)\nKết nạp đảng viên (đảng viên)\t25\t19\t76\n";
        let (rows, _) = read(body);
        assert_eq!(rows[0].figure, Figure::Estimate);
        assert_eq!(rows[0].achievements[0].basis, Some(Basis::Resolution));
    }

    #[test]
    fn a_row_number_column_and_abbreviated_headers() {
        let body = "TT\tChỉ tiêu\tKH 2024\tTH 6 tháng\t% so KH\n1\tSản lượng lương thực (tấn)\t48.000\t27.150\t56,6\n2\tThu ngân sách (triệu đồng)\t180.000\t97.420\t54,1\n";
        let (rows, used) = read(body);
        assert_eq!(rows.len(), 2);
        let r = &rows[0];
        assert_eq!(
            r.text.as_deref(),
            Some("Sản lượng lương thực (tấn)\t48.000\t27.150\t56,6")
        );
        assert_eq!((r.value, r.target), (Some(27150.0), Some(48000.0)));
        assert_eq!(r.achievements[0].percent, Some(56.6));
        assert_eq!(r.achievements[0].basis, Some(Basis::Plan));
        assert_eq!(used.len(), 3);
        let (rows, _) = read("Chỉ tiêu\tKế hoạch năm\tThực hiện quý I\t% KH\nKhách du lịch (lượt)\t600.000\t92.350\t15,4\n");
        assert_eq!(rows[0].achievements[0].percent, Some(15.4));
    }

    #[test]
    fn tab_separated_lines_without_a_result_column_are_not_a_table() {
        let (rows, used) = read("Họ tên\tChức vụ\tĐơn vị\nNguyễn Văn A\tBí thư\tXã B\n");
        assert!(rows.is_empty() && used.is_empty());
        assert!(read("Không có bảng.").0.is_empty());
    }
}
